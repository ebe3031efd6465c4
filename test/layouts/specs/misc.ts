/**
 * Everything else real workbooks do: years written once over a pair without merge, IKU/IKK in
 * several dresses, repeated headers after page breaks, tables away from A1 with a title block and a
 * "Sumber:" line, two tables on one sheet, cascading tables, entities over several indicator rows,
 * indentation-only hierarchy — and sheets that hold no Renstra table at all.
 */
import { jalan, kecamatan, kominfo, pelatihanKerja, penunjang, sda } from '../data';
import { type FundingColumns, type Item, type Node, I, flat, fundingRoles, keg, prog, renderFunding, rising, series, sub } from '../funding';
import { type Layout, type V, SheetBuilder, b, letters, numbers, shift, workbook, yearRoles, years } from '../kit';
import { ANGGARAN, CAPAIAN, TC23_ROLES, TC24_ROLES, TUJUAN, anggaranRows, capaianRows } from './forms';

export const miscLayouts: Layout[] = [];

const M = 1_000_000;

// Years written once over the TARGET column only (nothing over PAGU), no merges anywhere.
{
  const sb = new SheetBuilder('Sheet2');
  sb.set('A2', b('RENCANA PROGRAM, KEGIATAN DAN PENDANAAN DINAS PUPR TAHUN 2026-2030'));
  sb.put('A5', [b('KODE'), b('PROGRAM/KEGIATAN/SUB KEGIATAN'), b('INDIKATOR KINERJA'), b('SATUAN'), b('KONDISI AWAL')]);
  years(2026).forEach((y, i) => sb.set(`${shift('F', 2 * i)}5`, b(y)));
  sb.set('P5', b('KONDISI AKHIR')).set('R5', b('PERANGKAT DAERAH PENANGGUNG JAWAB'));
  for (let i = 0; i < 6; i++) sb.put(`${shift('F', 2 * i)}6`, [b('TARGET'), b('PAGU')]);
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', target: letters('F', 5, 2), pagu: letters('G', 5, 2), akhirTarget: 'P', akhirPagu: 'Q', unit: 'R' };
  const items: Item[] = [penunjang('1.03', 0.5, 'small'), jalan(0.8), sda(0.7)];
  const f = renderFunding(sb, 7, items, cols, { bold: { program: true }, unitText: 'Dinas PUPR', jumlah: { label: 'JUMLAH', labelCol: 'B' }, paguDelta: [{ key: '1.03.10.2.01', year: 3, delta: -25_000_000 }] });
  miscLayouts.push({
    id: 'year-over-target-only',
    description: 'Funding table without merges: "2026" written over TARGET with nothing over PAGU, "KONDISI AKHIR" over TARGET only, labels in row 5 with blanks below; a kegiatan 25.000.000 under its sub kegiatan in 2029',
    workbook: workbook(sb),
    tables: [{ sheet: 'Sheet2', kind: 'program-pendanaan', range: `A5:R${f.last}`, headerRows: [5, 6], roles: fundingRoles(cols, years(2026)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('1.03.10.2.01', 'pagu', 3) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('1.03.10.2.01', 'akhirPagu') }],
  });
}

// "Tahun ke-1" written once over the Target column, the group header written once over its first column; Jumlah short.
{
  const sb = new SheetBuilder('Pendanaan');
  sb.set('A1', b('Tabel T-C.27 Rencana Program, Kegiatan, dan Pendanaan Dinas Tenaga Kerja'));
  sb.set('E3', b('Target Kinerja Program dan Kerangka Pendanaan'));
  sb.put('A4', [b('Kode'), b('Program dan Kegiatan'), b('Indikator Kinerja'), b('Data Capaian Awal')]);
  [1, 2, 3, 4, 5].forEach((y, i) => sb.set(`${shift('E', 2 * i)}4`, b(`Tahun ke-${y}`)));
  sb.set('O4', b('Unit Kerja Perangkat Daerah Penanggung Jawab'));
  for (let i = 0; i < 5; i++) sb.put(`${shift('E', 2 * i)}5`, [b('Target'), b('Rp')]);
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', baseline: 'D', target: letters('E', 5, 2), pagu: letters('F', 5, 2), unit: 'O' };
  const items: Item[] = [penunjang('2.07', 0.45, 'small'), pelatihanKerja(1)];
  const f = renderFunding(sb, 6, items, cols, { bold: { program: true }, unitText: 'Disnaker', jumlah: { label: 'Jumlah', labelCol: 'B' }, jumlahDelta: [{ year: 0, delta: -5_000_000 }] });
  miscLayouts.push({
    id: 'tahun-ke-over-target-only',
    description: 'Funding table without merges: group header written once over its first column, "Tahun ke-1 … ke-5" over Target only, "Target | Rp" below; Jumlah 5.000.000 short in tahun ke-1',
    workbook: workbook(sb),
    tables: [{ sheet: 'Pendanaan', kind: 'program-pendanaan', range: `A3:O${f.last}`, headerRows: [3, 4, 5], roles: fundingRoles(cols, [1, 2, 3, 4, 5]) }],
    findings: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 0) }],
  });
}

// ---------------------------------------------------------------------------------------------
// IKU and IKK

interface Kpi {
  indicator: string;
  satuan: string;
  base?: number;
  t: number[];
}

const IKU_KOMINFO: Kpi[] = [
  { indicator: 'Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)', satuan: 'Indeks', base: 2.6, t: [2.8, 3, 3.2, 3.4, 3.6] },
  { indicator: 'Persentase Informasi Publik yang Terdiseminasi', satuan: '%', base: 85, t: [87, 89, 91, 93, 95] },
  { indicator: 'Nilai Keterbukaan Informasi Publik', satuan: 'Nilai', base: 78.5, t: [80, 82, 84, 86, 88] },
];

const IKK_PUPR: Kpi[] = [
  { indicator: 'Persentase Jalan Kabupaten dalam Kondisi Mantap', satuan: '%', t: [73, 74.5, 76, 77.5, 79] },
  { indicator: 'Persentase Jaringan Irigasi Kewenangan Kabupaten dalam Kondisi Baik', satuan: '%', t: [66, 68, 70, 72, 74] },
  { indicator: 'Persentase Rumah Tangga yang Mendapatkan Akses Air Minum Layak', satuan: '%', t: [88, 90, 92, 94, 96] },
  { indicator: 'Persentase Kawasan Permukiman Kumuh yang Tertangani', satuan: '%', t: [20, 35, 50, 65, 80] },
];

