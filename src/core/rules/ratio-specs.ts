/** What a ratio column means in each table kind: its inputs, its formula (core), its words. */
import { polarityOfIndicator, rasioCapaian, rasioRealisasi, type Polaritas } from '../formulas/capaian';
import { cellAt, cellText } from '../grid';
import type { TableModel } from '../model';
import { judgeRatio, type RatioSpec } from './ratio-common';
import { present } from './util';

function orNone(f: () => number): number[] {
  try {
    return [f()];
  } catch {
    return [];
  }
}

/**
 * The polarity of a row: what its own ratios follow where they say it plainly — two years or more
 * fitting R/T and none 2 − R/T (or T/R), or the other way round — else what the indicator's name
 * suggests. Polarity is the planner's choice; the checker verifies the arithmetic of the one they
 * made, so a year that fits neither, or goes against the rest, is still reported.
 */
function rowPolarity(model: TableModel, row: number, indicatorCol: number | undefined): Polaritas {
  const named = polarityOfIndicator(indicatorCol === undefined ? '' : cellText(cellAt(model.sheet, row, indicatorCol)));
  let positive = 0;
  let negative = 0;
  for (const { col, year } of model.cols('rasio')) {
    const ncol = model.col('realisasi', year);
    const dcol = model.col('target', year);
    if (ncol === undefined || dcol === undefined) continue;
    const shown = model.value(row, col);
    const n = model.value(row, ncol);
    const d = model.value(row, dcol);
    if (!present(shown) || !present(n) || !present(d)) continue;
    const percent = !!model.table.columns.find((c) => c.col === col)?.percent;
    const fits = (exacts: number[]) => exacts.length > 0 && judgeRatio(shown, exacts, percent).ok;
    const pos = fits(orNone(() => rasioCapaian(n.reading.value, d.reading.value)));
    const neg = fits([...orNone(() => rasioCapaian(n.reading.value, d.reading.value, 'negatif')), ...orNone(() => rasioCapaian(n.reading.value, d.reading.value, 'negatif-tr'))]);
    if (pos && !neg) positive++;
    else if (neg && !pos) negative++;
  }
  // Two years or more, all one way: one year alone may be the very mistake (T/R for R/T).
  return positive >= 2 && negative === 0 ? 'positif' : negative >= 2 && positive === 0 ? 'negatif' : named;
}

export function capaianSpec(model: TableModel): RatioSpec {
  const indicatorCol = model.col('indicator') ?? model.col('name');
  const polarities = new Map<number, Polaritas>();
  return {
    rule: 'ratio.capaian',
    numerator: 'realisasi',
    denominator: 'target',
    numeratorWord: 'realisasi',
    denominatorWord: 'target',
    ratioWord: 'Rasio capaian',
    exacts: (n, d, polarity) =>
      polarity === 'positif' ? [rasioCapaian(n, d)] : [rasioCapaian(n, d, 'negatif'), ...orNone(() => rasioCapaian(n, d, 'negatif-tr'))],
    polarity: (m, row) => {
      let p = polarities.get(row);
      if (p === undefined) polarities.set(row, (p = rowPolarity(m, row, indicatorCol)));
      return p;
    },
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
