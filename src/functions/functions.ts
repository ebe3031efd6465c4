/**
 * The RENSTRA custom functions for Excel. Each one is a thin wrapper: the logic (argument reading,
 * ranges, errors) is in src/core/sheet-functions.ts and the arithmetic in src/core/formulas — the
 * same the checker uses, so a filled cell and a check never disagree. The JSDoc below is the
 * metadata Excel shows (custom-functions-metadata-plugin turns it into functions.json): keep it in
 * Bahasa Indonesia, and keep every function a named `function` declaration.
 */
import * as F from '../core/sheet-functions';

/** Excel's error for a core error code (looked up when needed: CustomFunctions exists only inside Excel). */
function errorCode(code: F.ErrorCode): CustomFunctions.ErrorCode {
  const codes = CustomFunctions.ErrorCode;
  return code === '#VALUE!' ? codes.invalidValue : code === '#DIV/0!' ? codes.divisionByZero : codes.invalidNumber;
}

function toExcel(v: F.Out): number | string | CustomFunctions.Error {
  return v instanceof F.SheetError ? new CustomFunctions.Error(errorCode(v.code), v.message) : v;
}

function grid(values: F.Out[][]): (number | string | CustomFunctions.Error)[][] {
  return values.map((line) => line.map(toExcel));
}

function single(v: F.Out): number | string {
  if (v instanceof F.SheetError) throw new CustomFunctions.Error(errorCode(v.code), v.message);
  return v;
}

/**
 * Rasio capaian kinerja: realisasi ÷ target. Polaritas "negatif" (makin kecil makin baik) memakai 2 − R/T (PermenPANRB 6/2022); "negatif-tr" memakai T/R.
 * @customfunction RASIO_CAPAIAN
 * @helpurl https://localhost:3000/bantuan.html#rasio_capaian
 * @param realisasi Realisasi capaian (angka, teks angka seperti "81,50", atau rentang).
 * @param target Target capaian pada tahun yang sama (angka, teks angka, atau rentang seukuran).
 * @param [polaritas] "positif" (bawaan), "negatif" (2 − R/T) atau "negatif-tr" (T/R).
 * @returns Rasio capaian, mis. 1,07; kosong bila realisasi atau target kosong.
 */
export function rasioCapaian(realisasi: any[][], target: any[][], polaritas?: string): any[][] {
  return grid(F.RASIO_CAPAIAN(realisasi, target, polaritas));
}

/**
 * Persentase capaian kinerja: realisasi ÷ target × 100, dengan polaritas seperti RASIO_CAPAIAN.
 * @customfunction PERSEN_CAPAIAN
 * @helpurl https://localhost:3000/bantuan.html#persen_capaian
 * @param realisasi Realisasi capaian (angka, teks angka, atau rentang).
 * @param target Target capaian pada tahun yang sama (angka, teks angka, atau rentang seukuran).
 * @param [polaritas] "positif" (bawaan), "negatif" (2 − R/T) atau "negatif-tr" (T/R).
 * @returns Persentase capaian, mis. 106,77.
 */
export function persenCapaian(realisasi: any[][], target: any[][], polaritas?: string): any[][] {
  return grid(F.PERSEN_CAPAIAN(realisasi, target, polaritas));
}

/**
 * Kategori capaian dari persentase (Permendagri 86/2017): Sangat Tinggi (> 90), Tinggi (76–90), Sedang (66–75), Rendah (51–65), Sangat Rendah (≤ 50).
 * @customfunction KATEGORI_CAPAIAN
 * @helpurl https://localhost:3000/bantuan.html#kategori_capaian
 * @param persen Persentase capaian (angka atau rentang).
 * @returns Nama kategori capaian.
 */
export function kategoriCapaian(persen: any[][]): any[][] {
  return grid(F.KATEGORI_CAPAIAN(persen));
}

/**
 * Rasio realisasi anggaran: realisasi ÷ anggaran pada tahun yang sama.
 * @customfunction RASIO_REALISASI
 * @helpurl https://localhost:3000/bantuan.html#rasio_realisasi
 * @param realisasi Realisasi anggaran dalam rupiah (angka, teks seperti "1.576.806.550", atau rentang).
 * @param anggaran Anggaran (pagu) dalam rupiah pada tahun yang sama; tidak boleh negatif.
 * @returns Rasio realisasi, mis. 0,93.
 */
export function rasioRealisasi(realisasi: any[][], anggaran: any[][]): any[][] {
  return grid(F.RASIO_REALISASI(realisasi, anggaran));
}

/**
 * Pertumbuhan dari nilai awal ke nilai akhir: (akhir − awal) ÷ awal; nilai awal 0 atau negatif tidak punya pertumbuhan.
 * @customfunction PERTUMBUHAN
 * @helpurl https://localhost:3000/bantuan.html#pertumbuhan
 * @param nilai_awal Nilai awal (angka, teks angka, atau rentang).
 * @param nilai_akhir Nilai akhir (angka, teks angka, atau rentang seukuran).
 * @returns Pertumbuhan sebagai rasio, mis. 0,25 untuk 25%.
 */
