/**
 * Layouts from the wild: habits of real offices that the other spec files do not cover — tables
 * pasted from Word/PDF (stray empty columns, headings split over two cells, money as "Rp …,00"
 * text, English thousands from a PDF), SIPD/e-Renstra exports (one heading row, codes over five
 * columns, everything text, a Satuan per year, Lokasi and Kelompok Sasaran), Bappeda templates
 * (outline numbers, tujuan/sasaran section rows across the table, sub totals per program), units in
 * headers (Rp. 000, juta rupiah, Target (%), Capaian (%), "Realisasi s.d. Tahun 2024"), years as
 * formulas or dates or in reverse order, only the column-number row repeated on each page, two
 * tables side by side, a chart's data block beside a table, a signature block under a table, and the
 * Permendagri 54/2010 wording of the forms. Where a case follows a real table found in public
 * material, its description says which.
 */
import { jalan, kominfo, pelatihanKerja, penunjang, perencanaan, sda, titleCase } from '../data';
import { type FundingColumns, type Item, type Node, I, bidang, flat, fundingRoles, idr, keg, mapTree, prog, renderFunding, rising, series, strategic, sub, urusan } from '../funding';
import { type Layout, type RoleSpec, type V, SheetBuilder, b, letters, meanGrowth, numbers, round, shift, workbook, yearRoles, years } from '../kit';
import { ANGGARAN, CAPAIAN, TC23_ROLES, TC24_ROLES } from './forms';

export const wildLayouts: Layout[] = [];

const M = 1_000_000;

/** Rewrites the numbers in `cols` over rows `from..to` as text (a table pasted from a document or exported by SIPD). */
function asText(sb: SheetBuilder, cols: string[], from: number, to: number, f: (n: number) => string): void {
  for (let r = from; r <= to; r++) {
    for (const c of cols) {
      const cell = sb.get(`${c}${r}`);
      if (cell && typeof cell.v === 'number') {
        cell.v = f(cell.v);
        delete cell.fmt;
      }
    }
  }
}

/** "Rp 1.642.014.563,00", "-" for zero: money as Word and PDF tables write it. */
const rpText = (n: number): string => (n === 0 ? '-' : `Rp ${idr(n)},00`);
/** Comma decimal with two places: 0,93 · 104,52. */
const comma2 = (n: number): string => n.toFixed(2).replace('.', ',');

/** A copy of a plan tree with every leaf pagu scaled (e.g. to thousands or millions of rupiah). */
function scaled(n: Node, f: (v: number) => number): Node {
  return mapTree(n, (x) => (x.pagu ? { ...x, pagu: x.pagu.map(f) } : x));
}

// =============================================================================================
// Pasted from Word / PDF

// Word table pasted into Excel: every heading its own merged block with line breaks, three stray empty columns, money as "Rp …,00" text, "-" for none.
{
  const sb = new SheetBuilder('Tabel 4.2');
  sb.set('A1', b('Tabel 4.2')).set('A2', b('Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Komunikasi dan Informatika'));
  const tall = (c: string, label: string) => sb.mergeText(`${c}4:${c}6`, b(label));
  tall('A', 'KODE');
  tall('B', 'PROGRAM/\nKEGIATAN/\nSUB KEGIATAN');
  // C: a stray column left by the conversion, empty in every row.
  tall('D', 'INDIKATOR\nKINERJA');
  tall('E', 'SATUAN');
  tall('F', 'KONDISI\nAWAL\n(2024)');
  // G: stray.
  sb.mergeText('H4:S4', b('TARGET KINERJA DAN\nKERANGKA PENDANAAN'));
  const pairs = ['H', 'J', 'M', 'O', 'R']; // L and Q are stray columns between the pairs
  pairs.forEach((c, i) => {
    sb.mergeText(`${c}5:${shift(c, 1)}5`, b(String(2025 + i)));
    sb.put(`${c}6`, [b('TARGET\nKINERJA'), b('PAGU\nINDIKATIF\n(Rp)')]);
  });
  sb.mergeText('T4:U5', b('KONDISI KINERJA\nAKHIR PERIODE\nRENSTRA'));
  sb.put('T6', [b('TARGET'), b('Rp')]);
  tall('V', 'UNIT KERJA\nPENANGGUNG\nJAWAB');
  const cols: FundingColumns = {
    code: 'A',
    name: 'B',
    indicator: 'D',
    satuan: 'E',
    baseline: 'F',
    target: pairs,
    pagu: pairs.map((c) => shift(c, 1)),
    akhirTarget: 'T',
    akhirPagu: 'U',
    unit: 'V',
  };
  // The intranet network sub kegiatan starts in 2026: "-" for its 2025 target and pagu.
  const [informasi, aplikasi] = kominfo(1);
  const late = mapTree(aplikasi, (x) => (x.key === '2.16.03.2.02.0043' ? { ...x, pagu: [0, ...(x.pagu ?? []).slice(1)], ind: [{ ...x.ind[0], t: ['-', ...x.ind[0].t.slice(1)] }] } : x));
  const items: Item[] = [penunjang('2.16', 0.6, 'small'), informasi, late];
  const f = renderFunding(sb, 7, items, cols, { bold: { program: true }, unitText: 'Diskominfo', paguDelta: [{ key: '2.16.02.2.01', year: 1, delta: 10_000_000 }] });
  asText(sb, [...cols.pagu, 'U'], 7, f.last, rpText);
  sb.set(`H${f.row('2.16.03.2.02.0043')}`, '-');
  wildLayouts.push({
    id: 'paste-word-stray-columns',
    description:
      'Word/PDF paste: every heading a merged block with line breaks ("TARGET\\nKINERJA", "PAGU\\nINDIKATIF\\n(Rp)"), stray empty columns C, G, L, Q (empty in every row), pagu as text "Rp 1.234.000,00", "-" for none; a kegiatan Rp 10.000.000 over its sub kegiatan in 2026',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:V${f.last}`, headerRows: [4, 5, 6], roles: fundingRoles(cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('2.16.02.2.01', 'pagu', 1) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('2.16.02.2.01', 'akhirPagu') }],
  });
}

// PDF converted to Excel: the group heading and the end-of-period heading each split over two cells of their row.
{
  const sb = new SheetBuilder('Renstra PUPR');
  sb.set('A1', b('TABEL T-C.27 RENCANA PROGRAM, KEGIATAN, DAN PENDANAAN DINAS PEKERJAAN UMUM DAN PENATAAN RUANG'));
  const tall = (c: string, label: string) => sb.mergeText(`${c}3:${c}5`, b(label));
  tall('A', 'Kode');
  tall('B', 'Program dan Kegiatan');
  tall('C', 'Indikator Kinerja Program (outcome) dan Kegiatan (output)');
  tall('D', 'Data Capaian pada Tahun Awal Perencanaan');
  sb.mergeText('E3:I3', b('Target Kinerja Program dan'));
  sb.mergeText('J3:N3', b('Kerangka Pendanaan'));
  [1, 2, 3, 4, 5].forEach((y, i) => {
    const c = shift('E', 2 * i);
    sb.mergeText(`${c}4:${shift(c, 1)}4`, b(`Tahun-${y}`));
    sb.put(`${c}5`, [b('target'), b('Rp')]);
  });
  sb.mergeText('O3:O4', b('Kondisi Kinerja pada akhir'));
  sb.mergeText('P3:P4', b('periode Renstra Perangkat Daerah'));
  sb.put('O5', [b('target'), b('Rp')]);
  tall('Q', 'Unit Kerja Perangkat Daerah Penanggung Jawab');
  tall('R', 'Lokasi');
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', baseline: 'D', target: letters('E', 5, 2), pagu: letters('F', 5, 2), akhirTarget: 'O', akhirPagu: 'P', unit: 'Q', lokasi: 'R' };
  const items: Item[] = [penunjang('1.03', 0.8, 'small'), jalan(1)];
  const f = renderFunding(sb, 6, items, cols, {
    bold: { program: true },
    unitText: 'Dinas PUPR',
    lokasiText: 'Kabupaten',
    jumlah: { label: 'Jumlah', labelCol: 'A', mergeTo: 'D' },
    jumlahDelta: [{ year: 3, delta: -8_000_000 }],
  });
  wildLayouts.push({
    id: 'paste-pdf-split-headings',
    description:
      'PDF converted to Excel: "Target Kinerja Program dan" | "Kerangka Pendanaan" in two merged cells of one row, "Kondisi Kinerja pada akhir" | "periode Renstra Perangkat Daerah" over its target | Rp, "Tahun-1 … Tahun-5"; Jumlah 8.000.000 short in Tahun-4',
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra PUPR', kind: 'program-pendanaan', range: `A3:R${f.last}`, headerRows: [3, 4, 5], roles: fundingRoles(cols, [1, 2, 3, 4, 5]) }],
    findings: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 3) }],
    tolerated: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'akhirPagu') }],
  });
}

// T-C.24 copied out of a PDF: every amount text "Rp 1.700.387.445,00", rasio "0,93", growth "4,12", "Rp*)" footnote mark in the headings.
{
  const sb = new SheetBuilder('Tabel 2.8');
  sb.set('A1', b('Tabel 2.8')).set('A2', b('Anggaran dan Realisasi Pendanaan Pelayanan Kecamatan Kartoharjo'));
  sb.mergeText('A4:A5', b('No'));
  sb.mergeText('B4:B5', b('Uraian'));
  sb.mergeText('C4:G4', b('Anggaran pada Tahun ke- (Rp*)'));
  sb.mergeText('H4:L4', b('Realisasi Anggaran pada Tahun ke- (Rp*)'));
  sb.mergeText('M4:Q4', b('Rasio antara Realisasi dan Anggaran Tahun ke-'));
  sb.mergeText('R4:S4', b('Rata-rata Pertumbuhan'));
  sb.put('C5', [...numbers(5), ...numbers(5), ...numbers(5), b('Anggaran'), b('Realisasi')]);
  sb.put('A6', numbers(19, 'paren'));
  const row = (x: { a: number[]; r: number[] }) => [...x.a.map(rpText), ...x.r.map(rpText), ...x.a.map((a, i) => comma2(round(x.r[i] / a, 2))), comma2(round(meanGrowth(x.a) * 100, 2)), comma2(round(meanGrowth(x.r) * 100, 2))];
  ANGGARAN.forEach((x, i) => sb.put(`A${7 + i}`, [`${i + 1}.`, x.name, ...row(x)]));
  const jr = 7 + ANGGARAN.length;
  const total = { a: years(0).map((_, i) => ANGGARAN.reduce((s, x) => s + x.a[i], 0)), r: years(0).map((_, i) => ANGGARAN.reduce((s, x) => s + x.r[i], 0)) };
  total.r[1] -= 2_500_000; // realisasi of tahun ke-2 typed 2.500.000 short
  sb.put(`B${jr}`, [b('Jumlah'), ...row(total).map((v) => b(v))]);
  sb.set(`A${jr + 1}`, '*) dalam rupiah');
  // Pemberdayaan Masyarakat, tahun ke-4: 31.870.250 / 32.500.000 = 0,98 — shown "0,89".
  sb.set('P9', '0,89');
  wildLayouts.push({
    id: 'paste-pdf-tc24-rp-text',
    description:
      'T-C.24 copied from a PDF: every amount text "Rp 1.700.387.445,00", rasio "0,93" and growth "4,12" as text, "(Rp*)" footnote mark in the group headings, No "1.", "*) dalam rupiah" under the table; Jumlah realisasi tahun ke-2 2.500.000 short, one wrong rasio',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 2.8', kind: 'anggaran-realisasi', range: `A4:S${jr}`, headerRows: [4, 5, 6], roles: TC24_ROLES([1, 2, 3, 4, 5]) }],
    findings: [
      { rule: 'total.jumlah', cell: `I${jr}` },
      { rule: 'ratio.anggaran', cell: 'P9' },
    ],
  });
}

// English thousands from a PDF made on an English-locale Excel ("Rp. (juta)": 957 | 1,100 | 2,850), after the RPJMD Tabel 7.1 on pdfslide.tips.
{
  const sb = new SheetBuilder('Tabel 4.2');
  sb.set('A1', b('Tabel 4.2 Rencana Program, Kegiatan dan Pendanaan (Rp. juta) Dinas Tenaga Kerja'));
  sb.put('A3', [b('Kode'), b('Program/Kegiatan/Sub Kegiatan'), b('Indikator Kinerja'), b('Satuan'), b('Kondisi Awal')]);
  sb.merge('A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4');
  years(2025).forEach((y, i) => {
    const c = shift('F', 2 * i);
    sb.mergeText(`${c}3:${shift(c, 1)}3`, b(y));
    sb.put(`${c}4`, [b('Target'), b('Rp. (juta)')]);
  });
  sb.mergeText('P3:P4', b('Penanggung Jawab'));
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', target: letters('F', 5, 2), pagu: letters('G', 5, 2), unit: 'P' };
  const juta = (v: number) => Math.round(v / M);
  const items: Item[] = [scaled(pelatihanKerja(2.5), juta), scaled(penunjang('2.07', 0.5, 'small'), juta)];
  const f = renderFunding(sb, 5, items, cols, { bold: { program: true }, unitText: 'Disnaker', jumlah: { label: 'Jumlah', labelCol: 'B' }, jumlahDelta: [{ year: 4, delta: -100 }] });
  asText(sb, cols.pagu, 5, f.last, (n) => n.toLocaleString('en-US'));
  wildLayouts.push({
    id: 'pdf-english-thousands-juta',
    description:
      'Pagu in "Rp. (juta)" pasted from a PDF made on an English-locale Excel: text with comma thousands ("957", "1,100", "2,850"), as in an RPJMD Tabel 7.1 on pdfslide.tips; Jumlah 100 juta short in 2029',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A3:P${f.last}`, headerRows: [3, 4], roles: fundingRoles(cols, years(2025)) }],
    findings: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 4) }],
  });
}

