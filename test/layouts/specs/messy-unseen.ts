/**
 * Messy planner files nobody on the team imagined: a workbook with one table per sheet under
 * chapter-style sheet names ("Lamp. 2", "BAB IV", "Tabel 6.1", "BAB VII") and titles of four lines
 * over a blank row, headings with line breaks and double spaces, column-number rows typed as text
 * with the akhir-periode formula in them ("17=7+9+11+13+15") and the planner's own check rows
 * under the table, sub total rows per urusan/bidang, names in capitals behind "I." / "1." / "•",
 * an entity's name row carrying only the money with its indicators on the rows below (cells that
 * hold only spaces), money typed "Rp 1.250.000.000" and "Rp. 750.000.000,-" with "–" and "nihil"
 * for none, negative growth in parentheses, percentages typed "57,5 %" beside 0,581 formatted as %,
 * a second funding table below the first on one sheet, the Jumlah row right under the header,
 * program / kegiatan / sub kegiatan names in three columns (SIPD print), and a workbook dressed like
 * the real Dinas PU file (parents as IFERROR(SUM(…)) formulas, "0" in their indicator cells, targets
 * formatted `#,##0" Dok"`).
 *
 * Agencies and names come from the official nomenclature 2027 (kab/kota). Expectations are what a
 * careful planner reads; every sum holds except the planted defects.
 */
import { jalan, kominfo, llaj, penerbangan, penunjang, perekonomian, perencanaan, sda } from '../data';
import { type FundingColumns, type Item, type Node, I, bidang, flat, fundingRoles, idr, keg, mapTree, prog, renderFunding, rising, urusan } from '../funding';
import { type Layout, type RoleSpec, type SheetBuilder as SB, type V, SheetBuilder, b, letters, meanGrowth, round, shift, workbook, yearRoles, years } from '../kit';
import { S, jt, kecamatanFull, kesehatan, keuangan, pendidikan, penanamanModal, penunjangFull, sosial, trantibum } from '../agencies';
import { type TujuanRow, TC23_ROLES, TC24_ROLES, entities, ikuData, tc23Header, tc24Header, tc25Rows, tc27, titles } from '../sheets';

export const messyUnseenLayouts: Layout[] = [];

// =============================================================================================
// Plan fragments not yet in the corpus (names, indicators and satuan from the nomenclature 2027)

/** Dinas Lingkungan Hidup (2.11): pencemaran and persampahan. */
function lingkunganHidup(scale: number): Node[] {
  const pj = (juta: number, rate = 0.05) => jt(juta, scale, 5, rate);
  return [
    prog('2.11.03', 'PROGRAM PENGENDALIAN PENCEMARAN DAN/ATAU KERUSAKAN LINGKUNGAN HIDUP', I('Indeks Kualitas Air (IKA)', 'Indeks', 52.7, [53, 53.5, 54, 54.5, 55]), [
      keg('2.11.03.2.01', 'Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup Kabupaten/Kota', I('Jumlah Dokumen dan Paket Pencegahan Pencemaran Lingkungan Hidup', 'Dokumen', 14, flat(14)), [
        S('2.11.03.2.01.0011', 'Penyusunan dokumen status lingkungan hidup daerah', 'Jumlah dokumen status lingkungan hidup daerah yang disusun', 'Dokumen', 1, flat(1), pj(85)),
        S('2.11.03.2.01.0012', 'Pengambilan contoh uji dan pengujian parameter kualitas lingkungan', 'Jumlah pengambilan contoh uji dan pengujian parameter kualitas lingkungan yang dilaksanakan', 'Paket', 12, flat(12), pj(164)),
        S('2.11.03.2.01.0015', 'Pengelolaan Laboratorium Lingkungan Hidup kabupaten/kota', 'Jumlah pengujian yang dilaksanakan oleh laboratorium lingkungan', 'Dokumen', 1, flat(1), pj(210)),
      ]),
    ]),
    prog('2.11.11', 'PROGRAM PENGELOLAAN PERSAMPAHAN', I('Persentase Sampah yang Tertangani', '%', 61.2, [63, 65, 67, 69, 71]), [
      keg('2.11.11.2.01', 'Pengelolaan Sampah', I('Jumlah Sampah yang Tertangani', 'Ton', 41_500, rising(43_000, 1_500)), [
        S('2.11.11.2.01.0012', 'Penanganan sampah melalui pengangkutan', 'Jumlah sampah yang tertangani melalui proses pengangkutan', 'Ton', 38_000, rising(39_000, 1_000), pj(2_850)),
        S('2.11.11.2.01.0016', 'Penanganan sampah melalui pengumpulan sampah', 'Persentase luas layanan pengumpulan sampah', 'Persentase', 58, rising(60, 2), pj(640)),
        S(
          '2.11.11.2.01.0020',
          'Penanganan sampah melalui pemrosesan akhir sampah di TPA/TPST kabupaten/kota atau TPA/TPST Regional',
          'Jumlah sampah yang tertangani melalui pemrosesan akhir sampah di TPA/TPST kabupaten/kota atau TPA/TPST Regional',
          'Ton',
          36_500,
          rising(37_500, 1_000),
          pj(1_920),
        ),
      ]),
    ]),
  ];
}

/** Dinas Pertanian (3.27): sarana and prasarana. */
function pertanian(scale: number): Node[] {
  const pj = (juta: number, rate = 0.05) => jt(juta, scale, 5, rate);
  return [
    prog('3.27.02', 'PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN', I('Persentase Ketersediaan Benih Bersertifikat', '%', 72, rising(74, 2)), [
      keg('3.27.02.2.01', 'Pengawasan Penggunaan Sarana Pertanian', I('Jumlah Laporan Pengawasan Penggunaan Sarana Pertanian', 'Laporan', 8, flat(8)), [
        S(
          '3.27.02.2.01.0001',
          'Pengawasan Penggunaan Sarana Pendukung Pertanian Sesuai dengan Komoditas, Teknologi dan Spesifik Lokasi',
          'Jumlah Pengawasan Penggunaan Sarana Pendukung Pertanian Sesuai dengan Komoditas, Teknologi dan Spesifik Lokasi',
          'Laporan',
          4,
          flat(4),
          pj(96),
        ),
        S('3.27.02.2.01.0002', 'Pendampingan Penggunaan Sarana Pendukung Pertanian', 'Jumlah Pendampingan Penggunaan Sarana Pendukung Pertanian', 'Laporan', 4, flat(4), pj(148)),
        S('3.27.02.2.01.0003', 'Perbanyakan Benih Bersertifikat Tanaman Pangan Berbentuk Biji/Benih', 'Jumlah benih bersertifikat tanaman pangan berbentuk biji/benih yang diperbanyak', 'Ton', 25, rising(27, 2), pj(310)),
      ]),
    ]),
    prog('3.27.03', 'PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN', I('Persentase Prasarana Pertanian dalam Kondisi Baik', '%', 64, rising(66, 3)), [
      keg('3.27.03.2.01', 'Pengembangan Prasarana Pertanian', I('Luas Kawasan Pertanian yang Termanfaatkan', 'Ha', 1_200, rising(1_250, 50)), [
        S('3.27.03.2.01.0005', 'Pengendalian dan Pemanfaatan Kawasan Pertanian', 'Luas kawasan pertanian yang termanfaatkan', 'Ha', 1_200, rising(1_250, 50), pj(175)),
        S('3.27.03.2.01.0016', 'Penyusunan Peta Kawasan, Lahan dan Lahan Cadangan Pertanian Pangan Berkelanjutan di Kabupaten/Kota', 'Peta Lahan Pertanian Pangan Berkelanjutan/LP2B', 'Dokumen', 1, flat(1), pj(120)),
      ]),
      keg('3.27.03.2.02', 'Pembangunan Prasarana Pertanian', I('Jumlah Prasarana Pertanian yang Dibangun, Direhabilitasi dan Dipelihara', 'Unit', 38, [42, 46, 50, 54, 58]), [
        S('3.27.03.2.02.0002', 'Pembangunan, Rehabilitasi dan Pemeliharaan Embung Pertanian', 'Jumlah Embung Pertanian yang Dibangun, Direhabilitasi dan Dipelihara', 'Unit', 6, flat(6), pj(1_350)),
        S('3.27.03.2.02.0003', 'Pembangunan, Rehabilitasi dan Pemeliharaan Jalan Usaha Tani', 'Jalan Usaha Tani yang Dibangun, Direhabilitasi dan Dipelihara', 'Unit', 18, rising(20, 2), pj(2_400)),
        S('3.27.03.2.02.0010', 'Rehabilitasi dan Pemeliharaan Jaringan Irigasi Usaha Tani', 'Jumlah jaringan irigasi usaha tani yang direhabilitasi', 'Unit', 14, rising(16, 2), pj(1_780)),
      ]),
    ]),
  ];
}

/** Bidang Pangan (2.09), run by a Dinas Pertanian dan Pangan. */
function pangan(scale: number): Node[] {
  const pj = (juta: number, rate = 0.05) => jt(juta, scale, 5, rate);
  return [
    prog('2.09.03', 'PROGRAM PENINGKATAN DIVERSIFIKASI DAN KETAHANAN PANGAN MASYARAKAT', I('Skor Pola Pangan Harapan (PPH)', 'Skor', 88.4, rising(89, 0.5)), [
      keg(
        '2.09.03.2.01',
        'Penyediaan dan Penyaluran Pangan Pokok atau Pangan Lainnya sesuai dengan Kebutuhan Daerah Kabupaten/Kota dalam rangka Stabilisasi Pasokan dan Harga Pangan',
        I('Jumlah Laporan Penyediaan dan Penyaluran Pangan', 'Laporan', 14, flat(14)),
        [
          S('2.09.03.2.01.0008', 'Stabilisasi Pasokan dan Harga Pangan Tingkat Produsen dan Konsumen di Kabupaten/Kota', 'Jumlah kegiatan Stabilisasi Pasokan dan Harga Pangan Tingkat Produsen dan Konsumen di Kabupaten/Kota', 'Laporan', 12, flat(12), pj(225)),
          S('2.09.03.2.01.0011', 'Pemantauan Stok Pangan', 'Informasi Stok Pangan', 'Dokumen', 1, flat(1), pj(48)),
          S('2.09.03.2.01.0016', 'Penyusunan Neraca Bahan Makanan (NBM)', 'Informasi Neraca Bahan Makanan (NBM)', 'Dokumen', 1, flat(1), pj(36)),
        ],
      ),
      keg('2.09.03.2.02', 'Pengelolaan dan Keseimbangan Cadangan Pangan Kabupaten/Kota', I('Jumlah Cadangan Pangan Pemerintah Kabupaten/Kota', 'Ton', 40, rising(45, 5)), [
        S('2.09.03.2.02.0003', 'Pengadaan Cadangan Pangan Pemerintah Kabupaten/Kota', 'Jumlah Cadangan Pangan Pemerintah Kabupaten/Kota', 'Ton', 40, rising(45, 5), pj(520)),
        S('2.09.03.2.02.0006', 'Pengelolaan Cadangan Pangan Pemerintah Kab/Kota', 'Jumlah Cadangan Pangan Pemerintah Kab/Kota yang terpelihara', 'Ton', 40, rising(45, 5), pj(64)),
      ]),
    ]),
    prog('2.09.04', 'PROGRAM PENANGANAN KERAWANAN PANGAN', I('Persentase Desa Rawan Pangan yang Tertangani', '%', 70, rising(75, 5)), [
      keg('2.09.04.2.02', 'Penanganan Kerawanan Pangan Kewenangan Kabupaten/Kota', I('Jumlah Dokumen dan Laporan Penanganan Kerawanan Pangan', 'Dokumen', 5, flat(5)), [
        S('2.09.04.2.02.0003', 'Koordinasi dan Sinkronisasi Penanganan Kerawanan Pangan dan Gizi Kabupaten/Kota', 'Jumlah koordinasi dan sinkronisasi penanganan kerawanan pangan dan gizi kabupaten/kota', 'Laporan', 4, flat(4), pj(42)),
        S('2.09.04.2.02.0004', 'Pelaksanaan Intervensi Kewaspadaan Pangan dan Gizi', 'Jumlah Intervensi Kewaspadaan Pangan dan Gizi', 'Dokumen', 1, flat(1), pj(185)),
      ]),
    ]),
  ];
}

