/**
 * Hierarchy from codes split over five columns (SIPD exports), and from names without codes where
 * the official list has the same name as a kegiatan and as a sub kegiatan.
 */
import { llaj, jalan, pelatihanKerja, penerbangan, penunjang, perekonomian, sda, stripCodes } from '../data';
import { type FundingColumns, type Item, I, bidang, findNode, flat, fundingRoles, keg, prog, renderFunding, rising, series, urusan } from '../funding';
import { type Layout, SheetBuilder, b, letters, numbers, shift, workbook, years } from '../kit';

export const codeNameLayouts: Layout[] = [];

const M = 1_000_000;

/** Year pairs "Target | Pagu" under merged year cells in `row`, from column `first`. */
function yearPairs(sb: SheetBuilder, first: string, row: number, labels: (string | number)[], sub: [string, string] = ['Target', 'Pagu']): void {
  labels.forEach((y, i) => {
    const c = shift(first, 2 * i);
    sb.mergeText(`${c}${row}:${shift(c, 1)}${row}`, b(y));
    sb.put(`${c}${row + 1}`, [b(sub[0]), b(sub[1])]);
  });
}

// SIPD export: "Kode" merged over Urusan | Bidang Urusan | Program | Kegiatan | Sub Kegiatan, data 1 | 03 | 02 | 2.01 | 0001.
{
  const sb = new SheetBuilder('Tabel 4.2');
  sb.set('A1', b('Tabel 4.2')).set('A2', b('Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Pekerjaan Umum dan Penataan Ruang'));
  sb.mergeText('A4:E4', b('Kode'));
  ['Urusan', 'Bidang Urusan', 'Program', 'Kegiatan', 'Sub Kegiatan'].forEach((label, i) => sb.mergeText(`${shift('A', i)}5:${shift('A', i)}6`, b(label)));
  sb.mergeText('F4:F6', b('Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan'));
  sb.mergeText('G4:G6', b('Indikator Kinerja Program (Outcome)/Kegiatan (Output)'));
  sb.mergeText('H4:H6', b('Satuan'));
  sb.mergeText('I4:I6', b('Kondisi Kinerja Awal (2024)'));
  sb.mergeText('J4:S4', b('Target Kinerja dan Pagu Indikatif'));
  yearPairs(sb, 'J', 5, years(2025), ['Target', 'Pagu (Rp)']);
  sb.mergeText('T4:U5', b('Kondisi Kinerja Akhir Periode Renstra'));
  sb.put('T6', [b('Target'), b('Pagu (Rp)')]);
  sb.mergeText('V4:V6', b('Perangkat Daerah Penanggung Jawab'));
  sb.put('A7', numbers(22, 'plain'));
  const cols: FundingColumns = {
    codeSplit: ['A', 'B', 'C', 'D', 'E'],
    name: 'F',
    indicator: 'G',
    satuan: 'H',
    baseline: 'I',
    target: letters('J', 5, 2),
    pagu: letters('K', 5, 2),
    akhirTarget: 'T',
    akhirPagu: 'U',
    unit: 'V',
  };
  const items: Item[] = [
    urusan('1', 'URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR', [
      bidang('1.03', 'URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG', [penunjang('1.03', 1.1), jalan(1), sda(1)]),
    ]),
  ];
  // The sub kegiatan Rehabilitasi Jalan sits under kegiatan 1.03.10.2.01 but its kegiatan cell says 2.02.
  findNode(items, '1.03.10.2.01.0055').code = '1.03.10.2.02.0055';
  const f = renderFunding(sb, 8, items, cols, {
    bold: { urusan: true, bidang: true, program: true },
    headingSums: true,
    urusanAsNumber: true,
    unitText: 'Dinas PUPR',
    jumlah: { label: 'JUMLAH', labelCol: 'A', mergeTo: 'F' },
    paguDelta: [{ key: '1.03.02', year: 2, delta: 8_500_000 }],
  });
  const wrong = f.row('1.03.10.2.01.0055');
  codeNameLayouts.push({
    id: 'split-codes-sipd',
    description: 'SIPD-style "Kode" merged over Urusan|Bidang Urusan|Program|Kegiatan|Sub Kegiatan (1 | 03 | 10 | 2.01 | 0051), urusan/bidang rows with sums; a sub kegiatan coded 2.02 under kegiatan 2.01, a program Rp 8.500.000 over its kegiatan in 2027',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:V${f.last}`, headerRows: [4, 5, 6, 7], roles: fundingRoles(cols, years(2025)) }],
    findings: [
      { rule: 'cascade.kode-induk', cell: ['A', 'B', 'C', 'D', 'E', 'F'].map((c) => `${c}${wrong}`) },
      { rule: 'total.pagu-induk', cell: f.cell('1.03.02', 'pagu', 2) },
    ],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('1.03.02', 'akhirPagu') }],
  });
}

// "Kode" merged over five columns and two rows with no sub-labels, headings without money; a copy-pasted sub kegiatan code, Jumlah over.
{
  const sb = new SheetBuilder('Renstra Dishub');
  sb.set('A2', b('RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN DINAS PERHUBUNGAN TAHUN 2026-2030'));
  sb.mergeText('A4:E5', b('KODE'));
  sb.mergeText('F4:F5', b('PROGRAM/KEGIATAN/SUB KEGIATAN'));
  sb.mergeText('G4:G5', b('INDIKATOR'));
  sb.mergeText('H4:H5', b('SATUAN'));
  sb.mergeText('I4:I5', b('BASELINE 2025'));
  yearPairs(sb, 'J', 4, years(2026), ['TARGET', 'PAGU']);
  sb.mergeText('T4:T5', b('KETERANGAN'));
  const cols: FundingColumns = { codeSplit: ['A', 'B', 'C', 'D', 'E'], name: 'F', indicator: 'G', satuan: 'H', baseline: 'I', target: letters('J', 5, 2), pagu: letters('K', 5, 2) };
  const items: Item[] = [
    urusan('2', 'URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR', [
      bidang('2.15', 'URUSAN PEMERINTAHAN BIDANG PERHUBUNGAN', [penunjang('2.15', 0.6, 'small'), llaj(1)]),
    ]),
  ];
  // Registrasi Kendaraan Wajib Uji sits under kegiatan 2.05 but carries the previous kegiatan's code (2.02).
  findNode(items, '2.15.02.2.05.0003').code = '2.15.02.2.02.0003';
  const f = renderFunding(sb, 6, items, cols, {
    bold: { urusan: true, bidang: true, program: true, kegiatan: true },
    jumlah: { label: 'JUMLAH', labelCol: 'F' },
    jumlahDelta: [{ year: 4, delta: 10_000_000 }],
  });
  const wrong = f.row('2.15.02.2.05.0003');
  const roles = fundingRoles(cols, years(2026));
  roles.T = 'notes';
  codeNameLayouts.push({
    id: 'split-codes-no-sublabels',
    description: '"KODE" merged over five columns and two rows without sub-labels, urusan "2" / bidang "2 | 15" heading rows without money; a sub kegiatan with the previous kegiatan\'s code, JUMLAH 10.000.000 over in 2030',
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra Dishub', kind: 'program-pendanaan', range: `A4:T${f.last}`, headerRows: [4, 5], roles }],
    findings: [
      { rule: 'cascade.kode-induk', cell: ['A', 'B', 'C', 'D', 'E', 'F'].map((c) => `${c}${wrong}`) },
      { rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 4) },
    ],
  });
}

/** A code-less funding header: No | Program/Kegiatan/Sub Kegiatan | Indikator | Satuan | Kondisi Awal | years (Target, Pagu) | Penanggung Jawab. */
function namesHeader(sb: SheetBuilder, top: number, ys: number[]): FundingColumns {
  sb.mergeText(`A${top}:A${top + 1}`, b('No'));
  sb.mergeText(`B${top}:B${top + 1}`, b('Program/Kegiatan/Sub Kegiatan'));
  sb.mergeText(`C${top}:C${top + 1}`, b('Indikator Kinerja'));
  sb.mergeText(`D${top}:D${top + 1}`, b('Satuan'));
  sb.mergeText(`E${top}:E${top + 1}`, b('Kondisi Awal'));
  yearPairs(sb, 'F', top, ys);
  sb.mergeText(`P${top}:P${top + 1}`, b('Penanggung Jawab'));
  return { name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', target: letters('F', 5, 2), pagu: letters('G', 5, 2), unit: 'P' };
}

// No codes, levels by indentation; "Pengelolaan Pengadaan Barang dan Jasa" is the kegiatan and, right below, its first sub kegiatan.
{
  const sb = new SheetBuilder('Renstra Setda');
  sb.set('A1', b('RENCANA PROGRAM, KEGIATAN DAN PENDANAAN BAGIAN PEREKONOMIAN DAN PEMBANGUNAN SETDA'));
  const cols = namesHeader(sb, 3, years(2025));
  const items: Item[] = [stripCodes(penunjang('4.01', 0.3, 'small')), stripCodes(perekonomian(1))];
  const f = renderFunding(sb, 5, items, cols, { bold: { program: true }, indent: { kegiatan: 1, sub: 2 }, unitText: 'Bagian Perekonomian dan Pembangunan' });
  codeNameLayouts.push({
    id: 'names-twolevel-indented',
    description: 'No codes, kegiatan indent 1 and sub kegiatan indent 2; kegiatan "Pengelolaan Pengadaan Barang dan Jasa" followed by its same-named sub kegiatan; clean',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra Setda', kind: 'program-pendanaan', range: `A3:P${f.last}`, headerRows: [3, 4], roles: fundingRoles(cols, years(2025)) }],
    findings: [],
  });
}

// No codes, no indentation; programs bold in capitals, kegiatan bold, sub kegiatan plain; "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota" at both levels.
{
  const sb = new SheetBuilder('Tabel 4.2');
  sb.set('A1', b('Tabel 4.2 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Perhubungan'));
  const cols = namesHeader(sb, 3, years(2025));
  const items: Item[] = [stripCodes(penunjang('2.15', 0.5, 'small')), stripCodes(llaj(1))];
  const f = renderFunding(sb, 5, items, cols, { bold: { program: true, kegiatan: true }, unitText: 'Dinas Perhubungan' });
  codeNameLayouts.push({
    id: 'names-twolevel-bold',
    description: 'No codes, no indentation; kegiatan bold like their siblings, sub kegiatan plain; "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota" as kegiatan and as its second sub kegiatan; clean',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A3:P${f.last}`, headerRows: [3, 4], roles: fundingRoles(cols, years(2025)) }],
    findings: [],
  });
}

