/** SAKIP evaluation score, PermenPANRB 88/2021. */
import { FormulaError } from './capaian';

export const SAKIP_WEIGHTS = { perencanaan: 30, pengukuran: 30, pelaporan: 15, evaluasi: 25 } as const;

/** Each component as a percentage 0–100 of its own maximum; returns the weighted total 0–100. */
export function nilaiSakip(perencanaan: number, pengukuran: number, pelaporan: number, evaluasi: number): number {
  const parts = { perencanaan, pengukuran, pelaporan, evaluasi };
  for (const [k, v] of Object.entries(parts)) {
    if (v < 0 || v > 100) throw new FormulaError('#VALUE!', `Komponen ${k} harus persentase 0–100, ditemukan ${v}.`);
  }
  return (
    (perencanaan * SAKIP_WEIGHTS.perencanaan +
      pengukuran * SAKIP_WEIGHTS.pengukuran +
      pelaporan * SAKIP_WEIGHTS.pelaporan +
      evaluasi * SAKIP_WEIGHTS.evaluasi) /
    100
  );
}

export function predikatSakip(nilai: number): string {
  if (nilai < 0 || nilai > 100) throw new FormulaError('#VALUE!', `Nilai SAKIP harus antara 0 dan 100, ditemukan ${nilai}.`);
  if (nilai > 90) return 'AA';
  if (nilai > 80) return 'A';
  if (nilai > 70) return 'BB';
  if (nilai > 60) return 'B';
  if (nilai > 50) return 'CC';
  if (nilai > 30) return 'C';
  return 'D';
}
