/**
 * Third round: whole workbooks as agencies submit them (a cover sheet, "BAB II" … "BAB IV" or one
 * sheet per form T-C.23 … T-C.27 with IKU and Cascading, sheets called "Sheet1" or "Lamp 2",
 * several tables and staff counts on one sheet, hidden helper columns), other agencies' content
 * with the real depth of the nomenclature (Dinas Pendidikan, Dinas Kesehatan, RSUD with its BLUD,
 * Dinas Sosial, Bappeda, BPKAD, Kecamatan with kelurahan, Satpol PP, DPMPTSP; the Penunjang
 * program with all its kegiatan), header wordings not yet in the corpus (plans for 2026-2030 and
 * 2027-2031, "Tahun ke-0 (Baseline)", "Kinerja | Pagu (Rp)", "Capaian Kinerja Akhir Renstra", a
 * target row and a pagu row per entity), and cell habits (numbers with trailing spaces, "0" and "-"
 * for no money, program names merged over the code columns, outline numbers and "- " in names, a
 * table entirely in bold, 200-character indicators, line breaks in names, a program code that is a
 * formula).
 *
 * Names, codes and sub kegiatan indicators are taken from data/nomenklatur-subkegiatan-2027.csv
 * (kab/kota). Money is made so that every sum a planner checks holds, except the planted defects.
 */
import { type FundingColumns, type Item, type Node, type Num, I, flat, fundingRoles, idr, keg, mapTree, prog, renderFunding, rising, series, sub } from '../funding';
import { type Layout, type RoleSpec, type SheetBuilder as SB, type V, SheetBuilder, b, letters, meanGrowth, numbers, round, rows, shift, workbook, yearRoles, years } from '../kit';

export const workbookLayouts: Layout[] = [];

const M = 1_000_000;
const k1000 = (x: number) => Math.round(x / 1000) * 1000;
/** A pagu series of `n` years starting at `juta` million rupiah (× scale), growing 5 % a year. */
const jt = (juta: number, scale: number, n: number, rate = 0.05) => series(k1000(juta * M * scale), n, rate);

// =============================================================================================
// Plan fragments (nomenklatur 2027, kab/kota), for n = 5 or 6 years

/** A leaf with one indicator. */
const S = (code: string, name: string, ind: string, sat: string, base: Num, t: Num[], pagu: number[]): Node => sub(code, name, I(ind, sat, base, t), pagu);

/**
 * The Penunjang program with every kegiatan an agency carries: Perencanaan, Administrasi Keuangan,
 * Barang Milik Daerah, Kepegawaian, Umum, Pengadaan BMD, Jasa Penunjang, Pemeliharaan BMD (and
 * Peningkatan Pelayanan BLUD for a hospital), two to five sub kegiatan each.
 */
export function penunjangFull(bidang: string, scale: number, n = 5, o: { blud?: boolean; pegawai?: number } = {}): Node {
  const p = `${bidang}.01`;
  const f = (v: Num) => flat(v, n);
  const pj = (juta: number, rate = 0.05) => jt(juta, scale, n, rate);
  // Vehicles and machines are bought in some years only (0 the others).
  const some = (juta: number, yearsOn: number[]) => Array.from({ length: n }, (_, i) => (yearsOn.includes(i) ? k1000(juta * M * scale * (1 + 0.05 * i)) : 0));
  const onOff = (yearsOn: number[], v: number) => Array.from({ length: n }, (_, i) => (yearsOn.includes(i) ? v : 0));
  const pegawai = o.pegawai ?? 42;
  const kegiatan: Node[] = [
    keg(`${p}.2.01`, 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', I('Jumlah Dokumen Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 'Dokumen', 10, f(10)), [
      S(`${p}.2.01.0001`, 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 'Jumlah Dokumen Perencanaan Perangkat Daerah', 'Dokumen', 2, f(2), pj(25)),
      S(
        `${p}.2.01.0006`,
        'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
        'Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
        'Laporan',
        4,
        f(4),
        pj(12.5),
      ),
      S(`${p}.2.01.0007`, 'Evaluasi Kinerja Perangkat Daerah', 'Jumlah Laporan Evaluasi Kinerja Perangkat Daerah', 'Laporan', 4, f(4), pj(10)),
    ]),
    keg(`${p}.2.02`, 'Administrasi Keuangan Perangkat Daerah', I('Jumlah Dokumen Administrasi Keuangan Perangkat Daerah', 'Dokumen', 14, f(14)), [
      S(`${p}.2.02.0001`, 'Penyediaan Gaji dan Tunjangan ASN', 'Jumlah Orang yang Menerima Gaji dan Tunjangan ASN', 'Orang/bulan', pegawai, f(pegawai), pj(pegawai * 62, 0.03)),
      S(`${p}.2.02.0003`, 'Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD', 'Jumlah Dokumen Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD', 'Dokumen', 12, f(12), pj(18)),
      S(
        `${p}.2.02.0005`,
        'Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD',
        'Jumlah Laporan Keuangan Akhir Tahun SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Keuangan Akhir Tahun SKPD',
        'Laporan',
        1,
        f(1),
        pj(9.5),
      ),
    ]),
    keg(`${p}.2.03`, 'Administrasi Barang Milik Daerah pada Perangkat Daerah', I('Jumlah Laporan Administrasi Barang Milik Daerah pada Perangkat Daerah', 'Laporan', 4, f(4)), [
      S(`${p}.2.03.0005`, 'Rekonsiliasi dan Penyusunan Laporan Barang Milik Daerah pada SKPD', 'Jumlah Laporan Rekonsiliasi dan Penyusunan Laporan Barang Milik Daerah pada SKPD', 'Laporan', 2, f(2), pj(7.5)),
      S(`${p}.2.03.0006`, 'Penatausahaan Barang Milik Daerah pada SKPD', 'Jumlah Laporan Penatausahaan Barang Milik Daerah pada SKPD', 'Laporan', 2, f(2), pj(6)),
    ]),
    keg(`${p}.2.05`, 'Administrasi Kepegawaian Perangkat Daerah', I('Jumlah Dokumen Administrasi Kepegawaian Perangkat Daerah', 'Dokumen', 3, f(3)), [
      S(`${p}.2.05.0002`, 'Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya', 'Jumlah Paket Pakaian Dinas beserta Atribut Kelengkapan', 'Paket', 1, f(1), pj(22)),
      S(`${p}.2.05.0009`, 'Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi', 'Jumlah Pegawai Berdasarkan Tugas dan Fungsi yang Mengikuti Pendidikan dan Pelatihan', 'Orang', 10, f(12), pj(35)),
    ]),
    keg(`${p}.2.06`, 'Administrasi Umum Perangkat Daerah', I('Jumlah Paket Administrasi Umum Perangkat Daerah', 'Paket', 20, f(20)), [
      S(`${p}.2.06.0001`, 'Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor', 'Jumlah Paket Komponen Instalasi Listrik/Penerangan Bangunan Kantor yang Disediakan', 'Paket', 4, f(4), pj(6)),
      S(`${p}.2.06.0002`, 'Penyediaan Peralatan dan Perlengkapan Kantor', 'Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan', 'Paket', 2, f(2), pj(30)),
      S(`${p}.2.06.0004`, 'Penyediaan Bahan Logistik Kantor', 'Jumlah Paket Bahan Logistik Kantor yang Disediakan', 'Paket', 12, f(12), pj(40)),
      S(`${p}.2.06.0005`, 'Penyediaan Barang Cetakan dan Penggandaan', 'Jumlah Paket Barang Cetakan dan Penggandaan yang Disediakan', 'Paket', 12, f(12), pj(15)),
      S(`${p}.2.06.0009`, 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 'Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 'Laporan', 12, f(12), pj(45)),
    ]),
    keg(`${p}.2.07`, 'Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah', I('Jumlah Unit Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah yang Disediakan', 'Unit', 6, f(6)), [
      S(`${p}.2.07.0002`, 'Pengadaan Kendaraan Dinas Operasional atau Lapangan', 'Jumlah Unit Kendaraan Dinas Operasional atau Lapangan yang Disediakan', 'Unit', 1, onOff([1, 3], 1), some(385, [1, 3])),
      S(`${p}.2.07.0006`, 'Pengadaan Peralatan dan Mesin Lainnya', 'Jumlah Unit Peralatan dan Mesin Lainnya yang Disediakan', 'Unit', 5, f(5), pj(75)),
    ]),
    keg(`${p}.2.08`, 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', I('Jumlah Laporan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', 'Laporan', 36, f(36)), [
      S(`${p}.2.08.0001`, 'Penyediaan Jasa Surat Menyurat', 'Jumlah Laporan Penyediaan Jasa Surat Menyurat', 'Laporan', 12, f(12), pj(4.8)),
      S(`${p}.2.08.0002`, 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 'Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan', 'Laporan', 12, f(12), pj(96)),
      S(`${p}.2.08.0004`, 'Penyediaan Jasa Pelayanan Umum Kantor', 'Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang Disediakan', 'Laporan', 12, f(12), pj(180)),
    ]),
    keg(`${p}.2.09`, 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', I('Jumlah Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah yang Dipelihara', 'Unit', 40, f(40)), [
      S(
        `${p}.2.09.0002`,
        'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan',
        'Jumlah Kendaraan Dinas Operasional atau Lapangan yang Dipelihara dan dibayarkan Pajak dan Perizinannya',
        'Unit',
        9,
        f(9),
        pj(64),
      ),
      S(`${p}.2.09.0006`, 'Pemeliharaan Peralatan dan Mesin Lainnya', 'Jumlah Peralatan dan Mesin Lainnya yang Dipelihara', 'Unit', 30, f(30), pj(28)),
      S(`${p}.2.09.0009`, 'Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya', 'Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi', 'Unit', 1, f(1), pj(120, 0.1)),
    ]),
  ];
  if (o.blud) {
    kegiatan.push(
      keg(`${p}.2.10`, 'Peningkatan Pelayanan BLUD', I('Jumlah BLUD yang Menyediakan Pelayanan dan Penunjang Pelayanan', 'Unit Kerja', 1, f(1)), [
        S(`${p}.2.10.0001`, 'Pelayanan dan Penunjang Pelayanan BLUD', 'Jumlah BLUD yang Menyediakan Pelayanan dan Penunjang Pelayanan', 'Unit Kerja', 1, f(1), pj(48_500, 0.06)),
      ]),
    );
  }
  return prog(p, 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', I('Persentase Capaian Kinerja dan Realisasi Anggaran Perangkat Daerah', '%', 95, rising(96, 0.5, n)), kegiatan);
}

/** Dinas Pendidikan (1.01): PAUD, SD, SMP, kesetaraan, kurikulum, pendidik. */
export function pendidikan(scale: number, n = 5): Node[] {
  const f = (v: Num) => flat(v, n);
  const pj = (juta: number, rate = 0.05) => jt(juta, scale, n, rate);
  return [
    prog(
      '1.01.02',
      'PROGRAM PENGELOLAAN PENDIDIKAN',
      [I('Angka Partisipasi Murni (APM) SD/MI', '%', 97.8, rising(98, 0.3, n)), I('Angka Partisipasi Murni (APM) SMP/MTs', '%', 81.2, rising(82, 1, n))],
      [
        keg('1.01.02.2.01', 'Pengelolaan Pendidikan Sekolah Dasar', I('Persentase Sekolah Dasar Terakreditasi Minimal B', '%', 88, rising(89, 1.5, n)), [
          S('1.01.02.2.01.0019', 'Pemeliharaan Rutin Sarana, Prasarana dan Utilitas Sekolah', 'Jumlah Sarana, Prasarana dan Utilitas Sekolah yang Dilaksanakan Pemeliharaan', 'Unit', 60, f(60), pj(1_450)),
          S('1.01.02.2.01.0025', 'Pembinaan Minat, Bakat dan Kreativitas Siswa', 'Jumlah Siswa yang Mengikuti Ajang Kompetisi/Lomba Akademik dan Non Akademik', 'Peserta Didik', 850, rising(900, 50, n), pj(310)),
          S('1.01.02.2.01.0029', 'Pengelolaan Dana BOS Sekolah Dasar', 'Jumlah Sekolah Dasar yang Mengelola Dana BOS', 'Satuan Pendidikan', 412, f(412), pj(58_700, 0.02)),
          S('1.01.02.2.01.0047', 'Pembangunan Ruang Kelas Baru', 'Jumlah Ruang Kelas Baru yang Bertambah', 'Ruang', 12, f(10), pj(2_150)),
          S('1.01.02.2.01.0051', 'Rehabilitasi Sedang/Berat Ruang Kelas Sekolah', 'Jumlah Ruang Kelas Sekolah yang Telah Direhabilitasi Sedang/Berat', 'Ruang', 45, f(40), pj(5_600)),
          S('1.01.02.2.01.0054', 'Penyediaan Biaya Personil Peserta Didik Sekolah Dasar', 'Jumlah Peserta Didik Sekolah Dasar yang Menerima Biaya Personil Peserta Didik', 'Peserta Didik', 54_300, rising(54_500, 200, n), pj(2_720)),
        ]),
        keg('1.01.02.2.02', 'Pengelolaan Pendidikan Sekolah Menengah Pertama', I('Persentase SMP Terakreditasi Minimal B', '%', 91, rising(92, 1, n)), [
          S('1.01.02.2.02.0014', 'Rehabilitasi Sedang/Berat Ruang Kelas Sekolah', 'Jumlah Ruang kelas sekolah yang Telah Direhabilitasi Sedang/Berat', 'Ruang', 18, f(16), pj(2_480)),
          S('1.01.02.2.02.0030', 'Pemeliharaan Rutin Sarana, Prasarana dan Utilitas Sekolah', 'Jumlah Sarana, Prasarana dan Utilitas Sekolah yang Dilaksanakan Pemeliharaan', 'Unit', 25, f(25), pj(780)),
          S('1.01.02.2.02.0032', 'Penyediaan Biaya Personil Peserta Didik Sekolah Menengah Pertama', 'Jumlah Peserta didik Sekolah Menengah Pertama yang Menerima Biaya Personil Peserta Didik', 'Peserta Didik', 24_100, rising(24_200, 100, n), pj(1_690)),
          S('1.01.02.2.02.0042', 'Pengelolaan Dana BOS Sekolah Menengah Pertama', 'Jumlah Sekolah Menengah pertama yang Mengelola Dana BOS', 'Satuan Pendidikan', 78, f(78), pj(33_900, 0.02)),
          S('1.01.02.2.02.0059', 'Pembangunan Ruang Kelas Baru', 'Jumlah Ruang Kelas Baru yang Bertambah', 'Ruang', 6, f(6), pj(1_320)),
        ]),
        keg('1.01.02.2.03', 'Pengelolaan Pendidikan Anak Usia Dini (PAUD)', I('Angka Partisipasi Kasar (APK) PAUD', '%', 68.4, rising(70, 2, n)), [
          S('1.01.02.2.03.0002', 'Pembangunan Sarana, Prasarana dan Utilitas PAUD', 'Jumlah Sarana, Prasarana dan Utilitas PAUD yang Telah Dibangun', 'Unit', 4, f(4), pj(640)),
          S('1.01.02.2.03.0011', 'Penyediaan Biaya Personil Peserta Didik PAUD', 'Jumlah Peserta Didik PAUD yang Menerima Biaya Personil Peserta Didik', 'Peserta Didik', 9_800, rising(10_000, 200, n), pj(560)),
          S('1.01.02.2.03.0018', 'Pengelolaan Dana BOP PAUD', 'Jumlah PAUD yang Mengelola Dana BOP', 'Satuan Pendidikan', 356, f(356), pj(6_400, 0.02)),
        ]),
        keg('1.01.02.2.04', 'Pengelolaan Pendidikan Nonformal/Kesetaraan', I('Jumlah Peserta Didik Pendidikan Kesetaraan yang Lulus', 'Orang', 420, rising(450, 30, n)), [
          S('1.01.02.2.04.0010', 'Penyediaan Biaya Personil Peserta Didik Nonformal/Kesetaraan', 'Jumlah Peserta Didik Nonformal/Kesetaraan yang Menerima Biaya Personil Peserta Didik', 'Peserta Didik', 1_150, f(1_200), pj(410)),
          S('1.01.02.2.04.0016', 'Pembinaan Kelembagaan dan Manajemen Sekolah Nonformal/Kesetaraan', 'Jumlah Sekolah Nonformal/Kesetaraan yang Dilaksanakan Pembinaan Kelembagaan dan Manajemen', 'Satuan Pendidikan', 22, f(22), pj(85)),
        ]),
      ],
    ),
    prog('1.01.03', 'PROGRAM PENGEMBANGAN KURIKULUM', I('Persentase Satuan Pendidikan Dasar yang Menerapkan Kurikulum Muatan Lokal', '%', 60, rising(65, 5, n)), [
      keg('1.01.03.2.01', 'Penetapan Kurikulum Muatan Lokal Pendidikan Dasar', I('Jumlah Dokumen Kurikulum Muatan Lokal Pendidikan Dasar yang Ditetapkan', 'Dokumen', 2, f(2)), [
        S('1.01.03.2.01.0002', 'Penyusunan Silabus Muatan Lokal Pendidikan Dasar', 'Jumlah Silabus Muatan Lokal Pendidikan Dasar yang Tersusun', 'Dokumen', 2, f(2), pj(45)),
        S('1.01.03.2.01.0003', 'Penyediaan Buku Teks Pelajaran Muatan Lokal Pendidikan Dasar', 'Jumlah Buku Teks Pelajaran Muatan Lokal Pendidikan Dasar yang Tersedia', 'Buku', 4_000, f(4_000), pj(180)),
      ]),
    ]),
    prog('1.01.04', 'PROGRAM PENDIDIK DAN TENAGA KEPENDIDIKAN', I('Persentase Guru yang Memenuhi Kualifikasi S1/D-IV', '%', 94.5, rising(95, 1, n)), [
      keg(
        '1.01.04.2.01',
        'Pemerataan Kuantitas dan Kualitas Pendidik dan Tenaga Kependidikan bagi Satuan Pendidikan Dasar, PAUD, dan Pendidikan Nonformal/Kesetaraan',
        I('Jumlah Dokumen Pemerataan Pendidik dan Tenaga Kependidikan', 'Dokumen', 2, f(2)),
        [
          S(
            '1.01.04.2.01.0001',
            'Perhitungan dan Pemetaan Pendidik dan Tenaga Kependidikan Satuan Pendidikan Dasar, PAUD, dan Pendidikan Nonformal/Kesetaraan',
            'Jumlah Dokumen Hasil Perhitungan dan Pemetaan Pendidik dan Tenaga Kependidikan Satuan Pendidikan Dasar, PAUD, dan Pendidikan Nonformal/Kesetaraan',
            'Dokumen',
            1,
            f(1),
            pj(65),
          ),
          S(
            '1.01.04.2.01.0002',
            'Penataan Pendistribusian Pendidik dan Tenaga Kependidikan bagi Satuan Pendidikan Dasar, PAUD, dan Pendidikan Nonformal/Kesetaraan',
            'Jumlah Laporan Hasil Pelaksanaan Penataan Pendistribusian Pendidik dan Tenaga Kependidikan',
            'Laporan',
            1,
            f(1),
            pj(40),
          ),
        ],
      ),
    ]),
  ];
}

/** Dinas Kesehatan (1.02): fasilitas, layanan SPM, SIK, SDM kesehatan, pemberdayaan masyarakat. */
export function kesehatan(scale: number, n = 5): Node[] {
  const f = (v: Num) => flat(v, n);
  const pj = (juta: number, rate = 0.05) => jt(juta, scale, n, rate);
  const alt = (juta: number, on: number[]) => Array.from({ length: n }, (_, i) => (on.includes(i) ? k1000(juta * M * scale) : 0));
  const altT = (on: number[]) => Array.from({ length: n }, (_, i) => (on.includes(i) ? 1 : 0));
  return [
    prog(
      '1.02.02',
      'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT',
      [I('Persentase Puskesmas Terakreditasi Paripurna', '%', 35, rising(40, 10, n)), I('Angka Kematian Ibu (per 100.000 Kelahiran Hidup)', 'per 100.000 KH', 98, rising(95, -3, n))],
      [
        keg('1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota', I('Jumlah Fasilitas Pelayanan Kesehatan yang Dibangun dan Dikembangkan', 'Unit', 3, f(3)), [
          S('1.02.02.2.01.0002', 'Pembangunan Puskesmas', 'Jumlah Pusat Kesehatan Masyarakat (Puskesmas) yang Dibangun', 'Unit', 0, altT([1, 3]), alt(4_500, [1, 3])),
          S('1.02.02.2.01.0006', 'Pengembangan Puskesmas', 'Jumlah Puskesmas yang Ditingkatkan Sarana, Prasarana, Alat Kesehatan dan SDM agar Sesuai Standar', 'Unit', 2, f(2), pj(2_350)),
          S('1.02.02.2.01.0007', 'Pengembangan Fasilitas Kesehatan Lainnya', 'Jumlah Fasilitas Kesehatan Lainnya yang Ditingkatkan Sarana, Prasarana, Alat Kesehatan dan SDM agar Sesuai Standar', 'Unit', 1, f(1), pj(760)),
        ]),
        keg('1.02.02.2.02', 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota', I('Persentase Capaian Standar Pelayanan Minimal Bidang Kesehatan', '%', 86, rising(88, 2, n)), [
          S('1.02.02.2.02.0001', 'Pengelolaan Pelayanan Kesehatan Ibu Hamil', 'Jumlah Ibu Hamil yang Mendapatkan Pelayanan Kesehatan Sesuai Standar', 'Orang', 9_850, f(9_800), pj(410)),
          S('1.02.02.2.02.0002', 'Pengelolaan Pelayanan Kesehatan Ibu Bersalin', 'Jumlah Ibu Bersalin yang Mendapatkan Pelayanan Kesehatan Sesuai Standar', 'Orang', 9_400, f(9_350), pj(365)),
          S('1.02.02.2.02.0003', 'Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir', 'Jumlah Bayi Baru Lahir yang Mendapatkan Pelayanan Kesehatan Sesuai Standar', 'Orang', 9_350, f(9_300), pj(240)),
          S('1.02.02.2.02.0004', 'Pengelolaan Pelayanan Kesehatan Balita', 'Jumlah Balita yang Mendapatkan Pelayanan Kesehatan Sesuai Standar', 'Orang', 38_200, f(38_000), pj(385)),
          S('1.02.02.2.02.0007', 'Pengelolaan Pelayanan Kesehatan pada Usia Lanjut', 'Jumlah Penduduk Usia Lanjut yang Mendapatkan Pelayanan Kesehatan Sesuai Standar', 'Orang', 71_400, rising(72_000, 500, n), pj(215)),
          S('1.02.02.2.02.0008', 'Pengelolaan Pelayanan Kesehatan Penderita Hipertensi', 'Jumlah Penderita Hipertensi yang Mendapatkan Pelayanan Kesehatan Sesuai Standar', 'Orang', 52_600, rising(55_000, 2_500, n), pj(198)),
          S('1.02.02.2.02.0009', 'Pengelolaan Pelayanan Kesehatan Penderita Diabetes Melitus', 'Jumlah Penderita Diabetes Melitus yang Mendapatkan Pelayanan Kesehatan Sesuai Standar', 'Orang', 11_900, rising(12_500, 500, n), pj(176)),
          S('1.02.02.2.02.0011', 'Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis', 'Jumlah Orang Terduga Menderita Tuberkulosis yang Mendapatkan Pelayanan Sesuai Standar', 'Orang', 6_800, rising(7_000, 200, n), pj(325)),
          S('1.02.02.2.02.0015', 'Pengelolaan Pelayanan Kesehatan Gizi Masyarakat', 'Jumlah Dokumen Hasil Pengelolaan Pelayanan Kesehatan Gizi Masyarakat', 'Dokumen', 2, f(2), pj(520)),
          S('1.02.02.2.02.0026', 'Pengelolaan Jaminan Kesehatan Masyarakat', 'Jumlah Dokumen Hasil Pengelolaan Jaminan Kesehatan Masyarakat', 'Dokumen', 1, f(1), pj(21_600, 0.04)),
          S('1.02.02.2.02.0033', 'Operasional Pelayanan Puskesmas', 'Jumlah Dokumen Operasional Pelayanan Puskesmas', 'Dokumen', 22, f(22), pj(9_850)),
          S('1.02.02.2.02.0048', 'Pengelolaan Layanan Imunisasi', 'Jumlah Dokumen Hasil Pengelolaan Layanan Imunisasi', 'Dokumen', 1, f(1), pj(290)),
        ]),
        keg('1.02.02.2.03', 'Penyelenggaraan Sistem Informasi Kesehatan Secara Terintegrasi', I('Jumlah Dokumen Sistem Informasi Kesehatan Terintegrasi', 'Dokumen', 1, f(1)), [
          S('1.02.02.2.03.0002', 'Pengelolaan Sistem Informasi Kesehatan', 'Jumlah Dokumen Hasil Pengelolaan Sistem Informasi Kesehatan', 'Dokumen', 1, f(1), pj(145)),
        ]),
      ],
    ),
    prog('1.02.03', 'PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN', I('Persentase Puskesmas dengan Sembilan Jenis Tenaga Kesehatan Sesuai Standar', '%', 72.7, rising(77.3, 4.5, n)), [
      keg(
        '1.02.03.2.02',
        'Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM di Wilayah Kabupaten/Kota',
        I('Jumlah Dokumen Perencanaan dan Pendayagunaan SDM Kesehatan', 'Dokumen', 2, f(2)),
        [
          S('1.02.03.2.02.0004', 'Perencanaan Sumber Daya Manusia Kesehatan', 'Jumlah Dokumen Hasil Perencanaan Sumber Daya Manusia Kesehatan', 'Dokumen', 1, f(1), pj(38)),
          S('1.02.03.2.02.0005', 'Pemenuhan Kebutuhan Sumber Daya Manusia Kesehatan Sesuai Standar', 'Jumlah Sumber Daya Manusia Kesehatan yang Memenuhi Standar di Fasilitas Pelayanan Kesehatan (Fasyankes)', 'Orang', 120, f(120), pj(4_300)),
        ],
      ),
      keg(
        '1.02.03.2.03',
        'Pengembangan Mutu dan Peningkatan Kompetensi Teknis Sumber Daya Manusia Kesehatan Tingkat Daerah Kabupaten/Kota',
        I('Jumlah SDM Kesehatan yang Ditingkatkan Kompetensinya', 'Orang', 150, f(150)),
        [
          S(
            '1.02.03.2.03.0001',
            'Pengembangan Mutu dan Peningkatan Kompetensi Teknis Sumber Daya Manusia Kesehatan Tingkat Daerah Kabupaten/Kota',
            'Jumlah Sumber Daya Manusia Kesehatan Tingkat Daerah Kabupaten/Kota yang Ditingkatkan Mutu dan Kompetensinya',
            'Orang',
            150,
            f(150),
            pj(260),
          ),
        ],
      ),
    ]),
    prog('1.02.05', 'PROGRAM PEMBERDAYAAN MASYARAKAT BIDANG KESEHATAN', I('Persentase Desa/Kelurahan Siaga Aktif Purnama dan Mandiri', '%', 48, rising(52, 4, n)), [
      keg(
        '1.02.05.2.01',
        'Advokasi, Pemberdayaan, Kemitraan, Peningkatan Peran serta Masyarakat dan Lintas Sektor Tingkat Daerah Kabupaten/Kota',
        I('Jumlah Dokumen Advokasi dan Kemitraan Bidang Kesehatan', 'Dokumen', 1, f(1)),
        [S('1.02.05.2.01.0001', 'Peningkatan Upaya Promosi Kesehatan, Advokasi, Kemitraan dan Pemberdayaan Masyarakat', 'Jumlah Dokumen Promosi Kesehatan, Advokasi, Kemitraan dan Pemberdayaan Masyarakat', 'Dokumen', 1, f(1), pj(120))],
      ),
      keg('1.02.05.2.02', 'Pelaksanaan Sehat dalam rangka Promotif Preventif Tingkat Daerah Kabupaten/Kota', I('Jumlah Dokumen Pelaksanaan Promotif Preventif', 'Dokumen', 1, f(1)), [
        S('1.02.05.2.02.0001', 'Penyelenggaraan Promosi Kesehatan dan Gerakan Hidup Bersih dan Sehat', 'Jumlah Dokumen Hasil Penyelenggaraan Promosi Kesehatan dan Gerakan Hidup Bersih dan Sehat', 'Dokumen', 1, f(1), pj(95)),
      ]),
      keg('1.02.05.2.03', 'Pengembangan dan Pelaksanaan Upaya Kesehatan Bersumber Daya Masyarakat (UKBM) Tingkat Daerah Kabupaten/Kota', I('Jumlah UKBM yang Dibina', 'Unit', 210, f(210)), [
        S(
          '1.02.05.2.03.0001',
          'Bimbingan Teknis dan Supervisi Pengembangan dan Pelaksanaan Upaya Kesehatan Bersumber Daya Masyarakat (UKBM)',
          'Jumlah Dokumen Hasil Bimbingan Teknis dan Supervisi Upaya Kesehatan Bersumber Daya Masyarakat (UKBM)',
          'Dokumen',
          1,
          f(1),
          pj(88),
        ),
      ]),
    ]),
  ];
}

