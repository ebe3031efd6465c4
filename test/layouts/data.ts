/**
 * Plan fragments with official names and codes (nomenklatur sub kegiatan 2027, kab/kota) and
 * plausible indicators, targets and pagu. `scale` varies the money between layouts.
 */
import { I, type Node, flat, keg, mapTree, prog, rising, series, sub } from './funding';

const M = 1_000_000;
const k1000 = (x: number) => Math.round(x / 1000) * 1000;

/** Drops every code (the key stays the code, so same-named kegiatan and sub kegiatan stay apart). */
export function stripCodes(n: Node): Node {
  return mapTree(n, (x) => ({ ...x, code: undefined }));
}

/** Upper-cases program names (as many offices type them) or title-cases them. */
export function programNames(n: Node, f: (s: string) => string): Node {
  return mapTree(n, (x) => (x.level === 'program' ? { ...x, name: f(x.name) } : x));
}

export const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s/(])([a-z])/g, (_, p, c) => p + c.toUpperCase());

/** The Penunjang program under an agency's bidang prefix (e.g. 1.03 → 1.03.01). */
export function penunjang(bidang: string, scale = 1, size: 'small' | 'full' = 'full'): Node {
  const p = `${bidang}.01`;
  const kegiatan: Node[] = [
    keg(`${p}.2.01`, 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', I('Jumlah Dokumen Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 'Dokumen', 10, flat(10)), [
      sub(`${p}.2.01.0001`, 'Penyusunan Dokumen Perencanaan Perangkat Daerah', I('Jumlah Dokumen Perencanaan Perangkat Daerah', 'Dokumen', 2, flat(2)), series(k1000(25 * M * scale))),
      sub(`${p}.2.01.0006`, 'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD', I('Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD', 'Laporan', 4, flat(4)), series(k1000(12.5 * M * scale))),
      sub(`${p}.2.01.0007`, 'Evaluasi Kinerja Perangkat Daerah', I('Jumlah Laporan Evaluasi Kinerja Perangkat Daerah', 'Laporan', 4, flat(4)), series(k1000(10 * M * scale))),
    ]),
    keg(`${p}.2.02`, 'Administrasi Keuangan Perangkat Daerah', I('Jumlah Dokumen Administrasi Keuangan Perangkat Daerah', 'Dokumen', 12, flat(12)), [
      sub(`${p}.2.02.0001`, 'Penyediaan Gaji dan Tunjangan ASN', I('Jumlah Orang yang Menerima Gaji dan Tunjangan ASN', 'Orang/bulan', 38, flat(38)), series(k1000(2150 * M * scale), 5, 0.03)),
    ]),
  ];
  if (size === 'full') {
    kegiatan.push(
      keg(`${p}.2.06`, 'Administrasi Umum Perangkat Daerah', I('Jumlah Paket Administrasi Umum Perangkat Daerah', 'Paket', 18, flat(18)), [
        sub(`${p}.2.06.0001`, 'Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor', I('Jumlah Paket Komponen Instalasi Listrik/Penerangan Bangunan Kantor yang Disediakan', 'Paket', 4, flat(4)), series(k1000(6 * M * scale))),
        sub(`${p}.2.06.0002`, 'Penyediaan Peralatan dan Perlengkapan Kantor', I('Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan', 'Paket', 2, flat(2)), series(k1000(30 * M * scale))),
        sub(`${p}.2.06.0009`, 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', I('Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 'Laporan', 12, flat(12)), series(k1000(45 * M * scale))),
      ]),
      keg(`${p}.2.09`, 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', I('Jumlah Barang Milik Daerah yang Dipelihara', 'Unit', 9, flat(9)), [
        sub(
          `${p}.2.09.0002`,
          'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan',
          I('Jumlah Kendaraan Dinas Operasional atau Lapangan yang Dipelihara dan dibayarkan Pajak dan Perizinannya', 'Unit', 8, flat(8)),
          series(k1000(64 * M * scale)),
        ),
        sub(`${p}.2.09.0009`, 'Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya', I('Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi', 'Unit', 1, flat(1)), series(k1000(120 * M * scale), 5, 0.1)),
      ]),
    );
  }
  return prog(p, 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', I('Persentase Capaian Kinerja dan Anggaran Perangkat Daerah', '%', 95, rising(96, 0.5)), kegiatan);
}