const IKK_DINKES: Kpi[] = [
  { indicator: 'Persentase Ibu Hamil Mendapatkan Pelayanan Kesehatan Ibu Hamil Sesuai Standar', satuan: '%', t: [95, 96, 97, 98, 100] },
  { indicator: 'Persentase Bayi Baru Lahir Mendapatkan Pelayanan Kesehatan Bayi Baru Lahir', satuan: '%', t: [96, 97, 98, 99, 100] },
  { indicator: 'Persentase Penderita Hipertensi yang Mendapatkan Pelayanan Kesehatan Sesuai Standar', satuan: '%', t: [70, 75, 80, 85, 90] },
  { indicator: 'Persentase Orang dengan Diabetes Melitus yang Mendapatkan Pelayanan Kesehatan Sesuai Standar', satuan: '%', t: [72, 76, 80, 85, 90] },
];

const IKK_KECAMATAN: Kpi[] = [
  { indicator: 'Persentase Desa/Kelurahan yang Menyusun Profil Desa/Kelurahan', satuan: '%', t: [80, 85, 90, 95, 100] },
  { indicator: 'Persentase Pelayanan PATEN yang Diselesaikan Tepat Waktu', satuan: '%', t: [95, 96, 97, 98, 98] },
  { indicator: 'Jumlah Forum Koordinasi Pimpinan Kecamatan yang Dilaksanakan', satuan: 'Kali', t: [12, 12, 12, 12, 12] },
];

/** KPI rows from `row`: No, indicator, satuan, [baseline], targets, [akhir], [note]. */
function kpiRows(sb: SheetBuilder, row: number, data: Kpi[], o: { baseline?: boolean; akhir?: boolean; note?: string; col?: string } = {}): number {
  data.forEach((k, i) => {
    const values: V[] = [i + 1, k.indicator, k.satuan];
    if (o.baseline) values.push(k.base);
    values.push(...k.t);
    if (o.akhir) values.push(k.t[k.t.length - 1]);
    if (o.note !== undefined) values.push(o.note);
    sb.put(`${o.col ?? 'A'}${row + i}`, values);
  });
  return row + data.length;
}

// IKU: "Kondisi Kinerja Awal", targets under "Th. 2025 … Th. 2029", "Kondisi Akhir", Keterangan.
{
  const sb = new SheetBuilder('IKU');
  sb.set('A1', b('Tabel 4.4 Indikator Kinerja Utama Dinas Komunikasi dan Informatika'));
  sb.mergeText('A3:A4', b('No'));
  sb.mergeText('B3:B4', b('Indikator Kinerja Utama'));
  sb.mergeText('C3:C4', b('Satuan'));
  sb.mergeText('D3:D4', b('Kondisi Kinerja Awal'));
  sb.mergeText('E3:I3', b('Target Kinerja'));
  sb.put('E4', years(2025).map((y) => b(`Th. ${y}`)));
  sb.mergeText('J3:J4', b('Kondisi Akhir'));
  sb.mergeText('K3:K4', b('Keterangan'));
  const end = kpiRows(sb, 5, IKU_KOMINFO, { baseline: true, akhir: true, note: 'IKU Kepala Dinas' });
  miscLayouts.push({
    id: 'iku-th-years',
    description: 'IKU with "Kondisi Kinerja Awal", "Th. 2025 … Th. 2029" under "Target Kinerja", "Kondisi Akhir", Keterangan',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'IKU',
        kind: 'iku',
        range: `A3:K${end - 1}`,
        headerRows: [3, 4],
        roles: { A: 'no', B: 'indicator', C: 'satuan', D: 'baseline', ...yearRoles('target', letters('E', 5), years(2025)), J: 'akhir-target', K: 'notes' },
      },
    ],
    findings: [],
  });
}

// IKK titled "Indikator Kinerja Kunci (IKK)", header "INDIKATOR", years as "(2025)", then (1)…(9).
{
  const sb = new SheetBuilder('Tabel 4.6');
  sb.set('A1', b('Tabel 4.6')).set('A2', b('Indikator Kinerja Kunci (IKK) Dinas Pekerjaan Umum dan Penataan Ruang'));
  sb.mergeText('A4:A5', b('NO.'));
  sb.mergeText('B4:B5', b('INDIKATOR'));
  sb.mergeText('C4:C5', b('SATUAN'));
  sb.mergeText('D4:H4', b('TARGET TAHUN'));
  sb.put('D5', years(2025).map((y) => b(`(${y})`)));
  sb.mergeText('I4:I5', b('KET'));
  sb.put('A6', numbers(9, 'paren'));
  const end = kpiRows(sb, 7, IKK_PUPR, { note: 'IKK' });
  miscLayouts.push({
    id: 'ikk-paren-years',
    description: 'IKK under the title "Indikator Kinerja Kunci (IKK)", years written "(2025) … (2029)" under "TARGET TAHUN", then (1)…(9)',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Tabel 4.6',
        kind: 'ikk',
        range: `A4:I${end - 1}`,
        headerRows: [4, 5, 6],
        roles: { A: 'no', B: 'indicator', C: 'satuan', ...yearRoles('target', letters('D', 5), years(2025)), I: 'notes' },
      },
    ],
    findings: [],
  });
}

// IKK with one header row "Target 2025 … Target 2029".
{
  const sb = new SheetBuilder('IKK Dinkes');
  sb.put('A2', [b('No'), b('Indikator Kinerja Kunci'), b('Satuan'), ...years(2025).map((y) => b(`Target ${y}`)), b('Sumber Data')]);
  const end = kpiRows(sb, 3, IKK_DINKES, { note: 'Profil Kesehatan' });
  miscLayouts.push({
    id: 'ikk-target-year-one-row',
    description: 'IKK with one header row "No | Indikator Kinerja Kunci | Satuan | Target 2025 … Target 2029 | Sumber Data"',
    workbook: workbook(sb),
    tables: [{ sheet: 'IKK Dinkes', kind: 'ikk', range: `A2:I${end - 1}`, headerRows: [2], roles: { A: 'no', B: 'indicator', C: 'satuan', ...yearRoles('target', letters('D', 5), years(2025)) } }],
    findings: [],
  });
}

