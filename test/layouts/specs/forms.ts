/**
 * The Bab II / Bab III forms: T-C.23 (pencapaian kinerja), T-C.24 (anggaran dan realisasi),
 * T-C.25 (tujuan dan sasaran) and T-C.26 (strategi dan arah kebijakan), verbatim and as offices
 * vary them — "Tahun ke-" group cells over bare 1..5, years written as text, once without merge,
 * one to four header rows.
 */
import { type Layout, type RoleSpec, type V, SheetBuilder, b, letters, meanGrowth, numbers, round, shift, sum, trunc, workbook, yearRoles, years } from '../kit';

// ---------------------------------------------------------------------------------------------
// Data

interface Capaian {
  indicator: string;
  refs: V[];
  target: number[];
  real: number[];
}

/** T-C.23 rows: targets and realisasi of a kecamatan's indicators over five years. */
export const CAPAIAN: Capaian[] = [
  { indicator: 'Indeks Kepuasan Masyarakat', refs: ['-', '-', 'V'], target: [80, 81, 82, 83, 84], real: [80.52, 81.9, 82.15, 84.1, 83.6] },
  { indicator: 'Persentase Dokumen Perencanaan dan Pelaporan yang Tepat Waktu', refs: ['-', '-', 'V'], target: [90, 92, 94, 96, 100], real: [88, 92, 95, 96, 98] },
  { indicator: 'Nilai SAKIP Perangkat Daerah', refs: ['-', '-', 'V'], target: [60, 62, 65, 67, 70], real: [61.2, 63.45, 64.8, 68.1, 70.25] },
  { indicator: 'Persentase Pengaduan Masyarakat yang Ditindaklanjuti', refs: ['100', '-', '-'], target: [85, 87, 90, 92, 95], real: [86, 88, 90, 93, 96] },
  { indicator: 'Persentase Realisasi Fisik Kegiatan', refs: ['-', '-', 'V'], target: [95, 95, 96, 97, 98], real: [93.5, 96.2, 97, 96.8, 99.1] },
];

/** Indicators of a Diskominfo for a second T-C.23. */
const CAPAIAN_KOMINFO: Capaian[] = [
  { indicator: 'Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)', refs: ['-', 'V', '-'], target: [2.2, 2.4, 2.6, 2.8, 3], real: [2.15, 2.46, 2.61, 2.79, 3.12] },
  { indicator: 'Persentase Perangkat Daerah yang Terhubung Jaringan Intra Pemerintah', refs: ['-', 'V', '-'], target: [70, 75, 80, 85, 90], real: [72, 75, 78.5, 86, 91] },
  { indicator: 'Persentase Permohonan Informasi Publik yang Diselesaikan', refs: ['100', '-', '-'], target: [90, 92, 94, 96, 98], real: [91, 92.5, 94, 95, 98] },
  { indicator: 'Jumlah Konten Komunikasi Publik yang Dipublikasikan', refs: ['-', '-', 'V'], target: [600, 650, 700, 750, 800], real: [640, 655, 690, 780, 815] },
];

const rasio = (c: Capaian, pct = false) => c.target.map((t, i) => round((c.real[i] / t) * (pct ? 100 : 1), 2));

interface Anggaran {
  name: string;
  a: number[];
  r: number[];
}

