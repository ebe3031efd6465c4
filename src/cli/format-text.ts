/** The readable report: grouped by file, sheet and table, with a one-line summary per file. */
import { parseA1 } from '../core/address';
import { KINDS } from '../core/recognize/kinds';
import type { ReportFile } from '../core/report';
import { countBySeverity, formatFindingValue } from '../core/report';
import type { Finding } from '../core/rules/types';

const LABEL: Record<Finding['severity'], string> = { error: 'GALAT', warning: 'PERINGATAN', info: 'CATATAN' };

function inRange(range: string, cell: string): boolean {
  const [a, b] = range.split(':').map(parseA1);
  const c = parseA1(cell);
  return c.row >= a.row && c.row <= b.row && c.col >= a.col && c.col <= b.col;
}


export function summaryLine(file: ReportFile): string {
  if (file.error) return `${file.file}: TIDAK DAPAT DIBACA — ${file.error}`;
  const c = countBySeverity(file.findings);
  return `${file.file}: ${file.tables.length} tabel Renstra, ${c.error} galat, ${c.warning} peringatan, ${c.info} catatan`;
}

export function formatText(file: ReportFile): string {
  const lines: string[] = [];
  lines.push(`== ${file.file}`);
  if (file.error) {
    lines.push(`   Tidak dapat dibaca: ${file.error}`);
    return lines.join('\n');
  }
  if (file.tables.length === 0) {
    lines.push('   Tidak ada tabel Renstra yang dikenali. Yang dicari: baris judul kolom seperti "TARGET", "PAGU",');
    lines.push('   "REALISASI", "RASIO" dengan tahun (2025 … 2030 atau "Tahun ke-1 … 5"), atau kolom TUJUAN/SASARAN/INDIKATOR.');
  }
  const sheets = [...new Set(file.tables.map((t) => t.sheet).concat(file.findings.map((f) => f.sheet)))];
  for (const sheet of sheets) {
    lines.push('');
    lines.push(`-- Lembar "${sheet}"`);
    const tables = file.tables.filter((t) => t.sheet === sheet);
    const used = new Set<Finding>();
    for (const t of tables) {
      const kind = KINDS.find((k) => k.kind === t.kind);
      const years = t.years.length ? `, ${t.relativeYears ? 'tahun ke-' : 'tahun '}${t.years[0]}–${t.years[t.years.length - 1]}` : '';
      lines.push(`   Tabel ${t.kind} ${t.range}${years} — ${kind?.description ?? ''}`);
      const fs = file.findings.filter((f) => f.sheet === sheet && !used.has(f) && inRange(t.range, f.cell));
      fs.forEach((f) => used.add(f));
      lines.push(...findingLines(fs));
      if (fs.length === 0) lines.push('      Tidak ada temuan.');
    }
    const rest = file.findings.filter((f) => f.sheet === sheet && !used.has(f));
    if (rest.length) {
      lines.push('   Di luar tabel yang dikenali:');
      lines.push(...findingLines(rest));
    }
  }
  lines.push('');
  lines.push(`Ringkasan ${summaryLine(file)}`);
  return lines.join('\n');
}

function findingLines(findings: Finding[]): string[] {
  const out: string[] = [];
  const order: Finding['severity'][] = ['error', 'warning', 'info'];
  const sorted = [...findings].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity) || a.rule.localeCompare(b.rule));
  let rule = '';
  for (const f of sorted) {
    if (f.rule !== rule) {
      rule = f.rule;
      out.push(`      [${f.rule}]`);
    }
    out.push(`        ${LABEL[f.severity].padEnd(10)} ${f.cell.padEnd(6)} ${f.message}`);
    if (f.expected !== null || f.actual !== null) out.push(`${' '.repeat(26)}diharapkan: ${formatFindingValue(f.expected)} · tertulis: ${formatFindingValue(f.actual)}`);
  }
  return out;
}