// IKU with "TAHUN 1 … TAHUN 5" under "TARGET KINERJA", "KONDISI AWAL" and "KONDISI AKHIR".
{
  const sb = new SheetBuilder('IKU');
  sb.set('B1', b('INDIKATOR KINERJA UTAMA (IKU) KECAMATAN'));
  sb.mergeText('A3:A4', b('NO'));
  sb.mergeText('B3:B4', b('INDIKATOR KINERJA UTAMA'));
  sb.mergeText('C3:C4', b('SATUAN'));
  sb.mergeText('D3:D4', b('KONDISI AWAL'));
  sb.mergeText('E3:I3', b('TARGET KINERJA'));
  sb.put('E4', [1, 2, 3, 4, 5].map((y) => b(`TAHUN ${y}`)));
  sb.mergeText('J3:J4', b('KONDISI AKHIR'));
  const data: Kpi[] = [
    { indicator: 'Indeks Kepuasan Masyarakat', satuan: 'Indeks', base: 81, t: TUJUAN[0].t },
    { indicator: 'Nilai Evaluasi Kinerja Kecamatan', satuan: 'Nilai', base: 71, t: TUJUAN[0].sasaran[0].t },
    { indicator: 'Nilai SAKIP Kecamatan', satuan: 'Nilai', base: 82, t: TUJUAN[0].sasaran[1].t },
  ];
  const end = kpiRows(sb, 5, data, { baseline: true, akhir: true });
  miscLayouts.push({
    id: 'iku-tahun-n-caps',
    description: 'IKU in capitals with "TAHUN 1 … TAHUN 5" under "TARGET KINERJA", "KONDISI AWAL", "KONDISI AKHIR"',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'IKU',
        kind: 'iku',
        range: `A3:J${end - 1}`,
        headerRows: [3, 4],
        roles: { A: 'no', B: 'indicator', C: 'satuan', D: 'baseline', ...yearRoles('target', letters('E', 5), [1, 2, 3, 4, 5]), J: 'akhir-target' },
      },
    ],
    findings: [],
  });
}

// The Kartoharjo IKU: "BASELINE 2024", six target years 2025-2030 under "TARGET TAHUN", a (1)… row with a gap, KET "IKU".
{
  const sb = new SheetBuilder('Tabel 4.4');
  sb.set('A1', b('Tabel 4.4')).set('A2', b('Indikator Kinerja Utama Kecamatan Kartoharjo'));
  sb.mergeText('A4:A5', b('NO.'));
  sb.mergeText('B4:B5', b('INDIKATOR'));
  sb.mergeText('C4:C5', b('SATUAN'));
  sb.mergeText('D4:D5', b('BASELINE 2024'));
  sb.mergeText('E4:J4', b('TARGET TAHUN'));
  sb.put('E5', years(2025, 6).map(b));
  sb.mergeText('K4:K5', b('KET'));
  sb.put('A6', [b('(1)'), b('(2)'), b('(3)'), undefined, b('(4)'), b('(5)'), b('(6)'), b('(7)'), b('(8)'), b('(9)'), b('(10)')]);
  sb.put('A7', [1, 'Indeks Kepuasan Masyarakat', 'Skor', 81, 81.5, 82, 82.5, 83, 83.5, 84, 'IKU']);
  sb.put('A8', [2, 'Nilai Evaluasi Kinerja Kecamatan', 'Nilai', 71, 73, 75, 77, 79, 81, 83, 'IKU']);
  sb.put('A9', [3, 'Nilai SAKIP', 'Nilai', 82, 82.5, 83, 83.5, 84, 84.5, 85, 'IKU']);
  miscLayouts.push({
    id: 'iku-baseline-2024-six-years',
    description: 'IKU as the Kartoharjo sample: "BASELINE 2024", six years 2025-2030 under "TARGET TAHUN", (1)… row skipping the baseline column, KET "IKU"',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Tabel 4.4',
        kind: 'iku',
        range: 'A4:K9',
        headerRows: [4, 5, 6],
        roles: { A: 'no', B: 'indicator', C: 'satuan', D: 'baseline', ...yearRoles('target', letters('E', 6), years(2025, 6)), K: 'notes' },
      },
    ],
    findings: [],
  });
}

// IKU ("Kondisi Awal" / "Kondisi Akhir", 2026-2030) beside the T-C.25 it must agree with; one IKU target differs.
{
  const ts = new SheetBuilder('Tujuan Sasaran');
  ts.set('A1', b('Tabel 3.1 Tujuan dan Sasaran Jangka Menengah Kecamatan'));
  ts.mergeText('A3:A4', b('No'));
  ts.mergeText('B3:B4', b('Tujuan'));
  ts.mergeText('C3:C4', b('Sasaran'));
  ts.mergeText('D3:D4', b('Indikator Tujuan/Sasaran'));
  ts.mergeText('E3:I3', b('Target Kinerja Tujuan/Sasaran'));
  ts.put('E4', years(2026).map(b));
  let r = 5;
  const rowOf = new Map<string, number>();
  TUJUAN.forEach((t, i) => {
    ts.put(`A${r}`, [i + 1, t.tujuan, undefined, t.indicator, ...t.t]);
    rowOf.set(t.indicator, r++);
    for (const s of t.sasaran) {
      ts.put(`C${r}`, [s.sasaran, s.indicator, ...s.t]);
      rowOf.set(s.indicator, r++);
    }
  });
  const iku = new SheetBuilder('IKU');
  iku.set('A1', b('Tabel 4.4 Indikator Kinerja Utama (IKU) Kecamatan'));
  iku.mergeText('A3:A4', b('No'));
  iku.mergeText('B3:B4', b('Indikator'));
  iku.mergeText('C3:C4', b('Satuan'));
  iku.mergeText('D3:D4', b('Kondisi Awal'));
  iku.mergeText('E3:I3', b('Target'));
  iku.put('E4', years(2026).map(b));
  iku.mergeText('J3:J4', b('Kondisi Akhir'));
  const data: Kpi[] = [
    { indicator: TUJUAN[0].indicator, satuan: 'Indeks', base: 81, t: TUJUAN[0].t },
    { indicator: TUJUAN[0].sasaran[0].indicator, satuan: 'Nilai', base: 71, t: TUJUAN[0].sasaran[0].t },
    { indicator: TUJUAN[0].sasaran[1].indicator, satuan: 'Nilai', base: 82, t: [...TUJUAN[0].sasaran[1].t] },
    { indicator: TUJUAN[1].indicator, satuan: '%', base: 35, t: TUJUAN[1].t },
  ];
  data[2].t[2] = 83; // T-C.25 says 83,5 for 2028
  const end = kpiRows(iku, 5, data, { baseline: true, akhir: true });
  const tsRow = rowOf.get(TUJUAN[0].sasaran[1].indicator)!;
  miscLayouts.push({
    id: 'iku-kondisi-awal-with-tc25',
    description: 'IKU with "Kondisi Awal"/"Kondisi Akhir" and years 2026-2030 on one sheet, the T-C.25 it must match on another; the 2028 Nilai SAKIP target differs (83 vs 83,5)',
    workbook: workbook(ts, iku),
    tables: [
      { sheet: 'Tujuan Sasaran', kind: 'tujuan-sasaran', range: `A3:I${r - 1}`, headerRows: [3, 4], roles: { A: 'no', B: 'tujuan', C: 'sasaran', D: 'indicator', ...yearRoles('target', letters('E', 5), years(2026)) } },
      {
        sheet: 'IKU',
        kind: 'iku',
        range: `A3:J${end - 1}`,
        headerRows: [3, 4],
        roles: { A: 'no', B: 'indicator', C: 'satuan', D: 'baseline', ...yearRoles('target', letters('E', 5), years(2026)), J: 'akhir-target' },
      },
    ],
    findings: [{ rule: 'crosstable.iku-target', cell: [`IKU!G7`, `Tujuan Sasaran!G${tsRow}`] }],
  });
}

