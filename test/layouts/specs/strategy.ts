/**
 * The funding table with the strategy in front (T-C.27 as many offices fill it): Tujuan | Sasaran |
 * Indikator Sasaran | Kode (five columns) | Program/Kegiatan/Sub Kegiatan | Indikator | Data Capaian
 * Awal | per year Target and Rp | Kondisi akhir | Unit Kerja | Lokasi, header cells merged over up to
 * six rows, tujuan/sasaran rows between the programs, a bidang/urusan row summing its programs.
 */
import { jalan, kecamatan, kominfo, penunjang, sda } from '../data';
import { type FundingColumns, type Item, I, bidang, fundingRoles, renderFunding, strategic, urusan } from '../funding';
import { type Layout, type RoleSpec, SheetBuilder, b, letters, rows, shift, workbook, years } from '../kit';

export const strategyLayouts: Layout[] = [];

const STRATEGY_COLS: FundingColumns = {
  tujuan: 'A',
  sasaran: 'B',
  sasaranIndicator: 'C',
  codeSplit: ['D', 'E', 'F', 'G', 'H'],
  name: 'I',
  indicator: 'J',
  baseline: 'K',
  target: letters('L', 5, 2),
  pagu: letters('M', 5, 2),
  akhirTarget: 'V',
  akhirPagu: 'W',
  unit: 'X',
  lokasi: 'Y',
};

/** Roles of the strategy-in-front columns; the sasaran indicator column (C) is left out on purpose. */
function strategyRoles(cols: FundingColumns, ys: number[]): Record<string, RoleSpec> {
  return fundingRoles(cols, ys);
}