/** Bidang Perumahan dan Kawasan Permukiman (1.04). */
function perkim(scale: number): Node[] {
  const pj = (juta: number, rate = 0.05) => jt(juta, scale, 5, rate);
  return [
    prog('1.04.02', 'PROGRAM PENGEMBANGAN PERUMAHAN', I('Persentase Rumah Korban Bencana yang Tertangani', '%', 60, rising(65, 5)), [
      keg('1.04.02.2.03', 'Pembangunan dan Rehabilitasi Rumah Korban Bencana atau Relokasi Program Kabupaten/Kota', I('Jumlah Rumah Korban Bencana yang Direhabilitasi dan Dibangun', 'Unit Rumah', 45, flat(50)), [
        S('1.04.02.2.03.0001', 'Rehabilitasi Rumah bagi Korban Bencana', 'Jumlah Rumah Korban Bencana Kabupaten/Kota yang Terehabilitasi', 'Unit Rumah', 40, flat(40), pj(1_200)),
        S('1.04.02.2.03.0004', 'Pembangunan Rumah bagi Korban Bencana', 'Jumlah Rumah bagi Korban Bencana Kabupaten/Kota yang Terbangun', 'Unit Rumah', 5, flat(10), pj(1_450)),
      ]),
    ]),
    prog('1.04.04', 'PROGRAM PERUMAHAN DAN KAWASAN PERMUKIMAN KUMUH', I('Persentase Rumah Layak Huni', '%', 84.6, rising(85.5, 1)), [
      keg('1.04.04.2.01', 'Pencegahan Perumahan dan Kawasan Permukiman Kumuh pada Daerah Kabupaten/Kota', I('Jumlah Rumah Tidak Layak Huni yang Ditangani', 'Unit Rumah', 300, flat(320)), [
        S(
          '1.04.04.2.01.0001',
          'Perbaikan Rumah Tidak Layak Huni untuk Pencegahan Terhadap Tumbuh dan Berkembangnya Permukiman Kumuh di Luar Kawasan Permukiman Kumuh dengan Luas di Bawah 10 (Sepuluh) Ha',
          'Jumlah Rumah Tidak Layak Huni untuk Pencegahan Terhadap Tumbuh dan Berkembangnya Permukiman Kumuh di Luar Kawasan Permukiman Kumuh dengan Luas di Bawah 10 (Sepuluh) Ha yang Diperbaiki',
          'Unit Rumah',
          280,
          flat(300),
          pj(6_000),
        ),
        S(
          '1.04.04.2.01.0004',
          'Pembangunan Rumah Baru Layak Huni dalam Rangka pencegahan terhadap Kumuh dan berkembangnya Perumahan Kumuh dan Permukiman Kumuh Baru',
          'Jumlah Rumah Baru Layak Huni yang Dibangun dalam Rangka Pencegahan Kumuh',
          'Unit',
          20,
          flat(20),
          pj(2_100),
        ),
        S('1.04.04.2.01.0010', 'Pendataan dan Verifikasi Penyelenggaraan Perumahan dan Kawasan Permukiman', 'Jumlah Dokumen Data Penyelenggaraan Perumahan dan Kawasan Permukiman yang Terverifikasi', 'Dokumen', 1, flat(1), pj(75)),
      ]),
    ]),
  ];
}

/** Merges a tall heading cell over `top..bottom` of column `c`. */
function tall(sb: SB, c: string, top: number, bottom: number, label: string): void {
  sb.mergeText(`${c}${top}:${c}${bottom}`, b(label));
}

/**
 * A two-row funding header from `top`: [Kode], name, indicator, satuan, baseline, year pairs
 * (year merged over Target | Pagu), [Kondisi Akhir pair], unit. Returns columns and the last letter.
 */
function pairHeader(
  sb: SB,
  top: number,
  o: { code?: boolean; ys: V[]; name?: string; indicator?: string; baseline?: string; target?: string; pagu?: string; akhir?: string | false; unit?: string },
): { cols: FundingColumns; right: string } {
  let c = 0;
  const next = () => shift('A', c++);
  const col = (label: string) => {
    const x = next();
    tall(sb, x, top, top + 1, label);
    return x;
  };
  const code = o.code === false ? undefined : col('Kode');
  const name = col(o.name ?? 'Program/Kegiatan/Sub Kegiatan');
  const indicator = col(o.indicator ?? 'Indikator Kinerja');
  const satuan = col('Satuan');
  const baseline = col(o.baseline ?? 'Kondisi Awal');
  const g = shift('A', c);
  o.ys.forEach((y, i) => {
    const x = shift(g, 2 * i);
    sb.mergeText(`${x}${top}:${shift(x, 1)}${top}`, typeof y === 'object' && y ? y : b(y as string | number));
    sb.put(`${x}${top + 1}`, [b(o.target ?? 'Target'), b(o.pagu ?? 'Pagu (Rp)')]);
  });
  c += 2 * o.ys.length;
  let akhirTarget: string | undefined;
  let akhirPagu: string | undefined;
  if (o.akhir !== false) {
    akhirTarget = next();
    akhirPagu = next();
    sb.mergeText(`${akhirTarget}${top}:${akhirPagu}${top}`, b(o.akhir ?? 'Kondisi Akhir'));
    sb.put(`${akhirTarget}${top + 1}`, [b(o.target ?? 'Target'), b(o.pagu ?? 'Pagu (Rp)')]);
  }
  const unit = col(o.unit ?? 'Perangkat Daerah Penanggung Jawab');
  return {
    cols: { code, name, indicator, satuan, baseline, target: letters(g, o.ys.length, 2), pagu: letters(shift(g, 1), o.ys.length, 2), akhirTarget, akhirPagu, unit },
    right: unit,
  };
}

const sumOf = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
const money = (v: number, bold = false): V => ({ v, fmt: '#,##0', ...(bold ? { bold } : {}) });
/** Comma decimals as typed by hand: 57,5 · 0,93. */
const comma = (n: number, d?: number): string => (d === undefined ? String(n) : n.toFixed(d)).replace('.', ',');

// =============================================================================================
// 1. A whole workbook, one table per sheet, chapter-style sheet names, four-line titles over a blank row