/** T-C.24 rows: a kecamatan's programs, anggaran and realisasi over five years. */
export const ANGGARAN: Anggaran[] = [
  {
    name: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
    a: [1_700_387_445, 1_677_707_236, 1_818_285_603, 1_902_450_000, 1_985_120_500],
    r: [1_576_806_550, 1_619_004_090, 1_724_380_788, 1_851_240_300, 1_920_005_400],
  },
  { name: 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', a: [88_690_000, 73_120_500, 100_000_000, 112_500_000, 118_000_000], r: [83_775_500, 71_430_000, 99_225_000, 108_210_600, 116_840_000] },
  { name: 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', a: [27_278_750, 28_946_500, 30_000_000, 32_500_000, 35_000_000], r: [25_463_800, 28_935_400, 29_593_100, 31_870_250, 34_120_000] },
  { name: 'Program Koordinasi Ketentraman dan Ketertiban Umum', a: [22_733_300, 33_105_600, 86_694_050, 45_000_000, 47_500_000], r: [22_428_200, 32_485_550, 85_196_650, 44_210_000, 46_980_300] },
  { name: 'Program Pembinaan dan Pengawasan Pemerintahan Desa', a: [5_173_300, 13_436_000, 17_190_677, 18_500_000, 19_250_000], r: [5_171_900, 13_420_000, 17_015_000, 18_102_500, 19_004_800] },
];

/** One T-C.24 row: anggaran ×5, realisasi ×5, rasio ×5, growth anggaran, growth realisasi. */
function anggaranValues(x: Anggaran, o: { pct?: boolean; truncate?: boolean } = {}): number[] {
  const ratio = x.a.map((a, i) => (o.truncate ? trunc : round)((x.r[i] / a) * (o.pct ? 100 : 1), 2));
  return [...x.a, ...x.r, ...ratio, round(meanGrowth(x.a) * 100, 2), round(meanGrowth(x.r) * 100, 2)];
}

function totalOf(list: Anggaran[]): Anggaran {
  return { name: 'Jumlah', a: years(0).map((_, i) => sum(list.map((x) => x.a[i]))), r: years(0).map((_, i) => sum(list.map((x) => x.r[i]))) };
}

export const TUJUAN = [
  {
    tujuan: 'Meningkatnya kualitas pelayanan publik dan pemerintahan di wilayah Kecamatan',
    indicator: 'Indeks Kepuasan Masyarakat',
    t: [81.5, 82, 82.5, 83, 83.5],
    sasaran: [
      { sasaran: 'Meningkatnya kualitas tata kelola pemerintahan kecamatan', indicator: 'Nilai Evaluasi Kinerja Kecamatan', t: [73, 75, 77, 79, 81] },
      { sasaran: 'Meningkatnya akuntabilitas kinerja kecamatan', indicator: 'Nilai SAKIP Kecamatan', t: [82.5, 83, 83.5, 84, 84.5] },
    ],
  },
  {
    tujuan: 'Meningkatnya keberdayaan masyarakat desa dan kelurahan',
    indicator: 'Persentase Desa Berstatus Mandiri',
    t: [40, 45, 50, 55, 60],
    sasaran: [{ sasaran: 'Meningkatnya partisipasi masyarakat dalam pembangunan', indicator: 'Persentase Lembaga Kemasyarakatan yang Aktif', t: [82, 84, 86, 88, 90] }],
  },
];

/** T-C.25 data rows from `row`: a tujuan row (its indicator and targets), then its sasaran rows. */
function tujuanSasaranRows(sb: SheetBuilder, row: number, o: { no: string; tujuan: string; sasaran: string; indicator: string; targets: string[]; mergeTujuan?: boolean; ket?: string }): number {
  let r = row;
  TUJUAN.forEach((t, i) => {
    const first = r;
    sb.set(`${o.no}${r}`, i + 1).set(`${o.tujuan}${r}`, t.tujuan).set(`${o.indicator}${r}`, t.indicator);
    sb.put(`${o.targets[0]}${r}`, t.t);
    r++;
    for (const s of t.sasaran) {
      sb.set(`${o.sasaran}${r}`, s.sasaran).set(`${o.indicator}${r}`, s.indicator);
      sb.put(`${o.targets[0]}${r}`, s.t);
      r++;
    }
    if (o.mergeTujuan) sb.merge(`${o.tujuan}${first}:${o.tujuan}${r - 1}`, `${o.no}${first}:${o.no}${r - 1}`);
  });
  return r;
}

export const formLayouts: Layout[] = [];

// ---------------------------------------------------------------------------------------------
// T-C.23

/** T-C.23 data rows at `row`: No, indicator, three reference targets, target ×5, realisasi ×5, rasio ×5. */
export function capaianRows(sb: SheetBuilder, row: number, data: Capaian[], pct = false): number {
  data.forEach((c, i) => sb.put(`A${row + i}`, [i + 1, c.indicator, ...c.refs, ...c.target, ...c.real, ...rasio(c, pct)]));
  return row + data.length;
}

export const TC23_ROLES: Record<string, RoleSpec> = { A: 'no', B: 'indicator', C: 'ref-target', D: 'ref-target', E: 'ref-target' };

// T-C.23 verbatim: "… Tahun ke-" merged over five columns, bare 1..5 below, then (1) (2) …; one wrong rasio.
{
  const sb = new SheetBuilder('Tabel 2.7');
  sb.set('A1', b('Tabel 2.7')).set('A2', b('Pencapaian Kinerja Pelayanan Kecamatan Kartoharjo Kabupaten Magetan'));
  sb.mergeText('A4:A5', b('No'));
  sb.mergeText('B4:B5', b('Indikator Kinerja sesuai Tugas dan Fungsi Perangkat Daerah'));
  sb.mergeText('C4:C5', b('Target NSPK'));
  sb.mergeText('D4:D5', b('Target IKK'));
  sb.mergeText('E4:E5', b('Target Indikator Lainnya'));
  sb.mergeText('F4:J4', b('Target Renstra Perangkat Daerah Tahun ke-'));
  sb.mergeText('K4:O4', b('Realisasi Capaian Tahun ke-'));
  sb.mergeText('P4:T4', b('Rasio Capaian pada Tahun ke-'));
  sb.put('F5', [...numbers(5), ...numbers(5), ...numbers(5)]);
  sb.put('A6', numbers(20, 'paren'));
  const end = capaianRows(sb, 7, CAPAIAN);
  // Nilai SAKIP, tahun ke-4: 68,1 / 67 = 1,02 — shown 1,14.
  sb.set('S9', 1.14);
  // The last year not realised yet: realisasi and rasio left empty.
  sb.set('O11', null).set('T11', null);
  formLayouts.push({
    id: 'tc23-tahun-ke-verbatim',
    description: 'T-C.23 verbatim: "Target Renstra Perangkat Daerah Tahun ke-" etc. merged over 5 columns, bare 1..5 below, (1)…(20) row, last year not yet realised on one row; one wrong rasio',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Tabel 2.7',
        kind: 'pencapaian-kinerja',
        range: `A4:T${end - 1}`,
        headerRows: [4, 5, 6],
        roles: { ...TC23_ROLES, ...yearRoles('target', letters('F', 5), [1, 2, 3, 4, 5]), ...yearRoles('realisasi', letters('K', 5), [1, 2, 3, 4, 5]), ...yearRoles('rasio', letters('P', 5), [1, 2, 3, 4, 5]) },
      },
    ],
    findings: [{ rule: 'ratio.capaian', cell: 'S9' }],
  });
}

