/**
 * Capaian (achievement) ratios. One implementation for the checker, the custom functions and the
 * fill plan.
 * - Positive polarity (higher is better): R / T.
 * - Negative polarity (lower is better), PermenPANRB 6/2022 "kondisi khusus": 1 + (1 − R/T) = 2 − R/T.
 * - Negative polarity, common alternative: T / R.
 */

export type Polaritas = 'positif' | 'negatif' | 'negatif-tr';

export const POLARITAS: readonly Polaritas[] = ['positif', 'negatif', 'negatif-tr'];

export class FormulaError extends Error {
  constructor(
    /** Excel error the custom function shows. */
    public readonly excelError: '#VALUE!' | '#DIV/0!' | '#NUM!',
    message: string,
  ) {
    super(message);
  }
}

export function rasioCapaian(realisasi: number, target: number, polaritas: Polaritas = 'positif'): number {
  if (polaritas === 'negatif-tr') {
    if (realisasi === 0) throw new FormulaError('#DIV/0!', 'Realisasi 0: rasio T/R tidak terdefinisi.');
    return target / realisasi;
  }
  if (target === 0) throw new FormulaError('#DIV/0!', 'Target 0: rasio capaian tidak terdefinisi.');
  const r = realisasi / target;
  return polaritas === 'negatif' ? 2 - r : r;
}

export function persenCapaian(realisasi: number, target: number, polaritas: Polaritas = 'positif'): number {
  return rasioCapaian(realisasi, target, polaritas) * 100;
}

export function rasioRealisasi(realisasi: number, anggaran: number): number {
  if (anggaran === 0) throw new FormulaError('#DIV/0!', 'Anggaran 0: rasio realisasi tidak terdefinisi.');
  return realisasi / anggaran;
}

/**
 * Evaluation scale for capaian in percent (Permendagri 86/2017): > 90 Sangat Tinggi, 76 ≤ x ≤ 90
 * Tinggi, 66 ≤ x < 76 Sedang, 51 ≤ x < 66 Rendah, below Sangat Rendah (values between bands, such
 * as 75,5, fall to the lower band as in the regulation's table of 76 ≤ R < 91 etc.).
 */
export function kategoriCapaian(persen: number): string {
  if (persen > 90) return 'Sangat Tinggi';
  if (persen >= 76) return 'Tinggi';
  if (persen >= 66) return 'Sedang';
  if (persen >= 51) return 'Rendah';
  return 'Sangat Rendah';
}

/** Indicators whose lower value is better (a name heuristic; a planner can always set polaritas). */
const NEGATIVE_WORDS =
  /\b(deviasi|kematian|kemiskinan|pengangguran|kesakitan|stunting|gizi buruk|kriminalitas|pelanggaran|kecelakaan|genangan|banjir|kumuh|angka putus|inflasi|ketimpangan|gini|sengketa|tunggakan|temuan|kebocoran|kehilangan air|waktu tunggu|lama waktu|death rate|ndr|gdr|infeksi nosokomial|angka infeksi|komplain|keluhan)\b/i;

/**
 * Words that turn a lower-is-better subject into a higher-is-better indicator when they come before
 * it: "Persentase Penyelesaian Pelanggaran Perda", "Penurunan Angka Kemiskinan".
 */
const HANDLING = /\b(bebas|terbebas|penyelesaian|penanganan|penegakan|penindakan|penurunan|pengurangan|pencegahan|pengendalian|penanggulangan|pengentasan|pemulihan|rehabilitasi|cakupan|tindak lanjut|tindaklanjut)\b/i;
/** The same said after the subject, anywhere in the name: "… yang Ditangani/Diselesaikan/Ditindaklanjuti". */
const HANDLED = /\b(tertangani|ditangani|terselesaikan|diselesaikan|ditindaklanjuti|tertanggulangi)\b/i;

export function polarityOfIndicator(name: string): Polaritas {
  const negative = NEGATIVE_WORDS.exec(name);
  if (!negative) return 'positif';
  const handling = HANDLING.exec(name);
  return (handling && handling.index < negative.index) || HANDLED.test(name) ? 'positif' : 'negatif';
}
