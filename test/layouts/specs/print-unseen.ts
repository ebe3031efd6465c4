/**
 * Habits of the printed document carried into the spreadsheet. Planners draft Renstra tables in
 * Excel for a Word/PDF document, and lay the sheet out as the printed page:
 *
 * - carried-forward totals at page breaks: "Jumlah dipindahkan" at the foot of a page, "Pindahan"
 *   at the head of the next; page sub totals ("Jumlah halaman ini") under a "Jumlah seluruhnya" —
 *   none of them the table's Jumlah, though each must equal what it carries or adds up;
 * - page-number rows ("- 45 -", "Halaman 3 dari 7"), the running title "Tabel 4.2 (lanjutan)" and
 *   the header band repeated inside a long table;
 * - a table continued on a second sheet;
 * - a pagu merged down over a kegiatan and its sub kegiatan rows;
 * - Keterangan / Sumber Dana cells holding number-like text ("DAK 2026", "Perbup 12/2024");
 * - "Catatan:" lines under a table, with amounts in them;
 * - footnote markers in cells ("1.250.000.000 *)", "85 **");
 * - hidden helper rows holding the planner's check formulas;
 * - a very wide table (ten years, 2025-2034) and a narrow one (three years);
 * - an A3 sheet with two tables of different kinds side by side.
 *
 * Expectations come from Permendagri 86/2017 (T-C.23, T-C.24, T-C.27: parent = Σ children, Jumlah =
 * Σ programs, rasio = realisasi ÷ anggaran or target, the end-of-period Rp = Σ years) and from the
 * bookkeeping practice of printed documents (a carried amount equals the amount carried; a page
 * total adds up its page) — not from what the engine does. Names and codes come from the
 * nomenclature 2027 (kab/kota).
 */
import { S, jt, kesehatan, penunjangFull, sosial, trantibum } from '../agencies';
import { jalan, kecamatan, penunjang, sda } from '../data';
import { type FundingColumns, type Item, type Node, type Rendered, I, flat, fundingRoles, idr, keg, prog, renderFunding, rising } from '../funding';
import { type Layout, type RoleSpec, type SheetBuilder as SB, type V, SheetBuilder, b, letters, meanGrowth, round, shift, workbook, yearRoles, years } from '../kit';
import { TC23_ROLES, TC24_ROLES, entities, tc23Header, tc24Header, tc27, titles } from '../sheets';

export const printUnseenLayouts: Layout[] = [];

// =============================================================================================
// Helpers

const sumOf = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);

/** Programs of a plan, depth first. */
const programsOf = (items: Item[]): Node[] => entities(items).filter((n) => n.level === 'program');

/** Σ of the programs' shown pagu, per year. */
function programTotals(f: Rendered, items: Item[], n: number): number[] {
  return Array.from({ length: n }, (_, y) => sumOf(programsOf(items).map((p) => f.pagu(p.key, y))));
}

const money = (v: number, bold = false): V => ({ v, fmt: '#,##0', ...(bold ? { bold } : {}) });

/**
 * A row of amounts under a label (a carried total, a page total, the Jumlah): the label merged over
 * `labelFrom`..`labelTo` (or in one cell), the amounts in the pagu columns and their Σ in the akhir Rp.
 */
function amountRow(sb: SB, row: number, label: string, labelFrom: string, labelTo: string | undefined, cols: FundingColumns, amounts: number[], bold = true): void {
  if (labelTo) sb.mergeText(`${labelFrom}${row}:${labelTo}${row}`, bold ? b(label) : label);
  else sb.set(`${labelFrom}${row}`, bold ? b(label) : label);
  cols.pagu.forEach((c, y) => sb.set(`${c}${row}`, money(amounts[y], bold)));
  if (cols.akhirPagu) sb.set(`${cols.akhirPagu}${row}`, money(sumOf(amounts), bold));
}

const add = (a: number[], b2: number[]): number[] => a.map((x, i) => x + b2[i]);

// =============================================================================================
// 1. T-C.27 over two printed pages on one sheet: "Jumlah dipindahkan" at the foot of page 1, the
//    header band repeated, "Pindahan" at the head of page 2 (the same amounts), the final JUMLAH

{
  const sb = new SheetBuilder('Tabel 4.2');
  titles(sb, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Sosial Kabupaten Pacitan Tahun 2025-2029']);
  const h = tc27(sb, 4, { yearLabels: years(2025), satuan: true, numberRow: 'plain' });
  const page1: Item[] = [penunjang('1.06', 0.6, 'full')];
  const page2: Item[] = sosial(1);
  const opt = { bold: { program: true }, unitText: 'Dinas Sosial', lokasiText: 'Kab. Pacitan' };
  const f1 = renderFunding(sb, h.firstData, page1, h.cols, opt);
  const carried = programTotals(f1, page1, 5);
  const dip = f1.next;
  amountRow(sb, dip, 'Jumlah dipindahkan', 'A', 'E', h.cols, carried);
  const band2 = dip + 1;
  sb.copyRows(4, 7, band2);
  const pin = band2 + 4;
  amountRow(sb, pin, 'Pindahan', 'A', 'E', h.cols, carried);
  const f2 = renderFunding(sb, pin + 1, page2, h.cols, { ...opt, paguDelta: [{ key: '1.06.04.2.02', year: 1, delta: 8_500_000 }] });
  const total = add(carried, programTotals(f2, page2, 5));
  total[3] -= 10_000_000; // JUMLAH 2028 10.000.000 short
  const jr = f2.next;
  amountRow(sb, jr, 'JUMLAH', 'A', 'E', h.cols, total);
  printUnseenLayouts.push({
    id: 'pr-tc27-jumlah-dipindahkan-pindahan',
    description:
      'Dinas Sosial T-C.27 laid out as two printed pages on one sheet: the Penunjang program on page 1 closed by "Jumlah dipindahkan" (merged A:E, the Σ of page 1 per year and in the akhir Rp), the three-row header and its 1 2 3 … row repeated, "Pindahan" at the head of page 2 carrying the same amounts, the other programs, and a JUMLAH of the whole table. Neither carried row is the table\'s Jumlah; both agree with what they carry. Planted: the Rehabilitasi Sosial kegiatan 1.06.04.2.02 8.500.000 over its sub kegiatan in 2026; JUMLAH 2028 10.000.000 short of the Σ of all programs',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:${h.right}${jr}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)), repeats: [[band2, band2 + 1, band2 + 2, band2 + 3]] }],
    findings: [
      { rule: 'total.pagu-induk', cell: f2.cell('1.06.04.2.02', 'pagu', 1) },
      { rule: 'total.jumlah', cell: `${h.cols.pagu[3]}${jr}` },
    ],
    tolerated: [
      { rule: 'total.pagu-induk', cell: f2.cell('1.06.04.2.02', 'akhirPagu') },
      { rule: 'total.jumlah', cell: `${h.cols.akhirPagu}${jr}` },
    ],
  });
}

// =============================================================================================
// 2. T-C.24 over two pages: "Jumlah halaman ini" at the foot of page 1, "Jumlah pindahan" at the
//    head of page 2 with one amount retyped wrong, the final Jumlah of every program

interface Tc24Row {
  name: string;
  a: number[];
  r: number[];
}

/** A program's anggaran growing by `g` a year and realisasi at `rates` of it, both in thousands. */
function tc24Row(name: string, a0: number, g: number[], rates: number[]): Tc24Row {
  const a = [a0];
  g.forEach((x) => a.push(Math.round((a[a.length - 1] * (1 + x)) / 1000) * 1000));
  return { name, a, r: a.map((v, i) => Math.round((v * rates[i]) / 1000) * 1000) };
}

/** The T-C.24 cells of a row: anggaran, realisasi, rasio (rounded, 2 decimals), mean growth in %. */
const tc24Values = (x: { a: number[]; r: number[] }): number[] => [
  ...x.a,
  ...x.r,
  ...x.a.map((a, i) => round(x.r[i] / a, 2)),
  round(meanGrowth(x.a) * 100, 2),
  round(meanGrowth(x.r) * 100, 2),
];

const addRows = (xs: Tc24Row[], name: string): Tc24Row => ({
  name,
  a: xs[0].a.map((_, i) => sumOf(xs.map((x) => x.a[i]))),
  r: xs[0].r.map((_, i) => sumOf(xs.map((x) => x.r[i]))),
});

