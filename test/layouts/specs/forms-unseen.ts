/**
 * The regulation's forms (Permendagri 86/2017 T-C.23 … T-C.28, IKK, cascading / pohon kinerja) as
 * agencies write them in ways the rest of the corpus does not: abbreviated headers ("Tgt", "Real.",
 * "Thn", "Angg.", "Sat."), "TA 2020", "Tahun 2021 (Rp)", "Tahun ke-1 (2026)", "2025*)", money in
 * Rp.000, growth as CAGR, tables from column B or C under a merged title with "Sumber:" and a
 * signature block, "Jumlah Total" / "TOTAL" (also in the code column), Roman urusan rows over
 * outline numbers, provinsi codes, four-year evaluations, target and satuan in one cell ("85 %"),
 * T-C.28 verbatim and a cascading table by eselon.
 */
import { type FundingColumns, type Item, type Node, I, bidang, flat, fundingRoles, keg, mapTree, prog, renderFunding, rising, series, sub } from '../funding';
import { type Layout, type V, SheetBuilder, b, letters, meanGrowth, numbers, round, shift, workbook, yearRoles, years } from '../kit';
import { kecamatan, kominfo, penunjang } from '../data';
import { kecamatanFull, penunjangFull, pendidikan, sosial } from '../agencies';
import { asText, entities, tc27, titles } from '../sheets';

export const formsUnseenLayouts: Layout[] = [];

const M = 1_000_000;
/** Comma decimals, as Indonesian documents write them: 96.5 → "96,5". */
const comma = (x: number): string => String(x).replace('.', ',');

// =============================================================================================
// T-C.23 pencapaian kinerja

interface Cap {
  ind: string;
  refs?: V[];
  sat?: string;
  t: number[];
  r: number[];
}

const ratioOf = (c: Cap, pct: boolean): number[] => c.t.map((t, i) => round((c.r[i] / t) * (pct ? 100 : 1), 2));

/** BKPSDM indicators 2020-2024. */
const BKPSDM: Cap[] = [
  { ind: 'Persentase ASN yang Memenuhi Standar Kompetensi Jabatan', refs: ['-', '-', 'V'], t: [60, 65, 70, 75, 80], r: [58.4, 66.1, 71.3, 74.2, 81.5] },
  { ind: 'Indeks Profesionalitas ASN', refs: ['-', 'V', '-'], t: [62, 65, 68, 71, 74], r: [63.5, 64.8, 69.2, 72.4, 73.1] },
  { ind: 'Persentase Layanan Administrasi Kepegawaian yang Diselesaikan Tepat Waktu', refs: ['100', '-', '-'], t: [90, 92, 94, 96, 98], r: [91, 92.5, 93.8, 97, 98.4] },
  { ind: 'Indeks Sistem Merit', refs: ['-', '-', 'V'], t: [0.55, 0.6, 0.65, 0.7, 0.75], r: [0.52, 0.61, 0.68, 0.71, 0.77] },
];

// T-C.23 from column C under a title merged across the table: "Tgt NSPK", "Tgt Renstra PD", "Real. Capaian",
// "Rasio (Real./Tgt)", years "Thn 2020"; "Sumber:" line and a signature block below.
{
  const sb = new SheetBuilder('Bab II');
  sb.mergeText('C1:V1', b('TABEL 2.7'));
  sb.mergeText('C2:V2', b('PENCAPAIAN KINERJA PELAYANAN BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KABUPATEN MAGETAN TAHUN 2020-2024'));
  sb.mergeText('C4:C5', b('No.'));
  sb.mergeText('D4:D5', b('Indikator Kinerja sesuai Tupoksi BKPSDM'));
  sb.mergeText('E4:E5', b('Tgt NSPK'));
  sb.mergeText('F4:F5', b('Tgt IKK'));
  sb.mergeText('G4:G5', b('Tgt Indikator Lainnya'));
  sb.mergeText('H4:L4', b('Tgt Renstra PD'));
  sb.mergeText('M4:Q4', b('Real. Capaian'));
  sb.mergeText('R4:V4', b('Rasio (Real./Tgt)'));
  const thn = years(2020).map((y) => b(`Thn ${y}`));
  sb.put('H5', [...thn, ...thn, ...thn]);
  sb.put('C6', numbers(20, 'paren'));
  BKPSDM.forEach((c, i) => sb.put(`C${7 + i}`, [`${i + 1}.`, c.ind, ...(c.refs ?? []), ...c.t, ...c.r, ...ratioOf(c, false)]));
  const last = 6 + BKPSDM.length;
  // Indeks Profesionalitas ASN, 2022: 69,2 / 68 = 1,02 — shown 0,98 (target ÷ realisasi).
  sb.set('T8', 0.98);
  sb.set(`C${last + 1}`, 'Sumber: LKjIP BKPSDM Tahun 2020-2024 (diolah)');
  sb.mergeText(`R${last + 3}:V${last + 3}`, 'Magetan, 10 Februari 2025');
  sb.mergeText(`R${last + 4}:V${last + 4}`, b('KEPALA BKPSDM KABUPATEN MAGETAN'));
  sb.mergeText(`R${last + 8}:V${last + 8}`, b('Drs. HERU SANTOSO, M.Si'));
  sb.mergeText(`R${last + 9}:V${last + 9}`, 'Pembina Utama Muda');
  sb.mergeText(`R${last + 10}:V${last + 10}`, 'NIP. 19700512 199503 1 004');
  formsUnseenLayouts.push({
    id: 'fu-tc23-col-c-abbrev-signed',
    viaXlsx: true,
    description:
      'BKPSDM T-C.23 from column C (A:B empty) under a title merged over C:V, headers abbreviated "Tgt NSPK | Tgt IKK | Tgt Indikator Lainnya | Tgt Renstra PD | Real. Capaian | Rasio (Real./Tgt)", years "Thn 2020", No "1.", (1)…(20) row; "Sumber:" line right under the table and a signature block (merged R:V) below. Planted: one rasio inverted (0,98 where 1,02)',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Bab II',
        kind: 'pencapaian-kinerja',
        range: `C4:V${last}`,
        headerRows: [4, 5, 6],
        roles: {
          C: 'no',
          D: 'indicator',
          E: 'ref-target',
          F: 'ref-target',
          G: 'ref-target',
          ...yearRoles('target', letters('H', 5), years(2020)),
          ...yearRoles('realisasi', letters('M', 5), years(2020)),
          ...yearRoles('rasio', letters('R', 5), years(2020)),
        },
      },
    ],
    findings: [{ rule: 'ratio.capaian', cell: 'T8' }],
  });
}

/** Dinas Perhubungan indicators 2020-2024. */
const DISHUB: Cap[] = [
  { ind: 'Persentase Ketersediaan Perlengkapan Jalan', sat: '%', t: [55, 58, 61, 64, 67], r: [54.2, 58.9, 60.1, 65.3, 66.8] },
  { ind: 'Persentase Kendaraan Wajib Uji yang Lulus Uji Berkala', sat: '%', t: [85, 86, 87, 88, 90], r: [86.2, 87.4, 86.1, 89.3, 91] },
  { ind: 'Jumlah Penumpang Angkutan Umum', sat: 'Orang', t: [120000, 125000, 130000, 135000, 140000], r: [98000, 118500, 131200, 136400, 142900] },
  { ind: 'Indeks Kepuasan Masyarakat Layanan Pengujian Kendaraan', sat: 'Indeks', t: [80, 81, 82, 83, 84], r: [81.2, 80.6, 82.9, 83.5, 85.1] },
];

// T-C.23 without the three reference-target columns but with Satuan; the rasio group written
// "Capaian (Realisasi/Target) (%)" — the word Realisasi inside the rasio heading.
{
  const sb = new SheetBuilder('Tabel 2.5');
  sb.set('A1', b('Tabel 2.5 Capaian Kinerja Pelayanan Dinas Perhubungan Kabupaten Madiun Tahun 2020-2024'));
  sb.mergeText('A3:A4', b('No'));
  sb.mergeText('B3:B4', b('Indikator Kinerja'));
  sb.mergeText('C3:C4', b('Satuan'));
  sb.mergeText('D3:H3', b('Target'));
  sb.mergeText('I3:M3', b('Realisasi'));
  sb.mergeText('N3:R3', b('Capaian (Realisasi/Target) (%)'));
  const ys = years(2020).map((y) => b(y));
  sb.put('D4', [...ys, ...ys, ...ys]);
  sb.put('A5', numbers(18, 'plain'));
  DISHUB.forEach((c, i) => sb.put(`A${6 + i}`, [i + 1, c.ind, c.sat, ...c.t, ...c.r, ...ratioOf(c, true)]));
  const last = 5 + DISHUB.length;
  // Penumpang angkutan umum 2020: 98.000 / 120.000 = 81,67 % — shown 122,45 (target ÷ realisasi).
  sb.set('N8', 122.45);
  formsUnseenLayouts.push({
    id: 'fu-tc23-satuan-realisasi-per-target',
    description:
      'Dishub T-C.23 with Satuan and no NSPK/IKK/Lainnya columns, groups "Target | Realisasi | Capaian (Realisasi/Target) (%)" over 2020…2024, plain 1 … 18 row. Planted: one capaian inverted (122,45 where 81,67)',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Tabel 2.5',
        kind: 'pencapaian-kinerja',
        range: `A3:R${last}`,
        headerRows: [3, 4, 5],
        roles: {
          A: 'no',
          B: 'indicator',
          C: 'satuan',
          ...yearRoles('target', letters('D', 5), years(2020)),
          ...yearRoles('realisasi', letters('I', 5), years(2020)),
          ...yearRoles('rasio', letters('N', 5), years(2020)),
        },
      },
    ],
    findings: [{ rule: 'ratio.capaian', cell: 'N8' }],
  });
}

