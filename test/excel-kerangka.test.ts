/**
 * "Buat kerangka" in Excel through the test host: the skeleton lands on a new sheet in one batch,
 * under a name not yet taken, with codes kept as text, bold parents, merges, widths, frozen header
 * and print setup; the checker reads it back with every level right.
 */
import { checkWorkbook } from '../src/core/check';
import { sheetFromValues } from '../src/core/grid';
import { KerangkaCatalog, type KerangkaData } from '../src/core/kerangka/catalog';
import { kerangkaLayout } from '../src/core/kerangka/layout';
import { officialNomenclature } from '../src/core/nomenclature/official';
import kerangkaData from '../src/data/kerangka.json';
import { columnPoints, insertKerangkaSheet } from '../src/excel/kerangka-sheet';
import { readWorkbookGrid } from '../src/excel/read-grid';
import { FakeContext, FakeOfficeError } from './host/fake-excel';

const catalog = new KerangkaCatalog(kerangkaData as unknown as KerangkaData);
const bidang = catalog.findBidang('kab', '7.01')!;
const layout = kerangkaLayout({ jenis: 'kab', bidang, programs: catalog.programs('kab', '7.01').filter((p) => ['7.01.02', '7.01.03'].includes(p.code)), tahunAwal: 2026, judul: 'Kecamatan Kartoharjo' });

function workbook() {
  const ctx = new FakeContext({ sheets: [sheetFromValues('Kerangka T-C.27', [['milik perencana']]), sheetFromValues('Tabel 4.2', [['isi lama']])] });
  return { ctx, excel: ctx as unknown as Excel.RequestContext };
}

test('a new sheet beside the planner’s, in one batch, that checks with every level right', async () => {
  const { ctx, excel } = workbook();
  const before = ctx.syncCount;
  const r = await insertKerangkaSheet(excel, layout);
  expect(ctx.syncCount - before).toBe(3); // one to read the sheet names, one to write everything, one for print setup
  expect(r).toEqual({ name: 'Kerangka T-C.27 (2)', printSetup: true });
  expect(ctx.workbook.worksheets.names()).toEqual(['Kerangka T-C.27', 'Tabel 4.2', 'Kerangka T-C.27 (2)']);
  expect(ctx.workbook.worksheets.getItem('Kerangka T-C.27').sheet.rows[0][0]).toEqual({ v: 'milik perencana' });
  expect(ctx.activeSheet).toBe('Kerangka T-C.27 (2)');
  expect(ctx.selection).toBe("'Kerangka T-C.27 (2)'!A1");

  const ws = ctx.workbook.worksheets.getItem('Kerangka T-C.27 (2)');
  const cell = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a)!;
    return ws.sheet.rows[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65];
  };
  // Codes are text (formatted "@" before the value is written), program and kegiatan rows bold.
  expect(cell('A9')).toMatchObject({ v: '7.01.02', fmt: '@', bold: true });
  expect(cell('A10')).toMatchObject({ v: '7.01.02.2.01', bold: true });
  expect(cell('B11')?.bold).toBeUndefined();
  expect(cell('G10')).toMatchObject({ f: 'SUM(G11:G12)', v: 0, fmt: '#,##0' });
  expect(cell('P11')).toMatchObject({ f: 'IF(N11="","",N11)' });
  expect(ws.sheet.merges).toEqual(expect.arrayContaining([{ top: 4, left: 5, bottom: 4, right: 14 }, { top: 4, left: 15, bottom: 5, right: 16 }]));
  expect(ws.frozenRows).toBe(8);
  expect(ws.pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: '$5:$8' });
  expect(ctx.formats.get("Kerangka T-C.27 (2)!B1")).toMatchObject({ columnWidth: columnPoints(48) });
  expect(ctx.formats.get('Kerangka T-C.27 (2)!A5:S7')).toMatchObject({ bold: true, wrapText: true, horizontalAlignment: 'Center', borders: { EdgeTop: { style: 'Continuous' }, InsideHorizontal: { style: 'Continuous' } } });

  const grid = await readWorkbookGrid(excel, { sheets: ['Kerangka T-C.27 (2)'] });
  const result = checkWorkbook(grid, { nomenclature: officialNomenclature() });
  expect(result.tables.map((t) => t.kind)).toEqual(['program-pendanaan']);
  expect(result.models[0].entities.map((e) => [e.nameRow, e.level])).toEqual(layout.table.rows.filter((x) => x.kind !== 'jumlah').map((x) => [x.r, x.kind]));
  expect(result.findings.filter((f) => f.rule !== 'value.tanpa-isi')).toEqual([]);
});

test('an Excel that refuses the print setup still gets the whole sheet, and the pane is told', async () => {
  const { ctx, excel } = workbook();
  const pageLayout = () => ctx.workbook.worksheets.getItem('Kerangka T-C.27 (2)').pageLayout;
  const original = ctx.workbook.worksheets.add.bind(ctx.workbook.worksheets);
  // The print titles are what this Excel refuses (an InvalidArgument at the print batch's sync).
  (ctx.workbook.worksheets as unknown as { add: typeof original }).add = (name: string) => {
    const ws = original(name);
    ws.pageLayout.setPrintTitleRows = () => ctx.failNextSync(new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.'));
    return ws;
  };
  const r = await insertKerangkaSheet(excel, layout);
  expect(r).toEqual({ name: 'Kerangka T-C.27 (2)', printSetup: false });
  const ws = ctx.workbook.worksheets.getItem('Kerangka T-C.27 (2)');
  expect(ws.sheet.rows[8][0]).toMatchObject({ v: '7.01.02' });
  expect(ws.frozenRows).toBe(8);
  expect(pageLayout().printTitleRows).toBeUndefined();
});

test('without ExcelApi 1.9 the sheet is written all the same, without print setup, and says so', async () => {
  const { ctx, excel } = workbook();
  const r = await insertKerangkaSheet(excel, { ...layout, name: 'Pendanaan' }, false);
  expect(r).toEqual({ name: 'Pendanaan', printSetup: false });
  expect(ctx.workbook.worksheets.getItem('Pendanaan').pageLayout.orientation).toBeUndefined();
  expect(ctx.workbook.worksheets.getItem('Pendanaan').frozenRows).toBe(8);
});

test('a batch Excel refuses leaves no half-made sheet behind, and says which sheet', async () => {
  const { ctx, excel } = workbook();
  const original = ctx.workbook.worksheets.add.bind(ctx.workbook.worksheets);
  (ctx.workbook.worksheets as unknown as { add: typeof original }).add = (name: string) => {
    const ws = original(name);
    ws.freezePanes.freezeRows = () => void ctx.failNextSync(new FakeOfficeError('GeneralException', 'An internal error has occurred.'));
    return ws;
  };
  await expect(insertKerangkaSheet(excel, layout)).rejects.toThrow('Lembar "Kerangka T-C.27 (2)" tidak dapat dibuat: An internal error has occurred.');
  expect(ctx.workbook.worksheets.names()).toEqual(['Kerangka T-C.27', 'Tabel 4.2']);
});
