/**
 * Table kinds as small declarative descriptions: which column roles a kind needs, which it cannot
 * have, and title words that tell it apart. A new kind is a new entry here, not new control flow.
 */
import type { ColumnRole, Role, TableKind } from './types';

export interface KindSpec {
  kind: TableKind;
  /** The name a planner knows the table by. */
  label: string;
  /** Per-year roles that must be present. */
  yearly: Role[];
  /** Other roles that must be present; each entry lists alternatives. */
  needs: Role[][];
  /** Roles that rule the kind out. */
  forbids: Role[];
  /** Roles that rule the kind out unless its title names it (an IKU with a "Tujuan/Sasaran" column). */
  forbidsUntitled?: Role[];
  /** Per-year roles that rule the kind out. */
  forbidsYearly?: Role[];
  /** Words in the title (rows above the header, or the sheet name) that favour this kind. */
  title?: RegExp;
  /** Words in the title that rule this kind out (another table of the same columns). */
  notTitle?: RegExp;
  /** Roles that favour this kind when present. */
  prefers?: Role[];
  /** Roles that favour this kind when absent. */
  prefersAbsent?: Role[];
  /** Tables whose rows are program/kegiatan/sub kegiatan entities. */
  hierarchical: boolean;
  description: string;
}

export const KINDS: KindSpec[] = [
  {
    kind: 'pencapaian-kinerja',
    label: 'Pencapaian Kinerja Pelayanan (T-C.23)',
    yearly: ['target', 'realisasi', 'rasio'],
    needs: [],
    forbids: [],
    forbidsYearly: ['pagu'],
    title: /pencapaian kinerja|capaian kinerja pelayanan|t-?c\.?\s*23/i,
    hierarchical: false,
    description: 'indikator, target, realisasi dan rasio capaian per tahun (T-C.23)',
  },
  {
    kind: 'anggaran-realisasi',
    label: 'Anggaran dan Realisasi Pendanaan (T-C.24)',
    yearly: ['pagu', 'realisasi'],
    needs: [],
    forbids: [],
    title: /anggaran dan realisasi|realisasi pendanaan|t-?c\.?\s*24/i,
    prefers: ['growth', 'rasio'],
    hierarchical: true,
    description: 'anggaran, realisasi, rasio dan rata-rata pertumbuhan per program (T-C.24)',
  },
  {
    kind: 'program-pendanaan',
    label: 'Rencana Program, Kegiatan dan Pendanaan (T-C.27)',
    yearly: ['target', 'pagu'],
    needs: [['name', 'code']],
    forbids: [],
    forbidsYearly: ['realisasi'],
    title: /pendanaan|pagu indikatif|t-?c\.?\s*27/i,
    hierarchical: true,
    description: 'program/kegiatan/sub kegiatan dengan target dan pagu indikatif per tahun (T-C.27)',
  },
  {
    kind: 'tujuan-sasaran',
    label: 'Tujuan dan Sasaran (T-C.25)',
    yearly: ['target'],
    needs: [['tujuan', 'sasaran'], ['indicator']],
    forbids: [],
    forbidsYearly: ['pagu', 'realisasi'],
    title: /tujuan dan sasaran|t-?c\.?\s*25/i,
    hierarchical: false,
    description: 'tujuan, sasaran, indikator dan target per tahun (T-C.25)',
  },
  {
    kind: 'iku',
    label: 'Indikator Kinerja Utama (IKU)',
    yearly: ['target'],
    needs: [['indicator']],
    forbids: ['name'],
    forbidsUntitled: ['tujuan'],
    forbidsYearly: ['pagu', 'realisasi'],
    title: /kinerja utama|\biku\b/i,
    prefers: ['baseline', 'satuan'],
    hierarchical: false,
    description: 'Indikator Kinerja Utama: indikator, satuan, baseline dan target per tahun',
  },
  {
    kind: 'ikk',
    label: 'Indikator Kinerja Kunci (IKK)',
    yearly: ['target'],
    needs: [['indicator']],
    forbids: ['name'],
    forbidsUntitled: ['tujuan'],
    forbidsYearly: ['pagu', 'realisasi'],
    title: /kinerja kunci|\bikk\b/i,
    prefersAbsent: ['baseline'],
    hierarchical: false,
    description: 'Indikator Kinerja Kunci: indikator dan target per tahun',
  },
  {
    kind: 'strategi-kebijakan',
    label: 'Tujuan, Sasaran, Strategi dan Arah Kebijakan (T-C.26)',
    yearly: [],
    needs: [['strategi', 'kebijakan']],
    forbids: [],
    forbidsYearly: ['target', 'pagu', 'realisasi', 'rasio'],
    title: /strategi|arah kebijakan|t-?c\.?\s*26/i,
    hierarchical: false,
    description: 'tujuan, sasaran, strategi dan arah kebijakan (T-C.26); tabel teks, tanpa angka yang diperiksa',
  },
  {
    kind: 'cascading',
    label: 'Cascading Kinerja',
    yearly: [],
    needs: [['name'], ['tujuan', 'sasaran', 'outcome', 'output']],
    forbids: [],
    forbidsYearly: ['target', 'pagu', 'realisasi', 'rasio'],
    title: /cascading|perumusan program/i,
    // "Daftar Sub-kegiatan Prioritas" (Tabel 4.3) has program, outcome and kegiatan columns too.
    notTitle: /prioritas/i,
    hierarchical: true,
    description: 'tujuan → sasaran → outcome → output → program/kegiatan/sub kegiatan',
  },
  {
    // Bab II staff and asset counts (status pegawai, golongan, eselon, pendidikan, diklat, sarana):
    // found by their own pass (rekap.ts) on rows no Renstra table holds. Header reading never gives
    // the `jumlah` role, so `classify` cannot pick this kind for a Renstra band.
    kind: 'rekap-jumlah',
    label: 'Rekapitulasi dengan Jumlah (Bab II)',
    yearly: [],
    needs: [['jumlah', 'kategori']],
    forbids: [],
    forbidsYearly: ['target', 'pagu', 'realisasi', 'rasio'],
    hierarchical: false,
    description: 'rekapitulasi (pegawai menurut status, golongan, eselon, pendidikan, diklat; sarana prasarana) dengan kolom dan/atau baris Jumlah',
  },
];

