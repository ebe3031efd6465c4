/**
 * The Office.js host adapter: fills the core's grid model from the open workbook, the same model the
 * exceljs adapter fills from a file. The number of `context.sync()` calls does not grow with the
 * number of sheets, rows or cells: one to list the sheets and their used ranges, then one per batch
 * of about 20 000 rows (across all sheets) — Excel on the web limits a response to 5 MB.
 */
import type { CellData, MergeArea, SheetGrid, WorkbookGrid } from '../core/grid';
import { parseRangeAddress } from './address';

/** Rows read in one batch (one `context.sync()`); a sheet larger than this is read in blocks. */
export const BLOCK_ROWS = 20000;

interface SheetPlan {
  name: string;
  /** 0-based top-left of the used range, and its size. */
  top: number;
  left: number;
  rows: number;
  cols: number;
  blocks: Block[];
  merges?: Excel.RangeAreas;
}

interface Block {
  top: number;
  rows: number;
  range: Excel.Range;
  properties?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

const CELL_PROPERTIES: Excel.CellPropertiesLoadOptions = { format: { font: { bold: true }, indentLevel: true } };

export interface ReadOptions {
  /** Rows per batch; tests use a small value. */
  blockRows?: number;
  /** Called after each batch with the share read so far (0..1), for a progress bar. */
  onProgress?: (done: number) => void;
  /** Read only these sheets (by name); every sheet when omitted. */
  sheets?: string[];
}

export async function readWorkbookGrid(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookGrid> {
  const blockRows = options.blockRows ?? BLOCK_ROWS;
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const wanted = options.sheets;
  const used = sheets.items.filter((ws) => !wanted || wanted.includes(ws.name)).map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load('address,rowCount,columnCount,isNullObject');
    return { ws, range };
  });
  await context.sync();

  const plans: SheetPlan[] = used.map(({ ws, range }) => {
    if (range.isNullObject) return { name: ws.name, top: 0, left: 0, rows: 0, cols: 0, blocks: [] };
    const { top, left } = parseRangeAddress(range.address);
    return { name: ws.name, top, left, rows: range.rowCount, cols: range.columnCount, blocks: [] };
  });

  // Queue every block, grouping blocks into batches of at most `blockRows` rows in all.
  const batches: { plan: SheetPlan; top: number; rows: number }[][] = [[]];
  let inBatch = 0;
  for (const plan of plans) {
    for (let start = 0; start < plan.rows; start += blockRows) {
      const rows = Math.min(blockRows, plan.rows - start);
      if (inBatch > 0 && inBatch + rows > blockRows) {
        batches.push([]);
        inBatch = 0;
      }
      batches[batches.length - 1].push({ plan, top: start, rows });
      inBatch += rows;
    }
  }
  let done = 0;
  const total = plans.reduce((s, p) => s + p.rows, 0) || 1;
  for (const [bi, batch] of batches.entries()) {
    if (batch.length === 0) continue;
    for (const item of batch) {
      const ws = context.workbook.worksheets.getItem(item.plan.name);
      const range = ws.getRangeByIndexes(item.plan.top + item.top, item.plan.left, item.rows, item.plan.cols);
      range.load('values,formulas,numberFormat,valueTypes');
      const block: Block = { top: item.top, rows: item.rows, range, properties: range.getCellProperties(CELL_PROPERTIES) };
      item.plan.blocks.push(block);
      if (bi === 0 && item.top === 0) {
        const whole = ws.getRangeByIndexes(item.plan.top, item.plan.left, item.plan.rows, item.plan.cols);
        const merges = whole.getMergedAreasOrNullObject();
        merges.load('areas/items/address,isNullObject');
        item.plan.merges = merges;
      }
    }
    await context.sync();
    done += batch.reduce((s, b) => s + b.rows, 0);
    options.onProgress?.(done / total);
  }
  return { sheets: plans.map(toSheetGrid) };
}

function toSheetGrid(plan: SheetPlan): SheetGrid {
  const rows: (CellData | undefined)[][] = [];
  for (const block of plan.blocks) {
    const values = block.range.values;
    const formulas = block.range.formulas;
    const formats = block.range.numberFormat;
    const types = block.range.valueTypes;
    const props = block.properties?.value;
    for (let r = 0; r < block.rows; r++) {
      const line: (CellData | undefined)[] = [];
      for (let c = 0; c < plan.cols; c++) {
        const cell = toCell(values[r]?.[c], formulas[r]?.[c], formats[r]?.[c], types[r]?.[c], props?.[r]?.[c]);
        if (cell) line[plan.left + c] = cell;
      }
      rows[plan.top + block.top + r] = line;
    }
  }
  const merges: MergeArea[] = [];
  if (plan.merges && !plan.merges.isNullObject) {
    for (const area of plan.merges.areas.items) {
      const { top, left, bottom, right } = parseRangeAddress(area.address);
      merges.push({ top, left, bottom, right });
    }
  }
  return { name: plan.name, rows, merges, rowCount: plan.top + plan.rows, colCount: plan.left + plan.cols };
}

// Excel's valueTypes: "Unknown" | "Empty" | "String" | "Integer" | "Double" | "Boolean" | "Error" | "RichValue".
function toCell(
  value: unknown,
  formula: unknown,
  format: unknown,
  type: unknown,
  props: Excel.CellProperties | undefined,
): CellData | undefined {
  const hasFormula = typeof formula === 'string' && formula.startsWith('=');
  if ((type === 'Empty' || value === '' || value === null || value === undefined) && !hasFormula) return undefined;
  const cell: CellData = { v: null };
  if (type === 'Error') cell.err = String(value);
  else if (typeof value === 'number' || typeof value === 'boolean') cell.v = value;
  else if (typeof value === 'string' && value !== '') cell.v = value;
  if (hasFormula) cell.f = (formula as string).slice(1);
  if (typeof format === 'string' && format !== 'General') cell.fmt = format;
  if (props?.format?.font?.bold) cell.bold = true;
  if (props?.format?.indentLevel) cell.indent = props.format.indentLevel;
  return cell;
}