// T-C.23 with calendar years typed as text ("2020") and a plain 1 2 3 … column-number row.
{
  const sb = new SheetBuilder('Bab II');
  sb.set('A1', b('Tabel 2.3 Pencapaian Kinerja Pelayanan Dinas Komunikasi dan Informatika'));
  sb.mergeText('A3:A4', b('No'));
  sb.mergeText('B3:B4', b('Indikator Kinerja sesuai Tugas dan Fungsi Perangkat Daerah'));
  sb.mergeText('C3:C4', b('Target NSPK'));
  sb.mergeText('D3:D4', b('Target IKK'));
  sb.mergeText('E3:E4', b('Target Indikator Lainnya'));
  sb.mergeText('F3:J3', b('Target Renstra Perangkat Daerah'));
  sb.mergeText('K3:O3', b('Realisasi Capaian'));
  sb.mergeText('P3:T3', b('Rasio Capaian'));
  const text = years(2020).map((y) => b(String(y)));
  sb.put('F4', [...text, ...text, ...text]);
  sb.put('A5', numbers(20, 'plain'));
  const end = capaianRows(sb, 6, CAPAIAN_KOMINFO);
  // SPBE 2024: 3,12 / 3 = 1,04 — shown 0,96 (target ÷ realisasi).
  sb.set('T6', 0.96);
  formLayouts.push({
    id: 'tc23-text-years',
    description: 'T-C.23 with years typed as text "2020"…"2024" under each group and a 1 2 3 … row; one inverted rasio',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Bab II',
        kind: 'pencapaian-kinerja',
        range: `A3:T${end - 1}`,
        headerRows: [3, 4, 5],
        roles: { ...TC23_ROLES, ...yearRoles('target', letters('F', 5), years(2020)), ...yearRoles('realisasi', letters('K', 5), years(2020)), ...yearRoles('rasio', letters('P', 5), years(2020)) },
      },
    ],
    findings: [{ rule: 'ratio.capaian', cell: 'T6' }],
  });
}