/** RSUD (1.02): pelayanan rumah sakit and SDM; the BLUD kegiatan sits in the Penunjang program. */
export function rsud(scale: number, n = 5): Node[] {
  const f = (v: Num) => flat(v, n);
  const pj = (juta: number, rate = 0.05) => jt(juta, scale, n, rate);
  return [
    prog('1.02.02', 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', I('Persentase Capaian Standar Pelayanan Minimal Rumah Sakit', '%', 88, rising(90, 2, n)), [
      keg('1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota', I('Jumlah Sarana, Prasarana dan Alat Kesehatan Rumah Sakit yang Disediakan', 'Unit', 2, f(2)), [
        S('1.02.02.2.01.0003', 'Pembangunan Fasilitas Kesehatan Lainnya', 'Jumlah Fasilitas Kesehatan Lainnya yang Dibangun', 'Unit', 1, f(1), pj(3_200)),
        S('1.02.02.2.01.0007', 'Pengembangan Fasilitas Kesehatan Lainnya', 'Jumlah Fasilitas Kesehatan Lainnya yang Ditingkatkan Sarana, Prasarana, Alat Kesehatan dan SDM agar Sesuai Standar', 'Unit', 1, f(1), pj(5_750)),
      ]),
      keg('1.02.02.2.02', 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota', I('Jumlah Dokumen Pelayanan Kesehatan Rujukan', 'Dokumen', 3, f(3)), [
        S('1.02.02.2.02.0032', 'Operasional Pelayanan Rumah Sakit', 'Jumlah Dokumen Operasional Pelayanan Rumah Sakit', 'Dokumen', 1, f(1), pj(2_900)),
        S(
          '1.02.02.2.02.0038',
          'Penyediaan dan Pengelolaan Sistem Penanganan Gawat Darurat Terpadu (SPGDT)',
          'Jumlah Public Safety Center (PSC 119) Tersediaan, Terkelolaan dan Terintegrasi Dengan Rumah Sakit Dalam Satu Sistem Penanganan Gawat Darurat Terpadu (SPGDT)',
          'Unit',
          1,
          f(1),
          pj(640),
        ),
        S('1.02.02.2.02.0049', 'Pengelolaan layanan rujukan dan rujuk balik', 'Jumlah Dokumen hasil Pengelolaan layanan Rujukan dan Rujuk Balik di Fasilitas Pelayanan Kesehatan', 'Dokumen', 1, f(1), pj(115)),
      ]),
    ]),
    prog('1.02.03', 'PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN', I('Persentase Tenaga Kesehatan Rumah Sakit yang Memenuhi Standar Kompetensi', '%', 80, rising(83, 3, n)), [
      keg(
        '1.02.03.2.03',
        'Pengembangan Mutu dan Peningkatan Kompetensi Teknis Sumber Daya Manusia Kesehatan Tingkat Daerah Kabupaten/Kota',
        I('Jumlah SDM Kesehatan Rumah Sakit yang Ditingkatkan Kompetensinya', 'Orang', 60, f(60)),
        [
          S(
            '1.02.03.2.03.0001',
            'Pengembangan Mutu dan Peningkatan Kompetensi Teknis Sumber Daya Manusia Kesehatan Tingkat Daerah Kabupaten/Kota',
            'Jumlah Sumber Daya Manusia Kesehatan Tingkat Daerah Kabupaten/Kota yang Ditingkatkan Mutu dan Kompetensinya',
            'Orang',
            60,
            f(60),
            pj(310),
          ),
        ],
      ),
    ]),
  ];
}

/** Dinas Sosial (1.06). */
export function sosial(scale: number, n = 5): Node[] {
  const f = (v: Num) => flat(v, n);
  const pj = (juta: number, rate = 0.05) => jt(juta, scale, n, rate);
  return [
    prog('1.06.02', 'PROGRAM PEMBERDAYAAN SOSIAL', I('Persentase Potensi dan Sumber Kesejahteraan Sosial (PSKS) yang Aktif', '%', 62, rising(65, 3, n)), [
      keg('1.06.02.2.03', 'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota', I('Jumlah PSKS yang Ditingkatkan Kapasitasnya', 'Lembaga', 40, f(40)), [
        S(
          '1.06.02.2.03.0004',
          'Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Kelembagaan Masyarakat Kewenangan Kabupaten/Kota',
          'Jumlah Lembaga Kesejahteraan Sosial yang Meningkat Kapasitasnya Kewenangan Kabupaten/Kota',
          'Lembaga',
          25,
          f(25),
          pj(145),
        ),
        S(
          '1.06.02.2.03.0013',
          'Fasilitasi Pengembangan Pusat Kesejahteraan Sosial (Puskesos) Kewenangan Kabupaten/Kota',
          'Jumlah Puskesos desa/kelurahan yang memberikan layanan sosial satu pintu dan berperan sebagai hub program Graduasi',
          'Lembaga',
          15,
          rising(18, 3, n),
          pj(96),
        ),
      ]),
    ]),
    prog('1.06.04', 'PROGRAM REHABILITASI SOSIAL', I('Persentase PPKS yang Memperoleh Rehabilitasi Sosial Dasar di Luar Panti', '%', 80.4, rising(80, 2.5, n)), [
      keg(
        '1.06.04.2.01',
        'Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial',
        I('Jumlah PPKS yang Memperoleh Rehabilitasi Sosial Dasar', 'Orang', 540, f(560)),
        [
          S('1.06.04.2.01.0001', 'Penyediaan Permakanan', 'Jumlah Orang yang Mendapatkan Pemenuhan Kebutuhan Permakanan Sesuai dengan Standar Gizi Minimal Kewenangan Kabupaten/Kota', 'Orang', 320, f(340), pj(980)),
          S('1.06.04.2.01.0003', 'Penyediaan Alat Bantu', 'Jumlah Orang yang Mendapatkan Alat Bantu dan Alat Bantu Peraga Sesuai kebutuhan Kewenangan Kabupaten/Kota', 'Orang', 80, f(80), pj(310)),
          S('1.06.04.2.01.0005', 'Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial', 'Jumlah Peserta Bimbingan Fisik, Mental, Spiritual dan Sosial Kewenangan Kabupaten/Kota', 'Orang', 140, f(140), pj(125)),
        ],
      ),
      keg(
        '1.06.04.2.02',
        'Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA di Luar Panti Sosial',
        I('Jumlah PMKS Lainnya yang Memperoleh Rehabilitasi Sosial', 'Orang', 210, f(220)),
        [
          S('1.06.04.2.02.0001', 'Pemberian Layanan Data dan Pengaduan', 'Jumlah Orang yang Mendapatkan Layanan Data dan Pengaduan Kewenangan Kabupaten/Kota', 'Orang', 1_200, f(1_200), pj(64)),
          S('1.06.04.2.02.0002', 'Pemberian Layanan Kedaruratan', 'Jumlah Orang yang Mendapatkan Pelayanan Kedaruratan Kewenangan Kabupaten/Kota', 'Orang', 90, f(100), pj(72)),
        ],
      ),
    ]),
    prog('1.06.05', 'PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL', I('Persentase Keluarga Miskin yang Menerima Bantuan Sosial', '%', 69.5, rising(74, 4, n)), [
      keg('1.06.05.2.02', 'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', I('Jumlah Data Fakir Miskin yang Dimutakhirkan', 'Dokumen', 2, f(2)), [
        S('1.06.05.2.02.0001', 'Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota', 'Jumlah Fakir Miskin Cakupan Daerah Kabupaten/Kota yang Didata', 'Orang', 62_000, f(62_000), pj(410)),
        S('1.06.05.2.02.0006', 'Fasilitasi Bantuan Sosial Kesejahteraan Keluarga', 'Jumlah Penerima Manfaat (PM) yang Mendapatkan Bantuan Sosial Kesejahteraan Keluarga Kewenangan Kabupaten/Kota', 'Orang', 1_500, f(1_500), pj(1_350)),
      ]),
    ]),
    prog('1.06.06', 'PROGRAM PENANGANAN BENCANA', I('Persentase Korban Bencana yang Menerima Bantuan Sosial Selama Masa Tanggap Darurat', '%', 100, f(100)), [
      keg('1.06.06.2.01', 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', I('Jumlah Korban Bencana yang Terlindungi', 'Orang', 600, f(600)), [
        S('1.06.06.2.01.0001', 'Penyediaan Makanan', 'Jumlah Orang yang Mendapatkan Permakanan 3x1 Hari dalam Masa Tanggap Darurat (Pengungsian) Kewenangan Kabupaten/Kota', 'Orang', 600, f(600), pj(220)),
        S(
          '1.06.06.2.01.0002',
          'Penyediaan Sandang',
          'Jumlah Orang yang Mendapatkan Pakaian dan Kelengkapan Lainnya yang Tersedia pada Masa Tanggap Darurat (Pengungsian) dan Pasca Bencana Kewenangan Kabupaten/Kota',
          'Orang',
          300,
          f(300),
          pj(85),
        ),
      ]),
      keg('1.06.06.2.02', 'Penyelenggaraan Pemberdayaan Masyarakat Terhadap Kesiapsiagaan Bencana Kabupaten/Kota', I('Jumlah Kampung Siaga Bencana yang Aktif', 'Kampung', 8, rising(9, 1, n)), [
        S('1.06.06.2.02.0001', 'Koordinasi, Sosialisasi dan Pelaksanaan Kampung Siaga Bencana', 'Jumlah Kampung yang Melaksanakan Koordinasi, Sosialisasi dan Pelaksanaan Kampung Siaga Bencana Kewenangan Kabupaten/Kota', 'Kampung', 2, f(2), pj(78)),
        S('1.06.06.2.02.0006', 'Peningkatan Kompetensi Taruna Siaga Bencana (Tagana) Dalam Penanganan Bencana', 'Jumlah Tagana yang Mendapatkan Peningkatan Kompetensi', 'Orang', 40, f(40), pj(54)),
      ]),
    ]),
  ];
}

/** Bappeda (5.01). */
export function bappeda(scale: number, n = 5): Node[] {
  const f = (v: Num) => flat(v, n);
  const pj = (juta: number, rate = 0.05) => jt(juta, scale, n, rate);
  return [
    prog('5.01.02', 'PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH', I('Persentase Keselarasan Program RPJMD dan RKPD', '%', 90, rising(92, 2, n)), [
      keg('5.01.02.2.01', 'Penyusunan Perencanaan dan Pendanaan', I('Jumlah Dokumen Perencanaan Pembangunan Daerah', 'Dokumen', 3, f(3)), [
        S('5.01.02.2.01.0001', 'Analisis Kondisi Daerah, Permasalahan, dan Isu Strategis Pembangunan Daerah', 'Jumlah Dokumen Rancangan Awal RPJMD/RKPD (Sesuai Kebutuhan Jika RPJMD Maka Rancangan Teknokratik)', 'Dokumen', 1, f(1), pj(145)),
        S('5.01.02.2.01.0003', 'Pelaksanaan Konsultasi Publik', 'Jumlah Berita Acara Konsultasi Publik', 'Berita Acara', 1, f(1), pj(48)),
        S('5.01.02.2.01.0005', 'Pelaksanaan Musrenbang Kabupaten/Kota', 'Jumlah Berita Acara Musrenbang Kabupaten/Kota', 'Berita Acara', 1, f(1), pj(210)),
      ]),
      keg('5.01.02.2.02', 'Analisis Data dan Informasi Pemerintahan Daerah Bidang Perencanaan Pembangunan Daerah', I('Jumlah Dokumen Analisis Data dan Informasi Perencanaan', 'Dokumen', 2, f(2)), [
        S('5.01.02.2.02.0003', 'Penyusunan Profil Pembangunan Daerah Kabupaten/Kota', 'Jumlah Buku Profil Pembangunan Daerah yang Diterbitkan', 'Buku', 1, f(1), pj(62)),
      ]),
      keg('5.01.02.2.03', 'Pengendalian, Evaluasi dan Pelaporan Bidang Perencanaan Pembangunan Daerah', I('Jumlah Laporan Pengendalian dan Evaluasi Pembangunan Daerah', 'Laporan', 4, f(4)), [
        S('5.01.02.2.03.0001', 'Koordinasi Pengendalian Perencanaan dan Pelaksanaan Pembangunan Daerah di Kabupaten/Kota', 'Jumlah Laporan Hasil Pengendalian Perencanaan dan Pelaksanaan Pembangunan', 'Laporan', 4, f(4), pj(86)),
        S('5.01.02.2.03.0003', 'Monitoring, Evaluasi dan Penyusunan Laporan Berkala Pelaksanaan Pembangunan Daerah', 'Jumlah Laporan Hasil Evaluasi Kinerja Pembangunan Daerah', 'Laporan', 4, f(4), pj(118)),
      ]),
    ]),
    prog('5.01.03', 'PROGRAM KOORDINASI DAN SINKRONISASI PERENCANAAN PEMBANGUNAN DAERAH', I('Persentase Renstra Perangkat Daerah yang Selaras dengan RPJMD', '%', 85, rising(88, 3, n)), [
      keg('5.01.03.2.01', 'Koordinasi Perencanaan Bidang Pemerintahan dan Pembangunan Manusia', I('Jumlah Dokumen Perencanaan Bidang Pemerintahan dan Pembangunan Manusia yang Dikoordinasikan', 'Dokumen', 4, f(4)), [
        S(
          '5.01.03.2.01.0002',
          'Asistensi Penyusunan Dokumen Perencanaan Pembangunan Perangkat Daerah Bidang Pemerintahan',
          'Jumlah Laporan Hasil Asistensi Penyusunan Dokumen Perencanaan Pembangunan Perangkat Daerah Bidang Pemerintahan',
          'Laporan',
          2,
          f(2),
          pj(54),
        ),
        S(
          '5.01.03.2.01.0006',
          'Asistensi Penyusunan Dokumen Perencanaan Pembangunan Perangkat Daerah Bidang Pembangunan Manusia',
          'Jumlah Laporan Hasil Asistensi Penyusunan Dokumen Perencanaan Pembangunan Perangkat Daerah Bidang Pembangunan Manusia',
          'Laporan',
          2,
          f(2),
          pj(51),
        ),
      ]),
      keg('5.01.03.2.02', 'Koordinasi Perencanaan Bidang Perekonomian dan SDA (Sumber Daya Alam)', I('Jumlah Dokumen Perencanaan Bidang Perekonomian dan SDA yang Dikoordinasikan', 'Dokumen', 4, f(4)), [
        S(
          '5.01.03.2.02.0004',
          'Koordinasi Pelaksanaan Sinergitas dan Harmonisasi Perencanaan Pembangunan Daerah Bidang Perekonomian',
          'Jumlah Laporan Hasil Sinkronisasi Renstra/Renja dengan RKPD/RPJMD pada Bidang Perekonomian',
          'Laporan',
          2,
          f(2),
          pj(47),
        ),
      ]),
      keg('5.01.03.2.03', 'Koordinasi Perencanaan Bidang Infrastruktur dan Kewilayahan', I('Jumlah Dokumen Perencanaan Bidang Infrastruktur dan Kewilayahan yang Dikoordinasikan', 'Dokumen', 4, f(4)), [
        S(
          '5.01.03.2.03.0002',
          'Asistensi Penyusunan Dokumen Perencanaan Pembangunan Perangkat Daerah Bidang Infrastruktur',
          'Jumlah Laporan Hasil Asistensi Penyusunan Dokumen Perencanaan Pembangunan Perangkat Daerah Bidang Infrastruktur',
          'Laporan',
          2,
          f(2),
          pj(49),
        ),
      ]),
    ]),
  ];
}

/** BPKAD (5.02). */
export function keuangan(scale: number, n = 5): Node[] {
  const f = (v: Num) => flat(v, n);
  const pj = (juta: number, rate = 0.05) => jt(juta, scale, n, rate);
  return [
    prog('5.02.02', 'PROGRAM PENGELOLAAN KEUANGAN DAERAH', I('Opini BPK atas Laporan Keuangan Pemerintah Daerah', 'Opini', 'WTP', f('WTP')), [
      keg('5.02.02.2.01', 'Koordinasi dan Penyusunan Rencana Anggaran Daerah', I('Jumlah Dokumen Rencana Anggaran Daerah yang Disusun', 'Dokumen', 6, f(6)), [
        S('5.02.02.2.01.0001', 'Koordinasi dan Penyusunan KUA dan PPAS', 'Jumlah Dokumen KUA dan PPAS yang Disusun', 'Dokumen', 2, f(2), pj(165)),
        S('5.02.02.2.01.0003', 'Koordinasi, Penyusunan dan Verifikasi RKA-SKPD', 'Jumlah RKA-SKPD yang Diverifikasi', 'Dokumen', 46, f(46), pj(138)),
        S('5.02.02.2.01.0005', 'Koordinasi, Penyusunan dan Verifikasi DPA-SKPD', 'Jumlah DPA- SKPD yang Diverifikasi', 'Dokumen', 46, f(46), pj(112)),
      ]),
      keg('5.02.02.2.02', 'Koordinasi dan Pengelolaan Perbendaharaan Daerah', I('Jumlah Dokumen Pengelolaan Perbendaharaan Daerah', 'Dokumen', 14, f(14)), [
        S('5.02.02.2.02.0001', 'Koordinasi dan Pengelolaan Kas Daerah', 'Jumlah Dokumen Hasil Koordinasi dan Pengelolaan Kas Daerah', 'Dokumen', 12, f(12), pj(240)),
        S('5.02.02.2.02.0003', 'Penyiapan, Pelaksanaan Pengendalian dan Penerbitan Anggaran Kas dan SPD', 'Jumlah Dokumen Hasil Pengendalian dan Penerbitan Anggaran Kas dan SPD', 'Dokumen', 2, f(2), pj(76)),
      ]),
      keg('5.02.02.2.03', 'Koordinasi dan Pelaksanaan Akuntansi dan Pelaporan Keuangan Daerah', I('Jumlah Laporan Keuangan Pemerintah Daerah yang Disusun Tepat Waktu', 'Laporan', 14, f(14)), [
        S('5.02.02.2.03.0001', 'Koordinasi Pelaksanaan Akuntansi Penerimaan dan Pengeluaran Kas Daerah', 'Jumlah Laporan Hasil Koordinasi Pelaksanaan Akuntansi Penerimaan dan Pengeluaran Kas Daerah', 'Laporan', 12, f(12), pj(94)),
        S('5.02.02.2.03.0004', 'Konsolidasi Laporan Keuangan SKPD, BLUD dan Laporan Keuangan Pemerintah Daerah', 'Jumlah Laporan Keuangan SKPD, BLUD dan Laporan Keuangan Pemerintah Daerah yang Terkonsolidasi', 'Laporan', 2, f(2), pj(285)),
      ]),
    ]),
    prog('5.02.03', 'PROGRAM PENGELOLAAN BARANG MILIK DAERAH', I('Persentase Barang Milik Daerah yang Tercatat dan Bersertifikat', '%', 72, rising(76, 4, n)), [
      keg('5.02.03.2.01', 'Pengelolaan Barang Milik Daerah', I('Jumlah Laporan Pengelolaan Barang Milik Daerah', 'Laporan', 6, f(6)), [
        S('5.02.03.2.01.0001', 'Penyusunan Standar Harga', 'Jumlah Standar Harga yang Disusun', 'Dokumen', 1, f(1), pj(88)),
        S('5.02.03.2.01.0005', 'Penatausahaan Barang Milik Daerah', 'Jumlah Laporan Penatausahaan Barang Milik Daerah', 'Laporan', 2, f(2), pj(132)),
        S('5.02.03.2.01.0006', 'Inventarisasi Barang Milik Daerah', 'Jumlah Laporan Hasil Inventarisasi (LHI) Barang Milik Daerah', 'Laporan', 1, f(1), pj(205)),
      ]),
    ]),
  ];
}

