/**
 * "Laporan": the findings on a sheet of their own ("Laporan Validasi", replacing an earlier one),
 * each with a link to its cell. One batch: the old report is removed and the new one written in a
 * single sync.
 */
import { qualified } from '../core/address';
import { formatFindingValue } from '../core/report';
import type { Finding } from '../core/rules/types';

export const REPORT_SHEET = 'Laporan Validasi';

const HEADER = ['No', 'Lembar', 'Sel', 'Tingkat', 'Aturan', 'Diharapkan', 'Tertulis', 'Penjelasan'];
const LEVEL: Record<Finding['severity'], string> = { error: 'Galat', warning: 'Peringatan', info: 'Catatan' };

/** The rows of the report as Office.js `formulas` (English function names, comma separators). */
export function reportRows(findings: Finding[]): (string | number)[][] {
  const quote = (s: string) => s.replace(/"/g, '""');
  return [
    HEADER,
    ...findings.map((f, i) => [
      i + 1,
      f.sheet,
      `=HYPERLINK("#${quote(qualified(f.sheet, f.cell))}","${f.cell}")`,
      LEVEL[f.severity],
      f.rule,
      formatFindingValue(f.expected),
      formatFindingValue(f.actual),
      // A message starting with "=" would be taken for a formula.
      f.message.startsWith('=') ? `'${f.message}` : f.message,
    ]),
  ];
}

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
