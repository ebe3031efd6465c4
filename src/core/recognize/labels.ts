/** What each column role is called in the planner's words (task pane forms, explanations). */
import type { Role } from './types';

export const ROLE_LABEL: Record<Role, string> = {
  no: 'nomor urut',
  code: 'kode',
  name: 'nama program/kegiatan/sub kegiatan',
  indicator: 'indikator',
  satuan: 'satuan',
  baseline: 'kondisi awal (baseline)',
  target: 'target',
  realisasi: 'realisasi',
  pagu: 'pagu/anggaran (Rp)',
  rasio: 'rasio capaian',
  growth: 'rata-rata pertumbuhan',
  'akhir-target': 'target akhir periode',
  'akhir-pagu': 'Rp akhir periode',
  tujuan: 'tujuan',
  sasaran: 'sasaran',
  outcome: 'outcome',
  output: 'output',
  strategi: 'strategi',
  kebijakan: 'arah kebijakan',
  context: 'keterangan (RPJMD, visi/misi)',
  notes: 'keterangan/lokasi/penanggung jawab',
  'ref-target': 'target acuan (NSPK/IKK)',
  other: 'tidak dikenali',
};