/** Satpol PP (1.05.02). */
export function trantibum(scale: number, n = 5): Node[] {
  const f = (v: Num) => flat(v, n);
  const pj = (juta: number, rate = 0.05) => jt(juta, scale, n, rate);
  return [
    prog('1.05.02', 'PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM', I('Persentase Penegakan Peraturan Daerah dan Peraturan Kepala Daerah', '%', 85, rising(87, 2, n)), [
      keg('1.05.02.2.01', 'Penanganan Gangguan Ketenteraman dan Ketertiban Umum dalam 1 (Satu) Daerah Kabupaten/Kota', I('Persentase Gangguan Trantibum yang Tertangani', '%', 100, f(100)), [
        S(
          '1.05.02.2.01.0003',
          'Koordinasi Penyelenggaraan Ketentraman dan Ketertiban Umum serta Perlindungan Masyarakat Tingkat Kabupaten/Kota',
          'Jumlah Dokumen Hasil Pelaksanaan Koordinasi Penyelenggaraan Ketenteraman, Ketertiban Umum dan Perlindungan Masyarakat',
          'Dokumen',
          12,
          f(12),
          pj(410),
        ),
        S(
          '1.05.02.2.01.0004',
          'Pemberdayaan Perlindungan Masyarakat dalam rangka Ketentraman dan Ketertiban Umum',
          'Jumlah Dokumen yang Memuat Hasil Pemberdayaan Perlindungan Masyarakat dalam rangka Ketenteraman dan Ketertiban Umum',
          'Dokumen',
          2,
          f(2),
          pj(265),
        ),
        S('1.05.02.2.01.0008', 'Penyusunan SOP Ketertiban Umum dan Ketenteraman Masyarakat', 'Jumlah Dokumen SOP Ketertiban Umum dan Ketenteraman Masyarakat yang Telah Dibuat dan Dimutakhirkan', 'Dokumen', 1, f(1), pj(35)),
      ]),
      keg('1.05.02.2.02', 'Penegakan Peraturan Daerah Kabupaten/Kota dan Peraturan Bupati/Wali Kota', I('Jumlah Pelanggaran Perda dan Perkada yang Ditindak', 'Kasus', 150, rising(145, -5, n)), [
        S(
          '1.05.02.2.02.0004',
          'Pembinaan dan Penyuluhan terhadap Pelanggar Peraturan Daerah dan Peraturan Kepala Daerah',
          'Jumlah Laporan Hasil Pembinaan dan Penyuluhan atas Pelanggar Peraturan Daerah dan Peraturan Kepala Daerah',
          'Laporan',
          12,
          f(12),
          pj(95),
        ),
        S(
          '1.05.02.2.02.0007',
          'Penyelidikan terhadap dugaan Pelanggaran Peraturan Daerah dan Peraturan Kepala Daerah',
          'Jumlah Laporan Hasil Penyelidikan atas Dugaan Pelanggaran Peraturan Daerah dan Peraturan Kepala Daerah',
          'Laporan',
          4,
          f(4),
          pj(68),
        ),
        S('1.05.02.2.02.0010', 'Sosialisasi Penegakan Peraturan Daerah dan Peraturan Kepala Daerah', 'Jumlah Laporan Hasil Pelaksanaan Sosialisasi Penegakan Peraturan Daerah dan Peraturan Kepala Daerah', 'Laporan', 6, f(6), pj(74)),
      ]),
      keg('1.05.02.2.03', 'Pembinaan Penyidik Pegawai Negeri Sipil (PPNS) Kabupaten/Kota', I('Jumlah PPNS yang Dibina', 'Orang', 8, f(10)), [
        S('1.05.02.2.03.0005', 'Dukungan Operasional Sekretariat PPNS', 'Jumlah Laporan Hasil Kinerja Sekretariat PPNS', 'Laporan', 1, f(1), pj(42)),
        S('1.05.02.2.03.0006', 'Pengembangan Kapasitas dan Karier PPNS', 'Jumlah Laporan Hasil Pengembangan dan Peningkatan Kapasitas Pejabat PPNS Penegak Perda', 'Laporan', 1, f(1), pj(58)),
      ]),
    ]),
  ];
}

/** DPMPTSP (2.18). */
export function penanamanModal(scale: number, n = 5): Node[] {
  const f = (v: Num) => flat(v, n);
  const pj = (juta: number, rate = 0.05) => jt(juta, scale, n, rate);
  return [
    prog('2.18.02', 'PROGRAM PENGEMBANGAN IKLIM PENANAMAN MODAL', I('Indeks Kemudahan Berusaha Daerah', 'Indeks', 3.1, rising(3.2, 0.1, n)), [
      keg('2.18.02.2.02', 'Pembuatan Peta Potensi Investasi Kabupaten/Kota', I('Jumlah Dokumen Peta Potensi Investasi', 'Dokumen', 1, f(1)), [
        S('2.18.02.2.02.0007', 'Penyusunan Peta Potensi dan Peluang Investasi Kabupaten/Kota', 'Jumlah Dokumen Peta Potensi dan Peluang Investasi Kabupaten/Kota', 'Dokumen', 1, f(1), pj(120)),
      ]),
    ]),
    prog('2.18.03', 'PROGRAM PROMOSI PENANAMAN MODAL', I('Jumlah Minat Investasi yang Difasilitasi', 'Investor', 12, rising(14, 2, n)), [
      keg('2.18.03.2.01', 'Penyelenggaraan Promosi Penanaman Modal yang Menjadi Kewenangan Daerah Kabupaten/Kota', I('Jumlah Kegiatan Promosi Penanaman Modal', 'Kegiatan', 3, f(3)), [
        S('2.18.03.2.01.0002', 'Pelaksanaan Kegiatan Promosi Penanaman Modal Daerah Kabupaten/Kota', 'Jumlah Dokumen Hasil Kegiatan Promosi Penanaman Modal Kabupaten/Kota', 'Dokumen', 3, f(3), pj(175)),
        S('2.18.03.2.01.0003', 'Penyusunan Strategi Promosi Penanaman Modal Kewenangan Kabupaten/Kota', 'Jumlah dokumen strategi Promosi Penanaman Modal Kab/Kota', 'Dokumen', 1, f(1), pj(45)),
      ]),
    ]),
    prog('2.18.04', 'PROGRAM PELAYANAN PENANAMAN MODAL', I('Persentase Perizinan Berusaha yang Diselesaikan Tepat Waktu', '%', 96, rising(97, 0.5, n)), [
      keg(
        '2.18.04.2.01',
        'Pelayanan Perizinan dan Non Perizinan Secara Terpadu Satu Pintu dibidang Penanaman Modal yang Menjadi Kewenangan Daerah Kabupaten/ Kota',
        I('Jumlah Perizinan dan Non Perizinan yang Diterbitkan', 'Izin', 8_500, rising(9_000, 500, n)),
        [
          S(
            '2.18.04.2.01.0006',
            'Penyediaan Pelayanan Perizinan Berusaha melalui Sistem Perizinan Berusaha Berbasis Risiko Terintegrasi secara Elektronik',
            'Jumlah Pelaku Usaha yang Mendapatkan Pelayanan Perizinan Berusaha melalui Sistem Perizinan Berusaha Berbasis Risiko Terintegrasi secara Elektronik',
            'Pelaku Usaha',
            6_200,
            rising(6_500, 300, n),
            pj(310),
          ),
          S(
            '2.18.04.2.01.0007',
            'Penyediaan dan pengelolaan Layanan konsultasi perizinan berusaha berbasis risiko',
            'Jumlah Pelaku usaha yang Memperoleh Layanan Konsultasi Perizinan Berusaha melalui Sistem Perizinan Berusaha Berbasis Risiko Terintegrasi secara Elektronik',
            'Pelaku Usaha',
            1_800,
            rising(2_000, 200, n),
            pj(96),
          ),
        ],
      ),
    ]),
    prog('2.18.05', 'PROGRAM PENGENDALIAN PELAKSANAAN PENANAMAN MODAL', I('Persentase Pelaku Usaha yang Menyampaikan LKPM', '%', 42, rising(48, 6, n)), [
      keg('2.18.05.2.01', 'Pengendalian Pelaksanaan Penanaman Modal yang Menjadi Kewenangan Daerah Kabupaten/Kota', I('Jumlah Kegiatan Usaha yang Dikendalikan', 'Kegiatan Usaha', 300, rising(320, 20, n)), [
        S(
          '2.18.05.2.01.0005',
          'Bimbingan Teknis kepada Pelaku Usaha',
          'Jumlah Pelaku Usaha yang Mengikuti Bimbingan Teknis/ Sosialisasi Implementasi Perizinan Berusaha Berbasis Risiko dan Pengawasan Perizinan Berusaha Berbasis Risiko',
          'Pelaku Usaha',
          200,
          f(200),
          pj(82),
        ),
        S('2.18.05.2.01.0006', 'Pengawasan Penanaman Modal', 'Jumlah Kegiatan Usaha dari Pelaku Usaha yang Telah Dianalisa dan Diverifikasi Data, Profil dan Informasi Kegiatan Usaha', 'Kegiatan Usaha', 120, rising(130, 10, n), pj(128)),
      ]),
    ]),
    prog('2.18.06', 'PROGRAM PENGELOLAAN DATA DAN SISTEM INFORMASI PENANAMAN MODAL', I('Persentase Data Perizinan yang Terintegrasi', '%', 90, rising(92, 2, n)), [
      keg(
        '2.18.06.2.01',
        'Pengelolaan Data dan Informasi Perizinan dan Non Perizinan yang Terintegrasi pada Tingkat Daerah Kabupaten/Kota',
        I('Jumlah Dokumen Data dan Informasi Perizinan', 'Dokumen', 4, f(4)),
        [
          S(
            '2.18.06.2.01.0002',
            'Pengolahan, Penyajian dan Pemanfaatan Data dan Informasi Perizinan Berbasis Sistem Pelayanan Perizinan Berusaha Terintegrasi secara Elektronik',
            'Jumlah Data dan Informasi Perizinan Berbasis Sistem Pelayanan Perizinan Berusaha Terintegrasi secara Elektronik yang Diolah, Dikaji dan Dimanfaatkan',
            'Dokumen',
            4,
            f(4),
            pj(66),
          ),
        ],
      ),
    ]),
  ];
}

/** Kecamatan (7.01), with the kelurahan kegiatan when the kecamatan sits in a kota. */
export function kecamatanFull(scale: number, n = 5, o: { kelurahan?: boolean } = {}): Node[] {
  const f = (v: Num) => flat(v, n);
  const pj = (juta: number, rate = 0.05) => jt(juta, scale, n, rate);
  const pemberdayaan: Node[] = [
    keg('7.01.03.2.01', 'Koordinasi Kegiatan Pemberdayaan Desa', I('Jumlah Desa yang Dikoordinasikan dalam Pemberdayaan', 'Desa', 12, f(12)), [
      S(
        '7.01.03.2.01.0001',
        'Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa',
        'Jumlah Lembaga Kemasyarakatan yang Berpartisipasi dalam Forum Musyawarah Perencanaan Pembangunan di Desa',
        'Lembaga Kemasyarakatan',
        24,
        f(24),
        pj(27.5),
      ),
      S(
        '7.01.03.2.01.0003',
        'Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan',
        'Jumlah Laporan Peningkatan Efektivitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan',
        'Laporan',
        4,
        f(4),
        pj(14),
      ),
    ]),
  ];
  if (o.kelurahan) {
    pemberdayaan.push(
      keg('7.01.03.2.02', 'Kegiatan Pemberdayaan Kelurahan', I('Jumlah Kelurahan yang Diberdayakan', 'Kelurahan', 6, f(6)), [
        S(
          '7.01.03.2.02.0001',
          'Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Kelurahan',
          'Jumlah Lembaga Kemasyarakatan yang Berpartisipasi dalam Forum Musyawarah Perencanaan Pembangunan di Kelurahan',
          'Lembaga Kemasyarakatan',
          18,
          f(18),
          pj(21),
        ),
        S('7.01.03.2.02.0002', 'Pembangunan Sarana dan Prasarana Kelurahan', 'Jumlah Sarana dan Prasarana Kelurahan yang Terbangun', 'Unit', 6, f(6), pj(1_200)),
        S('7.01.03.2.02.0003', 'Pemberdayaan Masyarakat di Kelurahan', 'Jumlah Pokmas dan Ormas yang Melaksanakan Pemberdayaan Masyarakat di Kelurahan', 'Pokmas / Ormas', 12, f(12), pj(600)),
      ]),
    );
  }
  return [
    prog('7.01.02', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', I('Indeks Kepuasan Masyarakat', 'Indeks', 81, rising(81.5, 0.5, n)), [
      keg('7.01.02.2.01', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', I('Jumlah Laporan Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', 'Laporan', 16, f(16)), [
        S(
          '7.01.02.2.01.0001',
          'Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah dan Instansi Vertikal Terkait',
          'Jumlah Laporan Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah dan Instansi Vertikal Terkait',
          'Laporan',
          12,
          f(12),
          pj(18),
        ),
        S('7.01.02.2.01.0002', 'Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan', 'Jumlah Dokumen Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan', 'Dokumen', 4, f(4), pj(9.5)),
      ]),
      keg('7.01.02.2.04', 'Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat', I('Jumlah Layanan Urusan yang Dilimpahkan kepada Camat', 'Layanan', 2_400, f(2_500)), [
        S('7.01.02.2.04.0001', 'Pelaksanaan Urusan Pemerintahan yang Terkait dengan Pelayanan Perizinan Non Usaha', 'Jumlah Dokumen Non Perizinan Usaha yang Dilaksanakan', 'Dokumen', 2_400, f(2_500), pj(16)),
      ]),
    ]),
    prog('7.01.03', 'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN', I('Persentase Lembaga Kemasyarakatan yang Aktif', '%', 80, rising(82, 2, n)), pemberdayaan),
    prog('7.01.04', 'PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM', I('Persentase Penyelesaian Potensi Gangguan Trantibmas di Wilayah Kecamatan', '%', 100, f(100)), [
      keg('7.01.04.2.01', 'Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum', I('Jumlah Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum', 'Kegiatan', 6, f(6)), [
        S(
          '7.01.04.2.01.0001',
          'Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal di Wilayah Kecamatan',
          'Jumlah Laporan Hasil Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal di Wilayah Kecamatan',
          'Laporan',
          4,
          f(4),
          pj(31),
        ),
        S('7.01.04.2.01.0002', 'Harmonisasi Hubungan dengan Tokoh Agama dan Tokoh Masyarakat', 'Jumlah Laporan Pelaksanaan Harmonisasi Hubungan dengan Tokoh Agama dan Tokoh Masyarakat', 'Laporan', 2, f(2), pj(12)),
      ]),
    ]),
    prog('7.01.06', 'PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA', I('Persentase Desa dengan Nilai Monev Terpadu Minimal 80', '%', 80, rising(82, 2, n)), [
      keg('7.01.06.2.01', 'Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa', I('Jumlah Desa yang Difasilitasi Pembinaan dan Pengawasannya', 'Desa', 12, f(12)), [
        S('7.01.06.2.01.0001', 'Fasilitasi Penyusunan Peraturan Desa dan Peraturan Kepala Desa', 'Jumlah Dokumen yang Difasilitasi dalam rangka Penyusunan Peraturan Desa dan Peraturan Kepala Desa', 'Dokumen', 24, f(24), pj(11)),
        S('7.01.06.2.01.0002', 'Fasilitasi Administrasi Tata Pemerintahan Desa', 'Jumlah Dokumen yang Difasilitasi dalam rangka Administrasi Tata Pemerintahan Desa', 'Dokumen', 12, f(12), pj(15)),
        S('7.01.06.2.01.0003', 'Fasilitasi Pengelolaan Keuangan Desa dan Pendayagunaan Aset Desa', 'Jumlah Dokumen yang Difasilitasi dalam rangka Pengelolaan Keuangan Desa dan Pendayagunaan Aset Desa', 'Dokumen', 24, f(24), pj(13.5)),
      ]),
    ]),
  ];
}

// =============================================================================================
// Sheet pieces

/** Title lines above a table (bold), from `row`. */
function titles(sb: SB, row: number, lines: string[], colLetter = 'A'): void {
  lines.forEach((t, i) => sb.set(`${colLetter}${row + i}`, b(t)));
}

interface Tc27Cols {
  cols: FundingColumns;
  headerRows: number[];
  firstData: number;
  right: string;
}

/**
 * A T-C.27 header band from `top` (three rows, optional number row): Kode, name, indicator,
 * [satuan], baseline, year pairs under a group label, akhir pair, unit, [lokasi], extras.
 */
function tc27(
  sb: SB,
  top: number,
  o: {
    yearLabels: V[];
    satuan?: boolean;
    labels?: Partial<{ kode: string; name: string; indicator: string; satuan: string; baseline: string; group: string; target: string; pagu: string; akhir: string; unit: string; lokasi: string }>;
    lokasi?: boolean;
    extras?: string[];
    numberRow?: 'paren' | 'plain';
    codeCols?: string[];
  },
): Tc27Cols {
  const L = o.labels ?? {};
  let c = 0;
  const col = () => shift('A', c);
  const tall = (label: string) => {
    sb.mergeText(`${col()}${top}:${col()}${top + 2}`, b(label));
    return shift('A', c++);
  };
  let code: string | undefined;
  let codeSplit: string[] | undefined;
  if (o.codeCols) {
    const first = col();
    const last = shift(first, o.codeCols.length - 1);
    sb.mergeText(`${first}${top}:${last}${top + 1}`, b(L.kode ?? 'Kode'));
    o.codeCols.forEach((lab, i) => sb.set(`${shift(first, i)}${top + 2}`, b(lab)));
    codeSplit = letters(first, o.codeCols.length);
    c += o.codeCols.length;
  } else code = tall(L.kode ?? 'Kode');
  const name = tall(L.name ?? 'Program dan Kegiatan');
  const indicator = tall(L.indicator ?? 'Indikator Kinerja Program (outcome) dan Kegiatan (output)');
  const satuan = o.satuan ? tall(L.satuan ?? 'Satuan') : undefined;
  const baseline = tall(L.baseline ?? 'Data Capaian pada Tahun Awal Perencanaan');
  const n = o.yearLabels.length;
  const g0 = col();
  sb.mergeText(`${g0}${top}:${shift(g0, 2 * n - 1)}${top}`, b(L.group ?? 'Target Kinerja Program dan Kerangka Pendanaan'));
  o.yearLabels.forEach((y, i) => {
    const yc = shift(g0, 2 * i);
    sb.mergeText(`${yc}${top + 1}:${shift(yc, 1)}${top + 1}`, typeof y === 'object' && y ? y : b(y as string | number));
    sb.put(`${yc}${top + 2}`, [b(L.target ?? 'Target'), b(L.pagu ?? 'Rp')]);
  });
  c += 2 * n;
  const ak = col();
  sb.mergeText(`${ak}${top}:${shift(ak, 1)}${top + 1}`, b(L.akhir ?? 'Kondisi Kinerja pada akhir periode Renstra Perangkat Daerah'));
  sb.put(`${ak}${top + 2}`, [b(L.target ?? 'Target'), b(L.pagu ?? 'Rp')]);
  c += 2;
  const unit = tall(L.unit ?? 'Unit Kerja Perangkat Daerah Penanggung Jawab');
  const lokasi = o.lokasi === false ? undefined : tall(L.lokasi ?? 'Lokasi');
  for (const e of o.extras ?? []) tall(e);
  const right = shift('A', c - 1);
  const headerRows = rows(top, top + 2);
  if (o.numberRow) {
    sb.put(`A${top + 3}`, numbers(c, o.numberRow));
    headerRows.push(top + 3);
  }
  const cols: FundingColumns = {
    code,
    codeSplit,
    name,
    indicator,
    satuan,
    baseline,
    target: letters(g0, n, 2),
    pagu: letters(shift(g0, 1), n, 2),
    akhirTarget: ak,
    akhirPagu: shift(ak, 1),
    unit,
    lokasi,
  };
  return { cols, headerRows, firstData: headerRows[headerRows.length - 1] + 1, right };
}

// ---------------------------------------------------------------------------------------------
// T-C.23 and T-C.24 rows

type Polarity = 'positif' | 'khusus' | 'terbalik';

interface Capaian {
  ind: string;
  refs: V[];
  t: number[];
  r: (number | undefined)[];
  /** Lower is better: rasio 2 − R/T (PermenPANRB "kondisi khusus") or T/R. */
  pol?: Polarity;
}

function rasioOf(c: Capaian, i: number, pct: boolean): number | undefined {
  const r = c.r[i];
  if (r === undefined) return undefined;
  const x = c.pol === 'khusus' ? 2 - r / c.t[i] : c.pol === 'terbalik' ? c.t[i] / r : r / c.t[i];
  return round(x * (pct ? 100 : 1), 2);
}

/** T-C.23 rows from `row` (A: No, B: indicator, C-E: refs, F-J target, K-O realisasi, P-T rasio). */
function tc23Rows(sb: SB, row: number, data: Capaian[], pct = false): number {
  data.forEach((c, i) => {
    const ras = c.t.map((_, y) => rasioOf(c, y, pct));
    sb.put(`A${row + i}`, [i + 1, c.ind, ...c.refs, ...c.t, ...c.r, ...ras]);
  });
  return row + data.length;
}

/** The standard T-C.23 header over rows top..top+1 (+ number row), years as given. */
function tc23Header(sb: SB, top: number, ys: V[], o: { agency: string; numberRow?: boolean }): number[] {
  sb.mergeText(`A${top}:A${top + 1}`, b('No'));
  sb.mergeText(`B${top}:B${top + 1}`, b(`Indikator Kinerja sesuai Tugas dan Fungsi ${o.agency}`));
  sb.mergeText(`C${top}:C${top + 1}`, b('Target NSPK'));
  sb.mergeText(`D${top}:D${top + 1}`, b('Target IKK'));
  sb.mergeText(`E${top}:E${top + 1}`, b('Target Indikator Lainnya'));
  sb.mergeText(`F${top}:J${top}`, b('Target Renstra Perangkat Daerah Tahun ke-'));
  sb.mergeText(`K${top}:O${top}`, b('Realisasi Capaian Tahun ke-'));
  sb.mergeText(`P${top}:T${top}`, b('Rasio Capaian pada Tahun ke-'));
  const labels = ys.map((y) => (typeof y === 'object' && y ? y : b(y as string | number)));
  sb.put(`F${top + 1}`, [...labels, ...labels, ...labels]);
  if (o.numberRow) {
    sb.put(`A${top + 2}`, numbers(20, 'plain'));
    return [top, top + 1, top + 2];
  }
  return [top, top + 1];
}

const TC23_ROLES = (ys: number[]): Record<string, RoleSpec> => ({
  A: 'no',
  B: 'indicator',
  C: 'ref-target',
  D: 'ref-target',
  E: 'ref-target',
  ...yearRoles('target', letters('F', 5), ys),
  ...yearRoles('realisasi', letters('K', 5), ys),
  ...yearRoles('rasio', letters('P', 5), ys),
});

interface Anggaran {
  no?: V;
  name: string;
  a: number[];
  r: number[];
  bold?: boolean;
}

const anggaranValues = (x: { a: number[]; r: number[] }): number[] => [...x.a, ...x.r, ...x.a.map((a, i) => round(x.r[i] / a, 2)), round(meanGrowth(x.a) * 100, 2), round(meanGrowth(x.r) * 100, 2)];
const addUp = (xs: { a: number[]; r: number[] }[]) => ({ a: xs[0].a.map((_, i) => xs.reduce((s, x) => s + x.a[i], 0)), r: xs[0].r.map((_, i) => xs.reduce((s, x) => s + x.r[i], 0)) });

/** The standard T-C.24 header over rows top..top+1 (+ number row). */
function tc24Header(sb: SB, top: number, ys: V[], numberRow = true): number[] {
  sb.mergeText(`A${top}:A${top + 1}`, b('No'));
  sb.mergeText(`B${top}:B${top + 1}`, b('Uraian'));
  sb.mergeText(`C${top}:G${top}`, b('Anggaran pada Tahun ke-'));
  sb.mergeText(`H${top}:L${top}`, b('Realisasi Anggaran pada Tahun ke-'));
  sb.mergeText(`M${top}:Q${top}`, b('Rasio antara Realisasi dan Anggaran Tahun ke-'));
  sb.mergeText(`R${top}:S${top}`, b('Rata-rata Pertumbuhan'));
  const labels = ys.map((y) => b(y as string | number));
  sb.put(`C${top + 1}`, [...labels, ...labels, ...labels, b('Anggaran'), b('Realisasi')]);
  if (numberRow) {
    sb.put(`A${top + 2}`, numbers(19, 'paren'));
    return [top, top + 1, top + 2];
  }
  return [top, top + 1];
}

const TC24_ROLES = (ys: number[]): Record<string, RoleSpec> => ({
  A: 'no',
  B: 'name',
  ...yearRoles('pagu', letters('C', 5), ys),
  ...yearRoles('realisasi', letters('H', 5), ys),
  ...yearRoles('rasio', letters('M', 5), ys),
  R: 'growth/anggaran',
  S: 'growth/realisasi',
});

// ---------------------------------------------------------------------------------------------
// T-C.25, IKU, T-C.26

interface TujuanRow {
  tujuan: string;
  ind: string;
  satuan: string;
  base: number;
  t: number[];
  sasaran: { sasaran: string; ind: string; satuan: string; base: number; t: number[] }[];
}

/** T-C.25 rows: A No, B Tujuan, C Sasaran, D Indikator, targets from E. */
function tc25Rows(sb: SB, row: number, data: TujuanRow[]): { next: number; rowOf: Map<string, number> } {
  let r = row;
  const rowOf = new Map<string, number>();
  data.forEach((t, i) => {
    sb.put(`A${r}`, [i + 1, t.tujuan, undefined, t.ind, ...t.t]);
    rowOf.set(t.ind, r++);
    for (const s of t.sasaran) {
      sb.put(`C${r}`, [s.sasaran, s.ind, ...s.t]);
      rowOf.set(s.ind, r++);
    }
  });
  return { next: r, rowOf };
}

/** Every indicator of a T-C.25 plan as IKU rows. */
function ikuData(data: TujuanRow[]): { ind: string; satuan: string; base: number; t: number[] }[] {
  return data.flatMap((t) => [{ ind: t.ind, satuan: t.satuan, base: t.base, t: t.t }, ...t.sasaran.map((s) => ({ ind: s.ind, satuan: s.satuan, base: s.base, t: s.t }))]);
}

/** T-C.26 rows (text only): A No, B Tujuan, C Sasaran, D Strategi, E Arah Kebijakan. */
function tc26Rows(sb: SB, row: number, data: { tujuan: string; sasaran: string; strategi: string; kebijakan: string }[]): number {
  data.forEach((d, i) => sb.put(`A${row + i}`, [i + 1, d.tujuan, d.sasaran, d.strategi, d.kebijakan]));
  return row + data.length;
}

/** Staff counts as Bab II shows them: No | label | Laki-laki | Perempuan | Jumlah, a Jumlah row; returns the next free row. */
function staffTable(sb: SB, row: number, title: [string, string], head: string, data: [string, number | string, number | string][]): number {
  titles(sb, row, title);
  const h = row + 3;
  sb.put(`A${h}`, [b('No'), b(head), b('Laki-laki (orang)'), b('Perempuan (orang)'), b('Jumlah (orang)')]);
  const num = (x: number | string) => (typeof x === 'number' ? x : 0);
  data.forEach(([label, l, p], i) => sb.put(`A${h + 1 + i}`, [`${i + 1}.`, label, l, p, num(l) + num(p) === 0 ? '-' : num(l) + num(p)]));
  const j = h + 1 + data.length;
  const tl = data.reduce((s, d) => s + num(d[1]), 0);
  const tp = data.reduce((s, d) => s + num(d[2]), 0);
  sb.put(`B${j}`, [b('Jumlah'), b(tl), b(tp), b(tl + tp)]);
  sb.set(`A${j + 1}`, 'Sumber : Sub Bagian Umum dan Kepegawaian');
  return j + 3;
}