// Two tables on one sheet: IKU then IKK, each under its "Tabel 4.x" title, blank rows between.
{
  const sb = new SheetBuilder('Bab IV');
  sb.set('A1', b('Tabel 4.4')).set('A2', b('Indikator Kinerja Utama Kecamatan Kartoharjo'));
  sb.mergeText('A4:A5', b('NO.'));
  sb.mergeText('B4:B5', b('INDIKATOR'));
  sb.mergeText('C4:C5', b('SATUAN'));
  sb.mergeText('D4:D5', b('BASELINE 2024'));
  sb.mergeText('E4:I4', b('TARGET TAHUN'));
  sb.put('E5', years(2025).map(b));
  sb.mergeText('J4:J5', b('KET'));
  const ikuEnd = kpiRows(
    sb,
    6,
    [
      { indicator: 'Indeks Kepuasan Masyarakat', satuan: 'Skor', base: 81, t: [81.5, 82, 82.5, 83, 83.5] },
      { indicator: 'Nilai Evaluasi Kinerja Kecamatan', satuan: 'Nilai', base: 71, t: [73, 75, 77, 79, 81] },
      { indicator: 'Nilai SAKIP', satuan: 'Nilai', base: 82, t: [82.5, 83, 83.5, 84, 84.5] },
    ],
    { baseline: true, note: 'IKU' },
  );
  const t2 = ikuEnd + 3;
  sb.set(`A${t2}`, b('Tabel 4.6')).set(`A${t2 + 1}`, b('Indikator Kinerja Kunci Kecamatan Kartoharjo'));
  const h2 = t2 + 3;
  sb.mergeText(`A${h2}:A${h2 + 1}`, b('NO.'));
  sb.mergeText(`B${h2}:B${h2 + 1}`, b('INDIKATOR'));
  sb.mergeText(`C${h2}:C${h2 + 1}`, b('SATUAN'));
  sb.mergeText(`D${h2}:H${h2}`, b('TARGET TAHUN'));
  sb.put(`D${h2 + 1}`, years(2025).map(b));
  sb.mergeText(`I${h2}:I${h2 + 1}`, b('KET'));
  const ikkEnd = kpiRows(sb, h2 + 2, IKK_KECAMATAN, { note: 'IKK' });
  miscLayouts.push({
    id: 'two-tables-iku-ikk',
    description: 'One sheet with "Tabel 4.4" IKU (BASELINE 2024) and, after blank rows and a title, "Tabel 4.6" IKK (no baseline)',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [
      { sheet: 'Bab IV', kind: 'iku', range: `A4:J${ikuEnd - 1}`, headerRows: [4, 5], roles: { B: 'indicator', C: 'satuan', D: 'baseline', ...yearRoles('target', letters('E', 5), years(2025)), J: 'notes' } },
      { sheet: 'Bab IV', kind: 'ikk', range: `A${h2}:I${ikkEnd - 1}`, headerRows: [h2, h2 + 1], roles: { B: 'indicator', C: 'satuan', ...yearRoles('target', letters('D', 5), years(2025)), I: 'notes' } },
    ],
    findings: [],
  });
}

