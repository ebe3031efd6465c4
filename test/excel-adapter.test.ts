/**
 * The Office.js adapter fills the same grid the exceljs adapter fills — so the checker gives the same
 * findings in Excel as on the command line — with a number of sync() calls that does not grow with
 * the number of sheets or rows (one batch per ~20 000 rows).
 */
import { readXlsx } from '../src/cli/read-xlsx';
import { checkWorkbook } from '../src/core/check';
import type { SheetGrid, WorkbookGrid } from '../src/core/grid';
import { officialNomenclature } from '../src/core/nomenclature/official';
import { parseRangeAddress } from '../src/excel/address';
import { readWorkbookGrid } from '../src/excel/read-grid';
import { REAL, SAMPLE } from './helpers/load';
import { FakeContext } from './host/fake-excel';

async function viaExcel(grid: WorkbookGrid, blockRows?: number): Promise<{ grid: WorkbookGrid; syncs: number }> {
  const ctx = new FakeContext(grid);
  const read = await readWorkbookGrid(ctx as unknown as Excel.RequestContext, { blockRows });
  return { grid: read, syncs: ctx.syncCount };
}

const nomenclature = officialNomenclature();

test.each([
  ['the sample', SAMPLE],
  ['the real workbook (formulas, #REF!)', REAL],
])('%s: the same tables and findings through Office.js as through the file', async (_, file) => {
  const fromFile = await readXlsx(file);
  const { grid } = await viaExcel(fromFile);
  const a = checkWorkbook(fromFile, { nomenclature });
  const b = checkWorkbook(grid, { nomenclature });
  expect(b.tables.map((t) => [t.sheet, t.kind, t.top, t.bottom, t.left, t.right])).toEqual(a.tables.map((t) => [t.sheet, t.kind, t.top, t.bottom, t.left, t.right]));
  expect(b.findings).toEqual(a.findings);
  // Merges, bold and number formats came across too.
  const t42 = grid.sheets.find((s) => s.name === 'Tabel 4.2');
  if (t42) {
    expect(t42.merges).toContainEqual({ top: 3, left: 3, bottom: 3, right: 13 });
    expect(t42.rows[3][0]?.bold).toBe(true);
    expect(t42.rows[8][5]).toMatchObject({ v: 1642014563, fmt: '#,##0' });
  }
});

function copies(sheet: SheetGrid, n: number): WorkbookGrid {
  return { sheets: Array.from({ length: n }, (_, i) => ({ ...sheet, name: `OPD ${i + 1}` })) };
}

test('sync() calls: the same for 1 sheet and 40 sheets; one more per 20 000 rows beyond', async () => {
  const sample = await readXlsx(SAMPLE);
  const t42 = sample.sheets.find((s) => s.name === 'Tabel 4.2')!;
  const one = await viaExcel(copies(t42, 1));
  const forty = await viaExcel(copies(t42, 40));
  expect(one.syncs).toBe(3);
  expect(forty.syncs).toBe(3);
  expect(forty.grid.sheets).toHaveLength(40);
  // A sheet of 100 000 rows: read in blocks of 20 000.
  const big: SheetGrid = { name: 'Besar', rows: Array.from({ length: 100000 }, (_, r) => [{ v: r }]), merges: [], rowCount: 100000, colCount: 1 };
  const large = await viaExcel({ sheets: [big] });
  expect(large.syncs).toBe(2 + 5);
  expect(large.grid.sheets[0].rows[99999][0]?.v).toBe(99999);
});

test('sheet names with spaces and quotes round-trip through addresses', async () => {
  expect(parseRangeAddress("'Tabel 4.2'!A4:O108")).toEqual({ sheet: 'Tabel 4.2', top: 3, left: 0, bottom: 107, right: 14 });
  expect(parseRangeAddress("'Renstra ''Revisi'' 2026'!$H$108")).toEqual({ sheet: "Renstra 'Revisi' 2026", top: 107, left: 7, bottom: 107, right: 7 });
  const sheet: SheetGrid = { name: "Renstra 'Revisi' 2026", rows: [[], [undefined, { v: 5 }]], merges: [], rowCount: 2, colCount: 2 };
  const { grid } = await viaExcel({ sheets: [sheet] });
  expect(grid.sheets[0].name).toBe("Renstra 'Revisi' 2026");
  expect(grid.sheets[0].rows[1][1]).toEqual({ v: 5 });
});

test('an empty sheet yields an empty grid, not an error', async () => {
  const { grid } = await viaExcel({ sheets: [{ name: 'Kosong', rows: [], merges: [], rowCount: 0, colCount: 0 }] });
  expect(grid.sheets[0]).toMatchObject({ name: 'Kosong', rowCount: 0 });
});
