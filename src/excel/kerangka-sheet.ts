/**
 * "Buat kerangka" in Excel: the T-C.27 skeleton (src/core/kerangka) as a new sheet of the open
 * workbook, in one batch: formats first (codes as text, so Excel does not read 7.01 as a number
 * or 7.01.02 as a date), then values and formulas in one write, merges, column widths, frozen
 * header and print setup. Nothing existing is touched: the sheet gets a name not yet taken.
 */
import type { CellFormat, SheetLayout } from '../core/kerangka/layout';
import { freeSheetName } from '../core/sheet-name';

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

/** Excel's column width in points from a width in characters (Calibri 11: about 5,6 points each, plus padding). */
export const columnPoints = (chars: number) => Math.round(chars * 5.6 + 5);

function applyFormat(range: Excel.Range, rows: number, cols: number, f: CellFormat): void {
  if (f.numberFormat) range.numberFormat = Array.from({ length: rows }, () => Array<string>(cols).fill(f.numberFormat!));
  if (f.bold) range.format.font.bold = true;
  if (f.italic) range.format.font.italic = true;
  if (f.size) range.format.font.size = f.size;
  if (f.wrap) range.format.wrapText = true;
  if (f.horizontal) range.format.horizontalAlignment = f.horizontal === 'center' ? 'Center' : f.horizontal === 'right' ? 'Right' : 'Left';
  if (f.vertical) range.format.verticalAlignment = f.vertical === 'center' ? 'Center' : 'Top';
  if (f.fill) range.format.fill.color = f.fill;
  if (f.border) {
    for (const edge of EDGES) {
      if ((edge === 'InsideVertical' && cols === 1) || (edge === 'InsideHorizontal' && rows === 1)) continue;
      const border = range.format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
      border.color = '#808080';
    }
  }
}

/** Queues every write of the sheet (formats, then values and formulas, merges, widths, frozen rows). */
function writeLayout(ws: Excel.Worksheet, layout: SheetLayout): void {
  const width = Math.max(1, ...Array.from(layout.values, (line) => line?.length ?? 0));
  for (const { box, format } of layout.formats) {
    const rows = box.bottom - box.top + 1;
    const cols = box.right - box.left + 1;
    applyFormat(ws.getRangeByIndexes(box.top, box.left, rows, cols), rows, cols, format);
  }
  ws.getRangeByIndexes(0, 0, layout.values.length, width).formulas = Array.from(layout.values, (line) =>
    Array.from({ length: width }, (_, c) => {
      const v = line?.[c] ?? null;
      return v === null ? '' : typeof v === 'object' ? `=${v.formula}` : v;
    }),
  );
  for (const m of layout.merges) ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
  layout.columnWidths.forEach((w, c) => (ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = columnPoints(w)));
  if (layout.freeze.rows) ws.freezePanes.freezeRows(layout.freeze.rows);
  ws.activate();
  ws.getRange('A1').select();
}

export interface InsertedSheet {
  name: string;
  /** Print setup needs ExcelApi 1.9; false where this Excel has none or refused it (the sheet is written anyway). */
  printSetup: boolean;
}

export async function insertKerangkaSheet(context: Excel.RequestContext, layout: SheetLayout, printSetupSupported = true): Promise<InsertedSheet> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const name = freeSheetName(layout.name, sheets.items.map((s) => s.name), layout.name);
  context.application.suspendScreenUpdatingUntilNextSync();
  const ws = sheets.add(name);
  try {
    writeLayout(ws, layout);
    await context.sync();
  } catch (e) {
    // Excel may have made part of the batch: nothing half-made stays in the planner's workbook.
    try {
      const made = sheets.getItemOrNullObject(name);
      made.load('isNullObject');
      await context.sync();
      if (!made.isNullObject) {
        made.delete();
        await context.sync();
      }
    } catch {
      // The workbook refuses even that; the error below says what failed.
    }
    throw new Error(`Lembar "${name}" tidak dapat dibuat: ${(e as Error).message}`);
  }
  // Print setup in a batch of its own: should this Excel refuse a setting, the sheet is whole anyway.
  let printSetup = false;
  if (printSetupSupported) {
    try {
      ws.pageLayout.orientation = 'Landscape';
      ws.pageLayout.paperSize = 'A4';
      // One page wide, as many tall as it takes (0: automatic, as OOXML's fitToHeight="0").
      ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      ws.pageLayout.setPrintTitleRows(`$${layout.print.titleRows.first + 1}:$${layout.print.titleRows.last + 1}`);
      await context.sync();
      printSetup = true;
    } catch {
      printSetup = false;
    }
  }
  return { name, printSetup };
}
