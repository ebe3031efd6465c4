/**
 * The JSON report (a contract, version 1; documented in the README). Hosts and the CLI produce
 * exactly this shape.
 */
import { columnLetters, rangeA1 } from './address';
import type { CheckResult } from './check';
import type { Finding } from './rules/types';
import type { SheetDiagnostic } from './recognize/explain';
import type { Table } from './recognize/types';

export interface ReportTable {
  sheet: string;
  range: string;
  kind: Table['kind'];
  /** 1-based rows of the first header band (column-number row included). */
  headerRows: number[];
  /** 1-based first rows of header bands repeated further down (page breaks). */
  repeatedHeaderRows: number[];
  years: number[];
  /** True when the header says "Tahun ke-1..5" / "TAHUN 1..5": `years` are then 1..5. */
  relativeYears: boolean;
  columns: { column: string; role: string; year?: number; header: string }[];
  /** The planner declared the table by hand ("Tandai tabel" or --tabel). */
  declared?: boolean;
}

export interface ReportFile {
  file: string;
  /** The agency the workbook's titles name ("Kecamatan Kartoharjo"), when they name one. */
  agency?: string;
  /** Present when the file could not be read; tables and findings are then empty. */
  error?: string;
  tables: ReportTable[];
  findings: Finding[];
  /**
   * How recognition read the sheets: every sheet with --jelaskan, otherwise only sheets that hold
   * numbers under header-like rows but gave no table. Also notes on tables declared by hand.
   */
  diagnostics?: SheetDiagnostic[];
  /** Problems with tables declared by hand (stored in the file or given with --tabel). */
  declarationProblems?: string[];
}

export interface Report {
  version: 1;
  files: ReportFile[];
}

export function reportTable(t: Table): ReportTable {
  return {
    sheet: t.sheet,
    range: rangeA1(t.top, t.left, t.bottom, t.right),
    kind: t.kind,
    headerRows: t.header.rows.map((r) => r + 1),
    repeatedHeaderRows: t.repeats.map((b) => b.rows[0] + 1),
    years: t.years,
    relativeYears: t.relativeYears,
    columns: t.columns
      .filter((c) => c.role !== 'other')
      .map((c) => ({ column: columnLetters(c.col), role: c.role, ...(c.year !== undefined ? { year: c.year } : {}), header: c.header })),
    ...(t.declared ? { declared: true } : {}),
  };
}

export function reportFile(file: string, result: CheckResult): ReportFile {
  return { file, tables: result.tables.map(reportTable), findings: result.findings };
}

export function countBySeverity(findings: Finding[]): Record<Finding['severity'], number> {
  const out = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

/** An expected/actual value as a planner reads it: 1.984.398.226 · 1,2 · kosong · the text. */
export function formatFindingValue(v: Finding['expected']): string {
  if (v === null) return 'kosong';
  if (typeof v === 'number') {
    const fixed = Number.isInteger(v) ? String(v) : String(Math.round(v * 10000) / 10000);
    const [i, f] = fixed.split('.');
    return i.replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (f ? `,${f}` : '');
  }
  return v;
}