export function kindSpec(kind: TableKind): KindSpec {
  const spec = KINDS.find((k) => k.kind === kind);
  if (!spec) throw new Error(`unknown table kind ${kind}`);
  return spec;
}

/** Picks the kind that fits the columns best, or undefined when none fits. */
export function classify(columns: ColumnRole[], title: string): TableKind | undefined {
  const roles = new Set(columns.map((c) => c.role));
  const yearly = new Set(columns.filter((c) => c.year !== undefined).map((c) => c.role));
  let best: { kind: TableKind; score: number } | undefined;
  for (const spec of KINDS) {
    if (!spec.yearly.every((r) => yearly.has(r))) continue;
    if (!spec.needs.every((alts) => alts.some((r) => roles.has(r)))) continue;
    if (spec.forbids.some((r) => roles.has(r))) continue;
    if ((spec.forbidsUntitled ?? []).some((r) => roles.has(r)) && !spec.title?.test(title)) continue;
    if ((spec.forbidsYearly ?? []).some((r) => yearly.has(r))) continue;
    if (spec.notTitle && spec.notTitle.test(title)) continue;
    let score = spec.yearly.length * 2 + spec.needs.length;
    if (spec.title && spec.title.test(title)) score += 10;
    for (const r of spec.prefers ?? []) if (roles.has(r)) score += 1;
    for (const r of spec.prefersAbsent ?? []) if (!roles.has(r)) score += 3;
    if (!best || score > best.score) best = { kind: spec.kind, score };
  }
  return best?.kind;
}