/** Kecamatan programs (bidang 7.01). */
export function kecamatan(scale = 1): Node[] {
  return [
    prog('7.01.02', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', I('Indeks Kepuasan Masyarakat', 'Indeks', 81, rising(81.5, 0.5)), [
      keg('7.01.02.2.01', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', I('Jumlah Laporan Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', 'Laporan', 16, flat(16)), [
        sub(
          '7.01.02.2.01.0001',
          'Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah dan Instansi Vertikal Terkait',
          I('Jumlah Laporan Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan', 'Laporan', 12, flat(12)),
          series(k1000(18 * M * scale)),
        ),
        sub('7.01.02.2.01.0002', 'Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan', I('Jumlah Dokumen Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan', 'Dokumen', 4, flat(4)), series(k1000(9.5 * M * scale))),
      ]),
    ]),
    prog('7.01.03', 'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN', I('Persentase Lembaga Kemasyarakatan yang Aktif', '%', 80, rising(82, 2)), [
      keg('7.01.03.2.01', 'Koordinasi Kegiatan Pemberdayaan Desa', I('Jumlah Desa yang Dikoordinasikan dalam Pemberdayaan', 'Desa', 12, flat(12)), [
        sub(
          '7.01.03.2.01.0001',
          'Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa',
          I('Jumlah Lembaga Kemasyarakatan yang Berpartisipasi dalam Musrenbang Desa', 'Lembaga', 24, flat(24)),
          series(k1000(27.5 * M * scale)),
        ),
      ]),
    ]),
  ];
}

/** 4.01.03 (Bagian Perekonomian dan Pembangunan): "Pengelolaan Pengadaan Barang dan Jasa" is a kegiatan and a sub kegiatan. */
export function perekonomian(scale = 1): Node {
  return prog('4.01.03', 'PROGRAM PEREKONOMIAN DAN PEMBANGUNAN', I('Persentase Paket Pengadaan yang Selesai Tepat Waktu', '%', 88, rising(90, 2)), [
    keg('4.01.03.2.01', 'Pelaksanaan Kebijakan Perekonomian', I('Jumlah Laporan Pelaksanaan Kebijakan Perekonomian', 'Laporan', 4, flat(4)), [
      sub('4.01.03.2.01.0002', 'Pengendalian dan Distribusi Perekonomian', I('Jumlah Laporan Hasil Pengendalian dan Distribusi Perekonomian', 'Laporan', 4, flat(4)), series(k1000(35 * M * scale))),
    ]),
    keg('4.01.03.2.02', 'Pelaksanaan Administrasi Pembangunan', I('Jumlah Dokumen Administrasi Pembangunan', 'Dokumen', 6, flat(6)), [
      sub('4.01.03.2.02.0001', 'Fasilitasi Penyusunan Program Pembangunan', I('Jumlah Dokumen Hasil Fasilitasi Penyusunan Program Pembangunan Daerah', 'Dokumen', 2, flat(2)), series(k1000(22 * M * scale))),
      sub('4.01.03.2.02.0002', 'Pengendalian dan Evaluasi Program Pembangunan', I('Jumlah Laporan Hasil Pengendalian dan Evaluasi Program Pembangunan', 'Laporan', 4, flat(4)), series(k1000(41 * M * scale))),
    ]),
    keg('4.01.03.2.03', 'Pengelolaan Pengadaan Barang dan Jasa', I('Jumlah Dokumen Pengelolaan Pengadaan Barang dan Jasa', 'Dokumen', 250, rising(260, 10)), [
      sub('4.01.03.2.03.0001', 'Pengelolaan Pengadaan Barang dan Jasa', I('Jumlah Dokumen Hasil Pengelolaan Pengadaan Barang dan Jasa', 'Dokumen', 240, rising(250, 10)), series(k1000(185 * M * scale))),
      sub('4.01.03.2.03.0002', 'Pengelolaan Layanan Pengadaan Secara Elektronik', I('Jumlah Dokumen Hasil Layanan Pengadaan Secara Elektronik', 'Dokumen', 10, flat(10)), series(k1000(64 * M * scale))),
      sub('4.01.03.2.03.0003', 'Pembinaan dan Advokasi Pengadaan Barang dan Jasa', I('Jumlah Orang yang Mengikuti Pembinaan dan Advokasi Pengadaan Barang dan Jasa', 'Orang', 120, flat(120)), series(k1000(28 * M * scale))),
    ]),
  ]);
}

