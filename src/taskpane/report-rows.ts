/**
 * The rows of the "Laporan Validasi" sheet, whatever the host: one row per finding, its cell a
 * HYPERLINK to the finding (the link target is the host's: `#'Tabel 4.2'!H108` in Excel,
 * `#gid=…&range=H108` in Google Sheets). Formulas in the English form both hosts' APIs take.
 */
import { qualified } from '../core/address';
import { formatFindingValue } from '../core/report';
import type { Finding } from '../core/rules/types';

export const REPORT_SHEET = 'Laporan Validasi';

export const REPORT_HEADER = ['No', 'Lembar', 'Sel', 'Tingkat', 'Aturan', 'Diharapkan', 'Tertulis', 'Penjelasan'];
/** The column (0-based) holding the link to each finding's cell. */
export const REPORT_LINK_COLUMN = 2;
const LEVEL: Record<Finding['severity'], string> = { error: 'Galat', warning: 'Peringatan', info: 'Catatan' };

/** Excel's link to a cell of the same workbook. */
export const excelLink = (f: Finding): string => `#${qualified(f.sheet, f.cell)}`;

export function reportRows(findings: Finding[], link: (f: Finding) => string = excelLink): (string | number)[][] {
  const quote = (s: string) => s.replace(/"/g, '""');
  return [
    REPORT_HEADER,
    ...findings.map((f, i) => [
      i + 1,
      f.sheet,
      `=HYPERLINK("${quote(link(f))}","${f.cell}")`,
      LEVEL[f.severity],
      f.rule,
      formatFindingValue(f.expected),
      formatFindingValue(f.actual),
      // A message starting with "=" would be taken for a formula.
      f.message.startsWith('=') ? `'${f.message}` : f.message,
    ]),
  ];
}