// T-C.23 with four header rows: group, "Tahun ke-", 1..5, (1)…; rasio in percent under "Rasio Capaian (%)".
{
  const sb = new SheetBuilder('Tabel 2.7');
  sb.set('A1', b('Tabel 2.7 Pencapaian Kinerja Pelayanan Perangkat Daerah'));
  for (const [c, label] of [
    ['A', 'No'],
    ['B', 'Indikator Kinerja sesuai Tugas dan Fungsi Perangkat Daerah'],
    ['C', 'Target NSPK'],
    ['D', 'Target IKK'],
    ['E', 'Target Indikator Lainnya'],
  ]) {
    sb.mergeText(`${c}3:${c}5`, b(label));
  }
  sb.mergeText('F3:J3', b('Target Renstra Perangkat Daerah'));
  sb.mergeText('K3:O3', b('Realisasi Capaian'));
  sb.mergeText('P3:T3', b('Rasio Capaian (%)'));
  for (const c of ['F', 'K', 'P']) sb.mergeText(`${c}4:${shift(c, 4)}4`, b('Tahun ke-'));
  sb.put('F5', [...numbers(5), ...numbers(5), ...numbers(5)]);
  sb.put('A6', numbers(20, 'paren'));
  const end = capaianRows(sb, 7, CAPAIAN, true);
  // Persentase Dokumen Perencanaan, tahun ke-1: 88 / 90 = 97,78 % — shown 102,27 (target ÷ realisasi).
  sb.set('P8', 102.27);
  formLayouts.push({
    id: 'tc23-four-header-rows-percent',
    description: 'T-C.23 with four header rows (group / "Tahun ke-" / 1..5 / (1)…), rasio in % under "Rasio Capaian (%)"; one inverted rasio',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Tabel 2.7',
        kind: 'pencapaian-kinerja',
        range: `A3:T${end - 1}`,
        headerRows: [3, 4, 5, 6],
        roles: { ...TC23_ROLES, ...yearRoles('target', letters('F', 5), [1, 2, 3, 4, 5]), ...yearRoles('realisasi', letters('K', 5), [1, 2, 3, 4, 5]), ...yearRoles('rasio', letters('P', 5), [1, 2, 3, 4, 5]) },
      },
    ],
    findings: [{ rule: 'ratio.capaian', cell: 'P8' }],
  });
}

// ---------------------------------------------------------------------------------------------
// T-C.24

export const TC24_ROLES = (ys: number[]): Record<string, RoleSpec> => ({
  A: 'no',
  B: 'name',
  ...yearRoles('pagu', letters('C', 5), ys),
  ...yearRoles('realisasi', letters('H', 5), ys),
  ...yearRoles('rasio', letters('M', 5), ys),
  R: 'growth/anggaran',
  S: 'growth/realisasi',
});

/** T-C.24 data rows and the Jumlah row from `row`; returns the Jumlah row. */
export function anggaranRows(
  sb: SheetBuilder,
  row: number,
  o: { pct?: boolean; truncate?: boolean; jumlah?: string; realisasiDelta?: { year: number; delta: number }; anggaranDelta?: { year: number; delta: number } } = {},
): number {
  ANGGARAN.forEach((x, i) => sb.put(`A${row + i}`, [i + 1, x.name, ...anggaranValues(x, o)]));
  const total = totalOf(ANGGARAN);
  // A Jumlah typed wrong; its own rasio and growth are formulas over what it shows.
  if (o.realisasiDelta) total.r[o.realisasiDelta.year] += o.realisasiDelta.delta;
  if (o.anggaranDelta) total.a[o.anggaranDelta.year] += o.anggaranDelta.delta;
  const jr = row + ANGGARAN.length;
  sb.put(`B${jr}`, [b(o.jumlah ?? 'Jumlah'), ...anggaranValues(total, o).map((v) => b(v))]);
  return jr;
}

// T-C.24 verbatim: "Anggaran pada Tahun ke-" etc. over 1..5, "Rata-rata Pertumbuhan" over Anggaran | Realisasi; Jumlah realisasi wrong, one wrong rasio.
{
  const sb = new SheetBuilder('Tabel 2.8');
  sb.set('A1', b('Tabel 2.8')).set('A2', b('Anggaran dan Realisasi Pendanaan Pelayanan Perangkat Daerah Kecamatan Kartoharjo'));
  sb.mergeText('A4:A5', b('No'));
  sb.mergeText('B4:B5', b('Uraian'));
  sb.mergeText('C4:G4', b('Anggaran pada Tahun ke-'));
  sb.mergeText('H4:L4', b('Realisasi Anggaran pada Tahun ke-'));
  sb.mergeText('M4:Q4', b('Rasio antara Realisasi dan Anggaran Tahun ke-'));
  sb.mergeText('R4:S4', b('Rata-rata Pertumbuhan'));
  sb.put('C5', [...numbers(5), ...numbers(5), ...numbers(5), b('Anggaran'), b('Realisasi')]);
  sb.put('A6', numbers(19, 'paren'));
  const jr = anggaranRows(sb, 7, { realisasiDelta: { year: 2, delta: 7_500_000 } });
  // Penyelenggaraan Pemerintahan, tahun ke-2: 71.430.000 / 73.120.500 = 0,98 — shown 0,95.
  sb.set('N8', 0.95);
  formLayouts.push({
    id: 'tc24-tahun-ke-verbatim',
    description: 'T-C.24 verbatim: "… pada Tahun ke-" groups over bare 1..5, "Rata-rata Pertumbuhan" over Anggaran | Realisasi, (1)… row; Jumlah realisasi 7.500.000 over in tahun ke-3, one wrong rasio',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 2.8', kind: 'anggaran-realisasi', range: `A4:S${jr}`, headerRows: [4, 5, 6], roles: TC24_ROLES([1, 2, 3, 4, 5]) }],
    findings: [
      { rule: 'total.jumlah', cell: `J${jr}` },
      { rule: 'ratio.anggaran', cell: 'N8' },
    ],
  });
}

