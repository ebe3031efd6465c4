/**
 * A real spreadsheet recalculates the portabel output: LibreOffice opens the filled sample,
 * recalculates every formula, and its values equal the core's for every filled cell.
 */
import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { fillXlsx } from '../src/cli/fill-xlsx';
import { SAMPLE } from './helpers/load';
import { recalculate, SOFFICE } from './helpers/libreoffice';
import { writeGridXlsx } from './helpers/write-grid';
import { LAYOUTS } from './layouts';
import { a1 } from '../src/core/address';

test('LibreOffice recalculates every filled cell to the core’s value', async () => {
  if (!existsSync(SOFFICE)) throw new Error(`LibreOffice tidak ada di ${SOFFICE}: pasang dengan "apt-get install libreoffice-calc-nogui" (.ci/run melakukannya).`);
  const output = join(mkdtempSync(join(tmpdir(), 'renstra-lo-fill-')), 'terisi.xlsx');
  // Conflicts overwritten too, so every kind of formula is recalculated.
  const { written } = await fillXlsx(SAMPLE, output, { mode: 'portabel', overwriteConflicts: true, force: true });
  expect(written.length).toBeGreaterThan(100);
  const recalculated = recalculate(output);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(recalculated);
  const mismatches: string[] = [];
  for (const c of written) {
    const cell = wb.getWorksheet(c.sheet)!.getCell(c.cell);
    const v = cell.value as { formula?: string; result?: unknown } | number | null;
    const result = typeof v === 'object' && v !== null ? v.result : v;
    // exceljs drops a cached 0; a formula cell with no result is LibreOffice's 0.
    const value = result === undefined ? 0 : result;
    if (typeof value !== 'number' || Math.abs(value - c.value) > 1e-9 * Math.max(1, Math.abs(c.value))) {
      mismatches.push(`${c.sheet}!${c.cell} =${c.formula}: LibreOffice ${JSON.stringify(value)}, core ${c.value}`);
    }
  }
  expect(mismatches).toEqual([]);
}, 240000);

test('a table stacking a Target row and a Pagu row per entity: LibreOffice recalculates every filled pagu to the core’s value, and no target changes', async () => {
  const layout = LAYOUTS.find((l) => l.id === 'target-row-pagu-row')!;
  const dir = mkdtempSync(join(tmpdir(), 'renstra-lo-stacked-'));
  const input = join(dir, 'bertumpuk.xlsx');
  await writeGridXlsx(layout.workbook, input);
  const output = join(dir, 'terisi.xlsx');
  const { written } = await fillXlsx(input, output, { mode: 'portabel', overwriteConflicts: true, force: true });
  // Every parent's and the JUMLAH row's pagu, each year, and both end-of-period cells of every entity.
  expect(new Set(written.map((c) => c.kind))).toEqual(new Set(['pagu-induk', 'jumlah', 'akhir-pagu', 'akhir-target']));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(recalculate(output));
  const ws = wb.getWorksheet('Renstra 2026-2030')!;
  const valueOf = (cell: string) => {
    const v = ws.getCell(cell).value as { result?: unknown } | number | null;
    const result = typeof v === 'object' && v !== null ? v.result : v;
    return result === undefined ? 0 : result;
  };
  const mismatches = written.filter((c) => valueOf(c.cell) !== c.value).map((c) => `${c.cell} =${c.formula}: LibreOffice ${String(valueOf(c.cell))}, core ${c.value}`);
  expect(mismatches).toEqual([]);
  // The Target rows' year cells hold what the planner typed.
  const sheet = layout.workbook.sheets[0];
  const changed: string[] = [];
  sheet.rows.forEach((row, r) => {
    if (row?.[5]?.v !== 'Target') return;
    for (let c = 6; c <= 10; c++) if (valueOf(a1(r, c)) !== row[c]?.v) changed.push(a1(r, c));
  });
  expect(changed).toEqual([]);
}, 240000);
