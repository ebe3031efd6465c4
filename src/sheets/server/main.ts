/**
 * Code.js, the Google Sheets add-on's server side (Apps Script, V8). Apps Script calls only
 * top-level functions — custom functions in cells, the menu's handlers, `google.script.run` from the
 * sidebar — so each is assigned to `global` here and gas-webpack-plugin writes a top-level
 * declaration for it, with the JSDoc above it kept: Sheets reads a custom function's autocomplete
 * help from that comment in the deployed source. Keep every comment in Bahasa Indonesia, and each
 * assignment a `function` expression with the parameters the help names.
 * https://developers.google.com/apps-script/guides/sheets/functions#autocomplete
 */
import * as F from '../../core/sheet-functions';
import { KEYS, parseDeclarations } from '../../taskpane/document-state';
import { parseIgnored } from '../../core/ignore';
import type { Finding } from '../../core/rules/types';
import type { FillTarget, HighlightTarget, ReadRequest, SidebarState } from '../api';
import { arg, result } from '../functions';
import { listSheets, readSheets, selection } from './read';
import { documentState, spreadsheet } from './spreadsheet';
import { buildMenu, clearHighlightsFromMenu, showHelp, showSidebar } from './ui';
import { applyFill, clearHighlights, hasUndo, highlight, undoFill, writeReport } from './write';
import { insertKerangka, kerangkaChoices } from './kerangka';
import type { KerangkaRequest } from '../../core/kerangka/request';

declare const global: Record<string, unknown>;

/**
 * Rasio capaian kinerja: realisasi ÷ target. Polaritas "negatif" (makin kecil makin baik) memakai 2 − R/T (PermenPANRB 6/2022); "negatif-tr" memakai T/R.
 * @param {number|string|Array<Array<number>>} realisasi Realisasi capaian (angka, teks angka seperti "81,50", atau rentang).
 * @param {number|string|Array<Array<number>>} target Target capaian pada tahun yang sama (angka, teks angka, atau rentang seukuran).
 * @param {string} polaritas Opsional: "positif" (bawaan), "negatif" (2 − R/T) atau "negatif-tr" (T/R).
 * @return Rasio capaian, mis. 1,07; kosong bila realisasi atau target kosong.
 * @customfunction
 */
global.RASIO_CAPAIAN = function (realisasi: unknown, target: unknown, polaritas?: unknown) {
  return result(F.RASIO_CAPAIAN(arg(realisasi), arg(target), arg(polaritas) as F.Arg));
};

/**
 * Persentase capaian kinerja: realisasi ÷ target × 100, dengan polaritas seperti RASIO_CAPAIAN.
 * @param {number|string|Array<Array<number>>} realisasi Realisasi capaian (angka, teks angka, atau rentang).
 * @param {number|string|Array<Array<number>>} target Target capaian pada tahun yang sama (angka, teks angka, atau rentang seukuran).
 * @param {string} polaritas Opsional: "positif" (bawaan), "negatif" (2 − R/T) atau "negatif-tr" (T/R).
 * @return Persentase capaian, mis. 106,77.
 * @customfunction
 */
global.PERSEN_CAPAIAN = function (realisasi: unknown, target: unknown, polaritas?: unknown) {
  return result(F.PERSEN_CAPAIAN(arg(realisasi), arg(target), arg(polaritas) as F.Arg));
};

/**
 * Kategori capaian dari persentase (Permendagri 86/2017): Sangat Tinggi (> 90), Tinggi (76–90), Sedang (66–75), Rendah (51–65), Sangat Rendah (≤ 50).
 * @param {number|Array<Array<number>>} persen Persentase capaian (angka atau rentang).
 * @return Nama kategori capaian.
 * @customfunction
 */
global.KATEGORI_CAPAIAN = function (persen: unknown) {
  return result(F.KATEGORI_CAPAIAN(arg(persen)));
};

/**
 * Rasio realisasi anggaran: realisasi ÷ anggaran pada tahun yang sama.
 * @param {number|string|Array<Array<number>>} realisasi Realisasi anggaran dalam rupiah (angka, teks seperti "1.576.806.550", atau rentang).
 * @param {number|string|Array<Array<number>>} anggaran Anggaran (pagu) dalam rupiah pada tahun yang sama; tidak boleh negatif.
 * @return Rasio realisasi, mis. 0,93.
 * @customfunction
 */
global.RASIO_REALISASI = function (realisasi: unknown, anggaran: unknown) {
  return result(F.RASIO_REALISASI(arg(realisasi), arg(anggaran)));
};

