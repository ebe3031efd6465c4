/**
 * Renstra tables as they arrive from other tools and hosts, not typed in Excel by the planner:
 *
 * - Google Sheets (what Apps Script hands the add-in: values, formulas, number formats, bold and
 *   merges, never indentation): hierarchy by codes or bold only; checkboxes; the Sheets currency
 *   formats ("Rp"#,##0, [$Rp-421]#,##0.00); numbers pasted from an Indonesian-locale source into an
 *   en-US spreadsheet, where "61,5" stays text and 60 becomes a number; display values "Rp1.250.000"
 *   pasted back as text.
 * - SIPD-RI's Renstra print in the well-known shape "Kode | Urusan/Bidang Urusan/Program/Kegiatan/
 *   Sub Kegiatan | Indikator | per year Target | Satuan | Pagu", flattened: every indicator row
 *   repeats its entity's code, name and pagu.
 * - e-Renggar / Simral / SIMDA exports: the heading in row 1 without a title, codes with a trailing
 *   dot ("1.03.10.2.01."), every level in one Uraian column, pagu in whole rupiah without a format.
 * - LibreOffice: formulas saved with their cached values, zero shown as "-" by the format.
 * - Online PDF-to-Excel converters: every cell text ("1.250.000.000,00", "98,5%"), years "2.025"
 *   (the thousands separator applied to the year), headings broken over rows without merges.
 * - Workbooks where every parent, the Jumlah, the rasio and the growth are formulas with cached
 *   values, one range or reference gone wrong; and a plan whose last year is not planned yet.
 *
 * Expectations follow Permendagri 86/2017 (T-C.23, T-C.24, T-C.25, T-C.27), PermenPANRB 53/2014 for
 * the IKU, and planners' practice — not what the engine does. Names and codes come from the
 * nomenclature 2027 (kab/kota).
 */
import { type FundingColumns, type Item, type Node, type Rendered, I, bidang, flat, fundingRoles, keg, mapTree, prog, renderFunding, rising, urusan } from '../funding';
import { type Layout, type RoleSpec, type SheetBuilder as SB, type Style, type V, SheetBuilder, b, letters, meanGrowth, round, shift, workbook, yearRoles, years } from '../kit';
import { S, jt, kesehatan, keuangan, pendidikan, penanamanModal, sosial, trantibum } from '../agencies';
import { jalan, kominfo, penunjang, sda } from '../data';
import { type TujuanRow, TC23_ROLES, TC24_ROLES, entities, ikuData, tc23Header, tc24Header, tc25Rows, tc27, titles } from '../sheets';

export const hostsUnseenLayouts: Layout[] = [];

// =============================================================================================
// Helpers

const sumOf = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);

/** Indonesian number text: 1250000000 → "1.250.000.000"; with `d` decimals after a comma. */
function idNum(x: number, d = 0): string {
  const [i, f] = Math.abs(x).toFixed(d).split('.');
  const s = (x < 0 ? '-' : '') + i.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return f ? `${s},${f}` : s;
}

/** Comma decimals as typed: 61.5 → "61,5"; with `d` fixed decimals. */
const comma = (x: number, d?: number): string => (d === undefined ? String(x) : x.toFixed(d)).replace('.', ',');

/** Gives a written cell a formula (its value stays as the cached result). */
function formula(sb: SB, ref: string, f: string): void {
  const cell = sb.get(ref);
  if (!cell) throw new Error(`no cell at ${ref} for =${f}`);
  cell.f = f;
}

/** A formula cell whose cached result is the empty string (IFERROR(…,"") on an error). */
function emptyFormula(sb: SB, ref: string, f: string): void {
  sb.set(ref, 'x');
  const cell = sb.get(ref)!;
  cell.v = '';
  cell.f = f;
}

/** Sets the number format of every written number cell in the given columns and rows. */
function formatMoney(sb: SB, cols: string[], from: number, to: number, fmt: string): void {
  for (let r = from; r <= to; r++) {
    for (const c of cols) {
      const cell = sb.get(`${c}${r}`);
      if (cell && typeof cell.v === 'number') cell.fmt = fmt;
    }
  }
}

/** A bold heading cell spanning rows top..bottom. */
function tall(sb: SB, c: string, top: number, bottom: number, label: string, style?: Style): void {
  if (bottom > top) sb.mergeText(`${c}${top}:${c}${bottom}`, { v: label, bold: true, ...(style ?? {}) });
  else sb.set(`${c}${top}`, { v: label, bold: true, ...(style ?? {}) });
}

/** Rows of an entity's children (name rows). */
const kidRows = (f: Rendered, n: Node): number[] => n.kids.filter((k): k is Node => k.kind === 'node').map((k) => f.row(k.key));

/** Programs of a plan, depth first. */
const programsOf = (items: Item[]): Node[] => entities(items).filter((n) => n.level === 'program');

// =============================================================================================
// 1. Google Sheets: codes carry the hierarchy (no indentation, only programs bold), Sheets'
//    rupiah format, akhir Rp and Jumlah as formulas, a "Prioritas Daerah" checkbox column