{
  const AGENCY = 'Dinas Lingkungan Hidup Kabupaten Ponorogo';
  const ML = (s: string) => s; // headings are typed with Alt+Enter and double spaces, kept verbatim

  // Lamp. 2: T-C.24 (2020-2024, "Tahun ke-")
  const s24 = new SheetBuilder('Lamp. 2');
  titles(s24, 1, ['LAMPIRAN 2', 'Tabel 2.2', 'Anggaran dan Realisasi Pendanaan Pelayanan', `${AGENCY} Tahun 2020 - 2024`]);
  tall(s24, 'A', 6, 7, 'NO');
  tall(s24, 'B', 6, 7, 'URAIAN');
  s24.mergeText('C6:G6', b(ML('ANGGARAN  PADA\nTAHUN  KE-')));
  s24.mergeText('H6:L6', b(ML('REALISASI  ANGGARAN\nPADA  TAHUN  KE-')));
  s24.mergeText('M6:Q6', b(ML('RASIO  ANTARA\nREALISASI  DAN\nANGGARAN  TAHUN  KE-')));
  s24.mergeText('R6:S6', b(ML('RATA-RATA\n PERTUMBUHAN')));
  const rel = [1, 2, 3, 4, 5].map((n) => b(n));
  s24.put('C7', [...rel, ...rel, ...rel, b('ANGGARAN'), b('REALISASI')]);
  s24.put('A8', Array.from({ length: 19 }, (_, i) => b(`(${i + 1})`)));
  const ang = [
    { name: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', a: [3_412_500_000, 3_398_760_000, 3_587_215_500, 3_702_480_000, 3_846_150_000], r: [3_250_118_400, 3_301_442_850, 3_460_902_300, 3_598_774_600, 3_739_015_250] },
    { name: 'Program Perencanaan Lingkungan Hidup', a: [145_000_000, 98_500_000, 160_000_000, 172_500_000, 185_000_000], r: [139_870_000, 96_115_000, 151_240_000, 168_902_500, 180_344_000] },
    { name: 'Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup', a: [385_000_000, 402_750_000, 455_000_000, 468_200_000, 512_000_000], r: [371_905_000, 389_110_250, 440_870_500, 455_116_000, 497_312_000] },
    { name: 'Program Pengelolaan Keanekaragaman Hayati (KEHATI)', a: [215_000_000, 180_000_000, 232_400_000, 240_000_000, 255_500_000], r: [208_320_000, 171_450_000, 226_114_000, 233_880_000, 249_102_500] },
    { name: 'Program Pengelolaan Persampahan', a: [5_870_000_000, 6_125_400_000, 6_480_250_000, 6_912_000_000, 7_315_800_000], r: [5_712_334_000, 5_988_120_500, 6_301_775_200, 6_744_018_000, 7_120_455_300] },
  ];
  const row24 = (x: { a: number[]; r: number[] }, bold = false): V[] => {
    const vs: V[] = [...x.a.map((v) => money(v, bold)), ...x.r.map((v) => money(v, bold)), ...x.a.map((a, i) => round(x.r[i] / a, 2)), round(meanGrowth(x.a) * 100, 2), round(meanGrowth(x.r) * 100, 2)];
    return bold ? vs.map((v) => (typeof v === 'number' ? b(v) : v)) : vs;
  };
  ang.forEach((x, i) => s24.put(`A${9 + i}`, [i + 1, x.name, ...row24(x)]));
  const j24 = 9 + ang.length;
  const tot = { a: [0, 1, 2, 3, 4].map((i) => sumOf(ang.map((x) => x.a[i]))), r: [0, 1, 2, 3, 4].map((i) => sumOf(ang.map((x) => x.r[i]))) };
  const shownTot = { a: [...tot.a], r: [...tot.r] };
  shownTot.a[2] -= 25_000_000; // tahun ke-3: the Jumlah anggaran typed 25.000.000 short; rasio and growth of the row computed from what is shown
  s24.mergeText(`A${j24}:B${j24}`, b('JUMLAH'));
  s24.put(`C${j24}`, row24(shownTot, true));
  s24.set(`A${j24 + 2}`, 'Sumber : BPKAD Kabupaten Ponorogo (diolah)');

  // BAB IV: T-C.25
  const plan: TujuanRow[] = [
    {
      tujuan: 'Meningkatnya kualitas lingkungan hidup daerah',
      ind: 'Indeks Kualitas Lingkungan Hidup (IKLH)',
      satuan: 'Indeks',
      base: 68.42,
      t: [68.9, 69.4, 69.9, 70.4, 70.9],
      sasaran: [
        { sasaran: 'Menurunnya beban pencemaran air', ind: 'Indeks Kualitas Air (IKA)', satuan: 'Indeks', base: 52.7, t: [53, 53.5, 54, 54.5, 55] },
        { sasaran: 'Meningkatnya pengelolaan sampah', ind: 'Persentase Sampah yang Tertangani', satuan: '%', base: 61.2, t: [63, 65, 67, 69, 71] },
      ],
    },
    { tujuan: 'Meningkatnya akuntabilitas kinerja Dinas Lingkungan Hidup', ind: 'Nilai SAKIP Dinas Lingkungan Hidup', satuan: 'Nilai', base: 66.1, t: [67, 68, 69, 70, 71], sasaran: [] },
  ];
  const s25 = new SheetBuilder('BAB IV');
  titles(s25, 1, ['BAB IV', 'TUJUAN DAN SASARAN', 'Tabel 4.1', `Tujuan dan Sasaran Jangka Menengah Pelayanan ${AGENCY}`]);
  tall(s25, 'A', 6, 7, 'NO');
  tall(s25, 'B', 6, 7, 'TUJUAN');
  tall(s25, 'C', 6, 7, 'SASARAN');
  tall(s25, 'D', 6, 7, 'INDIKATOR  TUJUAN/\nSASARAN');
  s25.mergeText('E6:I6', b('TARGET  KINERJA\nTUJUAN/SASARAN  PADA  TAHUN'));
  s25.put('E7', years(2025).map((y) => b(y)));
  const t25 = tc25Rows(s25, 8, plan);

  // Tabel 6.1: T-C.27
  const s27 = new SheetBuilder('Tabel 6.1');
  titles(s27, 1, ['BAB VI', 'RENCANA PROGRAM DAN KEGIATAN SERTA PENDANAAN', 'Tabel 6.1', `Rencana Program, Kegiatan, Sub Kegiatan, Indikator Kinerja dan Pendanaan Indikatif ${AGENCY}`]);
  const h = tc27(s27, 6, {
    yearLabels: years(2025).map((y) => b(`TAHUN  ${y}`)),
    satuan: true,
    numberRow: 'paren',
    labels: {
      kode: 'KODE',
      name: 'PROGRAM  DAN\nKEGIATAN',
      indicator: 'INDIKATOR  KINERJA\nPROGRAM (OUTCOME)  DAN\nKEGIATAN (OUTPUT)',
      satuan: 'SATUAN',
      baseline: 'DATA  CAPAIAN\nPADA  TAHUN  AWAL\nPERENCANAAN',
      group: 'TARGET\n KINERJA  PROGRAM  DAN\nKERANGKA  PENDANAAN',
      target: 'TARGET',
      pagu: 'Rp',
      akhir: 'KONDISI  KINERJA  PADA\nAKHIR  PERIODE\nRENSTRA  PD',
      unit: 'UNIT  KERJA\nPD  PENANG-\nGUNG  JAWAB',
      lokasi: 'LOKASI',
    },
  });
  const items: Item[] = [penunjang('2.11', 0.8, 'small'), ...lingkunganHidup(1)];
  const f = renderFunding(s27, h.firstData, items, h.cols, {
    bold: { program: true },
    unitText: 'DLH',
    lokasiText: 'Kab. Ponorogo',
    jumlah: { label: 'JUMLAH', labelCol: 'A', mergeTo: 'E' },
    paguDelta: [{ key: '2.11.11.2.01', year: 2, delta: 12_500_000 }],
  });

  // BAB VII: IKU (the 54/2010 wording of the form)
  const si = new SheetBuilder('BAB VII');
  titles(si, 1, ['BAB VII', 'KINERJA PENYELENGGARAAN BIDANG URUSAN', 'Tabel 7.1', 'Indikator Kinerja Perangkat Daerah yang Mengacu pada Tujuan dan Sasaran RPJMD']);
  tall(si, 'A', 6, 7, 'NO');
  tall(si, 'B', 6, 7, 'INDIKATOR');
  tall(si, 'C', 6, 7, 'SATUAN');
  tall(si, 'D', 6, 7, 'KONDISI  KINERJA\nPADA  AWAL  PERIODE\nRPJMD');
  si.mergeText('E6:I6', b('TARGET  CAPAIAN\nSETIAP  TAHUN'));
  si.put('E7', years(2025).map((y) => b(y)));
  tall(si, 'J', 6, 7, 'KONDISI  KINERJA\nPADA  AKHIR  PERIODE\nRPJMD');
  const iku = ikuData(plan);
  iku.forEach((k, i) => si.put(`A${8 + i}`, [i + 1, k.ind, k.satuan, k.base, ...k.t, k.t[4]]));
  const sampah = 8 + iku.findIndex((k) => k.ind === 'Persentase Sampah yang Tertangani');
  si.set(`H${sampah}`, 68); // 2028: T-C.25 says 69

  messyUnseenLayouts.push({
    id: 'wb-dlh-lamp-bab-tabel-sheets',
    description:
      'Dinas Lingkungan Hidup workbook, one table per sheet named as the document does — "Lamp. 2" (T-C.24, Tahun ke-1..5), "BAB IV" (T-C.25), "Tabel 6.1" (T-C.27, 2025-2029), "BAB VII" (IKU in the 54/2010 wording) — each under a four-line title ("BAB VI / RENCANA PROGRAM … / Tabel 6.1 / Rencana …") and one blank row; every heading typed with Alt+Enter and double spaces ("TARGET\\n KINERJA  PROGRAM  DAN\\nKERANGKA  PENDANAAN", "TAHUN  2025"). Planted: T-C.24 Jumlah anggaran tahun ke-3 25.000.000 short; the Pengelolaan Sampah kegiatan 12.500.000 over its sub kegiatan in 2027; the IKU 2028 target of sampah tertangani 68 where T-C.25 says 69',
    viaXlsx: true,
    workbook: workbook(s24, s25, s27, si),
    tables: [
      { sheet: 'Lamp. 2', kind: 'anggaran-realisasi', range: `A6:S${j24}`, headerRows: [6, 7, 8], roles: TC24_ROLES([1, 2, 3, 4, 5]) },
      { sheet: 'BAB IV', kind: 'tujuan-sasaran', range: `A6:I${t25.next - 1}`, headerRows: [6, 7], roles: { A: 'no', B: 'tujuan', C: 'sasaran', D: 'indicator', ...yearRoles('target', letters('E', 5), years(2025)) } },
      { sheet: 'Tabel 6.1', kind: 'program-pendanaan', range: `A6:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) },
      { sheet: 'BAB VII', kind: 'iku', range: `A6:J${7 + iku.length}`, headerRows: [6, 7], roles: { A: 'no', B: 'indicator', C: 'satuan', D: 'baseline', ...yearRoles('target', letters('E', 5), years(2025)), J: 'akhir-target' } },
    ],
    findings: [
      { rule: 'total.jumlah', cell: `Lamp. 2!E${j24}` },
      { rule: 'total.pagu-induk', cell: `Tabel 6.1!${f.cell('2.11.11.2.01', 'pagu', 2)}` },
      { rule: 'crosstable.iku-target', cell: [`BAB VII!H${sampah}`, `BAB IV!H${t25.rowOf.get('Persentase Sampah yang Tertangani')}`] },
    ],
    tolerated: [
      { rule: 'total.pagu-induk', cell: `Tabel 6.1!${f.cell('2.11.11.2.01', 'akhirPagu')}` },
    ],
  });
}

// =============================================================================================
// 2. Column-number row typed as text with the akhir-periode formula in it; the planner's check rows under the table

{
  const sb = new SheetBuilder('T-C.27');
  titles(sb, 1, ['TABEL T-C.27', 'RENCANA PROGRAM, KEGIATAN, DAN PENDANAAN DINAS PERTANIAN KABUPATEN MADIUN TAHUN 2026-2030']);
  const h = tc27(sb, 4, { yearLabels: years(2026), satuan: true });
  // Typed in cells formatted as text ("@"), as copied from the Word template of the form.
  const labels = [...Array.from({ length: 15 }, (_, i) => String(i + 1)), '16=14', '17=7+9+11+13+15', '18', '19'];
  sb.put('A7', labels.map((s) => b(s)));
  const items: Item[] = [penunjang('3.27', 0.9, 'small'), ...pertanian(1)];
  const f = renderFunding(sb, 8, items, h.cols, {
    bold: { program: true },
    unitText: 'Dinas Pertanian',
    lokasiText: 'Kabupaten Madiun',
    jumlah: { label: 'JUMLAH', labelCol: 'B' },
    jumlahDelta: [{ year: 2, delta: -15_000_000 }],
  });
  const programs = entities(items).filter((n) => n.level === 'program');
  const truth = [0, 1, 2, 3, 4].map((y) => sumOf(programs.map((p) => f.pagu(p.key, y))));
  const sipd = f.last + 2;
  sb.set(`B${sipd}`, 'Pagu Indikatif di SIPD');
  h.cols.pagu.forEach((c, y) => sb.set(`${c}${sipd}`, money(truth[y])));
  sb.set(`B${sipd + 1}`, 'Selisih');
  h.cols.pagu.forEach((c, y) => sb.set(`${c}${sipd + 1}`, money(y === 2 ? -15_000_000 : 0)));
  sb.set(`B${sipd + 2}`, 'cek lagi sebelum input ke SIPD !!');
  messyUnseenLayouts.push({
    id: 'colnum-text-akhir-formula-check-rows',
    description:
      'Dinas Pertanian T-C.27 2026-2030 whose column-number row is text typed in "@" cells: "1" … "15", then "16=14" over the akhir target and "17=7+9+11+13+15" over the akhir Rp, "18", "19"; under the JUMLAH, after one blank row, the planner\'s own check rows "Pagu Indikatif di SIPD" (true totals) and "Selisih" (0, 0, -15.000.000, 0, 0) and a note "cek lagi …". Planted: JUMLAH 2028 15.000.000 short (the check row even says so)',
    workbook: workbook(sb),
    tables: [{ sheet: 'T-C.27', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: [4, 5, 6, 7], roles: fundingRoles(h.cols, years(2026)) }],
    findings: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 2) }],
    tolerated: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'akhirPagu') }],
  });
}

// =============================================================================================
// 3. Sub total rows per bidang in a two-bidang agency

{
  const sb = new SheetBuilder('Renstra');
  titles(sb, 1, ['RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN INDIKATIF', 'DINAS PERTANIAN DAN PANGAN KABUPATEN NGANJUK TAHUN 2025-2029']);
  const { cols, right } = pairHeader(sb, 4, { ys: years(2025), name: 'Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan', baseline: 'Kondisi Awal 2024' });
  const tani = [penunjang('3.27', 1.1, 'small'), ...pertanian(1.2)];
  const pgn = pangan(1);
  const f1 = renderFunding(sb, 6, [urusan('3', 'URUSAN PEMERINTAHAN PILIHAN', [bidang('3.27', 'URUSAN PEMERINTAHAN BIDANG PERTANIAN', tani)])], cols, {
    bold: { urusan: true, bidang: true, program: true },
    unitText: 'Dinas Pertanian dan Pangan',
  });
  const subRow = (r: number, label: string, progs: Node[], f: typeof f1, delta: number[] = [0, 0, 0, 0, 0]) => {
    sb.set(`B${r}`, b(label));
    const vals = [0, 1, 2, 3, 4].map((y) => sumOf(progs.map((p) => f.pagu(p.key, y))) + delta[y]);
    cols.pagu.forEach((c, y) => sb.set(`${c}${r}`, money(vals[y], true)));
    sb.set(`${cols.akhirPagu}${r}`, money(sumOf(vals), true));
    return vals;
  };
  const st1 = f1.next;
  const v1 = subRow(st1, 'SUB TOTAL URUSAN PERTANIAN', tani, f1, [0, -20_000_000, 0, 0, 0]);
  const f2 = renderFunding(sb, st1 + 1, [urusan('2', 'URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR', [bidang('2.09', 'URUSAN PEMERINTAHAN BIDANG PANGAN', pgn)])], cols, {
    bold: { urusan: true, bidang: true, program: true },
    unitText: 'Dinas Pertanian dan Pangan',
  });
  const st2 = f2.next;
  const v2 = subRow(st2, 'SUB TOTAL URUSAN PANGAN', pgn, f2);
  const tr = st2 + 1;
  sb.set(`B${tr}`, b('TOTAL'));
  const totals = [0, 1, 2, 3, 4].map((y) => v1[y] + v2[y] + (y === 1 ? 20_000_000 : 0)); // the TOTAL adds the programs, so it is right
  cols.pagu.forEach((c, y) => sb.set(`${c}${tr}`, money(totals[y], true)));
  sb.set(`${cols.akhirPagu}${tr}`, money(sumOf(totals), true));
  messyUnseenLayouts.push({
    id: 'subtotal-rows-per-bidang',
    description:
      'Dinas Pertanian dan Pangan (bidang 3.27 and 2.09): urusan "3 URUSAN PEMERINTAHAN PILIHAN" and bidang "3.27 URUSAN PEMERINTAHAN BIDANG PERTANIAN" heading rows without money, the Penunjang and two Pertanian programs, a bold "SUB TOTAL URUSAN PERTANIAN" row, then urusan 2 / bidang 2.09 with two Pangan programs and "SUB TOTAL URUSAN PANGAN", then "TOTAL". Planted: SUB TOTAL URUSAN PERTANIAN 2026 20.000.000 short of its three programs (the TOTAL, summing the programs, is right)',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra', kind: 'program-pendanaan', range: `A4:${right}${tr}`, headerRows: [4, 5], roles: fundingRoles(cols, years(2025)) }],
    findings: [{ rule: 'total.jumlah', cell: `${cols.pagu[1]}${st1}` }],
    tolerated: [
      { rule: 'total.jumlah', cell: `${cols.akhirPagu}${st1}` },
      { rule: 'total.jumlah', cell: `${cols.pagu[1]}${tr}` },
      { rule: 'total.jumlah', cell: `${cols.akhirPagu}${tr}` },
    ],
  });
}

// =============================================================================================
// 4. Everything in capitals, no codes: "I. PROGRAM …", "1. KEGIATAN …", "• SUB KEGIATAN …"

{
  const sb = new SheetBuilder('Tabel 4.2');
  titles(sb, 1, ['TABEL 4.2', 'RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN SATUAN POLISI PAMONG PRAJA KABUPATEN PACITAN']);
  const { cols, right } = pairHeader(sb, 4, { code: false, ys: years(2025), name: 'PROGRAM / KEGIATAN / SUB KEGIATAN', indicator: 'INDIKATOR KINERJA', baseline: 'KONDISI AWAL', target: 'TARGET', pagu: 'RP', akhir: 'KONDISI AKHIR', unit: 'PENANGGUNG JAWAB' });
  const roman = ['I', 'II', 'III', 'IV'];
  const caps = (progs: Node[]): Node[] =>
    progs.map((p, i) => {
      const kids = (p.kids as Node[]).map((k, j) => ({
        ...k,
        code: undefined,
        name: `${j + 1}. ${k.name.toUpperCase()}`,
        kids: (k.kids as Node[]).map((s) => ({ ...s, code: undefined, name: `• ${s.name.toUpperCase()}` })),
      }));
      return { ...p, code: undefined, name: `${roman[i]}. ${p.name.toUpperCase()}`, kids };
    });
  const items: Item[] = caps([penunjang('1.05', 0.6, 'small'), ...trantibum(1)]);
  const f = renderFunding(sb, 6, items, cols, {
    bold: { program: true },
    unitText: 'SATPOL PP',
    jumlah: { label: 'JUMLAH', labelCol: 'A' },
    paguDelta: [{ key: '1.05.02.2.02', year: 4, delta: -8_000_000 }],
  });
  messyUnseenLayouts.push({
    id: 'caps-roman-bullet-names',
    description:
      'Satpol PP funding table typed entirely in capitals and without codes: "I. PROGRAM PENUNJANG URUSAN …", kegiatan "1. PERENCANAAN, PENGANGGARAN, DAN EVALUASI …", sub kegiatan "• PENYUSUNAN DOKUMEN PERENCANAAN …" (so only the "I." / "1." / "•" marks and the sums tell the levels apart), headings in capitals. Planted: the Penegakan Perda kegiatan 8.000.000 under its sub kegiatan in 2029',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:${right}${f.last}`, headerRows: [4, 5], roles: fundingRoles(cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('1.05.02.2.02', 'pagu', 4) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('1.05.02.2.02', 'akhirPagu') }],
  });
}

// =============================================================================================
// 5. The name row carries only the money; indicators on the rows below; cells holding only spaces

{
  const sb = new SheetBuilder('Pendanaan');
  titles(sb, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Perhubungan Kabupaten Blitar Tahun 2025-2029']);
  const h = tc27(sb, 4, { yearLabels: years(2025), satuan: true, numberRow: 'paren' });
  const blankFirst = (n: Node): Node => mapTree(n, (x) => ({ ...x, ind: [I('', undefined, undefined, []), ...x.ind] }));
  const withSecond = (n: Node): Node =>
    mapTree(n, (x) => (x.key === '2.15.02' ? { ...x, ind: [...x.ind, I('Persentase Kendaraan Wajib Uji yang Lulus Uji Berkala', '%', 88, rising(89, 1))] } : x));
  const programs = [penunjang('2.15', 0.7, 'small'), withSecond(llaj(1)), penerbangan(0.6)].map(blankFirst);
  let r = h.firstData;
  const fs: ReturnType<typeof renderFunding>[] = [];
  const spaceRow = (row: number) => letters('A', 19).forEach((c) => sb.set(`${c}${row}`, ' '));
  programs.forEach((p, i) => {
    if (i > 0) spaceRow(r++);
    const f = renderFunding(sb, r, [p], h.cols, {
      bold: { program: true },
      unitText: 'Dinas Perhubungan',
      lokasiText: 'Kabupaten Blitar',
      paguDelta: p.key === '2.15.02' ? [{ key: '2.15.02', year: 2, delta: 5_000_000 }] : [],
    });
    fs.push(f);
    r = f.next;
  });
  // Continuation rows: the code and every money cell "cleared" by typing a space.
  const nameRows = new Set(programs.flatMap((p, i) => entities([p]).map((n) => fs[i].row(n.key))));
  for (let row = h.firstData; row < r; row++) {
    if (nameRows.has(row) || !sb.get(`C${row}`)) continue;
    sb.set(`A${row}`, ' ');
    [...h.cols.pagu, h.cols.akhirPagu!].forEach((c) => sb.set(`${c}${row}`, '  '));
  }
  const jr = r;
  sb.mergeText(`A${jr}:E${jr}`, b('Jumlah'));
  const tot = [0, 1, 2, 3, 4].map((y) => sumOf(programs.map((p, i) => fs[i].pagu(p.key, y))));
  h.cols.pagu.forEach((c, y) => sb.set(`${c}${jr}`, money(tot[y], true)));
  sb.set(`${h.cols.akhirPagu}${jr}`, money(sumOf(tot), true));
  messyUnseenLayouts.push({
    id: 'name-row-money-indicators-below',
    description:
      'Dinas Perhubungan T-C.27 where each program/kegiatan/sub kegiatan row holds code, name and Rp only, and its indicators (two for the LLAJ program) sit on the rows below with satuan, baseline and targets but no name and no money; on those rows the code and every Rp cell hold a typed space ("clearing" with the space bar), and a row of spaces separates the programs. Planted: the LLAJ program 5.000.000 over its kegiatan in 2027',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Pendanaan', kind: 'program-pendanaan', range: `A4:${h.right}${jr}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: fs[1].cell('2.15.02', 'pagu', 2) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: fs[1].cell('2.15.02', 'akhirPagu') }],
  });
}

// =============================================================================================
// 6. Money typed with "Rp" and ",-"; none written "–" and "nihil"; parents in the Rp accounting format

{
  const sb = new SheetBuilder('Tabel 4.2');
  titles(sb, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Kesehatan Kabupaten Trenggalek Tahun 2025-2029']);
  const h = tc27(sb, 4, { yearLabels: years(2025), satuan: true });
  const [upaya] = kesehatan(0.6);
  const items: Item[] = [penunjang('1.02', 0.6, 'small'), upaya];
  const f = renderFunding(sb, h.firstData, items, h.cols, {
    bold: { program: true },
    unitText: 'Dinas Kesehatan',
    lokasiText: 'Kab. Trenggalek',
    jumlah: { label: 'JUMLAH', labelCol: 'B' },
    jumlahDelta: [{ year: 2, delta: 10_000_000 }],
  });
  const ACC = '_-"Rp"* #,##0_-;-"Rp"* #,##0_-;_-"Rp"* "-"_-;_-@_-';
  const moneyCols = [...h.cols.pagu, h.cols.akhirPagu!];
  const subs = entities(items).filter((n) => n.level === 'sub');
  const subRows = new Set(subs.map((n) => f.row(n.key)));
  let zeros = 0;
  for (let row = h.firstData; row <= f.last; row++) {
    moneyCols.forEach((c) => {
      const cell = sb.get(`${c}${row}`);
      if (!cell || typeof cell.v !== 'number') return;
      if (!subRows.has(row)) {
        cell.fmt = ACC;
        return;
      }
      const v = cell.v;
      delete cell.fmt;
      cell.v = v === 0 ? (zeros++ % 2 === 0 ? '–' : 'nihil') : row % 2 === 0 ? `Rp ${idr(v)}` : `Rp. ${idr(v)},-`;
    });
    h.cols.target!.forEach((c) => {
      const cell = sb.get(`${c}${row}`);
      if (cell && cell.v === 0) cell.v = '–';
    });
  }
  messyUnseenLayouts.push({
    id: 'money-rp-prefix-dash-nihil',
    description:
      'Dinas Kesehatan T-C.27 whose sub kegiatan Rp were typed as text "Rp 1.250.000.000" and "Rp. 750.000.000,-" (alternate rows), the Puskesmas built in 2026 and 2028 only with "–" (en dash) and "nihil" for the other years\' Rp and "–" for their targets; kegiatan, program and JUMLAH rows are numbers in the accounting format _-"Rp"* #,##0_- (zero shows "-"). Planted: JUMLAH 2027 10.000.000 over',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) }],
    findings: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 2) }],
    tolerated: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'akhirPagu') }],
  });
}

