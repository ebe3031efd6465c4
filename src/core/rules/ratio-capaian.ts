/** ratio.capaian: rasio capaian = realisasi ÷ target of the same year (pencapaian-kinerja tables). */
import { checkRatios } from './ratio-common';
import { capaianSpec } from './ratio-specs';
import type { TableRule } from './types';

export const ratioCapaian: TableRule = {
  id: 'ratio.capaian',
  scope: 'table',
  emits: ['ratio.capaian', 'ratio.tanpa-input', 'ratio.kosong'],
  description:
    'Rasio capaian = realisasi ÷ target tahun yang sama (indikator berpolaritas negatif: 2 − R/T atau T/R), dibulatkan atau dipotong sesuai desimal yang tampil; juga rasio tanpa realisasi/target (ratio.tanpa-input) dan rasio yang belum diisi (ratio.kosong).',
  check(model) {
    if (model.table.kind !== 'pencapaian-kinerja') return [];
    return checkRatios(model, capaianSpec(model));
  },
};
