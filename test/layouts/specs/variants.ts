/**
 * Further variants of the hard classes: header words outside any list ("Tolok Ukur Kinerja",
 * "K | Rp", "OPD Pengampu"), two numeric header rows, a year written once over a PAGU-first pair,
 * codes split over four columns, outline numbering instead of codes, tujuan/sasaran merged down
 * beside the programs, and money typed as text.
 */
import { jalan, kominfo, pelatihanKerja, penunjang, sda, stripCodes } from '../data';
import { type FundingColumns, type Item, type Node, I, bidang, fundingRoles, mapTree, renderFunding, strategic } from '../funding';
import { type Layout, SheetBuilder, b, letters, meanGrowth, numbers, round, shift, workbook, yearRoles, years } from '../kit';
import { TUJUAN } from './forms';

export const variantLayouts: Layout[] = [];

// Header words outside any list: "Kode Rekening", "Tolok Ukur Kinerja", "Capaian Kinerja Awal", years over "K | Rp", "OPD Pengampu", "Sumber Dana".
{
  const sb = new SheetBuilder('Lamp. IV');
  sb.set('A1', b('LAMPIRAN IV')).set('A2', b('MATRIKS RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN KERANGKA PENDANAAN'));
  const tall = (c: string, label: string) => sb.mergeText(`${c}4:${c}6`, b(label));
  tall('A', 'Kode Rekening');
  tall('B', 'Uraian Program / Kegiatan / Sub Kegiatan');
  tall('C', 'Tolok Ukur Kinerja');
  tall('D', 'Capaian Kinerja Awal');
  sb.mergeText('E4:N4', b('Capaian Kinerja dan Kerangka Pendanaan'));
  years(2025).forEach((y, i) => {
    const c = shift('E', 2 * i);
    sb.mergeText(`${c}5:${shift(c, 1)}5`, b(String(y)));
    sb.put(`${c}6`, [b('K'), b('Rp')]);
  });
  sb.mergeText('O4:P5', b('Capaian Akhir Periode'));
  sb.put('O6', [b('K'), b('Rp')]);
  tall('Q', 'OPD Pengampu');
  tall('R', 'Sumber Dana');
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', baseline: 'D', target: letters('E', 5, 2), pagu: letters('F', 5, 2), akhirTarget: 'O', akhirPagu: 'P', unit: 'Q' };
  const items: Item[] = [penunjang('1.03', 0.8, 'small'), jalan(0.9), sda(1.1)];
  const f = renderFunding(sb, 7, items, { ...cols, extras: [{ col: 'R', value: () => 'APBD Kabupaten' }] }, {
    bold: { program: true },
    unitText: 'Dinas PUPR',
    jumlah: { label: 'TOTAL', labelCol: 'B' },
    paguDelta: [{ key: '1.03.02.2.02', year: 1, delta: 3_000_000 }],
  });
  variantLayouts.push({
    id: 'odd-labels-k-rp',
    description: 'Funding table in unusual words: "Kode Rekening", "Tolok Ukur Kinerja", "Capaian Kinerja Awal", years over "K | Rp", "Capaian Akhir Periode", "OPD Pengampu", "Sumber Dana"; a kegiatan 3.000.000 over its sub kegiatan in 2026',
    workbook: workbook(sb),
    tables: [{ sheet: 'Lamp. IV', kind: 'program-pendanaan', range: `A4:R${f.last}`, headerRows: [4, 5, 6], roles: fundingRoles(cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('1.03.02.2.02', 'pagu', 1) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('1.03.02.2.02', 'akhirPagu') }],
  });
}

// T-C.25 with two numeric header rows: the year numbers 1..5 under the group, then plain column numbers 1..10.
{
  const sb = new SheetBuilder('Tabel 3.1');
  sb.set('A1', b('Tabel 3.1 Tujuan dan Sasaran Jangka Menengah Pelayanan Perangkat Daerah'));
  sb.mergeText('A3:A4', b('No'));
  sb.mergeText('B3:B4', b('Tujuan'));
  sb.mergeText('C3:C4', b('Sasaran'));
  sb.mergeText('D3:D4', b('Indikator Tujuan/Sasaran'));
  sb.mergeText('E3:I3', b('Target Kinerja Tujuan/Sasaran pada Tahun ke-'));
  sb.put('E4', numbers(5));
  sb.mergeText('J3:J4', b('Keterangan'));
  sb.put('A5', numbers(10, 'plain'));
  let r = 6;
  TUJUAN.forEach((t, i) => {
    sb.put(`A${r++}`, [i + 1, t.tujuan, undefined, t.indicator, ...t.t]);
    for (const s of t.sasaran) sb.put(`C${r++}`, [s.sasaran, s.indicator, ...s.t]);
  });
  variantLayouts.push({
    id: 'tc25-two-numeric-rows',
    description: 'T-C.25 whose "… pada Tahun ke-" group sits over bare 1..5 and then a plain 1 2 … 10 column-number row — two numeric header rows',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Tabel 3.1',
        kind: 'tujuan-sasaran',
        range: `A3:J${r - 1}`,
        headerRows: [3, 4, 5],
        roles: { A: 'no', B: 'tujuan', C: 'sasaran', D: 'indicator', ...yearRoles('target', letters('E', 5), [1, 2, 3, 4, 5]), J: 'notes' },
      },
    ],
    findings: [],
  });
}