// =============================================================================================
// SIPD / e-Renstra exports

// SIPD export: one heading row, code over five "Kode …" columns, every value text ("3150000000", "46"), "Target 2025 | Pagu 2025" pairs, Lokasi and Kelompok Sasaran on sub kegiatan rows.
{
  const sb = new SheetBuilder('Sheet1');
  const head: V[] = ['Kode Urusan', 'Kode Bidang Urusan', 'Kode Program', 'Kode Kegiatan', 'Kode Sub Kegiatan', 'Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan', 'Indikator', 'Satuan'];
  for (const y of years(2025)) head.push(`Target ${y}`, `Pagu ${y}`);
  head.push('Lokasi', 'Kelompok Sasaran', 'Perangkat Daerah');
  sb.put('A1', head);
  const cols: FundingColumns = { codeSplit: ['A', 'B', 'C', 'D', 'E'], name: 'F', indicator: 'G', satuan: 'H', target: letters('I', 5, 2), pagu: letters('J', 5, 2), unit: 'U' };
  const items: Item[] = [urusan('1', 'URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR', [bidang('1.03', 'URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG', [jalan(1), sda(1)])])];
  const extras = [
    { col: 'S', value: (n: Node): V => (n.level === 'sub' ? 'Kabupaten Magetan' : undefined) },
    { col: 'T', value: (n: Node): V => (n.level === 'sub' ? 'Masyarakat Pengguna Jalan dan Petani' : undefined) },
  ];
  const f = renderFunding(sb, 2, items, { ...cols, extras }, { headingSums: true, unitText: '1.03.0.00.0.00.01.0000 Dinas Pekerjaan Umum dan Penataan Ruang', paguDelta: [{ key: '1.03.10.2.01', year: 2, delta: -15_000_000 }] });
  asText(sb, [...cols.target!, ...cols.pagu], 2, f.last, (n) => String(n));
  const roles: Record<string, RoleSpec> = { ...fundingRoles(cols, years(2025)), S: 'notes', T: 'notes' };
  wildLayouts.push({
    id: 'sipd-export-one-row-text',
    description:
      'SIPD export: one heading row "Kode Urusan | Kode Bidang Urusan | Kode Program | Kode Kegiatan | Kode Sub Kegiatan | … | Target 2025 | Pagu 2025 | … | Lokasi | Kelompok Sasaran | Perangkat Daerah", every value text ("3150000000"), urusan/bidang rows with sums; a kegiatan 15.000.000 under its sub kegiatan in 2027',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Sheet1', kind: 'program-pendanaan', range: `A1:U${f.last}`, headerRows: [1], roles }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('1.03.10.2.01', 'pagu', 2) }],
  });
}

// e-Renstra: under each year "Target | Satuan | Pagu" (the unit repeated per year), baseline with its own Satuan.
{
  const sb = new SheetBuilder('Renstra');
  sb.set('A1', b('RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN INDIKATIF (e-Renstra)'));
  sb.mergeText('A3:A4', b('Kode'));
  sb.mergeText('B3:B4', b('Program/Kegiatan/Sub Kegiatan'));
  sb.mergeText('C3:C4', b('Indikator Kinerja'));
  sb.mergeText('D3:D4', b('Baseline 2024'));
  years(2025).forEach((y, i) => {
    const c = shift('E', 3 * i);
    sb.mergeText(`${c}3:${shift(c, 2)}3`, b(y));
    sb.put(`${c}4`, [b('Target'), b('Satuan'), b('Pagu')]);
  });
  sb.mergeText('T3:T4', b('Perangkat Daerah Penanggung Jawab'));
  const satuanCols = letters('F', 5, 3);
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', baseline: 'D', satuan: 'F', target: letters('E', 5, 3), pagu: letters('G', 5, 3), unit: 'T' };
  const items: Item[] = [penunjang('5.01', 0.7, 'small'), perencanaan(1)];
  const f = renderFunding(sb, 5, items, cols, { bold: { program: true }, unitText: 'Bappeda', jumlah: { label: 'JUMLAH', labelCol: 'B' }, jumlahDelta: [{ year: 1, delta: 6_000_000 }] });
  for (let r = 5; r <= f.last; r++) {
    const unit = sb.get(`F${r}`)?.v;
    if (typeof unit === 'string') satuanCols.slice(1).forEach((c) => sb.set(`${c}${r}`, unit));
  }
  const roles: Record<string, RoleSpec> = fundingRoles(cols, years(2025));
  for (const c of satuanCols) roles[c] = 'satuan';
  wildLayouts.push({
    id: 'sipd-target-satuan-pagu',
    description: 'e-Renstra layout: each year merged over "Target | Satuan | Pagu" (the unit typed again every year), "Baseline 2024"; JUMLAH 6.000.000 over in 2026',
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra', kind: 'program-pendanaan', range: `A3:T${f.last}`, headerRows: [3, 4], roles }],
    findings: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 1) }],
  });
}

// =============================================================================================
// Bappeda templates

/** Outline numbers in the No column: "1." program, "1.1" kegiatan, "a." sub kegiatan. */
function outline(sb: SheetBuilder, col: string, row: (key: string) => number, programs: Node[], first = 1): void {
  programs.forEach((p, pi) => {
    sb.set(`${col}${row(p.key)}`, b(`${pi + first}.`));
    (p.kids as Node[]).forEach((k, ki) => {
      sb.set(`${col}${row(k.key)}`, `${pi + first}.${ki + 1}`);
      (k.kids as Node[]).forEach((s, si) => sb.set(`${col}${row(s.key)}`, `${String.fromCharCode(97 + si)}.`));
    });
  });
}

