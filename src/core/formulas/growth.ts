/**
 * Rata-rata pertumbuhan (T-C.24). No regulation defines it: practice is the arithmetic mean of
 * year-on-year growth; CAGR also occurs. Blanks are skipped (a missing year is not a zero).
 */
import { FormulaError } from './capaian';

export type GrowthMethod = 'rata-rata' | 'cagr';

export function pertumbuhan(awal: number, akhir: number): number {
  if (awal === 0) throw new FormulaError('#DIV/0!', 'Nilai awal 0: pertumbuhan tidak terdefinisi.');
  return (akhir - awal) / awal;
}

/** Mean of year-on-year growth over consecutive present values. */
export function meanGrowth(series: number[]): number {
  if (series.length < 2) throw new FormulaError('#VALUE!', 'Perlu sedikitnya dua nilai tahunan untuk menghitung pertumbuhan.');
  let sum = 0;
  for (let i = 1; i < series.length; i++) sum += pertumbuhan(series[i - 1], series[i]);
  return sum / (series.length - 1);
}

/** Compound annual growth rate over the present values: (last / first)^(1/n) − 1. */
export function cagr(series: number[]): number {
  if (series.length < 2) throw new FormulaError('#VALUE!', 'Perlu sedikitnya dua nilai tahunan untuk menghitung CAGR.');
  const first = series[0];
  const last = series[series.length - 1];
  if (first === 0) throw new FormulaError('#DIV/0!', 'Nilai tahun pertama 0: CAGR tidak terdefinisi.');
  const q = last / first;
  if (q < 0) throw new FormulaError('#NUM!', 'Nilai awal dan akhir berbeda tanda: CAGR tidak terdefinisi.');
  return Math.pow(q, 1 / (series.length - 1)) - 1;
}

export function rataPertumbuhan(series: number[], method: GrowthMethod = 'rata-rata'): number {
  return method === 'cagr' ? cagr(series) : meanGrowth(series);
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