export function pertumbuhan(nilai_awal: any[][], nilai_akhir: any[][]): any[][] {
  return grid(F.PERTUMBUHAN(nilai_awal, nilai_akhir));
}

/**
 * Rata-rata pertumbuhan deret tahunan (T-C.24); sel kosong bukan nol, tetapi tahunnya ikut dihitung (100; kosong; 121 → 10% per tahun).
 * @customfunction RATA_PERTUMBUHAN
 * @helpurl https://localhost:3000/bantuan.html#rata_pertumbuhan
 * @param deret Satu baris atau kolom nilai tahunan, urut dari tahun pertama.
 * @param [metode] "rata-rata" (bawaan: rata-rata pertumbuhan tahun ke tahun) atau "cagr".
 * @returns Rata-rata pertumbuhan sebagai rasio.
 */
export function rataPertumbuhan(deret: any[][], metode?: string): number | string {
  return single(F.RATA_PERTUMBUHAN(deret, metode));
}

/**
 * Indeks Kepuasan Masyarakat (PermenPANRB 14/2017): Σ(NRR × 1/n) × 25 dari NRR tiap unsur, atau dari jawaban mentah 1–4 (responden × unsur).
 * @customfunction NILAI_IKM
 * @helpurl https://localhost:3000/bantuan.html#nilai_ikm
 * @param nrr_unsur NRR tiap unsur (satu baris atau kolom, biasanya 9 unsur), atau matriks jawaban responden × unsur.
 * @returns Nilai IKM 25–100.
 */
export function nilaiIkm(nrr_unsur: any[][]): number | string {
  return single(F.NILAI_IKM(nrr_unsur));
}

/**
 * Mutu pelayanan dari nilai IKM (PermenPANRB 14/2017): A (Sangat Baik) 88,31–100; B (Baik) 76,61–88,30; C (Kurang Baik) 65,00–76,60; D (Tidak Baik) 25,00–64,99.
 * @customfunction MUTU_IKM
 * @helpurl https://localhost:3000/bantuan.html#mutu_ikm
 * @param nilai_ikm Nilai IKM (angka atau rentang).
 * @returns Mutu pelayanan, mis. "B (Baik)".
 */
export function mutuIkm(nilai_ikm: any[][]): any[][] {
  return grid(F.MUTU_IKM(nilai_ikm));
}

/**
 * Nilai evaluasi SAKIP (PermenPANRB 88/2021): perencanaan 30% + pengukuran 30% + pelaporan 15% + evaluasi internal 25%.
 * @customfunction NILAI_SAKIP
 * @helpurl https://localhost:3000/bantuan.html#nilai_sakip
 * @param perencanaan Nilai komponen perencanaan kinerja, persen 0–100.
 * @param pengukuran Nilai komponen pengukuran kinerja, persen 0–100.
 * @param pelaporan Nilai komponen pelaporan kinerja, persen 0–100.
 * @param evaluasi Nilai komponen evaluasi akuntabilitas kinerja internal, persen 0–100.
 * @returns Nilai SAKIP 0–100.
 */
export function nilaiSakip(perencanaan: any[][], pengukuran: any[][], pelaporan: any[][], evaluasi: any[][]): any[][] {
  return grid(F.NILAI_SAKIP(perencanaan, pengukuran, pelaporan, evaluasi));
}

/**
 * Predikat SAKIP dari nilai (PermenPANRB 88/2021): AA (> 90), A (> 80), BB (> 70), B (> 60), CC (> 50), C (> 30), D (0–30).
 * @customfunction PREDIKAT_SAKIP
 * @helpurl https://localhost:3000/bantuan.html#predikat_sakip
 * @param nilai Nilai SAKIP 0–100 (angka atau rentang).
 * @returns Predikat, mis. "BB".
 */
export function predikatSakip(nilai: any[][]): any[][] {
  return grid(F.PREDIKAT_SAKIP(nilai));
}

/**
 * Angka dari teks berformat Indonesia: "1.344.033.013." → 1344033013, "81,50 Skor" → 81,5, "100 %" → 1, "(1.500)" → −1500, "1,5 M" → 1500000000.
 * @customfunction ANGKA
 * @helpurl https://localhost:3000/bantuan.html#angka
 * @param teks Teks angka (atau rentang).
 * @returns Angka yang dapat dihitung Excel.
 */
export function angka(teks: any[][]): any[][] {
  return grid(F.ANGKA(teks));
}

/**
 * Pagu kondisi kinerja pada akhir periode Renstra (T-C.27): jumlah pagu semua tahun.
 * @customfunction TOTAL_AKHIR_PERIODE
 * @helpurl https://localhost:3000/bantuan.html#total_akhir_periode
 * @param deret Pagu tiap tahun: satu rentang, atau beberapa sel/rentang (kolom pagu T-C.27 berselang dengan kolom target); sel kosong dilewati; tidak boleh negatif.
 * @returns Jumlah pagu semua tahun dalam rupiah.
 */
export function totalAkhirPeriode(...deret: any[][][]): number | string {
  return single(F.TOTAL_AKHIR_PERIODE(...deret));
}