{
  const sb = new SheetBuilder('T-C.27');
  sb.mergeText('A1:T1', b('RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN INDIKATIF DINAS SOSIAL KABUPATEN JOMBANG TAHUN 2025-2029'));
  const h = tc27(sb, 3, { yearLabels: years(2025), satuan: true, numberRow: 'plain', extras: ['Prioritas Daerah'] });
  const items: Item[] = [penunjang('1.06', 0.6, 'small'), ...sosial(0.9)];
  const f = renderFunding(sb, h.firstData, items, h.cols, {
    bold: { program: true },
    unitText: 'Dinas Sosial',
    lokasiText: 'Kab. Jombang',
    jumlah: { label: 'JUMLAH', labelCol: 'B' },
    paguDelta: [{ key: '1.06.04.2.01', year: 2, delta: 9_750_000 }],
  });
  const moneyCols = [...h.cols.pagu, h.cols.akhirPagu!];
  formatMoney(sb, moneyCols, h.firstData, f.last, '"Rp"#,##0');
  const rowsWithMoney = [...entities(items).map((n) => f.row(n.key)), f.jumlahRow!];
  for (const r of rowsWithMoney) formula(sb, `${h.cols.akhirPagu}${r}`, h.cols.pagu.map((c) => `${c}${r}`).join('+'));
  const progRows = programsOf(items).map((p) => f.row(p.key));
  for (const c of h.cols.pagu) formula(sb, `${c}${f.jumlahRow}`, `SUM(${progRows.map((r) => `${c}${r}`).join(',')})`);
  const subs = entities(items).filter((n) => n.level === 'sub');
  const wb = workbook(sb);
  // Checkboxes (booleans) on the sub kegiatan rows: a Sheets habit with no Excel counterpart here.
  const sheet = wb.sheets[0];
  const T = 19; // column T, 0-based
  subs.forEach((n, i) => ((sheet.rows[f.row(n.key) - 1] ??= [])[T] = { v: i % 3 === 0 }));
  const r0 = h.firstData;
  hostsUnseenLayouts.push({
    id: 'hu-gsheets-codes-no-indent-rp-format',
    description:
      `Dinas Sosial T-C.27 read from Google Sheets: no indentation (Apps Script gives none), only program rows bold, so kegiatan and sub kegiatan are told apart by their codes alone; money numbers in Sheets' rupiah format "Rp"#,##0; the akhir Rp as =${h.cols.pagu.map((c) => `${c}${r0}`).join('+')} and the JUMLAH as =SUM(${progRows.map((r) => `G${r}`).join(',')}) with cached values; an extra "Prioritas Daerah" column of checkboxes (TRUE/FALSE) on the sub kegiatan rows. Planted: the Rehabilitasi Sosial Dasar kegiatan 9.750.000 over its sub kegiatan in 2027`,
    workbook: wb,
    tables: [{ sheet: 'T-C.27', kind: 'program-pendanaan', range: `A3:T${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('1.06.04.2.01', 'pagu', 2) }],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('1.06.04.2.01', 'akhirPagu') }],
  });
}

// =============================================================================================
// 2. Google Sheets: no codes; PROGRAM in capitals, kegiatan bold, sub kegiatan plain (the
//    indentation of the Excel original lost on import); [$Rp-421]#,##0.00

/**
 * A two-row funding header from column A: [Kode], name, indicator, satuan, baseline, year pairs
 * (year merged over Target | Pagu), akhir pair, unit.
 */
function pairHeader(
  sb: SB,
  top: number,
  o: { code?: boolean; ys: V[]; name?: string; indicator?: string; baseline?: string; target?: string; pagu?: string; akhir?: string; unit?: string },
): { cols: FundingColumns; right: string } {
  let c = 0;
  const next = () => shift('A', c++);
  const col = (label: string) => {
    const x = next();
    tall(sb, x, top, top + 1, label);
    return x;
  };
  const code = o.code ? col('Kode') : undefined;
  const name = col(o.name ?? 'Program/Kegiatan/Sub Kegiatan');
  const indicator = col(o.indicator ?? 'Indikator Kinerja');
  const satuan = col('Satuan');
  const baseline = col(o.baseline ?? 'Kondisi Awal');
  const g = shift('A', c);
  o.ys.forEach((y, i) => {
    const x = shift(g, 2 * i);
    sb.mergeText(`${x}${top}:${shift(x, 1)}${top}`, typeof y === 'object' && y ? y : b(y as string | number));
    sb.put(`${x}${top + 1}`, [b(o.target ?? 'Target'), b(o.pagu ?? 'Pagu (Rp)')]);
  });
  c += 2 * o.ys.length;
  const akhirTarget = next();
  const akhirPagu = next();
  sb.mergeText(`${akhirTarget}${top}:${akhirPagu}${top}`, b(o.akhir ?? 'Kondisi Akhir'));
  sb.put(`${akhirTarget}${top + 1}`, [b(o.target ?? 'Target'), b(o.pagu ?? 'Pagu (Rp)')]);
  const unit = col(o.unit ?? 'Perangkat Daerah Penanggung Jawab');
  return {
    cols: { code, name, indicator, satuan, baseline, target: letters(g, o.ys.length, 2), pagu: letters(shift(g, 1), o.ys.length, 2), akhirTarget, akhirPagu, unit },
    right: unit,
  };
}

{
  const sb = new SheetBuilder('Renstra Satpol PP');
  sb.mergeText('A1:Q1', b('Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Satuan Polisi Pamong Praja Kabupaten Lumajang 2025-2029'));
  const { cols, right } = pairHeader(sb, 3, { ys: years(2025), baseline: 'Kondisi Awal (2024)', pagu: 'Pagu Indikatif (Rp)', akhir: 'Kondisi Akhir Periode (2029)' });
  const noCodes = (n: Node): Node => mapTree(n, (x) => ({ ...x, code: undefined }));
  const items: Item[] = [penunjang('1.05', 0.7, 'small'), ...trantibum(1)].map(noCodes);
  const f = renderFunding(sb, 5, items, cols, {
    bold: { program: true, kegiatan: true },
    unitText: 'Satpol PP',
    jumlah: { label: 'JUMLAH', labelCol: 'A' },
    paguDelta: [{ key: '1.05.02.2.03', year: 3, delta: -6_500_000 }],
    jumlahDelta: [{ year: 1, delta: -7_500_000 }],
  });
  formatMoney(sb, [...cols.pagu, cols.akhirPagu!], 5, f.last, '[$Rp-421]#,##0.00');
  hostsUnseenLayouts.push({
    id: 'hu-gsheets-no-codes-bold-kegiatan',
    description:
      'Satpol PP funding table from Google Sheets without codes: PROGRAM rows in capitals and bold, kegiatan bold in title case, sub kegiatan plain — the indentation of the Excel original was dropped when the file was imported into Sheets, so bold and the names are all that is left of the hierarchy; Rp formatted [$Rp-421]#,##0.00. Planted: the PPNS kegiatan 6.500.000 under its sub kegiatan in 2028; JUMLAH 2026 7.500.000 short',
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra Satpol PP', kind: 'program-pendanaan', range: `A3:${right}${f.last}`, headerRows: [3, 4], roles: fundingRoles(cols, years(2025)) }],
    findings: [
      { rule: 'total.pagu-induk', cell: f.cell('1.05.02.2.03', 'pagu', 3) },
      { rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 1) },
    ],
    tolerated: [
      { rule: 'total.pagu-induk', cell: f.cell('1.05.02.2.03', 'akhirPagu') },
      { rule: 'total.jumlah', cell: f.cell('jumlah', 'akhirPagu') },
    ],
  });
}

// =============================================================================================
// 3. Google Sheets (en-US spreadsheet) holding a T-C.23 pasted from an Indonesian-locale file:
//    comma decimals stay text ("61,5"), whole numbers become numbers, rasio text "1,02"

{
  const sb = new SheetBuilder('Capaian Kinerja');
  sb.set('A1', b('Tabel 2.5 Pencapaian Kinerja Pelayanan Dinas Perpustakaan dan Kearsipan Kabupaten Situbondo'));
  const hr = tc23Header(sb, 3, years(2020), { agency: 'Dinas Perpustakaan dan Kearsipan', numberRow: true });
  const d0 = hr[hr.length - 1] + 1;
  const data: { ind: string; refs: V[]; t: number[]; r: number[] }[] = [
    { ind: 'Persentase Arsip yang Tertata dan Terkelola', refs: ['-', '-', 'V'], t: [60, 65, 70, 75, 80], r: [61.5, 64.2, 70.8, 76.35, 79.1] },
    { ind: 'Tingkat Kegemaran Membaca Masyarakat', refs: ['-', 'V', '-'], t: [55.2, 57, 59.5, 61, 63], r: [56.31, 58.44, 60.12, 62.5, 64.08] },
    { ind: 'Indeks Pembangunan Literasi Masyarakat', refs: ['-', '-', 'V'], t: [10.5, 11, 12.5, 13.75, 15], r: [10.82, 11.4, 12.1, 13.9, 15.35] },
    { ind: 'Persentase Perangkat Daerah yang Menerapkan Pengelolaan Arsip secara Baku', refs: ['100', '-', '-'], t: [40, 45, 50, 55, 60], r: [38, 46, 52, 55, 61] },
  ];
  // Sheets (en-US) parses whole numbers; a comma decimal stays the text that was pasted.
  const pasted = (x: number): V => (Number.isInteger(x) ? x : comma(x));
  data.forEach((d, i) => {
    const ras = d.t.map((t, y) => comma(round(d.r[y] / t, 2), 2));
    sb.put(`A${d0 + i}`, [i + 1, d.ind, ...d.refs, ...d.t.map(pasted), ...d.r.map(pasted), ...ras]);
  });
  const last = d0 + data.length - 1;
  // Kegemaran membaca 2022: 60,12 / 59,5 = 1,01 — shown "0,97".
  sb.set(`R${d0 + 1}`, '0,97');
  // Arsip tertata 2024: 79,1 / 80 = 0,99 — shown "1,01".
  sb.set(`T${d0}`, '1,01');
  hostsUnseenLayouts.push({
    id: 'hu-gsheets-id-paste-tc23-text-decimals',
    description:
      'Dinas Perpustakaan dan Kearsipan T-C.23 2020-2024 in an en-US Google Sheet, pasted from an Indonesian-locale Excel file: every comma decimal stayed text ("61,5", "76,35", rasio "1,02") while whole numbers (60, 65, 38) became numbers, so each column mixes numbers and text; no indentation, bold headings only. Planted: Tingkat Kegemaran Membaca 2022 rasio "0,97" where 60,12 / 59,5 = 1,01; Arsip tertata 2024 rasio "1,01" where 79,1 / 80 = 0,99',
    workbook: workbook(sb),
    tables: [{ sheet: 'Capaian Kinerja', kind: 'pencapaian-kinerja', range: `A3:T${last}`, headerRows: hr, roles: TC23_ROLES(years(2020)) }],
    findings: [
      { rule: 'ratio.capaian', cell: `R${d0 + 1}` },
      { rule: 'ratio.capaian', cell: `T${d0}` },
    ],
  });
}

// =============================================================================================
// 4. Google Sheets: a T-C.24 whose displayed values were pasted back as text — "Rp1.250.000.000",
//    rasio "94,96%", growth "3,30%"

{
  const sb = new SheetBuilder('Tabel 2.6');
  titles(sb, 1, ['Tabel 2.6', 'Anggaran dan Realisasi Pendanaan Pelayanan Dinas Koperasi dan Usaha Mikro Kabupaten Bondowoso Tahun 2020-2024']);
  const hr = tc24Header(sb, 4, years(2020));
  const d0 = hr[hr.length - 1] + 1;
  const data = [
    { name: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', a: [2_845_300_000, 2_912_750_000, 3_018_400_000, 3_105_920_000, 3_240_000_000], r: [2_701_865_200, 2_795_118_000, 2_897_664_000, 3_001_214_500, 3_141_870_250] },
    { name: 'Program Pengawasan dan Pemeriksaan Koperasi', a: [96_500_000, 88_000_000, 102_350_000, 110_000_000, 115_500_000], r: [92_140_000, 84_920_000, 99_280_000, 104_940_000, 112_680_000] },
    { name: 'Program Pendidikan dan Latihan Perkoperasian', a: [175_000_000, 140_000_000, 185_250_000, 192_000_000, 201_600_000], r: [168_245_000, 131_880_000, 178_410_500, 186_624_000, 195_955_200] },
    { name: 'Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)', a: [420_000_000, 365_500_000, 455_750_000, 470_000_000, 498_200_000], r: [401_940_000, 350_514_500, 439_343_000, 455_900_000, 481_261_200] },
  ];
  const rp = (v: number) => `Rp${idNum(v)}`;
  const pct = (v: number) => `${comma(round(v * 100, 2), 2)}%`;
  const put = (row: number, no: V, x: { name: string; a: number[]; r: number[] }, bold = false) => {
    const vals: V[] = [...x.a.map(rp), ...x.r.map(rp), ...x.a.map((a, i) => pct(x.r[i] / a)), pct(meanGrowth(x.a)), pct(meanGrowth(x.r))];
    sb.put(`A${row}`, [no, x.name, ...vals], bold ? { bold } : undefined);
  };
  data.forEach((x, i) => put(d0 + i, i + 1, x));
  const jr = d0 + data.length;
  const tot = { name: 'Jumlah', a: [0, 1, 2, 3, 4].map((y) => sumOf(data.map((x) => x.a[y]))), r: [0, 1, 2, 3, 4].map((y) => sumOf(data.map((x) => x.r[y]))) };
  tot.a[2] += 50_000_000; // 2022: the Jumlah anggaran 50.000.000 over the programs (rasio and growth of the row follow what is shown)
  put(jr, '', tot, true);
  // Diklat perkoperasian 2021: 131.880.000 / 140.000.000 = 94,20% — shown 98,42%.
  sb.set(`N${d0 + 2}`, '98,42%');
  hostsUnseenLayouts.push({
    id: 'hu-gsheets-tc24-rp-display-text',
    description:
      'Dinas Koperasi dan Usaha Mikro T-C.24 2020-2024 copied out of a Google Sheet as displayed and pasted back as plain text: amounts "Rp2.845.300.000" (the Sheets rupiah display, no space, no decimals), rasio "94,96%" and growth "3,30%" as text, although the rasio heading has no "(%)"; the Jumlah row bold. Planted: Jumlah anggaran 2022 50.000.000 over the programs; Diklat Perkoperasian 2021 rasio "98,42%" where 131.880.000 / 140.000.000 = 94,20%',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 2.6', kind: 'anggaran-realisasi', range: `A4:S${jr}`, headerRows: hr, roles: TC24_ROLES(years(2020)) }],
    findings: [
      { rule: 'total.jumlah', cell: `E${jr}` },
      { rule: 'ratio.anggaran', cell: `N${d0 + 2}` },
    ],
  });
}

// =============================================================================================
// 5. SIPD-RI Renstra print, flattened: per year "Target | Satuan | Pagu"; every indicator row
//    repeats its entity's code, name, pagu and unit; urusan and bidang rows carry the sums

{
  const sb = new SheetBuilder('Renstra');
  sb.set('A1', b('RENCANA STRATEGIS PERANGKAT DAERAH'));
  sb.set('A2', b('PEMERINTAH KABUPATEN PROBOLINGGO'));
  sb.set('A3', b('Perangkat Daerah : 2.18.0.00.0.00.01.0000 DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU'));
  const top = 5;
  tall(sb, 'A', top, top + 1, 'Kode');
  tall(sb, 'B', top, top + 1, 'Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan');
  tall(sb, 'C', top, top + 1, 'Indikator');
  years(2025).forEach((y, i) => {
    const c = shift('D', 3 * i);
    sb.mergeText(`${c}${top}:${shift(c, 2)}${top}`, b(`Tahun ${y}`));
    sb.put(`${c}${top + 1}`, [b('Target'), b('Satuan'), b('Pagu')]);
  });
  tall(sb, 'S', top, top + 1, 'Perangkat Daerah');
  const satuanCols = letters('E', 5, 3);
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', satuan: 'E', target: letters('D', 5, 3), pagu: letters('F', 5, 3), unit: 'S' };
  const second = (n: Node): Node =>
    mapTree(n, (x) =>
      x.level === 'program'
        ? { ...x, ind: [...x.ind, I('Nilai Evaluasi SAKIP Perangkat Daerah', 'Nilai', 68, rising(70, 1.5))] }
        : x.level === 'kegiatan'
          ? { ...x, ind: [...x.ind, I('Persentase Dokumen yang Diselesaikan Tepat Waktu', '%', 90, rising(92, 2))] }
          : x,
    );
  const items: Item[] = [
    urusan('2', 'URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR', [
      bidang('2.18', 'URUSAN PEMERINTAHAN BIDANG PENANAMAN MODAL', [penunjang('2.18', 0.5, 'small'), ...penanamanModal(0.8)].map(second)),
    ]),
  ];
  const unit = '2.18.0.00.0.00.01.0000 Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu';
  const f = renderFunding(sb, top + 2, items, cols, { headingSums: true, unitText: unit, paguDelta: [{ key: '2.18.03.2.01', year: 2, delta: -6_000_000 }] });
  // Satuan again in every year's group.
  for (let r = top + 2; r <= f.last; r++) {
    const u = sb.get(`E${r}`)?.v;
    if (typeof u === 'string') satuanCols.slice(1).forEach((c) => sb.set(`${c}${r}`, u));
  }
  // Flattened: the indicator rows below a name row repeat code, name, every pagu and the unit.
  const all = entities(items);
  const continuation: Record<string, number[]> = {};
  for (const n of all) {
    const r0 = f.row(n.key);
    continuation[n.key] = [];
    for (let k = 1; k < n.ind.length; k++) {
      const rr = r0 + k;
      continuation[n.key].push(rr);
      for (const c of ['A', 'B', ...cols.pagu, 'S']) {
        const src = sb.get(`${c}${r0}`);
        if (src) sb.set(`${c}${rr}`, src.v as string | number);
      }
    }
  }
  const roles: Record<string, RoleSpec> = fundingRoles(cols, years(2025));
  for (const c of satuanCols) roles[c] = 'satuan';
  const kegKey = '2.18.03.2.01';
  hostsUnseenLayouts.push({
    id: 'hu-sipd-ri-flattened-target-satuan-pagu',
    description:
      'DPMPTSP Renstra printed from SIPD-RI: three title lines, heading "Kode | Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan | Indikator | Tahun 2025 {Target | Satuan | Pagu} … Tahun 2029 | Perangkat Daerah", urusan 2 and bidang 2.18 rows carrying the sums, no bold below the heading; flattened as database exports are — each program and kegiatan (two indicators) fills two rows that both repeat the code, the name, every year\'s pagu and the unit, so a pagu is written twice but counts once. Planted: the Promosi Penanaman Modal kegiatan 6.000.000 under its sub kegiatan in 2027 (on both of its rows)',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra', kind: 'program-pendanaan', range: `A${top}:S${f.last}`, headerRows: [top, top + 1], roles }],
    findings: [{ rule: 'total.pagu-induk', cell: [f.cell(kegKey, 'pagu', 2), ...continuation[kegKey].map((r) => `${cols.pagu[2]}${r}`)] }],
  });
}

// =============================================================================================
// Formulas: a small evaluator for the sums planners write (SUM of cells and ranges, a+b+c), so a
// cached value is always what its formula gives on the cells around it.

function valueAt(sb: SB, ref: string, depth = 0): number {
  const cell = sb.get(ref);
  if (!cell) return 0;
  if (cell.f) return evalSum(sb, cell.f, depth + 1);
  return typeof cell.v === 'number' ? cell.v : 0;
}

function evalSum(sb: SB, f: string, depth = 0): number {
  if (depth > 50) throw new Error(`circular formula ${f}`);
  const m = /^SUM\((.*)\)$/i.exec(f.trim());
  const parts = m ? m[1].split(',') : f.split('+');
  let total = 0;
  for (const raw of parts) {
    const p = raw.trim();
    const r = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(p);
    if (r) {
      if (r[1] !== r[3]) throw new Error(`only one-column ranges: ${p}`);
      for (let row = Number(r[2]); row <= Number(r[4]); row++) total += valueAt(sb, `${r[1]}${row}`, depth);
    } else if (/^[A-Z]+\d+$/.test(p)) total += valueAt(sb, p, depth);
    else throw new Error(`cannot evaluate ${p} in ${f}`);
  }
  return total;
}

/** Writes each formula cell's cached value from its formula. */
function recalc(sb: SB, refs: string[]): void {
  const vals = refs.map((ref) => [ref, valueAt(sb, ref)] as const);
  for (const [ref, v] of vals) sb.get(ref)!.v = v;
}

/** Removes the number format of every number cell in the given columns and rows. */
function plainNumbers(sb: SB, cols: string[], from: number, to: number): void {
  for (let r = from; r <= to; r++) {
    for (const c of cols) {
      const cell = sb.get(`${c}${r}`);
      if (cell && typeof cell.v === 'number') delete cell.fmt;
    }
  }
}

// =============================================================================================
// 6. e-Renggar / Simral / SIMDA export: heading in row 1, no title, codes with a trailing dot,
//    urusan … sub kegiatan all in one Uraian column, pagu in whole rupiah without a format

{
  const sb = new SheetBuilder('Export');
  const head = ['Kode', 'Uraian', 'Indikator Kinerja', 'Satuan', 'Capaian Awal'];
  for (const y of years(2026)) head.push(`Target ${y}`, `Pagu ${y}`);
  head.push('Unit Kerja');
  sb.put('A1', head.map((h) => b(h)));
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', satuan: 'D', baseline: 'E', target: letters('F', 5, 2), pagu: letters('G', 5, 2), unit: 'P' };
  const dotted = (n: Node): Node => mapTree(n, (x) => (x.code ? { ...x, code: `${x.code}.` } : x));
  const items: Item[] = [
    dotted(
      urusan('1', 'URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR', [
        bidang('1.03', 'URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG', [penunjang('1.03', 0.8, 'small'), sda(0.9), jalan(0.7)]),
      ]),
    ),
  ];
  const f = renderFunding(sb, 2, items, cols, {
    headingSums: true,
    unitText: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    jumlah: { label: 'TOTAL', labelCol: 'B', bold: false },
    paguDelta: [{ key: '1.03.02.2.02', year: 2, delta: 10_000_000 }],
  });
  plainNumbers(sb, cols.pagu, 2, f.last);
  // Pembangunan Jalan: funded in 2030 but its 2030 target left empty.
  const noTarget = f.cell('1.03.10.2.01.0053', 'target', 4);
  sb.set(noTarget, null);
  hostsUnseenLayouts.push({
    id: 'hu-erenggar-trailing-dot-codes-row1',
    description:
      'Dinas PUPR plan exported from an e-Renggar/Simral/SIMDA-style system: the heading "Kode | Uraian | Indikator Kinerja | Satuan | Capaian Awal | Target 2026 | Pagu 2026 | … | Unit Kerja" in row 1 with no title above, every code ending in a dot ("1.", "1.03.", "1.03.02.", "1.03.02.2.02.", "1.03.02.2.02.0014."), urusan, bidang, program, kegiatan and sub kegiatan all in the Uraian column, nothing bold or indented below the heading, urusan and bidang rows carrying the sums, pagu in whole rupiah without a number format, a plain TOTAL row. Planted: the irrigation kegiatan 10.000.000 over its sub kegiatan in 2028; Pembangunan Jalan has 2030 pagu but no 2030 target',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Export', kind: 'program-pendanaan', range: `A1:P${f.last}`, headerRows: [1], roles: fundingRoles(cols, years(2026)) }],
    findings: [
      { rule: 'total.pagu-induk', cell: f.cell('1.03.02.2.02', 'pagu', 2) },
      { rule: 'value.pagu-tanpa-target', cell: noTarget },
    ],
  });
}

// =============================================================================================
// 7. LibreOffice Calc: every parent, akhir and Jumlah a formula saved with its cached value; zero
//    shown "-" by the format #,##0;-#,##0;"-"; one kegiatan typed over its formula

{
  const sb = new SheetBuilder('Tabel 4.2');
  titles(sb, 1, ['Tabel 4.2', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Kesehatan Kabupaten Pamekasan Tahun 2025-2029']);
  const h = tc27(sb, 4, { yearLabels: years(2025), satuan: true, numberRow: 'plain' });
  const [upaya, sdmk] = kesehatan(0.7);
  const items: Item[] = [penunjang('1.02', 0.9, 'small'), upaya, sdmk];
  const f = renderFunding(sb, h.firstData, items, h.cols, {
    bold: { program: true },
    unitText: 'Dinas Kesehatan',
    lokasiText: 'Kab. Pamekasan',
    jumlah: { label: 'JUMLAH', labelCol: 'A', mergeTo: 'E' },
  });
  const all = entities(items);
  const formulas: string[] = [];
  for (const n of all) {
    const row = f.row(n.key);
    const kids = kidRows(f, n);
    if (kids.length) {
      for (const c of h.cols.pagu) {
        formula(sb, `${c}${row}`, n.level === 'kegiatan' ? `SUM(${c}${kids[0]}:${c}${kids[kids.length - 1]})` : `SUM(${kids.map((k) => `${c}${k}`).join(',')})`);
        formulas.push(`${c}${row}`);
      }
    }
    formula(sb, `${h.cols.akhirPagu}${row}`, `SUM(${h.cols.pagu.map((c) => `${c}${row}`).join(',')})`);
    formulas.push(`${h.cols.akhirPagu}${row}`);
  }
  const jr = f.jumlahRow!;
  const progRows = programsOf(items).map((p) => f.row(p.key));
  for (const c of h.cols.pagu) {
    formula(sb, `${c}${jr}`, `SUM(${progRows.map((r) => `${c}${r}`).join(',')})`);
    formulas.push(`${c}${jr}`);
  }
  formula(sb, `${h.cols.akhirPagu}${jr}`, `SUM(${h.cols.pagu.map((c) => `${c}${jr}`).join(',')})`);
  formulas.push(`${h.cols.akhirPagu}${jr}`);
  // The faskes kegiatan's 2026 cell was typed over (formula gone) before a sub kegiatan was raised by 15.000.000.
  const kegKey = '1.02.02.2.01';
  const typed = f.cell(kegKey, 'pagu', 1);
  const typedCell = sb.get(typed)!;
  delete typedCell.f;
  formulas.splice(formulas.indexOf(typed), 1);
  typedCell.v = (typedCell.v as number) - 15_000_000;
  recalc(sb, formulas);
  const DASH = '#,##0;-#,##0;"-"';
  formatMoney(sb, [...h.cols.pagu, h.cols.akhirPagu!], h.firstData, f.last, DASH);
  formatMoney(sb, [...h.cols.target!, h.cols.akhirTarget!, h.cols.baseline!], h.firstData, f.last, '0;-0;"-"');
  // Akhir target of the akreditasi indicator points at the first year (=F) instead of the last (=N).
  const akr = f.row('1.02.02');
  const akhirT = `${h.cols.akhirTarget}${akr}`;
  sb.get(akhirT)!.v = sb.get(`${h.cols.target![0]}${akr}`)!.v;
  formula(sb, akhirT, `${h.cols.target![0]}${akr}`);
  hostsUnseenLayouts.push({
    id: 'hu-libreoffice-cached-formulas-dash-zero',
    description:
      `Dinas Kesehatan T-C.27 saved by LibreOffice Calc: every kegiatan pagu =SUM(G…:G…) over its sub kegiatan rows, every program =SUM(G…,G…) over its kegiatan cells, each akhir Rp =SUM(G…,I…,K…,M…,O…), the JUMLAH =SUM over the program cells, all with cached values; money formatted #,##0;-#,##0;"-" and targets 0;-0;"-" so the Pembangunan Puskesmas years without money or target show "-" (numbers 0 underneath). Planted: the faskes kegiatan's 2026 cell typed over its formula and now 15.000.000 under its sub kegiatan; the akreditasi Puskesmas akhir target =${h.cols.target![0]}${akr} (the first year, 40) where the last year says 80`,
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) }],
    findings: [
      { rule: 'total.pagu-induk', cell: typed },
      { rule: 'total.akhir-periode-target', cell: akhirT },
    ],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell(kegKey, 'akhirPagu') }],
  });
}