/**
 * Pertumbuhan dari nilai awal ke nilai akhir: (akhir − awal) ÷ awal; nilai awal 0 atau negatif tidak punya pertumbuhan.
 * @param {number|string|Array<Array<number>>} nilai_awal Nilai awal (angka, teks angka, atau rentang).
 * @param {number|string|Array<Array<number>>} nilai_akhir Nilai akhir (angka, teks angka, atau rentang seukuran).
 * @return Pertumbuhan sebagai rasio, mis. 0,25 untuk 25%.
 * @customfunction
 */
global.PERTUMBUHAN = function (nilai_awal: unknown, nilai_akhir: unknown) {
  return result(F.PERTUMBUHAN(arg(nilai_awal), arg(nilai_akhir)));
};

/**
 * Rata-rata pertumbuhan deret tahunan (T-C.24); sel kosong bukan nol, tetapi tahunnya ikut dihitung (100; kosong; 121 → 10% per tahun).
 * @param {Array<Array<number>>} deret Satu baris atau kolom nilai tahunan, urut dari tahun pertama.
 * @param {string} metode Opsional: "rata-rata" (bawaan: rata-rata pertumbuhan tahun ke tahun) atau "cagr".
 * @return Rata-rata pertumbuhan sebagai rasio.
 * @customfunction
 */
global.RATA_PERTUMBUHAN = function (deret: unknown, metode?: unknown) {
  return result(F.RATA_PERTUMBUHAN(arg(deret), arg(metode) as F.Arg));
};

/**
 * Indeks Kepuasan Masyarakat (PermenPANRB 14/2017): Σ(NRR × 1/n) × 25 dari NRR tiap unsur, atau dari jawaban mentah 1–4 (responden × unsur).
 * @param {Array<Array<number>>} nrr_unsur NRR tiap unsur (satu baris atau kolom, biasanya 9 unsur), atau matriks jawaban responden × unsur.
 * @return Nilai IKM 25–100.
 * @customfunction
 */
global.NILAI_IKM = function (nrr_unsur: unknown) {
  return result(F.NILAI_IKM(arg(nrr_unsur)));
};

/**
 * Mutu pelayanan dari nilai IKM (PermenPANRB 14/2017): A (Sangat Baik) 88,31–100; B (Baik) 76,61–88,30; C (Kurang Baik) 65,00–76,60; D (Tidak Baik) 25,00–64,99.
 * @param {number|Array<Array<number>>} nilai_ikm Nilai IKM (angka atau rentang).
 * @return Mutu pelayanan, mis. "B (Baik)".
 * @customfunction
 */
global.MUTU_IKM = function (nilai_ikm: unknown) {
  return result(F.MUTU_IKM(arg(nilai_ikm)));
};

/**
 * Nilai evaluasi SAKIP (PermenPANRB 88/2021): perencanaan 30% + pengukuran 30% + pelaporan 15% + evaluasi internal 25%.
 * @param {number|Array<Array<number>>} perencanaan Nilai komponen perencanaan kinerja, persen 0–100.
 * @param {number|Array<Array<number>>} pengukuran Nilai komponen pengukuran kinerja, persen 0–100.
 * @param {number|Array<Array<number>>} pelaporan Nilai komponen pelaporan kinerja, persen 0–100.
 * @param {number|Array<Array<number>>} evaluasi Nilai komponen evaluasi akuntabilitas kinerja internal, persen 0–100.
 * @return Nilai SAKIP 0–100.
 * @customfunction
 */
global.NILAI_SAKIP = function (perencanaan: unknown, pengukuran: unknown, pelaporan: unknown, evaluasi: unknown) {
  return result(F.NILAI_SAKIP(arg(perencanaan), arg(pengukuran), arg(pelaporan), arg(evaluasi)));
};

/**
 * Predikat SAKIP dari nilai (PermenPANRB 88/2021): AA (> 90), A (> 80), BB (> 70), B (> 60), CC (> 50), C (> 30), D (0–30).
 * @param {number|Array<Array<number>>} nilai Nilai SAKIP 0–100 (angka atau rentang).
 * @return Predikat, mis. "BB".
 * @customfunction
 */
global.PREDIKAT_SAKIP = function (nilai: unknown) {
  return result(F.PREDIKAT_SAKIP(arg(nilai)));
};

/**
 * Angka dari teks berformat Indonesia: "1.344.033.013." → 1344033013, "81,50 Skor" → 81,5, "100 %" → 1, "(1.500)" → −1500, "1,5 M" → 1500000000.
 * @param {string|Array<Array<string>>} teks Teks angka (atau rentang).
 * @return Angka yang dapat dihitung Google Sheets.
 * @customfunction
 */