// =============================================================================================
// 7. T-C.24 with negative growth in parentheses and a program that starts in the second year

{
  const sb = new SheetBuilder('Tabel 2.8');
  titles(sb, 1, ['Tabel 2.8', 'Anggaran dan Realisasi Pendanaan Pelayanan Dinas Perdagangan Kabupaten Kediri', 'Tahun 2020-2024']);
  const hr = tc24Header(sb, 5, years(2020));
  type Row = { name: string; a: (number | null)[]; r: (number | null)[] };
  const data: Row[] = [
    { name: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', a: [2_114_500_000, 2_050_180_000, 2_198_400_000, 2_305_760_000, 2_281_900_000], r: [2_021_463_000, 1_972_273_160, 2_117_059_200, 2_219_294_000, 2_204_315_400] },
    { name: 'Program Perizinan dan Pendaftaran Perusahaan', a: [85_000_000, 62_500_000, 58_000_000, 55_250_000, 51_000_000], r: [82_450_000, 60_625_000, 56_260_000, 50_277_500, 49_725_000] },
    { name: 'Program Peningkatan Sarana Distribusi Perdagangan', a: [1_450_000_000, 980_000_000, 1_225_000_000, 760_000_000, 690_000_000], r: [1_399_250_000, 931_000_000, 1_188_250_000, 729_600_000, 669_300_000] },
    { name: 'Program Stabilisasi Harga Barang Kebutuhan Pokok dan Barang Penting', a: [null, 120_000_000, 135_000_000, 142_500_000, 150_000_000], r: [null, 114_600_000, 131_085_000, 139_365_000, 146_700_000] },
  ];
  const PAREN = '#,##0.00;(#,##0.00)';
  const paren = (x: number): string => (x < 0 ? `(${comma(-x, 2)})` : comma(x, 2));
  const growth = (xs: (number | null)[]) => round(meanGrowth(xs) * 100, 2);
  const put = (row: number, no: V, x: Row, bold = false) => {
    const m = (v: number | null): V => (v === null ? '–' : money(v, bold));
    const ras = x.a.map((a, i) => (a === null || x.r[i] === null ? '–' : round((x.r[i] as number) / a, 2)));
    sb.put(`A${row}`, [no, bold ? b(x.name) : x.name, ...x.a.map(m), ...x.r.map(m), ...ras, { v: growth(x.a), fmt: PAREN }, paren(growth(x.r))]);
  };
  const d0 = hr[hr.length - 1] + 1;
  data.forEach((x, i) => put(d0 + i, i + 1, x));
  const jr = d0 + data.length;
  const total: Row = { name: 'JUMLAH', a: [0, 1, 2, 3, 4].map((i) => sumOf(data.map((x) => x.a[i] ?? 0))), r: [0, 1, 2, 3, 4].map((i) => sumOf(data.map((x) => x.r[i] ?? 0))) };
  put(jr, '', total, true);
  // Perizinan, tahun 2023: 50.277.500 / 55.250.000 = 0,91 — shown 0,97.
  const wrong = `P${d0 + 1}`;
  sb.set(wrong, 0.97);
  sb.set(`A${jr + 1}`, 'Keterangan: angka dalam kurung = pertumbuhan negatif; – = program belum ada');
  messyUnseenLayouts.push({
    id: 'tc24-negative-growth-parentheses',
    description:
      'Dinas Perdagangan T-C.24 2020-2024 with shrinking programs: the anggaran growth a number formatted #,##0.00;(#,##0.00) so -10,54 shows "(10,54)", the realisasi growth typed as text "(10,62)"; a program created in 2021 with "–" for its 2020 anggaran, realisasi and rasio (its growth over 2021-2024); a Keterangan line under the JUMLAH. Planted: Perizinan 2023 rasio 0,97 where 50.277.500 / 55.250.000 = 0,91',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 2.8', kind: 'anggaran-realisasi', range: `A5:S${jr}`, headerRows: hr, roles: TC24_ROLES(years(2020)) }],
    findings: [{ rule: 'ratio.anggaran', cell: wrong }],
  });
}

// =============================================================================================
// 8. T-C.23 with percentages typed "57,5 %" beside 0,581 formatted as %, rasio formatted 0.00%

{
  const sb = new SheetBuilder('BAB II');
  titles(sb, 1, ['Tabel 2.7', 'Pencapaian Kinerja Pelayanan Dinas Lingkungan Hidup Kabupaten Ngawi']);
  const hr = tc23Header(sb, 4, years(2020), { agency: 'Perangkat Daerah', numberRow: true });
  const d0 = hr[hr.length - 1] + 1;
  const PCT1 = '0.0%';
  const PCT2 = '0.00%';
  // 1. An index, plain numbers, rasio plain.
  const iklhT = [66, 66.5, 67, 67.5, 68];
  const iklhR = [65.82, 66.91, 67.35, 68.02, 68.42];
  sb.put(`A${d0}`, [1, 'Indeks Kualitas Lingkungan Hidup (IKLH)', '-', 'V', '-', ...iklhT, ...iklhR, ...iklhT.map((t, i) => round(iklhR[i] / t, 2))]);
  // 2. Targets typed "57,5 %", realisasi 0,581 formatted 0.0%, rasio 1,0104 formatted 0.00%.
  const samT = [55, 57.5, 60, 62.5, 65];
  const samR = [0.562, 0.581, 0.594, 0.633, 0.648];
  const samRas = samT.map((t, i) => round(samR[i] / (t / 100), 4));
  sb.put(`A${d0 + 1}`, [
    2,
    'Persentase Sampah yang Tertangani',
    '-',
    '-',
    'V',
    ...samT.map((t) => `${comma(t)} %`),
    ...samR.map((v) => ({ v, fmt: PCT1 })),
    ...samRas.map((v) => ({ v, fmt: PCT2 })),
  ]);
  // 3. All numbers formatted as percentages.
  const adT = [1, 1, 1, 1, 1];
  const adR = [1, 0.95, 1, 0.975, 1];
  sb.put(`A${d0 + 2}`, [3, 'Persentase Pengaduan Kasus Lingkungan Hidup yang Ditindaklanjuti', '100%', '-', '-', ...adT.map((v) => ({ v, fmt: '0%' })), ...adR.map((v) => ({ v, fmt: PCT1 })), ...adR.map((v, i) => ({ v: round(v / adT[i], 4), fmt: PCT2 }))]);
  // 4. Text targets "70%", 2024 not yet measured: "–" for realisasi and rasio.
  const taT = [70, 72, 74, 76, 78];
  const taR: (number | null)[] = [0.704, 0.735, 0.741, 0.772, null];
  sb.put(`A${d0 + 3}`, [
    4,
    'Persentase Usaha/Kegiatan yang Taat terhadap Izin Lingkungan',
    '-',
    '-',
    'V',
    ...taT.map((t) => `${t}%`),
    ...taR.map((v) => (v === null ? '–' : { v, fmt: PCT1 })),
    ...taR.map((v, i) => (v === null ? '–' : { v: round(v / (taT[i] / 100), 4), fmt: PCT2 })),
  ]);
  // Sampah 2022: 59,4 % against 60 % = 99,00 % — shown 95,32 %.
  const wrong = `R${d0 + 1}`;
  sb.set(wrong, { v: 0.9532, fmt: PCT2 });
  sb.set(`A${d0 + 5}`, 'Sumber: LKjIP DLH 2020-2024; realisasi 2024 IKLH angka sementara');
  messyUnseenLayouts.push({
    id: 'tc23-percent-text-and-format',
    description:
      'DLH T-C.23 2020-2024 mixing percentages as the office types them: targets text "57,5 %" and "70%", realisasi 0,581 formatted 0.0% (shows 58,1%), rasio 1,0104 formatted 0.00% (shows 101,04%), targets 1 formatted 0% (100%), an index row in plain numbers, and "–" for a realisasi and rasio not yet measured (2024). Planted: sampah 2022 rasio shows 95,32% where 59,4% / 60% = 99,00%',
    workbook: workbook(sb),
    tables: [{ sheet: 'BAB II', kind: 'pencapaian-kinerja', range: `A4:T${d0 + 3}`, headerRows: hr, roles: TC23_ROLES(years(2020)) }],
    findings: [{ rule: 'ratio.capaian', cell: wrong }],
  });
}

// =============================================================================================
// 9. A second funding table below the first on the same sheet, after blank rows and its own title

{
  const sb = new SheetBuilder('BAB VI');
  titles(sb, 1, ['Tabel 6.1', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Urusan Pekerjaan Umum dan Penataan Ruang']);
  const h1 = tc27(sb, 4, { yearLabels: years(2025), satuan: true, numberRow: 'plain' });
  const f1 = renderFunding(sb, h1.firstData, [penunjang('1.03', 0.8, 'small'), jalan(1), sda(1)], h1.cols, {
    bold: { program: true },
    unitText: 'Dinas PUPRKP',
    lokasiText: 'Kabupaten Lamongan',
    jumlah: { label: 'Jumlah', labelCol: 'B' },
    paguDelta: [{ key: '1.03.10.2.01', year: 4, delta: 30_000_000 }],
  });
  const t2 = f1.last + 5;
  titles(sb, t2, ['Tabel 6.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Urusan Perumahan dan Kawasan Permukiman']);
  // The "blank" row between title and heading is a bordered row of cells holding a space.
  letters('A', 19).forEach((c) => sb.set(`${c}${t2 + 2}`, ' '));
  const top2 = t2 + 3;
  const h2 = tc27(sb, top2, { yearLabels: years(2025), satuan: true, numberRow: 'plain' });
  const f2 = renderFunding(sb, h2.firstData, perkim(1), h2.cols, {
    bold: { program: true },
    unitText: 'Dinas PUPRKP',
    lokasiText: 'Kabupaten Lamongan',
    jumlah: { label: 'Jumlah', labelCol: 'B' },
    jumlahDelta: [{ year: 3, delta: -15_000_000 }],
  });
  messyUnseenLayouts.push({
    id: 'second-tc27-below-same-sheet',
    description:
      'Dinas PUPRKP sheet "BAB VI" with two T-C.27 tables one under the other: Tabel 6.1 (urusan PU: Penunjang, Jalan, SDA; 1 2 3 … row, Jumlah), four blank rows, the title of Tabel 6.2 (urusan Perumahan: two programs, no Penunjang), a bordered row of cells holding a space, the same heading again and its own Jumlah. Planted: in Tabel 6.1 the road kegiatan 30.000.000 over its sub kegiatan in 2029; in Tabel 6.2 the Jumlah 15.000.000 short in 2028',
    workbook: workbook(sb),
    tables: [
      { sheet: 'BAB VI', kind: 'program-pendanaan', range: `A4:${h1.right}${f1.last}`, headerRows: h1.headerRows, roles: fundingRoles(h1.cols, years(2025)) },
      { sheet: 'BAB VI', kind: 'program-pendanaan', range: `A${top2}:${h2.right}${f2.last}`, headerRows: h2.headerRows, roles: fundingRoles(h2.cols, years(2025)) },
    ],
    findings: [
      { rule: 'total.pagu-induk', cell: f1.cell('1.03.10.2.01', 'pagu', 4) },
      { rule: 'total.jumlah', cell: f2.cell('jumlah', 'pagu', 3) },
    ],
    tolerated: [
      { rule: 'total.pagu-induk', cell: f1.cell('1.03.10.2.01', 'akhirPagu') },
      { rule: 'total.jumlah', cell: f2.cell('jumlah', 'akhirPagu') },
    ],
  });
}

// =============================================================================================
// 10. The Jumlah row right under the heading; sub kegiatan names in capitals; "(dalam rupiah)" beside the title

{
  const sb = new SheetBuilder('Lampiran');
  titles(sb, 1, ['MATRIKS RENCANA PROGRAM, KEGIATAN DAN PENDANAAN', 'BAGIAN PEREKONOMIAN DAN PEMBANGUNAN SEKRETARIAT DAERAH KABUPATEN TULUNGAGUNG', 'TAHUN 2026-2030']);
  sb.set('R3', '(dalam rupiah)');
  const { cols, right } = pairHeader(sb, 5, { ys: years(2026).map((y) => b(`Tahun ${y}`)), akhir: 'Kondisi Kinerja Akhir Periode Renstra' });
  const upper = (n: Node): Node => mapTree(n, (x) => (x.level === 'sub' ? { ...x, name: x.name.toUpperCase() } : x));
  const items: Item[] = [penunjang('4.01', 0.7, 'small'), perekonomian(1)].map(upper);
  const jr = 7;
  const f = renderFunding(sb, jr + 1, items, cols, { bold: { program: true }, unitText: 'Bagian Perekonomian dan Pembangunan' });
  const programs = entities(items).filter((n) => n.level === 'program');
  const tot = [0, 1, 2, 3, 4].map((y) => sumOf(programs.map((p) => f.pagu(p.key, y))));
  sb.mergeText(`A${jr}:E${jr}`, b('JUMLAH'));
  cols.pagu.forEach((c, y) => sb.set(`${c}${jr}`, money(tot[y] - (y === 0 ? 9_500_000 : 0), true)));
  sb.set(`${cols.akhirPagu}${jr}`, money(sumOf(tot), true)); // typed =SUM over the programs' akhir Rp below: right
  messyUnseenLayouts.push({
    id: 'jumlah-row-at-top',
    description:
      'Bagian Perekonomian dan Pembangunan (Setda) funding table 2026-2030 whose JUMLAH row (merged A:E) sits directly under the heading, above the first program; sub kegiatan names in capitals ("PENGELOLAAN PENGADAAN BARANG DAN JASA", also the name of its kegiatan), kegiatan in title case; "(dalam rupiah)" typed at the right end of the title block. Planted: JUMLAH 2026 9.500.000 short (its akhir Rp, summed from the programs, is right)',
    workbook: workbook(sb),
    tables: [{ sheet: 'Lampiran', kind: 'program-pendanaan', range: `A5:${right}${f.last}`, headerRows: [5, 6], roles: fundingRoles(cols, years(2026)) }],
    findings: [{ rule: 'total.jumlah', cell: `${cols.pagu[0]}${jr}` }],
    tolerated: [{ rule: 'total.akhir-periode-pagu', cell: `${cols.akhirPagu}${jr}` }],
  });
}

// =============================================================================================
// 11. SIPD print: program, kegiatan and sub kegiatan names each in their own column

{
  const sb = new SheetBuilder('Renstra SIPD');
  sb.set('A1', b('RENCANA STRATEGIS PERANGKAT DAERAH TAHUN 2025-2029'));
  sb.set('A2', b('1.06.0.00.0.00.01.0000 DINAS SOSIAL'));
  const top = 4;
  tall(sb, 'A', top, top + 1, 'Kode');
  tall(sb, 'B', top, top + 1, 'Program');
  tall(sb, 'C', top, top + 1, 'Kegiatan');
  tall(sb, 'D', top, top + 1, 'Sub Kegiatan');
  tall(sb, 'E', top, top + 1, 'Indikator');
  tall(sb, 'F', top, top + 1, 'Satuan');
  tall(sb, 'G', top, top + 1, 'Baseline 2024');
  years(2025).forEach((y, i) => {
    const c = shift('H', 2 * i);
    sb.mergeText(`${c}${top}:${shift(c, 1)}${top}`, b(`Tahun ${y}`));
    sb.put(`${c}${top + 1}`, [b('Target'), b('Pagu')]);
  });
  tall(sb, 'R', top, top + 1, 'Perangkat Daerah');
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'E', satuan: 'F', baseline: 'G', target: letters('H', 5, 2), pagu: letters('I', 5, 2), unit: 'R' };
  const items: Item[] = [penunjang('1.06', 0.5, 'small'), ...sosial(0.8)];
  const f = renderFunding(sb, top + 2, items, cols, { unitText: 'Dinas Sosial', paguDelta: [{ key: '1.06.04.2.01', year: 2, delta: -7_500_000 }] });
  for (const n of entities(items)) {
    if (n.level === 'program') continue;
    const row = f.row(n.key);
    const cell = sb.get(`B${row}`)!;
    sb.set(`B${row}`, null).set(`${n.level === 'kegiatan' ? 'C' : 'D'}${row}`, cell.v as string);
  }
  const roles: Record<string, RoleSpec> = { ...fundingRoles(cols, years(2025)), C: 'name', D: 'name' };
  messyUnseenLayouts.push({
    id: 'sipd-names-in-level-columns',
    description:
      'Dinas Sosial plan printed from SIPD: Kode | Program | Kegiatan | Sub Kegiatan | Indikator | Satuan | Baseline 2024 | "Tahun 2025" over Target | Pagu … | Perangkat Daerah; each row fills only the name column of its own level (program names in B, kegiatan in C, sub kegiatan in D), full codes in A, no bold, no Jumlah. Planted: the Rehabilitasi Sosial Dasar kegiatan 7.500.000 under its sub kegiatan in 2027',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra SIPD', kind: 'program-pendanaan', range: `A${top}:R${f.last}`, headerRows: [top, top + 1], roles }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('1.06.04.2.01', 'pagu', 2) }],
  });
}

// =============================================================================================
// 12. Dressed like the real Dinas PU file: parents as IFERROR(SUM(…)) formulas, "0" in their text cells, unit formats

{
  const sb = new SheetBuilder('RENSTRA');
  const head = ['KODE', 'PROGRAM DAN KEGIATAN', 'SATUAN', 'INDIKATOR', 'DATA CAPAIAN AWAL'];
  for (const y of years(2025)) head.push(`TARGET ${y}`, `PAGU ${y}`);
  head.push('PD PENANGGUNG JAWAB');
  sb.put('A1', head.map((s) => ({ v: s, bold: true, fmt: '@' })));
  const cols: FundingColumns = { code: 'A', name: 'B', satuan: 'C', indicator: 'D', baseline: 'E', target: letters('F', 5, 2), pagu: letters('G', 5, 2), unit: 'P' };
  const items: Item[] = [penunjang('5.01', 0.9, 'small'), perencanaan(1.1)];
  const f = renderFunding(sb, 2, items, cols, { unitText: 'BAPPEDA' });
  const unitFmt = (sat: string | undefined) => `#,##0" ${(sat ?? '').toLowerCase().slice(0, 3)}"`;
  const all = entities(items);
  for (const n of all) {
    const row = f.row(n.key);
    if (n.level === 'sub') {
      cols.target!.forEach((c) => {
        const cell = sb.get(`${c}${row}`);
        if (cell) cell.fmt = unitFmt(n.ind[0].satuan);
      });
      continue;
    }
    // Parents: satuan and indikator are formulas pointing at empty cells, showing 0.
    sb.set(`C${row}`, 0).set(`D${row}`, 0);
    const kids = (n.kids as Node[]).map((k) => f.row(k.key));
    const first = kids[0];
    const last = kids[kids.length - 1];
    cols.pagu.forEach((c, y) => {
      const cell = sb.get(`${c}${row}`)!;
      cell.f = n.level === 'kegiatan' ? `IFERROR(SUM(${c}${first}:${c}${last}),"")` : `IFERROR(${kids.map((k) => `${c}${k}`).join('+')},"")`;
      if (n.level === 'kegiatan') {
        // Targets of a kegiatan: the sum of its sub kegiatan targets, by formula, as in the real file.
        const tc = cols.target![y];
        const tv = sumOf((n.kids as Node[]).map((k) => Number(k.ind[0].t[y])));
        sb.set(`${tc}${row}`, { v: tv, fmt: unitFmt(n.ind[0].satuan) });
        sb.get(`${tc}${row}`)!.f = `IFERROR(SUM(${tc}${first}:${tc}${last}),"")`;
      }
    });
  }
  // The planted slip: the Perencanaan kegiatan's SUM stops one row short (its last sub kegiatan added later).
  const kegKey = '5.01.02.2.01';
  const kRow = f.row(kegKey);
  const kegNode = all.find((n) => n.key === kegKey)!;
  const kidRows = (kegNode.kids as Node[]).map((k) => f.row(k.key));
  const lastKid = (kegNode.kids as Node[])[kegNode.kids.length - 1];
  cols.pagu.forEach((c, y) => {
    const cell = sb.get(`${c}${kRow}`)!;
    cell.f = `IFERROR(SUM(${c}${kidRows[0]}:${c}${kidRows[kidRows.length - 2]}),"")`;
    cell.v = (cell.v as number) - f.pagu(lastKid.key, y);
  });
  // The program above sums its kegiatan cells, so it carries the short value on.
  const pRow = f.row('5.01.02');
  cols.pagu.forEach((c, y) => {
    const cell = sb.get(`${c}${pRow}`)!;
    cell.v = (cell.v as number) - f.pagu(lastKid.key, y);
  });
  messyUnseenLayouts.push({
    id: 'real-pu-dress-formula-parents',
    description:
      'Bappeda plan dressed like the real Dinas PU workbook: one heading row "KODE | PROGRAM DAN KEGIATAN | SATUAN | INDIKATOR | DATA CAPAIAN AWAL | TARGET 2025 | PAGU 2025 | …" in "@" cells, kegiatan pagu and targets as =IFERROR(SUM(G5:G7),"") and program pagu as =IFERROR(G4+G8,"") with cached values, satuan and indikator of parents showing 0, sub kegiatan targets formatted #,##0" dok". Planted: the Penyusunan Perencanaan dan Pendanaan kegiatan\'s SUM stops one row short of its last sub kegiatan (Musrenbang) in every year; the program, summing the kegiatan cells, carries it on',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'RENSTRA', kind: 'program-pendanaan', range: `A1:P${f.last}`, headerRows: [1], roles: fundingRoles(cols, years(2025)) }],
    findings: cols.pagu.map((c) => ({ rule: 'total.pagu-induk', cell: `${c}${kRow}` })),
    tolerated: cols.pagu.map((c) => ({ rule: 'total.pagu-induk', cell: `${c}${pRow}` })),
  });
}

