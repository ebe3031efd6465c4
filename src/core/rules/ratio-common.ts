/**
 * Shared by ratio.capaian and ratio.anggaran: a shown ratio per year against numerator ÷
 * denominator of the same row and year, accepting the exact value rounded or truncated to the
 * shown decimals, as a ratio (1,05) or a percentage (104,52).
 */
import { FormulaError, type Polaritas } from '../formulas/capaian';
import { shownMatches } from '../formulas/rounding';
import type { TableModel, ValueAt } from '../model';
import type { Role } from '../recognize/types';
import type { Finding } from './types';
import { a1, blank, finding, num, present, shownText, tidy, yearLabel } from './util';

export interface RatioSpec {
  rule: string;
  numerator: Role;
  denominator: Role;
  numeratorWord: string;
  denominatorWord: string;
  ratioWord: string;
  /** Polarity of a row (capaian only). */
  polarity?: (model: TableModel, row: number) => Polaritas;
  /** The accepted exact values for numerator n and denominator d (core formulas; throws FormulaError). */
  exacts: (n: number, d: number, polarity: Polaritas) => number[];
}

interface Verdict {
  ok: boolean;
  expectedShown: number;
  exact: number;
  percent: boolean;
  decimals: number;
  method?: string;
}

/** Compares a shown ratio cell with the exact ratio under the accepted forms. */
export function judgeRatio(shown: ValueAt, exacts: number[], columnPercent: boolean): Verdict {
  const r = shown.reading!;
  const decimals = r.decimals;
  const scales = r.percent || columnPercent ? [100] : Math.abs(r.shown) > 5 ? [1, 100] : [1];
  for (const exact of exacts) {
    for (const scale of scales) {
      const m = shownMatches(r.shown, exact * scale, decimals);
      if (m) return { ok: true, expectedShown: r.shown, exact, percent: scale === 100, decimals, method: m };
    }
  }
  const scale = scales[scales.length - 1] === 100 && (r.percent || columnPercent || Math.abs(r.shown) > 5) ? 100 : 1;
  const exact = exacts[0];
  const p = Math.pow(10, decimals);
  return { ok: false, expectedShown: Math.round(exact * scale * p) / p, exact, percent: scale === 100, decimals };
}

/**
 * A value of the same role in a neighbouring year whose own counterpart is empty — most likely
 * typed one column off (the sample's 2024 realisasi standing in the 2023 column).
 */
function misplacedHint(model: TableModel, role: Role, counterpart: Role, row: number, year: number | undefined, word: string, otherWord: string): string {
  if (year === undefined) return '';
  const hints: string[] = [];
  for (const { col, year: y } of model.cols(role)) {
    if (y === undefined || Math.abs(y - year) !== 1) continue;
    const v = model.value(row, col);
    if (!present(v)) continue;
    const pairCol = model.col(counterpart, y);
    if (pairCol !== undefined && !blank(model.value(row, pairCol))) continue;
    hints.push(
      `${word} ${yearLabel(model, y)} di ${a1(row, col)} berisi ${shownText(v)} tanpa ${otherWord} ${yearLabel(model, y)} — mungkin tergeser satu kolom`,
    );
  }
  return hints.length ? `; ${hints.join('; ')}` : '';
}

/** A ratio cell whose inputs are both present, with the exact value(s) the checker accepts. */
export interface RatioCell {
  row: number;
  col: number;
  year?: number;
  numerator: ValueAt;
  denominator: ValueAt;
  polarity: Polaritas;
  /** The accepted exact values (first: the one a fill writes); empty when undefined (÷ 0). */
  exacts: number[];
}

/** Every ratio cell of a table whose inputs are present — what the checker computes for it. */
export function ratioCells(model: TableModel, spec: RatioSpec): RatioCell[] {
  const out: RatioCell[] = [];
  const rows = model.rows.filter((r) => r.kind === 'data' || r.kind === 'total');
  for (const { col, year } of model.cols('rasio')) {
    const ncol = model.col(spec.numerator, year);
    const dcol = model.col(spec.denominator, year);
    if (ncol === undefined || dcol === undefined) continue;
    for (const row of rows) {
      const numerator = model.value(row.r, ncol);
      const denominator = model.value(row.r, dcol);
      if (!present(numerator) || !present(denominator)) continue;
      const polarity = spec.polarity ? spec.polarity(model, row.r) : 'positif';
      let exacts: number[] = [];
      try {
        exacts = spec.exacts(numerator.reading.value, denominator.reading.value, polarity);
      } catch (e) {
        if (!(e instanceof FormulaError)) throw e;
      }
      out.push({ row: row.r, col, year, numerator, denominator, polarity, exacts });
    }
  }
  return out;
}