/** Kecamatan indicators 2021-2025, the last year realised to the third quarter. */
const KEC_CAP: Cap[] = [
  { ind: 'Indeks Kepuasan Masyarakat terhadap Layanan PATEN', refs: ['-', '-', 'V'], t: [78, 79, 80, 81, 82], r: [78.6, 80.2, 79.4, 82.05, 82.3] },
  { ind: 'Persentase Desa dengan Status Desa Mandiri', refs: ['-', 'V', '-'], t: [20, 25, 30, 35, 40], r: [21, 25, 33, 35, 41] },
  { ind: 'Persentase Penyelesaian Pelanggaran Perda dan Perkada Tingkat Kecamatan', refs: ['100', '-', '-'], t: [90, 90, 95, 95, 100], r: [88, 92, 95, 96, 97] },
];

// T-C.23 whose reference targets sit under one "Target" group (NSPK | IKK | Indikator Lainnya), years "TA 2021".
{
  const sb = new SheetBuilder('Tabel 2.3');
  titles(sb, 1, ['Tabel 2.3', 'Pencapaian Kinerja Pelayanan Kecamatan Sukomoro Tahun 2021-2025']);
  sb.mergeText('A4:A5', b('No'));
  sb.mergeText('B4:B5', b('Indikator Kinerja sesuai Tugas dan Fungsi Kecamatan'));
  sb.mergeText('C4:E4', b('Target'));
  sb.put('C5', [b('NSPK'), b('IKK'), b('Indikator Lainnya')]);
  sb.mergeText('F4:J4', b('Target Renstra Kecamatan'));
  sb.mergeText('K4:O4', b('Realisasi Capaian'));
  sb.mergeText('P4:T4', b('Rasio Capaian (%)'));
  const ta = years(2021).map((y) => b(`TA ${y}`));
  sb.put('F5', [...ta, ...ta, ...ta]);
  KEC_CAP.forEach((c, i) => sb.put(`A${6 + i}`, [i + 1, c.ind, ...(c.refs ?? []), ...c.t, ...c.r, ...ratioOf(c, true)]));
  const last = 5 + KEC_CAP.length;
  // IKM PATEN TA 2024: 82,05 / 81 = 101,30 % — shown 110,30 (digits swapped).
  sb.set('S6', 110.3);
  sb.set(`A${last + 1}`, 'Keterangan: realisasi TA 2025 s.d. Triwulan III');
  formsUnseenLayouts.push({
    id: 'fu-tc23-ref-group-ta-years',
    description:
      'Kecamatan T-C.23 with the reference targets as one "Target" group over "NSPK | IKK | Indikator Lainnya" (two rows), then "Target Renstra Kecamatan | Realisasi Capaian | Rasio Capaian (%)" over "TA 2021 … TA 2025", no column-number row, a "Keterangan:" line under it. Planted: one capaian typed 110,30 where 82,05 / 81 = 101,30 %',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Tabel 2.3',
        kind: 'pencapaian-kinerja',
        range: `A4:T${last}`,
        headerRows: [4, 5],
        roles: {
          A: 'no',
          B: 'indicator',
          C: 'ref-target',
          D: 'ref-target',
          E: 'ref-target',
          ...yearRoles('target', letters('F', 5), years(2021)),
          ...yearRoles('realisasi', letters('K', 5), years(2021)),
          ...yearRoles('rasio', letters('P', 5), years(2021)),
        },
      },
    ],
    findings: [{ rule: 'ratio.capaian', cell: 'S6' }],
  });
}

// =============================================================================================
// T-C.24 anggaran dan realisasi

interface Angg {
  code?: string;
  name: string;
  a: number[];
  r: number[];
}

const cagr = (xs: number[]): number => round((Math.pow(xs[xs.length - 1] / xs[0], 1 / (xs.length - 1)) - 1) * 100, 2);
const totals = (list: Angg[]): { a: number[]; r: number[] } => ({
  a: list[0].a.map((_, i) => list.reduce((s, x) => s + x.a[i], 0)),
  r: list[0].r.map((_, i) => list.reduce((s, x) => s + x.r[i], 0)),
});

/** Dinas Sosial programs 2020-2024 in thousands of rupiah. */
const DINSOS_000: Angg[] = [
  { name: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', a: [4_215_300, 4_388_150, 4_502_900, 4_710_450, 4_925_800], r: [3_980_122, 4_201_335, 4_390_018, 4_580_776, 4_801_250] },
  { name: 'Program Pemberdayaan Sosial', a: [315_000, 298_500, 342_750, 365_000, 390_200], r: [301_450, 287_960, 336_115, 355_480, 377_904] },
  { name: 'Program Rehabilitasi Sosial', a: [1_250_400, 1_310_000, 1_402_600, 1_455_000, 1_520_300], r: [1_198_770, 1_287_450, 1_379_115, 1_430_206, 1_498_700] },
  { name: 'Program Perlindungan dan Jaminan Sosial', a: [2_105_000, 2_250_500, 2_180_000, 2_310_750, 2_402_000], r: [2_011_300, 2_198_740, 2_155_210, 2_270_115, 2_365_480] },
  { name: 'Program Penanganan Bencana', a: [380_000, 420_000, 455_500, 470_000, 495_250], r: [352_180, 411_600, 448_315, 452_900, 488_120] },
];

// T-C.24 in thousands: "Anggaran (Rp.000)", "TA 2020", "Rasio antara Realisasi dan Anggaran" without "Tahun ke-",
// growth "Angg. | Real." computed as CAGR, "Jumlah Total".
{
  const sb = new SheetBuilder('Tabel 2.8');
  sb.set('A1', b('Tabel 2.8 Anggaran dan Realisasi Pendanaan Pelayanan Dinas Sosial Kabupaten Ngawi Tahun 2020-2024'));
  sb.set('A2', '(dalam ribuan rupiah)');
  sb.mergeText('A4:A5', b('No'));
  sb.mergeText('B4:B5', b('Uraian'));
  sb.mergeText('C4:G4', b('Anggaran (Rp.000)'));
  sb.mergeText('H4:L4', b('Realisasi (Rp.000)'));
  sb.mergeText('M4:Q4', b('Rasio antara Realisasi dan Anggaran'));
  sb.mergeText('R4:S4', b('Rata-rata Pertumbuhan (%)'));
  const ta = years(2020).map((y) => b(`TA ${y}`));
  sb.put('C5', [...ta, ...ta, ...ta, b('Angg.'), b('Real.')]);
  sb.put('A6', numbers(19, 'paren'));
  const row = (x: { a: number[]; r: number[] }): number[] => [...x.a, ...x.r, ...x.a.map((a, i) => round(x.r[i] / a, 2)), cagr(x.a), cagr(x.r)];
  DINSOS_000.forEach((x, i) => sb.put(`A${7 + i}`, [i + 1, x.name, ...row(x)]));
  const jr = 7 + DINSOS_000.length;
  const t = totals(DINSOS_000);
  t.r[2] -= 336_115; // TA 2022 realisasi total skipped Pemberdayaan Sosial
  sb.put(`B${jr}`, [b('Jumlah Total'), ...row(t).map((v) => b(v))]);
  // Pemberdayaan Sosial TA 2021: 287.960 / 298.500 = 0,96 — shown 0,86.
  sb.set('N8', 0.86);
  formsUnseenLayouts.push({
    id: 'fu-tc24-rp000-ta-cagr',
    viaXlsx: true,
    description:
      'Dinsos T-C.24 in thousands ("Anggaran (Rp.000) | Realisasi (Rp.000)", "(dalam ribuan rupiah)"), years "TA 2020 … TA 2024", "Rasio antara Realisasi dan Anggaran" with no "Tahun ke-", "Rata-rata Pertumbuhan (%)" over "Angg. | Real." computed as CAGR, "Jumlah Total" row. Planted: Jumlah Total realisasi TA 2022 skips a program, one wrong rasio',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Tabel 2.8',
        kind: 'anggaran-realisasi',
        range: `A4:S${jr}`,
        headerRows: [4, 5, 6],
        roles: {
          A: 'no',
          B: 'name',
          ...yearRoles('pagu', letters('C', 5), years(2020)),
          ...yearRoles('realisasi', letters('H', 5), years(2020)),
          ...yearRoles('rasio', letters('M', 5), years(2020)),
          R: 'growth/anggaran',
          S: 'growth/realisasi',
        },
      },
    ],
    findings: [
      { rule: 'total.jumlah', cell: `J${jr}` },
      { rule: 'ratio.anggaran', cell: 'N8' },
    ],
    // The Jumlah Total's own rasio and growth are formulas over what it shows.
    tolerated: [
      { rule: 'ratio.anggaran', cell: `O${jr}` },
      { rule: 'growth.rata-rata', cell: `S${jr}` },
    ],
  });
}