// Two tables on one sheet: T-C.23 then T-C.24, each with a title, a "Sumber:" line under each.
{
  const sb = new SheetBuilder('Bab II');
  sb.set('A1', b('Tabel 2.7 Pencapaian Kinerja Pelayanan Kecamatan'));
  sb.mergeText('A3:A4', b('No'));
  sb.mergeText('B3:B4', b('Indikator Kinerja sesuai Tugas dan Fungsi Perangkat Daerah'));
  sb.mergeText('C3:C4', b('Target NSPK'));
  sb.mergeText('D3:D4', b('Target IKK'));
  sb.mergeText('E3:E4', b('Target Indikator Lainnya'));
  sb.mergeText('F3:J3', b('Target Renstra Perangkat Daerah Tahun'));
  sb.mergeText('K3:O3', b('Realisasi Capaian Tahun'));
  sb.mergeText('P3:T3', b('Rasio Capaian pada Tahun'));
  const ys = years(2020).map(b);
  sb.put('F4', [...ys, ...ys, ...ys]);
  const end1 = capaianRows(sb, 5, CAPAIAN);
  // Indeks Kepuasan Masyarakat 2022: 82,15 / 82 = 1,00 — shown 1,10.
  sb.set('R5', 1.1);
  sb.set(`A${end1 + 1}`, 'Sumber: LKjIP Kecamatan 2020-2024');
  const t2 = end1 + 4;
  sb.set(`A${t2}`, b('Tabel 2.8 Anggaran dan Realisasi Pendanaan Pelayanan Kecamatan'));
  const h = t2 + 2;
  sb.mergeText(`A${h}:A${h + 1}`, b('No'));
  sb.mergeText(`B${h}:B${h + 1}`, b('Uraian'));
  sb.mergeText(`C${h}:G${h}`, b('Anggaran pada Tahun'));
  sb.mergeText(`H${h}:L${h}`, b('Realisasi Anggaran pada Tahun'));
  sb.mergeText(`M${h}:Q${h}`, b('Rasio antara Realisasi dan Anggaran Tahun'));
  sb.mergeText(`R${h}:S${h}`, b('Rata-rata Pertumbuhan'));
  sb.put(`C${h + 1}`, [...ys, ...ys, ...ys, b('Anggaran'), b('Realisasi')]);
  // The 2021 Jumlah anggaran drops the last program's 13.436.000.
  const jr = anggaranRows(sb, h + 2, { jumlah: 'Jumlah', anggaranDelta: { year: 1, delta: -ANGGARAN[ANGGARAN.length - 1].a[1] } });
  sb.set(`A${jr + 2}`, 'Sumber: BPKAD, diolah');
  miscLayouts.push({
    id: 'two-tables-tc23-tc24',
    description: 'One sheet with T-C.23 (years 2020-2024) and, below its "Sumber:" line and a title, T-C.24; one wrong rasio in the first, the 2021 Jumlah anggaran short in the second',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Bab II',
        kind: 'pencapaian-kinerja',
        range: `A3:T${end1 - 1}`,
        headerRows: [3, 4],
        roles: { ...TC23_ROLES, ...yearRoles('target', letters('F', 5), years(2020)), ...yearRoles('realisasi', letters('K', 5), years(2020)), ...yearRoles('rasio', letters('P', 5), years(2020)) },
      },
      { sheet: 'Bab II', kind: 'anggaran-realisasi', range: `A${h}:S${jr}`, headerRows: [h, h + 1], roles: TC24_ROLES(years(2020)) },
    ],
    findings: [
      { rule: 'ratio.capaian', cell: 'R5' },
      { rule: 'total.jumlah', cell: `D${jr}` },
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// Funding tables in other dresses

// No codes, custom (non-official) names, hierarchy by indentation only, programs in capitals, "Rp." spelling.
{
  const sb = new SheetBuilder('Renstra');
  sb.set('A1', b('PROGRAM DAN KEGIATAN PRIORITAS KECAMATAN 2025-2029'));
  sb.mergeText('A3:A4', b('PROGRAM/KEGIATAN/SUB KEGIATAN'));
  sb.mergeText('B3:B4', b('INDIKATOR'));
  sb.mergeText('C3:C4', b('SATUAN'));
  sb.mergeText('D3:D4', b('BASELINE'));
  years(2025).forEach((y, i) => {
    const c = shift('E', 2 * i);
    sb.mergeText(`${c}3:${shift(c, 1)}3`, b(y));
    sb.put(`${c}4`, [b('TARGET'), b('Rp.')]);
  });
  sb.mergeText('O3:O4', b('KET'));
  const cols: FundingColumns = { name: 'A', indicator: 'B', satuan: 'C', baseline: 'D', target: letters('E', 5, 2), pagu: letters('F', 5, 2) };
  const items: Item[] = [
    prog(undefined, 'PROGRAM PENINGKATAN KUALITAS PELAYANAN PUBLIK KECAMATAN', I('Indeks Kepuasan Masyarakat terhadap Layanan Kecamatan', 'Indeks', 80, rising(81, 1)), [
      keg(undefined, 'Penyelenggaraan Pelayanan Administrasi Terpadu Kecamatan (PATEN)', I('Jumlah Layanan PATEN yang Diselenggarakan', 'Layanan', 2400, rising(2500, 100)), [
        sub(undefined, 'Pelayanan Perizinan Non Berusaha Tingkat Kecamatan', I('Jumlah Izin Non Berusaha yang Diterbitkan', 'Izin', 600, rising(650, 50)), series(42 * M)),
        sub(undefined, 'Pengelolaan Pengaduan Layanan PATEN', I('Jumlah Pengaduan yang Ditindaklanjuti', 'Laporan', 12, flat(12)), series(8.5 * M)),
      ]),
      keg(undefined, 'Peningkatan Kapasitas Aparatur Pelayanan Kecamatan', I('Jumlah Aparatur yang Mengikuti Pelatihan Pelayanan', 'Orang', 20, flat(24)), [
        sub(undefined, 'Pelatihan Pelayanan Prima bagi Aparatur Kecamatan', I('Jumlah Aparatur yang Dilatih Pelayanan Prima', 'Orang', 20, flat(24)), series(15 * M)),
      ]),
    ]),
    prog(undefined, 'PROGRAM PENATAAN LINGKUNGAN DAN KEBERSIHAN KAWASAN KECAMATAN', I('Persentase Kawasan Kecamatan yang Tertata', '%', 55, rising(60, 5)), [
      keg(undefined, 'Penataan Taman dan Ruang Terbuka Kecamatan', I('Luas Taman yang Tertata', 'm2', 1200, rising(1400, 200)), [
        sub(undefined, 'Pemeliharaan Taman Kantor dan Alun-alun Kecamatan', I('Luas Taman yang Dipelihara', 'm2', 1200, rising(1400, 200)), series(36 * M)),
        sub(undefined, 'Pengadaan Sarana Kebersihan Kawasan', I('Jumlah Sarana Kebersihan yang Diadakan', 'Unit', 10, flat(12)), series(22.75 * M)),
      ]),
    ]),
  ];
  const f = renderFunding(sb, 5, items, cols, { indent: { kegiatan: 1, sub: 2 }, paguDelta: [{ key: 'Penyelenggaraan Pelayanan Administrasi Terpadu Kecamatan (PATEN)', year: 4, delta: 4_000_000 }] });
  miscLayouts.push({
    id: 'indent-only-custom-names',
    description: 'No codes, local (non-official) names, levels by indentation only, programs in capitals, "TARGET | Rp." under each year; the PATEN kegiatan 4.000.000 over its sub kegiatan in 2029',
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra', kind: 'program-pendanaan', range: `A3:O${f.last}`, headerRows: [3, 4], roles: fundingRoles(cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('Penyelenggaraan Pelayanan Administrasi Terpadu Kecamatan (PATEN)', 'pagu', 4) }],
  });
}

// The header band repeated after each page break (the same rows again mid-table); the table continues to its Jumlah.
{
  const sb = new SheetBuilder('Tabel 4.2');
  sb.set('A1', b('Tabel 4.2')).set('A2', b('Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Kecamatan Kartoharjo'));
  sb.put('A4', [b('KODE'), b('PROGRAM/KEGIATAN/SUB KEGIATAN'), b('INDIKATOR KINERJA'), b('SATUAN'), b('BASELINE 2024')]);
  sb.merge('A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5');
  years(2025).forEach((y, i) => {
    const c = shift('F', 2 * i);
    sb.mergeText(`${c}4:${shift(c, 1)}4`, b(y));
    sb.put(`${c}5`, [b('TARGET'), b('PAGU')]);
  });
  sb.mergeText('P4:P5', b('KET'));
  sb.put('A6', numbers(16, 'plain'));
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', target: letters('F', 5, 2), pagu: letters('G', 5, 2) };
  const repeats: number[][] = [];
  let pageStart = 7;
  const items: Item[] = [penunjang('7.01', 0.5), ...kecamatan(1)];
  const f = renderFunding(sb, 7, items, cols, {
    bold: { program: true },
    jumlah: { label: 'JUMLAH', labelCol: 'B' },
    jumlahDelta: [{ year: 3, delta: -12_000_000 }],
    beforeRow: (r) => {
      if (r - pageStart < 9) return r;
      sb.copyRows(4, 6, r);
      repeats.push([r, r + 1, r + 2]);
      pageStart = r + 3;
      return r + 3;
    },
  });
  miscLayouts.push({
    id: 'repeated-header-page-breaks',
    description: 'Funding table whose two header rows and 1 2 3 … row are repeated after every page break mid-table; JUMLAH 12.000.000 short in 2028',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:P${f.last}`, headerRows: [4, 5, 6], roles: fundingRoles(cols, years(2025)), repeats }],
    findings: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 3) }],
  });
}

// Away from A1: a title block merged over the width, the table from C6, a "Sumber:" and a "Keterangan:" line below.
{
  const sb = new SheetBuilder('Pendanaan');
  sb.mergeText('C2:T2', b('PEMERINTAH KABUPATEN MAGETAN'));
  sb.mergeText('C3:T3', b('RENCANA STRATEGIS DINAS KOMUNIKASI DAN INFORMATIKA TAHUN 2025-2029'));
  sb.set('C4', b('Tabel 4.2 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan'));
  const tall = (c: string, label: string) => sb.mergeText(`${c}6:${c}8`, b(label));
  tall('C', 'Kode');
  tall('D', 'Program dan Kegiatan');
  tall('E', 'Indikator Kinerja Program (outcome) dan Kegiatan (output)');
  tall('F', 'Satuan');
  tall('G', 'Data Capaian pada Tahun Awal Perencanaan');
  sb.mergeText('H6:Q6', b('Target Kinerja Program dan Kerangka Pendanaan'));
  years(2025).forEach((y, i) => {
    const c = shift('H', 2 * i);
    sb.mergeText(`${c}7:${shift(c, 1)}7`, b(y));
    sb.put(`${c}8`, [b('Target'), b('Rp')]);
  });
  sb.mergeText('R6:S7', b('Kondisi Kinerja pada akhir periode Renstra Perangkat Daerah'));
  sb.put('R8', [b('Target'), b('Rp')]);
  tall('T', 'Unit Kerja Perangkat Daerah Penanggung Jawab');
  const cols: FundingColumns = { code: 'C', name: 'D', indicator: 'E', satuan: 'F', baseline: 'G', target: letters('H', 5, 2), pagu: letters('I', 5, 2), akhirTarget: 'R', akhirPagu: 'S', unit: 'T' };
  const items: Item[] = [penunjang('2.16', 0.6, 'small'), ...kominfo(0.9)];
  const f = renderFunding(sb, 9, items, cols, {
    bold: { program: true },
    unitText: 'Diskominfo',
    jumlah: { label: 'JUMLAH', labelCol: 'C', mergeTo: 'G' },
    paguDelta: [{ key: '2.16.02.2.01', year: 4, delta: 7_500_000 }],
  });
  sb.set(`C${f.last + 2}`, 'Sumber: Renstra Diskominfo 2025-2029 (diolah)');
  sb.set(`C${f.last + 3}`, 'Keterangan: pagu indikatif dalam rupiah; target sesuai satuan indikator');
  miscLayouts.push({
    id: 'offset-title-sumber',
    description: 'Funding table starting at C6 under a merged title block, "Sumber:" and "Keterangan:" lines below the Jumlah; a kegiatan 7.500.000 over its sub kegiatan in 2029',
    workbook: workbook(sb),
    tables: [{ sheet: 'Pendanaan', kind: 'program-pendanaan', range: `C6:T${f.last}`, headerRows: [6, 7, 8], roles: fundingRoles(cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('2.16.02.2.01', 'pagu', 4) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('2.16.02.2.01', 'akhirPagu') }],
  });
}

// The Kartoharjo Tabel 4.2 dress: entities over several indicator rows with the name merged down, "BASELINE 2024", KET; Jumlah 12.000.000 short.
{
  const sb = new SheetBuilder('Tabel 4.2');
  sb.set('A1', b('Tabel 4.2')).set('A2', b('Rencana Program/Kegiatan/Sub Kegiatan dan Pendanaan Kecamatan Kartoharjo tahun 2025-2029'));
  sb.mergeText('A4:A6', b('BIDANG URUSAN/ PROGRAM/ OUTCOMES/ KEGIATAN/ SUB KEGIATAN / OUTPUT'));
  sb.mergeText('B4:B6', b('INDIKATOR OUTCOME/ OUTPUT'));
  sb.mergeText('C4:C6', b('BASELINE 2024'));
  sb.mergeText('D4:M4', b('TARGET DAN PAGU INDIKATIF TAHUN'));
  years(2025).forEach((y, i) => {
    const c = shift('D', 2 * i);
    sb.mergeText(`${c}5:${shift(c, 1)}5`, b(y));
    sb.put(`${c}6`, [b('TARGET'), b('PAGU')]);
  });
  sb.mergeText('N4:N6', b('KET'));
  sb.put('A7', numbers(14, 'plain'));
  const cols: FundingColumns = { name: 'A', indicator: 'B', baseline: 'C', target: letters('D', 5, 2), pagu: letters('E', 5, 2) };
  const pen: Node = penunjang('7.01', 0.5, 'small');
  pen.ind = [
    I('Persentase Capaian Kinerja dan Anggaran // %', undefined, 97.3, rising(97.4, 0.1)),
    I('Indeks Kepuasan Layanan Kesekretariatan // Skor', undefined, 81, rising(81.5, 0.5)),
  ];
  const [pemerintahan, pemberdayaan] = kecamatan(1);
  pemerintahan.ind.push(I('Persentase Layanan Administrasi Kecamatan yang Diselesaikan Tepat Waktu // %', undefined, 92, rising(93, 1)));
  const items: Item[] = [pen, pemerintahan, pemberdayaan];
  const f = renderFunding(sb, 8, items, cols, { mergeNames: true, jumlah: { label: 'JUMLAH', labelCol: 'A' }, jumlahDelta: [{ year: 2, delta: -12_000_000 }] });
  miscLayouts.push({
    id: 'multi-indicator-merged-names',
    description: 'Kartoharjo Tabel 4.2 dress: no codes, programs with two indicator rows and the name merged down over them, "BASELINE 2024", 1 2 3 … row; JUMLAH 12.000.000 short in 2027',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:N${f.last}`, headerRows: [4, 5, 6, 7], roles: { ...fundingRoles(cols, years(2025)), N: 'notes' } }],
    findings: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 2) }],
  });
}

