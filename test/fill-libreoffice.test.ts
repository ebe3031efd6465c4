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