/** Kecamatan programs 2021-2024 (Renstra 2021-2026 evaluated to 2024). */
const KEC_ANGG: Angg[] = [
  { code: '7.01.01', name: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', a: [1_512_640_200, 1_598_115_000, 1_655_402_350, 1_742_880_000], r: [1_433_218_915, 1_540_660_120, 1_601_995_870, 1_688_304_450] },
  { code: '7.01.02', name: 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', a: [95_400_000, 102_750_000, 110_000_000, 118_250_000], r: [90_112_500, 99_880_300, 107_415_000, 115_906_200] },
  { code: '7.01.03', name: 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', a: [32_150_000, 35_000_000, 38_400_000, 41_000_000], r: [30_980_400, 34_215_750, 37_906_000, 40_112_350] },
  { code: '7.01.04', name: 'Program Koordinasi Ketentraman dan Ketertiban Umum', a: [28_600_000, 30_450_000, 45_800_000, 47_250_000], r: [27_914_100, 29_870_900, 44_615_300, 46_080_750] },
  { code: '7.01.06', name: 'Program Pembinaan dan Pengawasan Pemerintahan Desa', a: [15_200_000, 16_750_000, 18_100_000, 19_500_000], r: [14_880_600, 16_402_300, 17_786_450, 19_215_900] },
];

// T-C.24 from column B (A empty) under a merged title, a Kode column, four years "Tahun 2021 (Rp)",
// rasio in %, TOTAL merged over the Kode and Program cells, "Sumber:" below.
{
  const sb = new SheetBuilder('T-C.24');
  sb.mergeText('B1:Q1', b('TABEL 2.6 ANGGARAN DAN REALISASI PENDANAAN PELAYANAN KECAMATAN SUKOMORO TAHUN 2021-2024'));
  sb.mergeText('B3:B4', b('Kode'));
  sb.mergeText('C3:C4', b('Program'));
  sb.mergeText('D3:G3', b('Anggaran'));
  sb.mergeText('H3:K3', b('Realisasi'));
  sb.mergeText('L3:O3', b('Rasio Realisasi terhadap Anggaran (%)'));
  sb.mergeText('P3:Q3', b('Rata-rata Pertumbuhan (%)'));
  const rp = years(2021, 4).map((y) => b(`Tahun ${y} (Rp)`));
  sb.put('D4', [...rp, ...rp, ...years(2021, 4).map((y) => b(y)), b('Anggaran'), b('Realisasi')]);
  const row = (x: { a: number[]; r: number[] }): number[] => [
    ...x.a,
    ...x.r,
    ...x.a.map((a, i) => round((x.r[i] / a) * 100, 2)),
    round(meanGrowth(x.a) * 100, 2),
    round(meanGrowth(x.r) * 100, 2),
  ];
  KEC_ANGG.forEach((x, i) => sb.put(`B${5 + i}`, [x.code, x.name, ...row(x)]));
  const jr = 5 + KEC_ANGG.length;
  const t = totals(KEC_ANGG);
  t.a[2] -= 18_100_000; // 2023 anggaran total skipped 7.01.06
  sb.mergeText(`B${jr}:C${jr}`, b('TOTAL'));
  sb.put(`D${jr}`, row(t).map((v) => b(v)));
  // 7.01.04 in 2024: 46.080.750 / 47.250.000 = 97,53 % — shown 102,54 (anggaran ÷ realisasi).
  sb.set('O8', 102.54);
  sb.set(`B${jr + 2}`, 'Sumber: LRA Kecamatan Sukomoro 2021-2024 (BPKAD)');
  formsUnseenLayouts.push({
    id: 'fu-tc24-col-b-kode-four-years',
    description:
      'Kecamatan T-C.24 from column B under a title merged B:Q, a Kode column (7.01.01 …), four years (Renstra 2021-2026 evaluated to 2024) labelled "Tahun 2021 (Rp)" under Anggaran and Realisasi and 2021 … 2024 under "Rasio Realisasi terhadap Anggaran (%)", growth "Anggaran | Realisasi", TOTAL merged over B:C, "Sumber:" below. Planted: TOTAL anggaran 2023 skips a program, one rasio inverted',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'T-C.24',
        kind: 'anggaran-realisasi',
        range: `B3:Q${jr}`,
        headerRows: [3, 4],
        roles: {
          B: 'code',
          C: 'name',
          ...yearRoles('pagu', letters('D', 4), years(2021, 4)),
          ...yearRoles('realisasi', letters('H', 4), years(2021, 4)),
          ...yearRoles('rasio', letters('L', 4), years(2021, 4)),
          P: 'growth/anggaran',
          Q: 'growth/realisasi',
        },
      },
    ],
    findings: [
      { rule: 'total.jumlah', cell: `F${jr}` },
      { rule: 'ratio.anggaran', cell: 'O8' },
    ],
    tolerated: [
      { rule: 'ratio.anggaran', cell: `N${jr}` },
      { rule: 'growth.rata-rata', cell: `P${jr}` },
    ],
  });
}

/** Dinas Perhubungan programs 2020-2024. */
const DISHUB_ANGG: Angg[] = [
  { name: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', a: [3_415_220_000, 3_502_118_500, 3_688_450_000, 3_810_005_000, 3_952_760_000], r: [3_201_448_310, 3_355_902_115, 3_540_112_800, 3_701_998_450, 3_844_520_100] },
  { name: 'Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)', a: [2_150_000_000, 1_875_500_000, 2_420_750_000, 2_600_000_000, 2_815_300_000], r: [2_010_455_600, 1_802_117_450, 2_351_980_200, 2_488_100_750, 2_744_615_000] },
  { name: 'Program Pengelolaan Pelayaran', a: [120_000_000, 135_000_000, 142_500_000, 150_000_000, 158_250_000], r: [112_350_000, 131_880_500, 139_995_400, 146_210_000, 155_004_300] },
];

// T-C.24 in one header row of abbreviations: "Angg. 2020 | Real. 2020 | Rasio 2020 | Rata2 Pertumb. Angg. (%) | Rata2 Pertumb. Real. (%)".
{
  const sb = new SheetBuilder('Tabel 2.4');
  sb.set('A1', b('Tabel 2.4 Anggaran dan Realisasi Pendanaan Pelayanan Dinas Perhubungan 2020-2024'));
  const head: V[] = [b('No'), b('Program')];
  for (const w of ['Angg.', 'Real.', 'Rasio']) for (const y of years(2020)) head.push(b(`${w} ${y}`));
  head.push(b('Rata2 Pertumb. Angg. (%)'), b('Rata2 Pertumb. Real. (%)'));
  sb.put('A3', head);
  const row = (x: { a: number[]; r: number[] }): number[] => [...x.a, ...x.r, ...x.a.map((a, i) => round(x.r[i] / a, 2)), round(meanGrowth(x.a) * 100, 2), round(meanGrowth(x.r) * 100, 2)];
  DISHUB_ANGG.forEach((x, i) => sb.put(`A${4 + i}`, [i + 1, x.name, ...row(x)]));
  const jr = 4 + DISHUB_ANGG.length;
  sb.put(`B${jr}`, [b('TOTAL'), ...row(totals(DISHUB_ANGG)).map((v) => b(v))]);
  // Growth typed with two decimals shown ("0.00"), as the sheet formats it.
  [...DISHUB_ANGG, totals(DISHUB_ANGG)].forEach((x, i) => {
    const bold = i === DISHUB_ANGG.length;
    sb.put(`R${4 + i}`, [round(meanGrowth(x.a) * 100, 2), round(meanGrowth(x.r) * 100, 2)].map((v) => ({ v, fmt: '0.00', ...(bold ? { bold } : {}) })));
  });
  // LLAJ: its anggaran growth (8,00) copied into the realisasi growth cell, where the mean is 9,06 (CAGR 8,09).
  sb.set('S5', { v: round(meanGrowth(DISHUB_ANGG[1].a) * 100, 2), fmt: '0.00' });
  formsUnseenLayouts.push({
    id: 'fu-tc24-one-row-abbrev',
    description:
      'Dishub T-C.24 with one header row of abbreviations "Angg. 2020 … Real. 2020 … Rasio 2020 … Rata2 Pertumb. Angg. (%) | Rata2 Pertumb. Real. (%)", TOTAL row, growth cells formatted 0.00. Planted: the LLAJ realisasi growth is its anggaran growth copied (8,00 where the mean year-on-year growth is 9,06 and CAGR 8,09)',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Tabel 2.4',
        kind: 'anggaran-realisasi',
        range: `A3:S${jr}`,
        headerRows: [3],
        roles: {
          A: 'no',
          B: 'name',
          ...yearRoles('pagu', letters('C', 5), years(2020)),
          ...yearRoles('realisasi', letters('H', 5), years(2020)),
          ...yearRoles('rasio', letters('M', 5), years(2020)),
          R: 'growth/anggaran',
          S: 'growth/realisasi',
        },
      },
    ],
    findings: [{ rule: 'growth.rata-rata', cell: 'S5' }],
  });
}

