/**
 * Funding tables (T-C.27 "Rencana Program, Kegiatan, dan Pendanaan Perangkat Daerah") with the
 * official header and the variants offices make of it.
 */
import { kecamatan, jalan, kominfo, pelatihanKerja, penunjang, perencanaan, sda, llaj } from '../data';
import { type FundingColumns, type Item, findNode, fundingRoles, renderFunding } from '../funding';
import { type Layout, type V, SheetBuilder, b, letters, numbers, rows, shift, workbook, years } from '../kit';

const PD_UNIT = 'Unit Kerja Perangkat Daerah Penanggung Jawab';

interface Tc27Header {
  cols: FundingColumns;
  headerRows: number[];
  firstData: number;
  right: string;
}

/**
 * The official three-row T-C.27 header: single-column headers merged over three rows, "Target
 * Kinerja Program dan Kerangka Pendanaan" over the year pairs, each year over "target | Rp", and
 * "Kondisi Kinerja pada akhir periode Renstra Perangkat Daerah" over "target | Rp".
 */
function tc27Header(
  sb: SheetBuilder,
  top: number,
  o: { left?: string; yearLabels: V[]; pdLabel?: string; extras?: string[]; numberRow?: 'paren' | 'plain' },
): Tc27Header {
  const L = o.left ?? 'A';
  const c = (i: number) => shift(L, i);
  const t = (s: string) => b(s);
  const tall = (i: number, label: string) => sb.mergeText(`${c(i)}${top}:${c(i)}${top + 2}`, t(label));
  tall(0, 'Kode');
  tall(1, 'Program dan Kegiatan');
  tall(2, 'Indikator Kinerja Program (outcome) dan Kegiatan (output)');
  tall(3, 'Data Capaian pada Tahun Awal Perencanaan');
  sb.mergeText(`${c(4)}${top}:${c(13)}${top}`, t('Target Kinerja Program dan Kerangka Pendanaan'));
  o.yearLabels.forEach((y, i) => {
    sb.mergeText(`${c(4 + 2 * i)}${top + 1}:${c(5 + 2 * i)}${top + 1}`, typeof y === 'object' && y ? y : b(y as string | number));
    sb.put(`${c(4 + 2 * i)}${top + 2}`, [b('target'), b('Rp')]);
  });
  sb.mergeText(`${c(14)}${top}:${c(15)}${top + 1}`, t('Kondisi Kinerja pada akhir periode Renstra Perangkat Daerah'));
  sb.put(`${c(14)}${top + 2}`, [b('target'), b('Rp')]);
  tall(16, o.pdLabel ?? PD_UNIT);
  tall(17, 'Lokasi');
  (o.extras ?? []).forEach((label, i) => tall(18 + i, label));
  const lastIdx = 17 + (o.extras?.length ?? 0);
  const headerRows = rows(top, top + 2);
  if (o.numberRow) {
    sb.put(`${L}${top + 3}`, numbers(lastIdx + 1, o.numberRow));
    headerRows.push(top + 3);
  }
  const cols: FundingColumns = {
    code: c(0),
    name: c(1),
    indicator: c(2),
    baseline: c(3),
    target: letters(c(4), 5, 2),
    pagu: letters(c(5), 5, 2),
    akhirTarget: c(14),
    akhirPagu: c(15),
    unit: c(16),
    lokasi: c(17),
  };
  return { cols, headerRows, firstData: headerRows[headerRows.length - 1] + 1, right: c(lastIdx) };
}

function title(sb: SheetBuilder, table: string, text: string, ref = 'A1'): void {
  const col = ref.replace(/\d+/, '');
  const row = Number(ref.replace(/[A-Z]+/, ''));
  sb.set(`${col}${row}`, b(table)).set(`${col}${row + 1}`, b(text));
}

export const tc27Layouts: Layout[] = [];