/** Marks every written cell of a range bold (a table typed entirely in bold). */
function allBold(sb: SB, ref: string): void {
  sb.style(ref, { bold: true });
}

/** Rewrites numbers in columns over rows as text made by `f` (pasted or typed with stray spaces). */
function asText(sb: SB, cols: string[], from: number, to: number, f: (n: number, col: string, row: number) => string | undefined): void {
  for (let r = from; r <= to; r++) {
    for (const c of cols) {
      const cell = sb.get(`${c}${r}`);
      if (cell && typeof cell.v === 'number') {
        const t = f(cell.v, c, r);
        if (t === undefined) continue;
        cell.v = t;
        delete cell.fmt;
      }
    }
  }
}

/** Every program / kegiatan / sub kegiatan of a plan, depth first. */
function entities(items: Item[]): Node[] {
  const out: Node[] = [];
  const walk = (n: Node) => {
    out.push(n);
    n.kids.forEach((k) => k.kind === 'node' && walk(k));
  };
  items.forEach((i) => i.kind === 'node' && walk(i));
  return out;
}


// =============================================================================================
// Whole workbooks

// A Kecamatan's submission: Cover, BAB II (staff counts, T-C.23, T-C.24), BAB III (T-C.25, T-C.26), BAB IV (T-C.27, IKU, an IKK "NIHIL").
{
  const cover = new SheetBuilder('Cover');
  cover.mergeText('A2:H2', b('PEMERINTAH KABUPATEN MAGETAN'));
  cover.mergeText('A4:H4', b('RENCANA STRATEGIS (RENSTRA) PERANGKAT DAERAH'));
  cover.mergeText('A5:H5', b('KECAMATAN PLAOSAN'));
  cover.mergeText('A6:H6', b('TAHUN 2025 - 2029'));
  cover.set('A10', 'Jl. Raya Plaosan No. 12, Plaosan, Magetan 63361').set('A11', 'Telp. (0351) 895123 · kec.plaosan@magetan.go.id');

  // BAB II
  const b2 = new SheetBuilder('BAB II');
  titles(b2, 1, ['BAB II', 'GAMBARAN PELAYANAN KECAMATAN PLAOSAN']);
  let r = staffTable(b2, 4, ['Tabel 2.1', 'Jumlah ASN Kecamatan Plaosan Berdasarkan Status Pegawai'], 'Status Pegawai', [
    ['PNS', 9, 6],
    ['PPPK', 2, 3],
  ]);
  r = staffTable(b2, r, ['Tabel 2.2', 'Jumlah ASN Kecamatan Plaosan Berdasarkan Tingkat Pendidikan'], 'Tingkat Pendidikan', [
    ['Pasca Sarjana', 2, 1],
    ['Sarjana', 5, 4],
    ['Sarjana Muda (D3)', 1, 2],
    ['SLTA', 3, 2],
    ['SLTP', '-', '-'],
    ['SD', '-', '-'],
  ]);
  titles(b2, r, ['Tabel 2.7', 'Pencapaian Kinerja Pelayanan Kecamatan Plaosan Kabupaten Magetan']);
  const c23 = r + 3;
  const h23 = tc23Header(b2, c23, years(2020), { agency: 'Kecamatan', numberRow: true });
  const cap: Capaian[] = [
    { ind: 'Indeks Kepuasan Masyarakat (IKM)', refs: ['-', '-', 'V'], t: [72.5, 74, 75, 80, 81], r: [77.41, 77.51, 80.71, 82.33, 82.92] },
    { ind: 'Nilai Evaluasi Kinerja Kecamatan', refs: ['-', '-', 'V'], t: [60, 62, 65, 70, 71], r: [61.5, 63, 64.2, 72.4, 75.8] },
    { ind: 'Nilai SAKIP Kecamatan', refs: ['-', '-', 'V'], t: [60, 62, 65, 67, 70], r: [61.2, 63.45, 64.8, 68.1, 70.25] },
    { ind: 'Persentase Desa dengan Nilai Monev Terpadu Minimal 80', refs: ['-', '-', 'V'], t: [70, 72, 75, 78, 80], r: [68, 73, 75, 80, 81] },
  ];
  const d23 = h23[h23.length - 1] + 1;
  const e23 = tc23Rows(b2, d23, cap);
  // Nilai SAKIP 2023: 68,1 / 67 = 1,02 — shown 1,14.
  const wrongRasio = `S${d23 + 2}`;
  b2.set(wrongRasio, 1.14);
  b2.set(`A${e23 + 1}`, 'Sumber : LKjIP Kecamatan Plaosan Tahun 2020-2024');
  r = e23 + 3;
  titles(b2, r, ['Tabel 2.8', 'Anggaran dan Realisasi Pendanaan Pelayanan Kecamatan Plaosan Kabupaten Magetan']);
  const c24 = r + 3;
  const h24 = tc24Header(b2, c24, years(2020));
  const ang: Anggaran[] = [
    { name: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', a: [1_512_400_000, 1_588_950_000, 1_642_300_500, 1_701_120_000, 1_765_880_250], r: [1_451_230_400, 1_540_118_700, 1_598_740_200, 1_662_001_350, 1_730_412_800] },
    { name: 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', a: [45_000_000, 47_500_000, 52_000_000, 55_000_000, 58_500_000], r: [43_870_000, 46_912_500, 51_240_000, 54_180_600, 57_925_000] },
    { name: 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', a: [30_000_000, 31_500_000, 33_000_000, 36_000_000, 38_000_000], r: [29_415_000, 30_870_000, 32_640_000, 35_112_000, 37_660_000] },
    { name: 'Program Koordinasi Ketentraman dan Ketertiban Umum', a: [25_000_000, 27_500_000, 40_000_000, 42_000_000, 44_500_000], r: [24_600_000, 27_100_500, 39_410_000, 41_388_000, 44_050_000] },
    { name: 'Program Pembinaan dan Pengawasan Pemerintahan Desa', a: [15_000_000, 18_000_000, 22_500_000, 25_000_000, 26_500_000], r: [14_880_000, 17_640_000, 22_185_000, 24_750_000, 26_212_000] },
  ];
  const d24 = h24[h24.length - 1] + 1;
  ang.forEach((x, i) => b2.put(`A${d24 + i}`, [i + 1, x.name, ...anggaranValues(x)]));
  const j24 = d24 + ang.length;
  const tot = addUp(ang);
  tot.r[2] += 5_000_000; // the 2022 realisasi total typed 5.000.000 over
  b2.put(`B${j24}`, [b('Jumlah'), ...anggaranValues(tot).map((v) => b(v))]);
  b2.set(`A${j24 + 2}`, 'Sumber : BPKAD Kabupaten Magetan (diolah)');

  // BAB III
  const b3 = new SheetBuilder('BAB III');
  titles(b3, 1, ['BAB III', 'TUJUAN DAN SASARAN PERANGKAT DAERAH']);
  titles(b3, 4, ['Tabel 3.1', 'Tujuan dan Sasaran Jangka Menengah Pelayanan Kecamatan Plaosan']);
  b3.mergeText('A7:A8', b('No'));
  b3.mergeText('B7:B8', b('Tujuan'));
  b3.mergeText('C7:C8', b('Sasaran'));
  b3.mergeText('D7:D8', b('Indikator Tujuan/Sasaran'));
  b3.mergeText('E7:I7', b('Target Kinerja Tujuan/Sasaran pada Tahun'));
  b3.put('E8', years(2025).map(b));
  b3.put('A9', numbers(9, 'paren'));
  const plan: TujuanRow[] = [
    {
      tujuan: 'Meningkatnya kualitas pelayanan publik dan pemerintahan di wilayah Kecamatan',
      ind: 'Indeks Kepuasan Masyarakat',
      satuan: 'Indeks',
      base: 82.92,
      t: [83, 83.5, 84, 84.5, 85],
      sasaran: [
        { sasaran: 'Meningkatnya kualitas tata kelola pemerintahan kecamatan', ind: 'Nilai Evaluasi Kinerja Kecamatan', satuan: 'Nilai', base: 75.8, t: [76, 77, 78, 79, 80] },
        { sasaran: 'Meningkatnya akuntabilitas kinerja kecamatan', ind: 'Nilai SAKIP Kecamatan', satuan: 'Nilai', base: 70.25, t: [71, 72, 73, 74, 75] },
      ],
    },
    {
      tujuan: 'Meningkatnya kualitas penyelenggaraan pemerintahan desa',
      ind: 'Persentase Desa Berstatus Mandiri',
      satuan: '%',
      base: 35,
      t: [40, 45, 50, 55, 60],
      sasaran: [{ sasaran: 'Meningkatnya tertib administrasi pemerintahan desa', ind: 'Persentase Desa dengan Nilai Monev Terpadu Minimal 80', satuan: '%', base: 81, t: [82, 84, 86, 88, 90] }],
    },
  ];
  const t25 = tc25Rows(b3, 10, plan);
  titles(b3, t25.next + 2, ['Tabel 3.2', 'Tujuan, Sasaran, Strategi dan Arah Kebijakan Kecamatan Plaosan']);
  const h26 = t25.next + 5;
  b3.put(`A${h26}`, [b('No'), b('Tujuan'), b('Sasaran'), b('Strategi'), b('Arah Kebijakan')]);
  b3.put(`A${h26 + 1}`, numbers(5, 'paren'));
  const e26 = tc26Rows(b3, h26 + 2, [
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[0].sasaran, strategi: 'Penguatan Pelayanan Administrasi Terpadu Kecamatan (PATEN)', kebijakan: 'Digitalisasi layanan PATEN dan standar pelayanan yang dipublikasikan' },
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[1].sasaran, strategi: 'Penguatan perencanaan dan evaluasi kinerja berbasis hasil', kebijakan: 'Penyusunan dokumen perencanaan dan laporan kinerja secara tepat waktu' },
    { tujuan: plan[1].tujuan, sasaran: plan[1].sasaran[0].sasaran, strategi: 'Pembinaan administrasi pemerintahan desa secara berkala', kebijakan: 'Fasilitasi penyusunan Perdes, APBDes dan laporan keuangan desa' },
  ]);

  // BAB IV
  const b4 = new SheetBuilder('BAB IV');
  titles(b4, 1, ['BAB IV', 'RENCANA PROGRAM DAN KEGIATAN SERTA PENDANAAN']);
  titles(b4, 4, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Kecamatan Plaosan Tahun 2025-2029']);
  const h = tc27(b4, 7, { yearLabels: years(2025), satuan: true, numberRow: 'paren' });
  const items: Item[] = [penunjangFull('7.01', 0.45, 5, { pegawai: 20 }), ...kecamatanFull(1)];
  const f = renderFunding(b4, h.firstData, items, h.cols, {
    bold: { program: true },
    unitText: 'Kecamatan Plaosan',
    lokasiText: 'Kec. Plaosan',
    jumlah: { label: 'Jumlah', labelCol: 'A', mergeTo: 'E' },
    paguDelta: [{ key: '7.01.06.2.01', year: 2, delta: 7_500_000 }],
  });
  b4.set(`A${f.last + 2}`, 'Sumber : Hasil Analisis Kecamatan Plaosan, 2025');
  titles(b4, f.last + 4, ['Tabel 4.4', 'Indikator Kinerja Utama Kecamatan Plaosan']);
  const hi = f.last + 7;
  b4.mergeText(`A${hi}:A${hi + 1}`, b('No'));
  b4.mergeText(`B${hi}:B${hi + 1}`, b('Indikator'));
  b4.mergeText(`C${hi}:C${hi + 1}`, b('Satuan'));
  b4.mergeText(`D${hi}:D${hi + 1}`, b('Kondisi Awal (2024)'));
  b4.mergeText(`E${hi}:I${hi}`, b('Target Tahun'));
  b4.put(`E${hi + 1}`, years(2025).map(b));
  b4.mergeText(`J${hi}:J${hi + 1}`, b('Kondisi Akhir'));
  const iku = ikuData(plan);
  iku.forEach((k, i) => b4.put(`A${hi + 2 + i}`, [i + 1, k.ind, k.satuan, k.base, ...k.t, k.t[4]]));
  // Nilai SAKIP Kecamatan 2027: T-C.25 says 73, the IKU 72.
  const sakip = hi + 2 + iku.findIndex((k) => k.ind === 'Nilai SAKIP Kecamatan');
  b4.set(`G${sakip}`, 72);
  const ikuEnd = hi + 1 + iku.length;
  // The IKK table as the sample has it: the form with one row saying NIHIL.
  titles(b4, ikuEnd + 3, ['Tabel 4.6', 'Indikator Kinerja Kunci']);
  const hk = ikuEnd + 6;
  b4.mergeText(`A${hk}:A${hk + 1}`, b('NO.'));
  b4.mergeText(`B${hk}:B${hk + 1}`, b('INDIKATOR'));
  b4.mergeText(`C${hk}:C${hk + 1}`, b('SATUAN'));
  b4.mergeText(`D${hk}:H${hk}`, b('TARGET TAHUN'));
  b4.put(`D${hk + 1}`, years(2025).map(b));
  b4.mergeText(`I${hk}:I${hk + 1}`, b('KET'));
  b4.put(`A${hk + 2}`, numbers(9, 'paren'));
  b4.set(`C${hk + 3}`, 'NIHIL');
  workbookLayouts.push({
    id: 'wb-kecamatan-bab-sheets',
    description:
      'A Kecamatan\'s whole Renstra workbook: Cover; BAB II with two staff-count tables (Laki-laki | Perempuan | Jumlah, "-" for none), T-C.23 and T-C.24 under their titles with "Sumber :" lines; BAB III with T-C.25 and T-C.26; BAB IV with T-C.27 (full Penunjang, 4 Kecamatan programs), IKU and an IKK form holding only "NIHIL". Planted: a wrong rasio, the 2022 realisasi Jumlah 5.000.000 over, a kegiatan 7.500.000 over its sub kegiatan, an IKU target unlike T-C.25',
    viaXlsx: true,
    workbook: workbook(cover, b2, b3, b4),
    tables: [
      { sheet: 'BAB II', kind: 'pencapaian-kinerja', range: `A${c23}:T${e23 - 1}`, headerRows: h23, roles: TC23_ROLES(years(2020)) },
      { sheet: 'BAB II', kind: 'anggaran-realisasi', range: `A${c24}:S${j24}`, headerRows: h24, roles: TC24_ROLES(years(2020)) },
      { sheet: 'BAB III', kind: 'tujuan-sasaran', range: `A7:I${t25.next - 1}`, headerRows: [7, 8, 9], roles: { A: 'no', B: 'tujuan', C: 'sasaran', D: 'indicator', ...yearRoles('target', letters('E', 5), years(2025)) } },
      { sheet: 'BAB III', kind: 'strategi-kebijakan', range: `A${h26}:E${e26 - 1}`, headerRows: [h26, h26 + 1], roles: { A: 'no', B: 'tujuan', C: 'sasaran', D: 'strategi', E: 'kebijakan' } },
      { sheet: 'BAB IV', kind: 'program-pendanaan', range: `A7:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) },
      { sheet: 'BAB IV', kind: 'iku', range: `A${hi}:J${ikuEnd}`, headerRows: [hi, hi + 1], roles: { A: 'no', B: 'indicator', C: 'satuan', D: 'baseline', ...yearRoles('target', letters('E', 5), years(2025)), J: 'akhir-target' } },
      { sheet: 'BAB IV', kind: 'ikk', range: `A${hk}:I${hk + 3}`, headerRows: [hk, hk + 1, hk + 2] },
    ],
    findings: [
      { rule: 'ratio.capaian', cell: `BAB II!${wrongRasio}` },
      { rule: 'total.jumlah', cell: `BAB II!J${j24}` },
      { rule: 'total.pagu-induk', cell: `BAB IV!${f.cell('7.01.06.2.01', 'pagu', 2)}` },
      { rule: 'crosstable.iku-target', cell: [`BAB IV!G${sakip}`, `BAB III!G${t25.rowOf.get('Nilai SAKIP Kecamatan')}`] },
    ],
    tolerated: [{ rule: 'total.pagu-induk', cell: `BAB IV!${f.cell('7.01.06.2.01', 'akhirPagu')}` }],
  });
}

// Dinas Sosial, one sheet per form: T-C.23, T-C.24 (2021-2025), T-C.25, T-C.26, T-C.27 (2026-2030), IKU, Cascading — each with a title block and notes.
{
  const head = (sb: SB, form: string, text: string, period: string) => titles(sb, 1, [form, `${text} Dinas Sosial Kabupaten Ngawi`, period]);
  // T-C.23
  const s23 = new SheetBuilder('T-C.23');
  head(s23, 'Tabel T-C.23', 'Pencapaian Kinerja Pelayanan', 'Tahun 2021-2025');
  const h23 = tc23Header(s23, 5, years(2021), { agency: 'Perangkat Daerah', numberRow: true });
  const cap: Capaian[] = [
    { ind: 'Persentase PPKS yang Memperoleh Rehabilitasi Sosial Dasar di Luar Panti', refs: ['100', '-', '-'], t: [70, 72.5, 75, 77.5, 80], r: [71.2, 72.8, 74.1, 78.9, 80.4] },
    { ind: 'Persentase Korban Bencana yang Menerima Bantuan Sosial Selama Masa Tanggap Darurat', refs: ['100', '-', '-'], t: [100, 100, 100, 100, 100], r: [100, 100, 100, 100, 100] },
    { ind: 'Persentase Potensi dan Sumber Kesejahteraan Sosial (PSKS) yang Aktif', refs: ['-', '-', 'V'], t: [50, 53, 56, 59, 62], r: [49.5, 54.2, 57, 58.1, 62.3] },
    { ind: 'Persentase Keluarga Miskin yang Menerima Bantuan Sosial', refs: ['-', '-', 'V'], t: [60, 62, 64, 66, 68], r: [58.4, 61.9, 65.2, 67, 69.5] },
    { ind: 'Nilai SAKIP Dinas Sosial', refs: ['-', '-', 'V'], t: [62, 64, 66, 68, 70], r: [63.1, 64.9, 65.5, 69.2, 71] },
  ];
  const e23 = tc23Rows(s23, 8, cap);
  s23.set(`A${e23 + 1}`, 'Keterangan :').set(`A${e23 + 2}`, '- Rasio capaian = realisasi dibagi target tahun yang sama').set(`A${e23 + 3}`, '- Sumber: LKjIP Dinas Sosial Tahun 2021-2025');
  // T-C.24
  const s24 = new SheetBuilder('T-C.24');
  head(s24, 'Tabel T-C.24', 'Anggaran dan Realisasi Pendanaan Pelayanan', 'Tahun 2021-2025');
  const h24 = tc24Header(s24, 5, years(2021));
  const ang: Anggaran[] = [
    { name: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', a: [3_215_400_000, 3_388_120_000, 3_502_775_000, 3_640_900_000, 3_781_250_000], r: [3_102_884_100, 3_290_415_250, 3_411_006_800, 3_559_120_400, 3_690_877_000] },
    { name: 'Program Pemberdayaan Sosial', a: [185_000_000, 210_000_000, 225_500_000, 238_000_000, 246_000_000], r: [178_450_000, 203_112_000, 219_870_500, 231_905_000, 240_118_000] },
    { name: 'Program Rehabilitasi Sosial', a: [1_120_000_000, 1_265_000_000, 1_388_500_000, 1_420_000_000, 1_496_000_000], r: [1_085_600_000, 1_230_112_500, 1_352_004_000, 1_389_700_000, 1_461_880_000] },
    { name: 'Program Perlindungan dan Jaminan Sosial', a: [1_480_000_000, 1_552_000_000, 1_690_000_000, 1_745_500_000, 1_802_000_000], r: [1_441_120_000, 1_518_330_000, 1_648_920_000, 1_702_114_500, 1_769_400_000] },
    { name: 'Program Penanganan Bencana', a: [260_000_000, 285_000_000, 301_500_000, 325_000_000, 340_000_000], r: [248_900_000, 279_612_000, 296_455_000, 317_880_000, 333_120_000] },
  ];
  ang.forEach((x, i) => s24.put(`A${8 + i}`, [i + 1, x.name, ...anggaranValues(x)]));
  const j24 = 8 + ang.length;
  const tot = addUp(ang);
  tot.a[2] -= 301_500_000; // 2023: Penanganan Bencana left out of the total
  s24.put(`B${j24}`, [b('JUMLAH'), ...anggaranValues(tot).map((v) => b(v))]);
  s24.set(`A${j24 + 2}`, 'Sumber: BPKAD Kabupaten Ngawi (diolah)');
  // T-C.25
  const plan: TujuanRow[] = [
    {
      tujuan: 'Meningkatnya kesejahteraan sosial penyandang masalah kesejahteraan sosial',
      ind: 'Persentase PPKS yang Tertangani',
      satuan: '%',
      base: 78,
      t: [80, 82, 84, 86, 88],
      sasaran: [
        { sasaran: 'Meningkatnya kualitas rehabilitasi sosial dasar', ind: 'Persentase PPKS yang Memperoleh Rehabilitasi Sosial Dasar di Luar Panti', satuan: '%', base: 80.4, t: [80, 82.5, 85, 87.5, 90] },
        { sasaran: 'Meningkatnya perlindungan dan jaminan sosial bagi keluarga miskin', ind: 'Persentase Keluarga Miskin yang Menerima Bantuan Sosial', satuan: '%', base: 69.5, t: [74, 78, 82, 86, 90] },
      ],
    },
    { tujuan: 'Meningkatnya akuntabilitas kinerja Dinas Sosial', ind: 'Nilai SAKIP Dinas Sosial', satuan: 'Nilai', base: 71, t: [72, 73, 74, 75, 76], sasaran: [] },
  ];
  const s25 = new SheetBuilder('T-C.25');
  head(s25, 'Tabel T-C.25', 'Tujuan dan Sasaran Jangka Menengah Pelayanan', 'Tahun 2026-2030');
  s25.mergeText('A5:A6', b('No'));
  s25.mergeText('B5:B6', b('Tujuan'));
  s25.mergeText('C5:C6', b('Sasaran'));
  s25.mergeText('D5:D6', b('Indikator Tujuan/Sasaran'));
  s25.mergeText('E5:I5', b('Target Kinerja Tujuan/Sasaran pada Tahun'));
  s25.put('E6', years(2026).map(b));
  const t25 = tc25Rows(s25, 7, plan);
  s25.set(`A${t25.next + 1}`, 'Keterangan: indikator tujuan dan sasaran sekaligus Indikator Kinerja Utama (IKU)');
  // T-C.26
  const s26 = new SheetBuilder('T-C.26');
  head(s26, 'Tabel T-C.26', 'Tujuan, Sasaran, Strategi dan Arah Kebijakan', 'Tahun 2026-2030');
  s26.put('A5', [b('No'), b('Tujuan'), b('Sasaran'), b('Strategi'), b('Arah Kebijakan')]);
  const e26 = tc26Rows(s26, 6, [
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[0].sasaran, strategi: 'Perluasan jangkauan rehabilitasi sosial dasar di luar panti', kebijakan: 'Penjangkauan PPKS terlantar melalui Puskesos dan pendamping sosial' },
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[1].sasaran, strategi: 'Pemutakhiran data terpadu kesejahteraan sosial', kebijakan: 'Verifikasi dan validasi DTKS setiap semester' },
    { tujuan: plan[1].tujuan, sasaran: 'Meningkatnya kualitas perencanaan dan pelaporan kinerja', strategi: 'Penguatan SAKIP perangkat daerah', kebijakan: 'Cascading kinerja sampai level individu' },
  ]);
  // T-C.27
  const s27 = new SheetBuilder('T-C.27');
  head(s27, 'Tabel T-C.27', 'Rencana Program, Kegiatan, dan Pendanaan', 'Tahun 2026-2030');
  const h = tc27(s27, 5, { yearLabels: years(2026), satuan: true });
  const items: Item[] = [penunjangFull('1.06', 0.55, 5, { pegawai: 48 }), ...sosial(1)];
  const f = renderFunding(s27, h.firstData, items, h.cols, {
    bold: { program: true },
    unitText: 'Dinas Sosial',
    lokasiText: 'Kabupaten Ngawi',
    jumlah: { label: 'JUMLAH', labelCol: 'B' },
    paguDelta: [{ key: '1.06.04.2.01', year: 3, delta: -20_000_000 }],
  });
  s27.set(`A${f.last + 2}`, 'Keterangan: pagu indikatif dalam rupiah');
  // IKU
  const si = new SheetBuilder('IKU');
  head(si, 'Tabel 4.4', 'Indikator Kinerja Utama', 'Tahun 2026-2030');
  si.mergeText('A5:A6', b('No'));
  si.mergeText('B5:B6', b('Indikator Kinerja Utama'));
  si.mergeText('C5:C6', b('Satuan'));
  si.mergeText('D5:D6', b('Kondisi Awal (2025)'));
  si.mergeText('E5:I5', b('Target'));
  si.put('E6', years(2026).map(b));
  si.mergeText('J5:J6', b('Kondisi Akhir (2030)'));
  si.mergeText('K5:K6', b('Penanggung Jawab'));
  const iku = ikuData(plan);
  iku.forEach((k, i) => si.put(`A${7 + i}`, [i + 1, k.ind, k.satuan, k.base, ...k.t, k.t[4], i === iku.length - 1 ? 'Sekretariat' : 'Bidang Rehabilitasi dan Perlindungan Sosial']));
  const miskin = 7 + iku.findIndex((k) => k.ind === 'Persentase Keluarga Miskin yang Menerima Bantuan Sosial');
  si.set(`H${miskin}`, 84); // T-C.25: 86 in 2029
  // Cascading: every program, kegiatan and sub kegiatan of T-C.27 except one sub kegiatan.
  const sc = new SheetBuilder('Cascading');
  titles(sc, 1, ['Tabel 4.1', 'Cascading Kinerja Dinas Sosial Kabupaten Ngawi']);
  sc.put('A3', [b('Tujuan'), b('Sasaran'), b('Outcome'), b('Output'), b('Indikator Kinerja'), b('Program/Kegiatan/Sub Kegiatan')]);
  sc.put('A4', [plan[0].tujuan, undefined, undefined, undefined, plan[0].ind]);
  sc.put('B5', [plan[0].sasaran[0].sasaran, undefined, undefined, plan[0].sasaran[0].ind]);
  sc.put('B6', [plan[0].sasaran[1].sasaran, undefined, undefined, plan[0].sasaran[1].ind]);
  sc.put('A7', [plan[1].tujuan, undefined, undefined, undefined, plan[1].ind]);
  let cr = 8;
  const left = '1.06.04.2.02.0002';
  for (const n of entities(items)) {
    if (n.key === left) continue;
    if (n.level === 'program') sc.set(`C${cr}`, `Meningkatnya ${n.name.replace(/^PROGRAM /, '').toLowerCase()}`);
    if (n.level === 'kegiatan') sc.set(`D${cr}`, `Terlaksananya ${n.name.charAt(0).toLowerCase()}${n.name.slice(1)}`);
    sc.put(`E${cr}`, [n.ind[0].text, n.name]);
    cr++;
  }
  workbookLayouts.push({
    id: 'wb-tc-sheets-dinsos',
    description:
      'Dinas Sosial workbook with one sheet per form — "T-C.23", "T-C.24" (2021-2025), "T-C.25", "T-C.26", "T-C.27" (2026-2030, full Penunjang), "IKU", "Cascading" — each under a three-line title with notes below. Planted: 2023 Jumlah anggaran skips a program, a kegiatan 20.000.000 under its sub kegiatan in 2029, an IKU target unlike T-C.25, one sub kegiatan missing from the cascading',
    workbook: workbook(s23, s24, s25, s26, s27, si, sc),
    tables: [
      { sheet: 'T-C.23', kind: 'pencapaian-kinerja', range: `A5:T${e23 - 1}`, headerRows: h23, roles: TC23_ROLES(years(2021)) },
      { sheet: 'T-C.24', kind: 'anggaran-realisasi', range: `A5:S${j24}`, headerRows: h24, roles: TC24_ROLES(years(2021)) },
      { sheet: 'T-C.25', kind: 'tujuan-sasaran', range: `A5:I${t25.next - 1}`, headerRows: [5, 6], roles: { A: 'no', B: 'tujuan', C: 'sasaran', D: 'indicator', ...yearRoles('target', letters('E', 5), years(2026)) } },
      { sheet: 'T-C.26', kind: 'strategi-kebijakan', range: `A5:E${e26 - 1}`, headerRows: [5], roles: { A: 'no', B: 'tujuan', C: 'sasaran', D: 'strategi', E: 'kebijakan' } },
      { sheet: 'T-C.27', kind: 'program-pendanaan', range: `A5:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2026)) },
      { sheet: 'IKU', kind: 'iku', range: `A5:K${6 + iku.length}`, headerRows: [5, 6], roles: { A: 'no', B: 'indicator', C: 'satuan', D: 'baseline', ...yearRoles('target', letters('E', 5), years(2026)), J: 'akhir-target', K: 'notes' } },
      { sheet: 'Cascading', kind: 'cascading', range: `A3:F${cr - 1}`, headerRows: [3], roles: { A: 'tujuan', B: 'sasaran', C: 'outcome', D: 'output', E: 'indicator', F: 'name' } },
    ],
    findings: [
      { rule: 'total.jumlah', cell: `T-C.24!E${j24}` },
      { rule: 'total.pagu-induk', cell: `T-C.27!${f.cell('1.06.04.2.01', 'pagu', 3)}` },
      { rule: 'crosstable.iku-target', cell: [`IKU!H${miskin}`, `T-C.25!H${t25.rowOf.get('Persentase Keluarga Miskin yang Menerima Bantuan Sosial')}`] },
      { rule: 'crosstable.tidak-di-cascading', cell: `T-C.27!${f.cell(left, 'name')}` },
    ],
    tolerated: [{ rule: 'total.pagu-induk', cell: `T-C.27!${f.cell('1.06.04.2.01', 'akhirPagu')}` }],
  });
}

