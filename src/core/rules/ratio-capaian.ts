/** ratio.capaian: rasio capaian = realisasi ÷ target of the same year (pencapaian-kinerja tables). */
import { polarityOfIndicator, rasioCapaian } from '../formulas/capaian';
import { cellAt, cellText } from '../grid';
import { checkRatios } from './ratio-common';
import type { TableRule } from './types';

export const ratioCapaian: TableRule = {
  id: 'ratio.capaian',
  scope: 'table',
  emits: ['ratio.capaian', 'ratio.tanpa-input', 'ratio.kosong'],
  description:
    'Rasio capaian = realisasi ÷ target tahun yang sama (indikator berpolaritas negatif: 2 − R/T atau T/R), dibulatkan atau dipotong sesuai desimal yang tampil; juga rasio tanpa realisasi/target (ratio.tanpa-input) dan rasio yang belum diisi (ratio.kosong).',
  check(model) {
    if (model.table.kind !== 'pencapaian-kinerja') return [];
    const indicatorCol = model.col('indicator') ?? model.col('name');
    return checkRatios(model, {
      rule: 'ratio.capaian',
      numerator: 'realisasi',
      denominator: 'target',
      numeratorWord: 'realisasi',
      denominatorWord: 'target',
      ratioWord: 'Rasio capaian',
      exacts: (n, d, polarity) =>
        polarity === 'positif' ? [rasioCapaian(n, d)] : [rasioCapaian(n, d, 'negatif'), ...orNone(() => rasioCapaian(n, d, 'negatif-tr'))],
      polarity: (m, row) => polarityOfIndicator(indicatorCol === undefined ? '' : cellText(cellAt(m.sheet, row, indicatorCol))),
    });
  },
};

function orNone(f: () => number): number[] {
  try {
    return [f()];
  } catch {
    return [];
  }
}