// Bappeda template: No "1." / "1.1" / "a.", programs in capitals and bold, tujuan and sasaran as section rows merged across the whole table.
{
  const sb = new SheetBuilder('Tabel 4.2');
  sb.set('A1', b('TABEL 4.2 RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN DINAS PEKERJAAN UMUM DAN PENATAAN RUANG'));
  sb.mergeText('A3:A4', b('No'));
  sb.mergeText('B3:B4', b('Program/Kegiatan/Sub Kegiatan'));
  sb.mergeText('C3:C4', b('Indikator Kinerja'));
  sb.mergeText('D3:D4', b('Satuan'));
  sb.mergeText('E3:E4', b('Kondisi Awal'));
  years(2025).forEach((y, i) => {
    const c = shift('F', 2 * i);
    sb.mergeText(`${c}3:${shift(c, 1)}3`, b(y));
    sb.put(`${c}4`, [b('Target'), b('Pagu')]);
  });
  sb.mergeText('P3:P4', b('Penanggung Jawab'));
  sb.put('A5', numbers(16, 'paren'));
  const cols: FundingColumns = { name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', target: letters('F', 5, 2), pagu: letters('G', 5, 2), unit: 'P' };
  const section = (r: number, text: string) => sb.mergeText(`A${r}:P${r}`, b(text));
  const noCodes = (n: Node) => mapTree(n, (x) => ({ ...x, code: undefined }));
  const road = noCodes(jalan(1));
  const water = noCodes(sda(1));
  const pen = noCodes(penunjang('1.03', 0.6, 'small'));
  let r = 6;
  section(r++, 'TUJUAN 1 : Meningkatnya kualitas infrastruktur wilayah yang mendukung pertumbuhan ekonomi');
  section(r++, 'SASARAN 1.1 : Meningkatnya kemantapan jalan kabupaten');
  const f1 = renderFunding(sb, r, [road], cols, { bold: { program: true }, unitText: 'Bidang Bina Marga', paguDelta: [{ key: road.key, year: 1, delta: 7_500_000 }] });
  r = f1.next;
  section(r++, 'SASARAN 1.2 : Meningkatnya kinerja jaringan irigasi');
  const f2 = renderFunding(sb, r, [water], cols, { bold: { program: true }, unitText: 'Bidang SDA' });
  r = f2.next;
  section(r++, 'TUJUAN 2 : Meningkatnya akuntabilitas kinerja perangkat daerah');
  const f3 = renderFunding(sb, r, [pen], cols, { bold: { program: true }, unitText: 'Sekretariat' });
  const jr = f3.next;
  sb.mergeText(`A${jr}:E${jr}`, b('JUMLAH'));
  years(2025).forEach((_, y) => sb.set(`${cols.pagu[y]}${jr}`, { v: f1.pagu(road.key, y) + f2.pagu(water.key, y) + f3.pagu(pen.key, y), fmt: '#,##0', bold: true }));
  const rowOf = (key: string): number => {
    for (const f of [f1, f2, f3]) {
      try {
        return f.row(key);
      } catch {
        // in another block
      }
    }
    throw new Error(`no row for ${key}`);
  };
  outline(sb, 'A', rowOf, [road, water, pen]);
  wildLayouts.push({
    id: 'bappeda-outline-section-rows',
    description:
      'Bappeda template: No column "1." / "1.1" / "a.", no codes, programs in capitals and bold, "TUJUAN 1 : …" and "SASARAN 1.1 : …" section rows merged across A:P between the blocks, (1)…(16) row; a program Rp 7.500.000 over its kegiatan in 2026',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A3:P${jr}`, headerRows: [3, 4, 5], roles: { A: 'no', ...fundingRoles(cols, years(2025)) } }],
    findings: [{ rule: 'total.pagu-induk', cell: f1.cell(road.key, 'pagu', 1) }],
  });
}

// Bappeda template: a "Sub Total Program …" row after each program and "TOTAL KESELURUHAN" at the end.
{
  const sb = new SheetBuilder('Pendanaan');
  sb.set('A1', b('RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN INDIKATIF DINAS KOMUNIKASI DAN INFORMATIKA TAHUN 2026-2030'));
  sb.put('A3', [b('Kode'), b('Program/Kegiatan/Sub Kegiatan'), b('Indikator Kinerja'), b('Satuan'), b('Kondisi Awal')]);
  sb.merge('A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4');
  years(2026).forEach((y, i) => {
    const c = shift('F', 2 * i);
    sb.mergeText(`${c}3:${shift(c, 1)}3`, b(y));
    sb.put(`${c}4`, [b('Target'), b('Pagu')]);
  });
  sb.mergeText('P3:P4', b('Keterangan'));
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', target: letters('F', 5, 2), pagu: letters('G', 5, 2) };
  const programs: Node[] = [penunjang('2.16', 0.6, 'small'), ...kominfo(1)];
  let r = 5;
  const subtotal: Record<string, number> = {};
  const totals = [0, 0, 0, 0, 0];
  for (const p of programs) {
    const f = renderFunding(sb, r, [p], cols, { bold: { program: true } });
    r = f.next;
    subtotal[p.key] = r;
    sb.set(`B${r}`, b(`Sub Total ${titleCase(p.name)}`));
    years(2026).forEach((_, y) => {
      totals[y] += f.pagu(p.key, y);
      sb.set(`${cols.pagu[y]}${r}`, { v: f.pagu(p.key, y), fmt: '#,##0', bold: true });
    });
    r++;
  }
  // The Sub Total of the second program typed 4.000.000 over in 2027; the grand total 10.000.000 short in 2029.
  const wrongSub = `${cols.pagu[1]}${subtotal['2.16.02']}`;
  sb.set(wrongSub, { v: (sb.get(wrongSub)!.v as number) + 4_000_000, fmt: '#,##0', bold: true });
  sb.set(`B${r}`, b('TOTAL KESELURUHAN'));
  years(2026).forEach((_, y) => sb.set(`${cols.pagu[y]}${r}`, { v: totals[y] - (y === 3 ? 10_000_000 : 0), fmt: '#,##0', bold: true }));
  wildLayouts.push({
    id: 'bappeda-subtotal-per-program',
    description:
      'Bappeda template: a bold "Sub Total Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota" (and so on) row after each program, "TOTAL KESELURUHAN" at the end; one Sub Total 4.000.000 over its program in 2027, TOTAL KESELURUHAN 10.000.000 short in 2029',
    workbook: workbook(sb),
    tables: [{ sheet: 'Pendanaan', kind: 'program-pendanaan', range: `A3:P${r}`, headerRows: [3, 4], roles: fundingRoles(cols, years(2026)) }],
    findings: [
      { rule: 'total.jumlah', cell: wrongSub },
      { rule: 'total.jumlah', cell: `${cols.pagu[3]}${r}` },
    ],
  });
}

// =============================================================================================
// Units in the headers

// Pagu in thousands: "Pagu Indikatif (Rp. 000)" under each year.
{
  const sb = new SheetBuilder('Tabel 4.2');
  sb.set('A1', b('Tabel 4.2 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas PUPR (dalam ribuan rupiah)'));
  sb.mergeText('A3:A4', b('Kode'));
  sb.mergeText('B3:B4', b('Program/Kegiatan/Sub Kegiatan'));
  sb.mergeText('C3:C4', b('Indikator Kinerja'));
  sb.mergeText('D3:D4', b('Satuan'));
  sb.mergeText('E3:E4', b('Kondisi Awal'));
  years(2025).forEach((y, i) => {
    const c = shift('F', 2 * i);
    sb.mergeText(`${c}3:${shift(c, 1)}3`, b(`Tahun ${y}`));
    sb.put(`${c}4`, [b('Target'), b('Pagu Indikatif (Rp. 000)')]);
  });
  sb.mergeText('P3:Q3', b('Kondisi Kinerja Akhir Periode'));
  sb.put('P4', [b('Target'), b('Pagu Indikatif (Rp. 000)')]);
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', target: letters('F', 5, 2), pagu: letters('G', 5, 2), akhirTarget: 'P', akhirPagu: 'Q' };
  const ribu = (v: number) => Math.round(v / 1000);
  const items: Item[] = [scaled(jalan(1), ribu), scaled(sda(1), ribu)];
  const f = renderFunding(sb, 5, items, cols, { bold: { program: true }, jumlah: { label: 'JUMLAH', labelCol: 'B' }, paguDelta: [{ key: '1.03.02.2.02', year: 3, delta: 2_500 }] });
  wildLayouts.push({
    id: 'units-pagu-rp-000',
    description: 'Pagu in thousands of rupiah under "Pagu Indikatif (Rp. 000)" per year and for the end of the period; a kegiatan 2.500 (thousand) over its sub kegiatan in 2028',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A3:Q${f.last}`, headerRows: [3, 4], roles: fundingRoles(cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('1.03.02.2.02', 'pagu', 3) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('1.03.02.2.02', 'akhirPagu') }],
  });
}

// Baseline "Realisasi Kinerja s.d. Tahun 2024", pagu under "Anggaran (juta rupiah)".
{
  const sb = new SheetBuilder('Renstra');
  sb.set('A1', b('RENCANA PROGRAM, KEGIATAN DAN PENDANAAN BAPPEDA 2025-2029'));
  sb.mergeText('A3:A4', b('Kode'));
  sb.mergeText('B3:B4', b('Program/Kegiatan/Sub Kegiatan'));
  sb.mergeText('C3:C4', b('Indikator Kinerja'));
  sb.mergeText('D3:D4', b('Satuan'));
  sb.mergeText('E3:E4', b('Realisasi Kinerja s.d. Tahun 2024'));
  years(2025).forEach((y, i) => {
    const c = shift('F', 2 * i);
    sb.mergeText(`${c}3:${shift(c, 1)}3`, b(y));
    sb.put(`${c}4`, [b('Target'), b('Anggaran (juta rupiah)')]);
  });
  sb.mergeText('P3:P4', b('Penanggung Jawab'));
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', target: letters('F', 5, 2), pagu: letters('G', 5, 2), unit: 'P' };
  const juta = (v: number) => Math.round(v / 1000) / 1000;
  const items: Item[] = [scaled(penunjang('5.01', 0.9, 'small'), juta), scaled(perencanaan(1), juta)];
  const f = renderFunding(sb, 5, items, cols, { bold: { program: true }, unitText: 'Bappeda', jumlah: { label: 'JUMLAH', labelCol: 'B' }, jumlahDelta: [{ year: 2, delta: -12 }] });
  for (let r = 5; r <= f.last; r++) {
    for (const c of cols.pagu) {
      const cell = sb.get(`${c}${r}`);
      if (cell) cell.fmt = '#,##0.000';
    }
  }
  wildLayouts.push({
    id: 'units-realisasi-sd-2024-juta',
    description: 'Baseline headed "Realisasi Kinerja s.d. Tahun 2024", pagu under "Anggaran (juta rupiah)" with three decimals; JUMLAH 12 juta short in 2027',
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra', kind: 'program-pendanaan', range: `A3:P${f.last}`, headerRows: [3, 4], roles: fundingRoles(cols, years(2025)) }],
    findings: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 2) }],
  });
}