// =============================================================================================
// T-C.25 with IKU, T-C.26, T-C.28, IKK

interface Ts {
  tujuan: string;
  ind: string;
  sat: string;
  base: number;
  t: number[];
  sasaran: { sasaran: string; ind: string; sat: string; base: number; t: number[] }[];
}

const KOMINFO_TS: Ts[] = [
  {
    tujuan: 'Meningkatnya kualitas tata kelola pemerintahan berbasis elektronik',
    ind: 'Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)',
    sat: 'Indeks',
    base: 2.85,
    t: [3, 3.1, 3.2, 3.35, 3.5],
    sasaran: [
      { sasaran: 'Meningkatnya kualitas layanan infrastruktur dan aplikasi informatika', ind: 'Persentase Layanan Publik yang Terintegrasi Aplikasi', sat: '%', base: 55, t: [60, 65, 70, 75, 80] },
      { sasaran: 'Meningkatnya keamanan informasi pemerintah daerah', ind: 'Indeks Keamanan Informasi (KAMI)', sat: 'Skor', base: 410, t: [450, 480, 510, 540, 570] },
    ],
  },
  {
    tujuan: 'Meningkatnya keterbukaan informasi publik dan pemanfaatan data',
    ind: 'Indeks Keterbukaan Informasi Publik',
    sat: 'Indeks',
    base: 78.4,
    t: [80, 82, 84, 86, 88],
    sasaran: [{ sasaran: 'Meningkatnya kualitas data statistik sektoral', ind: 'Persentase Data Sektoral yang Memenuhi Standar Satu Data Indonesia', sat: '%', base: 40, t: [50, 60, 70, 80, 90] }],
  },
];

// T-C.25 with Satuan, "Kondisi Awal (2025)" and "Kondisi Akhir Renstra (2030)", targets 2026-2030; the IKU on
// another sheet in abbreviations ("Sat.", "Capaian Awal Thn 2025", "Tgt Kinerja" over "Thn 2026").
{
  const ts = new SheetBuilder('Tabel 3.1');
  ts.set('A1', b('Tabel 3.1 Tujuan dan Sasaran Jangka Menengah Dinas Komunikasi dan Informatika Tahun 2026-2030'));
  ts.mergeText('A3:A4', b('No'));
  ts.mergeText('B3:B4', b('Tujuan'));
  ts.mergeText('C3:C4', b('Sasaran'));
  ts.mergeText('D3:D4', b('Indikator Tujuan/Sasaran'));
  ts.mergeText('E3:E4', b('Satuan'));
  ts.mergeText('F3:F4', b('Kondisi Awal (2025)'));
  ts.mergeText('G3:K3', b('Target Kinerja Tujuan/Sasaran'));
  ts.put('G4', years(2026).map((y) => b(y)));
  ts.mergeText('L3:L4', b('Kondisi Akhir Renstra (2030)'));
  let r = 5;
  KOMINFO_TS.forEach((t, i) => {
    ts.put(`A${r++}`, [i + 1, t.tujuan, undefined, t.ind, t.sat, t.base, ...t.t, t.t[4]]);
    for (const s of t.sasaran) ts.put(`C${r++}`, [s.sasaran, s.ind, s.sat, s.base, ...s.t, s.t[4]]);
  });
  const tsLast = r - 1;

  const iku = new SheetBuilder('Tabel 4.4');
  iku.set('A1', b('Tabel 4.4 Indikator Kinerja Utama (IKU) Dinas Komunikasi dan Informatika'));
  iku.mergeText('A3:A4', b('No.'));
  iku.mergeText('B3:B4', b('Indikator Kinerja Utama (IKU)'));
  iku.mergeText('C3:C4', b('Sat.'));
  iku.mergeText('D3:D4', b('Capaian Awal Thn 2025'));
  iku.mergeText('E3:I3', b('Tgt Kinerja'));
  iku.put('E4', years(2026).map((y) => b(`Thn ${y}`)));
  iku.mergeText('J3:J4', b('Penanggung Jawab'));
  const rows = KOMINFO_TS.flatMap((t) => [{ ind: t.ind, sat: t.sat, base: t.base, t: [...t.t] }, ...t.sasaran.map((s) => ({ ind: s.ind, sat: s.sat, base: s.base, t: [...s.t] }))]);
  // KAMI 2028: the IKU says 520, T-C.25 says 510.
  rows[2].t[2] = 520;
  rows.forEach((x, i) => iku.put(`A${5 + i}`, [i + 1, x.ind, x.sat, x.base, ...x.t, i === 0 || i === 3 ? 'Kepala Dinas' : 'Kepala Bidang']));
  const ikuLast = 4 + rows.length;
  formsUnseenLayouts.push({
    id: 'fu-tc25-awal-akhir-iku-abbrev',
    description:
      'Diskominfo T-C.25 2026-2030 with Satuan, "Kondisi Awal (2025)", "Kondisi Akhir Renstra (2030)"; the IKU on its own sheet in abbreviations ("Sat.", "Capaian Awal Thn 2025", "Tgt Kinerja" over "Thn 2026 … Thn 2030", Penanggung Jawab). Planted: the KAMI IKU target 2028 is 520 where T-C.25 says 510',
    workbook: workbook(ts, iku),
    tables: [
      {
        sheet: 'Tabel 3.1',
        kind: 'tujuan-sasaran',
        range: `A3:L${tsLast}`,
        headerRows: [3, 4],
        roles: { A: 'no', B: 'tujuan', C: 'sasaran', D: 'indicator', E: 'satuan', F: 'baseline', ...yearRoles('target', letters('G', 5), years(2026)), L: 'akhir-target' },
      },
      {
        sheet: 'Tabel 4.4',
        kind: 'iku',
        range: `A3:J${ikuLast}`,
        headerRows: [3, 4],
        roles: { A: 'no', B: 'indicator', C: 'satuan', D: 'baseline', ...yearRoles('target', letters('E', 5), years(2026)), J: 'notes' },
      },
    ],
    findings: [{ rule: 'crosstable.iku-target', cell: 'G7', sheet: 'Tabel 4.4' }],
  });
}

// T-C.26 from column B with an "INDIKATOR SASARAN" column, Roman numerals on tujuan rows.
{
  const sb = new SheetBuilder('Tabel 3.3');
  sb.mergeText('B1:G1', b('Tabel 3.3 Tujuan, Sasaran, Strategi dan Arah Kebijakan Dinas Komunikasi dan Informatika'));
  sb.put('B3', [b('NO.'), b('TUJUAN'), b('SASARAN'), b('INDIKATOR SASARAN'), b('STRATEGI'), b('ARAH KEBIJAKAN')]);
  sb.put('B4', numbers(6, 'paren'));
  const plan: [string, string, [string, string, [string, string][]][]][] = [
    [
      'I',
      KOMINFO_TS[0].tujuan,
      [
        [
          KOMINFO_TS[0].sasaran[0].sasaran,
          KOMINFO_TS[0].sasaran[0].ind,
          [
            ['Integrasi layanan publik ke dalam satu portal pelayanan', 'Pengembangan aplikasi umum berbagi pakai dan interoperabilitas data antar perangkat daerah'],
            ['Penguatan infrastruktur jaringan intra pemerintah', 'Perluasan jaringan fiber optik ke seluruh perangkat daerah dan kecamatan'],
          ],
        ],
        [KOMINFO_TS[0].sasaran[1].sasaran, KOMINFO_TS[0].sasaran[1].ind, [['Penerapan manajemen keamanan informasi', 'Penerapan sertifikat elektronik dan audit keamanan SPBE secara berkala']]],
      ],
    ],
    [
      'II',
      KOMINFO_TS[1].tujuan,
      [[KOMINFO_TS[1].sasaran[0].sasaran, KOMINFO_TS[1].sasaran[0].ind, [['Penguatan tata kelola Satu Data', 'Pembinaan produsen data dan penetapan daftar data prioritas setiap tahun']]]],
    ],
  ];
  let r = 5;
  for (const [no, tujuan, sasaran] of plan) {
    const first = r;
    for (const [s, ind, items] of sasaran) {
      const sFirst = r;
      items.forEach(([strategi, kebijakan], k) => {
        if (k === 0) sb.put(`D${r}`, [s, ind]);
        sb.put(`F${r}`, [`${k + 1}. ${strategi}`, `${k + 1}. ${kebijakan}`]);
        r++;
      });
      if (r - sFirst > 1) sb.merge(`D${sFirst}:D${r - 1}`, `E${sFirst}:E${r - 1}`);
    }
    sb.set(`B${first}`, no).set(`C${first}`, tujuan);
    if (r - first > 1) sb.merge(`B${first}:B${r - 1}`, `C${first}:C${r - 1}`);
  }
  formsUnseenLayouts.push({
    id: 'fu-tc26-indikator-col-b-roman',
    description:
      'Diskominfo T-C.26 from column B (A empty) under a merged title, "NO. | TUJUAN | SASARAN | INDIKATOR SASARAN | STRATEGI | ARAH KEBIJAKAN", (1)…(6), tujuan numbered I, II and merged down, sasaran and indicator merged over their strategies — text only',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 3.3', kind: 'strategi-kebijakan', range: `B3:G${r - 1}`, headerRows: [3, 4], roles: { B: 'no', C: 'tujuan', D: 'sasaran', E: 'indicator', F: 'strategi', G: 'kebijakan' } }],
    findings: [],
  });
}