// The official form, calendar years, column-number row (1) (2) …; the Jumlah row is 12.000.000 short in 2027.
{
  const sb = new SheetBuilder('Tabel 4.2');
  title(sb, 'Tabel 4.2', 'Rencana Program, Kegiatan, dan Pendanaan Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Magetan');
  const h = tc27Header(sb, 4, { yearLabels: years(2025), numberRow: 'paren' });
  const items: Item[] = [penunjang('1.03', 1), jalan(1), sda(1)];
  const f = renderFunding(sb, h.firstData, items, h.cols, {
    bold: { program: true },
    unitText: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    lokasiText: 'Kabupaten Magetan',
    jumlah: { label: 'Jumlah', labelCol: 'A', mergeTo: 'D' },
    jumlahDelta: [{ year: 2, delta: -12_000_000 }],
  });
  tc27Layouts.push({
    id: 'tc27-official-years-colnum',
    description: 'T-C.27 official 3-row header (vertical merges, "Unit Kerja Perangkat Daerah Penanggung Jawab", "Lokasi"), years 2025-2029, (1) (2) … row; Jumlah 12.000.000 short in 2027',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) }],
    findings: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 2) }],
    tolerated: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'akhirPagu') }],
  });
}

// "Tahun-1 … Tahun-5", "Perangkat Daerah Penanggung Jawab", no column-number row; a program's Rp is not the sum of its kegiatan.
{
  const sb = new SheetBuilder('Renstra Kecamatan');
  title(sb, 'Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Kecamatan Kartoharjo');
  const h = tc27Header(sb, 4, { yearLabels: ['Tahun-1', 'Tahun-2', 'Tahun-3', 'Tahun-4', 'Tahun-5'], pdLabel: 'Perangkat Daerah Penanggung Jawab' });
  const items: Item[] = [penunjang('7.01', 0.4, 'small'), ...kecamatan(1)];
  const f = renderFunding(sb, h.firstData, items, h.cols, {
    bold: { program: true, kegiatan: true },
    unitText: 'Kecamatan Kartoharjo',
    lokasiText: 'Kec. Kartoharjo',
    jumlah: { label: 'JUMLAH', labelCol: 'B' },
    paguDelta: [{ key: '7.01.02', year: 1, delta: 5_000_000 }],
  });
  tc27Layouts.push({
    id: 'tc27-official-tahun-n',
    description: 'T-C.27 official header with "Tahun-1 … Tahun-5", "Perangkat Daerah Penanggung Jawab", no column-number row; program Rp 5.000.000 over its kegiatan in Tahun-2',
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra Kecamatan', kind: 'program-pendanaan', range: `A4:R${f.last}`, headerRows: [4, 5, 6], roles: fundingRoles(h.cols, [1, 2, 3, 4, 5]) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('7.01.02', 'pagu', 1) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('7.01.02', 'akhirPagu') }],
  });
}

// Extra odd columns after Lokasi and a plain 1 2 3 … column-number row; nothing planted.
{
  const sb = new SheetBuilder('T-C.27');
  title(sb, 'Tabel T-C.27', 'Rencana Program, Kegiatan, dan Pendanaan Badan Perencanaan Pembangunan Daerah');
  const h = tc27Header(sb, 4, { yearLabels: years(2026), extras: ['Sumber Dana', 'Prioritas Daerah', 'Keterangan'], numberRow: 'plain' });
  const items: Item[] = [penunjang('5.01', 0.8), perencanaan(1)];
  const extras = [
    { col: shift(h.cols.lokasi!, 1), value: () => 'APBD' },
    { col: shift(h.cols.lokasi!, 2), value: () => 'Tata Kelola Pemerintahan' },
  ];
  const f = renderFunding(sb, h.firstData, items, { ...h.cols, extras }, {
    bold: { program: true },
    unitText: 'Bappeda',
    lokasiText: 'Kabupaten',
    jumlah: { label: 'Jumlah Pagu Indikatif', labelCol: 'B' },
  });
  const roles = fundingRoles(h.cols, years(2026));
  roles[h.right] = 'notes';
  tc27Layouts.push({
    id: 'tc27-extra-columns',
    description: 'T-C.27 official header plus "Sumber Dana", "Prioritas Daerah", "Keterangan", 1 2 3 … row, years 2026-2030; clean',
    workbook: workbook(sb),
    tables: [{ sheet: 'T-C.27', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: [4, 5, 6, 7], roles }],
    findings: [],
  });
}

