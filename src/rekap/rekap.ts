/**
 * The Bappeda's rekap of many agencies' checks, as data: one row per file (agency, tables found,
 * counts, status) and the findings behind it. Both the `renstra check --laporan` workbook and the
 * CSV are written from this, and so is the offline web checker's download.
 */
import { countBySeverity, type Report, type ReportFile } from '../core/report';
import { KINDS } from '../core/recognize/kinds';

export type RekapStatus = 'Siap' | 'Perlu perbaikan' | 'Tidak terbaca';

export interface RekapRow {
  file: ReportFile;
  /** The agency its titles name, or the file name made readable. */
  agency: string;
  /** "Rencana Program, Kegiatan dan Pendanaan (T-C.27) ×1, …" */
  tables: string;
  errors: number;
  warnings: number;
  notes: number;
  status: RekapStatus;
  /** Why a file is not ready: its read error, or the rules its errors break. */
  why: string;
}

/** The last part of a path, without folders (either slash). */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** "renstra-dinas-pu_2025.xlsx" → "renstra dinas pu 2025". */
function readableFileName(path: string): string {
  return baseName(path).replace(/\.(xlsx|xlsm)$/i, '').replace(/[_-]+/g, ' ').trim();
}

function kindsOf(f: ReportFile): string {
  const counts = new Map<string, number>();
  for (const t of f.tables) {
    const label = KINDS.find((k) => k.kind === t.kind)?.label ?? t.kind;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, n]) => (n > 1 ? `${label} ×${n}` : label)).join('; ');
}

export function rekapRows(report: Report, agencies: Map<string, string | undefined> = new Map()): RekapRow[] {
  return report.files.map((file) => {
    const c = countBySeverity(file.findings);
    const status: RekapStatus = file.error ? 'Tidak terbaca' : c.error > 0 ? 'Perlu perbaikan' : 'Siap';
    const rules = [...new Set(file.findings.filter((f) => f.severity === 'error').map((f) => f.rule))];
    const why = file.error
      ? file.error
      : c.error > 0
        ? `${c.error} galat: ${rules.join(', ')}`
        : file.tables.length === 0
          ? 'tidak ada tabel Renstra yang dikenali'
          : '';
    return {
      file,
      agency: file.agency ?? agencies.get(file.file) ?? readableFileName(file.file),
      tables: kindsOf(file),
      errors: c.error,
      warnings: c.warning,
      notes: c.info,
      status,
      why,
    };
  });
}