/** 2.15.02 (Dinas Perhubungan): "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota" is a kegiatan and a sub kegiatan. */
export function llaj(scale = 1): Node {
  return prog('2.15.02', 'PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)', I('Persentase Ketersediaan Perlengkapan Jalan Kabupaten', '%', 62, rising(65, 3)), [
    keg('2.15.02.2.02', 'Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota', I('Jumlah Perlengkapan Jalan yang Tersedia', 'Unit', 300, rising(340, 40)), [
      sub('2.15.02.2.02.0001', 'Pembangunan Prasarana Jalan di Jalan Kabupaten/Kota', I('Jumlah Prasarana Jalan di Jalan Kabupaten/Kota yang Terbangun', 'Unit', 10, flat(10)), series(k1000(420 * M * scale))),
      sub('2.15.02.2.02.0002', 'Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota', I('Jumlah Perlengkapan Jalan di Jalan Kabupaten/Kota yang Tersedia', 'Unit', 250, rising(280, 30)), series(k1000(760 * M * scale))),
      sub('2.15.02.2.02.0004', 'Rehabilitasi dan Pemeliharaan Perlengkapan Jalan', I('Jumlah Perlengkapan Jalan yang Terehabilitasi dan Terpelihara', 'Unit', 40, flat(50)), series(k1000(155 * M * scale))),
    ]),
    keg('2.15.02.2.05', 'Pengujian Berkala Kendaraan Bermotor', I('Jumlah Kendaraan Bermotor yang Lulus Uji Berkala', 'Unit', 5200, rising(5400, 200)), [
      sub('2.15.02.2.05.0001', 'Penyediaan Sarana dan Prasarana Pengujian Berkala Kendaraan Bermotor', I('Jumlah Sarana dan Prasarana Pengujian Berkala Kendaraan Bermotor yang Tersedia', 'Unit', 2, flat(2)), series(k1000(310 * M * scale))),
      sub('2.15.02.2.05.0003', 'Registrasi Kendaraan Wajib Uji Berkala Kendaraan Bermotor', I('Jumlah Kendaraan Wajib Uji Berkala Kendaraan Bermotor yang Terdaftar', 'Unit', 5200, rising(5400, 200)), series(k1000(48 * M * scale))),
    ]),
  ]);
}

/** 2.15.04: "Pembangunan Bandar Udara" is a kegiatan and one of its own sub kegiatan. */
export function penerbangan(scale = 1): Node {
  return prog('2.15.04', 'PROGRAM PENGELOLAAN PENERBANGAN', I('Persentase Fasilitas Bandar Udara yang Memenuhi Standar', '%', 70, rising(74, 4)), [
    keg('2.15.04.3.02', 'Penyediaan Sarana dan Prasarana serta Pengelolaan Transportasi', I('Jumlah Bandar Udara yang Terkelola', 'Unit', 1, flat(1)), [
      sub('2.15.04.3.02.0005', 'Pengelolaan Bandara', I('Jumlah Bandar Udara yang Terkelola', 'Unit', 1, flat(1)), series(k1000(540 * M * scale))),
    ]),
    keg('2.15.04.3.03', 'Pembangunan Bandar Udara', I('Jumlah Fasilitas Bandar Udara yang Terbangun', 'Unit', 0, flat(1)), [
      sub('2.15.04.3.03.0001', 'Penyediaan lahan Bandar Udara', I('Jumlah lahan Bandar Udara yang tersedia', 'M2', 0, flat(12000)), series(k1000(2400 * M * scale))),
      sub('2.15.04.3.03.0002', 'Pembangunan Bandar Udara', I('Jumlah bandar udara yang terbangun', 'Unit', 0, flat(1)), series(k1000(8750 * M * scale))),
      sub('2.15.04.3.03.0003', 'Penyediaan Infrastruktur Penunjang Bandar Udara', I('Jumlah infrastruktur penunjang Bandar Udara yang terbangun', 'Paket', 0, flat(2)), series(k1000(1320 * M * scale))),
    ]),
  ]);
}