export function checkRatios(model: TableModel, spec: RatioSpec): Finding[] {
  const out: Finding[] = [];
  const rows = model.rows.filter((r) => r.kind === 'data' || r.kind === 'total');
  for (const { col: rcol, year } of model.cols('rasio')) {
    const ncol = model.col(spec.numerator, year);
    const dcol = model.col(spec.denominator, year);
    if (ncol === undefined || dcol === undefined) continue;
    const columnPercent = !!model.table.columns.find((c) => c.col === rcol)?.percent;
    for (const row of rows) {
      const shown = model.value(row.r, rcol);
      const n = model.value(row.r, ncol);
      const d = model.value(row.r, dcol);
      const yl = yearLabel(model, year);
      if (shown.cell?.err || n.cell?.err || d.cell?.err) continue;
      if (blank(shown)) {
        if (present(n) && present(d) && d.reading.value !== 0) {
          const polarity = spec.polarity ? spec.polarity(model, row.r) : 'positif';
          const exact = spec.exacts(n.reading.value, d.reading.value, polarity)[0];
          out.push(
            finding(model, 'ratio.kosong', 'info', row.r, rcol, tidy(exact), null,
              [a1(n.row, n.col), a1(d.row, d.col)],
              `${spec.ratioWord} ${yl} di ${a1(row.r, rcol)} kosong, padahal ${spec.numeratorWord} (${a1(n.row, n.col)}) dan ${spec.denominatorWord} (${a1(d.row, d.col)}) ada; nilainya ${num(exact, 4)}.`),
          );
        }
        continue;
      }
      if (!shown.reading) continue;
      // An input written in words or as a range ("WTP", "BB", "≤ 25", "60-85"): the ratio is the
      // planner's judgement against it, which no arithmetic can check — said, not called wrong.
      const worded = [
        ...(!present(n) && !blank(n) ? [`${spec.numeratorWord} ${yl} (${a1(row.r, ncol)}) ${shownText(n)}`] : []),
        ...(!present(d) && !blank(d) ? [`${spec.denominatorWord} ${yl} (${a1(row.r, dcol)}) ${shownText(d)}`] : []),
      ];
      if (worded.length) {
        out.push(
          finding(model, 'ratio.tanpa-input', 'info', row.r, rcol, null, shown.reading.shown,
            [a1(row.r, ncol), a1(row.r, dcol)],
            `${spec.ratioWord} ${yl} di ${a1(row.r, rcol)} tertulis ${shownText(shown)}, tetapi ${worded.join(' dan ')} bukan satu angka (teks atau rentang), jadi rasio ini tidak dapat diperiksa dengan hitungan.`),
        );
        continue;
      }
      const missing: string[] = [];
      let hints = '';
      if (!present(n)) {
        missing.push(`${spec.numeratorWord} ${yl} (${a1(row.r, ncol)})`);
        hints += misplacedHint(model, spec.numerator, spec.denominator, row.r, year, spec.numeratorWord, spec.denominatorWord);
      }
      if (!present(d)) {
        missing.push(`${spec.denominatorWord} ${yl} (${a1(row.r, dcol)})`);
        hints += misplacedHint(model, spec.denominator, spec.numerator, row.r, year, spec.denominatorWord, spec.numeratorWord);
      }
      if (missing.length) {
        out.push(
          finding(model, 'ratio.tanpa-input', 'error', row.r, rcol, null, shown.reading.shown,
            [a1(row.r, ncol), a1(row.r, dcol)],
            `${spec.ratioWord} ${yl} di ${a1(row.r, rcol)} tertulis ${shownText(shown)}, tetapi ${missing.join(' dan ')} kosong, jadi rasio ini tidak dapat dihitung${hints}. Isi nilai yang hilang di kolom tahunnya atau kosongkan rasionya.`),
        );
        continue;
      }
      const N = n.reading!.value;
      const D = d.reading!.value;
      const polarity = spec.polarity ? spec.polarity(model, row.r) : 'positif';
      let exacts: number[];
      try {
        exacts = spec.exacts(N, D, polarity);
      } catch (e) {
        if (e instanceof FormulaError) {
          out.push(
            finding(model, 'ratio.tanpa-input', 'error', row.r, rcol, null, shown.reading.shown,
              [a1(n.row, n.col), a1(d.row, d.col)],
              `${spec.ratioWord} ${yl} di ${a1(row.r, rcol)} tertulis ${shownText(shown)}, tetapi ${spec.denominatorWord} (${a1(d.row, d.col)}) bernilai 0, jadi rasio tidak terdefinisi.`),
          );
          continue;
        }
        throw e;
      }
      const verdict = judgeRatio(shown, exacts, columnPercent);
      if (verdict.ok) continue;
      const formula =
        polarity === 'positif'
          ? `${spec.numeratorWord} ${shownText(n)} (${a1(n.row, n.col)}) ÷ ${spec.denominatorWord} ${shownText(d)} (${a1(d.row, d.col)})`
          : `2 − ${spec.numeratorWord}/${spec.denominatorWord} (indikator berpolaritas negatif, PermenPANRB 6/2022) dari ${shownText(n)} (${a1(n.row, n.col)}) dan ${shownText(d)} (${a1(d.row, d.col)})`;
      const exactShown = verdict.percent ? verdict.exact * 100 : verdict.exact;
      out.push(
        finding(model, spec.rule, 'error', row.r, rcol, verdict.expectedShown, shown.reading.shown,
          [a1(n.row, n.col), a1(d.row, d.col)],
          `${spec.ratioWord} ${yl} di ${a1(row.r, rcol)} tertulis ${shownText(shown)}, padahal ${formula} = ${num(exactShown, 4)}, yaitu ${num(verdict.expectedShown, verdict.decimals)} bila dibulatkan ${verdict.decimals} desimal${verdict.percent ? ' (persen)' : ''}. Nilai tertulis tidak cocok dengan pembulatan maupun pemotongan.`),
      );
    }
  }
  return out;
}