// PAGU before TARGET, "Tahun 2026" written once over the PAGU column of each pair, no merges; Jumlah over.
{
  const sb = new SheetBuilder('Renstra');
  sb.set('A1', b('RENCANA PROGRAM, KEGIATAN DAN PENDANAAN DISKOMINFO 2026-2030'));
  sb.put('A3', [b('Kode'), b('Program/Kegiatan/Sub Kegiatan'), b('Indikator'), b('Satuan'), b('Baseline')]);
  years(2026).forEach((y, i) => sb.set(`${shift('F', 2 * i)}3`, b(`Tahun ${y}`)));
  sb.set('P3', b('Kondisi Akhir'));
  for (let i = 0; i < 6; i++) sb.put(`${shift('F', 2 * i)}4`, [b('Pagu (Rp)'), b('Target')]);
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', pagu: letters('F', 5, 2), target: letters('G', 5, 2), akhirPagu: 'P', akhirTarget: 'Q' };
  const items: Item[] = [penunjang('2.16', 0.55, 'small'), ...kominfo(1.15)];
  const f = renderFunding(sb, 5, items, cols, { bold: { program: true }, jumlah: { label: 'Jumlah', labelCol: 'B' }, jumlahDelta: [{ year: 2, delta: 4_500_000 }] });
  variantLayouts.push({
    id: 'pagu-first-year-once',
    description: 'No merges, PAGU before TARGET: "Tahun 2026" written once over the Pagu (Rp) column of each pair, "Kondisi Akhir" over its Pagu column; Jumlah 4.500.000 over in 2028',
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra', kind: 'program-pendanaan', range: `A3:Q${f.last}`, headerRows: [3, 4], roles: fundingRoles(cols, years(2026)) }],
    findings: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 2) }],
    tolerated: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'akhirPagu') }],
  });
}