/** 2.07.03 (Disnaker): "Pembinaan Lembaga Pelatihan Kerja Swasta" is a kegiatan whose single sub kegiatan has its name. */
export function pelatihanKerja(scale = 1): Node {
  return prog('2.07.03', 'PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA', I('Persentase Tenaga Kerja Bersertifikat Kompetensi', '%', 41, rising(44, 3)), [
    keg('2.07.03.2.01', 'Pelaksanaan Pelatihan berdasarkan Unit Kompetensi', I('Jumlah Tenaga Kerja yang Dilatih Berbasis Kompetensi', 'Orang', 320, rising(340, 20)), [
      sub('2.07.03.2.01.0007', 'Sertifikasi Kompetensi Kerja', I('Jumlah lulusan pelatihan vokasi yang disertifikasi pada tahun n', 'Orang', 120, rising(130, 10)), series(k1000(96 * M * scale))),
      sub(
        '2.07.03.2.01.0009',
        'Proses Pelaksanaan Pelatihan Vokasi bagi Pencari Kerja berdasarkan Unit Kompetensi',
        I('Jumlah Tenaga Kerja yang Mendapat Pelatihan Berbasis Kompetensi pada Tahun n', 'Orang', 320, rising(340, 20)),
        series(k1000(385 * M * scale)),
      ),
    ]),
    keg('2.07.03.2.02', 'Pembinaan Lembaga Pelatihan Kerja Swasta', I('Jumlah Lembaga Pelatihan Kerja Swasta yang Dibina', 'Lembaga', 14, flat(15)), [
      sub('2.07.03.2.02.0001', 'Pembinaan Lembaga Pelatihan Kerja Swasta', I('Jumlah Lembaga Pelatihan Kerja Swasta yang Dibina', 'Lembaga', 14, flat(15)), series(k1000(32 * M * scale))),
    ]),
    keg('2.07.03.2.05', 'Pengukuran Produktivitas Tingkat Daerah Kabupaten/Kota', I('Jumlah Dokumen Pengukuran Produktivitas Tenaga Kerja', 'Dokumen', 1, flat(1)), [
      sub('2.07.03.2.05.0001', 'Pengukuran Kompetensi dan Produktivitas Tenaga Kerja', I('Jumlah Dokumen Hasil Pengukuran Produktivitas dan Daya Saing Tenaga Kerja di Tingkat Daerah', 'Dokumen', 1, flat(1)), series(k1000(55 * M * scale))),
    ]),
  ]);
}

/** 1.03.10 (Dinas PUPR): road works. */
export function jalan(scale = 1): Node {
  return prog('1.03.10', 'PROGRAM PENYELENGGARAAN JALAN', I('Persentase Jalan Kabupaten dalam Kondisi Mantap', '%', 71.4, rising(73, 1.5)), [
    keg('1.03.10.2.01', 'Penyelenggaraan Jalan Kabupaten/Kota', I('Panjang Jalan Kabupaten yang Ditangani', 'KM', 62, rising(64, 2)), [
      sub('1.03.10.2.01.0051', 'Pemeliharaan Rutin Jalan', I('Panjang Jalan yang Dipelihara Secara Rutin', 'KM', 45, rising(46, 1)), series(k1000(3150 * M * scale))),
      sub('1.03.10.2.01.0053', 'Pembangunan Jalan', I('Panjang Jalan yang Dibangun Sampai Perkerasan', 'KM', 6, flat(6)), series(k1000(9800 * M * scale), 5, 0.08)),
      sub('1.03.10.2.01.0055', 'Rehabilitasi Jalan', I('Panjang Jalan yang Direhabilitasi', 'KM', 11, rising(12, 0)), series(k1000(6420 * M * scale))),
    ]),
  ]);
}

/** 1.03.02 (Dinas PUPR): irrigation. */
export function sda(scale = 1): Node {
  const kegName = 'Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder pada Daerah Irigasi yang Luasnya di Bawah 1000 Ha dalam 1 (Satu) Daerah Kabupaten/Kota';
  return prog('1.03.02', 'PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)', I('Persentase Jaringan Irigasi dalam Kondisi Baik', '%', 64, rising(66, 2)), [
    keg('1.03.02.2.02', kegName, I('Panjang Jaringan Irigasi yang Ditangani', 'KM', 28, rising(30, 2)), [
      sub('1.03.02.2.02.0014', 'Rehabilitasi Jaringan Irigasi Permukaan', I('Panjang Jaringan Irigasi Permukaan yang Direhabilitasi', 'KM', 8, rising(9, 1)), series(k1000(2750 * M * scale))),
      sub('1.03.02.2.02.0021', 'Operasi dan Pemeliharaan Jaringan Irigasi Permukaan', I('Panjang Jaringan Irigasi Permukaan yang Dioperasikan dan Dipelihara', 'KM', 20, rising(21, 1)), series(k1000(840 * M * scale))),
    ]),
  ]);
}

