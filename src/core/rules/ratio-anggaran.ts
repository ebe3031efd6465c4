/** ratio.anggaran: rasio realisasi anggaran = realisasi ÷ anggaran of the same year (anggaran-realisasi tables). */
import { checkRatios } from './ratio-common';
import { anggaranSpec } from './ratio-specs';
import type { TableRule } from './types';

export const ratioAnggaran: TableRule = {
  id: 'ratio.anggaran',
  scope: 'table',
  emits: ['ratio.anggaran', 'ratio.tanpa-input', 'ratio.kosong'],
  description: 'Rasio antara realisasi dan anggaran = realisasi ÷ anggaran tahun yang sama, dibulatkan atau dipotong sesuai desimal yang tampil.',
  check(model) {
    if (model.table.kind !== 'anggaran-realisasi') return [];
    return checkRatios(model, anggaranSpec());
  },
};