// Dinas Pendidikan: sheets named "Sheet1" (cover), "Lamp 2" (T-C.27, 60 rows), "Lamp 3" (IKU), "Sheet4" (verification notes).
{
  const s1 = new SheetBuilder('Sheet1');
  s1.mergeText('B3:J3', b('RENCANA STRATEGIS'));
  s1.mergeText('B4:J4', b('DINAS PENDIDIKAN KABUPATEN PONOROGO'));
  s1.mergeText('B5:J5', b('TAHUN 2025-2029'));
  s1.set('B8', 'Lampiran :');
  s1.set('B9', '2. Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan (Lamp 2)');
  s1.set('B10', '3. Indikator Kinerja Utama (Lamp 3)');
  s1.set('B12', 'Kode Perangkat Daerah').set('D12', ': 1.01.0.00.0.00.01.0000');
  const l2 = new SheetBuilder('Lamp 2');
  titles(l2, 1, ['LAMPIRAN 2', 'RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN', 'DINAS PENDIDIKAN KABUPATEN PONOROGO TAHUN 2025-2029']);
  const h = tc27(l2, 5, {
    yearLabels: years(2025),
    satuan: true,
    numberRow: 'plain',
    labels: {
      name: 'Program/Kegiatan/Sub Kegiatan',
      indicator: 'Indikator Kinerja Program (Outcome)/Kegiatan (Output)/Sub Kegiatan (Output)',
      baseline: 'Kondisi Kinerja Awal (2024)',
      group: 'Target Kinerja dan Kerangka Pendanaan',
      target: 'Kinerja',
      pagu: 'Pagu (Rp)',
      akhir: 'Kondisi Kinerja pada Akhir Periode Renstra',
      unit: 'Perangkat Daerah Penanggung Jawab',
    },
  });
  const items: Item[] = [penunjangFull('1.01', 1.4, 5, { pegawai: 96 }), ...pendidikan(1)];
  const f = renderFunding(l2, h.firstData, items, h.cols, {
    bold: { program: true },
    unitText: 'Dinas Pendidikan',
    lokasiText: 'Kabupaten Ponorogo',
    jumlah: { label: 'JUMLAH', labelCol: 'A', mergeTo: 'E' },
    paguDelta: [{ key: '1.01.02.2.01', year: 2, delta: 25_000_000 }],
    jumlahDelta: [{ year: 3, delta: -150_000_000 }],
  });
  l2.set(`B${f.last + 2}`, 'Catatan: Dana BOS dan BOP PAUD bersumber dari DAK Non Fisik; pagu tahun 2026-2029 bersifat indikatif.');
  const l3 = new SheetBuilder('Lamp 3');
  titles(l3, 1, ['LAMPIRAN 3', 'INDIKATOR KINERJA UTAMA DINAS PENDIDIKAN']);
  l3.mergeText('A4:A5', b('NO'));
  l3.mergeText('B4:B5', b('INDIKATOR KINERJA UTAMA'));
  l3.mergeText('C4:C5', b('SATUAN'));
  l3.mergeText('D4:D5', b('BASELINE 2024'));
  l3.mergeText('E4:I4', b('TARGET KINERJA'));
  l3.put('E5', years(2025).map(b));
  l3.mergeText('J4:J5', b('KONDISI AKHIR'));
  l3.mergeText('K4:K5', b('PENANGGUNG JAWAB'));
  const ikuRows: V[][] = [
    ['Angka Partisipasi Murni (APM) SD/MI', '%', 97.8, 98, 98.3, 98.6, 98.9, 99.2, 'Bidang Pembinaan SD'],
    ['Angka Partisipasi Murni (APM) SMP/MTs', '%', 81.2, 82, 83, 84, 85, 86, 'Bidang Pembinaan SMP'],
    ['Rata-rata Lama Sekolah', 'Tahun', 7.95, 8.05, 8.15, 8.25, 8.35, 8.45, 'Sekretariat'],
    ['Harapan Lama Sekolah', 'Tahun', 13.12, 13.15, 13.18, 13.21, 13.24, 13.27, 'Sekretariat'],
  ];
  ikuRows.forEach((x, i) => l3.put(`A${6 + i}`, [i + 1, ...x]));
  l3.set('A11', 'Sumber data: Dapodik dan BPS Kabupaten Ponorogo');
  const s4 = new SheetBuilder('Sheet4');
  s4.set('A1', b('CATATAN HASIL VERIFIKASI RANCANGAN RENSTRA OLEH BAPPEDA'));
  s4.put('A3', [b('No'), b('Catatan'), b('Tindak Lanjut'), b('Status')]);
  s4.put('A4', [1, 'Indikator program belum sesuai RPJMD 2025-2029', 'Disesuaikan dengan Perkada RPJMD', 'Selesai']);
  s4.put('A5', [2, 'Pagu 2027 melebihi pagu indikatif PD', 'Dikurangi pada sub kegiatan rehabilitasi ruang kelas', 'Proses']);
  s4.put('A6', [3, 'Target APM SMP 2029 terlalu rendah', 'Dinaikkan menjadi 85%', 'Selesai']);
  const roles = fundingRoles(h.cols, years(2025));
  workbookLayouts.push({
    id: 'wb-sheet1-lamp-disdik',
    description:
      'Dinas Pendidikan workbook with sheet names that say nothing: "Sheet1" cover with the lampiran list, "Lamp 2" T-C.27 (60 rows: full Penunjang, PAUD/SD/SMP/kesetaraan, kurikulum, pendidik) headed "Indikator Kinerja Program (Outcome)/Kegiatan (Output)/Sub Kegiatan (Output)", "Target Kinerja dan Kerangka Pendanaan" over "Kinerja | Pagu (Rp)", "Perangkat Daerah Penanggung Jawab", 1 2 3 … row, a note below; "Lamp 3" IKU; "Sheet4" verification notes. Planted: SD kegiatan 25.000.000 over its sub kegiatan in 2027, JUMLAH 150.000.000 short in 2028',
    viaXlsx: true,
    workbook: workbook(s1, l2, l3, s4),
    tables: [
      { sheet: 'Lamp 2', kind: 'program-pendanaan', range: `A5:${h.right}${f.last}`, headerRows: h.headerRows, roles },
      { sheet: 'Lamp 3', kind: 'iku', range: 'A4:K9', headerRows: [4, 5], roles: { A: 'no', B: 'indicator', C: 'satuan', D: 'baseline', ...yearRoles('target', letters('E', 5), years(2025)), J: 'akhir-target', K: 'notes' } },
    ],
    findings: [
      { rule: 'total.pagu-induk', cell: `Lamp 2!${f.cell('1.01.02.2.01', 'pagu', 2)}` },
      { rule: 'total.jumlah', cell: `Lamp 2!${f.cell('jumlah', 'pagu', 3)}` },
    ],
    tolerated: [
      { rule: 'total.pagu-induk', cell: `Lamp 2!${f.cell('1.01.02.2.01', 'akhirPagu')}` },
      { rule: 'total.jumlah', cell: `Lamp 2!${f.cell('jumlah', 'akhirPagu')}` },
    ],
  });
}

// BPKAD with hidden helper columns: F (inside the code block, no heading) joins the split code by formula; Y (after an empty column) checks akhir − Σ years.
{
  const sb = new SheetBuilder('Renstra BPKAD');
  titles(sb, 1, ['Tabel 4.2 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan', 'Badan Pengelolaan Keuangan dan Aset Daerah Kabupaten Madiun Tahun 2025-2029']);
  sb.mergeText('A4:E5', b('KODE'));
  sb.put('A6', ['Urusan', 'Bidang Urusan', 'Program', 'Kegiatan', 'Sub Kegiatan'].map(b));
  const tall = (c: string, label: string) => sb.mergeText(`${c}4:${c}6`, b(label));
  tall('G', 'Program/Kegiatan/Sub Kegiatan');
  tall('H', 'Indikator Kinerja');
  tall('I', 'Satuan');
  tall('J', 'Kondisi Awal 2024');
  sb.mergeText('K4:T4', b('Target Kinerja dan Kerangka Pendanaan'));
  years(2025).forEach((y, i) => {
    const c = shift('K', 2 * i);
    sb.mergeText(`${c}5:${shift(c, 1)}5`, b(y));
    sb.put(`${c}6`, [b('Target'), b('Rp')]);
  });
  sb.mergeText('U4:V5', b('Kondisi Kinerja pada Akhir Periode Renstra'));
  sb.put('U6', [b('Target'), b('Rp')]);
  tall('W', 'Unit Kerja Perangkat Daerah Penanggung Jawab');
  const cols: FundingColumns = { codeSplit: ['A', 'B', 'C', 'D', 'E'], name: 'G', indicator: 'H', satuan: 'I', baseline: 'J', target: letters('K', 5, 2), pagu: letters('L', 5, 2), akhirTarget: 'U', akhirPagu: 'V', unit: 'W' };
  const items: Item[] = [penunjangFull('5.02', 0.9, 5, { pegawai: 96 }), ...keuangan(1)];
  const f = renderFunding(sb, 7, items, cols, {
    bold: { program: true },
    unitText: 'BPKAD',
    jumlah: { label: 'JUMLAH', labelCol: 'A', mergeTo: 'J' },
    paguDelta: [{ key: '5.02.02.2.02', year: 1, delta: -6_000_000 }],
  });
  for (const n of entities(items)) {
    const r = f.row(n.key);
    const helper = sb.set(`F${r}`, n.code!).get(`F${r}`)!;
    helper.f = `TRIM(A${r}&"."&B${r}&IF(C${r}="","","."&C${r})&IF(D${r}="","","."&D${r})&IF(E${r}="","","."&E${r}))`;
    const check = sb.set(`Y${r}`, 0).get(`Y${r}`)!;
    check.f = `V${r}-(L${r}+N${r}+P${r}+R${r}+T${r})`;
  }
  workbookLayouts.push({
    id: 'hidden-helper-columns-bpkad',
    description:
      'BPKAD T-C.27 (full Penunjang, Pengelolaan Keuangan Daerah, Pengelolaan BMD) with the code split over A:E and two columns the planner hid: F, inside the table with no heading, joins the code by formula (=TRIM(A7&"."&B7…)); Y, after an empty column, checks Kondisi akhir Rp − Σ years (all 0). A kegiatan 6.000.000 under its sub kegiatan in 2026',
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra BPKAD', kind: 'program-pendanaan', range: `A4:W${f.last}`, headerRows: [4, 5, 6], roles: fundingRoles(cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('5.02.02.2.02', 'pagu', 1) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('5.02.02.2.02', 'akhirPagu') }],
  });
}

// RSUD (BLUD): T-C.23 with lower-is-better indicators, T-C.24 with a Pendapatan BLUD block above the Belanja block, T-C.27 with the BLUD kegiatan and a Sumber Dana column.
{
  const agency = 'RSUD dr. Sayidiman Kabupaten Magetan';
  const s23 = new SheetBuilder('T-C.23');
  titles(s23, 1, ['Tabel 2.3', `Pencapaian Kinerja Pelayanan ${agency}`]);
  const h23 = tc23Header(s23, 4, years(2020), { agency: 'Rumah Sakit', numberRow: true });
  const cap: Capaian[] = [
    { ind: 'Bed Occupancy Rate (BOR)', refs: ['-', '-', 'V'], t: [70, 72, 75, 75, 75], r: [61.4, 66.8, 73.2, 76.5, 78.1] },
    { ind: 'Net Death Rate (NDR) (‰)', refs: ['-', '-', 'V'], t: [25, 24, 23, 22, 21], r: [27.5, 23.1, 22.4, 20.9, 19.8], pol: 'terbalik' },
    { ind: 'Indeks Kepuasan Masyarakat', refs: ['-', '-', 'V'], t: [78, 79, 80, 81, 82], r: [79.2, 80.1, 81.5, 82.4, 83.9] },
    { ind: 'Persentase Capaian Standar Pelayanan Minimal Rumah Sakit', refs: ['100', '-', '-'], t: [80, 82, 84, 86, 88], r: [78.5, 83, 85.2, 86.9, 89.4] },
    { ind: 'Rata-rata Waktu Tunggu Rawat Jalan (menit)', refs: ['60', '-', '-'], t: [60, 55, 50, 45, 40], r: [62, 54, 48, 46, 38], pol: 'terbalik' },
  ];
  const d23 = h23[h23.length - 1] + 1;
  const e23 = tc23Rows(s23, d23, cap);
  // Indeks Kepuasan Masyarakat 2022: 81,5 / 80 = 1,02 — shown 0,98.
  const wrong23 = `R${d23 + 2}`;
  s23.set(wrong23, 0.98);
  s23.set(`A${e23 + 1}`, 'Keterangan: NDR dan waktu tunggu makin kecil makin baik, rasio = target / realisasi');

  const s24 = new SheetBuilder('T-C.24');
  titles(s24, 1, ['Tabel 2.4', `Anggaran dan Realisasi Pendanaan Pelayanan ${agency}`]);
  const h24 = tc24Header(s24, 4, years(2020));
  const pendapatan: Anggaran[] = [
    { name: 'Pendapatan Jasa Layanan BLUD', a: [58_000_000_000, 61_500_000_000, 64_000_000_000, 68_500_000_000, 72_000_000_000], r: [55_412_380_500, 63_118_904_200, 66_740_215_800, 70_905_118_300, 74_621_440_900] },
    { name: 'Pendapatan Hasil Kerja Sama BLUD', a: [1_200_000_000, 1_250_000_000, 1_300_000_000, 1_350_000_000, 1_400_000_000], r: [1_105_600_000, 1_268_400_000, 1_322_150_000, 1_298_700_000, 1_455_300_000] },
    { name: 'Pendapatan Lain-lain BLUD yang Sah', a: [800_000_000, 850_000_000, 900_000_000, 950_000_000, 1_000_000_000], r: [912_447_120, 876_330_450, 955_210_800, 1_012_884_600, 1_104_559_300] },
  ];
  const belanja: Anggaran[] = [
    { name: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', a: [78_450_000_000, 82_120_500_000, 86_900_000_000, 91_250_750_000, 95_600_000_000], r: [74_118_204_600, 79_440_118_200, 84_207_336_900, 88_905_412_700, 92_880_103_400] },
    { name: 'Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat', a: [9_850_000_000, 12_400_000_000, 10_750_000_000, 11_200_000_000, 13_450_000_000], r: [9_412_880_000, 12_005_316_000, 10_388_412_500, 10_940_775_000, 13_008_204_000] },
    { name: 'Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan', a: [250_000_000, 275_000_000, 290_000_000, 310_000_000, 325_000_000], r: [238_450_000, 268_112_000, 281_907_000, 302_664_000, 318_120_000] },
  ];
  let r = h24[h24.length - 1] + 1;
  s24.put(`A${r++}`, [b('A'), b('PENDAPATAN')]);
  pendapatan.forEach((x, i) => s24.put(`A${r++}`, [i + 1, x.name, ...anggaranValues(x)]));
  const jp = r++;
  s24.put(`B${jp}`, [b('Jumlah Pendapatan'), ...anggaranValues(addUp(pendapatan)).map((v) => b(v))]);
  s24.put(`A${r++}`, [b('B'), b('BELANJA')]);
  const firstBelanja = r;
  belanja.forEach((x, i) => s24.put(`A${r++}`, [i + 1, x.name, ...anggaranValues(x)]));
  const jb = r;
  const tb = addUp(belanja);
  tb.r[3] -= 12_500_000;
  s24.put(`B${jb}`, [b('Jumlah Belanja'), ...anggaranValues(tb).map((v) => b(v))]);
  // Program Pemenuhan Upaya Kesehatan, 2021: 12.005.316.000 / 12.400.000.000 = 0,97 — shown 0,91.
  const wrong24 = `N${firstBelanja + 1}`;
  s24.set(wrong24, 0.91);

  const s27 = new SheetBuilder('T-C.27');
  titles(s27, 1, ['Tabel 4.2', `Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan ${agency} Tahun 2025-2029`]);
  const h = tc27(s27, 4, { yearLabels: years(2025), satuan: true, lokasi: false, extras: ['Sumber Dana'] });
  const items: Item[] = [penunjangFull('1.02', 1.2, 5, { blud: true, pegawai: 310 }), ...rsud(1)];
  const dana = (n: Node): V =>
    n.key.startsWith('1.02.01.2.10') ? 'Pendapatan BLUD' : n.key === '1.02.01' ? 'DAU, Pendapatan BLUD' : n.key.startsWith('1.02.02.2.01') ? 'DAK Fisik' : n.key.startsWith('1.02.02') ? 'DAU, DBH CHT' : 'DAU';
  const f = renderFunding(s27, h.firstData, items, { ...h.cols, extras: [{ col: h.right, value: dana }] }, { bold: { program: true }, unitText: 'RSUD', jumlah: { label: 'Jumlah', labelCol: 'B' } });
  workbookLayouts.push({
    id: 'wb-rsud-blud',
    description:
      'RSUD (BLUD) workbook: T-C.23 with BOR, Net Death Rate and waktu tunggu (lower is better, rasio = T/R as its note says); T-C.24 with "A PENDAPATAN" (three Pendapatan BLUD rows, "Jumlah Pendapatan") above "B BELANJA" (three programs, "Jumlah Belanja"); T-C.27 with the Peningkatan Pelayanan BLUD kegiatan (48 M a year) and a Sumber Dana column ("Pendapatan BLUD", "DAK Fisik"). Planted: a wrong rasio in each of T-C.23 and T-C.24, Jumlah Belanja realisasi 2023 12.500.000 short',
    viaXlsx: true,
    workbook: workbook(s23, s24, s27),
    tables: [
      { sheet: 'T-C.23', kind: 'pencapaian-kinerja', range: `A4:T${e23 - 1}`, headerRows: h23, roles: TC23_ROLES(years(2020)) },
      { sheet: 'T-C.24', kind: 'anggaran-realisasi', range: `A4:S${jb}`, headerRows: h24, roles: TC24_ROLES(years(2020)) },
      { sheet: 'T-C.27', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) },
    ],
    findings: [
      { rule: 'ratio.capaian', cell: `T-C.23!${wrong23}` },
      { rule: 'ratio.anggaran', cell: `T-C.24!${wrong24}` },
      { rule: 'total.jumlah', cell: `T-C.24!K${jb}` },
    ],
  });
}

// =============================================================================================
// Other agencies, real depth

// Dinas Kesehatan: 66 rows, program with two indicator rows, a Puskesmas built in two years only (0 the others), Sumber Dana.
{
  const sb = new SheetBuilder('Tabel 4.2');
  titles(sb, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Kesehatan Kabupaten Magetan Tahun 2025-2029']);
  const h = tc27(sb, 4, { yearLabels: years(2025), satuan: true, numberRow: 'paren', extras: ['Sumber Dana'] });
  const items: Item[] = [penunjangFull('1.02', 1.5, 5, { pegawai: 185 }), ...kesehatan(1)];
  const dana = (n: Node): V => (n.key.startsWith('1.02.02.2.01') ? 'DAK Fisik' : n.key === '1.02.02.2.02.0026' ? 'DBH CHT' : 'DAU');
  const f = renderFunding(sb, h.firstData, items, { ...h.cols, extras: [{ col: h.right, value: dana }] }, {
    bold: { program: true },
    unitText: 'Dinas Kesehatan',
    lokasiText: 'Kabupaten Magetan',
    jumlah: { label: 'Jumlah', labelCol: 'A', mergeTo: 'E' },
    paguDelta: [{ key: '1.02.02.2.02', year: 1, delta: 15_000_000 }],
  });
  workbookLayouts.push({
    id: 'dinkes-tc27-66-rows',
    description:
      'Dinas Kesehatan T-C.27 of 66 rows: full Penunjang (8 kegiatan, 23 sub kegiatan), Pemenuhan Upaya Kesehatan with two indicator rows (one falling: AKI) and 12 SPM sub kegiatan, a Puskesmas built in 2026 and 2028 only (0 elsewhere), SDM kesehatan with a sub kegiatan named as its kegiatan, Sumber Dana column, (1)… row. A kegiatan 15.000.000 over its sub kegiatan in 2026',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('1.02.02.2.02', 'pagu', 1) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('1.02.02.2.02', 'akhirPagu') }],
  });
}