// ---------------------------------------------------------------------------------------------
// Cascading

const CASCADE_HEAD = ['NSPK DAN SASARAN RPJMD YANG RELEVAN', 'TUJUAN', 'SASARAN', 'OUTCOMES', 'OUTPUT', 'INDIKATOR', 'PROGRAM/ KEGIATAN/ SUB-KEGIATAN', 'KET'];

/** Cascading rows for a funding plan: program rows carry an outcome, kegiatan rows an output, each row its indicator. */
function cascadeRows(sb: SheetBuilder, row: number, programs: Node[], cols: { outcome: string; output: string; indicator: string; name: string; code?: string }): number {
  let r = row;
  const put = (n: Node) => {
    if (n.level === 'program') sb.set(`${cols.outcome}${r}`, `Meningkatnya kinerja ${n.name.replace(/^PROGRAM /, '').toLowerCase()}`);
    if (n.level === 'kegiatan') sb.set(`${cols.output}${r}`, `Terlaksananya ${n.name.charAt(0).toLowerCase()}${n.name.slice(1)}`);
    sb.set(`${cols.indicator}${r}`, `${n.ind[0].text} // ${n.ind[0].satuan ?? ''}`.trim());
    sb.set(`${cols.name}${r}`, n.name);
    if (cols.code && n.code) sb.set(`${cols.code}${r}`, n.code);
    r++;
    for (const k of n.kids) if (k.kind === 'node') put(k);
  };
  programs.forEach(put);
  return r;
}

