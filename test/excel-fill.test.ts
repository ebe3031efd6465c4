/**
 * "Isi kolom terhitung" in Excel through the test host: one batch of writes, and "Batalkan
 * pengisian" restores every touched cell exactly — formula or value, and number format.
 */
import { readXlsx } from '../src/cli/read-xlsx';
import { checkWorkbook } from '../src/core/check';
import { buildFillPlan } from '../src/core/fill/plan';
import type { WorkbookGrid } from '../src/core/grid';
import { officialNomenclature } from '../src/core/nomenclature/official';
import { applyFill, hasUndo, undoFill } from '../src/excel/fill';
import { readWorkbookGrid } from '../src/excel/read-grid';
import type { SettingsStore } from '../src/excel/settings';
import { SAMPLE } from './helpers/load';
import { FakeContext } from './host/fake-excel';

function memoryStore(): SettingsStore {
  const data = new Map<string, string>();
  return {
    get: (k) => (data.has(k) ? JSON.parse(data.get(k)!) : null),
    set: (k, v) => data.set(k, JSON.stringify(v)),
    save: async () => undefined,
  };
}

const snapshot = (grid: WorkbookGrid) => JSON.parse(JSON.stringify(grid.sheets.map((s) => ({ name: s.name, rows: s.rows }))));

test('fill in one batch, check again clean on the filled cells, then undo restores the exact previous state', async () => {
  const grid = await readXlsx(SAMPLE);
  const before = snapshot(grid);
  const ctx = new FakeContext(grid);
  const excel = ctx as unknown as Excel.RequestContext;
  const store = memoryStore();
  const nomenclature = officialNomenclature();
  const plan = buildFillPlan(checkWorkbook(await readWorkbookGrid(excel), { nomenclature }).models, 'portabel', { overwriteConflicts: true });
  const cells = plan.cells.filter((c) => c.status !== 'terhalang');
  ctx.protectedSheets.add('Tabel 2.7');

  const syncsBefore = ctx.syncCount;
  const result = await applyFill(excel, cells, store);
  expect(ctx.syncCount - syncsBefore).toBe(2); // one to read the cells, one to write them all
  expect(result.protectedSheets).toEqual(['Tabel 2.7']);
  expect(result.written).toBe(cells.filter((c) => c.sheet !== 'Tabel 2.7').length);
  expect(hasUndo(store)).toBe(true);
  const h108 = grid.sheets.find((s) => s.name === 'Tabel 4.2')!.rows[107][7]!;
  expect(h108).toMatchObject({ f: 'SUM(H9,H70,H81,H90,H99)', v: 1984398226, fmt: '#,##0' });

  // Read back through Office.js and check: no total/ratio/growth finding on a written cell.
  const after = checkWorkbook(await readWorkbookGrid(excel), { nomenclature });
  const written = new Set(cells.filter((c) => c.sheet !== 'Tabel 2.7').map((c) => `${c.sheet}!${c.cell}`));
  expect(after.findings.filter((f) => /^(total|ratio|growth)\./.test(f.rule) && written.has(`${f.sheet}!${f.cell}`))).toEqual([]);

  expect(await undoFill(excel, store)).toBe(result.written);
  expect(snapshot(grid)).toEqual(before);
  expect(hasUndo(store)).toBe(false);
});