global.ANGKA = function (teks: unknown) {
  return result(F.ANGKA(arg(teks)));
};

/**
 * Pagu kondisi kinerja pada akhir periode Renstra (T-C.27): jumlah pagu semua tahun.
 * @param {number|Array<Array<number>>} deret Pagu tiap tahun: satu rentang, atau beberapa sel/rentang (kolom pagu T-C.27 berselang dengan kolom target); sel kosong dilewati; tidak boleh negatif.
 * @return Jumlah pagu semua tahun dalam rupiah.
 * @customfunction
 */
global.TOTAL_AKHIR_PERIODE = function (...deret: unknown[]) {
  return result(F.TOTAL_AKHIR_PERIODE(...deret.map(arg)));
};

/** Membuat menu add-on saat spreadsheet dibuka. */
global.onOpen = function (_e: unknown) {
  buildMenu();
};

/** Membuat menu add-on segera setelah dipasang. */
global.onInstall = function (_e: unknown) {
  buildMenu();
};

/** Menu: buka panel dan periksa spreadsheet. */
global.renstraMenuPeriksa = function () {
  showSidebar('periksa');
};

/** Menu: buka panel pada pratinjau pengisian kolom terhitung. */
global.renstraMenuIsi = function () {
  showSidebar('isi');
};

/** Menu: kembalikan warna asli sel yang disorot. */
global.renstraMenuHapusSorotan = function () {
  clearHighlightsFromMenu();
};

/** Menu: periksa, lalu tulis temuan ke lembar "Laporan Validasi". */
global.renstraMenuLaporan = function () {
  showSidebar('laporan');
};

/** Menu: bantuan fungsi Renstra. */
global.renstraMenuBantuan = function () {
  showHelp();
};

/** Panel: keadaan yang tersimpan di dokumen (temuan yang diabaikan, tabel yang ditandai, catatan pembatalan). */
global.renstraState = function (): SidebarState {
  return {
    ignored: parseIgnored(documentState.get(KEYS.ignored)),
    declared: parseDeclarations(documentState.get(KEYS.declaredTables)),
    canUndo: hasUndo(),
  };
};

/** Panel: daftar lembar dan luas isinya. */
global.renstraListSheets = function () {
  return listSheets();
};

/** Panel: membaca blok baris lembar kerja. */
global.renstraReadSheets = function (requests: ReadRequest[]) {
  return readSheets(requests);
};

/** Panel: rentang yang dipilih untuk "Tandai tabel". */
global.renstraSelection = function () {
  return selection();
};

/** Panel: buka lembar dan pilih sel temuan. */
global.renstraGoTo = function (sheet: string, cells: string[]) {
  const ws = spreadsheet().getSheetByName(sheet);
  if (!ws) throw new Error(`Lembar "${sheet}" tidak ada lagi di spreadsheet ini.`);
  ws.activate();
  if (cells.length > 1) ws.getRangeList(cells).activate();
  else ws.getRange(cells[0]).activate();
};

/** Panel: sorot sel temuan. */
global.renstraHighlight = function (targets: HighlightTarget[]) {
  return highlight(targets);
};

/** Panel: kembalikan warna asli sel yang disorot. */
global.renstraClearHighlights = function () {
  return clearHighlights();
};

/** Panel: isi sel terhitung dengan rumus. */
global.renstraApplyFill = function (cells: FillTarget[]) {
  return applyFill(cells);
};

/** Panel: batalkan pengisian terakhir. */
global.renstraUndoFill = function () {
  return undoFill();
};

/** Panel: tulis laporan temuan ke lembar baru. */
global.renstraWriteReport = function (findings: Finding[]) {
  return writeReport(findings);
};

/** Panel: simpan pilihan abaikan dan tabel yang ditandai di dokumen. */
global.renstraSaveSettings = function (settings: { ignored?: string[]; declared?: unknown[] }) {
  if (settings.ignored) documentState.set(KEYS.ignored, settings.ignored, 'Daftar temuan yang diabaikan');
  if (settings.declared) documentState.set(KEYS.declaredTables, settings.declared, 'Daftar tabel yang ditandai');
};

/** Panel: bidang urusan dan program nomenklatur 2027 untuk "Buat kerangka". */
global.renstraKerangkaPilihan = function () {
  return kerangkaChoices();
};

/** Panel: lembar T-C.27 baru dari pilihan perencana. */
global.renstraBuatKerangka = function (request: KerangkaRequest) {
  return insertKerangka(request);
};