// T-C.24 with each group header written once in its first column, no merges anywhere.
{
  const sb = new SheetBuilder('Anggaran');
  sb.set('A1', b('Tabel 2.8 Anggaran dan Realisasi Pendanaan Pelayanan Perangkat Daerah'));
  sb.put('A3', [b('No'), b('Uraian'), b('Anggaran pada Tahun ke-')]);
  sb.set('H3', b('Realisasi Anggaran pada Tahun ke-')).set('M3', b('Rasio antara Realisasi dan Anggaran Tahun ke-')).set('R3', b('Rata-rata Pertumbuhan'));
  sb.put('C4', [...numbers(5), ...numbers(5), ...numbers(5), b('Anggaran'), b('Realisasi')]);
  const jr = anggaranRows(sb, 5, { truncate: true });
  // Koordinasi Ketentraman, tahun ke-3: 85.196.650 / 86.694.050 = 0,9827 → 0,98 — shown 1,02.
  sb.set('O8', 1.02);
  formLayouts.push({
    id: 'tc24-group-written-once',
    description: 'T-C.24 with "Anggaran pada Tahun ke-" etc. written once over the first column of each group (no merges), 1..5 below, no column-number row, rasio truncated (as the sample\'s Tabel 2.8); one wrong rasio',
    workbook: workbook(sb),
    tables: [{ sheet: 'Anggaran', kind: 'anggaran-realisasi', range: `A3:S${jr}`, headerRows: [3, 4], roles: TC24_ROLES([1, 2, 3, 4, 5]) }],
    findings: [{ rule: 'ratio.anggaran', cell: 'O8' }],
  });
}

// T-C.24 with "Tahun 2019" labels, rasio in percent under "(%)", (1)… row; clean.
{
  const sb = new SheetBuilder('Tabel 2.8');
  sb.set('B1', b('Tabel 2.8')).set('B2', b('Anggaran dan Realisasi Pendanaan Pelayanan Kecamatan Tahun 2019-2023'));
  sb.mergeText('A4:A5', b('No'));
  sb.mergeText('B4:B5', b('Uraian'));
  sb.mergeText('C4:G4', b('Anggaran (Rp)'));
  sb.mergeText('H4:L4', b('Realisasi Anggaran (Rp)'));
  sb.mergeText('M4:Q4', b('Rasio antara Realisasi dan Anggaran (%)'));
  sb.mergeText('R4:S4', b('Rata-rata Pertumbuhan (%)'));
  const labels = years(2019).map((y) => b(`Tahun ${y}`));
  sb.put('C5', [...labels, ...labels, ...labels, b('Anggaran'), b('Realisasi')]);
  sb.put('A6', numbers(19, 'paren'));
  const jr = anggaranRows(sb, 7, { pct: true, jumlah: 'JUMLAH' });
  formLayouts.push({
    id: 'tc24-tahun-2019-percent',
    description: 'T-C.24 with "Tahun 2019 … Tahun 2023" under "Anggaran (Rp)" etc., rasio and growth in %, (1)… row; clean',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 2.8', kind: 'anggaran-realisasi', range: `A4:S${jr}`, headerRows: [4, 5, 6], roles: TC24_ROLES(years(2019)) }],
    findings: [],
  });
}

// T-C.24 with a single header row "ANGGARAN 2020 | … | REALISASI 2020 | … | RASIO 2020 | …"; TOTAL anggaran wrong.
{
  const sb = new SheetBuilder('T-C.24');
  const head: V[] = [b('NO'), b('PROGRAM')];
  for (const w of ['ANGGARAN', 'REALISASI', 'RASIO']) for (const y of years(2020)) head.push(b(`${w} ${y}`));
  head.push(b('RATA-RATA PERTUMBUHAN ANGGARAN'), b('RATA-RATA PERTUMBUHAN REALISASI'));
  sb.put('A2', head);
  ANGGARAN.forEach((x, i) => sb.put(`A${3 + i}`, [i + 1, x.name, ...anggaranValues(x)]));
  const total = totalOf(ANGGARAN);
  total.a[4] -= 19_250_000; // the last program left out of the 2024 total
  const jr = 3 + ANGGARAN.length;
  sb.put(`B${jr}`, [b('TOTAL'), ...anggaranValues(total).map((v) => b(v))]);
  formLayouts.push({
    id: 'tc24-one-header-row',
    description: 'T-C.24 with one header row "ANGGARAN 2020 … REALISASI 2020 … RASIO 2020 … RATA-RATA PERTUMBUHAN ANGGARAN/REALISASI"; TOTAL anggaran 2024 skips a program',
    workbook: workbook(sb),
    tables: [{ sheet: 'T-C.24', kind: 'anggaran-realisasi', range: `A2:S${jr}`, headerRows: [2], roles: TC24_ROLES(years(2020)) }],
    findings: [{ rule: 'total.jumlah', cell: `G${jr}` }],
  });
}

