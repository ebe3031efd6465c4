/**
 * "Laporan": the findings on a sheet of their own ("Laporan Validasi", replacing an earlier one),
 * each with a link to its cell. One batch: the old report is removed and the new one written in a
 * single sync.
 */
import type { Finding } from '../core/rules/types';
import { REPORT_HEADER as HEADER, REPORT_SHEET, reportRows } from '../taskpane/report-rows';

export { REPORT_SHEET, reportRows };

export async function writeReportSheet(context: Excel.RequestContext, findings: Finding[]): Promise<string> {
  const sheets = context.workbook.worksheets;
  const old = sheets.getItemOrNullObject(REPORT_SHEET);
  old.load('isNullObject');
  await context.sync();
  context.application.suspendScreenUpdatingUntilNextSync();
  if (!old.isNullObject) old.delete();
  const ws = sheets.add(REPORT_SHEET);
  const rows = reportRows(findings);
  const range = ws.getRangeByIndexes(0, 0, rows.length, HEADER.length);
  range.formulas = rows;
  ws.getRangeByIndexes(0, 0, 1, HEADER.length).format.font.bold = true;
  ws.freezePanes.freezeRows(1);
  range.format.autofitColumns();
  ws.activate();
  await context.sync();
  return REPORT_SHEET;
}