// Cascading as the Kartoharjo Tabel 4.1: NSPK | TUJUAN | SASARAN | OUTCOMES | OUTPUT | INDIKATOR | PROGRAM/KEGIATAN/SUB-KEGIATAN | KET.
{
  const sb = new SheetBuilder('Tabel 4.1');
  sb.set('A1', b('Tabel 4.1')).set('A2', b('Perumusan Program/Kegiatan/Subkegiatan Renstra Perangkat Daerah'));
  sb.put('A4', CASCADE_HEAD.map(b));
  sb.put('A5', numbers(8, 'paren'));
  sb.put('A6', ['NSPK: Melaksanakan kewenangan pemerintah daerah urusan kewilayahan', 'Meningkatnya kualitas pelayanan publik dan pemerintahan di wilayah kecamatan', undefined, undefined, undefined, 'Indeks Kepuasan Masyarakat']);
  sb.put('C7', ['Meningkatnya akuntabilitas kinerja kecamatan', undefined, undefined, 'Nilai SAKIP']);
  const end = cascadeRows(sb, 8, [penunjang('7.01', 1, 'small'), ...kecamatan(1)], { outcome: 'D', output: 'E', indicator: 'F', name: 'G' });
  miscLayouts.push({
    id: 'cascading-kartoharjo',
    description: 'Cascading table as Tabel 4.1 of the sample (NSPK | TUJUAN | SASARAN | OUTCOMES | OUTPUT | INDIKATOR | PROGRAM/KEGIATAN/SUB-KEGIATAN | KET, (1)…(8)) — no yearly numbers',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [
      { sheet: 'Tabel 4.1', kind: 'cascading', range: `A4:H${end - 1}`, headerRows: [4, 5], roles: { A: 'context', B: 'tujuan', C: 'sasaran', D: 'outcome', E: 'output', F: 'indicator', G: 'name', H: 'notes' } },
    ],
    findings: [],
  });
}

