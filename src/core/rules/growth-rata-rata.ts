/**
 * growth.rata-rata: "Rata-rata Pertumbuhan" (T-C.24) against the mean year-on-year growth and the
 * CAGR of the row's yearly values, as a ratio or a percentage, rounded or truncated. No regulation
 * fixes the formula, so a value matching neither is a warning that names both candidates. A blank
 * year is no zero: the step across it counts the years it spans (its per-year rate, once a year),
 * and CAGR runs from the first year with a value to the last. Where no growth exists (a zero or
 * negative base) a written number is reported with the reason (growth.tidak-terdefinisi).
 */
import { attempt, cagr, GrowthError, meanGrowth } from '../formulas/growth';
import { shownMatches } from '../formulas/rounding';
import type { TableModel, ValueAt } from '../model';
import type { ColumnRole, Role } from '../recognize/types';
import type { Finding, TableRule } from './types';
import { a1, blank, finding, num, present, shownText, tidy, yearLabel } from './util';

interface Series {
  values: number[];
  /** The year of each value (calendar year, or the year number of "Tahun ke-1..5"): blanks keep their years. */
  positions: number[];
  points: { year: number; v: ValueAt }[];
}

/** The yearly values a growth cell averages (blanks skipped, their years kept), in year order. */
function seriesOf(model: TableModel, row: number, gc: ColumnRole): Series {
  const role: Role = gc.series === 'realisasi' ? 'realisasi' : 'pagu';
  const yearCols = model.cols(role).filter((c) => c.year !== undefined).sort((a, b) => a.year! - b.year!);
  // One column per year (a repeated year would be a step of no years).
  const once = yearCols.filter((c, i) => i === 0 || c.year !== yearCols[i - 1].year);
  const points = once.map((c) => ({ year: c.year!, v: model.value(row, c.col) })).filter((p) => present(p.v));
  return { values: points.map((p) => p.v.reading!.value), positions: points.map((p) => p.year), points };
}

/** A growth cell with at least two yearly values: what the checker computes for it. */
export interface GrowthCell {
  row: number;
  col: number;
  /** Which series it averages. */
  series: number[];
  /** The year of each value of the series (a gap between two years is a step over several years). */
  positions: number[];
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
      const { values, positions, points } = seriesOf(model, row.r, gc);
      if (values.length < 2) continue;
      const cells = points.map((p) => ({ row: p.v.row, col: p.v.col }));
      out.push({
        row: row.r,
        col: gc.col,
        series: values,
        positions,
        cells,
        mean: attempt(() => meanGrowth(values, positions)),
        cagr: attempt(() => cagr(values, positions)),
      });
    }
  }
  return out;
}

/** Why the mean growth of a series does not exist, naming the cell and its year; undefined when it does. */
export function growthProblem(model: TableModel, values: number[], positions: number[], cells: { row: number; col: number }[]): { code: string; reason: string } | undefined {
  try {
    meanGrowth(values, positions);
    return undefined;
  } catch (e) {
    if (!(e instanceof GrowthError)) return undefined;
    const at = cells[e.index];
    return { code: e.excelError, reason: e.reason(`${a1(at.row, at.col)} (${yearLabel(model, positions[e.index])})`) };
  }
}

export const growthRataRata: TableRule = {
  id: 'growth.rata-rata',
  scope: 'table',
  emits: ['growth.rata-rata', 'growth.tanpa-input', 'growth.tidak-terdefinisi'],
  description:
    'Rata-rata pertumbuhan anggaran/realisasi cocok dengan rata-rata pertumbuhan tahunan atau CAGR dari nilai tahunannya (sebagai rasio atau persen; tahun kosong dihitung sebagai tahun yang dilewati); juga pertumbuhan yang diisi tanpa cukup nilai tahunan (growth.tanpa-input) dan angka pertumbuhan padahal nilai awalnya 0 atau negatif (growth.tidak-terdefinisi).',
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
        const { values: series, positions, points } = seriesOf(model, row.r, gc);
        const related = points.map((p) => a1(p.v.row, p.v.col));
        if (series.length < 2) {
          if (shown.reading.value === 0 && series.length === 0) continue;
          out.push(
            finding(model, 'growth.tanpa-input', 'warning', row.r, gc.col, null, shown.reading.shown, related,
              `Rata-rata pertumbuhan ${word} di ${a1(row.r, gc.col)} tertulis ${shownText(shown)}, tetapi baris ini hanya punya ${series.length} nilai ${word} tahunan${series.length ? ` (${related.join(', ')})` : ''}; pertumbuhan perlu sedikitnya dua tahun.`),
          );
          continue;
        }
        const first = points[0].year;
        const last = points[points.length - 1].year;
        const span = `${word} ${yearLabel(model, first)}–${last} (${related.join(', ')})`;
        const cells = points.map((p) => p.v);
        const mean = attempt(() => meanGrowth(series, positions));
        const compound = attempt(() => cagr(series, positions));
        const problem = mean === undefined ? growthProblem(model, series, positions, cells) : undefined;
        if (mean === undefined && compound === undefined) {
          if (!problem) continue;
          out.push(
            finding(model, 'growth.tidak-terdefinisi', 'warning', row.r, gc.col, problem.code, shown.reading.shown, related,
              `Rata-rata pertumbuhan ${word} di ${a1(row.r, gc.col)} tertulis ${shownText(shown)}, padahal pertumbuhan dari ${span} tidak dapat dihitung: ${problem.reason}. Rata-rata tahunan maupun CAGR tidak dapat dihitung (RENSTRA.RATA_PERTUMBUHAN memberi ${problem.code}), jadi angka yang tertulis tidak bermakna; kosongkan sel itu atau jelaskan dalam keterangan.`),
          );
          continue;
        }
        const d = shown.reading.decimals;
        const candidates: { name: string; v: number }[] = [];
        if (mean !== undefined) candidates.push({ name: 'rata-rata pertumbuhan tahunan', v: mean });
        if (compound !== undefined) candidates.push({ name: 'CAGR', v: compound });
        const shownAsPercent = shown.reading.percent;
        const matched = candidates.find((c) =>
          [1, 100].some((scale) => shownMatches(shown.reading!.shown, c.v * (shownAsPercent ? 100 : scale), d)),
        );
        if (matched) continue;
        const pct = (v: number) => `${num(v * 100, 2)}%`;
        const gaps = positions.some((p, i) => i > 0 && p - positions[i - 1] > 1) ? ' Tahun yang kosong dihitung sebagai tahun yang dilewati: langkah yang melewatinya memakai laju per tahunnya.' : '';
        out.push(
          finding(model, 'growth.rata-rata', 'warning', row.r, gc.col, mean !== undefined ? tidy(mean) : tidy(compound!), shown.reading.shown, related,
            `Rata-rata pertumbuhan ${word} di ${a1(row.r, gc.col)} tertulis ${shownText(shown)}, tetapi dari ${span} rata-rata pertumbuhan tahunan = ${mean !== undefined ? pct(mean) : `tidak terdefinisi (${problem?.reason ?? 'tidak dapat dihitung'})`} dan CAGR = ${compound !== undefined ? pct(compound) : 'tidak terdefinisi'}. Nilai tertulis tidak cocok dengan keduanya, baik sebagai rasio maupun persen.${gaps}`),
        );
      }
    }
    return out;
  },
};