// T-C.23 laid out year by year: each year over "Target (%) | Realisasi (%) | Capaian (%)".
{
  const sb = new SheetBuilder('Tabel 2.3');
  sb.set('A1', b('Tabel 2.3 Pencapaian Kinerja Pelayanan Dinas Kesehatan Tahun 2020-2024'));
  sb.mergeText('A3:A4', b('No'));
  sb.mergeText('B3:B4', b('Indikator Kinerja sesuai Tugas dan Fungsi Perangkat Daerah'));
  years(2020).forEach((y, i) => {
    const c = shift('C', 3 * i);
    sb.mergeText(`${c}3:${shift(c, 2)}3`, b(`Tahun ${y}`));
    sb.put(`${c}4`, [b('Target (%)'), b('Realisasi (%)'), b('Capaian (%)')]);
  });
  const data = [
    { indicator: 'Persentase Ibu Hamil Mendapatkan Pelayanan Kesehatan Sesuai Standar', t: [95, 96, 97, 98, 100], r: [93.4, 96.8, 95.1, 98.2, 99.4] },
    { indicator: 'Persentase Bayi Baru Lahir Mendapatkan Pelayanan Kesehatan Sesuai Standar', t: [96, 97, 98, 99, 100], r: [97.2, 96.5, 98.8, 99.1, 100] },
    { indicator: 'Persentase Penderita Hipertensi yang Mendapatkan Pelayanan Kesehatan Sesuai Standar', t: [70, 75, 80, 85, 90], r: [61.3, 72.4, 81.7, 79.9, 88.2] },
    { indicator: 'Persentase Puskesmas Terakreditasi', t: [60, 70, 80, 90, 100], r: [55, 70, 85, 90, 95] },
  ];
  data.forEach((d, i) => sb.put(`A${5 + i}`, [i + 1, d.indicator, ...d.t.flatMap((t, k) => [t, d.r[k], round((d.r[k] / t) * 100, 2)])]));
  // Hipertensi 2023: 79,9 / 85 = 94,00 % — shown 106,38 (target ÷ realisasi).
  sb.set('N7', 106.38);
  const roles: Record<string, RoleSpec> = { A: 'no', B: 'indicator' };
  years(2020).forEach((y, i) => {
    const c = shift('C', 3 * i);
    roles[c] = `target@${y}` as RoleSpec;
    roles[shift(c, 1)] = `realisasi@${y}` as RoleSpec;
    roles[shift(c, 2)] = `rasio@${y}` as RoleSpec;
  });
  wildLayouts.push({
    id: 'units-tc23-year-major-pct',
    description: 'T-C.23 laid out year by year: "Tahun 2020" over "Target (%) | Realisasi (%) | Capaian (%)", and so on to 2024; one capaian inverted (106,38 where 94,00)',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 2.3', kind: 'pencapaian-kinerja', range: 'A3:Q8', headerRows: [3, 4], roles }],
    findings: [{ rule: 'ratio.capaian', cell: 'N7' }],
  });
}

// =============================================================================================
// Years written in other ways

// Years as formulas: 2025 typed once, the next years =F3+1, =H3+1 … (cached numbers in the file).
{
  const sb = new SheetBuilder('Tabel 4.2');
  sb.set('A1', b('Tabel 4.2 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Komunikasi dan Informatika'));
  sb.put('A3', [b('Kode'), b('Program/Kegiatan/Sub Kegiatan'), b('Indikator Kinerja'), b('Satuan'), b('Kondisi Awal')]);
  sb.merge('A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4');
  years(2025).forEach((y, i) => {
    const c = shift('F', 2 * i);
    sb.mergeText(`${c}3:${shift(c, 1)}3`, b(y));
    if (i > 0) sb.get(`${c}3`)!.f = `${shift(c, -2)}3+1`;
    sb.put(`${c}4`, [b('Target'), b('Pagu')]);
  });
  sb.mergeText('P3:P4', b('Perangkat Daerah Penanggung Jawab'));
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', target: letters('F', 5, 2), pagu: letters('G', 5, 2), unit: 'P' };
  const items: Item[] = [penunjang('2.16', 0.5, 'small'), ...kominfo(0.9)];
  const f = renderFunding(sb, 5, items, cols, { bold: { program: true }, unitText: 'Diskominfo', paguDelta: [{ key: '2.16.03.2.02', year: 4, delta: -20_000_000 }] });
  wildLayouts.push({
    id: 'years-as-formulas',
    description: 'Year headings as formulas: 2025 typed in F3, then =F3+1, =H3+1 … with cached 2026 … 2029; a kegiatan 20.000.000 under its sub kegiatan in 2029',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A3:P${f.last}`, headerRows: [3, 4], roles: fundingRoles(cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('2.16.03.2.02', 'pagu', 4) }],
  });
}

/** Excel's serial number of 1 January of a year (1900 date system). */
function janFirst(y: number): number {
  return Math.round((Date.UTC(y, 0, 1) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

// Years as dates: 1 January of each year formatted "yyyy" (the sheet shows 2025 … 2029).
{
  const sb = new SheetBuilder('IKK');
  sb.set('A1', b('Tabel 4.6 Indikator Kinerja Kunci Dinas Kesehatan'));
  sb.mergeText('A3:A4', b('NO'));
  sb.mergeText('B3:B4', b('INDIKATOR KINERJA KUNCI'));
  sb.mergeText('C3:C4', b('SATUAN'));
  sb.mergeText('D3:H3', b('TARGET TAHUN'));
  years(2025).forEach((y, i) => sb.set(`${shift('D', i)}4`, { v: janFirst(y), fmt: 'yyyy', bold: true }));
  sb.mergeText('I3:I4', b('KET'));
  const data: [string, number[]][] = [
    ['Persentase Ibu Hamil Mendapatkan Pelayanan Kesehatan Ibu Hamil Sesuai Standar', [95, 96, 97, 98, 100]],
    ['Persentase Bayi Baru Lahir Mendapatkan Pelayanan Kesehatan Bayi Baru Lahir', [96, 97, 98, 99, 100]],
    ['Persentase Penderita Hipertensi yang Mendapatkan Pelayanan Kesehatan Sesuai Standar', [70, 75, 80, 85, 90]],
  ];
  data.forEach(([ind, t], i) => sb.put(`A${5 + i}`, [i + 1, ind, '%', ...t, 'SPM']));
  wildLayouts.push({
    id: 'years-as-dates-yyyy',
    description:
      'IKK whose year headings are dates (1 January) formatted "yyyy", so the sheet shows 2025 … 2029; in memory the cells hold the serial numbers 45658 … with fmt yyyy, as the Excel add-in reads them (Office.js values), through .xlsx exceljs gives "2025-01-01"',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'IKK', kind: 'ikk', range: 'A3:I7', headerRows: [3, 4], roles: { A: 'no', B: 'indicator', C: 'satuan', ...yearRoles('target', letters('D', 5), years(2025)), I: 'notes' } }],
    findings: [],
  });
}

// T-C.24 with the latest year first (2024 … 2020) in every group; growth still over the years in time order.
{
  const sb = new SheetBuilder('Tabel 2.8');
  sb.set('A1', b('Tabel 2.8 Anggaran dan Realisasi Pendanaan Pelayanan Kecamatan'));
  sb.mergeText('A3:A4', b('No'));
  sb.mergeText('B3:B4', b('Uraian'));
  sb.mergeText('C3:G3', b('Anggaran'));
  sb.mergeText('H3:L3', b('Realisasi'));
  sb.mergeText('M3:Q3', b('Rasio antara Realisasi dan Anggaran'));
  sb.mergeText('R3:S3', b('Rata-rata Pertumbuhan'));
  const desc = [2024, 2023, 2022, 2021, 2020];
  sb.put('C4', [...desc, ...desc, ...desc].map((y) => b(y)));
  sb.put('R4', [b('Anggaran'), b('Realisasi')]);
  const rev = <T>(xs: T[]) => [...xs].reverse();
  const values = (a: number[], r: number[]) => [...rev(a), ...rev(r), ...rev(a.map((x, i) => round(r[i] / x, 2))), round(meanGrowth(a) * 100, 2), round(meanGrowth(r) * 100, 2)];
  ANGGARAN.forEach((x, i) => sb.put(`A${5 + i}`, [i + 1, x.name, ...values(x.a, x.r)]));
  const jr = 5 + ANGGARAN.length;
  const ta = years(0).map((_, i) => ANGGARAN.reduce((s, x) => s + x.a[i], 0));
  const tr = years(0).map((_, i) => ANGGARAN.reduce((s, x) => s + x.r[i], 0));
  sb.put(`B${jr}`, [b('Jumlah'), ...values(ta, tr).map((v) => b(v))]);
  // Koordinasi Ketentraman 2022 (column O): 85.196.650 / 86.694.050 = 0,98 — shown 1,08.
  sb.set('O8', 1.08);
  wildLayouts.push({
    id: 'years-descending-tc24',
    description: 'T-C.24 with the latest year first (2024, 2023 … 2020) under Anggaran, Realisasi and Rasio; growth computed over the years in time order; one wrong rasio (2022)',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Tabel 2.8',
        kind: 'anggaran-realisasi',
        range: `A3:S${jr}`,
        headerRows: [3, 4],
        roles: { A: 'no', B: 'name', ...yearRoles('pagu', letters('C', 5), desc), ...yearRoles('realisasi', letters('H', 5), desc), ...yearRoles('rasio', letters('M', 5), desc), R: 'growth/anggaran', S: 'growth/realisasi' },
      },
    ],
    findings: [{ rule: 'ratio.anggaran', cell: 'O8' }],
  });
}

// IKU of a plan starting in a transition year: "Tahun 2025 (Baseline)" then targets 2026-2030.
{
  const sb = new SheetBuilder('IKU');
  sb.set('A1', b('Tabel 4.4 Indikator Kinerja Utama Badan Perencanaan Pembangunan Daerah Tahun 2026-2030'));
  sb.mergeText('A3:A4', b('No'));
  sb.mergeText('B3:B4', b('Indikator Kinerja Utama'));
  sb.mergeText('C3:C4', b('Satuan'));
  sb.mergeText('D3:D4', b('Tahun 2025 (Baseline)'));
  sb.mergeText('E3:I3', b('Target'));
  sb.put('E4', years(2026).map((y) => b(`Tahun ${y}`)));
  sb.mergeText('J3:J4', b('Penanggung Jawab'));
  sb.put('A5', [1, 'Persentase Keselarasan Program RPJMD dan RKPD', '%', 92, 93, 94, 95, 96, 97, 'Sekretariat']);
  sb.put('A6', [2, 'Nilai Evaluasi Kinerja Pembangunan Daerah', 'Nilai', 3.2, 3.3, 3.4, 3.5, 3.6, 3.7, 'Bidang Litbang']);
  sb.put('A7', [3, 'Persentase Rekomendasi Hasil Penelitian yang Ditindaklanjuti', '%', 40, 45, 50, 55, 60, 65, 'Bidang Litbang']);
  wildLayouts.push({
    id: 'iku-tahun-baseline-column',
    description: 'IKU with a "Tahun 2025 (Baseline)" column before the targets "Tahun 2026 … Tahun 2030", Penanggung Jawab',
    workbook: workbook(sb),
    tables: [{ sheet: 'IKU', kind: 'iku', range: 'A3:J7', headerRows: [3, 4], roles: { A: 'no', B: 'indicator', C: 'satuan', D: 'baseline', ...yearRoles('target', letters('E', 5), years(2026)), J: 'notes' } }],
    findings: [],
  });
}

// Word's "repeat header row" set on the column-number row only: after every page break the row 1 2 3 … 16 comes again, alone.
{
  const sb = new SheetBuilder('Tabel 4.2');
  sb.set('A1', b('Tabel 4.2')).set('A2', b('Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Kecamatan Kartoharjo'));
  sb.put('A4', [b('KODE'), b('PROGRAM/KEGIATAN/SUB KEGIATAN'), b('INDIKATOR KINERJA'), b('SATUAN'), b('KONDISI AWAL')]);
  sb.merge('A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5');
  years(2025).forEach((y, i) => {
    const c = shift('F', 2 * i);
    sb.mergeText(`${c}4:${shift(c, 1)}4`, b(y));
    sb.put(`${c}5`, [b('TARGET'), b('PAGU')]);
  });
  sb.mergeText('P4:P5', b('KET'));
  sb.put('A6', numbers(16, 'plain'));
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', target: letters('F', 5, 2), pagu: letters('G', 5, 2) };
  let pageStart = 7;
  const repeated: number[] = [];
  const items: Item[] = [penunjang('7.01', 0.5), ...kecamatan2()];
  const f = renderFunding(sb, 7, items, cols, {
    bold: { program: true },
    jumlah: { label: 'JUMLAH', labelCol: 'B' },
    jumlahDelta: [{ year: 1, delta: -9_000_000 }],
    beforeRow: (r) => {
      if (r - pageStart < 8) return r;
      sb.put(`A${r}`, numbers(16, 'plain'));
      repeated.push(r);
      pageStart = r + 1;
      return r + 1;
    },
  });
  wildLayouts.push({
    id: 'repeat-colnum-row-only',
    description: `Funding table whose column-number row 1 2 3 … 16 alone is repeated at the top of every page (rows ${repeated.join(', ')}); JUMLAH 9.000.000 short in 2026`,
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:P${f.last}`, headerRows: [4, 5, 6], roles: fundingRoles(cols, years(2025)) }],
    findings: [{ rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 1) }],
  });
}

