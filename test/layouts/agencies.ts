/**
 * Plan fragments for the layout corpus: each agency's programs, kegiatan and sub kegiatan with the
 * real depth of the 2027 nomenclature (kab/kota), indicators and money that add up, for 5 or 6 years.
 */
import { type Node, type Num, I, flat, keg, prog, rising, series, sub } from './funding';

export const M = 1_000_000;
export const k1000 = (x: number) => Math.round(x / 1000) * 1000;
/** A pagu series of `n` years starting at `juta` million rupiah (× scale), growing 5 % a year. */
export const jt = (juta: number, scale: number, n: number, rate = 0.05) => series(k1000(juta * M * scale), n, rate);

// =============================================================================================
// Plan fragments (nomenklatur 2027, kab/kota), for n = 5 or 6 years

/** A leaf with one indicator. */
export const S = (code: string, name: string, ind: string, sat: string, base: Num, t: Num[], pagu: number[]): Node => sub(code, name, I(ind, sat, base, t), pagu);

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
