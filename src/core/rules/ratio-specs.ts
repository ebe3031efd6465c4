/** What a ratio column means in each table kind: its inputs, its formula (core), its words. */
import { polarityOfIndicator, rasioCapaian, rasioRealisasi } from '../formulas/capaian';
import { cellAt, cellText } from '../grid';
import type { TableModel } from '../model';
import type { RatioSpec } from './ratio-common';

function orNone(f: () => number): number[] {
  try {
    return [f()];
  } catch {
    return [];
  }
}

export function capaianSpec(model: TableModel): RatioSpec {
  const indicatorCol = model.col('indicator') ?? model.col('name');
  return {
    rule: 'ratio.capaian',
    numerator: 'realisasi',
    denominator: 'target',
    numeratorWord: 'realisasi',
    denominatorWord: 'target',
    ratioWord: 'Rasio capaian',
    exacts: (n, d, polarity) =>
      polarity === 'positif' ? [rasioCapaian(n, d)] : [rasioCapaian(n, d, 'negatif'), ...orNone(() => rasioCapaian(n, d, 'negatif-tr'))],
    polarity: (m, row) => polarityOfIndicator(indicatorCol === undefined ? '' : cellText(cellAt(m.sheet, row, indicatorCol))),
  };
}

export function anggaranSpec(): RatioSpec {
  return {
    rule: 'ratio.anggaran',
    numerator: 'realisasi',
    denominator: 'pagu',
    numeratorWord: 'realisasi',
    denominatorWord: 'anggaran',
    ratioWord: 'Rasio realisasi anggaran',
    exacts: (n, d) => [rasioRealisasi(n, d)],
  };
}

/** The ratio spec of a table, if its kind has ratio columns. */
export function ratioSpecFor(model: TableModel): RatioSpec | undefined {
  if (model.table.kind === 'pencapaian-kinerja') return capaianSpec(model);
  if (model.table.kind === 'anggaran-realisasi') return anggaranSpec();
  return undefined;
}