const DINKES_TC24: Tc24Row[] = [
  tc24Row('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 38_450_000_000, [0.031, 0.027, 0.044, 0.038], [0.962, 0.948, 0.971, 0.957, 0.966]),
  tc24Row('Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat', 61_200_000_000, [0.182, -0.064, 0.051, 0.072], [0.913, 0.941, 0.928, 0.952, 0.947]),
  tc24Row('Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan', 1_350_000_000, [-0.12, 0.08, 0.095, 0.06], [0.884, 0.902, 0.936, 0.917, 0.941]),
  tc24Row('Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman', 2_875_000_000, [0.046, 0.051, 0.029, 0.063], [0.937, 0.955, 0.948, 0.962, 0.958]),
  tc24Row('Program Pemberdayaan Masyarakat Bidang Kesehatan', 845_000_000, [0.071, 0.034, 0.082, 0.045], [0.921, 0.894, 0.932, 0.947, 0.951]),
  tc24Row('Program Pengelolaan Pelayanan Kesehatan Jaminan Kesehatan Nasional', 24_600_000_000, [0.061, 0.058, 0.049, 0.052], [0.991, 0.987, 0.994, 0.989, 0.992]),
  tc24Row('Program Pengendalian Penyakit Menular dan Tidak Menular', 3_120_000_000, [0.215, -0.087, 0.036, 0.041], [0.956, 0.938, 0.947, 0.962, 0.954]),
];

{
  const sb = new SheetBuilder('Tabel 2.8');
  titles(sb, 1, ['Tabel 2.8', 'Anggaran dan Realisasi Pendanaan Pelayanan Dinas Kesehatan Kabupaten Trenggalek Tahun 2020-2024']);
  const hr = tc24Header(sb, 4, years(2020));
  const d0 = hr[hr.length - 1] + 1;
  const p1 = DINKES_TC24.slice(0, 4);
  const p2 = DINKES_TC24.slice(4);
  p1.forEach((x, i) => sb.put(`A${d0 + i}`, [i + 1, x.name, ...tc24Values(x)]));
  const page1 = addRows(p1, 'Jumlah halaman ini');
  const foot = d0 + p1.length;
  sb.put(`B${foot}`, [b(page1.name), ...[...page1.a, ...page1.r].map((v) => b(v))]);
  const band2 = foot + 1;
  sb.copyRows(4, 6, band2);
  const head = band2 + 3;
  const carried = { ...page1, r: [...page1.r] };
  // Retyped from the page before with the third and fourth digits swapped (realisasi 2022).
  const shown2022 = Number(String(page1.r[2]).replace(/^(\d)(\d)(\d)(\d)/, (_, a, c, d, e) => `${a}${c}${e}${d}`));
  carried.r[2] = shown2022;
  sb.put(`B${head}`, [b('Jumlah pindahan'), ...[...carried.a, ...carried.r].map((v) => b(v))]);
  p2.forEach((x, i) => sb.put(`A${head + 1 + i}`, [p1.length + i + 1, x.name, ...tc24Values(x)]));
  const wrongRasio = head + 1 + 1; // JKN row
  const jr = head + 1 + p2.length;
  const total = addRows(DINKES_TC24, 'Jumlah');
  sb.put(`B${jr}`, [b('Jumlah'), ...tc24Values(total).map((v) => b(v))]);
  // JKN 2023: realisasi / anggaran = 0,99 — shown 0,89.
  sb.set(`P${wrongRasio}`, 0.89);
  printUnseenLayouts.push({
    id: 'pr-tc24-jumlah-halaman-ini-pindahan-typo',
    description: `Dinas Kesehatan T-C.24 2020-2024 printed over two pages: four programs, then "Jumlah halaman ini" (anggaran and realisasi of page 1, no rasio or growth), the two header rows and (1)…(19) repeated, "Jumlah pindahan" at the head of page 2, three more programs and the Jumlah of all seven (with its rasio and growth). Neither page row is the table's total. Planted: the "Jumlah pindahan" realisasi 2022 retyped ${idr(shown2022)} where page 1 carried ${idr(page1.r[2])} (the final Jumlah is right: it adds up the programs); JKN program rasio 2023 0,89 where ${idr(DINKES_TC24[5].r[3])} / ${idr(DINKES_TC24[5].a[3])} = 0,99`,
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 2.8', kind: 'anggaran-realisasi', range: `A4:S${jr}`, headerRows: hr, roles: TC24_ROLES(years(2020)), repeats: [[band2, band2 + 1, band2 + 2]] }],
    findings: [
      { rule: 'total.jumlah', cell: `J${head}` },
      { rule: 'ratio.anggaran', cell: `P${wrongRasio}` },
    ],
  });
}

// =============================================================================================
// 3. A long T-C.27 as converted from the printed Renstra: at every page break the footer's page
//    number ("- 45 -", merged over the width), the running title "Tabel 4.2 … (lanjutan)" and the
//    header band again; the break falls anywhere, inside a program too

{
  const sb = new SheetBuilder('Tabel 4.2');
  const title = 'Tabel 4.2 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Kesehatan Kabupaten Tulungagung';
  sb.set('A1', b(title));
  const h = tc27(sb, 3, { yearLabels: years(2025), satuan: true, numberRow: 'paren' });
  const items: Item[] = [penunjang('1.02', 0.8, 'full'), ...kesehatan(1)];
  const repeats: number[][] = [];
  const pageRows: number[] = [];
  let pageStart = h.firstData;
  let page = 45;
  const f = renderFunding(sb, h.firstData, items, h.cols, {
    bold: { program: true, kegiatan: true },
    unitText: 'Dinas Kesehatan',
    lokasiText: 'Kab. Tulungagung',
    paguDelta: [{ key: '1.02.02.2.02', year: 2, delta: -12_500_000 }],
    jumlah: { label: 'JUMLAH', labelCol: 'A', mergeTo: 'E' },
    jumlahDelta: [{ year: 0, delta: 25_000_000 }],
    beforeRow: (r) => {
      if (r - pageStart < 14) return r;
      sb.mergeText(`A${r}:${h.right}${r}`, `- ${page++} -`);
      pageRows.push(r);
      sb.set(`A${r + 1}`, b(`${title} (lanjutan)`));
      sb.copyRows(3, 6, r + 2);
      repeats.push([r + 2, r + 3, r + 4, r + 5]);
      pageStart = r + 6;
      return r + 6;
    },
  });
  sb.mergeText(`A${f.next}:${h.right}${f.next}`, `- ${page} -`);
  printUnseenLayouts.push({
    id: 'pr-tc27-page-number-rows-lanjutan-titles',
    description: `Dinas Kesehatan T-C.27 pasted from the printed document with its page furniture: every 14 rows or so a page-number row "- 45 -", "- 46 -" … merged over A:${h.right} (the footer), then the running title "${title} (lanjutan)" and the three header rows with (1)…(19) again; the breaks fall between a kegiatan and its sub kegiatan as the pages did; one more page number under the JUMLAH. One table, its header repeated ${repeats.length} times. Planted: the Layanan Kesehatan Rujukan kegiatan (1.02.02.2.02) 12.500.000 under its sub kegiatan in 2027; JUMLAH 2025 25.000.000 over the programs`,
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A3:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)), repeats }],
    findings: [
      { rule: 'total.pagu-induk', cell: f.cell('1.02.02.2.02', 'pagu', 2) },
      { rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 0) },
    ],
    tolerated: [
      { rule: 'total.pagu-induk', cell: f.cell('1.02.02.2.02', 'akhirPagu') },
      { rule: 'total.jumlah', cell: f.cell('jumlah', 'akhirPagu') },
    ],
  });
}

// =============================================================================================
// 4. A table continued on a second sheet: "Tabel 4.2" holds the Penunjang program, "Tabel 4.2
//    (lanjutan)" the header again, the other programs and the JUMLAH of the whole table

