/**
 * growth.rata-rata: "Rata-rata Pertumbuhan" (T-C.24) against the mean year-on-year growth and the
 * CAGR of the row's yearly values (blanks skipped), as a ratio or a percentage, rounded or
 * truncated. No regulation fixes the formula, so a value matching neither is a warning that names
 * both candidates.
 */
import { attempt, cagr, meanGrowth } from '../formulas/growth';
import { shownMatches } from '../formulas/rounding';
import type { TableModel, ValueAt } from '../model';
import type { ColumnRole, Role } from '../recognize/types';
import type { Finding, TableRule } from './types';
import { a1, blank, finding, num, present, shownText, tidy, yearLabel } from './util';

/** The yearly values a growth cell averages (blanks skipped), in year order. */
function seriesOf(model: TableModel, row: number, gc: ColumnRole): { values: number[]; points: { year?: number; v: ValueAt }[] } {
  const role: Role = gc.series === 'realisasi' ? 'realisasi' : 'pagu';
  const yearCols = model.cols(role).filter((c) => c.year !== undefined).sort((a, b) => a.year! - b.year!);
  const points = yearCols.map((c) => ({ year: c.year, v: model.value(row, c.col) })).filter((p) => present(p.v));
  return { values: points.map((p) => p.v.reading!.value), points };
}

/** A growth cell with at least two yearly values: what the checker computes for it. */
export interface GrowthCell {
  row: number;
  col: number;
  /** Which series it averages. */
  series: number[];
  /** The cells of the series, in year order (blanks skipped). */
  cells: { row: number; col: number }[];
  mean?: number;
  cagr?: number;
}

/** Every growth cell of a table with at least two yearly values. */
export function growthCells(model: TableModel): GrowthCell[] {
  const out: GrowthCell[] = [];
  for (const gc of model.table.columns.filter((c) => c.role === 'growth')) {
    for (const row of model.rows) {
      if (row.kind !== 'data' && row.kind !== 'total') continue;
      const { values, points } = seriesOf(model, row.r, gc);
      if (values.length < 2) continue;
      const cells = points.map((p) => ({ row: p.v.row, col: p.v.col }));
      out.push({ row: row.r, col: gc.col, series: values, cells, mean: attempt(() => meanGrowth(values)), cagr: attempt(() => cagr(values)) });
    }
  }
  return out;
}

export const growthRataRata: TableRule = {
  id: 'growth.rata-rata',
  scope: 'table',
  emits: ['growth.rata-rata', 'growth.tanpa-input'],
  description:
    'Rata-rata pertumbuhan anggaran/realisasi cocok dengan rata-rata pertumbuhan tahunan atau CAGR dari nilai tahunannya (sebagai rasio atau persen); juga pertumbuhan yang diisi tanpa cukup nilai tahunan (growth.tanpa-input).',
  check(model) {
    const out: Finding[] = [];
    const growthCols = model.table.columns.filter((c) => c.role === 'growth');
    if (growthCols.length === 0) return out;
    const rows = model.rows.filter((r) => r.kind === 'data' || r.kind === 'total');
    for (const gc of growthCols) {
      const word = gc.series === 'realisasi' ? 'realisasi' : 'anggaran';
      for (const row of rows) {
        const shown = model.value(row.r, gc.col);
        if (blank(shown) || !shown.reading) continue;
        const { values: series, points } = seriesOf(model, row.r, gc);
        const related = points.map((p) => a1(p.v.row, p.v.col));
        if (series.length < 2) {
          if (shown.reading.value === 0 && series.length === 0) continue;
          out.push(
            finding(model, 'growth.tanpa-input', 'warning', row.r, gc.col, null, shown.reading.shown, related,
              `Rata-rata pertumbuhan ${word} di ${a1(row.r, gc.col)} tertulis ${shownText(shown)}, tetapi baris ini hanya punya ${series.length} nilai ${word} tahunan${series.length ? ` (${related.join(', ')})` : ''}; pertumbuhan perlu sedikitnya dua tahun.`),
          );
          continue;
        }
        const mean = attempt(() => meanGrowth(series));
        const compound = attempt(() => cagr(series));
        const d = shown.reading.decimals;
        const candidates: { name: string; v: number }[] = [];
        if (mean !== undefined) candidates.push({ name: 'rata-rata pertumbuhan tahunan', v: mean });
        if (compound !== undefined) candidates.push({ name: 'CAGR', v: compound });
        if (candidates.length === 0) continue;
        const shownAsPercent = shown.reading.percent;
        const matched = candidates.find((c) =>
          [1, 100].some((scale) => shownMatches(shown.reading!.shown, c.v * (shownAsPercent ? 100 : scale), d)),
        );
        if (matched) continue;
        const first = points[0].year;
        const last = points[points.length - 1].year;
        const pct = (v: number) => `${num(v * 100, 2)}%`;
        out.push(
          finding(model, 'growth.rata-rata', 'warning', row.r, gc.col, mean !== undefined ? tidy(mean) : tidy(compound!), shown.reading.shown, related,
            `Rata-rata pertumbuhan ${word} di ${a1(row.r, gc.col)} tertulis ${shownText(shown)}, tetapi dari ${word} ${yearLabel(model, first)}–${last} (${related.join(', ')}) rata-rata pertumbuhan tahunan = ${mean !== undefined ? pct(mean) : 'tidak terdefinisi'} dan CAGR = ${compound !== undefined ? pct(compound) : 'tidak terdefinisi'}. Nilai tertulis tidak cocok dengan keduanya, baik sebagai rasio maupun persen.`),
        );
      }
    }
    return out;
  },
};