/** 5.01.02 (Bappeda). */
export function perencanaan(scale = 1): Node {
  return prog('5.01.02', 'PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH', I('Persentase Keselarasan Program RPJMD dan RKPD', '%', 90, rising(92, 2)), [
    keg('5.01.02.2.01', 'Penyusunan Perencanaan dan Pendanaan', I('Jumlah Dokumen Perencanaan Pembangunan Daerah', 'Dokumen', 3, flat(3)), [
      sub(
        '5.01.02.2.01.0001',
        'Analisis Kondisi Daerah, Permasalahan, dan Isu Strategis Pembangunan Daerah',
        I('Jumlah Dokumen Rancangan Awal RPJMD/RKPD', 'Dokumen', 1, flat(1)),
        series(k1000(145 * M * scale)),
      ),
      sub('5.01.02.2.01.0005', 'Pelaksanaan Musrenbang Kabupaten/Kota', I('Jumlah Berita Acara Musrenbang Kabupaten/Kota', 'Berita Acara', 1, flat(1)), series(k1000(210 * M * scale))),
    ]),
    keg('5.01.02.2.02', 'Analisis Data dan Informasi Pemerintahan Daerah Bidang Perencanaan Pembangunan Daerah', I('Jumlah Dokumen Analisis Data dan Informasi Perencanaan', 'Dokumen', 2, flat(2)), [
      sub('5.01.02.2.02.0003', 'Penyusunan Profil Pembangunan Daerah Kabupaten/Kota', I('Jumlah Buku Profil Pembangunan Daerah yang Diterbitkan', 'Buku', 1, flat(1)), series(k1000(62 * M * scale))),
    ]),
    keg('5.01.02.2.03', 'Pengendalian, Evaluasi dan Pelaporan Bidang Perencanaan Pembangunan Daerah', I('Jumlah Laporan Pengendalian dan Evaluasi Pembangunan Daerah', 'Laporan', 4, flat(4)), [
      sub(
        '5.01.02.2.03.0003',
        'Monitoring, Evaluasi dan Penyusunan Laporan Berkala Pelaksanaan Pembangunan Daerah',
        I('Jumlah Laporan Hasil Evaluasi Kinerja Pembangunan Daerah', 'Laporan', 4, flat(4)),
        series(k1000(118 * M * scale)),
      ),
    ]),
  ]);
}

/** 2.16.02 and 2.16.03 (Diskominfo). */
export function kominfo(scale = 1): Node[] {
  return [
    prog('2.16.02', 'PROGRAM PENGELOLAAN INFORMASI DAN KOMUNIKASI PUBLIK', I('Persentase Informasi Publik yang Terdiseminasi', '%', 85, rising(87, 2)), [
      keg('2.16.02.2.01', 'Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota', I('Jumlah Informasi Publik yang Dikelola', 'Konten', 900, rising(950, 50)), [
        sub('2.16.02.2.01.0026', 'Sosialisasi/Diseminasi Informasi serta Pengelolaan Media Komunikasi Publik', I('Jumlah khalayak yang terpapar informasi publik', 'Orang', 45000, rising(50000, 5000)), series(k1000(275 * M * scale))),
        sub('2.16.02.2.01.0028', 'Pengelolaan Pengaduan Masyarakat', I('Persentase Pengelolaan dan Publikasi Pengaduan Pelayanan Publik', '%', 92, rising(94, 1)), series(k1000(38 * M * scale))),
      ]),
    ]),
    prog('2.16.03', 'PROGRAM PENGELOLAAN APLIKASI INFORMATIKA', I('Indeks SPBE', 'Indeks', 2.6, rising(2.8, 0.2)), [
      keg('2.16.03.2.02', 'Pengelolaan E-government di Lingkup Pemerintah Daerah Kabupaten/Kota', I('Jumlah Layanan E-government yang Dikelola', 'Layanan', 35, rising(38, 3)), [
        sub('2.16.03.2.02.0040', 'Penyediaan Akses Internet', I('Jumlah Perangkat Daerah dan UPTD yang memanfaatkan akses internet', 'Titik', 64, rising(70, 6)), series(k1000(1150 * M * scale))),
        sub('2.16.03.2.02.0043', 'Penyelenggaraan Jaringan Intra Pemerintah Daerah Kab/Kota', I('Jumlah perangkat daerah yang terhubung dengan Jaringan Intra Pemerintah Daerah', 'Titik', 48, rising(52, 4)), series(k1000(690 * M * scale))),
      ]),
    ]),
  ];
}