// ---------------------------------------------------------------------------------------------
// T-C.25

const TC25_ROLES = (ys: number[]): Record<string, RoleSpec> => ({ A: 'no', B: 'tujuan', C: 'sasaran', D: 'indicator', ...yearRoles('target', letters('E', 5), ys) });

// T-C.25 verbatim: one group "Target Kinerja Tujuan/Sasaran pada Tahun ke-" over 1..5, then (1)…(9) — the 1..5 look like column numbers.
{
  const sb = new SheetBuilder('Tabel 3.1');
  sb.set('A1', b('Tabel 3.1')).set('A2', b('Tujuan dan Sasaran Jangka Menengah Pelayanan Perangkat Daerah'));
  sb.mergeText('A4:A5', b('No'));
  sb.mergeText('B4:B5', b('Tujuan'));
  sb.mergeText('C4:C5', b('Sasaran'));
  sb.mergeText('D4:D5', b('Indikator Tujuan/Sasaran'));
  sb.mergeText('E4:I4', b('Target Kinerja Tujuan/Sasaran pada Tahun ke-'));
  sb.put('E5', numbers(5));
  sb.put('A6', numbers(9, 'paren'));
  const end = tujuanSasaranRows(sb, 7, { no: 'A', tujuan: 'B', sasaran: 'C', indicator: 'D', targets: letters('E', 5) });
  formLayouts.push({
    id: 'tc25-tahun-ke-colnum',
    description: 'T-C.25 verbatim: "Target Kinerja Tujuan/Sasaran pada Tahun ke-" over bare 1..5, then (1)…(9); clean',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 3.1', kind: 'tujuan-sasaran', range: `A4:I${end - 1}`, headerRows: [4, 5, 6], roles: TC25_ROLES([1, 2, 3, 4, 5]) }],
    findings: [],
  });
}

// T-C.25 with bare 1..5 as the last header row (no column-number row) and tujuan merged down over its sasaran.
{
  const sb = new SheetBuilder('Tujuan Sasaran');
  sb.set('A1', b('TUJUAN DAN SASARAN JANGKA MENENGAH PELAYANAN KECAMATAN'));
  sb.mergeText('A3:A4', b('NO'));
  sb.mergeText('B3:B4', b('TUJUAN'));
  sb.mergeText('C3:C4', b('SASARAN'));
  sb.mergeText('D3:D4', b('INDIKATOR TUJUAN/SASARAN'));
  sb.mergeText('E3:I3', b('TARGET KINERJA TUJUAN/SASARAN PADA TAHUN KE-'));
  sb.put('E4', numbers(5));
  const end = tujuanSasaranRows(sb, 5, { no: 'A', tujuan: 'B', sasaran: 'C', indicator: 'D', targets: letters('E', 5), mergeTujuan: true });
  formLayouts.push({
    id: 'tc25-tahun-ke-bare',
    description: 'T-C.25 in capitals, bare 1..5 as the last header row (no column-number row), tujuan and No merged down over their sasaran; clean',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tujuan Sasaran', kind: 'tujuan-sasaran', range: `A3:I${end - 1}`, headerRows: [3, 4], roles: TC25_ROLES([1, 2, 3, 4, 5]) }],
    findings: [],
  });
}