// Header merged over six rows (rows 6, 8, 10 empty under tall cells), years 2021-2025; the bidang row's Rp is off in 2023.
{
  const sb = new SheetBuilder('Tabel 4.2');
  sb.set('A1', b('Tabel 4.2')).set('A2', b('Rencana Program, Kegiatan dan Pendanaan Dinas Pekerjaan Umum dan Penataan Ruang Tahun 2021-2026'));
  const tall = (col: string, label: string) => sb.mergeText(`${col}5:${col}10`, b(label));
  tall('A', 'Tujuan');
  tall('B', 'Sasaran');
  tall('C', 'Indikator Sasaran');
  sb.mergeText('D5:H8', b('Kode'));
  ['Urusan', 'Bidang', 'Program', 'Kegiatan', 'Sub Kegiatan'].forEach((l, i) => sb.mergeText(`${shift('D', i)}9:${shift('D', i)}10`, b(l)));
  tall('I', 'Program/Kegiatan/Sub Kegiatan');
  tall('J', 'Indikator Kinerja Program (outcome) dan Kegiatan (output)');
  tall('K', 'Data Capaian pada Tahun Awal Perencanaan');
  sb.mergeText('L5:U6', b('Target Kinerja Program dan Kerangka Pendanaan'));
  years(2021).forEach((y, i) => {
    const c = shift('L', 2 * i);
    sb.mergeText(`${c}7:${shift(c, 1)}8`, b(y));
    sb.mergeText(`${c}9:${c}10`, b('Target'));
    sb.mergeText(`${shift(c, 1)}9:${shift(c, 1)}10`, b('Rp'));
  });
  sb.mergeText('V5:W8', b('Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah'));
  sb.mergeText('V9:V10', b('Target'));
  sb.mergeText('W9:W10', b('Rp'));
  tall('X', 'Unit Kerja Perangkat Daerah Penanggung Jawab');
  tall('Y', 'Lokasi');
  const items: Item[] = [
    strategic('Meningkatnya kualitas infrastruktur jalan dan irigasi yang mendukung perekonomian daerah', undefined, I('Nilai SAKIP Dinas PUPR', 'Predikat', 'B', ['BB', 'BB', 'A', 'A', 'A'])),
    strategic(undefined, 'Meningkatnya kemantapan jalan kabupaten', I('Persentase Jalan Kabupaten dalam Kondisi Mantap', '%', '71,4%', ['73%', '74,5%', '76%', '77,5%', '79%'])),
    bidang('1.03', 'URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG', [
      jalan(1),
      strategic(undefined, 'Meningkatnya kinerja jaringan irigasi', I('Persentase Jaringan Irigasi dalam Kondisi Baik', '%', '64%', ['66%', '68%', '70%', '72%', '74%'])),
      sda(1),
      strategic(undefined, 'Meningkatnya akuntabilitas kinerja perangkat daerah', I('Persentase Capaian Kinerja Perangkat Daerah', '%', '95%', ['96%', '97%', '98%', '98%', '98%'])),
      penunjang('1.03', 1, 'small'),
    ]),
  ];
  const f = renderFunding(sb, 11, items, STRATEGY_COLS, {
    bold: { bidang: true, program: true },
    headingSums: true,
    unitText: 'Dinas PUPR',
    lokasiText: 'Kabupaten',
    paguDelta: [{ key: '1.03', year: 2, delta: 20_000_000 }],
  });
  strategyLayouts.push({
    id: 'strategy-front-2021-six-rows',
    description: 'Tujuan|Sasaran|Indikator Sasaran|Kode×5|Program…|Lokasi, header merged over six rows with empty rows, years 2021-2025, sasaran rows ("73%", "A") between programs; bidang Rp 20.000.000 over its programs in 2023',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A5:Y${f.last}`, headerRows: rows(5, 10), roles: strategyRoles(STRATEGY_COLS, years(2021)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('1.03', 'pagu', 2) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('1.03', 'akhirPagu') }],
  });
}

// "Tahun 2019 … Tahun 2023", Kondisi akhir with Target only, header over four rows, Kode one block; a kegiatan Rp left blank.
{
  const sb = new SheetBuilder('Renstra Diskominfo');
  sb.set('A2', b('RENCANA PROGRAM, KEGIATAN, DAN PENDANAAN DINAS KOMUNIKASI DAN INFORMATIKA'));
  const tall = (col: string, label: string) => sb.mergeText(`${col}4:${col}7`, b(label));
  tall('A', 'Tujuan');
  tall('B', 'Sasaran');
  tall('C', 'Indikator Sasaran');
  sb.mergeText('D4:H7', b('Kode'));
  tall('I', 'Program dan Kegiatan');
  tall('J', 'Indikator Kinerja Program (outcome) dan Kegiatan (output)');
  tall('K', 'Data Capaian pada Tahun Awal Perencanaan');
  sb.mergeText('L4:U4', b('Target Kinerja Program dan Kerangka Pendanaan'));
  years(2019).forEach((y, i) => {
    const c = shift('L', 2 * i);
    sb.mergeText(`${c}5:${shift(c, 1)}6`, b(`Tahun ${y}`));
    sb.put(`${c}7`, [b('Target'), b('Rp')]);
  });
  sb.mergeText('V4:V6', b('Kondisi Kinerja pada Akhir Periode Renstra'));
  sb.set('V7', b('Target'));
  tall('W', 'Unit Kerja Perangkat Daerah Penanggung Jawab');
  tall('X', 'Lokasi');
  const cols: FundingColumns = { ...STRATEGY_COLS, akhirTarget: 'V', akhirPagu: undefined, unit: 'W', lokasi: 'X' };
  const [informasi, aplikasi] = kominfo(1);
  const items: Item[] = [
    strategic('Meningkatnya penyelenggaraan pemerintahan berbasis elektronik', undefined, I('Indeks SPBE', 'Indeks', '2,6', ['2,8', '3,0', '3,2', '3,4', '3,6'])),
    urusan('2', 'URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR', [
      bidang('2.16', 'URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA', [
        strategic(undefined, 'Meningkatnya keterbukaan informasi publik', I('Persentase Informasi Publik yang Terdiseminasi', '%', '85%', ['87%', '89%', '91%', '93%', '95%'])),
        informasi,
        strategic(undefined, 'Meningkatnya layanan aplikasi pemerintahan', I('Persentase Layanan Publik Berbasis Aplikasi', '%', '60%', ['65%', '70%', '75%', '80%', '85%'])),
        aplikasi,
      ]),
    ]),
  ];
  const f = renderFunding(sb, 8, items, cols, {
    bold: { urusan: true, bidang: true, program: true },
    headingSums: true,
    unitText: 'Diskominfo',
    lokasiText: 'Kabupaten',
    blank: [{ key: '2.16.02.2.01', year: 1 }],
  });
  const roles = strategyRoles(cols, years(2019));
  strategyLayouts.push({
    id: 'strategy-front-tahun-2019-blank',
    description: 'Strategy in front, "Tahun 2019 … Tahun 2023", Kode one merged block, Kondisi akhir with Target only, urusan and bidang rows with sums; a kegiatan\'s 2020 Rp left blank under a funded sub kegiatan',
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra Diskominfo', kind: 'program-pendanaan', range: `A4:X${f.last}`, headerRows: rows(4, 7), roles }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('2.16.02.2.01', 'pagu', 1) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('2.16.02', 'pagu', 1) }],
  });
}

// "Tahun-1 … Tahun-5", header over five rows, Kecamatan with tujuan/sasaran rows ("98%", "A"); clean.
{
  const sb = new SheetBuilder('Tabel 4.2');
  sb.set('A1', b('Tabel 4.2 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Kecamatan'));
  const tall = (col: string, label: string) => sb.mergeText(`${col}3:${col}7`, b(label));
  tall('A', 'Tujuan');
  tall('B', 'Sasaran');
  tall('C', 'Indikator Sasaran');
  sb.mergeText('D3:H5', b('Kode'));
  ['U', 'BU', 'P', 'K', 'SK'].forEach((l, i) => sb.mergeText(`${shift('D', i)}6:${shift('D', i)}7`, b(l)));
  tall('I', 'Program/Kegiatan/Sub Kegiatan');
  tall('J', 'Indikator Kinerja');
  tall('K', 'Data Capaian pada Tahun Awal Perencanaan');
  sb.mergeText('L3:U3', b('Target Kinerja Program dan Kerangka Pendanaan'));
  [1, 2, 3, 4, 5].forEach((y, i) => {
    const c = shift('L', 2 * i);
    sb.mergeText(`${c}4:${shift(c, 1)}5`, b(`Tahun-${y}`));
    sb.mergeText(`${c}6:${c}7`, b('Target'));
    sb.mergeText(`${shift(c, 1)}6:${shift(c, 1)}7`, b('Rp'));
  });
  sb.mergeText('V3:W5', b('Kondisi Kinerja pada Akhir Periode'));
  sb.mergeText('V6:V7', b('Target'));
  sb.mergeText('W6:W7', b('Rp'));
  tall('X', 'Unit Kerja Perangkat Daerah Penanggung Jawab');
  tall('Y', 'Lokasi');
  const [pemerintahan, pemberdayaan] = kecamatan(1.1);
  const items: Item[] = [
    strategic('Meningkatnya kualitas pelayanan publik dan pemerintahan di wilayah kecamatan', undefined, I('Nilai SAKIP Kecamatan', 'Predikat', 'B', ['B', 'BB', 'BB', 'A', 'A'])),
    bidang('7.01', 'URUSAN PEMERINTAHAN BIDANG KECAMATAN', [
      strategic(undefined, 'Meningkatnya kualitas pelayanan administrasi kecamatan', I('Persentase Pelayanan PATEN yang Selesai Tepat Waktu', '%', '95%', ['96%', '97%', '98%', '98%', '98%'])),
      pemerintahan,
      strategic(undefined, 'Meningkatnya partisipasi masyarakat dalam pembangunan', I('Persentase Lembaga Kemasyarakatan yang Aktif', '%', '80%', ['82%', '84%', '86%', '88%', '90%'])),
      pemberdayaan,
      penunjang('7.01', 0.4, 'small'),
    ]),
  ];
  const f = renderFunding(sb, 8, items, STRATEGY_COLS, { bold: { bidang: true, program: true }, headingSums: true, unitText: 'Kecamatan', lokasiText: 'Kecamatan' });
  strategyLayouts.push({
    id: 'strategy-front-tahun-n',
    description: 'Strategy in front, "Tahun-1 … Tahun-5" over Target | Rp merged two rows, header over five rows, Kecamatan bidang row with sums, sasaran rows ("98%") between programs; clean',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A3:Y${f.last}`, headerRows: rows(3, 7), roles: strategyRoles(STRATEGY_COLS, [1, 2, 3, 4, 5]) }],
    findings: [],
  });
}