/** The kecamatan programs (a fresh copy). */
function kecamatan2(): Node[] {
  return [
    prog('7.01.02', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', I('Indeks Kepuasan Masyarakat', 'Indeks', 81, rising(81.5, 0.5)), [
      keg('7.01.02.2.01', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', I('Jumlah Laporan Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', 'Laporan', 16, flat(16)), [
        sub('7.01.02.2.01.0001', 'Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah dan Instansi Vertikal Terkait', I('Jumlah Laporan Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan', 'Laporan', 12, flat(12)), series(18 * M)),
        sub('7.01.02.2.01.0002', 'Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan', I('Jumlah Dokumen Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan', 'Dokumen', 4, flat(4)), series(9.5 * M)),
      ]),
    ]),
  ];
}

// =============================================================================================
// More than one block on a sheet

// IKU on the left, IKK on the right, one empty column between, both headings on the same rows.
{
  const sb = new SheetBuilder('IKU IKK');
  sb.set('A1', b('Tabel 4.4 Indikator Kinerja Utama Dinas Kesehatan')).set('L1', b('Tabel 4.6 Indikator Kinerja Kunci Dinas Kesehatan'));
  sb.mergeText('A3:A4', b('No'));
  sb.mergeText('B3:B4', b('Indikator Kinerja Utama'));
  sb.mergeText('C3:C4', b('Satuan'));
  sb.mergeText('D3:D4', b('Kondisi Awal 2024'));
  sb.mergeText('E3:I3', b('Target'));
  sb.put('E4', years(2025).map(b));
  sb.mergeText('J3:J4', b('Kondisi Akhir'));
  sb.mergeText('L3:L4', b('No'));
  sb.mergeText('M3:M4', b('Indikator Kinerja Kunci'));
  sb.mergeText('N3:N4', b('Satuan'));
  sb.mergeText('O3:S3', b('Target'));
  sb.put('O4', years(2025).map(b));
  const iku: [string, string, number, number[]][] = [
    ['Angka Kematian Ibu', 'per 100.000 KH', 98, [95, 92, 90, 88, 85]],
    ['Angka Kematian Bayi', 'per 1.000 KH', 8.2, [8, 7.8, 7.6, 7.4, 7.2]],
    ['Prevalensi Stunting', '%', 14.6, [14, 13, 12, 11, 10]],
  ];
  iku.forEach(([n, s, base, t], i) => sb.put(`A${5 + i}`, [i + 1, n, s, base, ...t, t[4]]));
  const ikk: [string, number[]][] = [
    ['Persentase Ibu Hamil Mendapatkan Pelayanan Kesehatan Ibu Hamil Sesuai Standar', [95, 96, 97, 98, 100]],
    ['Persentase Bayi Baru Lahir Mendapatkan Pelayanan Kesehatan Bayi Baru Lahir', [96, 97, 98, 99, 100]],
    ['Persentase Penderita Hipertensi yang Mendapatkan Pelayanan Kesehatan Sesuai Standar', [70, 75, 80, 85, 90]],
    ['Persentase Orang dengan Diabetes Melitus yang Mendapatkan Pelayanan Kesehatan Sesuai Standar', [72, 76, 80, 85, 90]],
  ];
  ikk.forEach(([n, t], i) => sb.put(`L${5 + i}`, [i + 1, n, '%', ...t]));
  wildLayouts.push({
    id: 'side-by-side-iku-ikk',
    description: 'IKU (A:J, "Kondisi Awal 2024", "Kondisi Akhir") and IKK (L:S) side by side on one sheet, headings on the same rows 3-4, column K empty between them, titles above each',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [
      { sheet: 'IKU IKK', kind: 'iku', range: 'A3:J7', headerRows: [3, 4], roles: { A: 'no', B: 'indicator', C: 'satuan', D: 'baseline', ...yearRoles('target', letters('E', 5), years(2025)), J: 'akhir-target' } },
      { sheet: 'IKU IKK', kind: 'ikk', range: 'L3:S8', headerRows: [3, 4], roles: { L: 'no', M: 'indicator', N: 'satuan', ...yearRoles('target', letters('O', 5), years(2025)) } },
    ],
    findings: [],
  });
}

// A T-C.24 with the data block of its chart beside it (Tahun | Anggaran | Realisasi), one empty column between.
{
  const sb = new SheetBuilder('Tabel 2.8');
  sb.set('A1', b('Tabel 2.8 Anggaran dan Realisasi Pendanaan Pelayanan Kecamatan Kartoharjo'));
  sb.mergeText('A3:A4', b('No'));
  sb.mergeText('B3:B4', b('Uraian'));
  sb.mergeText('C3:G3', b('Anggaran pada Tahun'));
  sb.mergeText('H3:L3', b('Realisasi Anggaran pada Tahun'));
  sb.mergeText('M3:Q3', b('Rasio antara Realisasi dan Anggaran Tahun'));
  sb.mergeText('R3:S3', b('Rata-rata Pertumbuhan'));
  const ys = years(2020).map(b);
  sb.put('C4', [...ys, ...ys, ...ys, b('Anggaran'), b('Realisasi')]);
  const row = (x: { a: number[]; r: number[] }) => [...x.a, ...x.r, ...x.a.map((a, i) => round(x.r[i] / a, 2)), round(meanGrowth(x.a) * 100, 2), round(meanGrowth(x.r) * 100, 2)];
  ANGGARAN.forEach((x, i) => sb.put(`A${5 + i}`, [i + 1, x.name, ...row(x)]));
  const jr = 5 + ANGGARAN.length;
  const total = { a: years(0).map((_, i) => ANGGARAN.reduce((s, x) => s + x.a[i], 0)), r: years(0).map((_, i) => ANGGARAN.reduce((s, x) => s + x.r[i], 0)) };
  sb.put(`B${jr}`, [b('Jumlah'), ...row(total).map((v) => b(v))]);
  // Penunjang 2021: 1.619.004.090 / 1.677.707.236 = 0,97 — shown 0,79.
  sb.set('N5', 0.79);
  sb.set('U2', b('Data Grafik Realisasi Anggaran'));
  sb.put('U3', [b('Tahun'), b('Anggaran'), b('Realisasi')]);
  years(2020).forEach((y, i) => sb.put(`U${4 + i}`, [y, total.a[i], total.r[i]]));
  wildLayouts.push({
    id: 'tc24-beside-chart-data',
    description: 'T-C.24 (A:S, years 2020-2024) with its chart\'s data block "Tahun | Anggaran | Realisasi" (yearly totals) in U:W, column T empty between; one wrong rasio — only A:S is the table',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 2.8', kind: 'anggaran-realisasi', range: `A3:S${jr}`, headerRows: [3, 4], roles: TC24_ROLES(years(2020)) }],
    findings: [{ rule: 'ratio.anggaran', cell: 'N5' }],
  });
}

