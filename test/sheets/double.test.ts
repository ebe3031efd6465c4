/**
 * Pins of the Apps Script Spreadsheet-service double (test/sheets/double.ts): each test names the
 * Apps Script reference page whose behaviour it holds the double to. Code runs in node:vm over the
 * double's globals, as the Sheets add-on's server bundle will.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import * as vm from 'vm';
import ExcelJS from 'exceljs';
import { doubleFromSpecs, doubleFromXlsx, type SheetsDouble } from './double';

const SAMPLE = join(__dirname, '..', '..', 'examples', 'renstra-kartoharjo-2025-2029.xlsx');

/**
 * Runs Apps Script code in a vm context whose globals are the double's, and returns its completion
 * value. The code runs in a block, so each call's `const`s are its own.
 */
function run<T = unknown>(double: SheetsDouble, code: string): T {
  const context = vm.isContext(double.globals) ? double.globals : vm.createContext(double.globals);
  return vm.runInContext(`{ ${code}\n}`, context) as T;
}

/** The message of what `code` throws inside the vm (and that it is an Error of the script's realm named 'Exception'). */
function thrown(double: SheetsDouble, code: string): string {
  return run<string>(
    double,
    `(() => { try { ${code}; return 'no error'; } catch (e) {
        if (!(e instanceof Error)) return 'not an Error of this realm';
        if (e.name !== 'Exception') return 'named ' + e.name;
        return e.message; } })()`,
  );
}

function table(): SheetsDouble {
  return doubleFromSpecs([
    {
      name: 'Tabel 4.2',
      cells: {
        A1: { v: 'Program', bold: true, bg: '#FFFF00' },
        B1: { v: 2025 },
        A2: { v: 'Kegiatan' },
        B2: { v: 1.5, fmt: '0.00' },
        C2: { v: true },
        B3: { v: 46023, fmt: 'dd/mm/yyyy' },
        B4: { f: 'SUM(B1:B2)', v: 2026.5 },
        A6: { v: 'Jumlah' },
      },
      merges: ['A4:A5'],
    },
    { name: 'Catatan', cells: { A1: { v: 'isi' } } },
  ]);
}

// https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()
test('getValues: blanks are "", numbers, booleans and texts as they are', () => {
  const d = table();
  const values = run<unknown[][]>(d, "SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tabel 4.2').getRange('A1:C2').getValues()");
  expect(JSON.parse(JSON.stringify(values))).toEqual([
    ['Program', 2025, ''],
    ['Kegiatan', 1.5, true],
  ]);
  expect(run(d, "SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tabel 4.2').getRange(10, 5).getValue()")).toBe('');
  expect(run(d, "Array.isArray(SpreadsheetApp.getActive().getActiveSheet().getRange('A1:B2').getValues()[0])")).toBe(true);
});

// https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()
// https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
test('getValues: a date-formatted cell is a Date whose wall clock in the spreadsheet time zone is the serial', () => {
  const d = table();
  const shown = run<string>(
    d,
    `const ss = SpreadsheetApp.getActiveSpreadsheet();
     const v = ss.getSheetByName('Tabel 4.2').getRange('B3').getValue();
     (v instanceof Date) + ' ' + Utilities.formatDate(v, ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd HH:mm:ss')`,
  );
  expect(shown).toBe('true 2026-01-01 00:00:00');
  // The instant itself: midnight in Jakarta (UTC+7) is 17:00 UTC the day before.
  expect((d.cell('Tabel 4.2', 'B3').value as Date).toISOString()).toBe('2025-12-31T17:00:00.000Z');
  expect(run(d, "Utilities.formatDate(new Date(Date.UTC(2026, 0, 1)), 'GMT+7', \"dd/MM/yy 'jam' H:mm\")")).toBe('01/01/26 jam 7:00');

  // A year-only format is a date format too: 2025 formatted yyyy is day 2025 after 1899-12-30.
  const year = doubleFromSpecs([{ name: 'S', cells: { A1: { v: 2025, fmt: 'yyyy' } } }], { timeZone: 'UTC' });
  expect((year.cell('S', 'A1').value as Date).toISOString()).toBe('1905-07-17T00:00:00.000Z');

  // A Date written keeps its wall-clock time in the spreadsheet's zone, and reads back as the same instant.
  const when = new Date('2026-03-04T05:06:00Z');
  const written = doubleFromSpecs([{ name: 'S', cells: { A1: { v: when } } }], { timeZone: 'America/New_York' });
  expect((written.cell('S', 'A1').value as Date).getTime()).toBe(when.getTime());
  run(written, "SpreadsheetApp.getActiveSheet().getRange('B1').setValue(new Date(Date.UTC(2026, 6, 1, 4)))");
  expect(written.cell('S', 'B1').numberFormat).toMatch(/yyyy/);
  expect(run(written, "Utilities.formatDate(SpreadsheetApp.getActiveSheet().getRange('B1').getValue(), 'America/New_York', 'yyyy-MM-dd HH:mm')")).toBe(
    '2026-07-01 00:00',
  );
});

