/**
 * The core's grid model from what Google Sheets gives (see api.ts): the same CellData the exceljs
 * and Office.js adapters build, so a check in Sheets finds what `renstra check` finds on the same
 * workbook. Runs in the sidebar, not in Apps Script: the server only hands over the arrays.
 */
import type { CellData, MergeArea, SheetGrid, WorkbookGrid } from '../core/grid';
import type { ReadRequest, SheetBlock, SheetInfo } from './api';

/** The number format Sheets reports for a cell left on "Automatic" (Excel's General). */
const AUTOMATIC = new Set(['', 'General', '0.###############']);

/** Error values a formula shows; `getValues()` gives them as text. */
const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|ERROR!|SPILL!|CALC!)$/;

export function cellFromSheets(value: unknown, formula: string, format: string, weight: string): CellData | undefined {
  const hasFormula = typeof formula === 'string' && formula.startsWith('=');
  const blank = value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
  if (blank && !hasFormula) return undefined;
  const cell: CellData = { v: null };
  if (hasFormula) {
    cell.f = formula.slice(1);
    if (typeof value === 'string' && ERROR_TEXT.test(value)) cell.err = value;
  }
  if (!cell.err && !blank && (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')) cell.v = value;
  if (format && !AUTOMATIC.has(format)) cell.fmt = format;
  if (weight === 'bold') cell.bold = true;
  return cell;
}

/**
 * Cells read in one `google.script.run` call: a Kabupaten workbook (~165 000 cells) in three or four
 * calls, each answer a few MB of JSON — Apps Script does not document a limit, so stay well below
 * what add-ons are known to pass.
 */
export const CELLS_PER_CALL = 60000;

/** The reads a workbook needs, in calls of at most `cellsPerCall` cells (a long sheet over several calls). */
export function planReads(sheets: SheetInfo[], cellsPerCall = CELLS_PER_CALL): ReadRequest[][] {
  const calls: ReadRequest[][] = [[]];
  let inCall = 0;
  for (const s of sheets) {
    if (s.rows === 0 || s.cols === 0) continue;
    const rowsPerBlock = Math.max(1, Math.floor(cellsPerCall / s.cols));
    for (let start = 1; start <= s.rows; start += rowsPerBlock) {
      const numRows = Math.min(rowsPerBlock, s.rows - start + 1);
      const cells = numRows * s.cols;
      if (inCall > 0 && inCall + cells > cellsPerCall) {
        calls.push([]);
        inCall = 0;
      }
      calls[calls.length - 1].push({ sheet: s.name, startRow: start, numRows, cols: s.cols, merges: start === 1 });
      inCall += cells;
    }
  }
  return calls.filter((c) => c.length > 0);
}

/** The workbook grid from every sheet's blocks (sheets in the spreadsheet's order, empty ones too). */
export function workbookFromBlocks(sheets: SheetInfo[], blocks: SheetBlock[]): WorkbookGrid {
  return {
    sheets: sheets.map((info) => {
      const rows: (CellData | undefined)[][] = [];
      const merges: MergeArea[] = [];
      for (const b of blocks) {
        if (b.sheet !== info.name) continue;
        b.values.forEach((line, i) => {
          const out: (CellData | undefined)[] = [];
          line.forEach((v, c) => {
            const cell = cellFromSheets(v, b.formulas[i]?.[c] ?? '', b.formats[i]?.[c] ?? '', b.weights[i]?.[c] ?? '');
            if (cell) out[c] = cell;
          });
          rows[b.startRow - 1 + i] = out;
        });
        for (const [top, left, bottom, right] of b.merges ?? []) merges.push({ top, left, bottom, right });
      }
      const grid: SheetGrid = { name: info.name, rows, merges, rowCount: info.rows, colCount: info.cols };
      return grid;
    }),
  };
}