// Codes over four columns: "2.16" | "03" | "2.02" | "0040" under "Kode" (Bidang Urusan | Program | Kegiatan | Sub Kegiatan); a sub kegiatan under the wrong program code.
{
  const sb = new SheetBuilder('Tabel 4.2');
  sb.set('A1', b('Tabel 4.2 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Komunikasi dan Informatika'));
  sb.mergeText('A3:D3', b('Kode'));
  sb.put('A4', [b('Bidang Urusan'), b('Program'), b('Kegiatan'), b('Sub Kegiatan')]);
  sb.mergeText('E3:E4', b('Bidang Urusan/Program/Kegiatan/Sub Kegiatan'));
  sb.mergeText('F3:F4', b('Indikator Kinerja'));
  sb.mergeText('G3:G4', b('Satuan'));
  sb.mergeText('H3:H4', b('Kondisi Awal'));
  years(2025).forEach((y, i) => {
    const c = shift('I', 2 * i);
    sb.mergeText(`${c}3:${shift(c, 1)}3`, b(y));
    sb.put(`${c}4`, [b('Target'), b('Pagu')]);
  });
  sb.mergeText('S3:S4', b('Perangkat Daerah Penanggung Jawab'));
  const cols: FundingColumns = { codeSplit: ['A', 'B', 'C', 'D'], name: 'E', indicator: 'F', satuan: 'G', baseline: 'H', target: letters('I', 5, 2), pagu: letters('J', 5, 2), unit: 'S' };
  const [informasi, aplikasi] = kominfo(1);
  const items: Item[] = [bidang('2.16', 'URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA', [penunjang('2.16', 0.5, 'small'), informasi, aplikasi])];
  // Penyediaan Akses Internet sits under 2.16.03.2.02 but its program cell says 02.
  const wrongSub = (aplikasi.kids[0] as Node).kids[0] as Node;
  wrongSub.code = '2.16.02.2.02.0040';
  const f = renderFunding(sb, 5, items, cols, { bold: { bidang: true, program: true }, unitText: 'Diskominfo', paguDelta: [{ key: '2.16.02.2.01', year: 2, delta: -6_000_000 }] });
  const wrong = f.row('2.16.03.2.02.0040');
  variantLayouts.push({
    id: 'split-codes-four-columns',
    description: '"Kode" over four columns (Bidang Urusan "2.16" | Program | Kegiatan | Sub Kegiatan), bidang row without money; a sub kegiatan whose program cell says 02 under program 03, a kegiatan 6.000.000 under its sub kegiatan in 2027',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A3:S${f.last}`, headerRows: [3, 4], roles: fundingRoles(cols, years(2025)) }],
    findings: [
      { rule: 'cascade.kode-induk', cell: ['A', 'B', 'C', 'D', 'E'].map((c) => `${c}${wrong}`) },
      { rule: 'total.pagu-induk', cell: f.cell('2.16.02.2.01', 'pagu', 2) },
    ],
  });
}

// Outline numbering instead of codes: "1", "1.1", "1.1.1" in a No column (not urusan/bidang codes); a kegiatan off.
{
  const sb = new SheetBuilder('Renstra');
  sb.set('A1', b('RENCANA PROGRAM, KEGIATAN DAN PENDANAAN'));
  sb.mergeText('A3:A4', b('No'));
  sb.mergeText('B3:B4', b('Program / Kegiatan / Sub Kegiatan'));
  sb.mergeText('C3:C4', b('Indikator Kinerja'));
  sb.mergeText('D3:D4', b('Satuan'));
  sb.mergeText('E3:E4', b('Kondisi Awal'));
  years(2025).forEach((y, i) => {
    const c = shift('F', 2 * i);
    sb.mergeText(`${c}3:${shift(c, 1)}3`, b(y));
    sb.put(`${c}4`, [b('Target'), b('Pagu')]);
  });
  const cols: FundingColumns = { name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', target: letters('F', 5, 2), pagu: letters('G', 5, 2) };
  const programs = [stripCodes(penunjang('2.16', 0.5, 'small')), ...kominfo(0.8).map(stripCodes)];
  const f = renderFunding(sb, 5, programs, cols, { bold: { program: true }, paguDelta: [{ key: '2.16.03.2.02', year: 4, delta: 9_000_000 }] });
  // Outline numbers in column A.
  programs.forEach((p, pi) => {
    sb.set(`A${f.row(p.key)}`, String(pi + 1));
    (p.kids as Node[]).forEach((k, ki) => {
      sb.set(`A${f.row(k.key)}`, `${pi + 1}.${ki + 1}`);
      (k.kids as Node[]).forEach((s, si) => sb.set(`A${f.row(s.key)}`, `${pi + 1}.${ki + 1}.${si + 1}`));
    });
  });
  variantLayouts.push({
    id: 'outline-numbering',
    description: 'No codes; column No holds outline numbers "1", "1.1", "1.1.1" (not urusan/bidang codes); a kegiatan 9.000.000 over its sub kegiatan in 2029',
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra', kind: 'program-pendanaan', range: `A3:O${f.last}`, headerRows: [3, 4], roles: fundingRoles(cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('2.16.03.2.02', 'pagu', 4) }],
  });
}

// Strategy in front with tujuan and sasaran merged down beside their programs (the sasaran's indicator row first).
{
  const sb = new SheetBuilder('Tabel 4.2');
  sb.set('A1', b('Tabel 4.2 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Pekerjaan Umum'));
  const tall = (c: string, label: string) => sb.mergeText(`${c}3:${c}5`, b(label));
  tall('A', 'Tujuan');
  tall('B', 'Sasaran');
  tall('C', 'Indikator Sasaran');
  tall('D', 'Kode');
  tall('E', 'Program/Kegiatan/Sub Kegiatan');
  tall('F', 'Indikator Kinerja Program/Kegiatan/Sub Kegiatan');
  tall('G', 'Data Capaian pada Tahun Awal Perencanaan');
  sb.mergeText('H3:Q3', b('Target Kinerja Program dan Kerangka Pendanaan'));
  years(2026).forEach((y, i) => {
    const c = shift('H', 2 * i);
    sb.mergeText(`${c}4:${shift(c, 1)}4`, b(y));
    sb.put(`${c}5`, [b('Target'), b('Rp')]);
  });
  sb.mergeText('R3:S4', b('Kondisi Kinerja pada Akhir Periode Renstra'));
  sb.put('R5', [b('Target'), b('Rp')]);
  tall('T', 'Unit Kerja Perangkat Daerah Penanggung Jawab');
  tall('U', 'Lokasi');
  const cols: FundingColumns = {
    tujuan: 'A',
    sasaran: 'B',
    sasaranIndicator: 'C',
    code: 'D',
    name: 'E',
    indicator: 'F',
    baseline: 'G',
    target: letters('H', 5, 2),
    pagu: letters('I', 5, 2),
    akhirTarget: 'R',
    akhirPagu: 'S',
    unit: 'T',
    lokasi: 'U',
  };
  const road = jalan(1.05);
  const water = sda(0.95);
  const items: Item[] = [
    strategic('Meningkatnya konektivitas dan ketahanan infrastruktur wilayah', 'Meningkatnya kemantapan jalan kabupaten', I('Persentase Jalan Kabupaten dalam Kondisi Mantap', '%', '71,4%', ['73%', '74,5%', '76%', '77,5%', '79%'])),
    road,
    strategic(undefined, 'Meningkatnya kinerja jaringan irigasi', I('Persentase Jaringan Irigasi dalam Kondisi Baik', '%', '64%', ['66%', '68%', '70%', '72%', '74%'])),
    water,
  ];
  const f = renderFunding(sb, 6, items, cols, { bold: { program: true }, unitText: 'Dinas PUPR', lokasiText: 'Kabupaten', paguDelta: [{ key: '1.03.10.2.01', year: 0, delta: 50_000_000 }] });
  const s1 = f.row(road.key) - 1;
  const s2 = f.row(water.key) - 1;
  sb.merge(`A${s1}:A${f.last}`, `B${s1}:B${s2 - 1}`, `B${s2}:B${f.last}`);
  variantLayouts.push({
    id: 'strategy-merged-tujuan-sasaran',
    viaXlsx: true,
    description: 'Strategy in front with one code column, tujuan merged down over the whole table and each sasaran merged down over its indicator row and programs, years 2026-2030; a kegiatan 50.000.000 over its sub kegiatan in 2026',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A3:U${f.last}`, headerRows: [3, 4, 5], roles: fundingRoles(cols, years(2026)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('1.03.10.2.01', 'pagu', 0) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('1.03.10.2.01', 'akhirPagu') }],
  });
}