// T-C.28 verbatim: "Indikator Kinerja Perangkat Daerah yang Mengacu pada Tujuan dan Sasaran RPJMD".
{
  const sb = new SheetBuilder('Tabel 7.1');
  titles(sb, 1, ['Tabel 7.1', 'Indikator Kinerja Perangkat Daerah yang Mengacu pada Tujuan dan Sasaran RPJMD Dinas Kesehatan Kabupaten Ponorogo']);
  sb.mergeText('A4:A5', b('No'));
  sb.mergeText('B4:B5', b('Indikator'));
  sb.mergeText('C4:C5', b('Kondisi Kinerja pada awal periode RPJMD'));
  sb.mergeText('D4:H4', b('Target Capaian Setiap Tahun'));
  sb.put('D5', [1, 2, 3, 4, 5].map((n) => b(`Tahun ${n}`)));
  sb.mergeText('I4:I5', b('Kondisi Kinerja pada akhir periode RPJMD'));
  sb.put('A6', numbers(9, 'paren'));
  const data: [string, number, number[]][] = [
    ['Indeks Keluarga Sehat (IKS)', 0.28, [0.3, 0.33, 0.36, 0.4, 0.45]],
    ['Angka Kematian Ibu (per 100.000 Kelahiran Hidup)', 98, [95, 92, 88, 84, 80]],
    ['Angka Kematian Bayi (per 1.000 Kelahiran Hidup)', 8.9, [8.5, 8.2, 7.9, 7.6, 7.3]],
    ['Prevalensi Stunting (%)', 14.2, [13, 12, 11, 10, 9.5]],
    ['Persentase Puskesmas Terakreditasi Paripurna', 40, [45, 50, 60, 70, 80]],
  ];
  data.forEach(([ind, base, t], i) => sb.put(`A${7 + i}`, [i + 1, ind, base, ...t, t[4]]));
  // Stunting: kondisi akhir copied from Tahun 4 (10) where Tahun 5 is 9,5.
  sb.set('I10', 10);
  formsUnseenLayouts.push({
    id: 'fu-tc28-verbatim',
    description:
      'Dinkes T-C.28 verbatim: "No | Indikator | Kondisi Kinerja pada awal periode RPJMD | Target Capaian Setiap Tahun (Tahun 1 … Tahun 5) | Kondisi Kinerja pada akhir periode RPJMD", (1)…(9); falling targets for AKI/AKB/stunting. Planted: stunting kondisi akhir 10 where Tahun 5 is 9,5',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Tabel 7.1',
        kind: 'iku',
        range: 'A4:I11',
        headerRows: [4, 5, 6],
        roles: { A: 'no', B: 'indicator', C: 'baseline', ...yearRoles('target', letters('D', 5), [1, 2, 3, 4, 5]), I: 'akhir-target' },
      },
    ],
    findings: [{ rule: 'total.akhir-periode-target', cell: 'I10' }],
  });
}

// IKK grouped under Roman-numbered urusan rows, years "Thn 2026" under "Target Capaian", Sumber Data.
{
  const sb = new SheetBuilder('Tabel 4.6');
  sb.set('A1', b('Tabel 4.6 Indikator Kinerja Kunci (IKK) Dinas Komunikasi dan Informatika'));
  sb.mergeText('A3:A4', b('No'));
  sb.mergeText('B3:B4', b('Indikator Kinerja Kunci'));
  sb.mergeText('C3:C4', b('Satuan'));
  sb.mergeText('D3:H3', b('Target Capaian'));
  sb.put('D4', years(2026).map((y) => b(`Thn ${y}`)));
  sb.mergeText('I3:I4', b('Sumber Data'));
  const groups: [string, string, [string, string, number[]][]][] = [
    [
      'I',
      'URUSAN KOMUNIKASI DAN INFORMATIKA',
      [
        ['Persentase Perangkat Daerah yang Terkoneksi Jaringan Intra Pemerintah', '%', [80, 85, 90, 95, 100]],
        ['Persentase Layanan Publik yang Diselenggarakan secara Online dan Terintegrasi', '%', [60, 65, 70, 75, 80]],
        ['Persentase Informasi Publik yang Terdiseminasi kepada Masyarakat', '%', [85, 87, 89, 91, 93]],
      ],
    ],
    ['II', 'URUSAN STATISTIK', [['Persentase Perangkat Daerah yang Menyediakan Data Statistik Sektoral', '%', [70, 75, 80, 90, 100]]]],
    ['III', 'URUSAN PERSANDIAN', [['Persentase Perangkat Daerah yang Menggunakan Sertifikat Elektronik', '%', [50, 60, 70, 85, 100]]]],
  ];
  let r = 5;
  for (const [roman, urusan, list] of groups) {
    sb.put(`A${r++}`, [b(roman), b(urusan)]);
    list.forEach(([ind, sat, t], i) => sb.put(`A${r++}`, [i + 1, ind, sat, ...t, 'Aplikasi SIPD / LPPD']));
  }
  formsUnseenLayouts.push({
    id: 'fu-ikk-roman-urusan-thn',
    description:
      'Diskominfo IKK with bold Roman-numbered urusan rows (I URUSAN KOMUNIKASI DAN INFORMATIKA, II URUSAN STATISTIK, III URUSAN PERSANDIAN) over indicators numbered 1.. again under each, "Target Capaian" over "Thn 2026 … Thn 2030", Sumber Data',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Tabel 4.6',
        kind: 'ikk',
        range: `A3:I${r - 1}`,
        headerRows: [3, 4],
        roles: { A: 'no', B: 'indicator', C: 'satuan', ...yearRoles('target', letters('D', 5), years(2026)), I: 'notes' },
      },
    ],
    findings: [],
  });
}

// Cascading by eselon (pohon kinerja laid flat): Sasaran Strategis (Eselon II) | Sasaran Program (Eselon III) | Sasaran Kegiatan (Eselon IV).
{
  const sb = new SheetBuilder('Tabel 4.1');
  sb.set('A1', b('Tabel 4.1 Cascading Kinerja Dinas Komunikasi dan Informatika'));
  sb.put('A3', [
    b('No'),
    b('Tujuan'),
    b('Sasaran Strategis (Eselon II)'),
    b('Sasaran Program (Eselon III)'),
    b('Sasaran Kegiatan (Eselon IV)'),
    b('Indikator Kinerja'),
    b('Program/Kegiatan/Sub Kegiatan'),
    b('Penanggung Jawab'),
  ]);
  sb.put('A4', numbers(8, 'paren'));
  let r = 5;
  sb.put(`A${r++}`, [1, KOMINFO_TS[0].tujuan, undefined, undefined, undefined, KOMINFO_TS[0].ind, undefined, 'Kepala Dinas']);
  const walk = (n: Node, pj: string) => {
    if (n.level === 'program') sb.set(`D${r}`, `Meningkatnya ${n.name.replace(/^PROGRAM /, '').toLowerCase()}`);
    if (n.level === 'kegiatan') sb.set(`E${r}`, `Terlaksananya ${n.name.charAt(0).toLowerCase()}${n.name.slice(1)}`);
    sb.put(`F${r}`, [n.ind[0].text, n.name, n.level === 'program' ? `Kepala ${pj}` : n.level === 'kegiatan' ? `Ketua Tim Kerja ${pj}` : `Pelaksana ${pj}`]);
    r++;
    for (const k of n.kids) if (k.kind === 'node') walk(k, pj);
  };
  const [informasi, aplikasi] = kominfo(1);
  sb.put(`C${r++}`, [KOMINFO_TS[0].sasaran[0].sasaran, undefined, undefined, KOMINFO_TS[0].sasaran[0].ind, undefined, 'Kepala Dinas']);
  walk(aplikasi, 'Bidang Aplikasi Informatika');
  sb.put(`A${r++}`, [2, KOMINFO_TS[1].tujuan, undefined, undefined, undefined, KOMINFO_TS[1].ind, undefined, 'Kepala Dinas']);
  sb.put(`C${r++}`, ['Meningkatnya penyebarluasan informasi publik', undefined, undefined, 'Persentase Informasi Publik yang Terdiseminasi', undefined, 'Kepala Dinas']);
  walk(informasi, 'Bidang Informasi dan Komunikasi Publik');
  sb.put(`C${r++}`, ['Meningkatnya akuntabilitas kinerja perangkat daerah', undefined, undefined, 'Nilai SAKIP Perangkat Daerah', undefined, 'Kepala Dinas']);
  walk(penunjang('2.16', 0.6, 'small'), 'Sekretariat');
  formsUnseenLayouts.push({
    id: 'fu-cascading-eselon',
    description:
      'Cascading as a flat pohon kinerja by eselon: "No | Tujuan | Sasaran Strategis (Eselon II) | Sasaran Program (Eselon III) | Sasaran Kegiatan (Eselon IV) | Indikator Kinerja | Program/Kegiatan/Sub Kegiatan | Penanggung Jawab", (1)…(8), no codes — no yearly numbers',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Tabel 4.1',
        kind: 'cascading',
        range: `A3:H${r - 1}`,
        headerRows: [3, 4],
        roles: { A: 'no', B: 'tujuan', C: 'sasaran', D: 'outcome', E: 'output', F: 'indicator', G: 'name', H: 'notes' },
      },
    ],
    findings: [],
  });
}