// =============================================================================================
// 13. IKU targets as numbers formatted %, T-C.25 targets as plain numbers

{
  const plan: TujuanRow[] = [
    {
      tujuan: 'Meningkatnya derajat kesehatan masyarakat',
      ind: 'Persentase Puskesmas Terakreditasi Paripurna',
      satuan: '%',
      base: 35,
      t: [40, 50, 60, 70, 80],
      sasaran: [
        { sasaran: 'Meningkatnya mutu pelayanan kesehatan dasar', ind: 'Persentase Capaian SPM Bidang Kesehatan', satuan: '%', base: 86, t: [88, 90, 91, 92, 93] },
        { sasaran: 'Menurunnya kematian ibu', ind: 'Angka Kematian Ibu (per 100.000 Kelahiran Hidup)', satuan: 'per 100.000 KH', base: 98, t: [95, 92, 89, 86, 83] },
      ],
    },
  ];
  const s25 = new SheetBuilder('Tabel 4.1');
  titles(s25, 1, ['Tabel 4.1', 'Tujuan dan Sasaran Jangka Menengah Pelayanan Dinas Kesehatan Kabupaten Trenggalek']);
  tall(s25, 'A', 4, 5, 'No');
  tall(s25, 'B', 4, 5, 'Tujuan');
  tall(s25, 'C', 4, 5, 'Sasaran');
  tall(s25, 'D', 4, 5, 'Indikator Tujuan/Sasaran');
  s25.mergeText('E4:I4', b('Target Kinerja Tujuan/Sasaran pada Tahun'));
  s25.put('E5', years(2025).map((y) => b(y)));
  const t25 = tc25Rows(s25, 6, plan);
  const si = new SheetBuilder('IKU');
  titles(si, 1, ['Tabel 4.4', 'Indikator Kinerja Utama Dinas Kesehatan']);
  tall(si, 'A', 4, 5, 'No');
  tall(si, 'B', 4, 5, 'Indikator Kinerja Utama');
  tall(si, 'C', 4, 5, 'Satuan');
  tall(si, 'D', 4, 5, 'Kondisi Awal (2024)');
  si.mergeText('E4:I4', b('Target'));
  si.put('E5', years(2025).map((y) => b(y)));
  tall(si, 'J', 4, 5, 'Kondisi Akhir (2029)');
  const iku = ikuData(plan);
  iku.forEach((k, i) => {
    const pct = k.satuan === '%';
    const v = (x: number): V => (pct ? { v: round(x / 100, 4), fmt: '0%' } : x);
    si.put(`A${6 + i}`, [i + 1, k.ind, k.satuan, v(k.base), ...k.t.map(v), v(k.t[4])]);
  });
  const spm = 6 + iku.findIndex((k) => k.ind === 'Persentase Capaian SPM Bidang Kesehatan');
  si.set(`G${spm}`, { v: 0.9, fmt: '0%' }); // 2027: T-C.25 says 91
  messyUnseenLayouts.push({
    id: 'iku-percent-format-vs-tc25',
    description:
      'Dinas Kesehatan T-C.25 with targets as plain numbers (40, 88 …) and an IKU whose % indicators hold fractions formatted 0% (0,4 shows 40%; baseline and Kondisi Akhir too) while the AKI row stays plain (95 … 83). Planted: the IKU 2027 target of Capaian SPM shows 90% where T-C.25 says 91',
    workbook: workbook(s25, si),
    tables: [
      { sheet: 'Tabel 4.1', kind: 'tujuan-sasaran', range: `A4:I${t25.next - 1}`, headerRows: [4, 5], roles: { A: 'no', B: 'tujuan', C: 'sasaran', D: 'indicator', ...yearRoles('target', letters('E', 5), years(2025)) } },
      { sheet: 'IKU', kind: 'iku', range: `A4:J${5 + iku.length}`, headerRows: [4, 5], roles: { A: 'no', B: 'indicator', C: 'satuan', D: 'baseline', ...yearRoles('target', letters('E', 5), years(2025)), J: 'akhir-target' } },
    ],
    findings: [{ rule: 'crosstable.iku-target', cell: [`IKU!G${spm}`, `Tabel 4.1!G${t25.rowOf.get('Persentase Capaian SPM Bidang Kesehatan')}`] }],
  });
}

