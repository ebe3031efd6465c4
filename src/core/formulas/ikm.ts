/** IKM (Indeks Kepuasan Masyarakat), PermenPANRB 14/2017. */
import { FormulaError } from './capaian';

/** IKM from the NRR (mean score 1–4) of each unsur: Σ(NRR × 1/n) × 25. */
export function nilaiIkm(nrr: number[]): number {
  if (nrr.length === 0) throw new FormulaError('#VALUE!', 'Tidak ada nilai NRR unsur.');
  for (const v of nrr) {
    if (v < 1 || v > 4) throw new FormulaError('#VALUE!', `NRR unsur harus antara 1 dan 4, ditemukan ${v}.`);
  }
  const w = 1 / nrr.length;
  return nrr.reduce((s, v) => s + v * w, 0) * 25;
}

/** IKM from raw responses (respondents × unsur, each 1–4): NRR per unsur = mean of its column. */
export function nilaiIkmDariJawaban(matrix: number[][]): number {
  if (matrix.length === 0 || matrix[0].length === 0) throw new FormulaError('#VALUE!', 'Tidak ada jawaban responden.');
  const n = matrix[0].length;
  const nrr: number[] = [];
  for (let j = 0; j < n; j++) {
    let sum = 0;
    let count = 0;
    for (const row of matrix) {
      const v = row[j];
      if (v === undefined || Number.isNaN(v)) continue;
      if (!Number.isInteger(v) || v < 1 || v > 4) throw new FormulaError('#VALUE!', `Jawaban harus bilangan bulat 1–4, ditemukan ${v}.`);
      sum += v;
      count++;
    }
    if (count === 0) throw new FormulaError('#VALUE!', `Unsur ke-${j + 1} tidak punya jawaban.`);
    nrr.push(sum / count);
  }
  return nilaiIkm(nrr);
}

/** Mutu pelayanan from the IKM value (interval table of PermenPANRB 14/2017). */
export function mutuIkm(ikm: number): string {
  if (ikm < 25 || ikm > 100) throw new FormulaError('#VALUE!', `Nilai IKM harus antara 25 dan 100, ditemukan ${ikm}.`);
  if (ikm >= 88.31) return 'A (Sangat Baik)';
  if (ikm >= 76.61) return 'B (Baik)';
  if (ikm >= 65) return 'C (Kurang Baik)';
  return 'D (Tidak Baik)';
}