// Kondisi akhir wrong: a sub kegiatan's end-of-period Rp is not the sum of its years, another's target is not the last year's.
{
  const sb = new SheetBuilder('Pendanaan');
  title(sb, 'Tabel 4.3', 'Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Perhubungan');
  const h = tc27Header(sb, 4, { yearLabels: years(2025), pdLabel: 'Unit Kerja Perangkat Daerah Penanggung Jawab' });
  const items: Item[] = [penunjang('2.15', 0.6, 'small'), llaj(1)];
  const f = renderFunding(sb, h.firstData, items, h.cols, { bold: { program: true }, unitText: 'Dinas Perhubungan', lokasiText: 'Kabupaten', jumlah: { label: 'Total', labelCol: 'B' } });
  const akhirPagu = f.cell('2.15.02.2.05.0001', 'akhirPagu');
  const fiveYears = (findNode(items, '2.15.02.2.05.0001').pagu ?? []).reduce((s, x) => s + x, 0);
  sb.set(akhirPagu, { v: fiveYears + 25_000_000, fmt: '#,##0' });
  // The 2029 target is 400; the planner copied the 2026 target.
  const akhirTarget = f.cell('2.15.02.2.02.0002', 'akhirTarget');
  sb.set(akhirTarget, 310);
  tc27Layouts.push({
    id: 'tc27-akhir-periode-wrong',
    description: 'T-C.27 official header, no column-number row; a sub kegiatan\'s Kondisi akhir Rp is 25.000.000 over the sum of its years, another\'s akhir target is not the 2029 target',
    workbook: workbook(sb),
    tables: [{ sheet: 'Pendanaan', kind: 'program-pendanaan', range: `A4:R${f.last}`, headerRows: [4, 5, 6], roles: fundingRoles(h.cols, years(2025)) }],
    findings: [
      { rule: 'total.akhir-periode-pagu', cell: akhirPagu },
      { rule: 'total.akhir-periode-target', cell: akhirTarget },
    ],
  });
}

// A four-row header band with an empty spacer row (a table pasted from Word): single-column cells merged over rows 5-8.
{
  const sb = new SheetBuilder('Tabel 4.2 Kominfo');
  sb.set('A1', b('RENCANA STRATEGIS DINAS KOMUNIKASI DAN INFORMATIKA 2025-2029'));
  sb.set('A2', b('Tabel 4.2 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan'));
  const top = 5;
  const tall = (col: string, label: string) => sb.mergeText(`${col}${top}:${col}${top + 3}`, b(label));
  tall('A', 'Kode');
  tall('B', 'Program dan Kegiatan');
  tall('C', 'Indikator Kinerja Program (outcome) dan Kegiatan (output)');
  tall('D', 'Data Capaian pada Tahun Awal Perencanaan');
  sb.mergeText('E5:N6', b('Target Kinerja Program dan Kerangka Pendanaan'));
  years(2025).forEach((y, i) => {
    const c = shift('E', 2 * i);
    sb.mergeText(`${c}7:${shift(c, 1)}7`, b(y));
    sb.put(`${c}8`, [b('target'), b('Rp')]);
  });
  sb.mergeText('O5:P7', b('Kondisi Kinerja pada akhir periode Renstra Perangkat Daerah'));
  sb.put('O8', [b('target'), b('Rp')]);
  tall('Q', PD_UNIT);
  tall('R', 'Lokasi');
  const cols: FundingColumns = {
    code: 'A',
    name: 'B',
    indicator: 'C',
    baseline: 'D',
    target: letters('E', 5, 2),
    pagu: letters('F', 5, 2),
    akhirTarget: 'O',
    akhirPagu: 'P',
    unit: 'Q',
    lokasi: 'R',
  };
  const items: Item[] = [penunjang('2.16', 0.7, 'small'), ...kominfo(1)];
  const f = renderFunding(sb, 9, items, cols, {
    bold: { program: true },
    unitText: 'Diskominfo',
    lokasiText: 'Kabupaten',
    paguDelta: [{ key: '2.16.03.2.02', year: 3, delta: -40_000_000 }],
  });
  tc27Layouts.push({
    id: 'tc27-four-row-band-spacer',
    description: 'T-C.27 header band over rows 5-8 with the group cell two rows tall and an empty spacer row inside; a kegiatan Rp 40.000.000 under its sub kegiatan in 2028',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2 Kominfo', kind: 'program-pendanaan', range: `A5:R${f.last}`, headerRows: [5, 6, 7, 8], roles: fundingRoles(cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('2.16.03.2.02', 'pagu', 3) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('2.16.03.2.02', 'akhirPagu') }],
  });
}