// https://developers.google.com/apps-script/reference/spreadsheet/range#getFormulas()
// https://developers.google.com/apps-script/reference/spreadsheet/range#setFormula(String)
test("getFormulas: '=…' for formula cells and '' for the rest; a formula gives its cached value; a written one is not evaluated", () => {
  const d = table();
  const sheet = "SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tabel 4.2')";
  expect(JSON.parse(JSON.stringify(run(d, `${sheet}.getRange('A4:B4').getFormulas()`)))).toEqual([['', '=SUM(B1:B2)']]);
  expect(run(d, `${sheet}.getRange('B4').getValue()`)).toBe(2026.5);
  run(d, `${sheet}.getRange('C4').setFormula('=B4*2')`);
  expect(d.cell('Tabel 4.2', 'C4')).toMatchObject({ formula: '=B4*2', value: '' });
  run(d, `${sheet}.getRange('C4').setValue(7)`);
  expect(d.cell('Tabel 4.2', 'C4')).toMatchObject({ formula: '', value: 7 });
});

// https://developers.google.com/apps-script/reference/spreadsheet/range#getNumberFormats()
test("getNumberFormats: an automatic cell gives '0.###############', a formatted one its format", () => {
  const d = table();
  const formats = run<string[][]>(d, "SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tabel 4.2').getRange('B1:B3').getNumberFormats()");
  expect(JSON.parse(JSON.stringify(formats))).toEqual([['0.###############'], ['0.00'], ['dd/mm/yyyy']]);
  run(d, "SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tabel 4.2').getRange('B1').setNumberFormat('#,##0')");
  expect(d.cell('Tabel 4.2', 'B1').numberFormat).toBe('#,##0');
});

// https://developers.google.com/apps-script/reference/spreadsheet/range#getFontWeights()
test("getFontWeights: 'bold' or 'normal'", () => {
  const d = table();
  expect(JSON.parse(JSON.stringify(run(d, "SpreadsheetApp.getActiveSheet().getRange('A1:A2').getFontWeights()")))).toEqual([['bold'], ['normal']]);
});

// https://developers.google.com/apps-script/reference/spreadsheet/range#getMergedRanges()
test('getMergedRanges: the merges the range touches, as ranges; a merged-away cell is blank', () => {
  const d = doubleFromSpecs([
    { name: 'S', cells: { A4: { v: 'Nama' }, A5: { v: 'hidden' }, B4: { v: 'x' } }, merges: ['A4:A6', 'C1:D1'] },
  ]);
  const merges = run<string>(d, "SpreadsheetApp.getActiveSheet().getRange('A5:B5').getMergedRanges().map(r => r.getA1Notation()).join(' ')");
  expect(merges).toBe('A4:A6');
  expect(run(d, "SpreadsheetApp.getActiveSheet().getRange('A1:D6').getMergedRanges().length")).toBe(2);
  expect(JSON.parse(JSON.stringify(run(d, "SpreadsheetApp.getActiveSheet().getRange('A4:A6').getValues()")))).toEqual([['Nama'], [''], ['']]);
  expect(run(d, "SpreadsheetApp.getActiveSheet().getRange('B5').isPartOfMerge()")).toBe(false);
});

