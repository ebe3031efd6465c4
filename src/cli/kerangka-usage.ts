/**
 * `renstra kerangka`'s usage text and its argument error, in a module of their own: the main
 * command shows them in its help without loading the skeleton's nomenclature tree (1,7 MB) and the
 * .xlsx writer, which `renstra kerangka` alone needs (see kerangka.ts).
 */
import { DEFAULT_SHEET_NAME, DEFAULT_TAHUN_AWAL } from '../core/kerangka/layout';

export const KERANGKA_USAGE = `  renstra kerangka --bidang 7.01 -o KERANGKA.xlsx [--program 7.01.01,7.01.06] [--jenis kab|prov]
                   [--tahun-awal 2025] [--judul "Kecamatan Kartoharjo"] [--lembar NAMA] [--paksa]
      Membuat tabel T-C.27 (Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan) baru dari
      nomenklatur resmi 2027: setiap program, kegiatan dan sub kegiatan bidang itu dengan kode,
      nama resmi, indikator dan satuannya; Rp induk, baris Jumlah dan kondisi akhir periode berupa
      rumus SUM yang langsung menghitung saat target dan Rp sub kegiatan diketik.
      --bidang KODE     bidang urusan, misalnya 7.01 (Kecamatan), 1.03 (Pekerjaan Umum)
      --program KODE,…  hanya program ini (bawaan: semua program bidang itu, termasuk Penunjang .01)
      --jenis kab|prov  nomenklatur Kabupaten/Kota (bawaan) atau Provinsi
      --tahun-awal TAHUN  tahun pertama periode Renstra (bawaan ${DEFAULT_TAHUN_AWAL}); data capaian awal = tahun sebelumnya
      --judul TEKS      nama perangkat daerah untuk judul tabel
      --lembar NAMA     nama lembar (bawaan "${DEFAULT_SHEET_NAME}")
      --paksa           timpa berkas keluaran bila sudah ada
  renstra kerangka --daftar [--bidang KODE] [--jenis kab|prov]
      Daftar bidang urusan, atau daftar program satu bidang, beserta kodenya.`;

export class KerangkaUsageError extends Error {}