// =============================================================================================
// T-C.27 program, kegiatan dan pendanaan

/** "12 Dokumen", "96,5 %": the target typed with its unit in one cell. */
const withUnit = (n: number, sat: string): string => (sat === '%' ? `${comma(n)} %` : `${comma(n)} ${sat}`);

// T-C.27 without a Satuan column: every target, baseline and end-of-period target typed with its unit ("85 %", "12 Laporan").
{
  const sb = new SheetBuilder('Tabel 4.2');
  titles(sb, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Kecamatan Parang Kabupaten Magetan']);
  const h = tc27(sb, 4, { yearLabels: years(2025), numberRow: 'paren' });
  const items: Item[] = [penunjang('7.01', 0.45, 'small'), ...kecamatan(1.1)];
  const f = renderFunding(sb, h.firstData, items, h.cols, {
    bold: { program: true },
    unitText: 'Kecamatan Parang',
    lokasiText: 'Kecamatan Parang',
    jumlah: { label: 'JUMLAH', labelCol: 'A', mergeTo: 'D' },
    paguDelta: [{ key: '7.01.02.2.01', year: 2, delta: 6_000_000 }],
  });
  const satAt = new Map<number, string>();
  for (const n of entities(items)) if (n.ind[0]?.satuan) satAt.set(f.row(n.key), n.ind[0].satuan);
  asText(sb, [h.cols.baseline!, ...h.cols.target!, h.cols.akhirTarget!], h.firstData, f.last, (n, _c, r) => {
    const s = satAt.get(r);
    return s ? withUnit(n, s) : undefined;
  });
  // Lembaga Kemasyarakatan aktif: the 2029 target is 90 %, the end-of-period target typed 88 %.
  const akhir = f.cell('7.01.03', 'akhirTarget');
  sb.set(akhir, '88 %');
  formsUnseenLayouts.push({
    id: 'fu-tc27-target-satuan-one-cell',
    viaXlsx: true,
    description:
      'Kecamatan T-C.27 on the official three-row header with no Satuan column: baseline, yearly targets and the Kondisi akhir target typed with their unit in one cell ("81,5 Indeks", "12 Laporan", "84 %"), (1)… row, JUMLAH merged A:D. Planted: a kegiatan 6.000.000 over its sub kegiatan in 2027, the Pemberdayaan program\'s end-of-period target "88 %" where 2029 says "90 %"',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) }],
    findings: [
      { rule: 'total.pagu-induk', cell: f.cell('7.01.02.2.01', 'pagu', 2) },
      { rule: 'total.akhir-periode-target', cell: akhir },
    ],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('7.01.02.2.01', 'akhirPagu') }],
  });
}

// T-C.27 with "Tahun ke-1 (2026) … Tahun ke-5 (2030)", "Kondisi Akhir Renstra (2030)", JUMLAH TOTAL in the code column.
{
  const sb = new SheetBuilder('Tabel 4.2');
  titles(sb, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Sosial Kabupaten Ngawi Tahun 2026-2030']);
  const h = tc27(sb, 4, {
    yearLabels: [1, 2, 3, 4, 5].map((i) => `Tahun ke-${i} (${2025 + i})`),
    satuan: true,
    lokasi: false,
    labels: { baseline: 'Kondisi Kinerja Awal (2025)', akhir: 'Kondisi Akhir Renstra (2030)' },
  });
  const items: Item[] = [penunjang('1.06', 0.8, 'small'), ...sosial(1)];
  const f = renderFunding(sb, h.firstData, items, h.cols, {
    bold: { program: true },
    unitText: 'Dinas Sosial',
    jumlah: { label: 'JUMLAH TOTAL', labelCol: 'A' },
    jumlahDelta: [{ year: 3, delta: -15_000_000 }],
  });
  formsUnseenLayouts.push({
    id: 'fu-tc27-tahun-ke-with-year',
    description:
      'Dinsos T-C.27 whose years read "Tahun ke-1 (2026) … Tahun ke-5 (2030)" (calendar year in brackets), Satuan, "Kondisi Kinerja Awal (2025)", "Kondisi Akhir Renstra (2030)", no Lokasi; "JUMLAH TOTAL" typed in the Kode column. Planted: JUMLAH TOTAL 15.000.000 short in 2029',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2026)) }],
    findings: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 3) }],
    tolerated: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'akhirPagu') }],
  });
}

