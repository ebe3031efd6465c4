/**
 * `renstra check --format csv`: one row per finding (and one per unreadable file), for a reviewer's
 * own spreadsheet. UTF-8 with a byte order mark and `;` between fields — what Excel with Indonesian
 * regional settings opens straight into columns, accents intact.
 */
import { formatFindingValue, type Report } from '../core/report';
import { ruleTitle } from '../core/rules/titles';
import { rekapRows } from './rekap';

const HEADER = ['Berkas', 'Perangkat Daerah', 'Lembar', 'Sel', 'Tingkat', 'Aturan', 'Nama aturan', 'Diharapkan', 'Tertulis', 'Penjelasan'];
const LEVEL = { error: 'Galat', warning: 'Peringatan', info: 'Catatan' } as const;

function field(v: string | number): string {
  const s = String(v);
  return /[;"\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function findingsCsv(report: Report, agencies?: Map<string, string | undefined>): string {
  const lines = [HEADER.map(field).join(';')];
  for (const r of rekapRows(report, agencies)) {
    if (r.file.error) lines.push([r.file.file, r.agency, '', '', 'Tidak terbaca', '', '', '', '', r.file.error].map(field).join(';'));
    for (const f of r.file.findings) {
      lines.push([r.file.file, r.agency, f.sheet, f.cell, LEVEL[f.severity], f.rule, ruleTitle(f.rule), formatFindingValue(f.expected), formatFindingValue(f.actual), f.message].map(field).join(';'));
    }
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
