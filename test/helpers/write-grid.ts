/** Writes a grid model to a real .xlsx with exceljs — values, number formats, bold, indent, merges. */
import ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../../src/core/grid';

export async function writeGridXlsx(grid: WorkbookGrid, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of grid.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (!cell) return;
        const target = ws.getCell(r + 1, c + 1);
        if (cell.f) target.value = { formula: cell.f, result: cell.v as number } as ExcelJS.CellFormulaValue;
        else if (cell.v !== null) target.value = cell.v;
        if (cell.fmt) target.numFmt = cell.fmt;
        if (cell.bold) target.font = { bold: true };
        if (cell.indent) target.alignment = { indent: cell.indent };
      });
    });
    for (const m of sheet.merges) {
      // exceljs keeps the master's value; the merged-away cells must be empty first.
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) ws.getCell(r + 1, c + 1).value = null;
      ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    }
  }
  await wb.xlsx.writeFile(file);
}