// "Tahun I … Tahun V" over TARGET | RP, two header rows, program names in capitals, kegiatan bold.
{
  const sb = new SheetBuilder('Renstra');
  sb.set('A2', b('TABEL 4.2 RENCANA PROGRAM DAN KEGIATAN SERTA PENDANAAN'));
  sb.put('A4', [b('KODE'), b('PROGRAM / KEGIATAN / SUB KEGIATAN'), b('INDIKATOR KINERJA'), b('SATUAN'), b('KONDISI AWAL')]);
  sb.merge('A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5');
  ['Tahun I', 'Tahun II', 'Tahun III', 'Tahun IV', 'Tahun V'].forEach((y, i) => {
    const c = shift('F', 2 * i);
    sb.mergeText(`${c}4:${shift(c, 1)}4`, b(y));
    sb.put(`${c}5`, [b('TARGET'), b('RP')]);
  });
  sb.mergeText('P4:P5', b('PERANGKAT DAERAH'));
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', target: letters('F', 5, 2), pagu: letters('G', 5, 2), unit: 'P' };
  const items: Item[] = [penunjang('2.07', 0.5, 'small'), pelatihanKerja(1)];
  const f = renderFunding(sb, 6, items, cols, { bold: { program: true, kegiatan: true }, unitText: 'Disnakertrans' });
  tc27Layouts.push({
    id: 'tc27-tahun-roman',
    description: 'Funding table, two header rows, years "Tahun I … Tahun V" over TARGET | RP, satuan column; clean',
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra', kind: 'program-pendanaan', range: `A4:P${f.last}`, headerRows: [4, 5], roles: fundingRoles(cols, [1, 2, 3, 4, 5]) }],
    findings: [],
  });
}

// One header row "TARGET TAHUN 1 | DANA TAHUN 1 | …" (the layout of the PU template), lower-case x.xx Penunjang codes.
{
  const sb = new SheetBuilder('Sheet1');
  const head: V[] = [b('NO'), b('KODE'), b('PROGRAM / KEGIATAN / SUB KEGIATAN'), b('INDIKATOR KINERJA'), b('SATUAN')];
  for (let y = 1; y <= 5; y++) head.push(b(`TARGET TAHUN ${y}`), b(`DANA TAHUN ${y}`));
  head.push(b('PD PENANGGUNG JAWAB'));
  sb.put('A3', head);
  const cols: FundingColumns = { code: 'B', name: 'C', indicator: 'D', satuan: 'E', target: letters('F', 5, 2), pagu: letters('G', 5, 2), unit: 'P' };
  const pen = penunjang('x.xx', 0.9, 'small');
  const items: Item[] = [pen, sda(0.6)];
  const f = renderFunding(sb, 4, items, cols, { bold: { program: true }, unitText: 'Bidang Sumber Daya Air', paguDelta: [{ key: 'x.xx.01.2.01', year: 4, delta: 1_500_000 }] });
  // A running number on program rows, as such sheets have.
  sb.set(`A${f.row('x.xx.01')}`, 1).set(`A${f.row('1.03.02')}`, 2);
  const roles = fundingRoles(cols, [1, 2, 3, 4, 5]);
  roles.A = 'no';
  tc27Layouts.push({
    id: 'tc27-one-row-target-dana',
    description: 'One header row "TARGET TAHUN 1 | DANA TAHUN 1 … | PD PENANGGUNG JAWAB", no merges, x.xx Penunjang codes; a kegiatan Rp 1.500.000 over its sub kegiatan in year 5',
    workbook: workbook(sb),
    tables: [{ sheet: 'Sheet1', kind: 'program-pendanaan', range: `A3:P${f.last}`, headerRows: [3], roles }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('x.xx.01.2.01', 'pagu', 4) }],
  });
}