{
  const s1 = new SheetBuilder('Tabel 4.2');
  titles(s1, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Satuan Polisi Pamong Praja Kabupaten Blitar']);
  const h = tc27(s1, 4, { yearLabels: years(2025), satuan: true, lokasi: false, numberRow: 'plain' });
  const page1: Item[] = [penunjang('1.05', 0.7, 'full')];
  const page2: Item[] = trantibum(1);
  const opt = { bold: { program: true }, unitText: 'Satpol PP' };
  const f1 = renderFunding(s1, h.firstData, page1, h.cols, { ...opt, paguDelta: [{ key: '1.05.01.2.06', year: 3, delta: -4_000_000 }] });
  const s2 = new SheetBuilder('Tabel 4.2 (lanjutan)');
  s2.set('A1', b('Tabel 4.2 (lanjutan)'));
  const h2 = tc27(s2, 3, { yearLabels: years(2025), satuan: true, lokasi: false, numberRow: 'plain' });
  const f2 = renderFunding(s2, h2.firstData, page2, h2.cols, opt);
  const total = add(programTotals(f1, page1, 5), programTotals(f2, page2, 5));
  total[1] -= 5_000_000;
  const jr = f2.next;
  amountRow(s2, jr, 'JUMLAH', 'A', 'E', h2.cols, total);
  printUnseenLayouts.push({
    id: 'pr-tc27-continued-on-second-sheet',
    description:
      'Satpol PP T-C.27 split over two sheets as over two printed pages: sheet "Tabel 4.2" (title, three header rows, 1 2 3 …) holds the Penunjang program and ends without a total; sheet "Tabel 4.2 (lanjutan)" repeats the header under the title "Tabel 4.2 (lanjutan)", holds the Trantibum program and closes with the JUMLAH of the whole table (both sheets\' programs). Planted: the Administrasi Umum kegiatan (sheet 1) 4.000.000 under its sub kegiatan in 2028; JUMLAH 2026 5.000.000 short of the Σ of the programs on both sheets',
    workbook: workbook(s1, s2),
    tables: [
      { sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:${h.right}${f1.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) },
      { sheet: 'Tabel 4.2 (lanjutan)', kind: 'program-pendanaan', range: `A3:${h2.right}${jr}`, headerRows: h2.headerRows, roles: fundingRoles(h2.cols, years(2025)) },
    ],
    findings: [
      { rule: 'total.pagu-induk', cell: f1.cell('1.05.01.2.06', 'pagu', 3) },
      { rule: 'total.jumlah', cell: `Tabel 4.2 (lanjutan)!${h2.cols.pagu[1]}${jr}` },
    ],
    tolerated: [
      { rule: 'total.pagu-induk', cell: f1.cell('1.05.01.2.06', 'akhirPagu') },
      { rule: 'total.jumlah', cell: `Tabel 4.2 (lanjutan)!${h2.cols.akhirPagu}${jr}` },
    ],
  });
}

// =============================================================================================
// 5. One pagu merged down over rows: over a kegiatan and its two sub kegiatan (the planner's "this
//    kegiatan costs X, for both"), and over two sub kegiatan sharing one budget under a kegiatan
//    that states it again

{
  const sb = new SheetBuilder('Renstra PUPR');
  titles(sb, 1, ['TABEL 4.2', 'RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN NGANJUK']);
  const h = tc27(sb, 4, { yearLabels: years(2025), satuan: true, numberRow: 'paren' });
  const items: Item[] = [penunjang('1.03', 1, 'small'), jalan(1), sda(1)];
  const f = renderFunding(sb, h.firstData, items, h.cols, {
    bold: { program: true },
    indent: { kegiatan: 1, sub: 2 },
    unitText: 'Dinas PUPR',
    lokasiText: 'Kab. Nganjuk',
    jumlah: { label: 'JUMLAH', labelCol: 'A', mergeTo: 'E' },
    paguDelta: [
      { key: '1.03.10', year: 2, delta: 15_000_000 },
      { key: '1.03.02', year: 4, delta: -7_500_000 },
    ],
  });
  const moneyCols = [...h.cols.pagu, h.cols.akhirPagu!];
  // (a) The irrigation kegiatan's pagu merged over its own row and both sub kegiatan rows.
  const k = f.row('1.03.02.2.02');
  for (const c of moneyCols) {
    sb.set(`${c}${k + 1}`, null).set(`${c}${k + 2}`, null);
    sb.merge(`${c}${k}:${c}${k + 2}`);
  }
  // (b) Two Perencanaan sub kegiatan sharing one pagu, merged over their two rows; the kegiatan row keeps its own.
  const s1 = f.row('1.03.01.2.01.0006');
  h.cols.pagu.forEach((c, y) => sb.set(`${c}${s1}`, money(f.pagu('1.03.01.2.01.0006', y) + f.pagu('1.03.01.2.01.0007', y))));
  sb.set(`${h.cols.akhirPagu}${s1}`, money(sumOf([0, 1, 2, 3, 4].map((y) => f.pagu('1.03.01.2.01.0006', y) + f.pagu('1.03.01.2.01.0007', y)))));
  for (const c of moneyCols) {
    sb.set(`${c}${s1 + 1}`, null);
    sb.merge(`${c}${s1}:${c}${s1 + 1}`);
  }
  printUnseenLayouts.push({
    id: 'pr-tc27-pagu-merged-over-kegiatan-and-subs',
    description:
      'Dinas PUPR T-C.27 (indented levels, (1)… row) where a pagu is merged down over several rows, as in the printed table: (a) the irrigation kegiatan 1.03.02.2.02 has each year\'s Rp and the akhir Rp merged over its own row and its two sub kegiatan rows — one amount for the kegiatan and both sub kegiatan together, counted once; (b) the Perencanaan sub kegiatan 0006 and 0007 share one Rp merged over their two rows, the kegiatan row stating its own total. Both are consistent: the kegiatan equals what is under it, the program the Σ of its kegiatan with the merged amount once. Planted: the Penyelenggaraan Jalan program 15.000.000 over its kegiatan in 2027; the SDA program 7.500.000 under its (merged) kegiatan in 2029',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra PUPR', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) }],
    findings: [
      { rule: 'total.pagu-induk', cell: f.cell('1.03.10', 'pagu', 2) },
      { rule: 'total.pagu-induk', cell: f.cell('1.03.02', 'pagu', 4) },
    ],
    tolerated: [
      { rule: 'total.pagu-induk', cell: f.cell('1.03.10', 'akhirPagu') },
      { rule: 'total.pagu-induk', cell: f.cell('1.03.02', 'akhirPagu') },
    ],
  });
}

// =============================================================================================
// 6. Sumber Dana and Keterangan columns holding number-like text: "DAK Fisik 2026", "Perbup
//    12/2024", "BOS Reguler 2025-2029", "Mulai 2027", "SPM (Permendikbudristek 32/2022)"

{
  const sb = new SheetBuilder('T-C.27 Disdik');
  titles(sb, 1, ['Tabel T-C.27', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Pendidikan Kabupaten Madiun Tahun 2025-2029']);
  const h = tc27(sb, 4, { yearLabels: years(2025), satuan: true, lokasi: false, extras: ['Sumber Dana', 'Keterangan'] });
  const dana: Record<string, string> = {
    '1.01.02.2.01.0019': 'DAU SG Pendidikan',
    '1.01.02.2.01.0025': 'APBD',
    '1.01.02.2.01.0029': 'BOS Reguler 2025-2029',
    '1.01.02.2.01.0047': 'DAK Fisik 2026',
    '1.01.02.2.01.0051': 'DAK Fisik 2026, 2028',
    '1.01.02.2.01.0054': 'APBD',
    '1.01.02.2.02.0014': 'DAK Fisik 2027',
    '1.01.02.2.02.0042': 'BOS Reguler 2025-2029',
  };
  const ket: Record<string, string> = {
    '1.01.02': 'SPM (Permendikbudristek 32/2022)',
    '1.01.02.2.01.0029': 'Juknis BOS Permendikbudristek 63/2022',
    '1.01.02.2.01.0047': 'Mulai 2027',
    '1.01.02.2.01.0051': 'Perbup 12/2024',
    '1.01.02.2.01.0054': '54.300 PD x 12 bln',
    '1.01.02.2.02.0059': 'Lokasi: 3 SMPN (2026-2028)',
  };
  const [sdCol, ketCol] = [shift(h.cols.unit!, 1), shift(h.cols.unit!, 2)];
  const cols: FundingColumns = {
    ...h.cols,
    extras: [
      { col: sdCol, value: (n) => (n.level === 'sub' ? dana[n.key] ?? 'APBD' : undefined) },
      { col: ketCol, value: (n) => ket[n.key] },
    ],
  };
  const items: Item[] = [penunjang('1.01', 1.2, 'small'), pendidikanDasar()];
  const f = renderFunding(sb, h.firstData, items, cols, {
    bold: { program: true },
    unitText: 'Dinas Pendidikan',
    jumlah: { label: 'JUMLAH', labelCol: 'B' },
    paguDelta: [{ key: '1.01.02.2.01', year: 1, delta: -20_000_000 }],
    jumlahDelta: [{ year: 4, delta: 100_000_000 }],
  });
  const roles: Record<string, RoleSpec> = { ...fundingRoles(h.cols, years(2025)), [sdCol]: 'notes', [ketCol]: 'notes' };
  printUnseenLayouts.push({
    id: 'pr-tc27-sumber-dana-keterangan-numberlike',
    description:
      'Dinas Pendidikan T-C.27 with "Sumber Dana" and "Keterangan" columns after the unit, filled with text that holds numbers: "DAK Fisik 2026", "DAK Fisik 2026, 2028", "BOS Reguler 2025-2029", "Perbup 12/2024", "Mulai 2027", "54.300 PD x 12 bln", "SPM (Permendikbudristek 32/2022)" — notes, never years or amounts. Planted: the Sekolah Dasar kegiatan 20.000.000 under its sub kegiatan in 2026; JUMLAH 2029 100.000.000 over the programs',
    workbook: workbook(sb),
    tables: [{ sheet: 'T-C.27 Disdik', kind: 'program-pendanaan', range: `A4:${ketCol}${f.last}`, headerRows: h.headerRows, roles }],
    findings: [
      { rule: 'total.pagu-induk', cell: f.cell('1.01.02.2.01', 'pagu', 1) },
      { rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 4) },
    ],
    tolerated: [
      { rule: 'total.pagu-induk', cell: f.cell('1.01.02.2.01', 'akhirPagu') },
      { rule: 'total.jumlah', cell: f.cell('jumlah', 'akhirPagu') },
    ],
  });
}

/** Dinas Pendidikan's SD and SMP kegiatan (one program). */
function pendidikanDasar(): Node {
  const pj = (juta: number, rate = 0.05) => jt(juta, 0.5, 5, rate);
  const f = (v: number) => flat(v);
  return prog('1.01.02', 'PROGRAM PENGELOLAAN PENDIDIKAN', I('Angka Partisipasi Murni (APM) SD/MI', '%', 97.8, rising(98, 0.3)), [
    keg('1.01.02.2.01', 'Pengelolaan Pendidikan Sekolah Dasar', I('Persentase Sekolah Dasar Terakreditasi Minimal B', '%', 88, rising(89, 1.5)), [
      S('1.01.02.2.01.0019', 'Pemeliharaan Rutin Sarana, Prasarana dan Utilitas Sekolah', 'Jumlah Sarana, Prasarana dan Utilitas Sekolah yang Dilaksanakan Pemeliharaan', 'Unit', 60, f(60), pj(1_450)),
      S('1.01.02.2.01.0025', 'Pembinaan Minat, Bakat dan Kreativitas Siswa', 'Jumlah Siswa yang Mengikuti Ajang Kompetisi/Lomba Akademik dan Non Akademik', 'Peserta Didik', 850, rising(900, 50), pj(310)),
      S('1.01.02.2.01.0029', 'Pengelolaan Dana BOS Sekolah Dasar', 'Jumlah Sekolah Dasar yang Mengelola Dana BOS', 'Satuan Pendidikan', 412, f(412), pj(58_700, 0.02)),
      S('1.01.02.2.01.0047', 'Pembangunan Ruang Kelas Baru', 'Jumlah Ruang Kelas Baru yang Bertambah', 'Ruang', 12, [0, 0, 4, 4, 2], [0, 0, 860_000_000, 903_000_000, 474_000_000]),
      S('1.01.02.2.01.0051', 'Rehabilitasi Sedang/Berat Ruang Kelas Sekolah', 'Jumlah Ruang Kelas Sekolah yang Telah Direhabilitasi Sedang/Berat', 'Ruang', 45, [0, 40, 0, 40, 0], [0, 2_800_000_000, 0, 3_087_000_000, 0]),
      S('1.01.02.2.01.0054', 'Penyediaan Biaya Personil Peserta Didik Sekolah Dasar', 'Jumlah Peserta Didik Sekolah Dasar yang Menerima Biaya Personil Peserta Didik', 'Peserta Didik', 54_300, rising(54_500, 200), pj(2_720)),
    ]),
    keg('1.01.02.2.02', 'Pengelolaan Pendidikan Sekolah Menengah Pertama', I('Persentase SMP Terakreditasi Minimal B', '%', 91, rising(92, 1)), [
      S('1.01.02.2.02.0014', 'Rehabilitasi Sedang/Berat Ruang Kelas Sekolah', 'Jumlah Ruang kelas sekolah yang Telah Direhabilitasi Sedang/Berat', 'Ruang', 18, [0, 0, 16, 0, 0], [0, 0, 1_367_000_000, 0, 0]),
      S('1.01.02.2.02.0042', 'Pengelolaan Dana BOS Sekolah Menengah Pertama', 'Jumlah Sekolah Menengah pertama yang Mengelola Dana BOS', 'Satuan Pendidikan', 78, f(78), pj(33_900, 0.02)),
      S('1.01.02.2.02.0059', 'Pembangunan Ruang Kelas Baru', 'Jumlah Ruang Kelas Baru yang Bertambah', 'Ruang', 6, [0, 2, 2, 2, 0], [0, 693_000_000, 727_000_000, 763_000_000, 0]),
    ]),
  ]);
}

// =============================================================================================
// 7. T-C.24 closed by "Catatan:" lines right under its Jumlah, one of them with amounts typed in
//    the anggaran columns of the years they explain

{
  const sb = new SheetBuilder('Tabel 2.8');
  titles(sb, 1, ['Tabel 2.8', 'Anggaran dan Realisasi Pendanaan Pelayanan Kecamatan Bendungan Tahun 2020-2024']);
  const hr = tc24Header(sb, 4, years(2020), false);
  const d0 = hr[hr.length - 1] + 1;
  const progs: Tc24Row[] = [
    tc24Row('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 1_845_200_000, [-0.082, 0.064, 0.051, 0.047], [0.951, 0.962, 0.944, 0.957, 0.969]),
    tc24Row('Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', 96_500_000, [-0.215, 0.142, 0.08, 0.065], [0.934, 0.912, 0.958, 0.947, 0.962]),
    tc24Row('Program Pemberdayaan Masyarakat Desa dan Kelurahan', 148_000_000, [-0.184, 0.121, 0.094, 0.052], [0.925, 0.941, 0.936, 0.952, 0.948]),
    tc24Row('Program Koordinasi Ketenteraman dan Ketertiban Umum', 62_750_000, [-0.104, 0.087, 0.061, 0.058], [0.912, 0.927, 0.944, 0.938, 0.956]),
    tc24Row('Program Penyelenggaraan Urusan Pemerintahan Umum', 45_300_000, [-0.067, 0.095, 0.048, 0.071], [0.948, 0.936, 0.962, 0.954, 0.967]),
  ];
  progs.forEach((x, i) => sb.put(`A${d0 + i}`, [`${i + 1}.`, x.name, ...tc24Values(x)]));
  const jr = d0 + progs.length;
  const total = addRows(progs, 'Jumlah');
  const shownTotal = { ...total, r: [...total.r] };
  shownTotal.r[3] += 3_500_000; // realisasi 2023: 3.500.000 over the programs (its rasio follows what is shown)
  sb.put(`B${jr}`, [b('Jumlah'), ...tc24Values(shownTotal).map((v) => b(v))]);
  // Pemberdayaan 2021 rasio: 0,94 — shown 0,97.
  sb.set(`N${d0 + 2}`, 0.97);
  sb.set(`A${jr + 1}`, 'Catatan:');
  sb.put(`A${jr + 2}`, ['1.', 'Anggaran 2020 dan 2021 telah dikurangi refocusing penanganan Covid-19 sebesar:']);
  sb.put(`B${jr + 3}`, ['- refocusing (Rp)', 245_000_000, 180_500_000]);
  sb.put(`A${jr + 4}`, ['2.', 'Realisasi 2024 angka sementara s.d. 31 Desember 2024 (belum diaudit), rasio 2 desimal']);
  sb.set(`A${jr + 6}`, 'Sumber: Laporan Realisasi Anggaran Kecamatan Bendungan 2020-2024');
  printUnseenLayouts.push({
    id: 'pr-tc24-catatan-lines-with-amounts',
    description:
      'Kecamatan T-C.24 2020-2024 (two header rows, no number row, "1." numbers) whose Jumlah row is followed at once by "Catatan:" lines as the printed page has them: "1. Anggaran 2020 dan 2021 telah dikurangi refocusing …", then "- refocusing (Rp)" with 245.000.000 and 180.500.000 typed under Anggaran 2020 and 2021, "2. Realisasi 2024 angka sementara …", a "Sumber:" line — notes, not rows of the table. Planted: Jumlah realisasi 2023 3.500.000 over the programs; Pemberdayaan rasio 2021 0,97 where 0,94',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 2.8', kind: 'anggaran-realisasi', range: `A4:S${jr}`, headerRows: hr, roles: TC24_ROLES(years(2020)) }],
    findings: [
      { rule: 'total.jumlah', cell: `K${jr}` },
      { rule: 'ratio.anggaran', cell: `N${d0 + 2}` },
    ],
  });
}

// =============================================================================================
// 8. Footnote markers typed into the cells of a T-C.27: "1.150.000.000 *)", "275.000.000 1)",
//    a target "38 **)", the footnotes under the JUMLAH

{
  const sb = new SheetBuilder('Tabel 4.2');
  titles(sb, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Komunikasi dan Informatika Kabupaten Ponorogo']);
  const h = tc27(sb, 4, { yearLabels: years(2025), satuan: true, lokasi: false, numberRow: 'plain' });
  const items: Item[] = [penunjang('2.16', 0.6, 'small'), ...kominfoPrograms()];
  const f = renderFunding(sb, h.firstData, items, h.cols, {
    bold: { program: true },
    unitText: 'Diskominfo',
    jumlah: { label: 'JUMLAH', labelCol: 'B' },
    paguDelta: [{ key: '2.16.03.2.02', year: 1, delta: 20_000_000 }],
  });
  const mark = (key: string, y: number, m: string) => {
    const ref = f.cell(key, 'pagu', y);
    sb.set(ref, `${idr(f.pagu(key, y))} ${m}`);
  };
  mark('2.16.03.2.02.0040', 1, '*)');
  mark('2.16.02.2.01.0026', 0, '1)');
  mark('2.16.02', 3, '*)');
  sb.set(f.cell('2.16.03.2.02', 'target', 2), '38 **)');
  sb.set(`A${f.last + 1}`, '*) Termasuk DAK Non Fisik bidang Komunikasi dan Informatika');
  sb.set(`A${f.last + 2}`, '**) Menyesuaikan hasil evaluasi SPBE Tahun 2026');
  sb.set(`A${f.last + 3}`, '1) Pagu berdasarkan KUA-PPAS Tahun Anggaran 2025');
  printUnseenLayouts.push({
    id: 'pr-tc27-footnote-markers-in-cells',
    description:
      'Diskominfo T-C.27 whose cells carry footnote markers as the printed table does: the Akses Internet sub kegiatan 2026 "1.150.000.000 *)"-style (the amount then " *)"), the Diseminasi sub kegiatan 2025 "… 1)", the Informasi Publik program 2028 "… *)", an E-government kegiatan target "38 **)"; the three footnotes "*) …", "**) …", "1) …" under the JUMLAH. Each marked amount is the amount: every sum holds with it. Planted: the E-government kegiatan 2.16.03.2.02 20.000.000 over its sub kegiatan in 2026 (one of which is the marked cell)',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('2.16.03.2.02', 'pagu', 1) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('2.16.03.2.02', 'akhirPagu') }],
  });
}

/** Diskominfo's two programs (2.16.02, 2.16.03). */
function kominfoPrograms(): Node[] {
  const pj = (juta: number) => jt(juta, 1, 5);
  return [
    prog('2.16.02', 'PROGRAM PENGELOLAAN INFORMASI DAN KOMUNIKASI PUBLIK', I('Persentase Informasi Publik yang Terdiseminasi', '%', 85, rising(87, 2)), [
      keg('2.16.02.2.01', 'Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota', I('Jumlah Informasi Publik yang Dikelola', 'Konten', 900, rising(950, 50)), [
        S('2.16.02.2.01.0026', 'Sosialisasi/Diseminasi Informasi serta Pengelolaan Media Komunikasi Publik', 'Jumlah khalayak yang terpapar informasi publik', 'Orang', 45000, rising(50000, 5000), pj(275)),
        S('2.16.02.2.01.0028', 'Pengelolaan Pengaduan Masyarakat', 'Persentase Pengelolaan dan Publikasi Pengaduan Pelayanan Publik', '%', 92, rising(94, 1), pj(38)),
      ]),
    ]),
    prog('2.16.03', 'PROGRAM PENGELOLAAN APLIKASI INFORMATIKA', I('Indeks SPBE', 'Indeks', 2.6, rising(2.8, 0.2)), [
      keg('2.16.03.2.02', 'Pengelolaan E-government di Lingkup Pemerintah Daerah Kabupaten/Kota', I('Jumlah Layanan E-government yang Dikelola', 'Layanan', 35, rising(36, 1)), [
        S('2.16.03.2.02.0040', 'Penyediaan Akses Internet', 'Jumlah Perangkat Daerah dan UPTD yang memanfaatkan akses internet', 'Titik', 64, rising(70, 6), pj(1_150)),
        S('2.16.03.2.02.0043', 'Penyelenggaraan Jaringan Intra Pemerintah Daerah Kab/Kota', 'Jumlah perangkat daerah yang terhubung dengan Jaringan Intra Pemerintah Daerah', 'Titik', 48, rising(52, 4), pj(690)),
      ]),
    ]),
  ];
}

// =============================================================================================
// 9. T-C.23 with footnote markers after the numbers: realisasi "84,19 **", "33,33 *)", a target
//    "70 *)"; the footnotes under the table

{
  const sb = new SheetBuilder('Tabel 2.7');
  titles(sb, 1, ['Tabel 2.7', 'Pencapaian Kinerja Pelayanan Kecamatan Panggul Kabupaten Trenggalek Tahun 2020-2024']);
  const hr = tc23Header(sb, 4, years(2020), { agency: 'Kecamatan Panggul', numberRow: true });
  const d0 = hr[hr.length - 1] + 1;
  type Row = { ind: string; refs: V[]; t: number[]; r: number[] };
  const data: Row[] = [
    { ind: 'Indeks Kepuasan Masyarakat (IKM) terhadap Pelayanan Kecamatan', refs: ['-', '-', 'V'], t: [80, 81, 82, 83, 84], r: [81.25, 82.4, 84.19, 83.6, 85.02] },
    { ind: 'Persentase Desa Berstatus Desa Mandiri', refs: ['-', 'V', '-'], t: [20, 25, 30, 35, 40], r: [20, 25, 33.33, 33.33, 41.67] },
    { ind: 'Persentase Pengaduan Masyarakat yang Ditindaklanjuti', refs: ['100', '-', '-'], t: [90, 90, 95, 95, 100], r: [92.5, 94, 96.1, 97.3, 98.8] },
    { ind: 'Nilai Evaluasi SAKIP Kecamatan', refs: ['-', '-', 'V'], t: [60, 62, 65, 67, 70], r: [61.2, 63.5, 65.8, 68.4, 70.12] },
    { ind: 'Persentase Desa yang Tertib Administrasi Pemerintahan', refs: ['-', '-', 'V'], t: [70, 75, 80, 85, 90], r: [72, 74, 83, 86, 91] },
  ];
  const comma = (x: number) => String(x).replace('.', ',');
  data.forEach((d, i) => sb.put(`A${d0 + i}`, [i + 1, d.ind, ...d.refs, ...d.t, ...d.r, ...d.t.map((t, y) => round(d.r[y] / t, 2))]));
  sb.set(`M${d0}`, `${comma(84.19)} **`); // IKM realisasi 2022
  sb.set(`M${d0 + 1}`, `${comma(33.33)} *)`); // Desa Mandiri realisasi 2022
  sb.set(`O${d0 + 2}`, `${comma(98.8)} **`); // Pengaduan realisasi 2024
  sb.set(`F${d0 + 4}`, '70 *)'); // Tertib administrasi target 2020
  // Desa Mandiri 2022: 33,33 / 30 = 1,11 — shown 1,01.
  sb.set(`R${d0 + 1}`, 1.01);
  // Tertib administrasi 2020: 72 / 70 = 1,03 — shown 0,97.
  sb.set(`P${d0 + 4}`, 0.97);
  const last = d0 + data.length - 1;
  sb.set(`A${last + 1}`, '*) Target dan realisasi menyesuaikan Perubahan Renstra (Perbup Nomor 45 Tahun 2022)');
  sb.set(`A${last + 2}`, '**) Hasil survei semester II');
  printUnseenLayouts.push({
    id: 'pr-tc23-footnote-markers-realisasi',
    description:
      'Kecamatan T-C.23 2020-2024 (standard heading, 1…20 row, rasio as ratios) whose numbers carry the printed table\'s footnote markers: realisasi "84,19 **", "33,33 *)", "98,8 **" and a target "70 *)" (text), footnotes "*) … Perbup Nomor 45 Tahun 2022" and "**) Hasil survei semester II" under it. A marked value is its number. Planted: Desa Mandiri rasio 2022 1,01 where 33,33 / 30 = 1,11 (realisasi marked); Tertib Administrasi rasio 2020 0,97 where 72 / 70 = 1,03 (target marked)',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 2.7', kind: 'pencapaian-kinerja', range: `A4:T${last}`, headerRows: hr, roles: TC23_ROLES(years(2020)) }],
    findings: [
      { rule: 'ratio.capaian', cell: `R${d0 + 1}` },
      { rule: 'ratio.capaian', cell: `P${d0 + 4}` },
    ],
  });
}

// =============================================================================================
// 10. Hidden helper rows: under every kegiatan a row the planner hides before printing, holding
//     =kegiatan − SUM(sub kegiatan) per year (0 where it adds up); under the JUMLAH a hidden
//     control row summing the sub kegiatan by code length

{
  const sb = new SheetBuilder('Renstra Kec');
  titles(sb, 1, ['RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN', 'KECAMATAN SAWAHAN KABUPATEN MADIUN TAHUN 2025-2029']);
  const h = tc27(sb, 4, { yearLabels: years(2025), satuan: true, numberRow: 'plain' });
  const items: Item[] = [penunjang('7.01', 0.5, 'full'), ...kecamatan(1)];
  const order = entities(items);
  const helpers: { row: number; keg: Node }[] = [];
  let i = 0;
  let lastKeg: Node | undefined;
  const f = renderFunding(sb, h.firstData, items, h.cols, {
    bold: { program: true },
    indent: { kegiatan: 1, sub: 2 },
    unitText: 'Kecamatan Sawahan',
    lokasiText: 'Kec. Sawahan',
    jumlah: { label: 'JUMLAH', labelCol: 'A', mergeTo: 'E' },
    paguDelta: [{ key: '7.01.01.2.06', year: 2, delta: 7_500_000 }],
    beforeRow: (r) => {
      const next = order[i++];
      if (lastKeg && (!next || next.level !== 'sub')) {
        helpers.push({ row: r, keg: lastKeg });
        lastKeg = undefined;
        r++;
      }
      if (next?.level === 'kegiatan') lastKeg = next;
      return r;
    },
  });
  for (const { row, keg: k } of helpers) {
    const kr = f.row(k.key);
    const subs = k.kids.filter((x): x is Node => x.kind === 'node');
    const s0 = f.row(subs[0].key);
    const s1 = f.row(subs[subs.length - 1].key);
    h.cols.pagu.forEach((c, y) => {
      const diff = f.pagu(k.key, y) - sumOf(subs.map((s) => f.pagu(s.key, y)));
      sb.set(`${c}${row}`, diff);
      sb.get(`${c}${row}`)!.f = `${c}${kr}-SUM(${c}${s0}:${c}${s1})`;
    });
  }
  const ctl = f.next;
  const subsAll = order.filter((n) => n.level === 'sub');
  h.cols.pagu.forEach((c, y) => {
    sb.set(`${c}${ctl}`, sumOf(subsAll.map((s) => f.pagu(s.key, y))));
    sb.get(`${c}${ctl}`)!.f = `SUMPRODUCT((LEN($A$${h.firstData}:$A$${f.last - 1})=17)*${c}${h.firstData}:${c}${f.last - 1})`;
  });
  printUnseenLayouts.push({
    id: 'pr-tc27-hidden-helper-check-rows',
    description:
      'Kecamatan T-C.27 in which the planner keeps hidden helper rows (hidden in Excel, so never printed; the grid cannot say they are hidden): under the last sub kegiatan of every kegiatan a row with no code or name holding =kegiatan − SUM(sub kegiatan) per year (cached 0, and 7.500.000 where the planted error is), and under the JUMLAH a control row =SUMPRODUCT((LEN(A…)=17)*G…) giving the Σ of the sub kegiatan. The helpers are no entities, no continuation of the sub kegiatan above, and not part of the table after the JUMLAH. Planted: the Administrasi Umum kegiatan 7.01.01.2.06 7.500.000 over its sub kegiatan in 2027 (its helper row shows the 7.500.000)',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra Kec', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('7.01.01.2.06', 'pagu', 2) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('7.01.01.2.06', 'akhirPagu') }],
  });
}

// =============================================================================================
// 11. A very wide funding table: ten years 2025-2034 (a projection aligned to the RPJPD 2025-2045),
//     target and Rp per year, the end-of-period pair for 2034

{
  const sb = new SheetBuilder('Proyeksi 2025-2034');
  titles(sb, 1, ['Tabel 4.3', 'Proyeksi Program, Kegiatan, Sub Kegiatan dan Pendanaan Satuan Polisi Pamong Praja Kabupaten Kediri Tahun 2025-2034', '(selaras dengan RPJPD Kabupaten Kediri Tahun 2025-2045)']);
  const ys = years(2025, 10);
  const h = tc27(sb, 5, {
    yearLabels: ys,
    satuan: true,
    lokasi: false,
    numberRow: 'paren',
    labels: { group: 'Target Kinerja dan Pagu Indikatif Tahun 2025-2034', akhir: 'Kondisi Kinerja pada Akhir Tahun 2034', baseline: 'Kondisi Awal (2024)' },
  });
  const items: Item[] = [penunjangFull('1.05', 0.4, 10), ...trantibum(1, 10)];
  const f = renderFunding(sb, h.firstData, items, h.cols, {
    bold: { program: true, kegiatan: true },
    unitText: 'Satpol PP',
    jumlah: { label: 'JUMLAH', labelCol: 'A', mergeTo: 'E' },
    paguDelta: [{ key: '1.05.02.2.02', year: 7, delta: -18_000_000 }],
    jumlahDelta: [{ year: 9, delta: -40_000_000 }],
  });
  // The trantibum program's end-of-period target copied from 2029 (the Renstra's last year), not 2034.
  const akhir = f.cell('1.05.02', 'akhirTarget');
  const t2029 = sb.get(f.cell('1.05.02', 'target', 4))!.v as number;
  sb.set(akhir, t2029);
  printUnseenLayouts.push({
    id: 'pr-tc27-ten-years-2025-2034',
    description: `Satpol PP funding projection 2025-2034 aligned to the RPJPD 2025-2045: Kode, name, indicator, satuan, "Kondisi Awal (2024)", ten Target | Rp pairs under "Target Kinerja dan Pagu Indikatif Tahun 2025-2034" (F:Y), "Kondisi Kinerja pada Akhir Tahun 2034" Target | Rp, unit — ${h.right} columns wide with (1)…(n) row. The end-of-period Rp is the Σ of ten years and its target the 2034 target. Planted: the Penegakan Perda kegiatan 18.000.000 under its sub kegiatan in 2032; JUMLAH 2034 40.000.000 short; the Trantibum program's end-of-period target ${t2029} (its 2029 target) where 2034 says ${sb.get(f.cell('1.05.02', 'target', 9))!.v}`,
    workbook: workbook(sb),
    tables: [{ sheet: 'Proyeksi 2025-2034', kind: 'program-pendanaan', range: `A5:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, ys) }],
    findings: [
      { rule: 'total.pagu-induk', cell: f.cell('1.05.02.2.02', 'pagu', 7) },
      { rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 9) },
      { rule: 'total.akhir-periode-target', cell: akhir },
    ],
    tolerated: [
      { rule: 'total.pagu-induk', cell: f.cell('1.05.02.2.02', 'akhirPagu') },
      { rule: 'total.jumlah', cell: f.cell('jumlah', 'akhirPagu') },
    ],
  });
}

// =============================================================================================
// 12. A narrow T-C.24: an agency formed in 2022 has three years of anggaran and realisasi

{
  const sb = new SheetBuilder('Tabel 2.6');
  titles(sb, 1, ['Tabel 2.6', 'Anggaran dan Realisasi Pendanaan Pelayanan Badan Riset dan Inovasi Daerah Kabupaten Lamongan Tahun 2022-2024', '(BRIDA dibentuk dengan Perda Nomor 9 Tahun 2021, beroperasi sejak 2022)']);
  const top = 5;
  const ys = years(2022, 3);
  sb.mergeText(`A${top}:A${top + 1}`, b('No'));
  sb.mergeText(`B${top}:B${top + 1}`, b('Uraian'));
  sb.mergeText(`C${top}:E${top}`, b('Anggaran pada Tahun'));
  sb.mergeText(`F${top}:H${top}`, b('Realisasi Anggaran pada Tahun'));
  sb.mergeText(`I${top}:K${top}`, b('Rasio antara Realisasi dan Anggaran Tahun'));
  sb.mergeText(`L${top}:M${top}`, b('Rata-rata Pertumbuhan (%)'));
  sb.put(`C${top + 1}`, [...ys, ...ys, ...ys].map((y) => b(y)));
  sb.put(`L${top + 1}`, [b('Anggaran'), b('Realisasi')]);
  const d0 = top + 2;
  const progs: Tc24Row[] = [
    { name: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', a: [1_684_250_000, 1_912_400_000, 2_047_800_000], r: [1_541_087_500, 1_798_612_000, 1_958_176_000] },
    { name: 'Program Penelitian dan Pengembangan Daerah', a: [385_000_000, 462_500_000, 518_750_000], r: [351_890_000, 437_062_500, 497_481_250] },
    { name: 'Program Inovasi Daerah (Kegiatan Pengembangan Inovasi dan Teknologi)', a: [120_000_000, 175_000_000, 210_000_000], r: [104_400_000, 166_250_000, 201_600_000] },
  ];
  progs.forEach((x, i) => sb.put(`A${d0 + i}`, [i + 1, x.name, ...tc24Values(x)]));
  const jr = d0 + progs.length;
  const total = addRows(progs, 'Jumlah');
  const shown = { ...total, a: [...total.a] };
  shown.a[1] -= 25_000_000; // Jumlah anggaran 2023 25.000.000 short (its rasio and growth follow what is shown)
  sb.put(`B${jr}`, [b('Jumlah'), ...tc24Values(shown).map((v) => b(v))]);
  // Penelitian 2024 rasio: 497.481.250 / 518.750.000 = 0,96 — shown 0,86.
  sb.set(`K${d0 + 1}`, 0.86);
  const roles: Record<string, RoleSpec> = {
    A: 'no',
    B: 'name',
    ...yearRoles('pagu', letters('C', 3), ys),
    ...yearRoles('realisasi', letters('F', 3), ys),
    ...yearRoles('rasio', letters('I', 3), ys),
    L: 'growth/anggaran',
    M: 'growth/realisasi',
  };
  printUnseenLayouts.push({
    id: 'pr-tc24-three-years-new-agency',
    description:
      'BRIDA T-C.24 with three years only (2022-2024: the agency was formed in 2022): Anggaran, Realisasi and Rasio 2022 | 2023 | 2024, "Rata-rata Pertumbuhan (%)" Anggaran | Realisasi (the mean of two year-on-year growths), three programs and a Jumlah — thirteen columns. Planted: Jumlah anggaran 2023 25.000.000 short; Penelitian rasio 2024 0,86 where 0,96',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 2.6', kind: 'anggaran-realisasi', range: `A${top}:M${jr}`, headerRows: [top, top + 1], roles }],
    findings: [
      { rule: 'total.jumlah', cell: `D${jr}` },
      { rule: 'ratio.anggaran', cell: `K${d0 + 1}` },
    ],
  });
}

// =============================================================================================
// 13. An A3 sheet: T-C.23 (A:T) and T-C.24 (V:AN) side by side, each under its own title, with
//     different heading depths and lengths

{
  const sb = new SheetBuilder('Bab II (A3)');
  sb.set('A2', b('Tabel 2.7 Pencapaian Kinerja Pelayanan Dinas Penanaman Modal dan PTSP Kabupaten Jember'));
  sb.set('V2', b('Tabel 2.8 Anggaran dan Realisasi Pendanaan Pelayanan Dinas Penanaman Modal dan PTSP Kabupaten Jember'));
  const hr23 = tc23Header(sb, 4, years(2020), { agency: 'DPMPTSP', numberRow: true });
  const d23 = hr23[hr23.length - 1] + 1;
  const cap: { ind: string; refs: V[]; t: number[]; r: number[] }[] = [
    { ind: 'Persentase Perizinan yang Diterbitkan Tepat Waktu', refs: ['100', '-', '-'], t: [90, 92, 94, 96, 98], r: [91.4, 93.2, 95.7, 96.1, 98.4] },
    { ind: 'Indeks Kepuasan Masyarakat Pelayanan Perizinan', refs: ['-', '-', 'V'], t: [80, 81, 82, 83, 84], r: [80.45, 82.1, 83.37, 84.02, 85.6] },
    { ind: 'Nilai Realisasi Investasi (Rp Miliar)', refs: ['-', 'V', '-'], t: [850, 900, 950, 1_000, 1_050], r: [812.4, 934.5, 1_012.7, 1_088.2, 1_126.9] },
    { ind: 'Persentase Pelaku Usaha yang Menyampaikan LKPM', refs: ['-', '-', 'V'], t: [35, 40, 45, 50, 55], r: [31.2, 38.6, 46.1, 49.3, 56.8] },
    { ind: 'Jumlah Nomor Induk Berusaha (NIB) yang Diterbitkan', refs: ['-', '-', 'V'], t: [4_000, 4_500, 5_000, 5_500, 6_000], r: [4_212, 4_870, 5_436, 5_918, 6_405] },
    { ind: 'Persentase Pengaduan Perizinan yang Diselesaikan', refs: ['100', '-', '-'], t: [95, 95, 100, 100, 100], r: [96, 97.5, 98, 100, 100] },
  ];
  cap.forEach((d, i) => sb.put(`A${d23 + i}`, [i + 1, d.ind, ...d.refs, ...d.t, ...d.r, ...d.t.map((t, y) => round(d.r[y] / t, 2))]));
  // LKPM 2021: 38,6 / 40 = 0,97 — shown 1,07.
  sb.set(`Q${d23 + 3}`, 1.07);
  const last23 = d23 + cap.length - 1;
  // T-C.24 from V, two heading rows, no number row.
  const L = (n: number) => shift('V', n);
  sb.mergeText(`${L(0)}4:${L(0)}5`, b('No'));
  sb.mergeText(`${L(1)}4:${L(1)}5`, b('Uraian'));
  sb.mergeText(`${L(2)}4:${L(6)}4`, b('Anggaran pada Tahun ke-'));
  sb.mergeText(`${L(7)}4:${L(11)}4`, b('Realisasi Anggaran pada Tahun ke-'));
  sb.mergeText(`${L(12)}4:${L(16)}4`, b('Rasio antara Realisasi dan Anggaran Tahun ke-'));
  sb.mergeText(`${L(17)}4:${L(18)}4`, b('Rata-rata Pertumbuhan'));
  const ys = years(2020).map((y) => b(y));
  sb.put(`${L(2)}5`, [...ys, ...ys, ...ys, b('Anggaran'), b('Realisasi')]);
  const progs: Tc24Row[] = [
    tc24Row('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 4_215_000_000, [0.034, 0.041, 0.029, 0.045], [0.944, 0.958, 0.962, 0.951, 0.967]),
    tc24Row('Program Pengembangan Iklim Penanaman Modal', 185_000_000, [-0.15, 0.12, 0.08, 0.06], [0.912, 0.936, 0.948, 0.957, 0.961]),
    tc24Row('Program Promosi Penanaman Modal', 310_000_000, [-0.22, 0.18, 0.09, 0.05], [0.897, 0.921, 0.944, 0.938, 0.952]),
    tc24Row('Program Pelayanan Penanaman Modal', 865_000_000, [0.025, 0.061, 0.047, 0.052], [0.951, 0.963, 0.958, 0.971, 0.966]),
  ];
  progs.forEach((x, i) => sb.put(`${L(0)}${6 + i}`, [i + 1, x.name, ...tc24Values(x)]));
  const jr24 = 6 + progs.length;
  const tot = addRows(progs, 'Jumlah');
  const shownTot = { ...tot, a: [...tot.a] };
  shownTot.a[4] += 30_000_000; // Jumlah anggaran 2024 30.000.000 over (rasio and growth follow it)
  sb.put(`${L(1)}${jr24}`, [b('Jumlah'), ...tc24Values(shownTot).map((v) => b(v))]);
  const roles24: Record<string, RoleSpec> = {
    [L(0)]: 'no',
    [L(1)]: 'name',
    ...yearRoles('pagu', letters(L(2), 5), years(2020)),
    ...yearRoles('realisasi', letters(L(7), 5), years(2020)),
    ...yearRoles('rasio', letters(L(12), 5), years(2020)),
    [L(17)]: 'growth/anggaran',
    [L(18)]: 'growth/realisasi',
  };
  printUnseenLayouts.push({
    id: 'pr-a3-tc23-beside-tc24',
    description:
      'DPMPTSP Bab II on one A3 landscape sheet: Tabel 2.7 (T-C.23, A:T, two heading rows and a 1…20 row, six indicators) and Tabel 2.8 (T-C.24, V:AN, two heading rows without number row, four programs and a Jumlah) side by side, column U empty between, each titled in row 2. Planted: LKPM rasio 2021 1,07 where 38,6 / 40 = 0,97; T-C.24 Jumlah anggaran 2024 30.000.000 over its programs',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [
      { sheet: 'Bab II (A3)', kind: 'pencapaian-kinerja', range: `A4:T${last23}`, headerRows: hr23, roles: TC23_ROLES(years(2020)) },
      { sheet: 'Bab II (A3)', kind: 'anggaran-realisasi', range: `V4:AN${jr24}`, headerRows: [4, 5], roles: roles24 },
    ],
    findings: [
      { rule: 'ratio.capaian', cell: `Q${d23 + 3}` },
      { rule: 'total.jumlah', cell: `${L(6)}${jr24}` },
    ],
  });
}

// =============================================================================================
// 14. Page totals: every page of a T-C.27 closed by "Jumlah halaman ini" (the Σ of that page's
//     programs), the last one followed by "JUMLAH SELURUHNYA" (the Σ of all programs)

{
  const sb = new SheetBuilder('Lampiran IV');
  titles(sb, 1, ['LAMPIRAN IV', 'RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KABUPATEN JEMBER']);
  const h = tc27(sb, 4, { yearLabels: years(2025), satuan: true, lokasi: false, numberRow: 'paren' });
  const all = penanamanModalPrograms();
  const page1: Item[] = [penunjang('2.18', 0.5, 'small'), ...all.slice(0, 2)];
  const page2: Item[] = all.slice(2);
  const opt = { bold: { program: true }, unitText: 'DPMPTSP' };
  const f1 = renderFunding(sb, h.firstData, page1, h.cols, opt);
  const t1 = programTotals(f1, page1, 5);
  const shown1 = [...t1];
  shown1[2] -= 9_000_000; // page 1 total 2027 9.000.000 short
  const j1 = f1.next;
  amountRow(sb, j1, 'Jumlah halaman ini', 'B', undefined, h.cols, shown1);
  // The page footer, right-aligned in the PDF, landed over the last columns.
  sb.mergeText(`${h.cols.akhirTarget}${j1 + 1}:${h.right}${j1 + 1}`, 'Halaman 1 dari 2');
  const band2 = j1 + 2;
  sb.copyRows(4, 7, band2);
  const f2 = renderFunding(sb, band2 + 4, page2, h.cols, opt);
  const t2 = programTotals(f2, page2, 5);
  const j2 = f2.next;
  amountRow(sb, j2, 'Jumlah halaman ini', 'B', undefined, h.cols, t2);
  const grand = add(t1, t2);
  grand[4] += 50_000_000; // JUMLAH SELURUHNYA 2029 50.000.000 over the programs
  const jr = j2 + 1;
  amountRow(sb, jr, 'JUMLAH SELURUHNYA', 'B', undefined, h.cols, grand);
  sb.mergeText(`${h.cols.akhirTarget}${jr + 1}:${h.right}${jr + 1}`, 'Halaman 2 dari 2');
  printUnseenLayouts.push({
    id: 'pr-tc27-jumlah-halaman-ini-seluruhnya',
    description:
      'DPMPTSP T-C.27 (Lampiran IV) in two printed pages, each closed by "Jumlah halaman ini" in the name column — the Σ of that page\'s programs — then the page footer "Halaman 1 dari 2" (right-aligned in the PDF, so merged over the akhir Target … unit columns), the header band and (1)… row repeated, and "JUMLAH SELURUHNYA" after the last page total, the Σ of every program (it is computed from the programs, not from the page totals), and "Halaman 2 dari 2" under it. Planted: page 1\'s "Jumlah halaman ini" 2027 9.000.000 short of its three programs (the 2027 grand total is right); JUMLAH SELURUHNYA 2029 50.000.000 over',
    workbook: workbook(sb),
    tables: [{ sheet: 'Lampiran IV', kind: 'program-pendanaan', range: `A4:${h.right}${jr}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)), repeats: [[band2, band2 + 1, band2 + 2, band2 + 3]] }],
    findings: [
      { rule: 'total.jumlah', cell: `${h.cols.pagu[2]}${j1}` },
      { rule: 'total.jumlah', cell: `${h.cols.pagu[4]}${jr}` },
    ],
    tolerated: [
      { rule: 'total.jumlah', cell: `${h.cols.akhirPagu}${j1}` },
      { rule: 'total.jumlah', cell: `${h.cols.akhirPagu}${jr}` },
    ],
  });
}