// A cascading table with codes and the funding table it must match, on two sheets; one kegiatan Rp off in the funding table.
{
  const cas = new SheetBuilder('Tabel 4.1');
  cas.set('A1', b('Tabel 4.1 Program, Kegiatan dan Sub Kegiatan Hasil Cascading'));
  cas.put('A3', [b('Tujuan'), b('Sasaran'), b('Outcome'), b('Output'), b('Indikator Kinerja'), b('Kode'), b('Program/Kegiatan/Sub Kegiatan')]);
  cas.put('A4', ['Meningkatnya penyelenggaraan pemerintahan berbasis elektronik', undefined, undefined, undefined, 'Indeks SPBE']);
  cas.put('B5', ['Meningkatnya keterbukaan informasi dan layanan aplikasi pemerintahan', undefined, undefined, 'Persentase Layanan Publik Berbasis Aplikasi']);
  const plan = (): Node[] => [penunjang('2.16', 0.6, 'small'), ...kominfo(1)];
  const casEnd = cascadeRows(cas, 6, plan(), { outcome: 'C', output: 'D', indicator: 'E', code: 'F', name: 'G' });
  const fund = new SheetBuilder('Tabel 4.2');
  fund.set('A1', b('Tabel 4.2 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan'));
  fund.put('A3', [b('Kode'), b('Program/Kegiatan/Sub Kegiatan'), b('Indikator Kinerja'), b('Satuan'), b('Kondisi Awal')]);
  fund.merge('A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4');
  years(2025).forEach((y, i) => {
    const c = shift('F', 2 * i);
    fund.mergeText(`${c}3:${shift(c, 1)}3`, b(y));
    fund.put(`${c}4`, [b('Target'), b('Pagu')]);
  });
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', target: letters('F', 5, 2), pagu: letters('G', 5, 2) };
  const f = renderFunding(fund, 5, plan(), cols, { bold: { program: true }, jumlah: { label: 'Jumlah', labelCol: 'B' }, paguDelta: [{ key: '2.16.03.2.02', year: 0, delta: 15_000_000 }] });
  miscLayouts.push({
    id: 'cascading-with-funding',
    description: 'Cascading table with Kode (Tujuan|Sasaran|Outcome|Output|Indikator|Kode|Program…) and the matching funding table on another sheet; one kegiatan 15.000.000 over its sub kegiatan in 2025',
    workbook: workbook(cas, fund),
    tables: [
      { sheet: 'Tabel 4.1', kind: 'cascading', range: `A3:G${casEnd - 1}`, headerRows: [3], roles: { A: 'tujuan', B: 'sasaran', C: 'outcome', D: 'output', E: 'indicator', F: 'code', G: 'name' } },
      { sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A3:O${f.last}`, headerRows: [3, 4], roles: fundingRoles(cols, years(2025)) },
    ],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('2.16.03.2.02', 'pagu', 0), sheet: 'Tabel 4.2' }],
  });
}

// ---------------------------------------------------------------------------------------------
// Sheets with no Renstra table

// A staff list: numbers, NIPs, ranks — no Renstra table.
{
  const sb = new SheetBuilder('Daftar Pegawai');
  sb.set('A1', b('DAFTAR NAMA PEGAWAI KECAMATAN KARTOHARJO')).set('A2', 'Keadaan per 1 Januari 2025');
  sb.put('A4', [b('No'), b('Nama'), b('NIP'), b('Pangkat/Golongan'), b('Jabatan'), b('Pendidikan Terakhir'), b('Masa Kerja (Tahun)'), b('Keterangan')]);
  const staff: V[][] = [
    ['Drs. Bambang Sutrisno, M.Si', '19690412 199003 1 005', 'Pembina Tk. I / IV.b', 'Camat', 'S2', 34],
    ['Sri Wahyuni, S.Sos', '19750823 199803 2 004', 'Pembina / IV.a', 'Sekretaris Kecamatan', 'S1', 26],
    ['Agus Priyanto, S.IP', '19800115 200501 1 012', 'Penata Tk. I / III.d', 'Kasi Pemerintahan', 'S1', 20],
    ['Endah Kurniasari, S.E', '19830530 200801 2 009', 'Penata / III.c', 'Kasubag Keuangan', 'S1', 17],
    ['Yuli Astuti', '19850217 201001 2 015', 'Penata Muda Tk. I / III.b', 'Kasubag Umum dan Kepegawaian', 'D3', 15],
    ['Rudi Hartono, S.T', '19870909 201101 1 003', 'Penata Muda Tk. I / III.b', 'Kasi Pembangunan', 'S1', 14],
    ['Siti Nurjanah', '19900402 201402 2 001', 'Pengatur / II.c', 'Pengadministrasi Umum', 'SMA', 11],
    ['Heru Santoso', '19781120 200701 1 006', 'Pengatur Tk. I / II.d', 'Pengemudi', 'SMA', 18],
  ];
  staff.forEach((s, i) => sb.put(`A${5 + i}`, [i + 1, ...s, i === 0 ? 'Kepala' : undefined]));
  sb.set(`E${5 + staff.length}`, b('Jumlah Pegawai')).set(`G${5 + staff.length}`, b(staff.length));
  miscLayouts.push({
    id: 'no-table-staff-list',
    description: 'A staff list (No, Nama, NIP, Pangkat/Golongan, Jabatan, Pendidikan, Masa Kerja, a Jumlah line) — must yield no table',
    workbook: workbook(sb),
    tables: [],
    findings: [],
  });
}

// A meeting note with an attendance recap (Undangan | Hadir | Persentase) beside a real IKK sheet: only the IKK is a table.
{
  const note = new SheetBuilder('Notulen');
  note.set('A1', b('NOTULEN RAPAT PENYUSUNAN RANCANGAN RENSTRA PERANGKAT DAERAH 2025-2029'));
  note.put('A3', ['Hari/Tanggal', ': Senin, 3 Maret 2025']);
  note.put('A4', ['Waktu', ': 09.00 - 12.00 WIB']);
  note.put('A5', ['Tempat', ': Ruang Rapat Kecamatan']);
  note.put('A6', ['Pimpinan Rapat', ': Sekretaris Kecamatan']);
  note.set('A8', b('Rekapitulasi Kehadiran'));
  note.put('A9', [b('No'), b('Unsur'), b('Undangan'), b('Hadir'), b('Persentase (%)')]);
  note.put('A10', [1, 'Perangkat Kecamatan', 12, 11, 91.67]);
  note.put('A11', [2, 'Kepala Desa/Lurah', 14, 12, 85.71]);
  note.put('A12', [3, 'Tokoh Masyarakat', 6, 4, 66.67]);
  note.put('B13', [b('Jumlah'), b(32), b(27), b(84.38)]);
  note.set('A15', b('Hasil Pembahasan'));
  note.put('A16', [b('No'), b('Pembahasan'), b('Tindak Lanjut'), b('Penanggung Jawab'), b('Batas Waktu')]);
  note.put('A17', [1, 'Penajaman indikator sasaran Renstra', 'Revisi matriks tujuan dan sasaran', 'Subbag Perencanaan', '14 Maret 2025']);
  note.put('A18', [2, 'Penyesuaian pagu indikatif tahun 2026', 'Koordinasi dengan Bappeda', 'Sekretaris Kecamatan', '21 Maret 2025']);
  note.put('A19', [3, 'Penyusunan target IKU 2025-2029', 'Rapat lanjutan', 'Camat', '28 Maret 2025']);
  const ikk = new SheetBuilder('IKK');
  ikk.set('A1', b('Tabel 4.6 Indikator Kinerja Kunci'));
  ikk.mergeText('A3:A4', b('NO.'));
  ikk.mergeText('B3:B4', b('INDIKATOR'));
  ikk.mergeText('C3:C4', b('SATUAN'));
  ikk.mergeText('D3:H3', b('TARGET TAHUN'));
  ikk.put('D4', years(2025).map(b));
  ikk.mergeText('I3:I4', b('KET'));
  const end = kpiRows(ikk, 5, IKK_KECAMATAN);
  miscLayouts.push({
    id: 'no-table-meeting-note',
    description: 'A meeting note (attendance recap Undangan | Hadir | Persentase (%) with a Jumlah row, a follow-up list) next to an IKK sheet — only the IKK is a table',
    workbook: workbook(note, ikk),
    tables: [{ sheet: 'IKK', kind: 'ikk', range: `A3:I${end - 1}`, headerRows: [3, 4], roles: { A: 'no', B: 'indicator', C: 'satuan', ...yearRoles('target', letters('D', 5), years(2025)) } }],
    findings: [],
  });
}