// PAGU before TARGET: "Pagu Indikatif (Rp)" | "Target" under each year, plain column numbers; Jumlah short in 2026.
{
  const sb = new SheetBuilder('Tabel 4.2');
  title(sb, 'Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Kecamatan');
  sb.put('A4', [b('Kode'), b('Program/Kegiatan/Sub Kegiatan'), b('Indikator Kinerja'), b('Satuan'), b('Kondisi Kinerja Awal')]);
  sb.merge('A4:A6', 'B4:B6', 'C4:C6', 'D4:D6', 'E4:E6');
  sb.mergeText('F4:O4', b('Pagu Indikatif dan Target Kinerja'));
  years(2025).forEach((y, i) => {
    const c = shift('F', 2 * i);
    sb.mergeText(`${c}5:${shift(c, 1)}5`, b(y));
    sb.put(`${c}6`, [b('Pagu Indikatif (Rp)'), b('Target')]);
  });
  sb.mergeText('P4:P6', b('Keterangan'));
  sb.put('A7', numbers(16, 'plain'));
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', pagu: letters('F', 5, 2), target: letters('G', 5, 2) };
  const items: Item[] = [penunjang('7.01', 0.35, 'small'), ...kecamatan(0.8)];
  const f = renderFunding(sb, 8, items, cols, { bold: { program: true }, jumlah: { label: 'JUMLAH TOTAL', labelCol: 'A', mergeTo: 'E' }, jumlahDelta: [{ year: 1, delta: -3_250_000 }] });
  const roles = fundingRoles(cols, years(2025));
  roles.P = 'notes';
  tc27Layouts.push({
    id: 'tc27-pagu-before-target',
    description: 'Funding table with "Pagu Indikatif (Rp)" before "Target" under each year, 1 2 3 … row; JUMLAH TOTAL 3.250.000 short in 2026',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:P${f.last}`, headerRows: [4, 5, 6, 7], roles }],
    findings: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 1) }],
  });
}

// "Anggaran" and "Dana" spellings: per year "Target | Anggaran (Rp)", Kondisi akhir "Target | Dana".
{
  const sb = new SheetBuilder('Renstra PUPR');
  title(sb, 'Tabel 4.2', 'Program, Kegiatan, dan Pendanaan Dinas PUPR');
  sb.put('A4', [b('No'), b('Kode Rekening'), b('Program/Kegiatan'), b('Indikator'), b('Satuan'), b('Capaian Awal (2024)')]);
  sb.merge('A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5', 'F4:F5');
  years(2025).forEach((y, i) => {
    const c = shift('G', 2 * i);
    sb.mergeText(`${c}4:${shift(c, 1)}4`, b(`Tahun ${y}`));
    sb.put(`${c}5`, [b('Target'), b('Anggaran (Rp)')]);
  });
  sb.mergeText('Q4:R4', b('Kondisi Akhir Periode'));
  sb.put('Q5', [b('Target'), b('Dana')]);
  const cols: FundingColumns = { code: 'B', name: 'C', indicator: 'D', satuan: 'E', baseline: 'F', target: letters('G', 5, 2), pagu: letters('H', 5, 2), akhirTarget: 'Q', akhirPagu: 'R' };
  const items: Item[] = [jalan(1.2), sda(0.9)];
  const f = renderFunding(sb, 6, items, cols, { bold: { program: true, kegiatan: true }, jumlah: { label: 'JUMLAH', labelCol: 'C' } });
  const roles = fundingRoles(cols, years(2025));
  tc27Layouts.push({
    id: 'tc27-anggaran-dana-spelling',
    description: 'Funding table with "Tahun 2025" over "Target | Anggaran (Rp)" and Kondisi Akhir "Target | Dana", Kode Rekening column; clean',
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra PUPR', kind: 'program-pendanaan', range: `A4:R${f.last}`, headerRows: [4, 5], roles }],
    findings: [],
  });
}
