/**
 * Reading the spreadsheet for the sidebar: the list of sheets, then blocks of rows with one call per
 * kind of data (values, formulas, number formats, font weights) and one for the merged ranges — never
 * a call per cell. The arrays go to the sidebar as they are; the grid is built there (src/sheets/grid.ts).
 * Indentation is not read: Apps Script does not expose it.
 */
import { SELECTION_PROBLEMS } from '../../core/recognize/selection';
import { isDate } from '../functions';
import type { ReadRequest, SelectionAnswer, SheetBlock, SheetInfo } from '../api';
import { sheetNamed, spreadsheet } from './spreadsheet';

export function listSheets(): SheetInfo[] {
  return spreadsheet()
    .getSheets()
    .map((s) => ({ name: s.getName(), rows: s.getLastRow(), cols: s.getLastColumn() }));
}

export function readSheets(requests: ReadRequest[]): SheetBlock[] {
  const timeZone = spreadsheet().getSpreadsheetTimeZone();
  return requests.map((req) => {
    const sheet = sheetNamed(req.sheet);
    const range = sheet.getRange(req.startRow, 1, req.numRows, req.cols);
    // A date as the calendar date the planner sees (in the spreadsheet's time zone): Dates cannot cross google.script.run.
    const values = range
      .getValues()
      .map((line) => line.map((v: unknown) => (isDate(v) ? Utilities.formatDate(v, timeZone, 'yyyy-MM-dd') : (v as string | number | boolean))));
    const block: SheetBlock = {
      sheet: req.sheet,
      startRow: req.startRow,
      values,
      formulas: range.getFormulas(),
      formats: range.getNumberFormats(),
      weights: range.getFontWeights(),
    };
    if (req.merges) {
      const whole = sheet.getRange(1, 1, Math.max(1, sheet.getLastRow()), Math.max(1, sheet.getLastColumn()));
      block.merges = whole.getMergedRanges().map((m) => {
        const top = m.getRow() - 1;
        const left = m.getColumn() - 1;
        return [top, left, top + m.getNumRows() - 1, left + m.getNumColumns() - 1] as [number, number, number, number];
      });
    }
    return block;
  });
}

/**
 * The planner's selection for "Tandai tabel", as an address the core reads (`'Tabel 4.2'!A4:S6`;
 * whole rows as `4:6`), or why it cannot be marked.
 */
export function selection(): SelectionAnswer {
  const list = spreadsheet().getActiveRangeList();
  const ranges = list ? list.getRanges() : [];
  if (ranges.length !== 1) return { problem: SELECTION_PROBLEMS.notOneRange };
  const range = ranges[0];
  const sheet = range.getSheet();
  const name = sheet.getName();
  const wholeRows = range.getColumn() === 1 && range.getNumColumns() >= sheet.getMaxColumns();
  const ref = wholeRows ? `${range.getRow()}:${range.getRow() + range.getNumRows() - 1}` : range.getA1Notation();
  return { sheet: name, address: `'${name.replace(/'/g, "''")}'!${ref}` };
}