// T-C.25 with "TA 2025 … TA 2029" and a Keterangan column.
{
  const sb = new SheetBuilder('Tabel 3.1');
  sb.set('A1', b('Tabel 3.1 Tujuan dan Sasaran Renstra Kecamatan Tahun 2025-2029'));
  sb.mergeText('A3:A4', b('No'));
  sb.mergeText('B3:B4', b('Tujuan'));
  sb.mergeText('C3:C4', b('Sasaran'));
  sb.mergeText('D3:D4', b('Indikator Tujuan/Sasaran'));
  sb.mergeText('E3:I3', b('Target Kinerja Tujuan/Sasaran'));
  sb.put('E4', years(2025).map((y) => b(`TA ${y}`)));
  sb.mergeText('J3:J4', b('Keterangan'));
  const end = tujuanSasaranRows(sb, 5, { no: 'A', tujuan: 'B', sasaran: 'C', indicator: 'D', targets: letters('E', 5) });
  sb.set('J5', 'IKU Perangkat Daerah').set('J6', 'IKU Perangkat Daerah');
  formLayouts.push({
    id: 'tc25-ta-years',
    description: 'T-C.25 with "TA 2025 … TA 2029" under "Target Kinerja Tujuan/Sasaran" and a Keterangan column; clean',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 3.1', kind: 'tujuan-sasaran', range: `A3:J${end - 1}`, headerRows: [3, 4], roles: { ...TC25_ROLES(years(2025)), J: 'notes' } }],
    findings: [],
  });
}

// T-C.25 as the Kartoharjo sample lays it: an "NSPK dan Sasaran RPJMD yang relevan" column first, "Th 1 … Th 5", KET.
{
  const sb = new SheetBuilder('Bab III');
  sb.set('A1', b('Tabel 3.1')).set('A2', b('Perumusan Tujuan dan Sasaran Renstra Perangkat Daerah'));
  sb.mergeText('A4:A5', b('NSPK DAN SASARAN RPJMD YANG RELEVAN'));
  sb.mergeText('B4:B5', b('TUJUAN'));
  sb.mergeText('C4:C5', b('SASARAN'));
  sb.mergeText('D4:D5', b('INDIKATOR'));
  sb.mergeText('E4:I4', b('TARGET'));
  sb.put('E5', ['Th 1', 'Th 2', 'Th 3', 'Th 4', 'Th 5'].map(b));
  sb.mergeText('J4:J5', b('KET'));
  sb.put('A6', numbers(10, 'paren'));
  sb.set('A7', 'NSPK: Melaksanakan kewenangan pemerintah daerah urusan kewilayahan. Sasaran RPJMD: Meningkatnya kualitas pelayanan publik');
  let r = 7;
  for (const t of TUJUAN) {
    sb.set(`B${r}`, t.tujuan).set(`D${r}`, t.indicator).put(`E${r}`, t.t.map((x) => `${String(x).replace('.', ',')} Skor`));
    r++;
    for (const s of t.sasaran) {
      sb.set(`C${r}`, s.sasaran).set(`D${r}`, s.indicator).put(`E${r}`, s.t);
      r++;
    }
  }
  formLayouts.push({
    id: 'tc25-nspk-th-n',
    description: 'T-C.25 with an "NSPK DAN SASARAN RPJMD YANG RELEVAN" context column, "Th 1 … Th 5", targets partly as text "81,5 Skor", KET; clean',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Bab III',
        kind: 'tujuan-sasaran',
        range: `A4:J${r - 1}`,
        headerRows: [4, 5, 6],
        roles: { A: 'context', B: 'tujuan', C: 'sasaran', D: 'indicator', ...yearRoles('target', letters('E', 5), [1, 2, 3, 4, 5]), J: 'notes' },
      },
    ],
    findings: [],
  });
}

// ---------------------------------------------------------------------------------------------
// T-C.26 (text only)

const STRATEGI = [
  {
    tujuan: 'Meningkatnya Kualitas Pelayanan Publik dan Pemerintahan di Wilayah Kecamatan',
    sasaran: [
      {
        sasaran: 'Meningkatnya kualitas tata kelola pemerintahan kecamatan',
        items: [
          ['Penguatan Pelayanan Administrasi Terpadu Kecamatan (PATEN)', 'Modernisasi administrasi pemerintahan melalui digitalisasi layanan PATEN'],
          ['Peningkatan kapasitas aparatur kecamatan', 'Pengembangan kompetensi aparatur melalui pendidikan dan pelatihan berbasis tugas dan fungsi'],
        ],
      },
      {
        sasaran: 'Meningkatnya akuntabilitas kinerja kecamatan',
        items: [['Penguatan perencanaan dan evaluasi kinerja berbasis hasil', 'Penyusunan dokumen perencanaan dan laporan kinerja secara tepat waktu dan terukur']],
      },
    ],
  },
  {
    tujuan: 'Meningkatnya keberdayaan masyarakat desa dan kelurahan',
    sasaran: [
      {
        sasaran: 'Meningkatnya partisipasi masyarakat dalam pembangunan',
        items: [
          ['Optimalisasi peran lembaga kemasyarakatan', 'Fasilitasi lembaga kemasyarakatan dalam musyawarah perencanaan pembangunan desa dan kelurahan'],
          ['Penguatan kapasitas pemerintah desa', 'Pembinaan dan pengawasan penyelenggaraan pemerintahan desa secara berkala'],
        ],
      },
    ],
  },
];