// No codes, no indentation, no bold: levels only from the official names and the sums; "Pembangunan Bandar Udara" at both levels; one kegiatan off.
{
  const sb = new SheetBuilder('Pendanaan');
  const cols = namesHeader(sb, 2, years(2025));
  const items: Item[] = [stripCodes(penerbangan(1))];
  const f = renderFunding(sb, 4, items, cols, { unitText: 'Dinas Perhubungan', paguDelta: [{ key: '2.15.04.3.02', year: 0, delta: 12_000_000 }] });
  codeNameLayouts.push({
    id: 'names-twolevel-plain',
    description: 'No codes, indentation or bold: "Pembangunan Bandar Udara" as kegiatan and as its own sub kegiatan; kegiatan "Penyediaan Sarana dan Prasarana serta Pengelolaan Transportasi" 12.000.000 over its sub kegiatan in 2025',
    workbook: workbook(sb),
    tables: [{ sheet: 'Pendanaan', kind: 'program-pendanaan', range: `A2:P${f.last}`, headerRows: [2, 3], roles: fundingRoles(cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('2.15.04.3.02', 'pagu', 0) }],
  });
}

// Kegiatan level only (no sub kegiatan): a two-level name among sibling kegiatan, same indentation, adds up to its program.
{
  const sb = new SheetBuilder('Renstra');
  sb.set('A1', b('Tabel 4.2 Rencana Program dan Kegiatan serta Pendanaan Dinas Perhubungan'));
  const cols = namesHeader(sb, 3, years(2025));
  const items: Item[] = [
    prog(undefined, 'PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)', I('Persentase Ketersediaan Perlengkapan Jalan Kabupaten', '%', 62, rising(65, 3)), [
      keg(undefined, 'Penetapan Rencana Induk Jaringan LLAJ Kabupaten/Kota', I('Jumlah Dokumen Rencana Induk Jaringan LLAJ', 'Dokumen', 0, flat(1)), series(85 * M)),
      keg(undefined, 'Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota', I('Jumlah Perlengkapan Jalan yang Tersedia', 'Unit', 300, rising(340, 40)), series(1335 * M)),
      keg(undefined, 'Pengujian Berkala Kendaraan Bermotor', I('Jumlah Kendaraan Bermotor yang Lulus Uji Berkala', 'Unit', 5200, rising(5400, 200)), series(358 * M)),
      keg(undefined, 'Pelaksanaan Manajemen dan Rekayasa Lalu Lintas untuk Jaringan Jalan Kabupaten/Kota', I('Jumlah Ruas Jalan yang Dilakukan Manajemen dan Rekayasa Lalu Lintas', 'Ruas', 12, flat(14)), series(246 * M)),
    ]),
    prog(undefined, 'PROGRAM PENGELOLAAN PENERBANGAN', I('Persentase Fasilitas Bandar Udara yang Memenuhi Standar', '%', 70, rising(74, 4)), [
      keg(undefined, 'Penyediaan Sarana dan Prasarana serta Pengelolaan Transportasi', I('Jumlah Bandar Udara yang Terkelola', 'Unit', 1, flat(1)), series(540 * M)),
      keg(undefined, 'Pembangunan Bandar Udara', I('Jumlah Fasilitas Bandar Udara yang Terbangun', 'Unit', 0, flat(1)), series(12470 * M)),
    ]),
  ];
  const f = renderFunding(sb, 5, items, cols, { bold: { program: true }, indent: { kegiatan: 1 }, unitText: 'Dinas Perhubungan', jumlah: { label: 'JUMLAH', labelCol: 'B' } });
  codeNameLayouts.push({
    id: 'names-kegiatan-level-only',
    description: 'Program → kegiatan only (no sub kegiatan), all kegiatan indent 1; "Penyediaan Perlengkapan Jalan …" and "Pembangunan Bandar Udara" (also sub kegiatan names) are kegiatan adding up to their program; clean',
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra', kind: 'program-pendanaan', range: `A3:P${f.last}`, headerRows: [3, 4], roles: fundingRoles(cols, years(2025)) }],
    findings: [],
  });
}

// No codes, no indentation, no bold: "Pembinaan Lembaga Pelatihan Kerja Swasta" twice in a row (kegiatan and its single sub kegiatan, same Rp); another kegiatan off.
{
  const sb = new SheetBuilder('T-C.27');
  sb.set('A1', b('RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN DINAS TENAGA KERJA'));
  const cols = namesHeader(sb, 3, years(2026));
  const items: Item[] = [stripCodes(penunjang('2.07', 0.45, 'small')), stripCodes(pelatihanKerja(1))];
  const f = renderFunding(sb, 5, items, cols, { unitText: 'Disnaker', paguDelta: [{ key: '2.07.03.2.01', year: 3, delta: -10_000_000 }] });
  codeNameLayouts.push({
    id: 'names-single-sub-same-name',
    description: 'No codes, indentation or bold: kegiatan "Pembinaan Lembaga Pelatihan Kerja Swasta" directly followed by its single same-named sub kegiatan (equal Rp); another kegiatan 10.000.000 under its sub kegiatan in 2029',
    workbook: workbook(sb),
    tables: [{ sheet: 'T-C.27', kind: 'program-pendanaan', range: `A3:P${f.last}`, headerRows: [3, 4], roles: fundingRoles(cols, years(2026)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('2.07.03.2.01', 'pagu', 3) }],
  });
}
