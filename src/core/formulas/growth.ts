/**
 * Rata-rata pertumbuhan (T-C.24). No regulation defines it: practice is the arithmetic mean of
 * year-on-year growth; CAGR also occurs. A missing year is not a zero: a step between two present
 * values k years apart contributes its per-year rate, (b/a)^(1/k) − 1, once for each of its k
 * years, so the mean weights every year once (100, kosong, 121 → 10% a year, not one 21% step);
 * CAGR spans the years from the first present value to the last. A zero base is #DIV/0! and a
 * negative base #NUM!: growth from them means nothing, so no number is given.
 */
import { formatId } from '../number';
import { FormulaError } from './capaian';

export type GrowthMethod = 'rata-rata' | 'cagr';

/** Why a growth is undefined: a zero base, a negative base, or a negative value at the end of a multi-year step. */
export type GrowthProblem = 'nol' | 'negatif' | 'akhir-negatif';

/**
 * A growth that does not exist, with the value that makes it so: `index` is its place in the series
 * as given (callers name the cell or the argument position), `span` the years of the step.
 */
export class GrowthError extends FormulaError {
  constructor(
    readonly problem: GrowthProblem,
    readonly index: number,
    readonly value: number,
    readonly span: number,
    readonly method: GrowthMethod,
  ) {
    const subject = problem === 'akhir-negatif' ? (method === 'cagr' ? 'nilai terakhir' : 'nilai akhir') : method === 'cagr' ? 'nilai pertama' : 'nilai awal';
    super(problem === 'nol' ? '#DIV/0!' : '#NUM!', capitalize(growthReason(problem, subject, value, span, method)) + '.');
  }

  /** The reason, naming the value as the caller knows it ("F7 (2022)", "nilai ke-3 deret"). */
  reason(subject: string): string {
    return growthReason(this.problem, subject, this.value, this.span, this.method);
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Bahasa Indonesia: why the growth is undefined, with `subject` naming the offending value. */
export function growthReason(problem: GrowthProblem, subject: string, value: number, span: number, method: GrowthMethod = 'rata-rata'): string {
  const what = method === 'cagr' ? 'CAGR' : 'pertumbuhan';
  if (problem === 'nol') return `${subject} adalah 0, padahal menjadi pembagi: ${what} tidak terdefinisi (pembagian dengan nol)`;
  if (problem === 'negatif') return `${subject} negatif (${formatId(value)}): ${what} dari nilai negatif tidak bermakna`;
  return method === 'cagr'
    ? `${subject} negatif (${formatId(value)}) sedangkan nilai pertama positif: CAGR (akar pangkat ${span} dari hasil bagi keduanya) tidak terdefinisi`
    : `${subject} negatif (${formatId(value)}) setelah ${span} tahun: pertumbuhan per tahun (akar pangkat ${span} dari hasil bagi) tidak terdefinisi`;
}

function checkBase(a: number, index: number, span: number, method: GrowthMethod): void {
  if (a === 0) throw new GrowthError('nol', index, a, span, method);
  if (a < 0) throw new GrowthError('negatif', index, a, span, method);
}

/** Growth from one value to the next: (akhir − awal) / awal. A zero base is #DIV/0!, a negative one #NUM!. */
export function pertumbuhan(awal: number, akhir: number): number {
  checkBase(awal, 0, 1, 'rata-rata');
  return (akhir - awal) / awal;
}

/**
 * The per-year rate of a step over `tahun` years: (akhir / awal)^(1/tahun) − 1; over one year this
 * is (akhir − awal) / awal, written so (the form a portable Excel formula uses).
 */
export function pertumbuhanPerTahun(awal: number, akhir: number, tahun = 1, index = 0): number {
  checkBase(awal, index, tahun, 'rata-rata');
  if (tahun === 1) return (akhir - awal) / awal;
  if (akhir < 0) throw new GrowthError('akhir-negatif', index + 1, akhir, tahun, 'rata-rata');
  return Math.pow(akhir / awal, 1 / tahun) - 1;
}

/** Year positions of a series: as given (years, or places in a range), else consecutive. */
function positionsOf(series: number[], positions: number[] | undefined): number[] {
  if (!positions) return series.map((_, i) => i);
  if (positions.length !== series.length) throw new FormulaError('#VALUE!', 'Jumlah posisi tahun tidak sama dengan jumlah nilai.');
  for (let i = 1; i < positions.length; i++) {
    if (!(positions[i] > positions[i - 1])) throw new FormulaError('#VALUE!', 'Posisi tahun harus urut naik.');
  }
  return positions;
}

/**
 * Mean of year-on-year growth over the present values at their year `positions` (consecutive when
 * omitted): each step's per-year rate weighted by the years it spans, divided by the years spanned.
 */
export function meanGrowth(series: number[], positions?: number[]): number {
  if (series.length < 2) throw new FormulaError('#VALUE!', 'Perlu sedikitnya dua nilai tahunan untuk menghitung pertumbuhan.');
  const pos = positionsOf(series, positions);
  let sum = 0;
  for (let i = 1; i < series.length; i++) {
    const k = pos[i] - pos[i - 1];
    sum += pertumbuhanPerTahun(series[i - 1], series[i], k, i - 1) * k;
  }
  return sum / (pos[pos.length - 1] - pos[0]);
}

/** Compound annual growth rate: (last / first)^(1/n) − 1, n the years from the first present value to the last. */
export function cagr(series: number[], positions?: number[]): number {
  if (series.length < 2) throw new FormulaError('#VALUE!', 'Perlu sedikitnya dua nilai tahunan untuk menghitung CAGR.');
  const pos = positionsOf(series, positions);
  const n = pos[pos.length - 1] - pos[0];
  const first = series[0];
  const last = series[series.length - 1];
  checkBase(first, 0, n, 'cagr');
  if (last < 0) throw new GrowthError('akhir-negatif', series.length - 1, last, n, 'cagr');
  return Math.pow(last / first, 1 / n) - 1;
}

export function rataPertumbuhan(series: number[], method: GrowthMethod = 'rata-rata', positions?: number[]): number {
  return method === 'cagr' ? cagr(series, positions) : meanGrowth(series, positions);
}

/** T-C.27 "Kondisi Kinerja pada akhir periode" Rp: the sum of the years' pagu. */
export function totalAkhirPeriode(pagu: number[]): number {
  let sum = 0;
  for (const v of pagu) {
    if (v < 0) throw new FormulaError('#VALUE!', `Pagu tidak boleh negatif, ditemukan ${v}.`);
    sum += v;
  }
  return sum;
}

/** A formula's value, or undefined where it is not defined (÷ 0, too few values, not finite). */
export function attempt(f: () => number): number | undefined {
  try {
    const v = f();
    return Number.isFinite(v) ? v : undefined;
  } catch {
    return undefined;
  }
}
