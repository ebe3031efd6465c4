/**
 * `renstra check … --laporan rekap.xlsx`: the Bappeda's rekap as a workbook a reviewer can sort,
 * filter and forward. Sheet "Ringkasan": one row per file (agency, tables, counts, status) with a
 * totals row, autofilter, frozen header and the status coloured; then one sheet per file with its
 * findings, each cell address a link that opens the agency's workbook at that cell
 * (`=HYPERLINK("OPD/renstra.xlsx#'Tabel 4.2'!H108","H108")`, relative to the rekap). Written with
 * exceljs, in the browser too (the offline web checker's download).
 */
import ExcelJS from 'exceljs';
import { formatFindingValue } from '../core/report';
import { freeSheetName } from '../core/sheet-name';
import { ruleTitle } from '../core/rules/titles';
import type { Report } from '../core/report';
import { rekapRows, type RekapRow } from './rekap';

export const SUMMARY_SHEET = 'Ringkasan';

const LEVEL = { error: 'Galat', warning: 'Peringatan', info: 'Catatan' } as const;
const STATUS_FILL: Record<RekapRow['status'], string> = { Siap: 'FFC6EFCE', 'Perlu perbaikan': 'FFFFC7CE', 'Tidak terbaca': 'FFD9D9D9' };

export interface RekapOptions {
  /** The path of each file as a link from the rekap's folder (the CLI makes it relative). */
  linkTo?: (file: string) => string;
  /** Agencies named by the workbooks' titles, by file (when the report does not carry them). */
  agencies?: Map<string, string | undefined>;
}

/** A sheet name Excel accepts, unique in the workbook (and now taken). */
function sheetName(wanted: string, taken: Set<string>): string {
  const name = freeSheetName(wanted, taken, 'Berkas');
  taken.add(name.toLowerCase());
  return name;
}

const quoteFormula = (s: string) => s.replace(/"/g, '""');
const quoteSheet = (s: string) => `'${s.replace(/'/g, "''")}'`;

export function rekapWorkbook(report: Report, options: RekapOptions = {}): ExcelJS.Workbook {
  const rows = rekapRows(report, options.agencies);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'renstra';
  const summary = wb.addWorksheet(SUMMARY_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const taken = new Set([SUMMARY_SHEET.toLowerCase()]);
  const names = rows.map((r, i) => sheetName(`${String(i + 1).padStart(2, '0')} ${r.agency}`, taken));
  summary.columns = [
    { header: 'No', key: 'no', width: 5 },
    { header: 'Berkas', key: 'file', width: 36 },
    { header: 'Perangkat Daerah', key: 'agency', width: 30 },
    { header: 'Tabel dikenali', key: 'tables', width: 48 },
    { header: 'Galat', key: 'errors', width: 8 },
    { header: 'Peringatan', key: 'warnings', width: 11 },
    { header: 'Catatan', key: 'notes', width: 9 },
    { header: 'Status', key: 'status', width: 16 },
    { header: 'Keterangan', key: 'why', width: 60 },
  ];
  summary.getRow(1).font = { bold: true };
  rows.forEach((r, i) => {
    const row = summary.addRow({ no: i + 1, agency: r.agency, tables: r.tables, errors: r.errors, warnings: r.warnings, notes: r.notes, status: r.status, why: r.why });
    // The file's name links to its findings sheet.
    row.getCell('file').value = { text: r.file.file, hyperlink: `#${quoteSheet(names[i])}!A1` };
    row.getCell('file').font = { color: { argb: 'FF0563C1' }, underline: true };
  });
  const last = rows.length + 1;
  const total = summary.addRow({ no: null, file: 'Jumlah', agency: `${rows.filter((r) => r.status === 'Siap').length} siap dari ${rows.length} berkas` });
  for (const key of ['errors', 'warnings', 'notes'] as const) {
    const col = summary.getColumn(key).letter;
    total.getCell(key).value = { formula: `SUM(${col}2:${col}${last})`, result: rows.reduce((n, r) => n + r[key], 0) };
  }
  total.font = { bold: true };
  summary.autoFilter = { from: 'A1', to: { row: last, column: 9 } };
  summary.addConditionalFormatting({
    ref: `H2:H${last}`,
    rules: (Object.keys(STATUS_FILL) as RekapRow['status'][]).map((status, i) => ({
      type: 'containsText',
      operator: 'containsText',
      text: status,
      priority: i + 1,
      style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: STATUS_FILL[status] } } },
    })),
  });

  rows.forEach((r, i) => {
    const ws = wb.addWorksheet(names[i], { views: [{ state: 'frozen', ySplit: 3 }] });
    ws.getCell('A1').value = { text: `← ${SUMMARY_SHEET}`, hyperlink: `#${SUMMARY_SHEET}!A1` };
    ws.getCell('B1').value = `${r.agency} — ${r.file.file}: ${r.status}${r.why ? ` (${r.why})` : ''}`;
    ws.getCell('B1').font = { bold: true };
    ws.getRow(3).values = ['No', 'Lembar', 'Sel', 'Tingkat', 'Aturan', 'Nama aturan', 'Diharapkan', 'Tertulis', 'Penjelasan'];
    ws.getRow(3).font = { bold: true };
    ws.columns.forEach((c, k) => (c.width = [5, 16, 9, 11, 24, 30, 18, 18, 90][k]));
    const target = options.linkTo ? options.linkTo(r.file.file) : r.file.file;
    r.file.findings.forEach((f, k) => {
      const row = ws.getRow(4 + k);
      row.values = [k + 1, f.sheet, null, LEVEL[f.severity], f.rule, ruleTitle(f.rule), formatFindingValue(f.expected), formatFindingValue(f.actual), f.message];
      // Opens the agency's workbook at the finding's cell.
      row.getCell(3).value = { formula: `HYPERLINK("${quoteFormula(`${target}#${quoteSheet(f.sheet)}!${f.cell}`)}","${f.cell}")`, result: f.cell };
      row.getCell(3).font = { color: { argb: 'FF0563C1' }, underline: true };
    });
    if (r.file.findings.length === 0) ws.getCell('B4').value = r.file.error ? `Berkas tidak terbaca: ${r.file.error}` : 'Tidak ada temuan.';
    else ws.autoFilter = { from: 'A3', to: { row: 3 + r.file.findings.length, column: 9 } };
  });
  return wb;
}