// https://developers.google.com/apps-script/reference/spreadsheet/range#getBackgrounds()
// https://developers.google.com/apps-script/reference/spreadsheet/range#setBackground(String)
// https://developers.google.com/apps-script/reference/spreadsheet/range-list#setBackground(String)
test("backgrounds: '#ffffff' without fill, lowercase; setBackground(null) removes the fill", () => {
  const d = table();
  const sheet = 'SpreadsheetApp.getActiveSheet()';
  expect(JSON.parse(JSON.stringify(run(d, `${sheet}.getRange('A1:B1').getBackgrounds()`)))).toEqual([['#ffff00', '#ffffff']]);
  run(d, `${sheet}.getRange('B1:B2').setBackground('#FF0000')`);
  expect(run(d, `${sheet}.getRange('B2').getBackground()`)).toBe('#ff0000');
  run(d, `${sheet}.getRange('B1:B2').setBackground(null)`);
  expect(d.cell('Tabel 4.2', 'B2').background).toBe('#ffffff');
  run(d, `${sheet}.getRangeList(['A1', 'C3:C4']).setBackground('#abc')`);
  expect([d.cell('Tabel 4.2', 'A1').background, d.cell('Tabel 4.2', 'C4').background]).toEqual(['#aabbcc', '#aabbcc']);
  run(d, `${sheet}.getRange('A1:B1').setBackgrounds([[null, 'red']])`);
  expect([d.cell('Tabel 4.2', 'A1').background, d.cell('Tabel 4.2', 'B1').background]).toEqual(['#ffffff', '#ff0000']);
});

// https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
test('setValues: data of another size than the range throws', () => {
  const d = table();
  expect(thrown(d, "SpreadsheetApp.getActiveSheet().getRange('A1:B2').setValues([[1, 2]])")).toBe(
    'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
  );
  expect(thrown(d, "SpreadsheetApp.getActiveSheet().getRange('A1:B2').setValues([[1, 2], [3]])")).toBe(
    'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
  );
  expect(d.cell('Tabel 4.2', 'A1').value).toBe('Program');
});

// https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
test("setValues: '=…' becomes a formula, \"'…\" the text after the apostrophe, like typing", () => {
  const d = table();
  run(d, "SpreadsheetApp.getActiveSheet().getRange('D1:G1').setValues([['=SUM(B1:B2)', \"'=not a formula\", \"'007\", '007']])");
  expect(d.cell('Tabel 4.2', 'D1')).toMatchObject({ formula: '=SUM(B1:B2)', value: '' });
  expect(d.cell('Tabel 4.2', 'E1')).toMatchObject({ formula: '', value: '=not a formula' });
  expect(d.cell('Tabel 4.2', 'F1').value).toBe('007');
  // Typed digits are a number in Sheets (the leading zeros go).
  expect(d.cell('Tabel 4.2', 'G1').value).toBe(7);
  expect(JSON.parse(JSON.stringify(run(d, "SpreadsheetApp.getActiveSheet().getRange('D1:E1').getFormulas()")))).toEqual([['=SUM(B1:B2)', '']]);
});

// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)
test('getRange: 1-based; coordinates outside the sheet throw as Sheets does', () => {
  const d = table();
  expect(run(d, 'SpreadsheetApp.getActiveSheet().getRange(108, 8).getA1Notation()')).toBe('H108');
  expect(run(d, 'SpreadsheetApp.getActiveSheet().getRange(4, 1, 3, 19).getA1Notation()')).toBe('A4:S6');
  expect(thrown(d, 'SpreadsheetApp.getActiveSheet().getRange(0, 1)')).toBe('The starting row of the range is too small.');
  expect(thrown(d, 'SpreadsheetApp.getActiveSheet().getRange(1, 0)')).toBe('The starting column of the range is too small.');
  expect(thrown(d, 'SpreadsheetApp.getActiveSheet().getRange(1, 1, 0, 1)')).toBe('The number of rows in the range must be at least 1.');
  expect(thrown(d, 'SpreadsheetApp.getActiveSheet().getRange(1001, 1)')).toBe('The coordinates of the range are outside the dimensions of the sheet.');
  expect(thrown(d, "SpreadsheetApp.getActiveSheet().getRange('nope')")).toBe('Range not found');
  const r = run<number[]>(d, "(() => { const r = SpreadsheetApp.getActiveSheet().getRange('B2:D5'); return [r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn()]; })()");
  expect([...r]).toEqual([2, 2, 4, 3, 5, 4]);
});

// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getDataRange()
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getLastRow()
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getMaxRows()
test('getDataRange, getLastRow/Column, getMaxRows/Columns, getSheetId', () => {
  const d = table();
  expect(run(d, 'SpreadsheetApp.getActiveSheet().getDataRange().getA1Notation()')).toBe('A1:C6');
  expect(run(d, "const s = SpreadsheetApp.getActiveSheet(); [s.getLastRow(), s.getLastColumn(), s.getMaxRows(), s.getMaxColumns()].join(',')")).toBe('6,3,1000,26');
  run(d, "SpreadsheetApp.getActiveSpreadsheet().insertSheet('Kosong')");
  expect(run(d, "const e = SpreadsheetApp.getActiveSheet(); [e.getName(), e.getLastRow(), e.getLastColumn(), e.getDataRange().getA1Notation()].join(',')")).toBe('Kosong,0,0,A1');
  const ids = run<number[]>(d, 'SpreadsheetApp.getActiveSpreadsheet().getSheets().map(s => s.getSheetId())');
  expect(ids[0]).toBe(0);
  expect(new Set(ids).size).toBe(3);
});

// https://developers.google.com/apps-script/reference/properties/properties#setProperty(String,String)
// https://developers.google.com/apps-script/guides/services/quotas
test('document properties: strings, null when absent, chaining, and the 9 KB value limit', () => {
  const d = table();
  expect(run(d, "PropertiesService.getDocumentProperties().getProperty('renstra.tabel')")).toBeNull();
  run(d, "PropertiesService.getDocumentProperties().setProperty('a', 1).setProperty('b', 'x').deleteProperty('b')");
  expect([...d.properties]).toEqual([['a', '1']]);
  run(d, "PropertiesService.getDocumentProperties().setProperty('big', 'x'.repeat(9216))");
  expect(d.properties.get('big')).toHaveLength(9216);
  expect(thrown(d, "PropertiesService.getDocumentProperties().setProperty('big', 'x'.repeat(9217))")).toBe('Argument too large: value');
  // The limit is in bytes (UTF-8): 'é' is two.
  expect(thrown(d, "PropertiesService.getDocumentProperties().setProperty('big', 'é'.repeat(4609))")).toBe('Argument too large: value');
  expect(d.properties.get('big')).toHaveLength(9216);
  run(d, "PropertiesService.getDocumentProperties().setProperties({ c: 'z' }, true)");
  expect(run(d, 'PropertiesService.getDocumentProperties().getKeys().join()')).toBe('c');
  expect(run(d, 'JSON.stringify(PropertiesService.getDocumentProperties().getProperties())')).toBe('{"c":"z"}');
});

// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String)
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#deleteSheet(Sheet)
test('insertSheet: a name taken throws; the new sheet becomes active; deleteSheet removes it', () => {
  const d = table();
  expect(thrown(d, "SpreadsheetApp.getActiveSpreadsheet().insertSheet('Catatan')")).toBe(
    'A sheet with the name "Catatan" already exists. Please enter another name.',
  );
  run(d, "SpreadsheetApp.getActiveSpreadsheet().insertSheet('Hasil Pemeriksaan')");
  expect(d.sheetNames()).toEqual(['Tabel 4.2', 'Hasil Pemeriksaan', 'Catatan']);
  expect(d.active()).toEqual({ sheet: 'Hasil Pemeriksaan', a1: 'A1' });
  expect(run(d, "SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tidak ada')")).toBeNull();
  run(d, "const ss = SpreadsheetApp.getActiveSpreadsheet(); ss.deleteSheet(ss.getSheetByName('Hasil Pemeriksaan'))");
  expect(d.sheetNames()).toEqual(['Tabel 4.2', 'Catatan']);
  expect(d.active()?.sheet).toBe('Catatan');
});