// =============================================================================================
// 8. PDF → Excel by an online converter: a T-C.23 where every cell is text, percentages "98,5%",
//    years "2.020" (the thousands separator applied to the year), headings broken over three rows

{
  const sb = new SheetBuilder('Table 1');
  sb.set('A1', 'Tabel 2.3');
  sb.set('A2', 'Pencapaian Kinerja Pelayanan Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sampang');
  // The converter puts each printed line of a heading in its own row and merges nothing.
  sb.put('A4', ['No', 'Indikator Kinerja sesuai Tugas', 'Target', 'Target', 'Target']);
  sb.put('F4', ['Target Renstra Perangkat Daerah']);
  sb.put('K4', ['Realisasi Capaian']);
  sb.put('P4', ['Rasio Capaian']);
  sb.put('B5', ['dan Fungsi Perangkat Daerah', 'NSPK', 'IKK', 'Indikator']);
  sb.set('F5', 'Tahun ke-');
  sb.set('K5', 'Tahun ke-');
  sb.set('P5', 'pada Tahun ke-');
  sb.set('E6', 'Lainnya');
  const ys = years(2020).map((y) => idNum(y));
  sb.put('F6', [...ys, ...ys, ...ys]);
  type Row = { ind: string; refs: string[]; t: number[]; r: number[]; pct: boolean };
  const data: Row[] = [
    { ind: 'Persentase Penduduk Wajib KTP yang Memiliki KTP-el', refs: ['100%', '-', '-'], t: [97, 97.5, 98, 98.5, 99], r: [96.82, 97.61, 98.13, 98.47, 99.05], pct: true },
    { ind: 'Persentase Anak yang Memiliki Akta Kelahiran', refs: ['-', 'V', '-'], t: [90, 92, 94, 95, 96], r: [91.4, 92.85, 93.6, 95.2, 96.3], pct: true },
    { ind: 'Persentase Anak yang Memiliki Kartu Identitas Anak (KIA)', refs: ['-', '-', 'V'], t: [40, 50, 60, 70, 75], r: [38.5, 52.1, 58.9, 71.25, 76.4], pct: true },
    { ind: 'Indeks Kepuasan Masyarakat terhadap Layanan Administrasi Kependudukan', refs: ['-', '-', 'V'], t: [80, 81, 82, 83, 84], r: [81.25, 80.9, 83.12, 83.4, 85.02], pct: false },
  ];
  const d0 = 7;
  data.forEach((d, i) => {
    const v = (x: number) => (d.pct ? `${comma(x)}%` : comma(x));
    sb.put(`A${d0 + i}`, [String(i + 1), d.ind, ...d.refs, ...d.t.map(v), ...d.r.map(v), ...d.t.map((t, y) => `${comma(round((d.r[y] / t) * 100, 2), 2)}%`)]);
  });
  const last = d0 + data.length - 1;
  // KIA 2022: 58,9% / 60% = 98,17% — shown "103,25%".
  sb.set(`R${d0 + 2}`, '103,25%');
  // KTP-el 2023: 98,47% / 98,5% = 99,97% — shown "99,79%" (digits swapped).
  sb.set(`S${d0}`, '99,79%');
  sb.set(`A${last + 2}`, 'Sumber: LKjIP Dispendukcapil 2020-2024');
  hostsUnseenLayouts.push({
    id: 'hu-pdf-converter-tc23-dotted-years',
    description:
      'Dispendukcapil T-C.23 run through an online PDF-to-Excel converter: every cell text (No "1", targets "97,5%", realisasi "96,82%", rasio "99,81%", the IKM row "81,25" without %), the years printed "2.020" … "2.024" because the source formatted them with a thousands separator, each heading\'s printed lines in rows of their own without merges ("Indikator Kinerja sesuai Tugas" / "dan Fungsi Perangkat Daerah"; "Target" / "Indikator" / "Lainnya"; "Rasio Capaian" / "pada Tahun ke-" / years), the title in plain text. Planted: KIA 2022 rasio "103,25%" where 58,9 / 60 = 98,17%; KTP-el 2023 rasio "99,79%" where 98,47 / 98,5 = 99,97%',
    workbook: workbook(sb),
    tables: [{ sheet: 'Table 1', kind: 'pencapaian-kinerja', range: `A4:T${last}`, headerRows: [4, 5, 6], roles: TC23_ROLES(years(2020)) }],
    findings: [
      { rule: 'ratio.capaian', cell: `R${d0 + 2}` },
      { rule: 'ratio.capaian', cell: `S${d0}` },
    ],
  });
}