// Money typed as text with dot thousands ("1.642.014.563", pasted from the document); the sums still hold but the Jumlah is short.
{
  const sb = new SheetBuilder('Tabel 4.2');
  sb.set('A1', b('Tabel 4.2')).set('A2', b('Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan (salinan dari dokumen)'));
  sb.put('A4', [b('Kode'), b('Program/Kegiatan/Sub Kegiatan'), b('Indikator'), b('Satuan'), b('Kondisi Awal')]);
  sb.merge('A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5');
  years(2025).forEach((y, i) => {
    const c = shift('F', 2 * i);
    sb.mergeText(`${c}4:${shift(c, 1)}4`, b(y));
    sb.put(`${c}5`, [b('Target'), b('Pagu Indikatif')]);
  });
  sb.mergeText('P4:Q4', b('Kondisi Akhir'));
  sb.put('P5', [b('Target'), b('Pagu Indikatif')]);
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', target: letters('F', 5, 2), pagu: letters('G', 5, 2), akhirTarget: 'P', akhirPagu: 'Q' };
  const items: Item[] = [penunjang('1.03', 0.7, 'small'), sda(1)];
  const f = renderFunding(sb, 6, items, cols, { bold: { program: true }, moneyText: true, jumlah: { label: 'JUMLAH', labelCol: 'B' }, jumlahDelta: [{ year: 4, delta: -20_000_000 }] });
  variantLayouts.push({
    id: 'money-as-text-dots',
    description: 'Every pagu typed as text with dot thousands ("2.365.000.000"), sums otherwise right; JUMLAH 20.000.000 short in 2029',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:Q${f.last}`, headerRows: [4, 5], roles: fundingRoles(cols, years(2025)) }],
    findings: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 4) }],
    tolerated: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'akhirPagu') }],
  });
}

// The Kartoharjo Tabel 4.2 habits: the first year (2025) a target-only column, the program's pagu on its "Outcome :" row,
//     "Output :" rows and "… Output : …" inside sub kegiatan names; the program Rp on the Outcome row is off in 2029.
{
  const sb = new SheetBuilder('Tabel 4.2');
  sb.set('A1', b('Tabel 4.2')).set('A2', b('Rencana Program/Kegiatan/Sub Kegiatan dan Pendanaan Kecamatan Kartoharjo tahun 2025-2029'));
  sb.mergeText('A4:A6', b('BIDANG URUSAN/ PROGRAM/ OUTCOMES/ KEGIATAN/ SUB KEGIATAN / OUTPUT'));
  sb.mergeText('B4:B6', b('INDIKATOR OUTCOME/ OUTPUT'));
  sb.mergeText('C4:C6', b('BASELINE 2024'));
  sb.mergeText('D4:N4', b('TARGET DAN PAGU INDIKATIF TAHUN'));
  sb.set('D5', b(2025)).set('D6', b('TARGET'));
  years(2026).forEach((y, i) => {
    const c = shift('E', 2 * i);
    sb.mergeText(`${c}5:${shift(c, 1)}5`, b(y));
    sb.put(`${c}6`, [b('TARGET'), b('PAGU')]);
  });
  sb.mergeText('O4:O6', b('KET'));
  sb.put('A7', numbers(15, 'plain'));
  const sA = [2_500_000, 2_500_000, 2_750_000, 2_750_000, 3_000_000];
  const sB = [2_000_000, 2_000_000, 2_250_000, 2_250_000, 2_500_000];
  const k1 = sA.map((x, i) => x + sB[i]);
  const sC = [1_344_033_013, 1_451_098_226, 1_639_298_226, 1_825_598_226, 2_011_798_226];
  const p1 = k1.map((x, i) => x + sC[i]);
  const sD = [18_000_000, 18_900_000, 19_845_000, 20_837_000, 21_878_000];
  const sE = [9_500_000, 9_975_000, 10_473_000, 10_996_000, 11_545_000];
  const k3 = sD.map((x, i) => x + sE[i]);
  const p2 = [...k3];
  p2[3] += 2_000_000;
  /** A row: name, indicator, baseline, 2025 target, then (target, pagu) for 2026-2030. */
  const row = (r: number, name: string, indicator: string | undefined, base: number | undefined, t: number[] | undefined, pagu?: number[]) => {
    sb.put(`A${r}`, [name, indicator, base]);
    if (t) {
      sb.set(`D${r}`, t[0]);
      for (let i = 0; i < 5; i++) sb.put(`${shift('E', 2 * i)}${r}`, [t[i + 1], pagu ? { v: pagu[i], fmt: '#,##0' } : undefined]);
    }
  };
  row(8, 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 'Persentase Capaian Kinerja dan Anggaran // %', 97.3, [97.4, 97.5, 97.6, 97.7, 97.8, 97.9]);
  row(9, 'Outcome : Terwujudnya tata kelola pemerintahan yang baik melalui birokrasi yang profesional', 'Indeks Kepuasan Layanan Kesekretariatan // Skor', 81, [81.5, 82, 82.5, 83, 83.5, 84], p1);
  row(10, 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 'Jumlah Dokumen Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah // Dokumen', 10, [18, 18, 18, 18, 18, 18], k1);
  row(11, 'Output : Tersusunnya Dokumen Perencanaan, Penganggaran dan Evaluasi Kinerja Kecamatan', undefined, undefined, undefined);
  row(12, 'Penyusunan Dokumen Perencanaan Perangkat Daerah Output : Tersusunnya dokumen perencanaan perangkat daerah', 'Jumlah Dokumen Perencanaan Perangkat Daerah // Dokumen', 6, [8, 6, 6, 6, 6, 6], sA);
  row(13, 'Evaluasi Kinerja Perangkat Daerah Output : Tersedianya laporan evaluasi kinerja perangkat daerah', 'Jumlah Laporan Evaluasi Kinerja Perangkat Daerah // Laporan', 4, [12, 12, 12, 12, 12, 12], sB);
  row(14, 'Administrasi Keuangan Perangkat Daerah', 'Jumlah Dokumen Administrasi Keuangan Perangkat Daerah // Dokumen', 40, [44, 44, 44, 44, 44, 44], sC);
  row(15, 'Output : Terlaksananya pelayanan administrasi keuangan dan pelaksanaan anggaran yang sesuai perencanaan', undefined, undefined, undefined);
  row(16, 'Penyediaan Gaji dan Tunjangan ASN Output : Tersedianya dokumen pengajuan gaji dan tunjangan ASN', 'Jumlah Orang yang Menerima Gaji dan Tunjangan ASN // Orang/bulan', 140, [140, 168, 168, 168, 168, 168], sC);
  row(17, 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', 'Indeks Kepuasan Masyarakat // Indeks', 81, [81.5, 82, 82.5, 83, 83.5, 84]);
  row(18, 'Outcome : Meningkatnya kualitas penyelenggaraan pemerintahan di wilayah kecamatan', 'Persentase Layanan Administrasi Pemerintahan yang Tepat Waktu // %', 92, [93, 94, 95, 96, 97, 98], p2);
  row(19, 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', 'Jumlah Laporan Koordinasi Penyelenggaraan Kegiatan Pemerintahan // Laporan', 16, [16, 16, 16, 16, 16, 16], k3);
  row(20, 'Output : Terlaksananya koordinasi penyelenggaraan kegiatan pemerintahan', undefined, undefined, undefined);
  row(21, 'Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah dan Instansi Vertikal Terkait Output : Terlaksananya koordinasi lintas sektor', 'Jumlah Laporan Koordinasi/Sinergi // Laporan', 12, [12, 12, 12, 12, 12, 12], sD);
  row(22, 'Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan Output : Meningkatnya efektivitas kegiatan pemerintahan', 'Jumlah Dokumen Peningkatan Efektifitas Kegiatan Pemerintahan // Dokumen', 4, [4, 4, 4, 4, 4, 4], sE);
  sb.set('A23', b('JUMLAH'));
  for (let i = 0; i < 5; i++) sb.set(`${shift('F', 2 * i)}23`, { v: p1[i] + p2[i], bold: true, fmt: '#,##0' });
  const roles = { A: 'name', B: 'indicator', C: 'baseline', D: 'target@2025', ...yearRoles('target', letters('E', 5, 2), years(2026)), ...yearRoles('pagu', letters('F', 5, 2), years(2026)), O: 'notes' } as const;
  variantLayouts.push({
    id: 'outcome-row-carries-pagu',
    description: 'Kartoharjo habits: 2025 a target-only column then 2026-2030 TARGET | PAGU, program pagu on its "Outcome :" row, "Output :" rows, "… Output : …" inside names; the program Rp on its Outcome row 2.000.000 over its kegiatan in 2029',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: 'A4:O23', headerRows: [4, 5, 6, 7], roles }],
    findings: [{ rule: 'total.pagu-induk', cell: 'L18' }],
  });
}

// Pagu in millions: "Rp (juta)" with two decimals; a kegiatan 0,50 juta over its sub kegiatan.
{
  const sb = new SheetBuilder('Tabel 7.1');
  sb.set('A1', b('Tabel 4.2 Rencana Program, Kegiatan dan Pendanaan (pagu dalam juta rupiah)'));
  sb.put('A3', [b('Kode'), b('Program/Kegiatan/Sub Kegiatan'), b('Indikator Kinerja'), b('Satuan'), b('Kondisi Awal')]);
  sb.merge('A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4');
  years(2025).forEach((y, i) => {
    const c = shift('F', 2 * i);
    sb.mergeText(`${c}3:${shift(c, 1)}3`, b(y));
    sb.put(`${c}4`, [b('Target'), b('Rp (juta)')]);
  });
  sb.mergeText('P3:Q3', b('Kondisi Kinerja Akhir'));
  sb.put('P4', [b('Target'), b('Rp (juta)')]);
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', target: letters('F', 5, 2), pagu: letters('G', 5, 2), akhirTarget: 'P', akhirPagu: 'Q' };
  const juta = (n: Node): Node => mapTree(n, (x) => (x.pagu ? { ...x, pagu: x.pagu.map((v) => Math.round(v / 10_000) / 100) } : x));
  const items: Item[] = [juta(jalan(1.0137)), juta(sda(0.9871))];
  const f = renderFunding(sb, 5, items, cols, { bold: { program: true }, jumlah: { label: 'Jumlah', labelCol: 'B' }, paguDelta: [{ key: '1.03.02.2.02', year: 2, delta: 0.5 }] });
  variantLayouts.push({
    id: 'pagu-rp-juta',
    description: 'Funding table with pagu in "Rp (juta)" with two decimals (3.193,16); a kegiatan 0,50 juta over its sub kegiatan in 2027',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 7.1', kind: 'program-pendanaan', range: `A3:Q${f.last}`, headerRows: [3, 4], roles: fundingRoles(cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('1.03.02.2.02', 'pagu', 2) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('1.03.02.2.02', 'akhirPagu') }],
  });
}

// T-C.24 across a nomenclature change: old programs funded only in 2019-2020, new ones from 2021; rasio empty where no anggaran.
{
  const sb = new SheetBuilder('Tabel 2.8');
  sb.set('A1', b('Tabel 2.8 Anggaran dan Realisasi Pendanaan Pelayanan Perangkat Daerah 2019-2023'));
  sb.mergeText('A3:A4', b('No'));
  sb.mergeText('B3:B4', b('Uraian'));
  sb.mergeText('C3:G3', b('Anggaran pada Tahun'));
  sb.mergeText('H3:L3', b('Realisasi Anggaran pada Tahun'));
  sb.mergeText('M3:Q3', b('Rasio antara Realisasi dan Anggaran Tahun'));
  sb.mergeText('R3:S3', b('Rata-rata Pertumbuhan'));
  const ys = years(2019).map(b);
  sb.put('C4', [...ys, ...ys, ...ys, b('Anggaran'), b('Realisasi')]);
  const N = null;
  const rowsData: { name: string; a: (number | null)[]; r: (number | null)[] }[] = [
    { name: 'Program Pelayanan Administrasi Perkantoran', a: [225_000_000, 170_000_000, N, N, N], r: [221_350_000, 168_420_500, N, N, N] },
    { name: 'Program Peningkatan Sarana dan Prasarana Aparatur', a: [75_000_000, 99_000_000, N, N, N], r: [73_980_000, 97_875_000, N, N, N] },
    { name: 'Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan', a: [20_000_000, 15_000_000, N, N, N], r: [19_650_000, 14_820_000, N, N, N] },
    { name: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', a: [N, N, 1_700_387_445, 1_677_707_236, 1_818_285_603], r: [N, N, 1_576_806_550, 1_619_004_090, 1_724_380_788] },
    { name: 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', a: [N, N, 88_690_000, 73_120_500, 100_000_000], r: [N, N, 83_775_500, 71_430_000, 99_225_000] },
  ];
  const values = (a: (number | null)[], r: (number | null)[]): (number | null)[] => [
    ...a,
    ...r,
    ...a.map((x, i) => (x && r[i] !== null ? round(r[i]! / x, 2) : N)),
    round(meanGrowth(a) * 100, 2),
    round(meanGrowth(r) * 100, 2),
  ];
  rowsData.forEach((x, i) => sb.put(`A${5 + i}`, [i + 1, x.name, ...values(x.a, x.r)]));
  const jr = 5 + rowsData.length;
  const ta = [0, 1, 2, 3, 4].map((i) => rowsData.reduce((s, x) => s + (x.a[i] ?? 0), 0));
  const tr = [0, 1, 2, 3, 4].map((i) => rowsData.reduce((s, x) => s + (x.r[i] ?? 0), 0));
  sb.put(`B${jr}`, [b('Jumlah'), ...values(ta, tr).map((v) => (v === null ? v : b(v)))]);
  // Penyelenggaraan Pemerintahan 2022: 71.430.000 / 73.120.500 = 0,98 — shown 0,89.
  sb.set('P9', 0.89);
  variantLayouts.push({
    id: 'tc24-nomenclature-change',
    description: 'T-C.24 across the 2021 nomenclature change: old programs with 2019-2020 money only, new ones from 2021, rasio empty where there is no anggaran, growth over the years present; one wrong rasio',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Tabel 2.8',
        kind: 'anggaran-realisasi',
        range: `A3:S${jr}`,
        headerRows: [3, 4],
        roles: { A: 'no', B: 'name', ...yearRoles('pagu', letters('C', 5), years(2019)), ...yearRoles('realisasi', letters('H', 5), years(2019)), ...yearRoles('rasio', letters('M', 5), years(2019)), R: 'growth/anggaran', S: 'growth/realisasi' },
      },
    ],
    findings: [{ rule: 'ratio.anggaran', cell: 'P9' }],
  });
}

// The name column two cells wide: "Program/Kegiatan/Sub Kegiatan" merged over B:C in the header and on every data row (a table converted from Word).
{
  const sb = new SheetBuilder('Renstra');
  sb.set('A1', b('RENCANA PROGRAM, KEGIATAN DAN PENDANAAN DINAS TENAGA KERJA'));
  sb.mergeText('A3:A4', b('Kode'));
  sb.mergeText('B3:C4', b('Program/Kegiatan/Sub Kegiatan'));
  sb.mergeText('D3:D4', b('Indikator Kinerja'));
  sb.mergeText('E3:E4', b('Satuan'));
  sb.mergeText('F3:F4', b('Kondisi Awal'));
  years(2025).forEach((y, i) => {
    const c = shift('G', 2 * i);
    sb.mergeText(`${c}3:${shift(c, 1)}3`, b(y));
    sb.put(`${c}4`, [b('Target'), b('Pagu')]);
  });
  sb.mergeText('Q3:Q4', b('Unit Kerja Penanggung Jawab'));
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'D', satuan: 'E', baseline: 'F', target: letters('G', 5, 2), pagu: letters('H', 5, 2), unit: 'Q' };
  const items: Item[] = [penunjang('2.07', 0.6, 'small'), pelatihanKerja(1.2)];
  const f = renderFunding(sb, 5, items, cols, { bold: { program: true }, unitText: 'Bidang Pelatihan', jumlah: { label: 'JUMLAH', labelCol: 'B', mergeTo: 'C' }, jumlahDelta: [{ year: 1, delta: -7_000_000 }] });
  for (let r = 5; r < f.last; r++) sb.merge(`B${r}:C${r}`);
  variantLayouts.push({
    id: 'name-merged-two-columns',
    viaXlsx: true,
    description: 'The name column two cells wide: "Program/Kegiatan/Sub Kegiatan" merged over B:C in the header and on every data row; JUMLAH 7.000.000 short in 2026',
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra', kind: 'program-pendanaan', range: `A3:Q${f.last}`, headerRows: [3, 4], roles: fundingRoles(cols, years(2025)) }],
    findings: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 1) }],
  });
}
