/**
 * The sheet as the model reads a table that stacks a "Target" row and a "Pagu (Rp)" row under each
 * entity (see recognize/stacked.ts): on a money row, each year's amount moves to the year's pagu
 * column (the real column + `SECOND_MEASURE`) and leaves the target column blank; a target row has
 * no pagu. The baseline is a target's, so it is blank on money rows too. Rows and real columns keep
 * their indexes, and a pagu column's address is the real cell's, so findings and formulas name the
 * cells the planner sees. Only the table's data rows are copied; the host's grid is not touched.
 */
import { SECOND_MEASURE } from '../address';
import { cellText, type CellData, type SheetGrid } from '../grid';
import type { Table } from '../recognize/types';

export function stackedView(sheet: SheetGrid, table: Table): SheetGrid {
  const stacked = table.stacked;
  if (!stacked) return sheet;
  const moved = table.columns.filter((c) => c.col >= SECOND_MEASURE).map((c) => c.col - SECOND_MEASURE);
  const baseline = table.columns.filter((c) => c.role === 'baseline').map((c) => c.col);
  const measureCols = new Set([...moved, stacked.col]);
  const money = new Set(stacked.paguRows);
  const identity = table.columns.filter((c) => c.role === 'name' || c.role === 'code').map((c) => c.col);
  const rows = sheet.rows.slice();
  const data = new Set(table.dataRows);
  for (const r of table.dataRows) {
    const source = sheet.rows[r];
    if (!source) continue;
    const row: (CellData | undefined)[] = source.slice();
    if (money.has(r)) {
      for (const c of moved) {
        if (source[c]) row[c + SECOND_MEASURE] = source[c];
        row[c] = undefined;
      }
      for (const c of baseline) row[c] = undefined;
    }
    // The entity's second row repeating its code, name and indicator (no merged cells): one entity.
    const above = sheet.rows[r - 1];
    const written = identity.filter((c) => cellText(source[c]) !== '');
    if (above && data.has(r - 1) && money.has(r) !== money.has(r - 1) && written.length && written.every((c) => cellText(source[c]) === cellText(above[c]))) {
      for (let c = table.left; c <= table.right; c++) {
        if (measureCols.has(c) || typeof source[c]?.v !== 'string') continue;
        const text = cellText(source[c]);
        if (text && text === cellText(above[c])) row[c] = undefined;
      }
    }
    rows[r] = row;
  }
  return { ...sheet, rows };
}
