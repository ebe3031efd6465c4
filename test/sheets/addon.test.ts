/**
 * The Google Sheets add-on as built (dist/sheets), run in a Node vm over a Sheets double backed by
 * real workbooks: the custom functions against the Excel ones, the menu, the reading adapter's call
 * count, the findings against the CLI's, and every write with its exact restore.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import vm from 'vm';
import { checkWorkbook } from '../../src/core/check';
import { buildFillPlan } from '../../src/core/fill/plan';
import type { WorkbookGrid } from '../../src/core/grid';
import { officialNomenclature } from '../../src/core/nomenclature/official';
import { proposeTable } from '../../src/core/recognize/declared';
import { headerOfSelection, SELECTION_PROBLEMS } from '../../src/core/recognize/selection';
import { MENU, SERVER_FUNCTIONS, type SheetInfo } from '../../src/sheets/api';
import { rectanglesOf, sheetsFormula } from '../../src/sheets/formulas';
import { planReads, workbookFromBlocks } from '../../src/sheets/grid';
import { KEYS, HIGHLIGHT_COLORS } from '../../src/taskpane/document-state';
import { REPORT_SHEET } from '../../src/taskpane/report-rows';
import { call, loadBundle, StandInError, type Fn } from '../helpers/functions-bundle';
import { FUNCTION_CASES } from '../helpers/function-cases';
import { checkFile, REAL, SAMPLE } from '../helpers/load';
import { loadAddon, SHEETS_DIST, type Addon } from './addon';
import { doubleFromSpecs, doubleFromXlsx, RangeListDouble, type DoubleSheetSpec, type SheetsDouble } from './double';

const CUSTOM_FUNCTIONS = FUNCTION_CASES.map(([id]) => id).filter((id, i, all) => all.indexOf(id) === i);

function readThroughSheets(addon: Addon): { grid: WorkbookGrid; calls: number } {
  const sheets: SheetInfo[] = addon.run('renstraListSheets');
  const calls = planReads(sheets);
  const blocks = calls.flatMap((c) => addon.run('renstraReadSheets', c));
  return { grid: workbookFromBlocks(sheets, blocks), calls: calls.length + 1 };
}

const check = (grid: WorkbookGrid) => checkWorkbook(grid, { nomenclature: officialNomenclature() });

describe('Code.js as Apps Script reads it', () => {
  const code = readFileSync(join(SHEETS_DIST, 'Code.js'), 'utf8');
  /** Top-level function declarations and the comment right above each. */
  const declared = new Map([...code.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\nfunction (\w+)\(([^)]*)\) \{\n\}/g)].map((m) => [m[2], { doc: m[1], params: m[3] }]));

  test('every function Apps Script calls is a top-level declaration, and there is no other', () => {
    const handlers = MENU.flatMap((m) => (m ? [m[1]] : []));
    expect([...declared.keys()].sort()).toEqual([...CUSTOM_FUNCTIONS, ...SERVER_FUNCTIONS, ...handlers, 'onOpen', 'onInstall'].sort());
    // Nothing else at the top level: the bundle itself is one expression.
    const rest = code.replace(/\/\*\*(?:(?!\*\/)[\s\S])*\*\/\nfunction \w+\([^)]*\) \{\n\}/g, '');
    expect(rest.trimStart().startsWith('/******/ (() => {')).toBe(true);
    expect(rest.trimEnd()).toMatch(/\}\)\(\)\s*;$/);
  });

  test.each(CUSTOM_FUNCTIONS)('%s carries its @customfunction help: Indonesian, every parameter as in Excel', (id) => {
    const meta = JSON.parse(readFileSync(join(SHEETS_DIST, '..', 'functions.json'), 'utf8')) as { functions: { id: string; description: string; parameters: { name: string }[] }[] };
    const excel = meta.functions.find((f) => f.id === id)!;
    const { doc, params } = declared.get(id)!;
    expect(doc).toMatch(/@customfunction/);
    expect(params.split(',').map((p) => p.trim().replace(/^\.\.\./, ''))).toEqual(excel.parameters.map((p) => p.name));
    const documented = [...doc.matchAll(/@param \{[^}]+\} (\w+) (.+)/g)].map((m) => m[1]);
    expect(documented).toEqual(excel.parameters.map((p) => p.name));
    expect(doc).toContain(excel.description.split(':')[0]);
    expect(doc).toMatch(/@return \S/);
    expect(doc.replace(/@\w+/g, '')).not.toMatch(/\b(the|returns?|number of)\b/);
  });

  test('appsscript.json: V8 and only the two narrow scopes', () => {
    const manifest = JSON.parse(readFileSync(join(SHEETS_DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual(['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui']);
  });

  test('Sidebar.html is one self-contained file: no script, style or link it would fetch', () => {
    const html = readFileSync(join(SHEETS_DIST, 'Sidebar.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link\b/i);
    // (webpack minifies the HTML: attribute quotes may go.)
    expect(html).toMatch(/<script type="?text\/plain"? id="?renstra-pemeriksa"?>/);
    // Exactly the two inlined scripts, each closed once.
    expect(html.match(/<\/script>/gi)).toHaveLength(2);
    expect(readFileSync(join(SHEETS_DIST, 'Bantuan.html'), 'utf8')).toMatch(/<h3 id="?rasio_capaian"?>RASIO_CAPAIAN\(/);
  });
});

describe('custom functions give what the Excel functions give', () => {
  let excel: Map<string, Fn>;
  let addon: Addon;
  beforeAll(() => {
    excel = loadBundle();
    addon = loadAddon(doubleFromSpecs([{ name: 'Sheet1', cells: {} }]));
  });

  /** An Excel-shaped argument as Sheets passes it: one cell as its value, blanks as "". */
  const asSheets = (a: unknown) => {
    if (!Array.isArray(a)) return a;
    const grid = (a as unknown[][]).map((line) => line.map((v) => v ?? ''));
    return grid.length === 1 && grid[0].length === 1 ? grid[0][0] : grid;
  };

  test.each(FUNCTION_CASES)('%s %j', (id, args) => {
    const fromExcel = call(excel, id, ...args);
    const sheetsCall = () => addon.fn(id)(...args.map(asSheets));
    const single = fromExcel instanceof StandInError ? fromExcel : Array.isArray(fromExcel) && fromExcel.length === 1 && fromExcel[0].length === 1 ? fromExcel[0][0] : undefined;
    if (single instanceof StandInError) {
      // Sheets shows #ERROR! with the message.
      expect(sheetsCall).toThrow(single.message);
    } else if (single !== undefined) {
      expect(sheetsCall()).toBe(single);
    } else if (Array.isArray(fromExcel)) {
      expect(sheetsCall()).toEqual(fromExcel.map((line: unknown[]) => line.map((v) => (v instanceof StandInError ? v.code : v))));
    } else expect(sheetsCall()).toBe(fromExcel);
  });

  test('a date argument is read as the serial number the spreadsheet holds', () => {
    // A Date of the script's own realm, as Sheets passes it.
    const date = vm.runInContext('new Date(2026, 0, 1)', addon.context);
    expect(addon.fn('PERTUMBUHAN')(date, 46023 * 2)).toBe(1);
  });
});

describe('menu and reading', () => {
  test('onOpen builds the add-on menu; every item runs a server function', () => {
    const double = doubleFromSpecs([{ name: 'Sheet1', cells: {} }]);
    const addon = loadAddon(double);
    addon.fn('onOpen')({ authMode: 'NONE' });
    expect(double.ui.menus).toHaveLength(1);
    const menu = double.ui.menus[0];
    expect(menu.title).toBeNull();
    expect(menu.items.map((i) => (i === 'separator' ? '—' : i.caption))).toEqual([
      'Periksa spreadsheet',
      'Isi kolom terhitung',
      'Hapus sorotan',
      'Laporan ke lembar baru',
      '—',
      'Bantuan fungsi',
    ]);
    for (const item of menu.items) if (item !== 'separator') expect(typeof addon.context[item.functionName]).toBe('function');
  });

  test('menu items open the sidebar with their action, and the help dialog', () => {
    const double = doubleFromSpecs([{ name: 'Sheet1', cells: {} }]);
    const addon = loadAddon(double);
    addon.fn('renstraMenuLaporan')();
    expect(double.ui.sidebars[0].title).toBe('Pemeriksa Renstra');
    expect(double.ui.sidebars[0].content).toMatch(/window\.RENSTRA_AKSI = "laporan";<\/script>$/);
    addon.fn('renstraMenuBantuan')();
    expect(double.ui.dialogs[0].content).toContain('TOTAL_AKHIR_PERIODE');
  });

  const sheet = (name: string, rows: number): DoubleSheetSpec => {
    const cells: DoubleSheetSpec['cells'] = { A1: { v: 'Program', bold: true }, B1: { v: 'Target 2026' }, C1: { v: 'Rp 2026' } };
    for (let r = 2; r <= rows; r++) Object.assign(cells, { [`A${r}`]: { v: `Program ${r}` }, [`B${r}`]: { v: r }, [`C${r}`]: { v: r * 1000, fmt: '#,##0' } });
    return { name, cells, merges: ['D1:E1'] };
  };

  test('the reader calls Sheets a fixed number of times per sheet, whatever its length: 1 sheet against 40', () => {
    const measure = (specs: DoubleSheetSpec[]) => {
      const double = doubleFromSpecs(specs);
      const addon = loadAddon(double);
      double.resetCalls();
      const { calls } = readThroughSheets(addon);
      return { data: double.dataCalls(), values: double.calls.get('getValues') ?? 0, runs: calls };
    };
    const one = measure([sheet('S1', 30)]);
    const long = measure([sheet('S1', 3000)]);
    const forty = measure(Array.from({ length: 40 }, (_, i) => sheet(`S${i + 1}`, 30)));
    expect(one.data).toBeLessThanOrEqual(5);
    expect(long.data).toBe(one.data);
    expect(forty.data).toBe(40 * one.data);
    expect(forty.values).toBe(40);
    // The sidebar asks twice (list, then one batch) for 40 sheets of this size.
    expect(forty.runs).toBe(2);
  });
});

describe.each([
  ['the sample', SAMPLE],
  ['the PUPR workbook', REAL],
])('%s through the Sheets double', (_label, file) => {
  let double: SheetsDouble;
  let addon: Addon;
  beforeAll(async () => {
    double = await doubleFromXlsx(file);
    addon = loadAddon(double);
  });

  test('gives the same tables and findings as renstra check', async () => {
    const cli = await checkFile(file);
    const sheets = check(readThroughSheets(addon).grid);
    expect(sheets.tables.map((t) => [t.sheet, t.kind, t.top, t.left, t.bottom, t.right])).toEqual(cli.tables.map((t) => [t.sheet, t.kind, t.top, t.left, t.bottom, t.right]));
    expect(sheets.findings).toEqual(cli.findings);
  });
});

describe('writing to the sample through the add-on', () => {
  let double: SheetsDouble;
  let addon: Addon;
  beforeEach(async () => {
    double = await doubleFromXlsx(SAMPLE);
    addon = loadAddon(double);
  });

  test('Sorot colours errors and warnings; Hapus sorotan restores every background exactly', () => {
    const { findings } = check(readThroughSheets(addon).grid);
    const targets = findings.filter((f) => f.severity !== 'info');
    const error = targets.find((f) => f.severity === 'error')!;
    // One finding cell had its own fill before.
    double.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(error.sheet)!.getRange(error.cell).setBackground('#00ff00');
    const before = targets.map((f) => double.cell(f.sheet, f.cell).background);
    double.resetCalls();
    const result = addon.run('renstraHighlight', targets.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity as 'error' | 'warning' })));
    const cells = new Set(targets.map((f) => `${f.sheet}!${f.cell}`));
    expect(result).toEqual({ highlighted: cells.size, protectedSheets: [] });
    expect(double.cell(error.sheet, error.cell).background).toBe(HIGHLIGHT_COLORS.error.toLowerCase());
    // Batched: per sheet, one read and at most two writes (errors, warnings), plus the protection check.
    const sheets = new Set(targets.map((f) => f.sheet)).size;
    expect(double.calls.get('getBackgrounds')).toBe(sheets);
    expect(double.calls.get('setBackground')).toBeLessThanOrEqual(2 * sheets);
    expect(double.calls.get('setBackgrounds') ?? 0).toBe(0);
    // Highlighting twice keeps the first originals.
    addon.run('renstraHighlight', [{ sheet: error.sheet, cell: error.cell, severity: 'error' }]);
    expect(addon.run('renstraClearHighlights')).toBe(cells.size);
    expect(targets.map((f) => double.cell(f.sheet, f.cell).background)).toEqual(before);
    expect(double.cell(error.sheet, error.cell).background).toBe('#00ff00');
    expect([...double.properties.keys()].filter((k) => k.startsWith(KEYS.highlights))).toEqual([]);
  });

  test('the fill writes Sheets formulas in rectangles; Batalkan pengisian restores every cell', () => {
    const { grid } = readThroughSheets(addon);
    const cells = buildFillPlan(check(grid).models, 'fungsi').cells.filter((c) => c.status === 'isi');
    expect(cells.length).toBeGreaterThan(20);
    const snapshot = () => cells.map((c) => double.cell(c.sheet, c.cell));
    const before = snapshot();
    double.resetCalls();
    const result = addon.run('renstraApplyFill', cells.map((c) => ({ sheet: c.sheet, cell: c.cell, formula: sheetsFormula(c.formula) })));
    expect(result).toEqual({ written: cells.length, protectedSheets: [] });
    // One write per rectangle of neighbouring cells, never one per cell.
    const rectangles = new Set(cells.map((c) => c.sheet)).size === 0 ? 0 : [...new Set(cells.map((c) => c.sheet))].reduce((n, s) => n + rectanglesOf(cells.filter((c) => c.sheet === s)).length, 0);
    expect(double.calls.get('setFormulas')).toBe(rectangles);
    expect(rectangles).toBeLessThan(cells.length);
    expect(double.calls.get('setFormula') ?? 0).toBe(0);
    for (const c of cells) expect(double.cell(c.sheet, c.cell).formula).toBe(`=${sheetsFormula(c.formula)}`);
    const fungsi = cells.find((c) => c.formula.startsWith('RENSTRA.'))!;
    expect(double.cell(fungsi.sheet, fungsi.cell).formula).toMatch(/^=(RASIO_CAPAIAN|PERSEN_CAPAIAN|RASIO_REALISASI|RATA_PERTUMBUHAN)\(/);
    expect(addon.run('renstraState').canUndo).toBe(true);
    expect(addon.run('renstraUndoFill')).toBe(cells.length);
    expect(snapshot()).toEqual(before);
    expect(addon.run('renstraState').canUndo).toBe(false);
  });

  test('a protected sheet is neither highlighted nor filled, and is named', async () => {
    const specs: DoubleSheetSpec[] = [
      { name: 'Terkunci', cells: { A1: { v: 1 } }, protectedFor: true },
      { name: 'Bebas', cells: { A1: { v: 1 } } },
    ];
    const d = doubleFromSpecs(specs);
    const a = loadAddon(d);
    expect(a.run('renstraHighlight', [{ sheet: 'Terkunci', cell: 'A1', severity: 'error' }, { sheet: 'Bebas', cell: 'A1', severity: 'warning' }])).toEqual({ highlighted: 1, protectedSheets: ['Terkunci'] });
    expect(d.cell('Terkunci', 'A1').background).toBe('#ffffff');
    expect(a.run('renstraApplyFill', [{ sheet: 'Terkunci', cell: 'B1', formula: 'A1*2' }])).toEqual({ written: 0, protectedSheets: ['Terkunci'] });
  });

  test('the report sheet: one row per finding, a link to its cell, values kept as written', () => {
    const { findings } = check(readThroughSheets(addon).grid);
    expect(addon.run('renstraWriteReport', findings)).toBe(REPORT_SHEET);
    // Written again: replaced, not duplicated.
    addon.run('renstraWriteReport', findings);
    expect(double.sheetNames().filter((n) => n === REPORT_SHEET)).toHaveLength(1);
    const ss = double.globals.SpreadsheetApp.getActiveSpreadsheet();
    const report = ss.getSheetByName(REPORT_SHEET)!;
    expect(report.getLastRow()).toBe(findings.length + 1);
    expect(report.getFrozenRows()).toBe(1);
    const h108 = findings.findIndex((f) => f.sheet === 'Tabel 4.2' && f.cell === 'H108');
    const row = h108 + 2;
    const gid = ss.getSheetByName('Tabel 4.2')!.getSheetId();
    expect(double.cell(REPORT_SHEET, `C${row}`).formula).toBe(`=HYPERLINK("#gid=${gid}&range=H108","H108")`);
    // "1.984.398.226" is text in a plain-text column, not a number Sheets parsed.
    expect(double.cell(REPORT_SHEET, `F${row}`).value).toBe('1.984.398.226');
    expect(double.active()?.sheet).toBe(REPORT_SHEET);
  });

  test('Tandai tabel: the selection comes back as an address the core reads; several ranges are refused', () => {
    double.select('Tabel 4.2', 'A4:S6');
    const answer = addon.run('renstraSelection');
    expect(answer).toEqual({ sheet: 'Tabel 4.2', address: "'Tabel 4.2'!A4:S6" });
    const { grid } = readThroughSheets(addon);
    const sheet = grid.sheets.find((s) => s.name === 'Tabel 4.2')!;
    const found = headerOfSelection("'Tabel 4.2'!A4:S6", 'Tabel 4.2', sheet);
    expect('header' in found && proposeTable(sheet, found.header).kind).toBe('program-pendanaan');
    double.select('Tabel 4.2', 'A4:S6', 'B10');
    expect(addon.run('renstraSelection')).toEqual({ problem: SELECTION_PROBLEMS.notOneRange });
  });

  test('settings and large records live in document properties, each part under the 9 KB limit', () => {
    const ignored = Array.from({ length: 400 }, (_, i) => `total.jumlah|Tabel 4.2|H${i + 1}`);
    addon.run('renstraSaveSettings', { ignored });
    expect(addon.run('renstraState').ignored).toEqual(ignored);
    for (const v of double.properties.values()) expect(Buffer.byteLength(v, 'utf8')).toBeLessThanOrEqual(9216);
    expect([...double.properties.keys()].filter((k) => k.startsWith(`${KEYS.ignored}#`)).length).toBeGreaterThan(1);
  });
});

describe('Buat kerangka through the add-on', () => {
  const request = { jenis: 'kab' as const, bidang: '7.01', programs: ['7.01.01', '7.01.06'], tahunAwal: 2025, judul: 'Kecamatan Kartoharjo' };

  test('the picker’s choices come from the project file; the sheet is added beside the planner’s and checks with every level right', async () => {
    const double = await doubleFromXlsx(SAMPLE);
    const addon = loadAddon(double);
    const choices = addon.run('renstraKerangkaPilihan');
    expect(choices.kab.find((b) => b.code === '7.01')!.programs.map((p) => p.code)).toEqual(['7.01.01', '7.01.02', '7.01.03', '7.01.04', '7.01.05', '7.01.06']);
    const before: SheetInfo[] = addon.run('renstraListSheets');

    const made = addon.run('renstraBuatKerangka', request);
    expect(made).toEqual({ name: 'Kerangka T-C.27', summary: '2 program, 19 kegiatan, 129 sub kegiatan', printAdvice: expect.stringMatching(/Lanskap/) });
    const after: SheetInfo[] = addon.run('renstraListSheets');
    expect(after.map((s) => s.name)).toEqual([...before.map((s) => s.name), 'Kerangka T-C.27']);
    expect(double.active()).toEqual({ sheet: 'Kerangka T-C.27', a1: 'A1' });

    const { grid } = readThroughSheets(addon);
    const sheet = grid.sheets.find((s) => s.name === 'Kerangka T-C.27')!;
    expect(sheet.rows[8][0]).toMatchObject({ v: '7.01.01', fmt: '@', bold: true });
    expect(sheet.rows[9][6]).toMatchObject({ f: 'SUM(G11:G23)', fmt: '#,##0' });
    const result = check({ sheets: [sheet] });
    expect(result.tables.map((t) => t.kind)).toEqual(['program-pendanaan']);
    const levels = result.models[0].entities.map((e) => [e.code, e.level]);
    expect(levels.slice(0, 3)).toEqual([['7.01.01', 'program'], ['7.01.01.2.01', 'kegiatan'], ['7.01.01.2.01.0001', 'subKegiatan']]);
    expect(levels.filter(([, l]) => l === 'subKegiatan')).toHaveLength(129);
    expect(result.findings.filter((f) => f.rule !== 'value.tanpa-isi')).toEqual([]);
    // The planner's own sheets are as they were.
    expect(check({ sheets: grid.sheets.filter((s) => s.name !== 'Kerangka T-C.27') }).findings).toEqual((await checkFile(SAMPLE)).findings);
  });

  test('a second one gets a free name; the calls do not grow with the number of programs; a bad choice says why', async () => {
    const double = await doubleFromXlsx(SAMPLE);
    const addon = loadAddon(double);
    addon.run('renstraBuatKerangka', request);
    double.resetCalls();
    expect(addon.run('renstraBuatKerangka', { ...request, programs: ['7.01.06'] }).name).toBe('Kerangka T-C.27 (2)');
    const small = new Map(double.calls);
    double.resetCalls();
    expect(addon.run('renstraBuatKerangka', { ...request, programs: undefined }).name).toBe('Kerangka T-C.27 (3)');
    // Formats go per list of ranges, values in one setValues: only the sheet's fixed parts are per call.
    for (const method of ['setValues', 'setFontWeight', 'setNumberFormat', 'setBackground', 'setBorder', 'merge', 'setColumnWidth', 'getRangeList']) {
      expect([method, double.calls.get(method)]).toEqual([method, small.get(method)]);
    }
    expect(double.calls.get('setValues')).toBe(1);
    expect(() => addon.run('renstraBuatKerangka', { ...request, programs: ['1.03.02'] })).toThrow(/Program 1\.03\.02 tidak ada pada bidang 7\.01/);
    expect(() => addon.run('renstraBuatKerangka', { ...request, tahunAwal: 25 })).toThrow(/tahun empat angka/);
    expect(addon.run('renstraListSheets').filter((s: SheetInfo) => s.name.startsWith('Kerangka')).map((s: SheetInfo) => s.name)).toEqual(['Kerangka T-C.27', 'Kerangka T-C.27 (2)', 'Kerangka T-C.27 (3)']);
  });

  test('a call Sheets refuses halfway leaves no half-made sheet behind, and says which sheet', async () => {
    const double = await doubleFromXlsx(SAMPLE);
    const addon = loadAddon(double);
    const before = addon.run('renstraListSheets').map((s: SheetInfo) => s.name);
    const setBorder = jest.spyOn(RangeListDouble.prototype, 'setBorder').mockImplementation(() => {
      throw new Error('Service Spreadsheets timed out while accessing document');
    });
    try {
      expect(() => addon.run('renstraBuatKerangka', request)).toThrow('Lembar "Kerangka T-C.27" tidak dapat dibuat: Service Spreadsheets timed out while accessing document');
    } finally {
      setBorder.mockRestore();
    }
    expect(addon.run('renstraListSheets').map((s: SheetInfo) => s.name)).toEqual(before);
  });
});