// Satpol PP: T-C.23 with a lower-is-better count (rasio 2 − R/T, PermenPANRB "kondisi khusus") and T-C.27 with full Penunjang.
{
  const s23 = new SheetBuilder('Tabel 2.3');
  titles(s23, 1, ['Tabel 2.3', 'Pencapaian Kinerja Pelayanan Satuan Polisi Pamong Praja Kabupaten Ngawi']);
  const h23 = tc23Header(s23, 4, years(2020), { agency: 'Satpol PP', numberRow: true });
  const cap: Capaian[] = [
    { ind: 'Persentase Penegakan Peraturan Daerah dan Peraturan Kepala Daerah', refs: ['100', 'V', '-'], t: [80, 81, 83, 84, 85], r: [78.5, 82.4, 83.1, 85.6, 86.2] },
    { ind: 'Jumlah Pelanggaran Perda dan Perkada', refs: ['-', '-', 'V'], t: [150, 140, 130, 120, 110], r: [142, 128, 131, 112, 98], pol: 'khusus' },
    { ind: 'Persentase Gangguan Trantibum yang Tertangani', refs: ['100', '-', '-'], t: [100, 100, 100, 100, 100], r: [100, 100, 100, 100, 100] },
    { ind: 'Persentase Anggota Linmas yang Terlatih', refs: ['-', '-', 'V'], t: [40, 45, 50, 55, 60], r: [38, 46, 52, 55, 61] },
  ];
  const d23 = h23[h23.length - 1] + 1;
  const e23 = tc23Rows(s23, d23, cap);
  // Linmas 2021: 46 / 45 = 1,02 — shown 0,98.
  const wrong = `Q${d23 + 3}`;
  s23.set(wrong, 0.98);
  s23.set(`A${e23 + 1}`, '*) Jumlah pelanggaran: makin kecil makin baik, capaian = (1 + (1 − realisasi/target)) sesuai PermenPANRB 6/2022');
  const s27 = new SheetBuilder('Tabel 4.2');
  titles(s27, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Satuan Polisi Pamong Praja Kabupaten Ngawi']);
  const h = tc27(s27, 4, { yearLabels: years(2025), satuan: true });
  const items: Item[] = [penunjangFull('1.05', 0.6, 5, { pegawai: 64 }), ...trantibum(1)];
  const f = renderFunding(s27, h.firstData, items, h.cols, { bold: { program: true }, unitText: 'Satpol PP', lokasiText: 'Kabupaten Ngawi', jumlah: { label: 'TOTAL', labelCol: 'B' }, jumlahDelta: [{ year: 4, delta: 10_000_000 }] });
  workbookLayouts.push({
    id: 'satpolpp-negative-polarity',
    description:
      'Satpol PP: T-C.23 whose "Jumlah Pelanggaran Perda dan Perkada" falls year by year (lower is better), its rasio computed 2 − R/T as a footnote says (142 against 150 → 1,05); T-C.27 with full Penunjang and the trantibum program (a kegiatan indicator "Jumlah Pelanggaran … yang Ditindak" falling). Planted: a wrong rasio on a positive indicator, TOTAL 10.000.000 over in 2029',
    workbook: workbook(s23, s27),
    tables: [
      { sheet: 'Tabel 2.3', kind: 'pencapaian-kinerja', range: `A4:T${e23 - 1}`, headerRows: h23, roles: TC23_ROLES(years(2020)) },
      { sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) },
    ],
    findings: [
      { rule: 'ratio.capaian', cell: `Tabel 2.3!${wrong}` },
      { rule: 'total.jumlah', cell: `Tabel 4.2!${f.cell('jumlah', 'pagu', 4)}` },
    ],
    tolerated: [{ rule: 'total.jumlah', cell: `Tabel 4.2!${f.cell('jumlah', 'akhirPagu')}` }],
  });
}

// DPMPTSP, a plan for 2027-2031: T-C.25, T-C.27 in the wording "Realisasi Kinerja pada Tahun Awal Perencanaan" / "Capaian Kinerja Akhir Renstra" / "Perangkat Daerah Penanggung Jawab", IKU.
{
  const plan: TujuanRow[] = [
    {
      tujuan: 'Meningkatnya iklim investasi daerah',
      ind: 'Nilai Realisasi Investasi (PMA dan PMDN)',
      satuan: 'Rp Triliun',
      base: 2.45,
      t: [2.6, 2.8, 3, 3.2, 3.4],
      sasaran: [
        { sasaran: 'Meningkatnya kualitas pelayanan perizinan berusaha', ind: 'Persentase Perizinan Berusaha yang Diselesaikan Tepat Waktu', satuan: '%', base: 96.5, t: [97, 97.5, 98, 98.5, 99] },
        { sasaran: 'Meningkatnya kepuasan pelaku usaha terhadap layanan perizinan', ind: 'Indeks Kepuasan Masyarakat terhadap Layanan Perizinan', satuan: 'Indeks', base: 84.2, t: [84.5, 85, 85.5, 86, 86.5] },
      ],
    },
  ];
  const s25 = new SheetBuilder('Tabel 3.1');
  titles(s25, 1, ['Tabel 3.1', 'Tujuan dan Sasaran Jangka Menengah DPMPTSP Kota Madiun Tahun 2027-2031']);
  s25.mergeText('A4:A5', b('No'));
  s25.mergeText('B4:B5', b('Tujuan'));
  s25.mergeText('C4:C5', b('Sasaran'));
  s25.mergeText('D4:D5', b('Indikator Tujuan/Sasaran'));
  s25.mergeText('E4:I4', b('Target Kinerja Tujuan/Sasaran'));
  s25.put('E5', years(2027).map((y) => b(`Tahun ${y}`)));
  const t25 = tc25Rows(s25, 6, plan);
  const s27 = new SheetBuilder('Tabel 4.2');
  titles(s27, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan DPMPTSP Kota Madiun Tahun 2027-2031']);
  const h = tc27(s27, 4, {
    yearLabels: years(2027),
    satuan: true,
    lokasi: false,
    labels: {
      name: 'Program/Kegiatan/Sub Kegiatan',
      indicator: 'Indikator Kinerja Program (Outcome)/Kegiatan (Output)/Sub Kegiatan (Output)',
      baseline: 'Realisasi Kinerja pada Tahun Awal Perencanaan',
      akhir: 'Capaian Kinerja Akhir Renstra',
      unit: 'Perangkat Daerah Penanggung Jawab',
    },
  });
  const items: Item[] = [penunjangFull('2.18', 0.5, 5, { pegawai: 38 }), ...penanamanModal(1)];
  const f = renderFunding(s27, h.firstData, items, h.cols, { bold: { program: true }, unitText: 'DPMPTSP', jumlah: { label: 'Jumlah', labelCol: 'B' }, jumlahDelta: [{ year: 3, delta: -20_000_000 }] });
  // The Capaian akhir target of the LKPM program copied from 2027 (48) instead of 2031 (72).
  const akhirT = f.cell('2.18.05', 'akhirTarget');
  s27.set(akhirT, 48);
  const si = new SheetBuilder('Tabel 4.4');
  titles(si, 1, ['Tabel 4.4', 'Indikator Kinerja Utama DPMPTSP Kota Madiun']);
  si.mergeText('A4:A5', b('No'));
  si.mergeText('B4:B5', b('Indikator Kinerja Utama'));
  si.mergeText('C4:C5', b('Satuan'));
  si.mergeText('D4:D5', b('Kondisi Awal (2026)'));
  si.mergeText('E4:I4', b('Target'));
  si.put('E5', years(2027).map(b));
  si.mergeText('J4:J5', b('Capaian Kinerja Akhir Renstra'));
  const iku = ikuData(plan);
  iku.forEach((k, i) => si.put(`A${6 + i}`, [i + 1, k.ind, k.satuan, k.base, ...k.t, k.t[4]]));
  workbookLayouts.push({
    id: 'dpmptsp-2027-2031',
    description:
      'DPMPTSP plan for 2027-2031 on three sheets: T-C.25 ("Tahun 2027 … Tahun 2031"), T-C.27 headed "Indikator Kinerja Program (Outcome)/Kegiatan (Output)/Sub Kegiatan (Output)", "Realisasi Kinerja pada Tahun Awal Perencanaan", "Capaian Kinerja Akhir Renstra", "Perangkat Daerah Penanggung Jawab" (5 programs of 2.18, full Penunjang), IKU ("Kondisi Awal (2026)", "Capaian Kinerja Akhir Renstra", realisasi investasi in Rp Triliun). Planted: Jumlah 20.000.000 short in 2030, a program\'s akhir target copied from 2027',
    workbook: workbook(s25, s27, si),
    tables: [
      { sheet: 'Tabel 3.1', kind: 'tujuan-sasaran', range: `A4:I${t25.next - 1}`, headerRows: [4, 5], roles: { A: 'no', B: 'tujuan', C: 'sasaran', D: 'indicator', ...yearRoles('target', letters('E', 5), years(2027)) } },
      { sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2027)) },
      { sheet: 'Tabel 4.4', kind: 'iku', range: `A4:J${5 + iku.length}`, headerRows: [4, 5], roles: { A: 'no', B: 'indicator', C: 'satuan', D: 'baseline', ...yearRoles('target', letters('E', 5), years(2027)), J: 'akhir-target' } },
    ],
    findings: [
      { rule: 'total.jumlah', cell: `Tabel 4.2!${f.cell('jumlah', 'pagu', 3)}` },
      { rule: 'total.akhir-periode-target', cell: `Tabel 4.2!${akhirT}` },
    ],
    tolerated: [{ rule: 'total.jumlah', cell: `Tabel 4.2!${f.cell('jumlah', 'akhirPagu')}` }],
  });
}

// =============================================================================================
// Header variations

// Bappeda: "Tahun ke-0 (Baseline)" as a Target | Rp pair inside the year group, then Tahun ke-1 … ke-5; the Kondisi akhir Rp sums years 1-5 only.
{
  const sb = new SheetBuilder('Lampiran IV');
  titles(sb, 1, ['LAMPIRAN IV', 'RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN BAPPEDA KABUPATEN TRENGGALEK']);
  const tall = (c: string, label: string) => sb.mergeText(`${c}4:${c}6`, b(label));
  tall('A', 'Kode');
  tall('B', 'Program/Kegiatan/Sub Kegiatan');
  tall('C', 'Indikator Kinerja');
  tall('D', 'Satuan');
  sb.mergeText('E4:P4', b('Target Kinerja Program dan Kerangka Pendanaan'));
  ['Tahun ke-0 (Baseline)', 'Tahun ke-1', 'Tahun ke-2', 'Tahun ke-3', 'Tahun ke-4', 'Tahun ke-5'].forEach((label, i) => {
    const c = shift('E', 2 * i);
    sb.mergeText(`${c}5:${shift(c, 1)}5`, b(label));
    sb.put(`${c}6`, [b('Target'), b('Rp')]);
  });
  sb.mergeText('Q4:R5', b('Kondisi Kinerja pada Akhir Periode Renstra'));
  sb.put('Q6', [b('Target'), b('Rp')]);
  tall('S', 'Unit Kerja Perangkat Daerah Penanggung Jawab');
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', satuan: 'D', target: letters('E', 6, 2), pagu: letters('F', 6, 2), akhirTarget: 'Q', unit: 'S' };
  const items: Item[] = [penunjangFull('5.01', 0.7, 6, { pegawai: 52 }), ...bappeda(1, 6)];
  const f = renderFunding(sb, 7, items, cols, { bold: { program: true }, unitText: 'Bappeda', jumlah: { label: 'JUMLAH', labelCol: 'B' } });
  const akhir = (key: string) => [1, 2, 3, 4, 5].reduce((s, y) => s + f.pagu(key, y), 0);
  for (const n of entities(items)) sb.set(`R${f.row(n.key)}`, { v: akhir(n.key), fmt: '#,##0', ...(n.level === 'program' ? { bold: true } : {}) });
  const programs = entities(items).filter((n) => n.level === 'program');
  sb.set(`R${f.jumlahRow}`, { v: programs.reduce((s, p) => s + akhir(p.key), 0), fmt: '#,##0', bold: true });
  // Musrenbang: the akhir Rp 25.000.000 over the sum of tahun ke-1 … ke-5.
  const wrong = `R${f.row('5.01.02.2.01.0005')}`;
  sb.set(wrong, { v: akhir('5.01.02.2.01.0005') + 25_000_000, fmt: '#,##0' });
  workbookLayouts.push({
    id: 'tahun-ke-0-baseline-pair',
    description:
      'Bappeda funding table whose year group starts with "Tahun ke-0 (Baseline)" over its own Target | Rp pair (the 2024 realisation, sums hold), then "Tahun ke-1 … ke-5"; Kondisi akhir Rp is the sum of years 1-5 only. Planted: the Musrenbang sub kegiatan\'s akhir Rp 25.000.000 over its five years',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Lampiran IV',
        kind: 'program-pendanaan',
        range: `A4:S${f.last}`,
        headerRows: [4, 5, 6],
        roles: {
          A: 'code',
          B: 'name',
          C: 'indicator',
          D: 'satuan',
          E: 'baseline',
          ...yearRoles('target', letters('G', 5, 2), [1, 2, 3, 4, 5]),
          ...yearRoles('pagu', letters('H', 5, 2), [1, 2, 3, 4, 5]),
          Q: 'akhir-target',
          R: 'akhir-pagu',
          S: 'notes',
        },
      },
    ],
    findings: [{ rule: 'total.akhir-periode-pagu', cell: wrong }],
    tolerated: [
      { rule: 'total.pagu-induk', cell: `R${f.row('5.01.02.2.01')}` },
      { rule: 'total.pagu-induk', cell: `R${f.row('5.01.02')}` },
    ],
  });
}

// Kecamatan in a kota with its kelurahan: six plan years 2025-2030 (the transition plan), each Target | Rp, Kondisi akhir over all six.
{
  const sb = new SheetBuilder('T-C.27');
  titles(sb, 1, ['Tabel T-C.27', 'Rencana Program, Kegiatan, dan Pendanaan Kecamatan Manguharjo Kota Madiun Tahun 2025-2030']);
  const h = tc27(sb, 4, { yearLabels: years(2025, 6), satuan: true });
  const items: Item[] = [penunjangFull('7.01', 0.5, 6, { pegawai: 34 }), ...kecamatanFull(1, 6, { kelurahan: true })];
  const unit = (n: Node): V => (n.key.startsWith('7.01.03.2.02') ? 'Kelurahan se-Kecamatan Manguharjo' : n.key.startsWith('7.01.01') ? 'Sekretariat Kecamatan' : 'Seksi Pemerintahan');
  const f = renderFunding(sb, h.firstData, items, { ...h.cols, extras: [{ col: h.cols.unit!, value: unit }] }, {
    bold: { program: true },
    lokasiText: 'Kecamatan Manguharjo',
    jumlah: { label: 'Jumlah', labelCol: 'B' },
  });
  // Pembangunan Sarana dan Prasarana Kelurahan: the akhir Rp sums 2025-2029 and forgets 2030.
  const key = '7.01.03.2.02.0002';
  const wrong = f.cell(key, 'akhirPagu');
  sb.set(wrong, { v: [0, 1, 2, 3, 4].reduce((s, y) => s + f.pagu(key, y), 0), fmt: '#,##0' });
  workbookLayouts.push({
    id: 'kelurahan-six-years-2025-2030',
    description:
      'Kecamatan in a kota (with "Kegiatan Pemberdayaan Kelurahan" and its sub kegiatan, unit "Kelurahan se-Kecamatan …"), six plan years 2025-2030 each over Target | Rp, Kondisi akhir Rp = Σ six years. Planted: one sub kegiatan\'s akhir Rp sums five years only',
    workbook: workbook(sb),
    tables: [{ sheet: 'T-C.27', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025, 6)) }],
    findings: [{ rule: 'total.akhir-periode-pagu', cell: wrong }],
    tolerated: [
      { rule: 'total.pagu-induk', cell: f.cell('7.01.03.2.02', 'akhirPagu') },
      { rule: 'total.pagu-induk', cell: f.cell('7.01.03', 'akhirPagu') },
      { rule: 'total.jumlah', cell: f.cell('jumlah', 'akhirPagu') },
    ],
  });
}

// A target row and a pagu row under each entity ("Uraian: Target / Pagu (Rp)") instead of target and pagu columns.
{
  const sb = new SheetBuilder('Renstra 2026-2030');
  titles(sb, 1, ['Tabel 4.2 Program, Kegiatan, Sub Kegiatan, Indikator, Target dan Pagu Indikatif', 'Badan Pengelolaan Keuangan dan Aset Daerah Tahun 2026-2030']);
  const tall = (c: string, label: string) => sb.mergeText(`${c}4:${c}5`, b(label));
  tall('A', 'Kode');
  tall('B', 'Program/Kegiatan/Sub Kegiatan');
  tall('C', 'Indikator Kinerja');
  tall('D', 'Satuan');
  tall('E', 'Kondisi Awal (2025)');
  tall('F', 'Uraian');
  sb.mergeText('G4:K4', b('Target Kinerja dan Pagu Indikatif'));
  sb.put('G5', years(2026).map(b));
  tall('L', 'Kondisi Akhir (2030)');
  tall('M', 'Perangkat Daerah Penanggung Jawab');
  const items = [penunjangFull('5.02', 0.5, 5, { pegawai: 80 }), ...keuangan(1)];
  const paguOf = (n: Node): number[] => (n.kids.length ? n.kids.filter((k): k is Node => k.kind === 'node').map(paguOf).reduce((a, x) => a.map((v, i) => v + x[i])) : n.pagu!);
  let r = 6;
  for (const n of entities(items)) {
    const p = paguOf(n);
    const ind = n.ind[0];
    const bold = n.level === 'program';
    const t = (v: V) => (bold && v !== undefined && v !== null ? b(v as string | number) : v);
    sb.put(`A${r}`, [t(n.code!), t(n.name), ind.text, ind.satuan, ind.base, 'Target', ...ind.t, ind.t[4], 'BPKAD']);
    sb.put(`F${r + 1}`, ['Pagu (Rp)', ...p.map((v) => ({ v, fmt: '#,##0', ...(bold ? { bold } : {}) })), { v: p.reduce((s, x) => s + x, 0), fmt: '#,##0' }]);
    for (const c of ['A', 'B', 'C', 'D', 'E', 'M']) sb.merge(`${c}${r}:${c}${r + 1}`);
    r += 2;
  }
  const programs = entities(items).filter((n) => n.level === 'program');
  const tot = programs.map(paguOf).reduce((a, x) => a.map((v, i) => v + x[i]));
  sb.set(`B${r}`, b('JUMLAH')).put(`F${r}`, ['Pagu (Rp)', ...tot.map((v) => ({ v, fmt: '#,##0', bold: true })), { v: tot.reduce((s, x) => s + x, 0), fmt: '#,##0', bold: true }]);
  workbookLayouts.push({
    id: 'target-row-pagu-row',
    gap: 'target and pagu stacked in two rows per entity ("Uraian": Target / Pagu (Rp)) are not read yet: a year column holds one measure',
    description:
      'BPKAD 2026-2030 with a row "Target" and a row "Pagu (Rp)" under each program/kegiatan/sub kegiatan (column "Uraian"), the years as single columns holding targets on one row and money on the next; code, name, indicator, satuan, baseline and unit merged over both rows; JUMLAH on a "Pagu (Rp)" row. Every sum holds: no error may come out; year-column roles left open',
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra 2026-2030', kind: 'program-pendanaan', range: `A4:M${r}`, headerRows: [4, 5], roles: { A: 'code', B: 'name', C: 'indicator', D: 'satuan', E: 'baseline', M: 'notes' } }],
    findings: [],
  });
}

