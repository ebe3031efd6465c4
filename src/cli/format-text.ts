/** The readable report: grouped by file, sheet and table, with a one-line summary per file. */
import { parseA1 } from '../core/address';
import { KINDS } from '../core/recognize/kinds';
import { ruleTitle } from '../core/rules/titles';
import type { SheetDiagnostic } from '../core/recognize/explain';
import { ROLE_LABEL } from '../core/recognize/labels';
import type { Role } from '../core/recognize/types';
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

/** Options of the readable report. */
export interface TextOptions {
  /** --jelaskan: how recognition read every sheet. */
  explain?: boolean;
}

export function formatText(file: ReportFile, options: TextOptions = {}): string {
  const lines: string[] = [];
  lines.push(`== ${file.file}`);
  if (file.error) {
    lines.push(`   Tidak dapat dibaca: ${file.error}`);
    return lines.join('\n');
  }
  if (file.tables.length === 0) {
    lines.push('   Tidak ada tabel Renstra yang dikenali. Yang dicari: baris judul kolom seperti "TARGET", "PAGU",');
    lines.push('   "REALISASI", "RASIO" dengan tahun (2025 … 2030 atau "Tahun ke-1 … 5"), atau kolom TUJUAN/SASARAN/INDIKATOR.');
    if (!options.explain) lines.push('   Lihat sebabnya dengan --jelaskan, atau tandai tabelnya: --tabel "\'Nama Lembar\'!A4:S6=program-pendanaan".');
  }
  for (const p of file.declarationProblems ?? []) lines.push(`   Tanda tabel diabaikan: ${p}`);
  const diagnostics = new Map((file.diagnostics ?? []).map((d) => [d.sheet, d]));
  const sheets = [...new Set(file.tables.map((t) => t.sheet).concat(file.findings.map((f) => f.sheet), [...diagnostics.keys()]))];
  for (const sheet of sheets) {
    lines.push('');
    lines.push(`-- Lembar "${sheet}"`);
    const diagnostic = diagnostics.get(sheet);
    if (diagnostic) lines.push(...diagnosticLines(diagnostic, !!options.explain));
    const tables = file.tables.filter((t) => t.sheet === sheet);
    const used = new Set<Finding>();
    for (const t of tables) {
      const kind = KINDS.find((k) => k.kind === t.kind);
      const years = t.years.length ? `, ${t.relativeYears ? 'tahun ke-' : 'tahun '}${t.years[0]}–${t.years[t.years.length - 1]}` : '';
      lines.push(`   Tabel ${kind?.label ?? t.kind} [${t.kind}] ${t.range}${years}${t.declared ? ' (ditandai manual)' : ''} — ${kind?.description ?? ''}`);
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

/** How recognition read a sheet: in full with --jelaskan, else the one line on a sheet that gave no table. */
function diagnosticLines(d: SheetDiagnostic, full: boolean): string[] {
  if (!full) {
    return d.unrecognised
      ? [`   Ada angka di bawah baris judul, tetapi tidak ada tabel Renstra yang dikenali: ${d.summary}.`, `   Lihat dengan --jelaskan, atau tandai tabelnya: --tabel "'${d.sheet.replace(/'/g, "''")}'!A4:S6=program-pendanaan".`]
      : [];
  }
  const out = ['   Penjelasan pengenalan:'];
  if (d.bands.length === 0) out.push('     Tidak ada baris judul kolom di lembar ini.');
  for (const b of d.bands) {
    out.push(`     Baris ${b.rows.join(', ')} (${b.range}): ${b.notes.join('; ')}.`);
    const cols = b.columns.filter((c) => c.header || c.role !== 'other');
    for (const c of cols) out.push(`       ${c.column.padEnd(3)} ${ROLE_LABEL[c.role as Role] ?? c.role}${c.year !== undefined ? ` ${c.year}` : ''} ← "${c.header}"`);
  }
  for (const m of d.nearMisses) out.push(`     ${m}.`);
  return out;
}

function findingLines(findings: Finding[]): string[] {
  const out: string[] = [];
  const order: Finding['severity'][] = ['error', 'warning', 'info'];
  const sorted = [...findings].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity) || a.rule.localeCompare(b.rule));
  let rule = '';
  for (const f of sorted) {
    if (f.rule !== rule) {
      rule = f.rule;
      out.push(`      ${ruleTitle(f.rule)} [${f.rule}]`);
    }
    out.push(`        ${LABEL[f.severity].padEnd(10)} ${f.cell.padEnd(6)} ${f.message}`);
    if (f.expected !== null || f.actual !== null) out.push(`${' '.repeat(26)}diharapkan: ${formatFindingValue(f.expected)} · tertulis: ${formatFindingValue(f.actual)}`);
  }
  return out;
}