/** DPMPTSP's four programs after Penunjang (2.18.02 … 2.18.05). */
function penanamanModalPrograms(): Node[] {
  const pj = (juta: number) => jt(juta, 1, 5);
  const f = (v: number) => flat(v);
  return [
    prog('2.18.02', 'PROGRAM PENGEMBANGAN IKLIM PENANAMAN MODAL', I('Indeks Kemudahan Berusaha Daerah', 'Indeks', 3.1, rising(3.2, 0.1)), [
      keg('2.18.02.2.02', 'Pembuatan Peta Potensi Investasi Kabupaten/Kota', I('Jumlah Dokumen Peta Potensi Investasi', 'Dokumen', 1, f(1)), [
        S('2.18.02.2.02.0007', 'Penyusunan Peta Potensi dan Peluang Investasi Kabupaten/Kota', 'Jumlah Dokumen Peta Potensi dan Peluang Investasi Kabupaten/Kota', 'Dokumen', 1, f(1), pj(120)),
      ]),
    ]),
    prog('2.18.03', 'PROGRAM PROMOSI PENANAMAN MODAL', I('Jumlah Minat Investasi yang Difasilitasi', 'Investor', 12, rising(14, 2)), [
      keg('2.18.03.2.01', 'Penyelenggaraan Promosi Penanaman Modal yang Menjadi Kewenangan Daerah Kabupaten/Kota', I('Jumlah Kegiatan Promosi Penanaman Modal', 'Kegiatan', 3, f(3)), [
        S('2.18.03.2.01.0002', 'Pelaksanaan Kegiatan Promosi Penanaman Modal Daerah Kabupaten/Kota', 'Jumlah Dokumen Hasil Kegiatan Promosi Penanaman Modal Kabupaten/Kota', 'Dokumen', 3, f(3), pj(175)),
        S('2.18.03.2.01.0003', 'Penyusunan Strategi Promosi Penanaman Modal Kewenangan Kabupaten/Kota', 'Jumlah dokumen strategi Promosi Penanaman Modal Kab/Kota', 'Dokumen', 1, f(1), pj(45)),
      ]),
    ]),
    prog('2.18.04', 'PROGRAM PELAYANAN PENANAMAN MODAL', I('Persentase Perizinan Berusaha yang Diselesaikan Tepat Waktu', '%', 96, rising(97, 0.5)), [
      keg('2.18.04.2.01', 'Pelayanan Perizinan dan Non Perizinan Secara Terpadu Satu Pintu dibidang Penanaman Modal yang Menjadi Kewenangan Daerah Kabupaten/Kota', I('Jumlah Perizinan dan Non Perizinan yang Diterbitkan', 'Izin', 8_500, rising(9_000, 500)), [
        S('2.18.04.2.01.0001', 'Penyediaan Pelayanan Terpadu Perizinan dan Non Perizinan Berbasis Sistem Pelayanan Perizinan Berusaha Terintegrasi secara Elektronik', 'Jumlah Dokumen Perizinan dan Non Perizinan yang Diterbitkan', 'Dokumen', 8_500, rising(9_000, 500), pj(640)),
        S('2.18.04.2.01.0002', 'Pemantauan Pemenuhan Komitmen Perizinan dan Non Perizinan Penanaman Modal', 'Jumlah Laporan Pemantauan Pemenuhan Komitmen Perizinan', 'Laporan', 4, f(4), pj(85)),
      ]),
    ]),
    prog('2.18.05', 'PROGRAM PENGENDALIAN PELAKSANAAN PENANAMAN MODAL', I('Persentase Pelaku Usaha yang Menyampaikan LKPM', '%', 42, rising(48, 6)), [
      keg('2.18.05.2.01', 'Pengendalian Pelaksanaan Penanaman Modal yang Menjadi Kewenangan Daerah Kabupaten/Kota', I('Jumlah Kegiatan Usaha yang Dikendalikan', 'Kegiatan Usaha', 300, rising(320, 20)), [
        S('2.18.05.2.01.0001', 'Pemantauan Pelaksanaan Penanaman Modal', 'Jumlah Laporan Pemantauan Pelaksanaan Penanaman Modal', 'Laporan', 4, f(4), pj(95)),
        S('2.18.05.2.01.0003', 'Pengawasan Penanaman Modal', 'Jumlah Laporan Pengawasan Penanaman Modal', 'Laporan', 4, f(4), pj(70)),
      ]),
    ]),
  ];
}
