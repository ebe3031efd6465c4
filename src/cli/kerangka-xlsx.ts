/** `renstra kerangka`: a T-C.27 skeleton (src/core/kerangka) written as a new .xlsx with exceljs. */
import ExcelJS from 'exceljs';
import type { CellFormat, SheetLayout } from '../core/kerangka/layout';

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };

/** Each cell's format: the layout's formats over it, later ones adding to earlier ones. */
function cellFormats(layout: SheetLayout): Map<string, CellFormat> {
  const out = new Map<string, CellFormat>();
  for (const { box, format } of layout.formats) {
    for (let r = box.top; r <= box.bottom; r++) {
      for (let c = box.left; c <= box.right; c++) {
        const key = `${r}:${c}`;
        out.set(key, { ...out.get(key), ...format });
      }
    }
  }
  return out;
}

function apply(cell: ExcelJS.Cell, f: CellFormat): void {
  if (f.bold || f.italic || f.size) cell.font = { bold: f.bold, italic: f.italic, size: f.size ?? 11, name: 'Calibri' };
  if (f.numberFormat) cell.numFmt = f.numberFormat;
  if (f.wrap || f.horizontal || f.vertical) cell.alignment = { wrapText: f.wrap, horizontal: f.horizontal, vertical: f.vertical === 'center' ? 'middle' : f.vertical };
  if (f.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (f.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(f.fill) } };
}

export function addKerangkaSheet(wb: ExcelJS.Workbook, layout: SheetLayout): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(layout.name, {
    views: [{ state: 'frozen', ySplit: layout.freeze.rows, xSplit: layout.freeze.columns, zoomScale: 90 }],
    pageSetup: {
      orientation: layout.print.orientation,
      paperSize: 9, // A4
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${layout.print.titleRows.first + 1}:${layout.print.titleRows.last + 1}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  layout.columnWidths.forEach((w, c) => (ws.getColumn(c + 1).width = w));
  const formats = cellFormats(layout);
  layout.values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = typeof v === 'object' ? { formula: v.formula, result: v.result } : v;
      const f = formats.get(`${r}:${c}`);
      if (f) apply(cell, f);
    }),
  );
  // Formats over cells with no value (borders of the blank target and Rp cells).
  for (const [key, f] of formats) {
    const [r, c] = key.split(':').map(Number);
    if (layout.values[r]?.[c] == null) apply(ws.getCell(r + 1, c + 1), f);
  }
  for (const m of layout.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  return ws;
}

/** A new workbook holding the skeleton, recalculated by Excel or LibreOffice when opened. */
export function kerangkaWorkbook(layout: SheetLayout): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'renstra';
  wb.calcProperties.fullCalcOnLoad = true;
  addKerangkaSheet(wb, layout);
  return wb;
}