/** T-C.26 rows from `row` with No, Tujuan, Sasaran, Strategi, Arah Kebijakan in `cols`; merges tujuan/sasaran down when asked. */
function strategiRows(sb: SheetBuilder, row: number, cols: { no?: string; tujuan: string; sasaran: string; strategi: string; kebijakan: string }, merge: boolean, repeat = false): number {
  let r = row;
  STRATEGI.forEach((t, ti) => {
    const tFirst = r;
    for (const s of t.sasaran) {
      const sFirst = r;
      s.items.forEach(([strategi, kebijakan], k) => {
        if (k === 0 || repeat) sb.set(`${cols.sasaran}${r}`, s.sasaran);
        if ((r === tFirst || repeat) && cols.tujuan) sb.set(`${cols.tujuan}${r}`, t.tujuan);
        if (r === tFirst && cols.no) sb.set(`${cols.no}${r}`, ti + 1);
        sb.set(`${cols.strategi}${r}`, `${k + 1}. ${strategi}`).set(`${cols.kebijakan}${r}`, `${k + 1}. ${kebijakan}`);
        r++;
      });
      if (merge && r - sFirst > 1) sb.merge(`${cols.sasaran}${sFirst}:${cols.sasaran}${r - 1}`);
    }
    if (merge && r - tFirst > 1) {
      sb.merge(`${cols.tujuan}${tFirst}:${cols.tujuan}${r - 1}`);
      if (cols.no) sb.merge(`${cols.no}${tFirst}:${cols.no}${r - 1}`);
    }
  });
  return r;
}

// T-C.26 verbatim: No, Tujuan, Sasaran, Strategi, Arah Kebijakan, (1)…(5), tujuan and sasaran merged down.
{
  const sb = new SheetBuilder('Tabel 3.3');
  sb.set('A1', b('Tabel 3.3')).set('A2', b('Tujuan, Sasaran, Strategi, dan Arah Kebijakan Kecamatan Kartoharjo'));
  sb.put('A4', [b('No'), b('Tujuan'), b('Sasaran'), b('Strategi'), b('Arah Kebijakan')]);
  sb.put('A5', numbers(5, 'paren'));
  const end = strategiRows(sb, 6, { no: 'A', tujuan: 'B', sasaran: 'C', strategi: 'D', kebijakan: 'E' }, true);
  formLayouts.push({
    id: 'tc26-verbatim',
    description: 'T-C.26 verbatim (No, Tujuan, Sasaran, Strategi, Arah Kebijakan, (1)…(5)), tujuan/sasaran merged down — text only, never a numeric kind',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 3.3', kind: 'strategi-kebijakan', range: `A4:E${end - 1}`, headerRows: [4, 5], roles: { A: 'no', B: 'tujuan', C: 'sasaran', D: 'strategi', E: 'kebijakan' } }],
    findings: [],
  });
}

// T-C.26 under a Visi/Misi block, in capitals, no No column, texts repeated on every row instead of merged.
{
  const sb = new SheetBuilder('Strategi');
  sb.set('B1', b('TUJUAN, SASARAN, STRATEGI DAN ARAH KEBIJAKAN'));
  sb.set('B3', 'VISI').set('C3', ': Terwujudnya Magetan yang Maju, Sejahtera dan Berdaya Saing');
  sb.set('B4', 'MISI 2').set('C4', ': Mewujudkan tata kelola pemerintahan yang baik, bersih dan melayani');
  sb.put('B6', [b('TUJUAN'), b('SASARAN'), b('STRATEGI'), b('ARAH KEBIJAKAN')]);
  const end = strategiRows(sb, 7, { tujuan: 'B', sasaran: 'C', strategi: 'D', kebijakan: 'E' }, false, true);
  formLayouts.push({
    id: 'tc26-visi-misi-unmerged',
    description: 'T-C.26 in capitals below a Visi/Misi block, no No column, tujuan/sasaran repeated on every row (unmerged) — strategi-kebijakan',
    workbook: workbook(sb),
    tables: [{ sheet: 'Strategi', kind: 'strategi-kebijakan', range: `B6:E${end - 1}`, headerRows: [6], roles: { B: 'tujuan', C: 'sasaran', D: 'strategi', E: 'kebijakan' } }],
    findings: [],
  });
}

