/** crosstable.iku-target: IKU targets equal the tujuan-sasaran targets for the same indicator and year. */
import { qualified } from '../address';
import { cellAt, cellText } from '../grid';
import type { TableModel } from '../model';
import { sameAmount } from '../formulas/rounding';
import { normalize, similarity } from '../text';
import type { Finding, WorkbookRule } from './types';
import { a1, blank, finding, present, shownText, yearLabel } from './util';

interface IndicatorRow {
  model: TableModel;
  row: number;
  col: number;
  name: string;
  /**
   * The row's targets are this indicator's: it is the rightmost indicator written on its row. A
   * "Indikator Tujuan" beside an "Indikator Sasaran" on one row names the tujuan's indicator, but
   * the targets there are the sasaran's.
   */
  owns: boolean;
}

/** Every indicator a table names, row by row, in every indicator column ("Indikator Tujuan", "Indikator Sasaran"). */
function indicatorRows(model: TableModel): IndicatorRow[] {
  let cols = model
    .cols('indicator')
    .map((c) => c.col)
    .sort((a, b) => a - b);
  if (cols.length === 0) {
    const name = model.col('name');
    if (name === undefined) return [];
    cols = [name];
  }
  const out: IndicatorRow[] = [];
  for (const r of model.rows) {
    // A sasaran's row with its indicator in a column of its own reads as context (no name): keep it.
    if (r.kind === 'total') continue;
    const found = cols.map((col) => ({ col, name: cellText(cellAt(model.sheet, r.r, col)) })).filter((x) => x.name !== '');
    found.forEach((x, i) => out.push({ model, row: r.r, col: x.col, name: x.name, owns: i === found.length - 1 }));
  }
  return out;
}

interface YearPair {
  col: number;
  year: number;
  otherCol: number;
  otherYear: number;
}

/**
 * The target columns of two tables paired year by year. Tables counting years the same way pair
 * equal years (2021-2026 against 2025-2029: 2025 and 2026 only). "Tahun 1 … 5" against calendar
 * years: year n is the plan's n-th year, counted from the calendar table's first target year.
 */
function yearPairs(a: TableModel, b: TableModel): YearPair[] {
  const targets = (m: TableModel) => m.cols('target').filter((c): c is { col: number; year: number } => c.year !== undefined);
  const ta = targets(a);
  const tb = targets(b);
  if (ta.length === 0 || tb.length === 0) return [];
  const relA = !!a.table.relativeYears;
  const relB = !!b.table.relativeYears;
  let toB: (year: number) => number;
  if (relA === relB) toB = (y) => y;
  else if (relA) {
    const first = Math.min(...tb.map((c) => c.year));
    toB = (n) => first + n - 1;
  } else {
    const first = Math.min(...ta.map((c) => c.year));
    toB = (y) => y - first + 1;
  }
  const out: YearPair[] = [];
  for (const { col, year } of ta) {
    const otherYear = toB(year);
    const other = tb.find((c) => c.year === otherYear);
    if (other) out.push({ col, year, otherCol: other.col, otherYear });
  }
  return out;
}

const SAME_INDICATOR = 0.75;

export const crosstableIku: WorkbookRule = {
  id: 'crosstable.iku-target',
  scope: 'workbook',
  emits: ['crosstable.iku-target'],
  description: 'Target IKU sama dengan target indikator yang sama di tabel tujuan dan sasaran, setiap tahun.',
  check(ctx) {
    const out: Finding[] = [];
    const ikus = ctx.models.filter((m) => m.table.kind === 'iku');
    const ts = ctx.models.filter((m) => m.table.kind === 'tujuan-sasaran');
    if (ikus.length === 0 || ts.length === 0) return out;
    const candidates = ts.flatMap(indicatorRows);
    for (const iku of ikus) {
      for (const ind of indicatorRows(iku)) {
        if (!ind.owns) continue;
        let best: IndicatorRow | undefined;
        let bestScore = 0;
        for (const c of candidates) {
          const s = similarity(ind.name, c.name);
          // Equal names: the one whose row holds its targets.
          if (s > bestScore || (s === bestScore && c.owns && best && !best.owns)) {
            bestScore = s;
            best = c;
          }
        }
        // A tujuan indicator named beside a sasaran indicator has no targets of its own on that row.
        if (!best || bestScore < SAME_INDICATOR || !best.owns) continue;
        for (const { col, year, otherCol, otherYear } of yearPairs(iku, best.model)) {
          const a = iku.value(ind.row, col);
          const b = best.model.value(best.row, otherCol);
          const ref = qualified(best.model.table.sheet, a1(b.row, b.col));
          // Targets in words on both sides ("BB", "WTP", "Level 3"): the same words, or a mistake.
          if (!present(a) && !present(b) && !blank(a) && !blank(b)) {
            const [ta, tb] = [cellText(a.cell), cellText(b.cell)];
            if (normalize(ta) !== normalize(tb)) {
              out.push(
                finding(iku, 'crosstable.iku-target', 'error', ind.row, col, tb, ta, [ref],
                  `Target IKU "${ind.name}" ${yearLabel(iku, year)} di ${a1(ind.row, col)} tertulis ${shownText(a)}, sedangkan target indikator yang sama di tabel tujuan dan sasaran (${ref}, "${best.name}") ${shownText(b)}. Target IKU harus sama dengan target sasaran yang diukurnya.`),
              );
            }
            continue;
          }
          if (!present(a) || !present(b)) continue;
          if (sameAmount(a.reading.shown, b.reading.shown) || Math.abs(a.reading.shown - b.reading.shown) < 1e-9) continue;
          // Years counted differently ("tahun ke-3" against 2027): say which year was compared.
          const otherLabel = iku.table.relativeYears !== best.model.table.relativeYears ? ` ${yearLabel(best.model, otherYear)}` : '';
          out.push(
            finding(iku, 'crosstable.iku-target', 'error', ind.row, col, b.reading.shown, a.reading.shown, [ref],
              `Target IKU "${ind.name}" ${yearLabel(iku, year)} di ${a1(ind.row, col)} tertulis ${shownText(a)}, sedangkan target indikator yang sama${otherLabel} di tabel tujuan dan sasaran (${ref}, "${best.name}") ${shownText(b)}. Target IKU harus sama dengan target sasaran yang diukurnya.`),
          );
        }
      }
    }
    return out;
  },
};