// https://developers.google.com/apps-script/reference/base/ui#createAddonMenu()
// https://developers.google.com/apps-script/reference/base/menu#addToUi()
test('menus: the add-on menu and named menus are recorded with their items and separators', () => {
  const d = table();
  run(
    d,
    `function onOpen() {
       const ui = SpreadsheetApp.getUi();
       ui.createAddonMenu().addItem('Periksa', 'showSidebar').addSeparator().addItem('Tandai tabel', 'markTable').addToUi();
       ui.createMenu('Renstra').addItem('Periksa', 'showSidebar').addSubMenu(ui.createMenu('Lagi').addItem('Hapus', 'clearMarks')).addToUi();
     }
     onOpen(); onOpen();`,
  );
  expect(d.ui.menus).toEqual([
    { title: null, items: [{ caption: 'Periksa', functionName: 'showSidebar' }, 'separator', { caption: 'Tandai tabel', functionName: 'markTable' }] },
    {
      title: 'Renstra',
      items: [
        { caption: 'Periksa', functionName: 'showSidebar' },
        { caption: 'Lagi', functionName: '', submenu: [{ caption: 'Hapus', functionName: 'clearMarks' }] },
      ],
    },
  ]);
});

// https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)
// https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object)
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toast(String,String,Number)
test('HtmlService, sidebars, dialogs, toasts and alerts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sheets-double-'));
  try {
    writeFileSync(join(dir, 'Sidebar.html'), '<p>Pemeriksa</p>');
    const d = doubleFromSpecs([{ name: 'S', cells: {} }], { htmlDir: dir });
    run(
      d,
      `const ui = SpreadsheetApp.getUi();
       ui.showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Renstra').append('<i>!</i>'));
       ui.showModalDialog(HtmlService.createHtmlOutput('<b>x</b>').setWidth(400).setHeight(300), 'Bantuan');
       SpreadsheetApp.getActiveSpreadsheet().toast('Selesai', 'Renstra', 5);
       SpreadsheetApp.getActiveSpreadsheet().toast('Tanpa judul');
       ui.alert('Tidak ada tabel');`,
    );
    expect(d.ui.sidebars).toEqual([{ title: 'Renstra', content: '<p>Pemeriksa</p><i>!</i>' }]);
    expect(d.ui.dialogs).toEqual([{ title: 'Bantuan', content: '<b>x</b>' }]);
    expect(d.ui.toasts).toEqual(['Renstra: Selesai', 'Tanpa judul']);
    expect(d.ui.alerts).toEqual(['Tidak ada tabel']);
    expect(thrown(d, "HtmlService.createHtmlOutputFromFile('Hilang')")).toBe('No HTML file named Hilang was found.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getProtections(ProtectionType)
test('protection: a sheet protected for the user has one protection it cannot edit, and edits throw', () => {
  const d = doubleFromSpecs([
    { name: 'Dikunci', cells: { A1: { v: 1 } }, protectedFor: true },
    { name: 'Bebas', cells: {} },
  ]);
  const ss = 'SpreadsheetApp.getActiveSpreadsheet()';
  expect(run(d, `${ss}.getSheetByName('Dikunci').getProtections(SpreadsheetApp.ProtectionType.SHEET).map(p => p.canEdit()).join()`)).toBe('false');
  expect(run(d, `${ss}.getSheetByName('Bebas').getProtections(SpreadsheetApp.ProtectionType.SHEET).length`)).toBe(0);
  expect(thrown(d, `${ss}.getSheetByName('Dikunci').getRange('A1').setBackground('#ff0000')`)).toMatch(/^You are trying to edit a protected cell or object/);
  expect(d.cell('Dikunci', 'A1').background).toBe('#ffffff');
});

// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getActiveRangeList()
// https://developers.google.com/apps-script/reference/spreadsheet/range#activate()
test('selection: select() is what getActiveRange(List) reads; activate() moves it', () => {
  const d = table();
  expect(d.active()).toEqual({ sheet: 'Tabel 4.2', a1: 'A1' });
  d.select('Catatan', 'A4:S6', 'B10');
  expect(run(d, 'SpreadsheetApp.getActiveSpreadsheet().getActiveRangeList().getRanges().map(r => r.getA1Notation()).join()')).toBe('A4:S6,B10');
  expect(run(d, "const r = SpreadsheetApp.getActiveSpreadsheet().getActiveRange(); r.getSheet().getName() + '!' + r.getA1Notation()")).toBe('Catatan!B10');
  run(d, "SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tabel 4.2').getRange('H108').activate()");
  expect(d.active()).toEqual({ sheet: 'Tabel 4.2', a1: 'H108' });
  run(d, "const s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Catatan'); s.getRangeList(['A1', 'C3:D4']).activate()");
  expect(d.active()).toEqual({ sheet: 'Catatan', a1: 'A1,C3:D4' });
});

test('call counting: dataCalls counts data moved, not coordinate getters', () => {
  const d = table();
  run(
    d,
    `const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tabel 4.2');
     const range = sheet.getDataRange();
     range.getRow(); range.getColumn(); range.getNumRows(); range.getNumColumns(); range.getA1Notation();
     sheet.getName(); sheet.getSheetId(); sheet.getLastRow(); sheet.getLastColumn(); sheet.getMaxRows(); sheet.getMaxColumns();`,
  );
  expect(d.dataCalls()).toBe(0);
  expect(d.calls.get('getLastRow')).toBe(1);
  run(
    d,
    `const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tabel 4.2');
     const range = sheet.getDataRange();
     range.getValues(); range.getFormulas(); range.getNumberFormats(); range.getFontWeights(); range.getBackgrounds(); range.getMergedRanges();
     sheet.getRange('A1').setBackground(null);
     SpreadsheetApp.getActiveSpreadsheet().insertSheet('Laporan');`,
  );
  expect(d.calls.get('getValues')).toBe(1);
  expect(d.dataCalls()).toBe(8);
  d.resetCalls();
  expect(d.dataCalls()).toBe(0);
  expect(d.calls.size).toBe(0);
});

// https://developers.google.com/apps-script/reference/base/logger#log(Object)
test('Logger.log records; console is the test console', () => {
  const d = table();
  run(d, "Logger.log('tabel %s: %s', 'Tabel 4.2', 3); Logger.log({ a: 1 })");
  expect(d.logs).toEqual(['tabel Tabel 4.2: 3', '{"a":1}']);
  expect(d.globals.console).toBe(console);
});

// Reading a workbook: a file exceljs writes, with each kind of cell doubleFromXlsx converts.
test('doubleFromXlsx: formulas (shared, cached 0, _xlfn), dates, rich text, hyperlinks, errors, fills, merges, protection', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sheets-double-'));
  try {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.getCell('A1').value = 1;
    ws.getCell('A2').value = 2;
    ws.getCell('B1').value = { formula: 'A1*2', result: 2, shareType: 'shared', ref: 'B1:B2' } as ExcelJS.CellValue;
    ws.getCell('B2').value = { sharedFormula: 'B1', result: 4 } as ExcelJS.CellValue;
    ws.getCell('C1').value = { formula: 'A1-A1', result: 0 };
    ws.getCell('C2').value = { formula: '_xlfn.IFERROR(A1/0,"")', result: '' };
    ws.getCell('D1').value = new Date(Date.UTC(2026, 0, 1));
    ws.getCell('D1').numFmt = 'dd/mm/yyyy';
    ws.getCell('D2').value = { richText: [{ text: 'Sub ' }, { text: 'Kegiatan', font: { bold: true } }] };
    ws.getCell('E1').value = { text: 'tautan', hyperlink: 'https://example.org' };
    ws.getCell('E2').value = { error: '#DIV/0!' } as ExcelJS.CellValue;
    ws.getCell('F1').value = 'merah';
    ws.getCell('F1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
    ws.getCell('F2').fill = { type: 'pattern', pattern: 'solid', fgColor: { indexed: 13 } as unknown as ExcelJS.Color };
    ws.getCell('G1').value = 'judul';
    ws.getCell('G1').font = { bold: true };
    ws.getCell('G1').numFmt = '#,##0';
    ws.mergeCells('G1:H2');
    const locked = wb.addWorksheet('Dikunci');
    locked.getCell('A1').value = 'x';
    await locked.protect('', {});
    const file = join(dir, 'data.xlsx');
    await wb.xlsx.writeFile(file);

    const d = await doubleFromXlsx(file);
    expect(d.sheetNames()).toEqual(['Data', 'Dikunci']);
    expect(d.cell('Data', 'B1')).toMatchObject({ formula: '=A1*2', value: 2 });
    expect(d.cell('Data', 'B2')).toMatchObject({ formula: '=A2*2', value: 4 });
    expect(d.cell('Data', 'C1')).toMatchObject({ formula: '=A1-A1', value: 0 });
    expect(d.cell('Data', 'C2')).toMatchObject({ formula: '=IFERROR(A1/0,"")', value: '' });
    expect(d.cell('Data', 'D1').numberFormat).toBe('dd/mm/yyyy');
    expect(run(d, "Utilities.formatDate(SpreadsheetApp.getActiveSheet().getRange('D1').getValue(), 'Asia/Jakarta', 'yyyy-MM-dd HH:mm')")).toBe('2026-01-01 00:00');
    expect(d.cell('Data', 'D2').value).toBe('Sub Kegiatan');
    expect(d.cell('Data', 'E1').value).toBe('tautan');
    expect(d.cell('Data', 'E2').value).toBe('#DIV/0!');
    expect(d.cell('Data', 'F1').background).toBe('#ff0000');
    expect(d.cell('Data', 'F2').background).toBe('#ffff00');
    expect(d.cell('Data', 'G1')).toMatchObject({ value: 'judul', numberFormat: '#,##0' });
    expect(run(d, "SpreadsheetApp.getActiveSheet().getRange('G1').getFontWeight()")).toBe('bold');
    expect(d.cell('Data', 'H2').value).toBe('');
    expect(run(d, "SpreadsheetApp.getActiveSheet().getRange('H1').getMergedRanges().map(r => r.getA1Notation()).join()")).toBe('G1:H2');
    expect(run(d, "SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Dikunci').getProtections(SpreadsheetApp.ProtectionType.SHEET).length")).toBe(1);
    expect(run(d, "SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data').getProtections(SpreadsheetApp.ProtectionType.SHEET).length")).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// The real sample workbook, read through the double as the add-on will see it in Sheets.
test('doubleFromXlsx: the sample Renstra workbook', async () => {
  const d = await doubleFromXlsx(SAMPLE);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  expect(d.sheetNames()).toEqual(wb.worksheets.map((ws) => ws.name));
  expect(d.sheetNames()).toContain('Tabel 4.2');
  const sheet = "SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tabel 4.2')";
  expect(run(d, `${sheet}.getRange('A108').getValue()`)).toBe('Jumlah');
  expect(run(d, `${sheet}.getRange('H108').getValue()`)).toBe(1972398226);
  expect(run(d, `${sheet}.getRange('D9').getNumberFormat()`)).toBe('0.00');
  expect(run(d, `${sheet}.getRange('D9').getValue()`)).toBe(81.5);
  expect(run(d, `${sheet}.getRange('A4').getFontWeight()`)).toBe('bold');
  expect(run(d, `${sheet}.getLastRow()`)).toBe(108);
  // Merged headers: A4:A6 and D4:N4 are merges; the cells they hide read blank.
  const merges = run<string[]>(d, `${sheet}.getRange('A4:N6').getMergedRanges().map(r => r.getA1Notation())`);
  expect([...merges]).toEqual(expect.arrayContaining(['A4:A6', 'D4:N4']));
  expect(run(d, `JSON.stringify(${sheet}.getRange('A4:A6').getValues())`)).toBe(JSON.stringify([[wb.getWorksheet('Tabel 4.2')!.getCell('A4').value], [''], ['']]));
  expect(run(d, `${sheet}.getRange('A1:O108').getMergedRanges().length`)).toBe(119);
});