// =============================================================================================
// 9. PDF → Excel converter: a T-C.27 all text, money "1.250.000.000,00", years "2.025", every
//    heading broken over rows without merges, column numbers "(1)" … "(19)"

{
  const sb = new SheetBuilder('Table 3');
  sb.set('A1', 'Tabel 4.2 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Badan Keuangan dan Aset Daerah Kabupaten Bangkalan');
  sb.put('A3', ['Kode', 'Program dan', 'Indikator Kinerja', 'Satuan', 'Data Capaian', 'Target Kinerja Program dan Kerangka Pendanaan']);
  sb.set('P3', 'Kondisi Kinerja pada');
  sb.put('R3', ['Unit Kerja', 'Lokasi']);
  sb.put('B4', ['Kegiatan', 'Program (outcome)', undefined, 'pada Tahun Awal']);
  years(2025).forEach((y, i) => sb.set(`${shift('F', 2 * i)}4`, idNum(y)));
  sb.set('P4', 'akhir periode Renstra');
  sb.set('R4', 'Perangkat Daerah');
  sb.set('C5', 'dan Kegiatan (output)');
  sb.set('E5', 'Perencanaan');
  letters('F', 6, 2).forEach((c) => sb.put(`${c}5`, ['Target', 'Rp']));
  sb.set('R5', 'Penanggung Jawab');
  sb.put('A6', Array.from({ length: 19 }, (_, i) => `(${i + 1})`));
  const cols: FundingColumns = {
    code: 'A',
    name: 'B',
    indicator: 'C',
    satuan: 'D',
    baseline: 'E',
    target: letters('F', 5, 2),
    pagu: letters('G', 5, 2),
    akhirTarget: 'P',
    akhirPagu: 'Q',
    unit: 'R',
    lokasi: 'S',
  };
  const items: Item[] = [penunjang('5.02', 0.5, 'small'), ...keuangan(0.8)];
  const f = renderFunding(sb, 7, items, cols, {
    unitText: 'BKAD',
    lokasiText: 'Kab. Bangkalan',
    jumlah: { label: 'Jumlah', labelCol: 'B', bold: false },
    jumlahDelta: [{ year: 2, delta: 25_000_000 }],
    paguDelta: [{ key: '5.02.02.2.01', year: 4, delta: -4_000_000 }],
  });
  const moneyCols = new Set([...cols.pagu, 'Q']);
  for (let r = 7; r <= f.last; r++) {
    for (const c of letters('A', 19)) {
      const cell = sb.get(`${c}${r}`);
      if (!cell || typeof cell.v !== 'number') continue;
      cell.v = moneyCols.has(c) ? idNum(cell.v, 2) : comma(cell.v);
      delete cell.fmt;
    }
  }
  hostsUnseenLayouts.push({
    id: 'hu-pdf-converter-tc27-decimal-money',
    description:
      'BKAD T-C.27 run through an online PDF-to-Excel converter: every cell text — codes, targets "6", "WTP", baseline, money "1.098.750.000,00" (two decimals, dot thousands) —, years "2.025" … "2.029" over Target | Rp, the headings broken over three rows as printed ("Program dan" / "Kegiatan", "Data Capaian" / "pada Tahun Awal" / "Perencanaan", "Kondisi Kinerja pada" / "akhir periode Renstra" / Target | Rp) with no merges, a row "(1)" … "(19)", "Jumlah" not bold. Planted: Jumlah 2027 25.000.000 over the programs; the KUA-PPAS/RKA kegiatan 4.000.000 under its sub kegiatan in 2029',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Table 3', kind: 'program-pendanaan', range: `A3:S${f.last}`, headerRows: [3, 4, 5, 6], roles: fundingRoles(cols, years(2025)) }],
    findings: [
      { rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', 2) },
      { rule: 'total.pagu-induk', cell: f.cell('5.02.02.2.01', 'pagu', 4) },
    ],
    tolerated: [
      { rule: 'total.jumlah', cell: f.cell('jumlah', 'akhirPagu') },
      { rule: 'total.pagu-induk', cell: f.cell('5.02.02.2.01', 'akhirPagu') },
    ],
  });
}

// =============================================================================================
// 10. Every parent and the Jumlah a formula; one kegiatan's SUM starts a row late (a sub kegiatan
//     inserted above its first row), and the Jumlah formula skips the program added last

{
  const sb = new SheetBuilder('Renstra Disdik');
  titles(sb, 1, ['RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN INDIKATIF DINAS PENDIDIKAN KABUPATEN SUMENEP 2025-2029']);
  const h = tc27(sb, 3, { yearLabels: years(2025), satuan: true, numberRow: 'paren' });
  const items: Item[] = [penunjang('1.01', 0.9, 'small'), ...pendidikan(0.6)];
  const f = renderFunding(sb, h.firstData, items, h.cols, {
    bold: { program: true, kegiatan: true },
    unitText: 'Dinas Pendidikan',
    lokasiText: 'Kab. Sumenep',
    jumlah: { label: 'JUMLAH', labelCol: 'A', mergeTo: 'E' },
  });
  const cells: string[] = [];
  const lateKey = '1.01.02.2.01';
  for (const n of entities(items)) {
    const row = f.row(n.key);
    const kids = kidRows(f, n);
    if (kids.length) {
      for (const c of h.cols.pagu) {
        const from = n.key === lateKey ? kids[1] : kids[0];
        formula(sb, `${c}${row}`, n.level === 'kegiatan' ? `SUM(${c}${from}:${c}${kids[kids.length - 1]})` : kids.map((k) => `${c}${k}`).join('+'));
        cells.push(`${c}${row}`);
      }
    }
    formula(sb, `${h.cols.akhirPagu}${row}`, `SUM(${h.cols.pagu.map((c) => `${c}${row}`).join(',')})`);
    cells.push(`${h.cols.akhirPagu}${row}`);
  }
  const jr = f.jumlahRow!;
  const progs = programsOf(items).filter((p) => p.key !== '1.01.04').map((p) => f.row(p.key));
  for (const c of h.cols.pagu) {
    formula(sb, `${c}${jr}`, `SUM(${progs.map((r) => `${c}${r}`).join(',')})`);
    cells.push(`${c}${jr}`);
  }
  formula(sb, `${h.cols.akhirPagu}${jr}`, `SUM(${h.cols.pagu.map((c) => `${c}${jr}`).join(',')})`);
  cells.push(`${h.cols.akhirPagu}${jr}`);
  recalc(sb, cells);
  hostsUnseenLayouts.push({
    id: 'hu-formula-parents-range-starts-late',
    description:
      'Dinas Pendidikan T-C.27 in which every kegiatan pagu is =SUM(G…:G…) over its sub kegiatan rows, every program =G…+G…+… over its kegiatan cells, every akhir Rp =SUM(G…,I…,K…,M…,O…) and the JUMLAH =SUM over the program cells, all with cached values. Planted: the Pengelolaan Pendidikan Sekolah Dasar kegiatan\'s SUM starts one row late (a sub kegiatan — Pemeliharaan Rutin — inserted above the first row of the range) in every year, the program above summing the kegiatan cells carries it on; the JUMLAH formula leaves out the last program (Pendidik dan Tenaga Kependidikan, added after the formula was written) in every year',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Renstra Disdik', kind: 'program-pendanaan', range: `A3:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2025)) }],
    findings: [
      ...[0, 1, 2, 3, 4].map((y) => ({ rule: 'total.pagu-induk', cell: f.cell(lateKey, 'pagu', y) })),
      ...[0, 1, 2, 3, 4].map((y) => ({ rule: 'total.jumlah', cell: f.cell('jumlah', 'pagu', y) })),
    ],
    tolerated: [
      { rule: 'total.pagu-induk', cell: f.cell(lateKey, 'akhirPagu') },
      { rule: 'total.jumlah', cell: f.cell('jumlah', 'akhirPagu') },
    ],
  });
}

// =============================================================================================
// 11. T-C.23 whose rasio are =IFERROR(K7/F7,"") with cached values: "" where the indicator did not
//     exist yet ("-" targets), one formula dragged a column off, one typed over

{
  const sb = new SheetBuilder('Tabel 2.5');
  titles(sb, 1, ['Tabel 2.5', 'Pencapaian Kinerja Pelayanan Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Pasuruan']);
  const hr = tc23Header(sb, 4, years(2020), { agency: 'DP3A', numberRow: true });
  const d0 = hr[hr.length - 1] + 1;
  type Row = { ind: string; refs: V[]; t: (number | string)[]; r: (number | string)[] };
  const data: Row[] = [
    { ind: 'Indeks Pembangunan Gender (IPG)', refs: ['-', 'V', '-'], t: [91.2, 91.5, 91.8, 92.1, 92.4], r: [91.05, 91.62, 91.74, 92.33, 92.51] },
    { ind: 'Indeks Pemberdayaan Gender (IDG)', refs: ['-', 'V', '-'], t: [68, 69, 70, 71, 72], r: [67.12, 69.45, 70.88, 70.4, 72.9] },
    { ind: 'Persentase Kasus Kekerasan terhadap Perempuan dan Anak yang Tertangani', refs: ['100', '-', '-'], t: [100, 100, 100, 100, 100], r: [100, 96.5, 100, 98.2, 100] },
    { ind: 'Persentase Desa/Kelurahan Layak Anak', refs: ['-', '-', 'V'], t: ['-', '-', 20, 30, 40], r: ['-', '-', 22.5, 31, 38.4] },
    { ind: 'Persentase Keterwakilan Perempuan dalam Musrenbang', refs: ['-', '-', 'V'], t: [30, 30, 32, 33, 35], r: [28.4, 31.2, 33.1, 32.7, 36] },
  ];
  const T = letters('F', 5);
  const R = letters('K', 5);
  const Q = letters('P', 5);
  data.forEach((d, i) => {
    const row = d0 + i;
    sb.put(`A${row}`, [i + 1, d.ind, ...d.refs, ...d.t, ...d.r]);
    Q.forEach((q, y) => {
      const f = `IFERROR(${R[y]}${row}/${T[y]}${row},"")`;
      const t = d.t[y];
      const r = d.r[y];
      if (typeof t === 'number' && typeof r === 'number') {
        sb.set(`${q}${row}`, { v: r / t, fmt: '0.00' });
        formula(sb, `${q}${row}`, f);
      } else emptyFormula(sb, `${q}${row}`, f);
    });
  });
  const last = d0 + data.length - 1;
  // IDG 2023: the formula reads the 2024 realisasi (=IFERROR(O8/I8,"")): 72,9 / 71 = 1,03 shown, 70,4 / 71 = 0,99 right.
  const dragged = `S${d0 + 1}`;
  sb.set(dragged, { v: 72.9 / 71, fmt: '0.00' });
  formula(sb, dragged, `IFERROR(O${d0 + 1}/I${d0 + 1},"")`);
  // Keterwakilan perempuan 2021: typed 1,12 over the formula; 31,2 / 30 = 1,04.
  const typed = `Q${d0 + 4}`;
  sb.set(typed, { v: 1.12, fmt: '0.00' });
  hostsUnseenLayouts.push({
    id: 'hu-tc23-rasio-iferror-formulas',
    description:
      'DP3A T-C.23 2020-2024 whose rasio cells are =IFERROR(K7/F7,"") formatted 0.00 with cached values; the Desa/Kelurahan Layak Anak indicator only exists from 2022 ("-" as its 2020-2021 target and realisasi), so those rasio formulas hold the cached empty text. Planted: IDG 2023 rasio =IFERROR(O8/I8,"") (dragged one column: 2024 realisasi over the 2023 target) shows 1,03 where 70,4 / 71 = 0,99; Keterwakilan Perempuan 2021 rasio typed 1,12 over its formula where 31,2 / 30 = 1,04',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 2.5', kind: 'pencapaian-kinerja', range: `A4:T${last}`, headerRows: hr, roles: TC23_ROLES(years(2020)) }],
    findings: [
      { rule: 'ratio.capaian', cell: dragged },
      { rule: 'ratio.capaian', cell: typed },
    ],
  });
}

// =============================================================================================
// 12. T-C.24 with formulas: rasio =IFERROR(H8/C8,"") as %, growth =AVERAGE((D8-C8)/C8,…), Jumlah
//     =SUM(C8:C12); one Jumlah range stops a row short, one growth averages three years of four

{
  const sb = new SheetBuilder('Tabel 2.6');
  titles(sb, 1, ['Tabel 2.6', 'Anggaran dan Realisasi Pendanaan Pelayanan Dinas Pariwisata, Pemuda dan Olahraga Kabupaten Banyuwangi', 'Tahun 2020-2024']);
  const hr = tc24Header(sb, 5, years(2020));
  const d0 = hr[hr.length - 1] + 1;
  const data = [
    { name: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', a: [4_215_600_000, 4_108_250_000, 4_386_900_000, 4_512_300_000, 4_690_750_000], r: [4_018_452_000, 3_962_104_500, 4_215_880_300, 4_380_112_600, 4_541_906_000] },
    { name: 'Program Peningkatan Daya Tarik Destinasi Pariwisata', a: [1_850_000_000, 1_120_000_000, 2_240_500_000, 2_615_000_000, 2_980_400_000], r: [1_761_200_000, 1_071_840_000, 2_165_843_000, 2_498_112_500, 2_877_066_100] },
    { name: 'Program Pemasaran Pariwisata', a: [925_000_000, 610_250_000, 1_035_000_000, 1_148_600_000, 1_226_000_000], r: [887_075_000, 588_281_000, 992_168_000, 1_101_734_000, 1_192_786_000] },
    { name: 'Program Pengembangan Kapasitas Daya Saing Kepemudaan', a: [310_000_000, 265_500_000, 342_000_000, 356_750_000, 371_400_000], r: [296_360_000, 252_491_000, 331_056_000, 341_048_000, 362_115_000] },
    { name: 'Program Pengembangan Kapasitas Daya Saing Keolahragaan', a: [1_460_000_000, 985_000_000, 1_612_300_000, 1_738_000_000, 1_854_200_000], r: [1_392_840_000, 939_690_000, 1_555_869_500, 1_665_004_000, 1_789_303_000] },
  ];
  const A = letters('C', 5);
  const Rz = letters('H', 5);
  const Q = letters('M', 5);
  const growthF = (cs: string[], row: number, n = cs.length - 1) =>
    `AVERAGE(${Array.from({ length: n }, (_, i) => `(${cs[i + 1]}${row}-${cs[i]}${row})/${cs[i]}${row}`).join(',')})`;
  const growthV = (xs: number[], n = xs.length - 1) => meanGrowth(xs.slice(0, n + 1));
  const writeRow = (row: number, no: V, name: V, a: number[], r: number[], bold = false) => {
    const st = bold ? { bold } : {};
    sb.put(`A${row}`, [no, name]);
    A.forEach((c, y) => sb.set(`${c}${row}`, { v: a[y], fmt: '#,##0', ...st }));
    Rz.forEach((c, y) => sb.set(`${c}${row}`, { v: r[y], fmt: '#,##0', ...st }));
    Q.forEach((c, y) => {
      sb.set(`${c}${row}`, { v: r[y] / a[y], fmt: '0.00%', ...st });
      formula(sb, `${c}${row}`, `IFERROR(${Rz[y]}${row}/${A[y]}${row},"")`);
    });
    sb.set(`R${row}`, { v: growthV(a), fmt: '0.00%', ...st });
    formula(sb, `R${row}`, growthF(A, row));
    sb.set(`S${row}`, { v: growthV(r), fmt: '0.00%', ...st });
    formula(sb, `S${row}`, growthF(Rz, row));
  };
  data.forEach((x, i) => writeRow(d0 + i, i + 1, x.name, x.a, x.r));
  const jr = d0 + data.length;
  const last = jr - 1;
  const totA = [0, 1, 2, 3, 4].map((y) => sumOf(data.map((x) => x.a[y])));
  const totR = [0, 1, 2, 3, 4].map((y) => sumOf(data.map((x) => x.r[y])));
  totR[3] -= data[data.length - 1].r[3]; // 2023 realisasi: =SUM(K7:K10) leaves out the last program
  writeRow(jr, undefined, b('Jumlah'), totA, totR, true);
  [...A, ...Rz].forEach((c) => formula(sb, `${c}${jr}`, `SUM(${c}${d0}:${c}${c === Rz[3] ? last - 1 : last})`));
  // Destinasi: the realisasi growth averages 2021-2023 only (the 2024 term left out of the formula).
  const g3 = `S${d0 + 1}`;
  sb.get(g3)!.v = growthV(data[1].r, 3);
  formula(sb, g3, growthF(Rz, d0 + 1, 3));
  hostsUnseenLayouts.push({
    id: 'hu-tc24-formulas-sum-short-growth-3of4',
    description:
      'Disparpora T-C.24 2020-2024 built with formulas, cached values kept: rasio =IFERROR(H8/C8,"") formatted 0.00%, growth =AVERAGE((D8-C8)/C8,(E8-D8)/D8,(F8-E8)/E8,(G8-F8)/F8) formatted 0.00%, Jumlah =SUM(C8:C12) in bold. Planted: the Jumlah realisasi 2023 =SUM(K8:K11) stops a row short (Keolahragaan left out); the Destinasi program\'s realisasi growth averages only three of the four yearly growths (matching neither the mean of the four nor the compound rate)',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 2.6', kind: 'anggaran-realisasi', range: `A5:S${jr}`, headerRows: hr, roles: TC24_ROLES(years(2020)) }],
    findings: [
      { rule: 'total.jumlah', cell: `K${jr}` },
      { rule: 'growth.rata-rata', cell: g3 },
    ],
  });
}

// =============================================================================================
// 13. T-C.27 2026-2030 whose last year is not planned yet: 2030 target and Rp empty in every row,
//     the akhir periode from the four planned years

{
  const sb = new SheetBuilder('Tabel 6.1');
  titles(sb, 1, ['Tabel 6.1', 'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Komunikasi dan Informatika Kabupaten Jember Tahun 2026-2030']);
  const h = tc27(sb, 4, { yearLabels: years(2026), satuan: true, numberRow: 'plain' });
  const items: Item[] = [penunjang('2.16', 0.7, 'small'), ...kominfo(1)];
  const f = renderFunding(sb, h.firstData, items, h.cols, {
    bold: { program: true },
    unitText: 'Diskominfo',
    lokasiText: 'Kab. Jember',
    jumlah: { label: 'JUMLAH', labelCol: 'B' },
    paguDelta: [{ key: '2.16.02.2.01', year: 1, delta: 8_000_000 }],
  });
  const lastT = h.cols.target![4];
  const lastP = h.cols.pagu[4];
  for (let r = h.firstData; r <= f.last; r++) {
    sb.set(`${lastT}${r}`, null).set(`${lastP}${r}`, null);
    const akhirT = sb.get(`${h.cols.akhirTarget}${r}`);
    const t2029 = sb.get(`${h.cols.target![3]}${r}`);
    if (akhirT && t2029) akhirT.v = t2029.v;
    const akhirP = sb.get(`${h.cols.akhirPagu}${r}`);
    if (akhirP) akhirP.v = sumOf(h.cols.pagu.slice(0, 4).map((c) => (sb.get(`${c}${r}`)?.v as number) ?? 0));
  }
  // Jaringan Intra 2028: 600 typed for 60.
  const typo = f.cell('2.16.03.2.02.0043', 'target', 2);
  sb.get(typo)!.v = 600;
  hostsUnseenLayouts.push({
    id: 'hu-tc27-last-year-not-planned',
    description:
      'Diskominfo T-C.27 for 2026-2030 drafted before the fifth year was planned: the 2030 Target and Rp columns are empty in every row, the JUMLAH included; the Kondisi Akhir target repeats 2029 and its Rp adds the four planned years. Planted: the Informasi dan Komunikasi Publik kegiatan 8.000.000 over its sub kegiatan in 2027; Jaringan Intra 2028 target 600 among 52, 56, 64',
    workbook: workbook(sb),
    tables: [{ sheet: 'Tabel 6.1', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, years(2026)) }],
    findings: [
      { rule: 'total.pagu-induk', cell: f.cell('2.16.02.2.01', 'pagu', 1) },
      { rule: 'value.pola-target', cell: typo },
    ],
    tolerated: [{ rule: 'total.pagu-induk', cell: f.cell('2.16.02.2.01', 'akhirPagu') }],
  });
}

// =============================================================================================
// 14. Google Sheets: T-C.24 drafted in 2024, the 2024 realisasi column still empty (and its rasio),
//     the realisasi growth over 2020-2023

{
  const sb = new SheetBuilder('Anggaran Realisasi');
  sb.set('A1', b('Anggaran dan Realisasi Pendanaan Pelayanan Badan Kesatuan Bangsa dan Politik Kabupaten Lamongan Tahun 2020-2024'));
  const hr = tc24Header(sb, 3, years(2020), false);
  const d0 = hr[hr.length - 1] + 1;
  const data = [
    { name: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', a: [2_106_400_000, 2_058_300_000, 2_189_750_000, 2_260_000_000, 2_345_800_000], r: [2_015_824_800, 1_971_851_400, 2_102_160_000, 2_175_250_000] },
    { name: 'Program Penguatan Ideologi Pancasila dan Karakter Kebangsaan', a: [185_000_000, 142_500_000, 198_000_000, 210_400_000, 224_000_000], r: [176_675_000, 136_942_500, 190_476_000, 201_562_000] },
    { name: 'Program Peningkatan Peran Partai Politik dan Lembaga Pendidikan melalui Pendidikan Politik dan Pengembangan Etika serta Budaya Politik', a: [1_240_000_000, 265_000_000, 310_500_000, 2_850_000_000, 1_425_000_000], r: [1_198_840_000, 252_015_000, 301_185_000, 2_764_500_000] },
    { name: 'Program Pemberdayaan dan Pengawasan Organisasi Kemasyarakatan', a: [96_000_000, 88_500_000, 104_000_000, 112_250_000, 118_600_000], r: [91_776_000, 85_429_500, 99_216_000, 107_960_000] },
    { name: 'Program Peningkatan Kewaspadaan Nasional dan Peningkatan Kualitas dan Fasilitasi Penanganan Konflik Sosial', a: [260_000_000, 215_000_000, 284_600_000, 301_000_000, 318_500_000], r: [249_600_000, 205_540_000, 273_785_200, 288_658_000] },
  ];
  const write = (row: number, no: V, name: V, a: number[], r: number[], bold = false) => {
    const st = bold ? { bold } : {};
    const cells: V[] = [
      ...a.map((v) => ({ v, fmt: '#,##0', ...st })),
      ...[0, 1, 2, 3, 4].map((y) => (r[y] === undefined ? undefined : { v: r[y], fmt: '#,##0', ...st })),
      ...[0, 1, 2, 3, 4].map((y) => (r[y] === undefined ? undefined : { v: round(r[y] / a[y], 2), fmt: '0.00', ...st })),
      { v: round(meanGrowth(a) * 100, 2), fmt: '0.00', ...st },
      { v: round(meanGrowth(r) * 100, 2), fmt: '0.00', ...st },
    ];
    sb.put(`A${row}`, [no, name, ...cells]);
  };
  data.forEach((x, i) => write(d0 + i, i + 1, x.name, x.a, x.r));
  const jr = d0 + data.length;
  const totA = [0, 1, 2, 3, 4].map((y) => sumOf(data.map((x) => x.a[y])));
  const totR = [0, 1, 2, 3].map((y) => sumOf(data.map((x) => x.r[y])));
  totA[1] -= 20_000_000; // 2021: the Jumlah anggaran 20.000.000 short
  write(jr, undefined, b('Jumlah'), totA, totR, true);
  // Pendidikan politik 2022: 301.185.000 / 310.500.000 = 0,97 — shown 0,79.
  const wrong = `O${d0 + 2}`;
  sb.get(wrong)!.v = 0.79;
  hostsUnseenLayouts.push({
    id: 'hu-gsheets-tc24-realisasi-2024-empty',
    description:
      'Bakesbangpol T-C.24 in Google Sheets, drafted in 2024 before the year closed: anggaran 2020-2024 filled, the realisasi 2024 and rasio 2024 columns empty in every row (the Jumlah included), the realisasi growth the mean of the 2020-2023 growths; no number row, no indentation. Planted: Jumlah anggaran 2021 20.000.000 short; Pendidikan Politik 2022 rasio 0,79 where 301.185.000 / 310.500.000 = 0,97',
    workbook: workbook(sb),
    tables: [{ sheet: 'Anggaran Realisasi', kind: 'anggaran-realisasi', range: `A3:S${jr}`, headerRows: hr, roles: TC24_ROLES(years(2020)) }],
    findings: [
      { rule: 'total.jumlah', cell: `D${jr}` },
      { rule: 'ratio.anggaran', cell: wrong },
    ],
  });
}

// =============================================================================================
// 15. Google Sheets: T-C.25 typed in Sheets (numbers), the IKU pasted from the Word draft into the
//     en-US spreadsheet ("3,65" and "1.350.000" stay text, 40 becomes a number)

{
  const plan: TujuanRow[] = [
    {
      tujuan: 'Meningkatnya kontribusi sektor pariwisata terhadap perekonomian daerah',
      ind: 'Kontribusi Sektor Pariwisata terhadap PDRB',
      satuan: '%',
      base: 3.42,
      t: [3.5, 3.65, 3.8, 3.95, 4.1],
      sasaran: [
        { sasaran: 'Meningkatnya kunjungan wisatawan', ind: 'Jumlah Kunjungan Wisatawan', satuan: 'Orang', base: 1_250_000, t: [1_300_000, 1_350_000, 1_400_000, 1_450_000, 1_500_000] },
        { sasaran: 'Meningkatnya lama tinggal wisatawan', ind: 'Rata-rata Lama Tinggal Wisatawan', satuan: 'Hari', base: 1.45, t: [1.5, 1.55, 1.6, 1.7, 1.8] },
      ],
    },
    {
      tujuan: 'Meningkatnya peran pemuda dan prestasi olahraga',
      ind: 'Indeks Pembangunan Pemuda (IPP)',
      satuan: 'Indeks',
      base: 52.5,
      t: [53.25, 54, 54.75, 55.5, 56.25],
      sasaran: [{ sasaran: 'Meningkatnya prestasi olahraga daerah', ind: 'Jumlah Medali pada Pekan Olahraga Provinsi', satuan: 'Medali', base: 38, t: [40, 42, 45, 48, 50] }],
    },
  ];
  const s25 = new SheetBuilder('Tujuan Sasaran');
  s25.set('A1', b('Tabel 4.1 Tujuan dan Sasaran Jangka Menengah Pelayanan Dinas Pariwisata, Pemuda dan Olahraga Kabupaten Banyuwangi'));
  tall(s25, 'A', 3, 4, 'No');
  tall(s25, 'B', 3, 4, 'Tujuan');
  tall(s25, 'C', 3, 4, 'Sasaran');
  tall(s25, 'D', 3, 4, 'Indikator Tujuan/Sasaran');
  s25.mergeText('E3:I3', b('Target Kinerja Tujuan/Sasaran pada Tahun'));
  s25.put('E4', years(2025).map((y) => b(y)));
  const t25 = tc25Rows(s25, 5, plan);
  const si = new SheetBuilder('IKU');
  si.set('A1', b('Tabel 4.4 Indikator Kinerja Utama Dinas Pariwisata, Pemuda dan Olahraga'));
  tall(si, 'A', 3, 4, 'No');
  tall(si, 'B', 3, 4, 'Indikator Kinerja Utama');
  tall(si, 'C', 3, 4, 'Satuan');
  tall(si, 'D', 3, 4, 'Kondisi Awal (2024)');
  si.mergeText('E3:I3', b('Target Tahun'));
  si.put('E4', years(2025).map((y) => b(y)));
  tall(si, 'J', 3, 4, 'Kondisi Akhir (2029)');
  const iku = ikuData(plan);
  // What an en-US Sheet makes of the Indonesian text: whole numbers parse, "3,65" and "1.350.000" do not.
  const pasted = (x: number): V => (Number.isInteger(x) && x < 1000 ? x : idNum(x, Number.isInteger(x) ? 0 : String(x).split('.')[1].length));
  iku.forEach((k, i) => si.put(`A${5 + i}`, [i + 1, k.ind, k.satuan, pasted(k.base), ...k.t.map(pasted), pasted(k.t[4])]));
  const lama = 5 + iku.findIndex((k) => k.ind === 'Rata-rata Lama Tinggal Wisatawan');
  si.set(`G${lama}`, '1,65'); // 2027: T-C.25 says 1,6
  hostsUnseenLayouts.push({
    id: 'hu-gsheets-iku-pasted-text-vs-tc25',
    description:
      'Disparpora Google Sheets workbook: the T-C.25 typed in Sheets (numbers 3.65, 1350000, 53.25) and the IKU pasted from the Word draft into the en-US spreadsheet, so "3,65", "1.350.000", "53,25" and the baselines stayed text while 40, 42, 54 became numbers; each IKU target must still agree with T-C.25. Planted: the IKU 2027 target of Rata-rata Lama Tinggal "1,65" where T-C.25 says 1,6',
    workbook: workbook(s25, si),
    tables: [
      { sheet: 'Tujuan Sasaran', kind: 'tujuan-sasaran', range: `A3:I${t25.next - 1}`, headerRows: [3, 4], roles: { A: 'no', B: 'tujuan', C: 'sasaran', D: 'indicator', ...yearRoles('target', letters('E', 5), years(2025)) } },
      { sheet: 'IKU', kind: 'iku', range: `A3:J${4 + iku.length}`, headerRows: [3, 4], roles: { A: 'no', B: 'indicator', C: 'satuan', D: 'baseline', ...yearRoles('target', letters('E', 5), years(2025)), J: 'akhir-target' } },
    ],
    findings: [{ rule: 'crosstable.iku-target', cell: [`IKU!G${lama}`, `Tujuan Sasaran!G${t25.rowOf.get('Rata-rata Lama Tinggal Wisatawan')}`] }],
  });
}

// =============================================================================================
// 16. A SIPD CSV opened in (en-US) Excel: one heading row, the sheet named after the file, and
//     every code that looks like a number turned into one — urusan 2, bidang 2.16, 2.2 (for
//     "2.20"), 2.21 — while program and deeper codes ("2.20.02") stay text

{
  const sb = new SheetBuilder('renstra_diskominfo_2025_2029');
  const head = ['Kode', 'Uraian', 'Indikator', 'Satuan'];
  for (const y of years(2025)) head.push(`Target ${y}`, `Pagu ${y}`);
  head.push('Perangkat Daerah');
  sb.put('A1', head);
  const cols: FundingColumns = { code: 'A', name: 'B', indicator: 'C', satuan: 'D', target: letters('E', 5, 2), pagu: letters('F', 5, 2), unit: 'O' };
  const pj = (juta: number) => jt(juta, 1, 5);
  const statistik = prog('2.20.02', 'PROGRAM PENYELENGGARAAN STATISTIK SEKTORAL', I('Persentase Perangkat Daerah yang Menyediakan Data Statistik Sektoral Sesuai Standar', '%', 60, rising(65, 5)), [
    keg('2.20.02.2.01', 'Penyelenggaraan Statistik Sektoral di Lingkup Daerah Kabupaten/Kota', I('Jumlah Dokumen Statistik Sektoral yang Diterbitkan', 'Dokumen', 4, flat(4)), [
      S('2.20.02.2.01.0018', 'Pemenuhan Prinsip Satu Data Indonesia', 'Persentase kegiatan statistik sektoral yang telah memenuhi standar data, metadata, interoperabilitas data dan kode referensi dan/atau data induk', '%', 40, rising(50, 10), pj(85)),
      S('2.20.02.2.01.0019', 'Peningkatan Kualitas Statistik Sektoral', 'Persentase kegiatan statistik sektoral yang hasilnya dapat diakses oleh pengguna data', '%', 70, rising(75, 5), pj(64)),
      S('2.20.02.2.01.0022', 'Koordinasi dan Kolaborasi Dalam Penyelenggaraan Statistik Sektoral', 'Jumlah laporan penyelenggaraan forum satu data daerah', 'Laporan', 2, flat(2), pj(38)),
    ]),
  ]);
  const persandian = prog('2.21.02', 'PROGRAM PENYELENGGARAAN PERSANDIAN UNTUK PENGAMANAN INFORMASI', I('Persentase Perangkat Daerah yang Menerapkan Keamanan Informasi', '%', 55, rising(60, 8)), [
    keg('2.21.02.2.01', 'Penyelenggaraan Persandian untuk Pengamanan Informasi Pemerintah Daerah Kabupaten/Kota', I('Jumlah Laporan Penyelenggaraan Persandian', 'Laporan', 6, flat(6)), [
      S('2.21.02.2.01.0006', 'Pengelolaan Sumber Daya Keamanan Informasi dan Persandian Pemerintah Daerah berdasarkan Analisis Kebutuhan', 'Jumlah Laporan Pengelolaan Sumber Daya Keamanan Informasi dan Persandian Pemerintah Daerah berdasarkan Analisis Kebutuhan', 'Laporan', 2, flat(2), pj(72)),
      S('2.21.02.2.01.0010', 'Pelaksanaan Keamanan Informasi Pemerintahan Daerah Berbasis Elektronik dan Non Elektronik', 'Jumlah Laporan Pelaksanaan Keamanan Informasi Pemerintahan Daerah Kabupaten/Kota Berbasis Elektronik dan Non Elektronik', 'Laporan', 4, flat(4), pj(118)),
    ]),
  ]);
  const items: Item[] = [
    urusan('2', 'URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR', [
      bidang('2.16', 'URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA', [penunjang('2.16', 0.6, 'small'), ...kominfo(0.9)]),
      bidang('2.20', 'URUSAN PEMERINTAHAN BIDANG STATISTIK', [statistik]),
      bidang('2.21', 'URUSAN PEMERINTAHAN BIDANG PERSANDIAN', [persandian]),
    ]),
  ];
  const f = renderFunding(sb, 2, items, cols, {
    headingSums: true,
    unitText: 'Dinas Komunikasi dan Informatika',
    paguDelta: [{ key: '2.21.02.2.01', year: 1, delta: -5_000_000 }],
  });
  plainNumbers(sb, cols.pagu, 2, f.last);
  // Excel's reading of the CSV: numeric-looking codes become numbers (2.20 → 2.2).
  for (const key of ['2', '2.16', '2.20', '2.21']) sb.set(`A${f.row(key)}`, Number(key));
  hostsUnseenLayouts.push({
    id: 'hu-sipd-csv-opened-in-excel-numeric-codes',
    description:
      'Diskominfo plan downloaded from SIPD as CSV and opened in an en-US Excel: the sheet named after the file, one plain heading row "Kode | Uraian | Indikator | Satuan | Target 2025 | Pagu 2025 | … | Perangkat Daerah", nothing bold or merged, and every code that looks like a number turned into one — urusan 2, bidang 2.16, 2.2 (the "2.20" of Statistik, its trailing zero gone) and 2.21 — while program and deeper codes ("2.20.02", "2.21.02.2.01.0006") stay text; urusan and bidang rows carry the sums, pagu whole numbers in General format. Planted: the Persandian kegiatan 5.000.000 under its sub kegiatan in 2026',
    viaXlsx: true,
    workbook: workbook(sb),
    tables: [{ sheet: 'renstra_diskominfo_2025_2029', kind: 'program-pendanaan', range: `A1:O${f.last}`, headerRows: [1], roles: fundingRoles(cols, years(2025)) }],
    findings: [{ rule: 'total.pagu-induk', cell: f.cell('2.21.02.2.01', 'pagu', 1) }],
  });
}