// Two targets in one cell ("81 % 100 %") for an entity with two indicators typed in one cell, as the sample's Pembinaan Desa program.
{
  const sb = new SheetBuilder('Tabel 4.2');
  titles(sb, 1, ['Tabel 4.2', 'Rencana Program/Kegiatan/Sub Kegiatan dan Pendanaan Kecamatan Kawedanan Tahun 2025-2029']);
  const tall = (c: string, label: string) => sb.mergeText(`${c}4:${c}6`, b(label));
  tall('A', 'KODE');
  tall('B', 'PROGRAM/ KEGIATAN/ SUB KEGIATAN');
  tall('C', 'INDIKATOR OUTCOME/ OUTPUT');
  tall('D', 'SATUAN');
  tall('E', 'BASELINE 2024');
  sb.mergeText('F4:O4', b('TARGET DAN PAGU INDIKATIF TAHUN'));
  years(2025).forEach((y, i) => {
    const c = shift('F', 2 * i);
    sb.mergeText(`${c}5:${shift(c, 1)}5`, b(y));
    sb.put(`${c}6`, [b('TARGET'), b('PAGU')]);
  });
  tall('P', 'KET');
  sb.put('A7', numbers(16, 'plain'));
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', target: letters('F', 5, 2), pagu: letters('G', 5, 2) };
  const two = (a: number, c: number) => `${a} % ${c} %`;
  const plan = kecamatanFull(0.8).map((p) =>
    mapTree(p, (x) =>
      x.key === '7.01.06'
        ? {
            ...x,
            ind: [
              I(
                '1. Persentase Desa Mandiri di Wilayah Kecamatan\n2. Persentase Usulan Musrenbang Desa/Kelurahan yang Sesuai Ketentuan dan Diakomodir Kecamatan',
                '%',
                two(80, 100),
                [81, 82, 83, 84, 85].map((a) => two(a, 100)),
              ),
            ],
          }
        : x.key === '7.01.06.2.01'
          ? { ...x, ind: [I('Persentase Dokumen Perencanaan dan Penganggaran Desa yang Disusun Tepat Waktu', '%', 100, flat(100)), I('Persentase Usulan Musrenbang yang Terfasilitasi', '%', 100, flat(100))] }
          : x,
    ),
  );
  const items: Item[] = [penunjangFull('7.01', 0.4, 5, { pegawai: 18 }), ...plan];
  const f = renderFunding(sb, 8, items, cols, { bold: { program: true }, jumlah: { label: 'Jumlah', labelCol: 'B' }, jumlahDelta: [{ year: 1, delta: -12_000_000 }] });
  workbookLayouts.push({
    id: 'two-targets-one-cell',
    description:
      'Kecamatan funding table (KODE … KET, 1 2 3 … row) where a program has two indicators typed in one cell ("1. Persentase Desa Mandiri …\\n2. Persentase Usulan Musrenbang …") and two targets in each year cell ("81 % 100 %"), and a kegiatan has two indicator rows, the second without money. Planted: Jumlah 12.000.000 short in 2026',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:P${f.last}`, headerRows: [4, 5, 6, 7], roles: { ...fundingRoles(cols, years(2025)), P: 'notes' } }],
    findings: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 1) }],
  });
}

// IKU whose "Target Kinerja" group spans six columns, the first "Tahun ke-0 (Baseline)", beside a T-C.25 in "Tahun ke-1 … ke-5".
{
  const plan: TujuanRow[] = [
    {
      tujuan: 'Meningkatnya ketenteraman dan ketertiban umum',
      ind: 'Indeks Ketenteraman dan Ketertiban Umum',
      satuan: 'Indeks',
      base: 72,
      t: [73, 74, 75, 76, 77],
      sasaran: [
        { sasaran: 'Meningkatnya kepatuhan masyarakat terhadap Perda dan Perkada', ind: 'Persentase Penegakan Peraturan Daerah dan Peraturan Kepala Daerah', satuan: '%', base: 86.2, t: [87, 89, 91, 93, 95] },
        { sasaran: 'Meningkatnya perlindungan masyarakat', ind: 'Persentase Anggota Linmas yang Terlatih', satuan: '%', base: 61, t: [64, 67, 70, 73, 76] },
      ],
    },
  ];
  const s25 = new SheetBuilder('Tabel 3.1');
  titles(s25, 1, ['Tabel 3.1', 'Tujuan dan Sasaran Jangka Menengah Satpol PP Kabupaten Ngawi']);
  s25.mergeText('A3:A4', b('No'));
  s25.mergeText('B3:B4', b('Tujuan'));
  s25.mergeText('C3:C4', b('Sasaran'));
  s25.mergeText('D3:D4', b('Indikator Tujuan/Sasaran'));
  s25.mergeText('E3:I3', b('Target Kinerja Tujuan/Sasaran'));
  s25.put('E4', [1, 2, 3, 4, 5].map((n) => b(`Tahun ke-${n}`)));
  const t25 = tc25Rows(s25, 5, plan);
  const si = new SheetBuilder('IKU Satpol PP');
  titles(si, 1, ['Tabel 4.4 Indikator Kinerja Utama Satuan Polisi Pamong Praja']);
  si.mergeText('A3:A4', b('No'));
  si.mergeText('B3:B4', b('Indikator Kinerja Utama'));
  si.mergeText('C3:C4', b('Satuan'));
  si.mergeText('D3:I3', b('Target Kinerja'));
  si.put('D4', ['Tahun ke-0 (Baseline)', 'Tahun ke-1', 'Tahun ke-2', 'Tahun ke-3', 'Tahun ke-4', 'Tahun ke-5'].map(b));
  si.mergeText('J3:J4', b('Kondisi Akhir'));
  si.mergeText('K3:K4', b('Sumber Data'));
  const iku = ikuData(plan);
  iku.forEach((k, i) => si.put(`A${5 + i}`, [i + 1, k.ind, k.satuan, k.base, ...k.t, k.t[4], 'Laporan Kinerja Satpol PP']));
  // Linmas tahun ke-3: T-C.25 says 70, the IKU 69.
  const linmas = 5 + iku.findIndex((k) => k.ind === 'Persentase Anggota Linmas yang Terlatih');
  si.set(`G${linmas}`, 69);
  workbookLayouts.push({
    id: 'iku-tahun-ke-0-in-target-group',
    description:
      'IKU whose merged "Target Kinerja" spans six columns "Tahun ke-0 (Baseline) | Tahun ke-1 … Tahun ke-5" (the baseline inside the target group), Kondisi Akhir, Sumber Data; beside a T-C.25 in "Tahun ke-1 … ke-5". Planted: one IKU target (tahun ke-3) unlike T-C.25',
    workbook: workbook(s25, si),
    tables: [
      { sheet: 'Tabel 3.1', kind: 'tujuan-sasaran', range: `A3:I${t25.next - 1}`, headerRows: [3, 4], roles: { A: 'no', B: 'tujuan', C: 'sasaran', D: 'indicator', ...yearRoles('target', letters('E', 5), [1, 2, 3, 4, 5]) } },
      {
        sheet: 'IKU Satpol PP',
        kind: 'iku',
        range: `A3:K${4 + iku.length}`,
        headerRows: [3, 4],
        roles: { A: 'no', B: 'indicator', C: 'satuan', D: 'baseline', ...yearRoles('target', letters('E', 5), [1, 2, 3, 4, 5]), J: 'akhir-target', K: 'notes' },
      },
    ],
    findings: [{ rule: 'crosstable.iku-target', cell: [`IKU Satpol PP!G${linmas}`, `Tabel 3.1!G${t25.rowOf.get('Persentase Anggota Linmas yang Terlatih')}`] }],
  });
}

// =============================================================================================
// Cell habits

/** A plain two-row funding header from `top`: Kode?, name, indicator, satuan, baseline, year pairs, akhir pair, unit. */
function plainHeader(sb: SB, top: number, o: { code?: boolean; ys: number[]; target?: string; pagu?: string; name?: string; unit?: string; akhir?: boolean }): { cols: FundingColumns; right: string } {
  let c = 0;
  const next = () => shift('A', c++);
  const tall = (label: string) => {
    const x = next();
    sb.mergeText(`${x}${top}:${x}${top + 1}`, b(label));
    return x;
  };
  const code = o.code === false ? undefined : tall('Kode');
  const name = tall(o.name ?? 'Program/Kegiatan/Sub Kegiatan');
  const indicator = tall('Indikator Kinerja');
  const satuan = tall('Satuan');
  const baseline = tall('Kondisi Awal');
  const g = shift('A', c);
  o.ys.forEach((y, i) => {
    const x = shift(g, 2 * i);
    sb.mergeText(`${x}${top}:${shift(x, 1)}${top}`, b(y));
    sb.put(`${x}${top + 1}`, [b(o.target ?? 'Target'), b(o.pagu ?? 'Pagu (Rp)')]);
  });
  c += 2 * o.ys.length;
  let akhirTarget: string | undefined;
  let akhirPagu: string | undefined;
  if (o.akhir !== false) {
    akhirTarget = next();
    akhirPagu = next();
    sb.mergeText(`${akhirTarget}${top}:${akhirPagu}${top}`, b('Kondisi Akhir'));
    sb.put(`${akhirTarget}${top + 1}`, [b(o.target ?? 'Target'), b(o.pagu ?? 'Pagu (Rp)')]);
  }
  const unit = tall(o.unit ?? 'Perangkat Daerah Penanggung Jawab');
  return {
    cols: { code, name, indicator, satuan, baseline, target: letters(g, o.ys.length, 2), pagu: letters(shift(g, 1), o.ys.length, 2), akhirTarget, akhirPagu, unit },
    right: unit,
  };
}

// Numbers typed with trailing spaces ("12 ", "165.000.000 "), and "-" or "0" typed for no money in the years before a sub kegiatan starts.
{
  const sb = new SheetBuilder('Pendanaan');
  titles(sb, 1, ['RENCANA PROGRAM, KEGIATAN DAN PENDANAAN BPKAD KABUPATEN PACITAN 2025-2029']);
  const { cols, right } = plainHeader(sb, 3, { ys: years(2025) });
  const late = S('5.02.03.2.01.0003', 'Penyusunan Perencanaan Kebutuhan Barang Milik Daerah', 'Jumlah Rencana Kebutuhan Barang Milik Daerah', 'Dokumen', '-', ['-', '-', 1, 1, 1], [0, 0, 45_000_000, 47_250_000, 49_612_000]);
  const [pkd, bmd] = keuangan(0.8);
  const bmd2 = mapTree(bmd, (x) => (x.key === '5.02.03.2.01' ? { ...x, kids: [...x.kids.slice(0, 1), late, ...x.kids.slice(1)] } : x));
  const items: Item[] = [penunjangFull('5.02', 0.7, 5, { pegawai: 75 }), pkd, bmd2];
  const f = renderFunding(sb, 5, items, cols, { bold: { program: true }, unitText: 'BPKAD', jumlah: { label: 'JUMLAH', labelCol: 'B' }, paguDelta: [{ key: '5.02.02.2.01', year: 2, delta: 4_000_000 }] });
  const subRows = new Set(entities(items).filter((n) => n.level === 'sub').map((n) => f.row(n.key)));
  // Sub kegiatan rows typed by hand: money as text with dot thousands and a trailing space, targets with a trailing space.
  asText(sb, [...cols.pagu, cols.akhirPagu!], 5, f.last, (v, _c, r) => (subRows.has(r) && v !== 0 ? `${idr(v)} ` : undefined));
  asText(sb, [...cols.target!, cols.akhirTarget!], 5, f.last, (v, _c, r) => (subRows.has(r) ? `${v} ` : undefined));
  const lr = f.row('5.02.03.2.01.0003');
  sb.set(`${cols.pagu[0]}${lr}`, '-').set(`${cols.pagu[1]}${lr}`, '0');
  workbookLayouts.push({
    id: 'trailing-spaces-zero-dash',
    description:
      'BPKAD funding table whose sub kegiatan rows were typed by hand: money as text with dot thousands and a trailing space ("165.000.000 "), targets "12 ", and a sub kegiatan starting in 2027 with "-" (2025) and "0" (2026) for no money and "-" for no target; kegiatan and program rows are numbers. Planted: a kegiatan 4.000.000 over its sub kegiatan in 2027',
    workbook: workbook(sb),
    tables: [{ sheet: 'Pendanaan', kind: 'program-pendanaan', range: `A3:${right}${f.last}`, headerRows: [3, 4], roles: fundingRoles(cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('5.02.02.2.01', 'pagu', 2) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('5.02.02.2.01', 'akhirPagu') }],
  });
}

// Program rows written across the code columns: the program name merged over A:F (five code columns and the name column), no code.
{
  const sb = new SheetBuilder('Tabel 4.2');
  titles(sb, 1, ['Tabel 4.2 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan DPMPTSP Kabupaten Ponorogo']);
  sb.mergeText('A3:E3', b('Kode'));
  sb.put('A4', ['Urusan', 'Bidang', 'Program', 'Kegiatan', 'Sub Kegiatan'].map(b));
  const tall = (c: string, label: string) => sb.mergeText(`${c}3:${c}4`, b(label));
  tall('F', 'Program/Kegiatan/Sub Kegiatan');
  tall('G', 'Indikator Kinerja');
  tall('H', 'Satuan');
  tall('I', 'Kondisi Awal');
  years(2025).forEach((y, i) => {
    const c = shift('J', 2 * i);
    sb.mergeText(`${c}3:${shift(c, 1)}3`, b(y));
    sb.put(`${c}4`, [b('Target'), b('Rp')]);
  });
  sb.mergeText('T3:U3', b('Kondisi Akhir'));
  sb.put('T4', [b('Target'), b('Rp')]);
  tall('V', 'Penanggung Jawab');
  const cols: FundingColumns = { codeSplit: ['A', 'B', 'C', 'D', 'E'], name: 'F', indicator: 'G', satuan: 'H', baseline: 'I', target: letters('J', 5, 2), pagu: letters('K', 5, 2), akhirTarget: 'T', akhirPagu: 'U', unit: 'V' };
  const items: Item[] = [penunjangFull('2.18', 0.45, 5, { pegawai: 30 }), ...penanamanModal(0.9)];
  const f = renderFunding(sb, 5, items, cols, { bold: { program: true }, unitText: 'DPMPTSP', jumlah: { label: 'JUMLAH', labelCol: 'F' }, paguDelta: [{ key: '2.18.04', year: 2, delta: 3_000_000 }] });
  for (const p of entities(items).filter((n) => n.level === 'program')) {
    const r = f.row(p.key);
    for (const c of ['A', 'B', 'C', 'D', 'E', 'F']) sb.set(`${c}${r}`, null);
    sb.mergeText(`A${r}:F${r}`, b(p.name));
  }
  workbookLayouts.push({
    id: 'program-name-over-code-columns',
    description:
      'DPMPTSP funding table with the code over five columns (Urusan | Bidang | Program | Kegiatan | Sub Kegiatan); program rows carry no code, their name typed in A and merged over A:F (the code columns and the name column); kegiatan and sub kegiatan rows have their codes. Planted: the Pelayanan Penanaman Modal program 3.000.000 over its kegiatan in 2027',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A3:V${f.last}`, headerRows: [3, 4], roles: fundingRoles(cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('2.18.04', 'pagu', 2) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('2.18.04', 'akhirPagu') }],
  });
}

