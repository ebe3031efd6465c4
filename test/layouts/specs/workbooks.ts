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
import { type FundingColumns, type Item, type Node, fundingRoles, renderFunding } from '../funding';
import { type Layout, type SheetBuilder as SB, type V, SheetBuilder, b, letters, numbers, shift, workbook, yearRoles, years } from '../kit';
import { penunjangFull, pendidikan, kesehatan, rsud, sosial, keuangan, trantibum, penanamanModal, kecamatanFull } from '../agencies';
import { titles, tc27, Capaian, tc23Rows, tc23Header, TC23_ROLES, Anggaran, anggaranValues, addUp, tc24Header, TC24_ROLES, TujuanRow, tc25Rows, ikuData, tc26Rows, staffTable, STAFF_ROLES, entities } from '../sheets';

export const workbookLayouts: Layout[] = [];

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
  // Staff counts: rekap-jumlah tables (heading row at the title row + 3, the Jumlah row 3 above the next start).
  const staff1 = `A7:E${r - 3}`;
  const staff2Top = r + 3;
  r = staffTable(b2, r, ['Tabel 2.2', 'Jumlah ASN Kecamatan Plaosan Berdasarkan Tingkat Pendidikan'], 'Tingkat Pendidikan', [
    ['Pasca Sarjana', 2, 1],
    ['Sarjana', 5, 4],
    ['Sarjana Muda (D3)', 1, 2],
    ['SLTA', 3, 2],
    ['SLTP', '-', '-'],
    ['SD', '-', '-'],
  ]);
  const staff2End = r - 3;
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
      { sheet: 'BAB II', kind: 'rekap-jumlah', range: staff1, headerRows: [7], roles: STAFF_ROLES },
      { sheet: 'BAB II', kind: 'rekap-jumlah', range: `A${staff2Top}:E${staff2End}`, headerRows: [staff2Top], roles: STAFF_ROLES },
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