// =============================================================================================
// 14. Converted from PDF: long names and indicators run on into a second row, the run-on starting in capitals

{
  const sb = new SheetBuilder('Tabel 4.2');
  titles(sb, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Kecamatan Jiwan Kabupaten Madiun Tahun 2025-2029']);
  const h = tc27(sb, 4, { yearLabels: years(2025), satuan: true, numberRow: 'plain' });
  const items: Item[] = [penunjangFull('7.01', 0.45, 5, { pegawai: 21 }), ...kecamatanFull(0.9)];
  // Laid out first on a scratch sheet, then copied row by row with the run-on rows inserted.
  const scratch = new SheetBuilder('scratch');
  const f = renderFunding(scratch, h.firstData, items, h.cols, {
    bold: { program: true },
    unitText: 'Kecamatan Jiwan',
    lokasiText: 'Kec. Jiwan',
    jumlah: { label: 'Jumlah', labelCol: 'B' },
    paguDelta: [{ key: '7.01.02.2.01', year: 1, delta: 6_000_000 }],
  });
  const split = (t: string): [string, string] | undefined => {
    if (t.length <= 60) return undefined;
    const words = t.split(' ');
    let head = '';
    let i = 0;
    while (i < words.length && (head + ' ' + words[i]).trim().length <= 55) head = (head + ' ' + words[i++]).trim();
    const rest = words.slice(i).join(' ');
    return /^[A-Z]/.test(rest) ? [head, rest] : undefined;
  };
  const cols = letters('A', 19);
  const moved = new Map<number, number>();
  let out = h.firstData;
  for (let r = h.firstData; r <= f.last; r++) {
    moved.set(r, out);
    const name = scratch.get(`B${r}`);
    const ind = scratch.get(`C${r}`);
    cols.forEach((c) => {
      const cell = scratch.get(`${c}${r}`);
      if (cell) sb.set(`${c}${out}`, { v: cell.v as string | number, ...(cell.bold ? { bold: true } : {}), ...(cell.fmt ? { fmt: cell.fmt } : {}) });
    });
    const sn = typeof name?.v === 'string' ? split(name.v) : undefined;
    const si = typeof ind?.v === 'string' ? split(ind.v) : undefined;
    if (sn || si) {
      if (sn) sb.set(`B${out}`, { v: sn[0], ...(name?.bold ? { bold: true } : {}) }).set(`B${out + 1}`, { v: sn[1], ...(name?.bold ? { bold: true } : {}) });
      if (si) sb.set(`C${out}`, si[0]).set(`C${out + 1}`, si[1]);
      out += 2;
    } else out += 1;
  }
  const at = (cell: string): string => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
    return `${m[1]}${moved.get(Number(m[2]))}`;
  };
  const last = out - 1;
  messyUnseenLayouts.push({
    id: 'pdf-runon-rows-capitals',
    description:
      'Kecamatan T-C.27 converted from the signed PDF: every name or indicator longer than the column runs on into the next row ("Koordinasi dan Penyusunan Laporan Capaian Kinerja dan" / "Ikhtisar Realisasi Kinerja SKPD"), the run-on row holding only those text fragments (no code, no Rp, no target), most fragments starting with a capital letter as Title Case names do. Planted: the Koordinasi Penyelenggaraan Kegiatan Pemerintahan kegiatan 6.000.000 over its sub kegiatan in 2026',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:${h.right}${last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: at(f.cell('7.01.02.2.01', 'pagu', 1)) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: at(f.cell('7.01.02.2.01', 'akhirPagu')) }],
  });
}