// No codes; names carry their outline number: "1. Program …" (not in capitals), "1.1 Perencanaan …", "1.1.1 Penyusunan …".
{
  const sb = new SheetBuilder('Renstra Dikbud');
  titles(sb, 1, ['MATRIKS RENCANA PROGRAM, KEGIATAN DAN PENDANAAN', 'DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN PACITAN TAHUN 2026-2030']);
  const { cols, right } = plainHeader(sb, 4, { code: false, ys: years(2026), akhir: false });
  const title = (s: string) => s.toLowerCase().replace(/(^|[\s/(])([a-z])/g, (_, p, c) => p + c.toUpperCase());
  const numbered = (progs: Node[]): Node[] =>
    progs.map((p, i) =>
      mapTree(p, (x) => {
        if (x.level !== 'program') return x;
        const kids = x.kids.map((k, j) => {
          const kg = k as Node;
          return { ...kg, code: undefined, name: `${i + 1}.${j + 1} ${kg.name}`, kids: kg.kids.map((s, m) => ({ ...(s as Node), code: undefined, name: `${i + 1}.${j + 1}.${m + 1} ${(s as Node).name}` })) };
        });
        return { ...x, code: undefined, name: `${i + 1}. ${title(x.name)}`, kids };
      }),
    );
  const items: Item[] = numbered([penunjangFull('1.01', 1.1, 5, { pegawai: 120 }), pendidikan(1)[0]]);
  const f = renderFunding(sb, 6, items, cols, { bold: { program: true }, unitText: 'Dinas Dikbud', paguDelta: [{ key: '1.01.02.2.02', year: 4, delta: -30_000_000 }] });
  workbookLayouts.push({
    id: 'outline-numbers-in-names',
    description:
      'No codes: names carry their outline numbers — "1. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota" (title case), "1.1 Perencanaan, Penganggaran, …", "1.1.1 Penyusunan Dokumen …", "2.2.3 Pembangunan Ruang Kelas Baru" — 53 rows, SD and SMP sharing sub kegiatan names, 2026-2030. Planted: the SMP kegiatan 30.000.000 under its sub kegiatan in 2030',
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra Dikbud', kind: 'program-pendanaan', range: `A4:${right}${f.last}`, headerRows: [4, 5], roles: fundingRoles(cols, years(2026)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('1.01.02.2.02', 'pagu', 4) }],
  });
}

// A table typed entirely in bold (header and body), no codes, kegiatan with a leading "- ", sub kegiatan plain.
{
  const sb = new SheetBuilder('Tabel 4.2');
  titles(sb, 1, ['TABEL 4.2 RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN DINAS SOSIAL']);
  sb.mergeText('A3:A4', 'PROGRAM / KEGIATAN / SUB KEGIATAN');
  sb.mergeText('B3:B4', 'INDIKATOR KINERJA');
  sb.mergeText('C3:C4', 'SATUAN');
  sb.mergeText('D3:D4', 'KONDISI AWAL 2024');
  years(2025).forEach((y, i) => {
    const c = shift('E', 2 * i);
    sb.mergeText(`${c}3:${shift(c, 1)}3`, y);
    sb.put(`${c}4`, ['TARGET', 'RP']);
  });
  sb.mergeText('O3:P3', 'KONDISI AKHIR');
  sb.put('O4', ['TARGET', 'RP']);
  sb.mergeText('Q3:Q4', 'KETERANGAN');
  const cols: FundingColumns = { name: 'A', indicator: 'B', satuan: 'C', baseline: 'D', target: letters('E', 5, 2), pagu: letters('F', 5, 2), akhirTarget: 'O', akhirPagu: 'P' };
  const dash = (n: Node): Node => mapTree(n, (x) => ({ ...x, code: undefined, name: x.level === 'kegiatan' ? `- ${x.name}` : x.name }));
  const items: Item[] = [penunjangFull('1.06', 0.5, 5, { pegawai: 40 }), ...sosial(0.9)].map(dash);
  const f = renderFunding(sb, 5, items, cols, { jumlah: { label: 'JUMLAH', labelCol: 'A' }, paguDelta: [{ key: '1.06.04.2.01', year: 0, delta: 10_000_000 }] });
  allBold(sb, `A1:Q${f.last}`);
  workbookLayouts.push({
    id: 'all-bold-dash-kegiatan',
    description:
      'Dinas Sosial funding table typed entirely in bold (header, programs, kegiatan, sub kegiatan, numbers), no codes; programs in capitals, kegiatan written "- Perencanaan, Penganggaran, …", sub kegiatan plain official names. Planted: the Rehabilitasi Sosial Dasar kegiatan 10.000.000 over its sub kegiatan in 2025',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A3:Q${f.last}`, headerRows: [3, 4], roles: { ...fundingRoles(cols, years(2025)), Q: 'notes' } }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('1.06.04.2.01', 'pagu', 0) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('1.06.04.2.01', 'akhirPagu') }],
  });
}

// Very long indicator texts (about 200 characters) and line breaks typed inside names (Alt+Enter).
{
  const sb = new SheetBuilder('Tabel 4.2');
  titles(sb, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Kesehatan Kabupaten Pacitan Tahun 2025-2029']);
  const h = tc27(sb, 4, { yearLabels: years(2025), satuan: true });
  const LONG: Record<string, string> = {
    '1.02.02':
      'Persentase Fasilitas Pelayanan Kesehatan Tingkat Pertama (Puskesmas, Klinik Pratama dan Praktik Mandiri Dokter) yang Memenuhi Standar Sarana, Prasarana, Alat Kesehatan dan Sumber Daya Manusia Kesehatan sesuai Ketentuan',
    '1.02.02.2.02':
      'Persentase Penduduk yang Mendapatkan Pelayanan Kesehatan Sesuai Standar Pelayanan Minimal (Ibu Hamil, Ibu Bersalin, Bayi Baru Lahir, Balita, Usia Pendidikan Dasar, Usia Produktif, Usia Lanjut, Hipertensi, DM)',
  };
  const breakName = (s: string) => {
    if (s.length < 45) return s;
    const words = s.split(' ');
    const half = Math.ceil(words.length / 2);
    return `${words.slice(0, half).join(' ')}\n${words.slice(half).join(' ')}`;
  };
  const dress = (n: Node): Node =>
    mapTree(n, (x) => ({
      ...x,
      name: x.level === 'program' ? x.name : breakName(x.name),
      ind: LONG[x.key] ? [{ ...x.ind[0], text: LONG[x.key] }, ...x.ind.slice(1)] : x.ind,
    }));
  const [upaya] = kesehatan(0.7);
  const items: Item[] = [penunjangFull('1.02', 0.6, 5, { pegawai: 120 }), upaya].map(dress);
  const f = renderFunding(sb, h.firstData, items, h.cols, { bold: { program: true }, unitText: 'Dinas Kesehatan', lokasiText: 'Kabupaten Pacitan', jumlah: { label: 'Jumlah', labelCol: 'B' }, jumlahDelta: [{ year: 2, delta: -9_000_000 }] });
  workbookLayouts.push({
    id: 'long-indicators-line-breaks',
    description:
      'Dinas Kesehatan funding table with two indicators of about 200 characters (a program\'s and a kegiatan\'s) and a line break typed in the middle of every kegiatan and sub kegiatan name longer than 45 characters ("Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak\\ndan Perizinan …"). Planted: Jumlah 9.000.000 short in 2027',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) }],
    findings: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 2) }],
    tolerated: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'akhirPagu') }],
  });
}

// Program codes that are formulas (=LEFT(A9;7) over the first kegiatan's code), cached in the file.
{
  const sb = new SheetBuilder('Renstra Disdik');
  titles(sb, 1, ['RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN', 'DINAS PENDIDIKAN KABUPATEN TRENGGALEK 2025-2029']);
  const h = tc27(sb, 4, { yearLabels: years(2025), satuan: true, numberRow: 'plain' });
  const [, kurikulum, pendidik] = pendidikan(1);
  const items: Item[] = [penunjangFull('1.01', 0.9, 5, { pegawai: 88 }), kurikulum, pendidik];
  const f = renderFunding(sb, h.firstData, items, h.cols, { bold: { program: true }, unitText: 'Dinas Pendidikan', lokasiText: 'Kabupaten Trenggalek', jumlah: { label: 'JUMLAH', labelCol: 'B' }, paguDelta: [{ key: '1.01.03.2.01', year: 3, delta: 5_000_000 }] });
  for (const p of entities(items).filter((n) => n.level === 'program')) {
    const r = f.row(p.key);
    sb.get(`A${r}`)!.f = `LEFT(A${r + 1},7)`;
  }
  workbookLayouts.push({
    id: 'program-code-formula',
    description:
      'Dinas Pendidikan funding table whose program codes are formulas taking the first 7 characters of the kegiatan code below (=LEFT(A10,7) → "1.01.01"), cached values present; full Penunjang, Kurikulum, Pendidik, 1 2 3 … row. Planted: the kurikulum kegiatan 5.000.000 over its sub kegiatan in 2028',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra Disdik', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('1.01.03.2.01', 'pagu', 3) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('1.01.03.2.01', 'akhirPagu') }],
  });
}

// A Bab II sheet with the agency's profile tables only: population per desa, staff counts, assets — no Renstra table, no error.
{
  const sb = new SheetBuilder('BAB II');
  titles(sb, 1, ['BAB II', 'GAMBARAN PELAYANAN KECAMATAN KAWEDANAN']);
  titles(sb, 4, ['Tabel 2.1', 'Luas Wilayah dan Jumlah Penduduk per Desa/Kelurahan Tahun 2024']);
  sb.mergeText('A7:A8', b('No'));
  sb.mergeText('B7:B8', b('Desa/Kelurahan'));
  sb.mergeText('C7:C8', b('Luas (Km²)'));
  sb.mergeText('D7:F7', b('Jumlah Penduduk (jiwa)'));
  sb.put('D8', [b('Laki-laki'), b('Perempuan'), b('Jumlah')]);
  sb.mergeText('G7:G8', b('Kepadatan (jiwa/Km²)'));
  const desa: [string, number, number, number][] = [
    ['Kawedanan', 3.12, 2_415, 2_498],
    ['Bogem', 2.87, 1_904, 1_962],
    ['Karangrejo', 4.05, 2_688, 2_731],
    ['Ngunut', 3.46, 2_102, 2_177],
    ['Sampung', 2.58, 1_644, 1_690],
    ['Tladan', 3.91, 2_377, 2_452],
  ];
  desa.forEach(([n, luas, l, p], i) => sb.put(`A${9 + i}`, [i + 1, n, luas, l, p, l + p, Math.round((l + p) / luas)]));
  const jr = 9 + desa.length;
  const luas = round(desa.reduce((s, d) => s + d[1], 0), 2);
  const tl = desa.reduce((s, d) => s + d[2], 0);
  const tp = desa.reduce((s, d) => s + d[3], 0);
  sb.put(`B${jr}`, [b('Jumlah'), b(luas), b(tl), b(tp), b(tl + tp), b(Math.round((tl + tp) / luas))]);
  sb.set(`A${jr + 1}`, 'Sumber : Kecamatan Kawedanan Dalam Angka 2025');
  let r = staffTable(sb, jr + 3, ['Tabel 2.2', 'Jumlah ASN Berdasarkan Golongan/Ruang'], 'Golongan/Ruang', [
    ['IV/b', 1, 0],
    ['IV/a', 0, 2],
    ['III/d', 1, 2],
    ['III/c', 1, 0],
    ['III/b', 3, 0],
    ['II/c', 1, 1],
    ['Golongan 5 (P3K)', 1, 2],
  ]);
  // As printed in the sample (Tabel 2.4): "Sarjana 0 2 4" — a count the checker is not asked to check.
  r = staffTable(sb, r, ['Tabel 2.3', 'Jumlah PNS Berdasarkan Tingkat Pendidikan'], 'Jabatan', [
    ['Pasca Sarjana', 2, 2],
    ['Sarjana', 0, 2],
    ['Sarjana Muda (D3)', 1, 0],
    ['SLTA', 3, 2],
  ]);
  sb.set(`E${r - 6}`, 4);
  titles(sb, r, ['Tabel 2.6', 'Daftar Sarana dan Prasarana Kecamatan Kawedanan']);
  sb.put(`A${r + 3}`, [b('No'), b('Nama Aset'), b('Satuan'), b('Jumlah')]);
  const aset: [string, string, number][] = [
    ['Tanah Bangunan Kantor Pemerintah', 'm2', 8_455],
    ['Kendaraan dinas roda 4', 'Unit', 1],
    ['Kendaraan roda 2', 'Unit', 8],
    ['Personal Computer', 'Unit', 5],
    ['Laptop', 'Unit', 6],
    ['Printer', 'Unit', 6],
  ];
  aset.forEach((a, i) => sb.put(`A${r + 4 + i}`, [`${i + 1}.`, ...a]));
  workbookLayouts.push({
    id: 'bab2-profile-tables-only',
    description:
      'A Bab II sheet with the agency profile only: population per desa (Luas | Laki-laki | Perempuan | Jumlah | Kepadatan, a Jumlah row), staff by golongan and by pendidikan (Laki-laki | Perempuan | Jumlah, one row printed "0 2 4" as in the sample), an asset list — none is a Renstra table: no table, no error',
    workbook: workbook(sb),
    tables: [],
    findings: [],
  });
}

// T-C.25 as an e-SAKIP export: one "Tujuan/Sasaran" column with T1 / S1.1 codes, Satuan, Kondisi Awal, targets, Kondisi Akhir.
{
  const sb = new SheetBuilder('Tujuan Sasaran');
  titles(sb, 1, ['Tabel 3.1 Tujuan dan Sasaran Jangka Menengah Dinas Kesehatan Kabupaten Magetan Tahun 2025-2029']);
  sb.mergeText('A3:A4', b('Kode'));
  sb.mergeText('B3:B4', b('Tujuan/Sasaran'));
  sb.mergeText('C3:C4', b('Indikator Kinerja'));
  sb.mergeText('D3:D4', b('Satuan'));
  sb.mergeText('E3:E4', b('Kondisi Awal (2024)'));
  sb.mergeText('F3:J3', b('Target Kinerja Tujuan/Sasaran'));
  sb.put('F4', years(2025).map(b));
  sb.mergeText('K3:K4', b('Kondisi Akhir (2029)'));
  const data: [string, string, string, string, number, number[]][] = [
    ['T1', 'Meningkatnya derajat kesehatan masyarakat', 'Usia Harapan Hidup', 'Tahun', 72.6, [72.7, 72.8, 72.9, 73, 73.1]],
    ['S1.1', 'Meningkatnya kualitas pelayanan kesehatan ibu dan anak', 'Angka Kematian Ibu (per 100.000 Kelahiran Hidup)', 'per 100.000 KH', 98, [95, 92, 89, 86, 83]],
    ['S1.1', 'Meningkatnya kualitas pelayanan kesehatan ibu dan anak', 'Angka Kematian Bayi (per 1.000 Kelahiran Hidup)', 'per 1.000 KH', 8.2, [8, 7.8, 7.6, 7.4, 7.2]],
    ['S1.2', 'Meningkatnya status gizi masyarakat', 'Prevalensi Stunting pada Balita', '%', 14.3, [13.5, 12.5, 11.5, 10.5, 9.5]],
    ['S1.3', 'Meningkatnya mutu fasilitas pelayanan kesehatan', 'Persentase Puskesmas Terakreditasi Paripurna', '%', 35, [40, 50, 60, 70, 80]],
  ];
  data.forEach(([k, ts, ind, sat, base, t], i) => sb.put(`A${5 + i}`, [k, ts, ind, sat, base, ...t, t[4]]));
  workbookLayouts.push({
    id: 'tc25-combined-tujuan-sasaran-column',
    description:
      'T-C.25 as an e-SAKIP export: one "Tujuan/Sasaran" column whose rows are coded T1 / S1.1 / S1.2 in a Kode column (a sasaran repeated on each of its indicator rows), Indikator Kinerja, Satuan, Kondisi Awal (2024), targets 2025-2029 (three of them falling: AKI, AKB, stunting), Kondisi Akhir (2029); the combined column\'s role left open',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Tujuan Sasaran',
        kind: 'tujuan-sasaran',
        range: 'A3:K9',
        headerRows: [3, 4],
        roles: { C: 'indicator', D: 'satuan', E: 'baseline', ...yearRoles('target', letters('F', 5), years(2025)), K: 'akhir-target' },
      },
    ],
    findings: [],
  });
}

// Dinas Kesehatan Bab II pasted from the Word draft: numbers as text with comma decimals and trailing spaces, "100 %", lower-is-better rates (AKI, AKB, stunting) with rasio 2 − R/T, "2025*)" year labels with a footnote.
{
  const sb = new SheetBuilder('BAB II');
  titles(sb, 1, ['Tabel 2.7', 'Pencapaian Kinerja Pelayanan Dinas Kesehatan Kabupaten Magetan Tahun 2021-2025']);
  const ys: V[] = [2021, 2022, 2023, 2024, '2025*)'];
  const h23 = tc23Header(sb, 4, ys, { agency: 'Perangkat Daerah', numberRow: true });
  const cap: Capaian[] = [
    { ind: 'Angka Kematian Ibu (per 100.000 Kelahiran Hidup)', refs: ['-', 'V', '-'], t: [105, 102, 100, 98, 96], r: [110.2, 98.4, 101.5, 92.3, 90.1], pol: 'khusus' },
    { ind: 'Angka Kematian Bayi (per 1.000 Kelahiran Hidup)', refs: ['-', 'V', '-'], t: [9, 8.8, 8.6, 8.4, 8.2], r: [9.4, 8.5, 8.6, 8.1, 7.9], pol: 'khusus' },
    { ind: 'Prevalensi Stunting pada Balita', refs: ['-', '-', 'V'], t: [20, 18, 16, 15, 14], r: [19.2, 17.6, 16.8, 14.1, 13.2], pol: 'khusus' },
    { ind: 'Persentase Ibu Hamil Mendapatkan Pelayanan Kesehatan Sesuai Standar', refs: ['100', '-', '-'], t: [100, 100, 100, 100, 100], r: [94.3, 96.8, 98.1, 99.2, 99.5] },
    { ind: 'Persentase Puskesmas Terakreditasi', refs: ['-', '-', 'V'], t: [60, 70, 80, 90, 100], r: [54.5, 72.7, 81.8, 90.9, 100] },
  ];
  const d23 = h23[h23.length - 1] + 1;
  const e23 = tc23Rows(sb, d23, cap);
  // Puskesmas terakreditasi 2022: 72,7 / 70 = 1,04 — shown 0,96 (T/R on a positive indicator).
  const wrong23 = `Q${d23 + 4}`;
  sb.set(wrong23, 0.96);
  const comma = (v: number) => `${String(v).replace('.', ',')} `;
  asText(sb, letters('F', 15), d23, e23 - 1, (v, c, r) => (r === d23 + 3 && letters('F', 10).includes(c) ? `${v} %` : comma(v)));
  sb.set(`A${e23}`, '*) realisasi tahun 2025 s.d. Triwulan III');
  sb.set(`A${e23 + 1}`, 'Untuk AKI, AKB dan stunting (makin kecil makin baik) rasio = 1 + (1 − realisasi/target)');
  titles(sb, e23 + 4, ['Tabel 2.8', 'Anggaran dan Realisasi Pendanaan Pelayanan Dinas Kesehatan Kabupaten Magetan Tahun 2021-2025']);
  const c24 = e23 + 7;
  const h24 = tc24Header(sb, c24, ys, false);
  const ang: Anggaran[] = [
    { name: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', a: [48_215_400_000, 50_118_900_000, 52_406_330_000, 54_912_000_000, 57_300_450_000], r: [46_114_880_500, 48_905_312_700, 50_877_415_200, 53_406_118_900, 41_208_337_600] },
    { name: 'Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat', a: [62_480_000_000, 58_905_500_000, 61_330_000_000, 64_120_750_000, 66_904_000_000], r: [60_118_402_300, 56_994_118_500, 59_870_226_100, 62_441_905_300, 47_118_330_900] },
    { name: 'Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan', a: [3_850_000_000, 4_120_000_000, 4_305_000_000, 4_512_500_000, 4_790_000_000], r: [3_711_450_000, 3_998_612_000, 4_188_905_000, 4_402_118_000, 3_305_776_000] },
    { name: 'Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman', a: [415_000_000, 438_000_000, 452_500_000, 470_000_000, 488_000_000], r: [401_225_000, 425_118_000, 440_902_500, 459_880_000, 352_114_000] },
    { name: 'Program Pemberdayaan Masyarakat Bidang Kesehatan', a: [620_000_000, 655_000_000, 690_500_000, 715_000_000, 742_000_000], r: [598_440_000, 641_226_500, 671_930_000, 700_118_000, 540_227_000] },
  ];
  const d24 = h24[h24.length - 1] + 1;
  ang.forEach((x, i) => sb.put(`A${d24 + i}`, [`${i + 1}.`, x.name, ...anggaranValues(x)]));
  const j24 = d24 + ang.length;
  sb.put(`B${j24}`, [b('Jumlah'), ...anggaranValues(addUp(ang)).map((v) => b(v))]);
  // SDM Kesehatan, 2023: 4.188.905.000 / 4.305.000.000 = 0,97 — shown 0,79.
  const wrong24 = `O${d24 + 2}`;
  sb.set(wrong24, 0.79);
  asText(sb, letters('C', 17), d24, j24, (v, c) => (letters('C', 10).includes(c) ? `${idr(v)} ` : comma(v)));
  sb.set(`A${j24 + 1}`, '*) realisasi tahun 2025 s.d. Triwulan III');
  workbookLayouts.push({
    id: 'bab2-dinkes-text-numbers',
    description:
      'Dinas Kesehatan Bab II pasted from the Word draft: T-C.23 and T-C.24 with every number text — comma decimals with a trailing space ("96,12 "), "100 %" targets, money "48.215.400.000 " — the last year labelled "2025*)" with a footnote (realisasi to Q3), AKI, AKB and stunting lower-is-better with rasio 1 + (1 − R/T) as the note under the table says. Planted: one wrong rasio in each table',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [
      { sheet: 'BAB II', kind: 'pencapaian-kinerja', range: `A4:T${e23 - 1}`, headerRows: h23, roles: TC23_ROLES(years(2021)) },
      { sheet: 'BAB II', kind: 'anggaran-realisasi', range: `A${c24}:S${j24}`, headerRows: h24, roles: TC24_ROLES(years(2021)) },
    ],
    findings: [
      { rule: 'ratio.capaian', cell: wrong23 },
      { rule: 'ratio.anggaran', cell: wrong24 },
    ],
  });
}

// BAB IV of a Kecamatan as the sample lays it: T-C.27, then "4.3" text and Tabel 4.3 (priority sub kegiatan: NO | PROGRAM PRIORITAS | OUTCOME | KEGIATAN/SUB-KEGIATAN | KET).
{
  const sb = new SheetBuilder('BAB IV');
  titles(sb, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Kecamatan Kawedanan Tahun 2025-2029']);
  const h = tc27(sb, 4, { yearLabels: years(2025), satuan: true, numberRow: 'paren' });
  const items: Item[] = [penunjangFull('7.01', 0.4, 5, { pegawai: 19 }), ...kecamatanFull(0.9)];
  const f = renderFunding(sb, h.firstData, items, h.cols, {
    bold: { program: true },
    unitText: 'Kecamatan Kawedanan',
    lokasiText: 'Kec. Kawedanan',
    jumlah: { label: 'Jumlah', labelCol: 'A', mergeTo: 'E' },
    jumlahDelta: [{ year: 2, delta: -12_000_000 }],
  });
  const t = f.last + 2;
  sb.set(`A${t}`, '4.3 Sub kegiatan dalam rangka mendukung program prioritas pembangunan daerah');
  titles(sb, t + 2, ['Tabel 4.3', 'Daftar Sub-kegiatan Prioritas dalam Mendukung Program Prioritas Pembangunan Daerah']);
  const hp = t + 5;
  sb.put(`A${hp}`, [b('NO'), b('PROGRAM PRIORITAS'), b('OUTCOME'), b('KEGIATAN/ SUB-KEGIATAN'), b('KET')]);
  sb.put(`A${hp + 1}`, numbers(5, 'paren'));
  sb.put(`A${hp + 2}`, [
    1,
    'Program Pemberdayaan Masyarakat Desa dan Kelurahan',
    'Meningkatnya kualitas kinerja desa serta kinerja pemerintahan bidang kesejahteraan sosial di Kecamatan',
    'Koordinasi Kegiatan Pemberdayaan Desa // Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan',
    'Mendukung prioritas pengentasan kemiskinan',
  ]);
  sb.put(`A${hp + 3}`, [
    2,
    'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik',
    'Meningkatnya kualitas pelayanan publik dan lembaga masyarakat serta aparatur desa di wilayah Kecamatan',
    'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan // Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan',
    'Mendukung prioritas reformasi birokrasi',
  ]);
  workbookLayouts.push({
    id: 'bab4-tc27-then-priority-list',
    description:
      'A Kecamatan BAB IV sheet as in the sample: T-C.27 with its Jumlah, then the "4.3" paragraph and Tabel 4.3 "Daftar Sub-kegiatan Prioritas" (NO | PROGRAM PRIORITAS | OUTCOME | KEGIATAN/ SUB-KEGIATAN | KET, (1)…(5), two rows naming programs and kegiatan) — a list, not a Renstra table of the seven kinds. Planted: Jumlah 12.000.000 short in 2027',
    workbook: workbook(sb),
    tables: [{ sheet: 'BAB IV', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) }],
    findings: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 2) }],
    tolerated: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'akhirPagu') }],
  });
}

// IKU per sasaran strategis, as the IKU decree lays it: Sasaran Strategis merged down over its indicators, a long Formulasi column, Sumber Data, Penanggung Jawab.
{
  const sb = new SheetBuilder('IKU');
  titles(sb, 1, ['INDIKATOR KINERJA UTAMA (IKU)', 'BADAN PERENCANAAN PEMBANGUNAN DAERAH KABUPATEN TRENGGALEK TAHUN 2026-2030']);
  const tall = (c: string, label: string) => sb.mergeText(`${c}4:${c}5`, b(label));
  tall('A', 'No');
  tall('B', 'Sasaran Strategis');
  tall('C', 'Indikator Kinerja Utama');
  tall('D', 'Satuan');
  tall('E', 'Formulasi Perhitungan');
  tall('F', 'Baseline 2025');
  sb.mergeText('G4:K4', b('Target'));
  sb.put('G5', years(2026).map(b));
  tall('L', 'Sumber Data');
  tall('M', 'Penanggung Jawab');
  const rowsData: [string, string, string, string, number, number[], string, string][] = [
    ['Meningkatnya kualitas perencanaan pembangunan daerah', 'Persentase Keselarasan Program RPJMD dan RKPD', '%', '(Jumlah program RPJMD yang dimuat dalam RKPD / Jumlah program RPJMD) x 100%', 92, [93, 94, 95, 96, 97], 'Dokumen RKPD', 'Bidang Perencanaan'],
    ['Meningkatnya kualitas perencanaan pembangunan daerah', 'Persentase Renstra Perangkat Daerah yang Selaras dengan RPJMD', '%', '(Jumlah Renstra PD yang selaras / Jumlah PD) x 100%', 88, [90, 92, 94, 96, 98], 'Hasil Verifikasi Renstra', 'Bidang Perencanaan'],
    ['Meningkatnya kualitas pengendalian dan evaluasi pembangunan', 'Nilai Evaluasi Kinerja Pembangunan Daerah', 'Nilai', 'Nilai hasil evaluasi kinerja penyelenggaraan pemerintahan daerah bidang perencanaan oleh Kementerian Dalam Negeri', 3.2, [3.3, 3.4, 3.5, 3.6, 3.7], 'LPPD / EKPPD', 'Bidang Litbang'],
    ['Meningkatnya akuntabilitas kinerja Bappeda', 'Nilai SAKIP Bappeda', 'Nilai', 'Perencanaan (30) + Pengukuran (30) + Pelaporan (15) + Evaluasi Internal (25)', 78.5, [80, 81, 82, 83, 84], 'LHE SAKIP Inspektorat', 'Sekretariat'],
  ];
  rowsData.forEach(([s, ind, sat, form, base, t, src, pj], i) => sb.put(`A${6 + i}`, [i + 1, i === 1 ? undefined : s, ind, sat, form, base, ...t, src, pj]));
  sb.merge('B6:B7');
  workbookLayouts.push({
    id: 'iku-per-sasaran-strategis',
    description:
      'IKU as the IKU decree lays it: No | Sasaran Strategis (merged down over its two indicators) | Indikator Kinerja Utama | Satuan | Formulasi Perhitungan (long text with "/", "x 100%") | Baseline 2025 | Target 2026-2030 | Sumber Data | Penanggung Jawab',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'IKU',
        kind: 'iku',
        range: 'A4:M9',
        headerRows: [4, 5],
        roles: { A: 'no', B: 'sasaran', C: 'indicator', D: 'satuan', F: 'baseline', ...yearRoles('target', letters('G', 5), years(2026)), L: 'notes', M: 'notes' },
      },
    ],
    findings: [],
  });
}

// IKU and T-C.25 that agree although written differently (abbreviation in brackets, capitals, "83,50 Indeks" text), next to a T-C.23 of the previous period with the same indicator; one real disagreement.
{
  const s23 = new SheetBuilder('Tabel 2.7');
  titles(s23, 1, ['Tabel 2.7', 'Pencapaian Kinerja Pelayanan Kecamatan Sukomoro 2020-2024']);
  const h23 = tc23Header(s23, 4, years(2020), { agency: 'Kecamatan' });
  const cap: Capaian[] = [
    { ind: 'Indeks Kepuasan Masyarakat', refs: ['-', '-', 'V'], t: [78, 79, 80, 81, 82], r: [78.6, 79.4, 80.9, 81.2, 82.5] },
    { ind: 'Nilai SAKIP Kecamatan', refs: ['-', '-', 'V'], t: [60, 62, 64, 66, 68], r: [61, 62.5, 65.2, 66.1, 69.3] },
  ];
  const d23 = h23[h23.length - 1] + 1;
  const e23 = tc23Rows(s23, d23, cap);
  const s25 = new SheetBuilder('Tabel 3.1');
  titles(s25, 1, ['Tabel 3.1', 'Tujuan dan Sasaran Jangka Menengah Kecamatan Sukomoro 2025-2029']);
  s25.mergeText('A3:A4', b('No'));
  s25.mergeText('B3:B4', b('Tujuan'));
  s25.mergeText('C3:C4', b('Sasaran'));
  s25.mergeText('D3:D4', b('Indikator Tujuan/Sasaran'));
  s25.mergeText('E3:I3', b('Target Kinerja Tujuan/Sasaran'));
  s25.put('E4', years(2025).map(b));
  const plan: TujuanRow[] = [
    {
      tujuan: 'Meningkatnya kualitas pelayanan publik di wilayah kecamatan',
      ind: 'Indeks Kepuasan Masyarakat',
      satuan: 'Indeks',
      base: 82.5,
      t: [83, 83.5, 84, 84.5, 85],
      sasaran: [{ sasaran: 'Meningkatnya akuntabilitas kinerja kecamatan', ind: 'Nilai SAKIP Kecamatan', satuan: 'Nilai', base: 69.3, t: [70, 71, 72, 73, 74] }],
    },
  ];
  const t25 = tc25Rows(s25, 5, plan);
  // The tujuan targets typed with their unit, comma decimals.
  const ikmRow = t25.rowOf.get('Indeks Kepuasan Masyarakat')!;
  letters('E', 5).forEach((c, i) => s25.set(`${c}${ikmRow}`, `${plan[0].t[i].toFixed(2).replace('.', ',')} Indeks`));
  const si = new SheetBuilder('Tabel 4.4');
  titles(si, 1, ['Tabel 4.4', 'INDIKATOR KINERJA UTAMA KECAMATAN SUKOMORO']);
  si.mergeText('A3:A4', b('NO'));
  si.mergeText('B3:B4', b('INDIKATOR KINERJA UTAMA'));
  si.mergeText('C3:C4', b('SATUAN'));
  si.mergeText('D3:D4', b('KONDISI AWAL'));
  si.mergeText('E3:I3', b('TARGET'));
  si.put('E4', years(2025).map(b));
  si.mergeText('J3:J4', b('KONDISI AKHIR'));
  si.put('A5', [1, 'INDEKS KEPUASAN MASYARAKAT (IKM)', 'Indeks', 82.5, 83, 83.5, 84, 84.5, 85, 85]);
  si.put('A6', [2, 'Nilai SAKIP Kecamatan Sukomoro', 'Nilai', 69.3, 70, 71, 72.5, 73, 74, 74]);
  workbookLayouts.push({
    id: 'iku-tc25-written-differently',
    description:
      'Kecamatan workbook: T-C.23 2020-2024 (the same indicators with other targets), T-C.25 2025-2029 whose IKM targets are text "83,50 Indeks", and an IKU in capitals naming them "INDEKS KEPUASAN MASYARAKAT (IKM)" and "Nilai SAKIP Kecamatan Sukomoro". The IKM targets agree; planted: the SAKIP 2027 IKU target 72,5 where T-C.25 has 72',
    viaXlsx: true,
    workbook: workbook(s23, s25, si),
    tables: [
      { sheet: 'Tabel 2.7', kind: 'pencapaian-kinerja', range: `A4:T${e23 - 1}`, headerRows: h23, roles: TC23_ROLES(years(2020)) },
      { sheet: 'Tabel 3.1', kind: 'tujuan-sasaran', range: `A3:I${t25.next - 1}`, headerRows: [3, 4], roles: { A: 'no', B: 'tujuan', C: 'sasaran', D: 'indicator', ...yearRoles('target', letters('E', 5), years(2025)) } },
      { sheet: 'Tabel 4.4', kind: 'iku', range: 'A3:J6', headerRows: [3, 4], roles: { A: 'no', B: 'indicator', C: 'satuan', D: 'baseline', ...yearRoles('target', letters('E', 5), years(2025)), J: 'akhir-target' } },
    ],
    findings: [{ rule: 'crosstable.iku-target', cell: ['Tabel 4.4!G6', `Tabel 3.1!G${t25.rowOf.get('Nilai SAKIP Kecamatan')}`] }],
  });
}

// T-C.24 of a Dinas Pendidikan dan Kebudayaan (two urusan): heading rows "URUSAN PENDIDIKAN" / "URUSAN KEBUDAYAAN" without money over their programs, one Jumlah.
{
  const sb = new SheetBuilder('Tabel 2.8');
  titles(sb, 1, ['Tabel 2.8', 'Anggaran dan Realisasi Pendanaan Pelayanan Dinas Pendidikan dan Kebudayaan Kabupaten Pacitan']);
  const h24 = tc24Header(sb, 4, years(2020));
  const pendidikanRows: Anggaran[] = [
    { name: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', a: [212_450_000_000, 218_900_500_000, 225_118_000_000, 231_406_750_000, 238_880_000_000], r: [205_118_402_300, 212_440_905_100, 219_006_331_800, 225_917_004_200, 233_104_665_000] },
    { name: 'Program Pengelolaan Pendidikan', a: [96_400_000_000, 101_250_000_000, 104_880_500_000, 110_312_000_000, 114_905_000_000], r: [92_806_115_400, 98_114_502_000, 101_660_430_900, 107_005_880_100, 111_776_204_500] },
    { name: 'Program Pengembangan Kurikulum', a: [180_000_000, 195_000_000, 205_000_000, 215_000_000, 225_000_000], r: [172_450_000, 189_880_000, 199_412_000, 209_775_000, 218_905_000] },
    { name: 'Program Pendidik dan Tenaga Kependidikan', a: [1_250_000_000, 1_310_000_000, 1_375_500_000, 1_440_000_000, 1_512_000_000], r: [1_201_118_000, 1_277_400_500, 1_330_912_000, 1_402_776_000, 1_470_335_000] },
  ];
  const kebudayaanRows: Anggaran[] = [
    { name: 'Program Pengembangan Kebudayaan', a: [640_000_000, 685_000_000, 720_500_000, 758_000_000, 790_000_000], r: [612_880_000, 668_405_000, 701_330_500, 739_118_000, 771_904_000] },
    { name: 'Program Pelestarian dan Pengelolaan Cagar Budaya', a: [310_000_000, 335_000_000, 352_000_000, 370_000_000, 388_000_000], r: [298_114_000, 326_880_500, 341_905_000, 361_002_000, 379_440_000] },
  ];
  let r = h24[h24.length - 1] + 1;
  sb.put(`A${r++}`, [b('I'), b('URUSAN PEMERINTAHAN BIDANG PENDIDIKAN')]);
  pendidikanRows.forEach((x, i) => sb.put(`A${r++}`, [i + 1, x.name, ...anggaranValues(x)]));
  sb.put(`A${r++}`, [b('II'), b('URUSAN PEMERINTAHAN BIDANG KEBUDAYAAN')]);
  const firstBudaya = r;
  kebudayaanRows.forEach((x, i) => sb.put(`A${r++}`, [i + 1, x.name, ...anggaranValues(x)]));
  const jr = r;
  const tot = addUp([...pendidikanRows, ...kebudayaanRows]);
  tot.a[4] -= 388_000_000; // 2024: Cagar Budaya left out of the total
  sb.put(`B${jr}`, [b('JUMLAH'), ...anggaranValues(tot).map((v) => b(v))]);
  // Pengembangan Kebudayaan 2022: 701.330.500 / 720.500.000 = 0,97 — shown 1,07.
  const wrong = `O${firstBudaya}`;
  sb.set(wrong, 1.07);
  workbookLayouts.push({
    id: 'tc24-two-urusan-headings',
    description:
      'T-C.24 of a Dinas Pendidikan dan Kebudayaan: heading rows "I URUSAN PEMERINTAHAN BIDANG PENDIDIKAN" and "II URUSAN PEMERINTAHAN BIDANG KEBUDAYAAN" with no money over their programs (numbered 1.. again under each), one JUMLAH of all six programs. Planted: JUMLAH anggaran 2024 skips a program, one wrong rasio',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 2.8', kind: 'anggaran-realisasi', range: `A4:S${jr}`, headerRows: h24, roles: TC24_ROLES(years(2020)) }],
    findings: [
      { rule: 'total.jumlah', cell: `G${jr}` },
      { rule: 'ratio.anggaran', cell: wrong },
    ],
  });
}

// T-C.23 as the sample's Tabel 2.7: six target years (2020-2025) but five realisasi and rasio years, column numbers 1 … 21, indicators measured only some years.
{
  const sb = new SheetBuilder('Tabel 2.7');
  titles(sb, 1, ['Tabel 2.7', 'Pencapaian Kinerja Pelayanan Kecamatan Kartoharjo Kabupaten Magetan']);
  sb.mergeText('A4:A5', b('No'));
  sb.mergeText('B4:B5', b('Indikator Kinerja Sesuai Tugas dan Fungsi Kecamatan Kartoharjo'));
  sb.mergeText('C4:C5', b('Target NSPK'));
  sb.mergeText('D4:D5', b('Target IKK'));
  sb.mergeText('E4:E5', b('Target IKU'));
  sb.mergeText('F4:K4', b('Target Renstra Kecamatan Kartoharjo Tahun ke-'));
  sb.mergeText('L4:P4', b('Realisasi Capaian Tahun ke-'));
  sb.mergeText('Q4:U4', b('Rasio Capaian pada Tahun ke-'));
  sb.put('F5', [...years(2020, 6), ...years(2020), ...years(2020)].map(b));
  sb.put('A6', numbers(21, 'plain', false));
  const rowsData: { ind: string; t: (number | null)[]; r: (number | null)[] }[] = [
    { ind: 'Indeks Kepuasan Masyarakat (IKM)', t: [72.5, 74, 75, 80, 81, 81.5], r: [77.41, 77.51, 80.71, 82.33, 82.92] },
    { ind: 'Kecamatan Berpredikat Kinerja Baik', t: [null, 61, 65, 70, null, null], r: [null, 64, 64, 84.19, null] },
    { ind: 'Nilai Predikat Kinerja Kecamatan', t: [null, null, null, null, 71, 73], r: [null, null, null, null, 94.36] },
    { ind: 'Nilai SAKIP', t: [null, null, null, null, 82, 82.5], r: [null, null, null, null, 89.43] },
  ];
  rowsData.forEach((x, i) => {
    const row = 7 + i;
    const ras = x.r.map((rv, y) => (rv !== null && x.t[y] !== null ? round(rv / (x.t[y] as number), 2) : null));
    sb.put(`A${row}`, [i + 1, x.ind, undefined, undefined, 'V', ...x.t, ...x.r, ...ras]);
  });
  // As printed in the sample: 2023 rasio 1,14 where 84,19 / 70 = 1,20.
  sb.set('T8', 1.14);
  workbookLayouts.push({
    id: 'tc23-six-targets-five-realisasi',
    description:
      'T-C.23 laid out as the sample\'s Tabel 2.7: "Target Renstra … Tahun ke-" over six years 2020-2025 but "Realisasi Capaian" and "Rasio Capaian" over 2020-2024, plain 1 … 21 column numbers, Target IKU "V", indicators measured only in some years (blank elsewhere). Planted: the sample\'s own 1,14 where 84,19 / 70 = 1,20',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Tabel 2.7',
        kind: 'pencapaian-kinerja',
        range: 'A4:U10',
        headerRows: [4, 5, 6],
        roles: {
          A: 'no',
          B: 'indicator',
          C: 'ref-target',
          D: 'ref-target',
          E: 'ref-target',
          ...yearRoles('target', letters('F', 6), years(2020, 6)),
          ...yearRoles('realisasi', letters('L', 5), years(2020)),
          ...yearRoles('rasio', letters('Q', 5), years(2020)),
        },
      },
    ],
    findings: [{ rule: 'ratio.capaian', cell: 'T8' }],
  });
}