// T-C.27 in thousands: years "2025*) | 2026 …", "Tgt | Rp.000", footnote directly under the Jumlah, then "Sumber:".
{
  const sb = new SheetBuilder('Lamp. 4.2');
  sb.set('A1', b('RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN'));
  sb.set('A2', b('DINAS PENDIDIKAN KABUPATEN PONOROGO'));
  sb.set('A3', '(dalam ribuan rupiah)');
  const h = tc27(sb, 5, {
    yearLabels: ['2025*)', 2026, 2027, 2028, 2029],
    satuan: true,
    lokasi: false,
    numberRow: 'plain',
    labels: { target: 'Tgt', pagu: 'Rp.000', baseline: 'Capaian Awal (2024)', akhir: 'Kondisi Kinerja Akhir Periode Renstra', unit: 'PD Penanggung Jawab' },
  });
  const thousands = (n: Node): Node => mapTree(n, (x) => (x.pagu ? { ...x, pagu: x.pagu.map((v) => Math.round(v / 1000)) } : x));
  const items: Item[] = [thousands(penunjang('1.01', 1.5, 'small')), ...pendidikan(1).map(thousands)];
  const f = renderFunding(sb, h.firstData, items, h.cols, {
    bold: { program: true },
    unitText: 'Dinas Pendidikan',
    jumlah: { label: 'Jumlah', labelCol: 'B' },
    paguDelta: [{ key: '1.01.02.2.02', year: 2, delta: 2_500 }],
  });
  sb.set(`A${f.last + 1}`, '*) Tahun 2025 merupakan tahun transisi; target dan pagu mengacu pada RKPD Tahun 2025');
  sb.set(`A${f.last + 2}`, 'Sumber: SIPD, diolah');
  formsUnseenLayouts.push({
    id: 'fu-tc27-footnote-year-rp000',
    description:
      'Disdik T-C.27 in thousands: years "2025*) | 2026 … 2029" over "Tgt | Rp.000", "Capaian Awal (2024)", Kondisi akhir "Tgt | Rp.000", "PD Penanggung Jawab", plain 1 2 3 … row, "*) Tahun 2025 merupakan tahun transisi …" directly under the Jumlah row, then "Sumber:". Planted: the SMP kegiatan (1.01.02.2.02) 2.500 (thousand) over its sub kegiatan in 2027',
    workbook: workbook(sb),
    tables: [{ sheet: 'Lamp. 4.2', kind: 'program-pendanaan', range: `A5:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('1.01.02.2.02', 'pagu', 2) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('1.01.02.2.02', 'akhirPagu') }],
  });
}

// A provinsi Bappeda: kegiatan codes with digit 1 (5.01.02.1.01), "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI", TOTAL.
{
  const sb = new SheetBuilder('Tabel 4.2');
  titles(sb, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Badan Perencanaan Pembangunan Daerah Provinsi Jawa Timur']);
  const h = tc27(sb, 4, { yearLabels: years(2025), numberRow: 'paren' });
  const items: Item[] = [
    prog('5.01.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI', I('Persentase Capaian Kinerja dan Anggaran Perangkat Daerah', '%', 96, rising(96.5, 0.5)), [
      keg('5.01.01.1.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', I('Jumlah Dokumen Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 'Dokumen', 10, flat(10)), [
        sub('5.01.01.1.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', I('Jumlah Dokumen Perencanaan Perangkat Daerah', 'Dokumen', 2, flat(2)), series(185 * M)),
        sub('5.01.01.1.01.0007', 'Evaluasi Kinerja Perangkat Daerah', I('Jumlah Laporan Evaluasi Kinerja Perangkat Daerah', 'Laporan', 4, flat(4)), series(96 * M)),
      ]),
      keg('5.01.01.1.02', 'Administrasi Keuangan Perangkat Daerah', I('Jumlah Dokumen Administrasi Keuangan Perangkat Daerah', 'Dokumen', 12, flat(12)), [
        sub('5.01.01.1.02.0001', 'Penyediaan Gaji dan Tunjangan ASN', I('Jumlah Orang yang Menerima Gaji dan Tunjangan ASN', 'Orang/Bulan', 186, flat(186)), series(21_450 * M, 5, 0.03)),
      ]),
    ]),
    prog('5.01.02', 'PROGRAM PERENCANAAN PENGENDALIAN, DAN EVALUASI PEMBANGUNAN DAERAH', I('Persentase Konsistensi Program RPJMD dalam RKPD', '%', 92, rising(93, 1)), [
      keg('5.01.02.1.01', 'Penyusunan Perencanaan dan Pendanaan', I('Jumlah Dokumen Perencanaan Pembangunan Daerah Provinsi', 'Dokumen', 4, flat(4)), [
        sub('5.01.02.1.01.0001', 'Analisis Kondisi Daerah, Permasalahan, dan Isu Strategis Pembangunan Daerah', I('Jumlah Dokumen Rancangan Awal RPJMD/RKPD', 'Dokumen', 1, flat(1)), series(640 * M)),
        sub('5.01.02.1.01.0005', 'Pelaksanaan Musrenbang Provinsi', I('Jumlah Berita Acara Musrenbang Provinsi', 'Berita Acara', 1, flat(1)), series(1_250 * M)),
        sub(
          '5.01.02.1.01.0006',
          'Koordinasi Penyusunan dan Penetapan Dokumen Perencanaan Pembangunan Daerah Provinsi',
          I('Jumlah Dokumen Perencanaan Pembangunan Daerah Provinsi yang Ditetapkan (RPJPD/RPJMD/RKPD)', 'Dokumen', 1, flat(1)),
          series(480 * M),
        ),
      ]),
      keg('5.01.02.1.03', 'Pengendalian, Evaluasi dan Pelaporan Bidang Perencanaan Pembangunan Daerah', I('Jumlah Laporan Pengendalian dan Evaluasi Pembangunan Daerah', 'Laporan', 6, flat(6)), [
        sub('5.01.02.1.03.0003', 'Monitoring, Evaluasi dan Penyusunan Laporan Berkala Pelaksanaan Pembangunan Daerah', I('Jumlah Laporan Hasil Evaluasi Kinerja Pembangunan Daerah', 'Laporan', 4, flat(4)), series(520 * M)),
        sub(
          '5.01.02.1.03.0004',
          'Fasilitasi/Evaluasi Dokumen Perencanaan Pembangunan Daerah Kabupaten/Kota',
          I('Jumlah Dokumen Perencanaan Pembangunan Kabupaten/Kota yang Difasilitasi/Evaluasi', 'Dokumen', 38, flat(38)),
          series(735 * M),
        ),
      ]),
    ]),
  ];
  const f = renderFunding(sb, h.firstData, items, h.cols, {
    bold: { program: true },
    unitText: 'Bappeda Provinsi Jawa Timur',
    lokasiText: 'Provinsi Jawa Timur',
    jumlah: { label: 'TOTAL', labelCol: 'A', mergeTo: 'D' },
    jumlahDelta: [{ year: 3, delta: -25_000_000 }],
  });
  // Musrenbang Provinsi coded from a kab/kota template: kegiatan 2.01 under the provinsi kegiatan 1.01.
  const code = f.cell('5.01.02.1.01.0005', 'code');
  sb.set(code, '5.01.02.2.01.0005');
  const name = f.cell('5.01.02.1.01.0005', 'name');
  formsUnseenLayouts.push({
    id: 'fu-tc27-provinsi-bappeda',
    viaXlsx: true,
    description:
      'Provinsi Bappeda T-C.27 on the official header: kegiatan codes with the provinsi digit 1 (5.01.02.1.01, 5.01.01.1.02), "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI", PROV program name "PROGRAM PERENCANAAN PENGENDALIAN, DAN EVALUASI …", Lokasi "Provinsi Jawa Timur", TOTAL merged A:D. Planted: TOTAL 25.000.000 short in 2028, the Musrenbang Provinsi sub kegiatan coded 5.01.02.2.01.0005 (kab/kota kegiatan) under kegiatan 5.01.02.1.01',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) }],
    findings: [
      { rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 3) },
      { rule: 'cascade.kode-induk', cell: code },
    ],
    tolerated: [
      { rule: 'total.jumlah', cell: f.cell('jumlah', 'akhirPagu') },
      { rule: 'nomenclature.kode', cell: code },
      { rule: 'nomenclature.nama', cell: name },
    ],
  });
}

/** 2.20.02 (Statistik) and 2.21.02 (Persandian), as a Diskominfo carries them. */
function statistikPersandian(): Node[] {
  return [
    prog('2.20.02', 'PROGRAM PENYELENGGARAAN STATISTIK SEKTORAL', I('Persentase Data Statistik Sektoral yang Terpublikasi', '%', 60, rising(65, 5)), [
      keg('2.20.02.2.01', 'Penyelenggaraan Statistik Sektoral di Lingkup Daerah Kabupaten/Kota', I('Jumlah Dokumen Statistik Sektoral yang Diterbitkan', 'Dokumen', 4, flat(4)), [
        sub(
          '2.20.02.2.01.0018',
          'Pemenuhan Prinsip Satu Data Indonesia',
          I('Persentase kegiatan statistik sektoral yang telah memenuhi standar data, metadata, interoperabilitas data dan kode referensi dan/atau data induk', '%', 40, rising(50, 10)),
          series(48 * M),
        ),
        sub('2.20.02.2.01.0022', 'Koordinasi dan Kolaborasi Dalam Penyelenggaraan Statistik Sektoral', I('Jumlah laporan penyelenggaraan forum satu data daerah', 'Laporan', 2, flat(2)), series(26 * M)),
      ]),
    ]),
    prog('2.21.02', 'PROGRAM PENYELENGGARAAN PERSANDIAN UNTUK PENGAMANAN INFORMASI', I('Indeks Keamanan Informasi (KAMI)', 'Skor', 420, rising(450, 30)), [
      keg('2.21.02.2.01', 'Penyelenggaraan Persandian untuk Pengamanan Informasi Pemerintah Daerah Kabupaten/Kota', I('Jumlah Perangkat Daerah yang Menerapkan Persandian', 'Perangkat Daerah', 30, rising(34, 4)), [
        sub(
          '2.21.02.2.01.0006',
          'Pengelolaan Sumber Daya Keamanan Informasi dan Persandian Pemerintah Daerah berdasarkan Analisis Kebutuhan',
          I('Jumlah Laporan Pengelolaan Sumber Daya Keamanan Informasi dan Persandian Pemerintah Daerah berdasarkan Analisis Kebutuhan', 'Laporan', 1, flat(1)),
          series(85 * M),
        ),
        sub(
          '2.21.02.2.01.0010',
          'Pelaksanaan Keamanan Informasi Pemerintahan Daerah Berbasis Elektronik dan Non Elektronik',
          I('Jumlah Laporan Pelaksanaan Keamanan Informasi Pemerintahan Daerah Kabupaten/Kota Berbasis Elektronik dan Non Elektronik', 'Laporan', 4, flat(4)),
          series(62 * M),
        ),
      ]),
    ]),
  ];
}

// Diskominfo with three urusan: No holds I / II / III on the bidang rows and 1, 1.1, 1.1.1 below, the codes in their own column.
{
  const sb = new SheetBuilder('Renstra');
  sb.set('A1', b('TABEL 4.2 RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN'));
  const tall = (c: string, label: string) => sb.mergeText(`${c}3:${c}4`, b(label));
  tall('A', 'No');
  tall('B', 'Kode');
  tall('C', 'Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan');
  tall('D', 'Indikator Kinerja');
  tall('E', 'Satuan');
  tall('F', 'Capaian Kinerja Awal (2024)');
  years(2025).forEach((y, i) => {
    const c = shift('G', 2 * i);
    sb.mergeText(`${c}3:${shift(c, 1)}3`, b(y));
    sb.put(`${c}4`, [b('Target'), b('Pagu (Rp)')]);
  });
  sb.mergeText('Q3:R3', b('Kondisi Akhir'));
  sb.put('Q4', [b('Target'), b('Pagu (Rp)')]);
  tall('S', 'Perangkat Daerah Penanggung Jawab');
  sb.put('A5', numbers(19, 'paren'));
  const cols: FundingColumns = { code: 'B', name: 'C', indicator: 'D', satuan: 'E', baseline: 'F', target: letters('G', 5, 2), pagu: letters('H', 5, 2), akhirTarget: 'Q', akhirPagu: 'R', unit: 'S' };
  const [stat, sandi] = statistikPersandian();
  const groups: Node[] = [
    bidang('2.16', 'URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA', [penunjang('2.16', 0.6, 'small'), ...kominfo(1)]),
    bidang('2.20', 'URUSAN PEMERINTAHAN BIDANG STATISTIK', [stat]),
    bidang('2.21', 'URUSAN PEMERINTAHAN BIDANG PERSANDIAN', [sandi]),
  ];
  const f = renderFunding(sb, 6, groups, cols, {
    bold: { bidang: true, program: true },
    unitText: 'Diskominfo',
    jumlah: { label: 'JUMLAH', labelCol: 'A', mergeTo: 'F' },
    paguDelta: [{ key: '2.20.02.2.01', year: 1, delta: -10_000_000 }],
  });
  let p = 0;
  groups.forEach((g, gi) => {
    sb.set(`A${f.row(g.key)}`, b(['I', 'II', 'III'][gi]));
    for (const pr of g.kids) {
      if (pr.kind !== 'node') continue;
      p++;
      sb.set(`A${f.row(pr.key)}`, b(String(p)));
      pr.kids.forEach((k, ki) => {
        if (k.kind !== 'node') return;
        sb.set(`A${f.row(k.key)}`, `${p}.${ki + 1}`);
        k.kids.forEach((s, si) => s.kind === 'node' && sb.set(`A${f.row(s.key)}`, `${p}.${ki + 1}.${si + 1}`));
      });
    }
  });
  formsUnseenLayouts.push({
    id: 'fu-tc27-roman-urusan-outline-no',
    viaXlsx: true,
    description:
      'Diskominfo funding table over three urusan (2.16, 2.20 Statistik, 2.21 Persandian): No column "I / II / III" on the bold bidang rows (no money) and "1", "1.1", "1.1.1" on program / kegiatan / sub kegiatan, codes in a Kode column, "Capaian Kinerja Awal (2024)", "Target | Pagu (Rp)", Kondisi Akhir pair, (1)…(19), JUMLAH merged A:F. Planted: the statistik kegiatan 10.000.000 under its sub kegiatan in 2026',
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra', kind: 'program-pendanaan', range: `A3:S${f.last}`, headerRows: [3, 4, 5], roles: { A: 'no', ...fundingRoles(cols, years(2025)) } }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('2.20.02.2.01', 'pagu', 1) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('2.20.02.2.01', 'akhirPagu') }],
  });
}

/** BPBD (1.05.03). */
function bencana(): Node {
  return prog('1.05.03', 'PROGRAM PENANGGULANGAN BENCANA', I('Indeks Risiko Bencana', 'Indeks', 142.5, [140, 137.5, 135, 132.5, 130]), [
    keg('1.05.03.2.01', 'Pelayanan Informasi Rawan Bencana Kabupaten/Kota', I('Persentase Warga di Kawasan Rawan Bencana yang Memperoleh Informasi Rawan Bencana', '%', 60, rising(65, 5)), [
      sub(
        '1.05.03.2.01.0007',
        'Sosialisasi, Komunikasi, Informasi dan Edukasi (KIE) Rawan Bencana Kabupaten/Kota (Per Jenis Ancaman Bencana)',
        I('Jumlah warga yang memperoleh sosialisasi, komunikasi, informasi dan edukasi rawan bencana', 'Orang', 1500, rising(1600, 100)),
        series(75 * M),
      ),
      sub('1.05.03.2.01.0008', 'Penyusunan Kajian Risiko Bencana Kabupaten/Kota', I('Jumlah dokumen Kajian Risiko Bencana (KRB)', 'Dokumen', 0, [1, 0, 0, 0, 1]), [180 * M, 0, 0, 0, 210 * M]),
    ]),
    keg('1.05.03.2.02', 'Pelayanan Pencegahan dan Kesiapsiagaan Terhadap Bencana', I('Jumlah Desa Tangguh Bencana', 'Desa', 12, rising(15, 3)), [
      sub('1.05.03.2.02.0018', 'Gladi Kesiapsiagaan Terhadap Bencana kabupaten/kota', I('Jumlah warga negara yang mengikuti gladi kesiapsiagaan', 'Orang', 300, flat(300)), series(64 * M)),
      sub('1.05.03.2.02.0022', 'Penyusunan Rencana Kontijensi Kabupaten/Kota', I('Jumlah Dokumen Rencana Kontijensi Kabupaten/Kota', 'Dokumen', 1, flat(1)), series(95 * M)),
    ]),
    keg('1.05.03.2.03', 'Pelayanan Penyelamatan dan Evakuasi Korban Bencana', I('Persentase Korban Bencana yang Tertangani', '%', 100, flat(100)), [
      sub('1.05.03.2.03.0003', 'Pencarian, Pertolongan dan Evakuasi Korban Bencana Kabupaten/Kota', I('Jumlah Korban yang Berhasil Ditemukan, Ditolong, dan Dievakuasi', 'Orang', 250, flat(250)), series(310 * M)),
      sub(
        '1.05.03.2.03.0009',
        'Penyediaan Logistik Penyelamatan dan Evakuasi Korban Bencana Kabupaten/Kota',
        I('Jumlah Korban Bencana yang Mendapatkan Distribusi Logistik', 'Orang', 1200, flat(1200)),
        series(420 * M),
      ),
    ]),
  ]);
}

// BPBD T-C.27: "Thn 2026", "Target Kinerja | Pagu Indikatif (Rp)", baseline "Capaian Kinerja Thn 2025 (Kondisi Awal)".
{
  const sb = new SheetBuilder('Tabel 4.2');
  titles(sb, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Badan Penanggulangan Bencana Daerah Kabupaten Pacitan']);
  const h = tc27(sb, 4, {
    yearLabels: years(2026).map((y) => `Thn ${y}`),
    satuan: true,
    numberRow: 'plain',
    labels: {
      name: 'Program/Kegiatan/Sub Kegiatan',
      indicator: 'Indikator Kinerja Program (Outcome)/Kegiatan (Output)/Sub Kegiatan (Output)',
      baseline: 'Capaian Kinerja Thn 2025 (Kondisi Awal)',
      group: 'Target Kinerja dan Pagu Indikatif',
      target: 'Target Kinerja',
      pagu: 'Pagu Indikatif (Rp)',
      akhir: 'Kondisi Kinerja Akhir Periode Renstra (Thn 2030)',
      unit: 'Bidang Penanggung Jawab',
    },
  });
  const items: Item[] = [penunjang('1.05', 0.7, 'small'), bencana()];
  const f = renderFunding(sb, h.firstData, items, h.cols, {
    bold: { program: true },
    unitText: 'Bidang Kedaruratan dan Logistik',
    lokasiText: 'Kabupaten Pacitan',
    jumlah: { label: 'Jumlah', labelCol: 'B' },
    paguDelta: [{ key: '1.05.03', year: 2, delta: 12_500_000 }],
  });
  formsUnseenLayouts.push({
    id: 'fu-tc27-bpbd-thn-pagu-indikatif',
    description:
      'BPBD T-C.27 (badan): years "Thn 2026 … Thn 2030" over "Target Kinerja | Pagu Indikatif (Rp)", "Capaian Kinerja Thn 2025 (Kondisi Awal)", "Kondisi Kinerja Akhir Periode Renstra (Thn 2030)", "Bidang Penanggung Jawab", Lokasi, 1 2 3 … row; Kajian Risiko Bencana funded only in 2026 and 2030 (0 between), the program indicator falling (Indeks Risiko Bencana). Planted: the program Rp 12.500.000 over its kegiatan in 2028',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2026)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('1.05.03', 'pagu', 2) }],
    tolerated: [
      { rule: 'total.pagu-induk', cell: f.cell('1.05.03', 'akhirPagu') },
      { rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 2) },
      { rule: 'total.jumlah', cell: f.cell('jumlah', 'akhirPagu') },
    ],
  });
}

// Kondisi akhir as two columns of its own words: "Target Akhir Renstra" and "Total Pagu Indikatif 2026-2030".
{
  const sb = new SheetBuilder('Tabel 4.2');
  titles(sb, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Kecamatan Taman Kota Madiun Tahun 2026-2030']);
  const tall = (c: string, label: string) => sb.mergeText(`${c}4:${c}5`, b(label));
  tall('A', 'Kode');
  tall('B', 'Program/Kegiatan/Sub Kegiatan');
  tall('C', 'Indikator Kinerja');
  tall('D', 'Satuan');
  tall('E', 'Baseline 2025');
  years(2026).forEach((y, i) => {
    const c = shift('F', 2 * i);
    sb.mergeText(`${c}4:${shift(c, 1)}4`, b(y));
    sb.put(`${c}5`, [b('Target'), b('Pagu')]);
  });
  tall('P', 'Target Akhir Renstra');
  tall('Q', 'Total Pagu Indikatif 2026-2030');
  tall('R', 'Keterangan');
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', target: letters('F', 5, 2), pagu: letters('G', 5, 2), akhirTarget: 'P', akhirPagu: 'Q' };
  const items: Item[] = [penunjangFull('7.01', 0.45, 5, { pegawai: 26 }), ...kecamatanFull(1, 5, { kelurahan: true })];
  const f = renderFunding(sb, 6, items, cols, { bold: { program: true }, jumlah: { label: 'JUMLAH', labelCol: 'B' } });
  // Koordinasi Kegiatan Pemberdayaan Desa's first sub kegiatan: the 5-year total typed without 2030.
  const key = '7.01.03.2.01.0001';
  const wrong = f.cell(key, 'akhirPagu');
  sb.set(wrong, { v: [0, 1, 2, 3].reduce((s, y) => s + f.pagu(key, y), 0), fmt: '#,##0' });
  formsUnseenLayouts.push({
    id: 'fu-tc27-akhir-own-words',
    description:
      'Kelurahan-kecamatan funding table 2026-2030 whose end-of-period pair is two tall columns in its own words, "Target Akhir Renstra" and "Total Pagu Indikatif 2026-2030" (a year range in the heading), "Baseline 2025", years over "Target | Pagu", Keterangan. Planted: one sub kegiatan\'s Total Pagu Indikatif sums 2026-2029 only',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:R${f.last}`, headerRows: [4, 5], roles: { ...fundingRoles(cols, years(2026)), R: 'notes' } }],
    findings: [{ rule: 'total.akhir-periode-pagu', cell: wrong }],
  });
}