// =============================================================================================
// 15. Two indicator rows per entity with code, name, every Rp and the unit merged down over both

{
  const sb = new SheetBuilder('T-C.27');
  titles(sb, 1, ['Tabel T-C.27', 'Rencana Program, Kegiatan, dan Pendanaan Badan Keuangan dan Aset Daerah Kabupaten Ngawi', 'Tahun 2025-2029']);
  const h = tc27(sb, 5, { yearLabels: years(2025), satuan: true, numberRow: 'paren' });
  const second = (n: Node): Node =>
    mapTree(n, (x) =>
      x.level === 'program'
        ? { ...x, ind: [...x.ind, I('Persentase Kegiatan yang Selesai Tepat Waktu', '%', 90, rising(92, 2))] }
        : x.level === 'kegiatan'
          ? { ...x, ind: [...x.ind, I('Persentase Dokumen yang Tersusun Tepat Waktu', '%', 95, flat(100))] }
          : x,
    );
  const items: Item[] = [penunjang('5.02', 0.5, 'small'), ...keuangan(0.9)].map(second);
  const f = renderFunding(sb, h.firstData, items, h.cols, {
    bold: { program: true },
    unitText: 'BKAD',
    lokasiText: 'Kabupaten Ngawi',
    mergeNames: true,
    jumlah: { label: 'JUMLAH', labelCol: 'A', mergeTo: 'E' },
    jumlahDelta: [{ year: 1, delta: -11_000_000 }],
  });
  for (const n of entities(items)) {
    if (n.ind.length < 2) continue;
    const r0 = f.row(n.key);
    const r1 = r0 + n.ind.length - 1;
    [...h.cols.pagu, h.cols.akhirPagu!, h.cols.unit!, h.cols.lokasi!].forEach((c) => sb.merge(`${c}${r0}:${c}${r1}`));
  }
  messyUnseenLayouts.push({
    id: 'money-merged-over-indicator-rows',
    description:
      'BKAD T-C.27 in which every program and kegiatan has two indicator rows and its code, name, each year\'s Rp, the akhir Rp, unit and lokasi are merged down over both (the targets stay one per row), as a Word table turned into Excel keeps them. Planted: JUMLAH 2026 11.000.000 short',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'T-C.27', kind: 'program-pendanaan', range: `A5:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) }],
    findings: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 1) }],
    tolerated: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'akhirPagu') }],
  });
}

// =============================================================================================
// 16. The end-of-period pair headed "JUMLAH" (the five-year total), not "Kondisi Kinerja pada akhir periode"

{
  const sb = new SheetBuilder('Renstra Kominfo');
  titles(sb, 1, ['RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN', 'DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN BOJONEGORO 2025-2029']);
  const h = tc27(sb, 4, {
    yearLabels: years(2025),
    satuan: true,
    lokasi: false,
    labels: { group: 'Target Kinerja dan Pagu Indikatif', akhir: 'JUMLAH', target: 'Target', pagu: 'Rp', unit: 'PD Penanggung Jawab' },
  });
  const items: Item[] = [penunjang('2.16', 0.7, 'small'), ...kominfo(1)];
  const f = renderFunding(sb, h.firstData, items, h.cols, { bold: { program: true }, unitText: 'Diskominfo' });
  const key = '2.16.03.2.02.0040';
  const wrong = f.cell(key, 'akhirPagu');
  sb.set(wrong, money(sumOf([0, 1, 2, 3, 4].map((y) => f.pagu(key, y))) + 25_000_000));
  messyUnseenLayouts.push({
    id: 'akhir-pair-headed-jumlah',
    description:
      'Diskominfo funding table whose end-of-period pair is headed just "JUMLAH" over "Target | Rp" (the five-year total Rp and the last target), no Jumlah row, no Lokasi. Planted: the Penyediaan Akses Internet sub kegiatan\'s five-year Rp 25.000.000 over the sum of its years',
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra Kominfo', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) }],
    findings: [{ rule: 'total.akhir-periode-pagu', cell: wrong }],
    tolerated: [
      { rule: 'total.pagu-induk', cell: f.cell('2.16.03.2.02', 'akhirPagu') },
      { rule: 'total.pagu-induk', cell: f.cell('2.16.03', 'akhirPagu') },
    ],
  });
}

// =============================================================================================
// 17. Pasted from Word: non-breaking spaces in headings, codes and money; years "Tahun ke-1\n(2025)"

{
  const NB = '\u00a0';
  const sb = new SheetBuilder('Lamp 4.2');
  titles(sb, 1, [`Tabel${NB}4.2`, `Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Pendidikan Kabupaten Magetan`]);
  const h = tc27(sb, 4, {
    yearLabels: [1, 2, 3, 4, 5].map((n) => b(`Tahun ke-${n}\n(${2024 + n})`)),
    satuan: true,
    labels: {
      kode: `Kode${NB}`,
      name: `Program/${NB}Kegiatan/${NB}Sub${NB}Kegiatan`,
      indicator: `Indikator${NB}Kinerja Program (Outcome)${NB}/ Kegiatan (Output)`,
      baseline: `Kondisi${NB}Awal (2024)`,
      group: `Target${NB}Kinerja${NB}dan${NB}Kerangka${NB}Pendanaan`,
      target: `Target${NB}`,
      pagu: `Rp${NB}`,
      akhir: `Kondisi${NB}Akhir${NB}Periode`,
    },
  });
  const [, kurikulum, pendidik] = pendidikan(1);
  const items: Item[] = [penunjang('1.01', 0.9, 'small'), kurikulum, pendidik];
  const f = renderFunding(sb, h.firstData, items, h.cols, {
    bold: { program: true },
    unitText: `Dinas${NB}Pendidikan`,
    lokasiText: 'Kabupaten Magetan',
    jumlah: { label: `JUMLAH${NB}`, labelCol: 'B' },
    paguDelta: [{ key: '1.01.03.2.01', year: 3, delta: 4_000_000 }],
  });
  const subRows = new Set(entities(items).filter((n) => n.level === 'sub').map((n) => f.row(n.key)));
  for (let row = h.firstData; row <= f.last; row++) {
    const code = sb.get(`A${row}`);
    if (code && typeof code.v === 'string') code.v = `${code.v}${NB}`;
    if (!subRows.has(row)) continue;
    [...h.cols.pagu, h.cols.akhirPagu!].forEach((c, i) => {
      const cell = sb.get(`${c}${row}`);
      if (!cell || typeof cell.v !== 'number') return;
      cell.v = i % 2 === 0 ? `Rp${NB}${idr(cell.v)}` : `${idr(cell.v)}${NB}`;
      delete cell.fmt;
    });
  }
  messyUnseenLayouts.push({
    id: 'word-paste-nbsp-tahun-ke-2025',
    description:
      'Dinas Pendidikan T-C.27 pasted from the Word draft: non-breaking spaces inside and after the headings ("Target\\u00a0", "Rp\\u00a0"), after every code ("1.01.03.2.01\\u00a0") and in the sub kegiatan Rp typed as text ("Rp\\u00a01.234.000", "1.234.000\\u00a0"); years headed "Tahun ke-1\\n(2025)" … "Tahun ke-5\\n(2029)". Planted: the Kurikulum Muatan Lokal kegiatan 4.000.000 over its sub kegiatan in 2028',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Lamp 4.2', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('1.01.03.2.01', 'pagu', 3) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('1.01.03.2.01', 'akhirPagu') }],
  });
}

// =============================================================================================
// 18. Program rows as bands merged across the table (no money), the program's Rp on a "Jumlah Program" row after its kegiatan

{
  const sb = new SheetBuilder('Tabel 4.2');
  titles(sb, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif DPMPTSP Kabupaten Pacitan Tahun 2025-2029']);
  const h = tc27(sb, 4, { yearLabels: years(2025), satuan: true, numberRow: 'paren' });
  const programs = [penunjang('2.18', 0.5, 'small'), ...penanamanModal(0.8)];
  let r = h.firstData;
  const sums: { row: number; vals: number[] }[] = [];
  const progTotals: number[][] = [];
  programs.forEach((p, i) => {
    sb.set(`A${r}`, b(p.code!));
    sb.mergeText(`B${r}:${h.right}${r}`, b(p.name));
    r++;
    // The program's outcome indicator on the row under its band, without money.
    const ind = p.ind[0];
    sb.put(`C${r}`, [ind.text, ind.satuan, ind.base, ...ind.t.flatMap((t) => [t, undefined]), ind.t[4]]);
    r++;
    const f = renderFunding(sb, r, p.kids, h.cols, { unitText: 'DPMPTSP', lokasiText: 'Kabupaten Pacitan' });
    r = f.next;
    const vals = [0, 1, 2, 3, 4].map((y) => sumOf((p.kids as Node[]).map((k) => f.pagu(k.key, y))));
    progTotals.push(vals);
    const shown = vals.map((v, y) => v + (i === 2 && y === 2 ? 3_000_000 : 0));
    sb.set(`B${r}`, b('Jumlah Program'));
    h.cols.pagu.forEach((c, y) => sb.set(`${c}${r}`, money(shown[y], true)));
    sb.set(`${h.cols.akhirPagu}${r}`, money(sumOf(shown), true));
    sums.push({ row: r, vals: shown });
    r++;
  });
  const jr = r;
  sb.mergeText(`A${jr}:E${jr}`, b('JUMLAH TOTAL'));
  const tot = [0, 1, 2, 3, 4].map((y) => sumOf(progTotals.map((v) => v[y])));
  h.cols.pagu.forEach((c, y) => sb.set(`${c}${jr}`, money(tot[y], true)));
  sb.set(`${h.cols.akhirPagu}${jr}`, money(sumOf(tot), true));
  const wrongRow = sums[2].row;
  messyUnseenLayouts.push({
    id: 'program-band-rows-jumlah-program',
    description:
      'DPMPTSP T-C.27 where each program is a band: its code in A and its name merged across B:S (over the indicator, target and Rp columns), no money on it; its outcome indicator and targets on the row below; its kegiatan and sub kegiatan; then a bold "Jumlah Program" row carrying the program\'s Rp; "JUMLAH TOTAL" (merged A:E) at the end. Planted: the third program\'s Jumlah Program 3.000.000 over its kegiatan in 2027 (the JUMLAH TOTAL, summing the kegiatan, is right)',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:${h.right}${jr}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) }],
    // The program's pagu stands on its Jumlah Program row: not the sum of its kegiatan.
    findings: [{ rule: 'total.pagu-induk', cell: `${h.cols.pagu[2]}${wrongRow}` }],
    tolerated: [
      { rule: 'total.jumlah', cell: `${h.cols.pagu[2]}${wrongRow}` },
      { rule: 'total.jumlah', cell: `${h.cols.akhirPagu}${wrongRow}` },
      { rule: 'total.pagu-induk', cell: `${h.cols.akhirPagu}${wrongRow}` },
      { rule: 'total.jumlah', cell: `${h.cols.pagu[2]}${jr}` },
      { rule: 'total.jumlah', cell: `${h.cols.akhirPagu}${jr}` },
    ],
  });
}

// =============================================================================================
// 19. The same three name columns without any code (a Bappeda matrix): only the column says the level

{
  const sb = new SheetBuilder('Matriks Renstra');
  titles(sb, 1, ['MATRIKS RENCANA PROGRAM, KEGIATAN DAN SUB KEGIATAN', 'DINAS PENDIDIKAN KABUPATEN PONOROGO TAHUN 2026-2030']);
  const top = 4;
  tall(sb, 'A', top, top + 1, 'Program');
  tall(sb, 'B', top, top + 1, 'Kegiatan');
  tall(sb, 'C', top, top + 1, 'Sub Kegiatan');
  tall(sb, 'D', top, top + 1, 'Indikator Kinerja');
  tall(sb, 'E', top, top + 1, 'Satuan');
  tall(sb, 'F', top, top + 1, 'Kondisi Awal (2025)');
  years(2026).forEach((y, i) => {
    const c = shift('G', 2 * i);
    sb.mergeText(`${c}${top}:${shift(c, 1)}${top}`, b(y));
    sb.put(`${c}${top + 1}`, [b('Target'), b('Pagu (Rp)')]);
  });
  tall(sb, 'Q', top, top + 1, 'Penanggung Jawab');
  const cols: FundingColumns = { name: 'A', indicator: 'D', satuan: 'E', baseline: 'F', target: letters('G', 5, 2), pagu: letters('H', 5, 2), unit: 'Q' };
  const [pengelolaan, kurikulum] = pendidikan(0.8);
  const noCodes = (n: Node): Node => mapTree(n, (x) => ({ ...x, code: undefined }));
  const items: Item[] = [noCodes(pengelolaan), noCodes(kurikulum)];
  const f = renderFunding(sb, top + 2, items, cols, {
    unitText: 'Bidang Pembinaan SD/SMP',
    jumlah: { label: 'JUMLAH', labelCol: 'A' },
    paguDelta: [{ key: '1.01.02.2.02', year: 2, delta: -12_000_000 }],
  });
  for (const n of entities(items)) {
    if (n.level === 'program') continue;
    const row = f.row(n.key);
    const v = sb.get(`A${row}`)!.v as string;
    sb.set(`A${row}`, null).set(`${n.level === 'kegiatan' ? 'B' : 'C'}${row}`, v);
  }
  const roles: Record<string, RoleSpec> = { ...fundingRoles(cols, years(2026)), B: 'name', C: 'name' };
  messyUnseenLayouts.push({
    id: 'level-name-columns-no-codes',
    description:
      'Dinas Pendidikan matrix "Program | Kegiatan | Sub Kegiatan | Indikator Kinerja | Satuan | Kondisi Awal (2025) | 2026 … 2030 (Target | Pagu (Rp)) | Penanggung Jawab" with no code anywhere: a program row fills only A, a kegiatan row only B, a sub kegiatan row only C (SD and SMP kegiatan share sub kegiatan names), JUMLAH in A. Planted: the SMP kegiatan 12.000.000 under its sub kegiatan in 2028',
    workbook: workbook(sb),
    tables: [{ sheet: 'Matriks Renstra', kind: 'program-pendanaan', range: `A${top}:Q${f.last}`, headerRows: [top, top + 1], roles }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('1.01.02.2.02', 'pagu', 2) }],
  });
}