// A funding table signed below: one blank row, then place and date, the head of office, the signature space, name, rank and NIP.
{
  const sb = new SheetBuilder('Tabel 4.2');
  sb.set('A1', b('Tabel 4.2 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Pekerjaan Umum dan Penataan Ruang'));
  sb.put('A3', [b('Kode'), b('Program/Kegiatan/Sub Kegiatan'), b('Indikator Kinerja'), b('Satuan'), b('Kondisi Awal')]);
  sb.merge('A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4');
  years(2025).forEach((y, i) => {
    const c = shift('F', 2 * i);
    sb.mergeText(`${c}3:${shift(c, 1)}3`, b(y));
    sb.put(`${c}4`, [b('Target'), b('Pagu')]);
  });
  sb.mergeText('P3:P4', b('Perangkat Daerah Penanggung Jawab'));
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', target: letters('F', 5, 2), pagu: letters('G', 5, 2), unit: 'P' };
  const items: Item[] = [penunjang('1.03', 0.7, 'small'), sda(1)];
  const f = renderFunding(sb, 5, items, cols, { bold: { program: true }, unitText: 'Dinas PUPR', jumlah: { label: 'JUMLAH', labelCol: 'B' }, paguDelta: [{ key: '1.03.01.2.01', year: 0, delta: 3_000_000 }] });
  const s = f.last + 2;
  sb.mergeText(`L${s}:P${s}`, 'Magetan, 14 Maret 2025');
  sb.mergeText(`L${s + 1}:P${s + 1}`, b('KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG'));
  sb.mergeText(`L${s + 2}:P${s + 2}`, b('KABUPATEN MAGETAN'));
  sb.mergeText(`L${s + 6}:P${s + 6}`, b('Ir. HADI SUSILO, M.T.'));
  sb.mergeText(`L${s + 7}:P${s + 7}`, 'Pembina Utama Muda');
  sb.mergeText(`L${s + 8}:P${s + 8}`, 'NIP. 19700512 199803 1 007');
  wildLayouts.push({
    id: 'signature-block-below',
    description: 'Funding table signed below the JUMLAH row after one blank row ("Magetan, 14 Maret 2025", "KEPALA DINAS …", signature space, name, rank, NIP, merged over L:P); a kegiatan 3.000.000 over its sub kegiatan in 2025',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A3:P${f.last}`, headerRows: [3, 4], roles: fundingRoles(cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('1.03.01.2.01', 'pagu', 0) }],
  });
}

// =============================================================================================
// The forms in their Permendagri 54/2010 wording (Renstra SKPD 2016-2021 and older)

// "Rencana Program, Kegiatan, Indikator Kinerja, Kelompok Sasaran, dan Pendanaan Indikatif": 13/2006 program and kegiatan names and codes, a Kelompok Sasaran column.
{
  const sb = new SheetBuilder('Bab V');
  sb.set('A1', b('Tabel 5.1')).set('A2', b('Rencana Program, Kegiatan, Indikator Kinerja, Kelompok Sasaran, dan Pendanaan Indikatif Dinas Pekerjaan Umum Kabupaten'));
  const tall = (c: string, label: string) => sb.mergeText(`${c}4:${c}6`, b(label));
  tall('A', 'Tujuan');
  tall('B', 'Sasaran');
  tall('C', 'Indikator Sasaran');
  tall('D', 'Kode');
  tall('E', 'Program dan Kegiatan');
  tall('F', 'Indikator Kinerja Program (outcome) dan Kegiatan (output)');
  tall('G', 'Kelompok Sasaran');
  tall('H', 'Data Capaian pada Tahun Awal Perencanaan');
  sb.mergeText('I4:R4', b('Target Kinerja Program dan Kerangka Pendanaan Indikatif'));
  [1, 2, 3, 4, 5].forEach((y, i) => {
    const c = shift('I', 2 * i);
    sb.mergeText(`${c}5:${shift(c, 1)}5`, b(`tahun-${y}`));
    sb.put(`${c}6`, [b('target'), b('Rp')]);
  });
  sb.mergeText('S4:T5', b('Kondisi Kinerja pada akhir periode Renstra SKPD'));
  sb.put('S6', [b('target'), b('Rp')]);
  tall('U', 'Unit Kerja SKPD Penanggung-jawab');
  tall('V', 'Lokasi');
  sb.put('A7', numbers(22, 'paren'));
  const cols: FundingColumns = { tujuan: 'A', sasaran: 'B', sasaranIndicator: 'C', code: 'D', name: 'E', indicator: 'F', baseline: 'H', target: letters('I', 5, 2), pagu: letters('J', 5, 2), akhirTarget: 'S', akhirPagu: 'T', unit: 'U', lokasi: 'V' };
  const items: Item[] = [
    strategic('Meningkatkan kualitas pelayanan administrasi perkantoran', 'Meningkatnya kinerja pelayanan administrasi SKPD', I('Persentase layanan administrasi yang terpenuhi', '%', '90%', ['92%', '94%', '96%', '98%', '100%'])),
    prog('1.03.01', 'Program Pelayanan Administrasi Perkantoran', I('Persentase layanan administrasi perkantoran yang terpenuhi', '%', 90, rising(92, 2)), [
      keg('1.03.01.01', 'Penyediaan Jasa Surat Menyurat', I('Jumlah surat yang terkirim', 'Surat', 1200, flat(1200)), series(12 * M)),
      keg('1.03.01.02', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', I('Jumlah bulan layanan jasa komunikasi, air dan listrik', 'Bulan', 12, flat(12)), series(96 * M)),
      keg('1.03.01.17', 'Penyediaan Makanan dan Minuman', I('Jumlah kegiatan yang disediakan makanan dan minuman', 'Kegiatan', 60, flat(60)), series(45 * M)),
    ]),
    strategic('Meningkatkan kualitas infrastruktur jalan dan jembatan', 'Meningkatnya kondisi jalan dan jembatan kabupaten', I('Persentase jalan kabupaten dalam kondisi baik', '%', '62%', ['65%', '68%', '71%', '74%', '77%'])),
    prog('1.03.15', 'Program Pembangunan Jalan dan Jembatan', I('Panjang jalan kabupaten yang dibangun', 'Km', 12, rising(14, 2)), [
      keg('1.03.15.01', 'Pembangunan Jalan', I('Panjang jalan yang dibangun', 'Km', 12, rising(14, 2)), series(8_400 * M, 5, 0.08)),
      keg('1.03.15.02', 'Pembangunan Jembatan', I('Jumlah jembatan yang dibangun', 'Unit', 2, flat(3)), series(3_150 * M)),
    ]),
    prog('1.03.18', 'Program Rehabilitasi/Pemeliharaan Jalan dan Jembatan', I('Panjang jalan kabupaten yang direhabilitasi', 'Km', 30, rising(32, 2)), [
      keg('1.03.18.01', 'Rehabilitasi/Pemeliharaan Jalan', I('Panjang jalan yang direhabilitasi', 'Km', 30, rising(32, 2)), series(5_600 * M)),
      keg('1.03.18.03', 'Rehabilitasi/Pemeliharaan Jembatan', I('Jumlah jembatan yang direhabilitasi', 'Unit', 4, flat(4)), series(1_250 * M)),
    ]),
  ];
  const f = renderFunding(sb, 8, items, cols, {
    bold: { program: true },
    unitText: 'Bidang Bina Marga',
    lokasiText: 'Kabupaten',
    paguDelta: [{ key: '1.03.15', year: 2, delta: -150 * M }],
  });
  for (const k of ['1.03.01', '1.03.15', '1.03.18']) sb.set(`G${f.row(k)}`, 'Masyarakat umum');
  const roles = fundingRoles(cols, [1, 2, 3, 4, 5]);
  wildLayouts.push({
    id: 'old5410-program-kelompok-sasaran',
    description:
      'Permendagri 54/2010 wording: "Rencana Program, Kegiatan, Indikator Kinerja, Kelompok Sasaran, dan Pendanaan Indikatif", "Kondisi Kinerja pada akhir periode Renstra SKPD", "Unit Kerja SKPD Penanggung-jawab", a Kelompok Sasaran column, 13/2006 programs with kegiatan only (codes 1.03.15 / 1.03.15.01), "tahun-1 … tahun-5"; a program Rp 150.000.000 under its kegiatan in tahun-3',
    workbook: workbook(sb),
    tables: [{ sheet: 'Bab V', kind: 'program-pendanaan', range: `A4:V${f.last}`, headerRows: [4, 5, 6, 7], roles }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('1.03.15', 'pagu', 2) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('1.03.15', 'akhirPagu') }],
  });
}

// "Indikator Kinerja SKPD yang Mengacu pada Tujuan dan Sasaran RPJMD": Kondisi Kinerja pada Awal/Akhir Periode RPJMD, "Target Capaian Setiap Tahun".
{
  const sb = new SheetBuilder('Bab VI');
  sb.set('A1', b('Tabel 6.1')).set('A2', b('Indikator Kinerja SKPD yang Mengacu pada Tujuan dan Sasaran RPJMD'));
  sb.mergeText('A4:A5', b('No'));
  sb.mergeText('B4:B5', b('Indikator'));
  sb.mergeText('C4:C5', b('Kondisi Kinerja pada Awal Periode RPJMD'));
  sb.mergeText('D4:H4', b('Target Capaian Setiap Tahun'));
  sb.put('D5', [1, 2, 3, 4, 5].map((y) => b(`Tahun ${y}`)));
  sb.mergeText('I4:I5', b('Kondisi Kinerja pada Akhir Periode RPJMD'));
  sb.put('A6', numbers(9, 'paren'));
  const data: [string, number, number[]][] = [
    ['Persentase jalan kabupaten dalam kondisi baik', 62, [65, 68, 71, 74, 77]],
    ['Persentase jembatan kabupaten dalam kondisi baik', 80, [82, 84, 86, 88, 90]],
    ['Persentase luas daerah irigasi dalam kondisi baik', 58, [60, 63, 66, 69, 72]],
  ];
  data.forEach(([n, base, t], i) => sb.put(`A${7 + i}`, [i + 1, n, base, ...t, t[4]]));
  wildLayouts.push({
    id: 'old5410-indikator-skpd-rpjmd',
    description:
      'Permendagri 54/2010 "Indikator Kinerja SKPD yang Mengacu pada Tujuan dan Sasaran RPJMD": No | Indikator | Kondisi Kinerja pada Awal Periode RPJMD | Target Capaian Setiap Tahun (Tahun 1 … 5) | Kondisi Kinerja pada Akhir Periode RPJMD, (1)…(9) — the agency\'s headline indicators (IKU)',
    workbook: workbook(sb),
    tables: [{ sheet: 'Bab VI', kind: 'iku', range: 'A4:I9', headerRows: [4, 5, 6], roles: { A: 'no', B: 'indicator', C: 'baseline', ...yearRoles('target', letters('D', 5), [1, 2, 3, 4, 5]), I: 'akhir-target' } }],
    findings: [],
  });
}

// "Pencapaian Kinerja Pelayanan SKPD" (54/2010): Target SPM | Target IKK | Target Indikator Lainnya, "Target Renstra SKPD Tahun ke-".
{
  const sb = new SheetBuilder('Tabel 2.1');
  sb.set('A1', b('Tabel 2.1')).set('A2', b('Pencapaian Kinerja Pelayanan SKPD Kecamatan Kartoharjo Tahun 2011-2015'));
  sb.mergeText('A4:A5', b('No'));
  sb.mergeText('B4:B5', b('Indikator Kinerja sesuai Tugas dan Fungsi SKPD'));
  sb.mergeText('C4:C5', b('Target SPM'));
  sb.mergeText('D4:D5', b('Target IKK'));
  sb.mergeText('E4:E5', b('Target Indikator Lainnya'));
  sb.mergeText('F4:J4', b('Target Renstra SKPD Tahun ke-'));
  sb.mergeText('K4:O4', b('Realisasi Capaian Tahun ke-'));
  sb.mergeText('P4:T4', b('Rasio Capaian pada Tahun ke-'));
  sb.put('F5', [...numbers(5), ...numbers(5), ...numbers(5)]);
  sb.put('A6', numbers(20, 'paren'));
  CAPAIAN.forEach((c, i) => sb.put(`A${7 + i}`, [i + 1, c.indicator, ...c.refs, ...c.target, ...c.real, ...c.target.map((t, k) => round(c.real[k] / t, 2))]));
  // Persentase Realisasi Fisik, tahun ke-2: 96,2 / 95 = 1,01 — shown 0,99.
  sb.set('Q11', 0.99);
  wildLayouts.push({
    id: 'old5410-tc23-skpd',
    description: 'Permendagri 54/2010 "Pencapaian Kinerja Pelayanan SKPD": "Indikator Kinerja sesuai Tugas dan Fungsi SKPD", Target SPM | Target IKK | Target Indikator Lainnya, "Target Renstra SKPD Tahun ke-" over 1..5; one wrong rasio',
    workbook: workbook(sb),
    tables: [
      {
        sheet: 'Tabel 2.1',
        kind: 'pencapaian-kinerja',
        range: `A4:T${6 + CAPAIAN.length}`,
        headerRows: [4, 5, 6],
        roles: { ...TC23_ROLES, ...yearRoles('target', letters('F', 5), [1, 2, 3, 4, 5]), ...yearRoles('realisasi', letters('K', 5), [1, 2, 3, 4, 5]), ...yearRoles('rasio', letters('P', 5), [1, 2, 3, 4, 5]) },
      },
    ],
    findings: [{ rule: 'ratio.capaian', cell: 'Q11' }],
  });
}

// "Anggaran dan Realisasi Pendanaan Pelayanan SKPD" (54/2010) by belanja: BELANJA TIDAK LANGSUNG (Belanja Pegawai) and BELANJA LANGSUNG (its programs), JUMLAH of both.
{
  const sb = new SheetBuilder('Tabel 2.2');
  sb.set('A1', b('Tabel 2.2')).set('A2', b('Anggaran dan Realisasi Pendanaan Pelayanan SKPD Kecamatan Kartoharjo Tahun 2011-2015'));
  sb.mergeText('A4:A5', b('No'));
  sb.mergeText('B4:B5', b('Uraian'));
  sb.mergeText('C4:G4', b('Anggaran pada Tahun ke-'));
  sb.mergeText('H4:L4', b('Realisasi Anggaran pada Tahun ke-'));
  sb.mergeText('M4:Q4', b('Rasio antara Realisasi dan Anggaran Tahun ke-'));
  sb.mergeText('R4:S4', b('Rata-rata Pertumbuhan'));
  sb.put('C5', [...numbers(5), ...numbers(5), ...numbers(5), b('Anggaran'), b('Realisasi')]);
  sb.put('A6', numbers(19, 'paren'));
  const pegawai = { a: [1_150_400_000, 1_236_900_000, 1_302_750_000, 1_388_100_000, 1_452_600_000], r: [1_098_612_500, 1_201_345_800, 1_265_430_100, 1_340_980_200, 1_419_870_400] };
  const programs = [
    { name: 'Program Pelayanan Administrasi Perkantoran', a: [225_000_000, 240_500_000, 251_000_000, 262_750_000, 270_000_000], r: [221_350_000, 236_120_500, 247_890_000, 255_410_250, 266_870_000] },
    { name: 'Program Peningkatan Sarana dan Prasarana Aparatur', a: [75_000_000, 99_000_000, 80_000_000, 85_000_000, 120_000_000], r: [73_980_000, 97_875_000, 78_440_000, 83_215_000, 117_650_000] },
    { name: 'Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan', a: [20_000_000, 15_000_000, 17_500_000, 18_000_000, 19_500_000], r: [19_650_000, 14_820_000, 17_120_000, 17_880_000, 19_210_000] },
    { name: 'Program Peningkatan Partisipasi Masyarakat dalam Membangun Desa', a: [48_000_000, 52_500_000, 55_000_000, 60_000_000, 62_500_000], r: [46_900_000, 51_230_000, 54_120_000, 58_760_000, 61_940_000] },
  ];
  const add = (xs: { a: number[]; r: number[] }[]) => ({ a: years(0).map((_, i) => xs.reduce((s, x) => s + x.a[i], 0)), r: years(0).map((_, i) => xs.reduce((s, x) => s + x.r[i], 0)) });
  const bl = add(programs);
  const all = add([pegawai, bl]);
  const row = (x: { a: number[]; r: number[] }) => [...x.a, ...x.r, ...x.a.map((a, i) => round(x.r[i] / a, 2)), round(meanGrowth(x.a) * 100, 2), round(meanGrowth(x.r) * 100, 2)];
  let r = 7;
  sb.put(`A${r++}`, [b('1'), b('BELANJA TIDAK LANGSUNG'), ...row(pegawai).map((v) => b(v))]);
  sb.put(`B${r++}`, ['Belanja Pegawai', ...row(pegawai)]);
  sb.put(`A${r++}`, [b('2'), b('BELANJA LANGSUNG'), ...row(bl).map((v) => b(v))]);
  const firstProgram = r;
  programs.forEach((p) => sb.put(`B${r++}`, [p.name, ...row(p)]));
  sb.put(`B${r}`, [b('JUMLAH'), ...row(all).map((v) => b(v))]);
  // Sarana dan Prasarana Aparatur, tahun ke-3: 78.440.000 / 80.000.000 = 0,98 — shown 0,89.
  const wrong = `O${firstProgram + 1}`;
  sb.set(wrong, 0.89);
  wildLayouts.push({
    id: 'old5410-tc24-belanja',
    description:
      'Permendagri 54/2010 "Anggaran dan Realisasi Pendanaan Pelayanan SKPD" by belanja: "BELANJA TIDAK LANGSUNG" over "Belanja Pegawai", "BELANJA LANGSUNG" over its four programs, JUMLAH = both; one wrong rasio',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 2.2', kind: 'anggaran-realisasi', range: `A4:S${r}`, headerRows: [4, 5, 6], roles: TC24_ROLES([1, 2, 3, 4, 5]) }],
    findings: [{ rule: 'ratio.anggaran', cell: wrong }],
  });
}

// =============================================================================================
// After real tables found in public material

// T-C.27 of a Bappeda 2019-2023 as published (github andreperiozaherpa/indigo, views/admin/sicerdas/renstra/laporan/23.php, a LibreOffice export):
// Kode merged over five columns and three rows, the column-number row merged over the code block and each pair, "Target Kinerja Program dan
// Kegiatan Pendanaan" over the years and the end-of-period pair, targets "3 Laporan" and 100% (0%-formatted), 2019-2020 zero under an
// accounting format that shows "-", kegiatan codes typed "2,01" (text) in one program and 2.02 (number) in another, a Tujuan cell showing a
// formula's 0 — and, as there, a program whose Rp is blank in 2021-2023 while its kegiatan are funded.
{
  const sb = new SheetBuilder('T-C.27');
  sb.set('A1', b('RENCANA PROGRAM, KEGIATAN DAN PENDANAAN BADAN PERENCANAAN, PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH'));
  const tall = (c: string, label: string) => sb.mergeText(`${c}3:${c}5`, b(label));
  tall('A', 'Tujuan');
  tall('B', 'Sasaran');
  sb.mergeText('C3:G5', b('Kode'));
  tall('H', 'Program Dan Kegiatan');
  tall('I', 'Indikator Kinerja Tujuan, Sasaran,Program (Outcome) dan Kegiatan (output)');
  tall('J', 'Data Capaian pada Tahun Awal Perencanaan');
  sb.mergeText('K3:V3', b('Target Kinerja Program dan Kegiatan Pendanaan'));
  years(2019).forEach((y, i) => sb.mergeText(`${shift('K', 2 * i)}4:${shift('K', 2 * i + 1)}4`, b(`Tahun ${y}`)));
  sb.mergeText('U4:V4', b('Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah'));
  for (let i = 0; i < 6; i++) sb.put(`${shift('K', 2 * i)}5`, [b('Target'), b(' Rp ')]);
  tall('W', 'Unit Kerja Perangkat Daerah Penanggung Jawab');
  tall('X', 'Lokasi');
  // Column numbers: 3 over the code block, 7 … 12 over each pair.
  sb.put('A6', [b(1), b(2)]);
  sb.mergeText('C6:G6', b(3));
  sb.put('H6', [b(4), b(5), b(6)]);
  for (let i = 0; i < 6; i++) sb.mergeText(`${shift('K', 2 * i)}6:${shift('K', 2 * i + 1)}6`, b(7 + i));
  sb.put('W6', [b(13), b(14)]);
  const ACC = '_-* #,##0_-;-* #,##0_-;_-* "-"??_-;_-@_-';
  const PCT = '0%';
  const UNIT = 'BADAN PERENCANAAN, PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH';
  interface Keg {
    code: V;
    name: string;
    ind: string;
    base: string;
    t: string[];
    rp: number[];
  }
  const programRow = (r: number, code: [number, string, string], name: string, ind: string, rp: (number | undefined)[]) => {
    sb.put(`C${r}`, [code[0], code[1], code[2]]);
    sb.put(`H${r}`, [name, ind, { v: 1, fmt: PCT }]);
    sb.put(`K${r}`, [0, { v: 0, fmt: ACC }, 0, { v: 0, fmt: ACC }]);
    rp.forEach((x, i) => sb.put(`${shift('O', 2 * i)}${r}`, [{ v: 1, fmt: PCT }, x === undefined ? undefined : { v: x, fmt: ACC }]));
    const total = rp.every((x) => x !== undefined) ? rp.reduce<number>((s, x) => s + (x ?? 0), 0) : undefined;
    sb.put(`U${r}`, [{ v: 1, fmt: PCT }, total === undefined ? undefined : { v: total, fmt: ACC }]);
    sb.set(`W${r}`, UNIT);
  };
  const kegRow = (r: number, code: [number, string, string], k: Keg) => {
    sb.put(`C${r}`, [code[0], code[1], code[2], k.code]);
    sb.put(`H${r}`, [k.name, k.ind, k.base]);
    sb.put(`K${r}`, [0, { v: 0, fmt: ACC }, 0, { v: 0, fmt: ACC }]);
    k.t.forEach((t, i) => sb.put(`${shift('O', 2 * i)}${r}`, [t, { v: k.rp[i], fmt: ACC }]));
    sb.put(`U${r}`, [k.t[2], { v: k.rp.reduce((s, x) => s + x, 0), fmt: ACC }]);
    sb.set(`W${r}`, UNIT);
  };
  const penunjangKeg: Keg[] = [
    { code: '2,01', name: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', ind: 'Jumlah Laporan Penyusunan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', base: '3 Laporan', t: ['3 Laporan', '3 Laporan', '3 Laporan'], rp: [234_556_500, 305_000_000, 360_000_000] },
    { code: '2,02', name: 'Administrasi Keuangan Perangkat Daerah', ind: 'Jumlah Laporan Administrasi Keuangan Perangkat Daerah', base: '3 Laporan', t: ['3 Laporan', '3 Laporan', '3 Laporan'], rp: [8_274_790_094, 8_257_648_660, 8_287_648_660] },
    { code: '2,03', name: 'Administrasi Barang Milik Daerah pada Perangkat Daerah', ind: 'Jumlah Laporan Administrasi Barang Milik Daerah pada Perangkat Daerah', base: ' 2 Laporan ', t: ['2 Laporan', '2 Laporan', '2 Laporan'], rp: [18_000_000, 20_000_000, 23_000_000] },
    { code: '2,05', name: 'Administrasi Kepegawaian Perangkat Daerah', ind: 'Jumlah Laporan Administrasi Kepegawaian Perangkat Daerah', base: ' 4 Laporan ', t: ['4 laporan', '6 laporan', ' 6 laporan'], rp: [184_530_000, 286_360_000, 210_000_000] },
    { code: '2,06', name: 'Administrasi Umum Perangkat Daerah', ind: 'Jumlah Laporan Administrasi Umum Perangkat Daerah', base: ' 6 laporan ', t: ['6 Laporan', '7 Laporan', '7 Laporan'], rp: [837_870_000, 1_262_870_000, 1_060_000_000] },
  ];
  const perencanaanKeg: Keg[] = [
    { code: 2.02, name: 'Koordinasi Perencanaan Bidang Perekonomian dan SDA (Sumber Daya Alam)', ind: 'Jumlah Koordinasi Perencanaan Bidang Perekonomian dan SDA (Sumber Daya Alam)', base: '8 Dokumen', t: ['7 Dokumen', '11 Dokumen', '11 Dokumen'], rp: [1_326_000_000, 2_876_000_000, 2_686_000_000] },
    { code: 2.03, name: 'Koordinasi Perencanaan Bidang Infrastruktur dan Kewilayahan', ind: 'Jumlah Koordinasi Perencanaan Bidang Infrastruktur dan Kewilayahan', base: '6 Dokumen', t: ['4 Dokumen', '10 Dokumen', '10 Dokumen'], rp: [2_431_500_000, 4_442_769_300, 4_817_046_230] },
  ];
  const penelitianKeg: Keg[] = [
    { code: 2.01, name: 'Penelitian dan Pengembangan Bidang Penyelenggaraan Pemerintahan dan Pengkajian Peraturan', ind: 'Jumlah Hasil Penelitian dan Pengembangan Bidang Penyelenggaraan Pemerintahan dan Pengkajian Peraturan', base: '2 Dokumen', t: ['-', '4 Dokumen', '4 Dokumen'], rp: [0, 300_000_000, 335_000_000] },
    { code: 2.02, name: 'Penelitian dan Pengembangan Bidang Sosial dan Kependudukan', ind: 'Jumlah hasil Penelitian dan Pengembangan Bidang Sosial dan Kependudukan', base: '1 Dokumen', t: ['4 Dokumen', '5 Dokumen', '5 Dokumen'], rp: [60_000_000, 325_000_000, 397_500_000] },
    { code: 2.03, name: 'Penelitian dan Pengembangan Bidang Ekonomi dan Pembangunan', ind: 'Jumlah Hasil Penelitian dan Pengembangan Bidang Ekonomi dan Pembangunan', base: '1 Dokumen', t: ['1 Dokumen', '7 Dokumen', '7 Dokumen'], rp: [249_000_000, 1_000_000_000, 1_115_000_000] },
    { code: 2.04, name: 'Pengembangan Inovasi dan Teknologi', ind: 'Jumlah Pengembangan Inovasi dan Teknologi', base: '3 Dokumen', t: ['3 Dokumen', '2 Dokumen', '2 Dokumen'], rp: [234_000_000, 300_000_000, 345_000_000] },
  ];
  const sums = (ks: Keg[]) => [0, 1, 2].map((i) => ks.reduce((s, k) => s + k.rp[i], 0));
  sb.set('A7', 'Meningkatnya efektivitas, efesiensi dan akuntabilitas kinerja pemerintah daerah');
  sb.set('A8', { v: 0 });
  sb.get('A8')!.f = 'B7';
  sb.set('B8', 'Meningkatnya kapasitas dan kapabilitas internal perangkat daerah');
  let r = 8;
  programRow(r++, [5, '01', '01'], 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 'Persentase Ketersediaan Dokumen Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah yang tepat waktu', sums(penunjangKeg));
  for (const k of penunjangKeg) kegRow(r++, [5, '01', '01'], k);
  sb.set(`B${r}`, 'Meningkatnya kualitas perencanaan pembangunan daerah');
  programRow(r++, [5, '01', '03'], 'PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH', 'Persentase Program RPJMD yang Terakomodir dalam RKPD', sums(perencanaanKeg));
  for (const k of perencanaanKeg) kegRow(r++, [5, '01', '03'], k);
  const research = r;
  programRow(r++, [5, '05', '02'], 'PROGRAM PENELITIAN DAN PENGEMBANGAN DAERAH', 'Persentase Hasil Penelitian yang ditindaklanjuti dalam Dokumen Perencanaan', [undefined, undefined, undefined]);
  for (const k of penelitianKeg) kegRow(r++, [5, '05', '02'], k);
  const last = r - 1;
  const roles: Record<string, RoleSpec> = {
    A: 'tujuan',
    B: 'sasaran',
    C: 'code',
    D: 'code',
    E: 'code',
    F: 'code',
    H: 'name',
    I: 'indicator',
    J: 'baseline',
    ...yearRoles('target', letters('K', 5, 2), years(2019)),
    ...yearRoles('pagu', letters('L', 5, 2), years(2019)),
    U: 'akhir-target',
    V: 'akhir-pagu',
    W: 'notes',
    X: 'notes',
  };
  wildLayouts.push({
    id: 'real-bappeda-tc27-2019',
    description:
      'After a Bappeda T-C.27 2019-2023 published as a LibreOffice export (github andreperiozaherpa/indigo …/renstra/laporan/23.php): Kode over 5 columns × 3 rows, number row merged over the code block and each pair, "Target Kinerja Program dan Kegiatan Pendanaan" over years and the end pair, targets "3 Laporan" and 100%, 2019-2020 zeros shown "-", kegiatan codes "2,01" (text) and 2.02 (number), a Tujuan cell =B7 showing 0; program PENELITIAN\'s Rp blank in 2021-2023 while its kegiatan are funded',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'T-C.27', kind: 'program-pendanaan', range: `A3:X${last}`, headerRows: [3, 4, 5, 6], roles }],
    findings: [
      { rule: 'total.pagu-induk', cell: `P${research}` },
      { rule: 'total.pagu-induk', cell: `R${research}` },
      { rule: 'total.pagu-induk', cell: `T${research}` },
    ],
    tolerated: [
      { rule: 'total.pagu-induk', cell: `V${research}` },
      { rule: 'total.akhir-periode-pagu', cell: `V${research}` },
    ],
  });
}

// IKU as a provincial data portal exports it (lumbungdata.bantenprov.go.id "IKU Renstra – Perangkat Daerah"): an agency row with its
// 22-digit code, KODEFIKASI | INDIKATOR | SATUAN | KETERANGAN ("Target") | BASELINE 2024 | 2025 … 2030 | DEFINISI | SUMBER DATA | FREKUENSI |
// PRODUSEN DATA, numbers as text "9,55".
{
  const sb = new SheetBuilder('IKU Perangkat Daerah');
  sb.put('A1', ['KODEFIKASI', 'INDIKATOR', 'SATUAN', 'KETERANGAN', 'BASELINE 2024', ...years(2025, 6).map(String), 'DEFINISI', 'SUMBER DATA', 'FREKUENSI', 'PRODUSEN DATA'].map((x) => b(x)));
  sb.set('A2', '1.01.2.22.0.00.02.0000 – Dinas Pendidikan dan Kebudayaan').set('B2', 'Dinas Pendidikan dan Kebudayaan');
  const rowsData: [string, string, string, string[], string, string][] = [
    ['IKU.1.01.01', 'Rata-rata Lama Sekolah Penduduk Usia di Atas 15 Tahun', 'Tahun', ['9,55', '9,66', '9,79', '9,91', '10,04', '10,16', '11,12'], 'Rerata waktu (dalam satuan tahun) yang ditempuh oleh penduduk usia 15 tahun ke atas dalam menyelesaikan semua jenjang pendidikan yang pernah dijalani.', 'Badan Pusat Statistik'],
    ['IKU.1.01.02', 'Harapan Lama Sekolah', 'Tahun', ['13,05', '13,09', '13,14', '13,19', '13,24', '13,29', '13,34'], 'Lamanya sekolah (dalam tahun) yang diharapkan akan dirasakan oleh anak pada umur tertentu di masa mendatang.', 'Badan Pusat Statistik'],
    ['IKU.1.01.03', 'Angka Partisipasi Kasar SMA/SMK/SLB', '%', ['74,83', '75,50', '76,20', '76,90', '77,60', '78,30', '79,00'], 'Perbandingan jumlah siswa SMA/SMK/SLB dengan penduduk usia 16-18 tahun dikali 100 persen.', 'Dapodik'],
  ];
  rowsData.forEach(([code, ind, sat, v, def, src], i) => sb.put(`A${3 + i}`, [code, ind, sat, 'Target', ...v, def, src, 'Tahunan', 'Dinas Pendidikan dan Kebudayaan']));
  wildLayouts.push({
    id: 'real-portal-iku-export',
    description:
      'IKU as exported from a provincial data portal (lumbungdata.bantenprov.go.id "IKU Renstra – Perangkat Daerah"): one heading row KODEFIKASI | INDIKATOR | SATUAN | KETERANGAN | BASELINE 2024 | 2025 … 2030 | DEFINISI | SUMBER DATA | FREKUENSI | PRODUSEN DATA, an agency row with its code, values text "9,55"',
    workbook: workbook(sb),
    tables: [{ sheet: 'IKU Perangkat Daerah', kind: 'iku', range: 'A1:O5', headerRows: [1], roles: { B: 'indicator', C: 'satuan', E: 'baseline', ...yearRoles('target', letters('F', 6), years(2025, 6)) } }],
    findings: [],
  });
}
