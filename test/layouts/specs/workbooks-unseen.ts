/**
 * Whole Renstra workbooks of agencies the corpus has not seen as workbooks, each kept consistent
 * across its sheets the way a careful planner keeps it: the IKU repeats the T-C.25 targets, the
 * cascading table lists the programs, kegiatan and sub kegiatan of the T-C.27 — written with the
 * small differences that are no mistake (capitals, double spaces, a trailing period, "&" for
 * "dan", "Kab/Kota" for "Kabupaten/Kota", the code in the name cell in one table and in a code
 * column in the other, "Tahun 1 … 5" for the plan's calendar years). Then two to four real
 * mistakes are planted in each, across tables and within them.
 *
 * Agencies: Dinas Kesehatan, Dinas PUPR, Bappeda, Dinas Sosial, BPBD, a Kecamatan, Satpol PP,
 * Dinas Pendidikan, a provincial Dinas Pertanian dan Perkebunan. Names and codes come from
 * data/nomenklatur-subkegiatan-2027.csv; sheet names, table placement (column A or B, two tables
 * on one sheet) and header wording vary between workbooks.
 *
 * Expectations follow Permendagri 86/2017 (T-C.23 … T-C.28) and planners' practice, not what the
 * engine does.
 */
import { type FundingColumns, type Item, type Node, I, bidang, flat, fundingRoles, keg, mapTree, prog, renderFunding, rising, series } from '../funding';
import { type Layout, type RoleSpec, type SheetBuilder as SB, type V, SheetBuilder, b, letters, meanGrowth, numbers, round, rows, shift, workbook, yearRoles, years } from '../kit';
import { S, jt, bappeda, kecamatanFull, kesehatan, pendidikan, sosial, trantibum } from '../agencies';
import { jalan, kominfo, penunjang, sda, stripCodes, titleCase } from '../data';
import { type Capaian, type TujuanRow, rasioOf, titles } from '../sheets';

export const workbooksUnseenLayouts: Layout[] = [];

// =============================================================================================
// Table writers (any first column), each returning what the layout expects of it

interface Placed {
  range: string;
  headerRows: number[];
  roles: Record<string, RoleSpec>;
  /** Last row of the table. */
  last: number;
}

/** A header cell spanning `h` rows. */
function tall(sb: SB, c: string, top: number, h: number, label: string): void {
  if (h > 1) sb.mergeText(`${c}${top}:${c}${top + h - 1}`, b(label));
  else sb.set(`${c}${top}`, b(label));
}

/** A header label spanning columns `from`..`to` on one row. */
function wide(sb: SB, from: string, to: string, row: number, label: string): void {
  sb.mergeText(`${from}${row}:${to}${row}`, b(label));
}

const boldAll = (xs: V[]): V[] => xs.map((x) => (typeof x === 'object' && x ? x : x === undefined || x === null ? x : b(x)));

// ---------------------------------------------------------------------------------------------
// T-C.23

interface Tc23Opt {
  left?: string;
  years: number[];
  yearLabels?: V[];
  agency: string;
  /** Target NSPK | Target IKK | Target Indikator Lainnya. */
  refs?: boolean;
  /** Rasio as percentages under a "(%)" header. */
  pct?: boolean;
  numberRow?: 'plain' | 'paren';
  heads?: Partial<{ no: string; indicator: string; target: string; realisasi: string; rasio: string }>;
}

interface T23 extends Placed {
  first: number;
  cell(i: number, what: 'target' | 'realisasi' | 'rasio', y: number): string;
}

function tc23At(sb: SB, top: number, data: Capaian[], o: Tc23Opt): T23 {
  const L = o.left ?? 'A';
  const H = o.heads ?? {};
  const c = (i: number) => shift(L, i);
  tall(sb, c(0), top, 2, H.no ?? 'No');
  tall(sb, c(1), top, 2, H.indicator ?? `Indikator Kinerja sesuai Tugas dan Fungsi ${o.agency}`);
  let k = 2;
  if (o.refs) {
    tall(sb, c(2), top, 2, 'Target NSPK');
    tall(sb, c(3), top, 2, 'Target IKK');
    tall(sb, c(4), top, 2, 'Target Indikator Lainnya');
    k = 5;
  }
  const n = o.years.length;
  const tc = letters(c(k), n);
  const rcol = letters(c(k + n), n);
  const qc = letters(c(k + 2 * n), n);
  wide(sb, tc[0], tc[n - 1], top, H.target ?? 'Target Renstra Perangkat Daerah Tahun ke-');
  wide(sb, rcol[0], rcol[n - 1], top, H.realisasi ?? 'Realisasi Capaian Tahun ke-');
  wide(sb, qc[0], qc[n - 1], top, H.rasio ?? (o.pct ? 'Rasio Capaian pada Tahun ke- (%)' : 'Rasio Capaian pada Tahun ke-'));
  const labels = boldAll(o.yearLabels ?? o.years);
  sb.put(`${tc[0]}${top + 1}`, [...labels, ...labels, ...labels]);
  const headerRows = [top, top + 1];
  if (o.numberRow) {
    sb.put(`${L}${top + 2}`, numbers(k + 3 * n, o.numberRow));
    headerRows.push(top + 2);
  }
  const first = top + headerRows.length;
  data.forEach((d, i) => sb.put(`${L}${first + i}`, [i + 1, d.ind, ...(o.refs ? d.refs : []), ...d.t, ...d.r, ...d.t.map((_, y) => rasioOf(d, y, !!o.pct))]));
  const last = first + data.length - 1;
  const roles: Record<string, RoleSpec> = { [c(0)]: 'no', [c(1)]: 'indicator' };
  if (o.refs) [c(2), c(3), c(4)].forEach((x) => (roles[x] = 'ref-target'));
  Object.assign(roles, yearRoles('target', tc, o.years), yearRoles('realisasi', rcol, o.years), yearRoles('rasio', qc, o.years));
  return {
    range: `${L}${top}:${qc[n - 1]}${last}`,
    headerRows,
    roles,
    last,
    first,
    cell: (i, what, y) => `${(what === 'target' ? tc : what === 'realisasi' ? rcol : qc)[y]}${first + i}`,
  };
}

// ---------------------------------------------------------------------------------------------
// T-C.24

interface Program24 {
  name: string;
  a: number[];
  r: number[];
}

/** Realisasi shares a planner's ledger shows: 93-99 % of the anggaran, different every year. */
const SHARE = [0.962, 0.947, 0.981, 0.935, 0.972, 0.958, 0.99, 0.944, 0.976];

/** A program's anggaran growing by `rate` a year and its realisasi (to the thousand). */
function p24(name: string, first: number, rate: number, seed: number): Program24 {
  const a = series(first, 5, rate);
  return { name, a, r: a.map((x, i) => Math.round((x * SHARE[(i + seed) % SHARE.length]) / 1000) * 1000 + 250 * ((i + seed) % 3)) };
}

interface Tc24Opt {
  left?: string;
  years: number[];
  yearLabels?: V[];
  numberRow?: 'plain' | 'paren';
  heads?: Partial<{ no: string; name: string; anggaran: string; realisasi: string; rasio: string; growth: string; ga: string; gr: string }>;
  total: string;
  /** Rasio as percentages under a "(%)" header. */
  pct?: boolean;
  growth?: 'mean' | 'cagr';
  /** Planted: the total row off by `delta` (anggaran or realisasi, year index). */
  totalDelta?: { what: 'a' | 'r'; year: number; delta: number };
}

interface T24 extends Placed {
  first: number;
  totalRow: number;
  cell(i: number | 'total', what: 'a' | 'r' | 'rasio' | 'ga' | 'gr', y?: number): string;
  /** The value written (before any later edit). */
  values(i: number | 'total'): { a: number[]; r: number[]; rasio: number[]; ga: number; gr: number };
}

function growthOf(xs: number[], how: 'mean' | 'cagr'): number {
  if (how === 'cagr') return round((Math.pow(xs[xs.length - 1] / xs[0], 1 / (xs.length - 1)) - 1) * 100, 2);
  return round(meanGrowth(xs) * 100, 2);
}

function tc24At(sb: SB, top: number, data: Program24[], o: Tc24Opt): T24 {
  const L = o.left ?? 'A';
  const H = o.heads ?? {};
  const c = (i: number) => shift(L, i);
  const n = o.years.length;
  tall(sb, c(0), top, 2, H.no ?? 'No');
  tall(sb, c(1), top, 2, H.name ?? 'Uraian');
  const ac = letters(c(2), n);
  const rcol = letters(c(2 + n), n);
  const qc = letters(c(2 + 2 * n), n);
  const ga = c(2 + 3 * n);
  const gr = c(3 + 3 * n);
  wide(sb, ac[0], ac[n - 1], top, H.anggaran ?? 'Anggaran pada Tahun ke-');
  wide(sb, rcol[0], rcol[n - 1], top, H.realisasi ?? 'Realisasi Anggaran pada Tahun ke-');
  wide(sb, qc[0], qc[n - 1], top, H.rasio ?? (o.pct ? 'Rasio antara Realisasi dan Anggaran Tahun ke- (%)' : 'Rasio antara Realisasi dan Anggaran Tahun ke-'));
  wide(sb, ga, gr, top, H.growth ?? 'Rata-rata Pertumbuhan');
  const labels = boldAll(o.yearLabels ?? o.years);
  sb.put(`${ac[0]}${top + 1}`, [...labels, ...labels, ...labels, b(H.ga ?? 'Anggaran'), b(H.gr ?? 'Realisasi')]);
  const headerRows = [top, top + 1];
  if (o.numberRow) {
    sb.put(`${L}${top + 2}`, numbers(4 + 3 * n, o.numberRow));
    headerRows.push(top + 2);
  }
  const first = top + headerRows.length;
  const how = o.growth ?? 'mean';
  const vals = (x: { a: number[]; r: number[] }) => ({
    a: x.a,
    r: x.r,
    rasio: x.a.map((a, i) => round((x.r[i] / a) * (o.pct ? 100 : 1), 2)),
    ga: growthOf(x.a, how),
    gr: growthOf(x.r, how),
  });
  const rowVals = (v: ReturnType<typeof vals>): V[] => [...v.a, ...v.r, ...v.rasio, v.ga, v.gr];
  const all = data.map(vals);
  all.forEach((v, i) => sb.put(`${L}${first + i}`, [i + 1, data[i].name, ...rowVals(v)]));
  const totalRow = first + data.length;
  const tot = { a: o.years.map((_, y) => data.reduce((s, x) => s + x.a[y], 0)), r: o.years.map((_, y) => data.reduce((s, x) => s + x.r[y], 0)) };
  if (o.totalDelta) tot[o.totalDelta.what][o.totalDelta.year] += o.totalDelta.delta;
  const tv = vals(tot);
  sb.put(`${c(1)}${totalRow}`, [b(o.total), ...rowVals(tv).map((v) => b(v as number))]);
  const roles: Record<string, RoleSpec> = {
    [c(0)]: 'no',
    [c(1)]: 'name',
    ...yearRoles('pagu', ac, o.years),
    ...yearRoles('realisasi', rcol, o.years),
    ...yearRoles('rasio', qc, o.years),
    [ga]: 'growth/anggaran',
    [gr]: 'growth/realisasi',
  };
  return {
    range: `${L}${top}:${gr}${totalRow}`,
    headerRows,
    roles,
    last: totalRow,
    first,
    totalRow,
    cell(i, what, y = 0) {
      const row = i === 'total' ? totalRow : first + i;
      const colOf = what === 'a' ? ac[y] : what === 'r' ? rcol[y] : what === 'rasio' ? qc[y] : what === 'ga' ? ga : gr;
      return `${colOf}${row}`;
    },
    values: (i) => (i === 'total' ? tv : all[i]),
  };
}

// ---------------------------------------------------------------------------------------------
// T-C.25 and T-C.26

interface Tc25Opt {
  left?: string;
  years: number[];
  yearLabels?: V[];
  satuan?: boolean;
  /** Header of a baseline column after the indicator (and satuan). */
  baseline?: string;
  /** Header of an end-of-period column after the years. */
  akhir?: string;
  numberRow?: 'plain' | 'paren';
  heads?: Partial<{ no: string; tujuan: string; sasaran: string; indicator: string; group: string; satuan: string }>;
}

interface T25 extends Placed {
  rowOf: Map<string, number>;
  target(ind: string, y: number): string;
}

function tc25At(sb: SB, top: number, plan: TujuanRow[], o: Tc25Opt): T25 {
  const L = o.left ?? 'A';
  const H = o.heads ?? {};
  const c = (i: number) => shift(L, i);
  tall(sb, c(0), top, 2, H.no ?? 'No');
  tall(sb, c(1), top, 2, H.tujuan ?? 'Tujuan');
  tall(sb, c(2), top, 2, H.sasaran ?? 'Sasaran');
  tall(sb, c(3), top, 2, H.indicator ?? 'Indikator Tujuan/Sasaran');
  let k = 4;
  const roles: Record<string, RoleSpec> = { [c(0)]: 'no', [c(1)]: 'tujuan', [c(2)]: 'sasaran', [c(3)]: 'indicator' };
  if (o.satuan) {
    tall(sb, c(k), top, 2, H.satuan ?? 'Satuan');
    roles[c(k++)] = 'satuan';
  }
  if (o.baseline) {
    tall(sb, c(k), top, 2, o.baseline);
    roles[c(k++)] = 'baseline';
  }
  const n = o.years.length;
  const tc = letters(c(k), n);
  wide(sb, tc[0], tc[n - 1], top, H.group ?? 'Target Kinerja Tujuan/Sasaran pada Tahun');
  sb.put(`${tc[0]}${top + 1}`, boldAll(o.yearLabels ?? o.years));
  Object.assign(roles, yearRoles('target', tc, o.years));
  let right = tc[n - 1];
  if (o.akhir) {
    right = shift(right, 1);
    tall(sb, right, top, 2, o.akhir);
    roles[right] = 'akhir-target';
  }
  const headerRows = [top, top + 1];
  if (o.numberRow) {
    sb.put(`${L}${top + 2}`, numbers(k + n + (o.akhir ? 1 : 0), o.numberRow));
    headerRows.push(top + 2);
  }
  let r = top + headerRows.length;
  const rowOf = new Map<string, number>();
  const line = (ind: string, sat: string, base: number, t: number[]): V[] => [ind, ...(o.satuan ? [sat] : []), ...(o.baseline ? [base] : []), ...t, ...(o.akhir ? [t[n - 1]] : [])];
  plan.forEach((t, i) => {
    sb.put(`${L}${r}`, [i + 1, t.tujuan, undefined, ...line(t.ind, t.satuan, t.base, t.t)]);
    rowOf.set(t.ind, r++);
    for (const s of t.sasaran) {
      sb.put(`${c(2)}${r}`, [s.sasaran, ...line(s.ind, s.satuan, s.base, s.t)]);
      rowOf.set(s.ind, r++);
    }
  });
  return {
    range: `${L}${top}:${right}${r - 1}`,
    headerRows,
    roles,
    last: r - 1,
    rowOf,
    target: (ind, y) => `${tc[y]}${rowOf.get(ind)}`,
  };
}

interface Strat {
  tujuan: string;
  sasaran: string;
  strategi: string;
  kebijakan: string;
}

function tc26At(sb: SB, top: number, data: Strat[], o: { left?: string; numberRow?: 'plain' | 'paren'; upper?: boolean } = {}): Placed {
  const L = o.left ?? 'A';
  const c = (i: number) => shift(L, i);
  const heads = ['No', 'Tujuan', 'Sasaran', 'Strategi', 'Arah Kebijakan'].map((h) => (o.upper ? h.toUpperCase() : h));
  sb.put(`${L}${top}`, heads.map(b));
  const headerRows = [top];
  if (o.numberRow) {
    sb.put(`${L}${top + 1}`, numbers(5, o.numberRow));
    headerRows.push(top + 1);
  }
  const first = top + headerRows.length;
  data.forEach((d, i) => sb.put(`${L}${first + i}`, [i + 1, d.tujuan, d.sasaran, d.strategi, d.kebijakan]));
  const last = first + data.length - 1;
  return { range: `${L}${top}:${c(4)}${last}`, headerRows, roles: { [c(0)]: 'no', [c(1)]: 'tujuan', [c(2)]: 'sasaran', [c(3)]: 'strategi', [c(4)]: 'kebijakan' }, last };
}

// ---------------------------------------------------------------------------------------------
// Cascading

interface CasOpt {
  left?: string;
  /** plain: Tujuan | Sasaran | Outcome | Output | Indikator | Program…; nspk: the sample's Tabel 4.1; eselon: pohon kinerja by eselon. */
  style: 'plain' | 'nspk' | 'eselon';
  /** The code in a column of its own before the name, or typed in front of the name. */
  code?: 'column' | 'name';
  /** How this table spells a name (the variations of practice). */
  rename?: (n: Node) => string;
  /** Planted: entities (with their subtree) left out. */
  skip?: string[];
  /** Planted: sub kegiatan listed here but not in the funding table, after the node `after`. */
  extra?: { after: string; code: string; name: string; ind: string }[];
  numberRow?: 'plain' | 'paren';
  /** For each program of `items`, the index of the sasaran (counted over the whole plan) it serves. */
  under: number[];
}

interface TCas extends Placed {
  rowOf(key: string): number;
  nameCol: string;
}

function cascadingAt(sb: SB, top: number, plan: TujuanRow[], items: Node[], o: CasOpt): TCas {
  const L = o.left ?? 'A';
  const c = (i: number) => shift(L, i);
  const heads: [string, RoleSpec][] =
    o.style === 'nspk'
      ? [
          ['NSPK DAN SASARAN RPJMD YANG RELEVAN', 'context'],
          ['TUJUAN', 'tujuan'],
          ['SASARAN', 'sasaran'],
          ['OUTCOMES', 'outcome'],
          ['OUTPUT', 'output'],
          ['INDIKATOR', 'indicator'],
        ]
      : o.style === 'eselon'
        ? [
            ['No', 'no'],
            ['Tujuan', 'tujuan'],
            ['Sasaran Strategis (Eselon II)', 'sasaran'],
            ['Sasaran Program (Eselon III)', 'outcome'],
            ['Sasaran Kegiatan (Eselon IV)', 'output'],
            ['Indikator Kinerja', 'indicator'],
          ]
        : [
            ['Tujuan', 'tujuan'],
            ['Sasaran', 'sasaran'],
            ['Outcome', 'outcome'],
            ['Output', 'output'],
            ['Indikator Kinerja', 'indicator'],
          ];
  if (o.code === 'column') heads.push([o.style === 'nspk' ? 'KODE' : 'Kode', 'code']);
  heads.push([o.style === 'nspk' ? 'PROGRAM/ KEGIATAN/ SUB-KEGIATAN' : 'Program/Kegiatan/Sub Kegiatan', 'name']);
  if (o.style === 'nspk') heads.push(['KET', 'notes']);
  if (o.style === 'eselon') heads.push(['Penanggung Jawab', 'notes']);
  sb.put(`${L}${top}`, heads.map(([h]) => b(h)));
  const roles: Record<string, RoleSpec> = {};
  heads.forEach(([, role], i) => (roles[c(i)] = role));
  const at = (role: RoleSpec) => c(heads.findIndex(([, r]) => r === role));
  const headerRows = [top];
  if (o.numberRow) {
    sb.put(`${L}${top + 1}`, numbers(heads.length, o.numberRow));
    headerRows.push(top + 1);
  }
  let r = top + headerRows.length;
  const rowOf = new Map<string, number>();
  const skip = new Set(o.skip ?? []);
  const nameOf = (n: Node) => {
    const name = o.rename ? o.rename(n) : n.name;
    return o.code === 'name' && n.code ? `${n.code} ${name}` : name;
  };
  const pj = (n: Node) => (n.level === 'program' ? 'Kepala Bidang' : n.level === 'kegiatan' ? 'Ketua Tim Kerja' : 'Pelaksana');
  const walk = (n: Node) => {
    if (skip.has(n.key)) return;
    if (n.level === 'program') sb.set(`${at('outcome')}${r}`, `Meningkatnya ${n.name.replace(/^PROGRAM /i, '').toLowerCase()}`);
    if (n.level === 'kegiatan') sb.set(`${at('output')}${r}`, `Terlaksananya ${n.name.charAt(0).toLowerCase()}${n.name.slice(1)}`);
    sb.set(`${at('indicator')}${r}`, n.ind[0]?.text ?? '');
    if (o.code === 'column' && n.code) sb.set(`${at('code')}${r}`, n.code);
    sb.set(`${at('name')}${r}`, nameOf(n));
    if (o.style === 'eselon') sb.set(`${at('notes')}${r}`, pj(n));
    rowOf.set(n.key, r++);
    for (const e of (o.extra ?? []).filter((x) => x.after === n.key)) {
      sb.set(`${at('indicator')}${r}`, e.ind);
      if (o.code === 'column') sb.set(`${at('code')}${r}`, e.code);
      sb.set(`${at('name')}${r}`, o.code === 'name' ? `${e.code} ${e.name}` : e.name);
      if (o.style === 'eselon') sb.set(`${at('notes')}${r}`, 'Pelaksana');
      rowOf.set(e.code, r++);
    }
    n.kids.forEach((k) => k.kind === 'node' && walk(k));
  };
  let si = 0;
  plan.forEach((t, ti) => {
    if (o.style === 'eselon') sb.set(`${at('no')}${r}`, ti + 1);
    if (o.style === 'nspk' && ti === 0) sb.set(`${at('context')}${r}`, 'NSPK: melaksanakan urusan pemerintahan sesuai kewenangan daerah');
    sb.set(`${at('tujuan')}${r}`, t.tujuan).set(`${at('indicator')}${r}`, t.ind);
    if (o.style === 'eselon') sb.set(`${at('notes')}${r}`, 'Kepala Perangkat Daerah');
    r++;
    for (const s of t.sasaran) {
      sb.set(`${at('sasaran')}${r}`, s.sasaran).set(`${at('indicator')}${r}`, s.ind);
      if (o.style === 'eselon') sb.set(`${at('notes')}${r}`, 'Kepala Perangkat Daerah');
      r++;
      items.forEach((p, pi) => o.under[pi] === si && walk(p));
      si++;
    }
  });
  const right = c(heads.length - 1);
  return {
    range: `${L}${top}:${right}${r - 1}`,
    headerRows,
    roles,
    last: r - 1,
    nameCol: at('name'),
    rowOf: (key) => {
      const row = rowOf.get(key);
      if (row === undefined) throw new Error(`cascading: no row for ${key}`);
      return row;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// T-C.27 header (any first column)

interface Tc27Opt {
  left?: string;
  yearLabels: V[];
  satuan?: boolean;
  /** No code column: codes stand in the name cell, or nowhere. */
  noCode?: boolean;
  /** Code over several columns (SIPD), each labelled. */
  codeCols?: string[];
  labels?: Partial<{ kode: string; name: string; indicator: string; satuan: string; baseline: string; group: string; target: string; pagu: string; akhir: string; unit: string; lokasi: string }>;
  lokasi?: boolean;
  numberRow?: 'plain' | 'paren';
}

interface Tc27 {
  cols: FundingColumns;
  headerRows: number[];
  firstData: number;
  right: string;
}

function tc27At(sb: SB, top: number, o: Tc27Opt): Tc27 {
  const L = o.left ?? 'A';
  const lab = o.labels ?? {};
  let k = 0;
  const cur = () => shift(L, k);
  const tallCol = (label: string) => {
    tall(sb, cur(), top, 3, label);
    return shift(L, k++);
  };
  let code: string | undefined;
  let codeSplit: string[] | undefined;
  if (o.codeCols) {
    const first = cur();
    sb.mergeText(`${first}${top}:${shift(first, o.codeCols.length - 1)}${top + 1}`, b(lab.kode ?? 'Kode'));
    o.codeCols.forEach((x, i) => sb.set(`${shift(first, i)}${top + 2}`, b(x)));
    codeSplit = letters(first, o.codeCols.length);
    k += o.codeCols.length;
  } else if (!o.noCode) code = tallCol(lab.kode ?? 'Kode');
  const name = tallCol(lab.name ?? 'Program dan Kegiatan');
  const indicator = tallCol(lab.indicator ?? 'Indikator Kinerja Program (outcome) dan Kegiatan (output)');
  const satuan = o.satuan ? tallCol(lab.satuan ?? 'Satuan') : undefined;
  const baseline = tallCol(lab.baseline ?? 'Data Capaian pada Tahun Awal Perencanaan');
  const n = o.yearLabels.length;
  const g0 = cur();
  wide(sb, g0, shift(g0, 2 * n - 1), top, lab.group ?? 'Target Kinerja Program dan Kerangka Pendanaan');
  o.yearLabels.forEach((y, i) => {
    const yc = shift(g0, 2 * i);
    sb.mergeText(`${yc}${top + 1}:${shift(yc, 1)}${top + 1}`, typeof y === 'object' && y ? y : b(y as string | number));
    sb.put(`${yc}${top + 2}`, [b(lab.target ?? 'Target'), b(lab.pagu ?? 'Rp')]);
  });
  k += 2 * n;
  const ak = cur();
  sb.mergeText(`${ak}${top}:${shift(ak, 1)}${top + 1}`, b(lab.akhir ?? 'Kondisi Kinerja pada akhir periode Renstra Perangkat Daerah'));
  sb.put(`${ak}${top + 2}`, [b(lab.target ?? 'Target'), b(lab.pagu ?? 'Rp')]);
  k += 2;
  const unit = tallCol(lab.unit ?? 'Unit Kerja Perangkat Daerah Penanggung Jawab');
  const lokasi = o.lokasi === false ? undefined : tallCol(lab.lokasi ?? 'Lokasi');
  const right = shift(L, k - 1);
  const headerRows = rows(top, top + 2);
  if (o.numberRow) {
    sb.put(`${L}${top + 3}`, numbers(k, o.numberRow));
    headerRows.push(top + 3);
  }
  const cols: FundingColumns = {
    code,
    codeSplit,
    name,
    indicator,
    satuan,
    baseline,
    target: letters(g0, n, 2),
    pagu: letters(shift(g0, 1), n, 2),
    akhirTarget: ak,
    akhirPagu: shift(ak, 1),
    unit,
    lokasi,
  };
  return { cols, headerRows, firstData: headerRows[headerRows.length - 1] + 1, right };
}

// ---------------------------------------------------------------------------------------------
// IKU (T-C.28 or "IKU Perangkat Daerah") and IKK

interface KpiRow {
  ind: string;
  satuan: string;
  base?: V;
  t: V[];
}

interface KpiOpt {
  left?: string;
  yearLabels: V[];
  /** Years as the roles name them: calendar years, or 1..5 for "Tahun 1 … 5". */
  roleYears: number[];
  satuan?: boolean;
  baseline?: string;
  akhir?: string;
  /** A column before the indicator (Sasaran Strategis), with its text per row. */
  before?: { label: string; role?: RoleSpec; values: V[] };
  /** A column after everything (Penanggung Jawab, Keterangan). */
  notes?: { label: string; values: V[] };
  numberRow?: 'plain' | 'paren';
  heads?: Partial<{ no: string; indicator: string; group: string; satuan: string }>;
}

interface TKpi extends Placed {
  row(i: number): number;
  target(i: number, y: number): string;
}

function kpiAt(sb: SB, top: number, data: KpiRow[], o: KpiOpt): TKpi {
  const L = o.left ?? 'A';
  const H = o.heads ?? {};
  let k = 0;
  const cur = () => shift(L, k);
  const roles: Record<string, RoleSpec> = {};
  const tallCol = (label: string, role: RoleSpec | undefined) => {
    tall(sb, cur(), top, 2, label);
    if (role) roles[cur()] = role;
    return shift(L, k++);
  };
  tallCol(H.no ?? 'No', 'no');
  const before = o.before ? tallCol(o.before.label, o.before.role) : undefined;
  tallCol(H.indicator ?? 'Indikator Kinerja Utama', 'indicator');
  if (o.satuan) tallCol(H.satuan ?? 'Satuan', 'satuan');
  if (o.baseline) tallCol(o.baseline, 'baseline');
  const n = o.yearLabels.length;
  const tc = letters(cur(), n);
  wide(sb, tc[0], tc[n - 1], top, H.group ?? 'Target Kinerja');
  sb.put(`${tc[0]}${top + 1}`, boldAll(o.yearLabels));
  Object.assign(roles, yearRoles('target', tc, o.roleYears));
  k += n;
  if (o.akhir) tallCol(o.akhir, 'akhir-target');
  if (o.notes) tallCol(o.notes.label, 'notes');
  const right = shift(L, k - 1);
  const headerRows = [top, top + 1];
  if (o.numberRow) {
    sb.put(`${L}${top + 2}`, numbers(k, o.numberRow));
    headerRows.push(top + 2);
  }
  const first = top + headerRows.length;
  data.forEach((d, i) => {
    const row: V[] = [i + 1];
    if (before) row.push(o.before!.values[i]);
    row.push(d.ind);
    if (o.satuan) row.push(d.satuan);
    if (o.baseline) row.push(d.base);
    row.push(...d.t);
    if (o.akhir) row.push(d.t[n - 1]);
    if (o.notes) row.push(o.notes.values[i]);
    sb.put(`${L}${first + i}`, row);
  });
  const last = first + data.length - 1;
  return { range: `${L}${top}:${right}${last}`, headerRows, roles, last, row: (i) => first + i, target: (i, y) => `${tc[y]}${first + i}` };
}

/** Every indicator of a plan (tujuan and sasaran) as KPI rows; `only: 'sasaran'` keeps the sasaran ones. */
function kpiRows(plan: TujuanRow[], only?: 'sasaran'): KpiRow[] {
  return plan.flatMap((t) => [
    ...(only ? [] : [{ ind: t.ind, satuan: t.satuan, base: t.base, t: [...t.t] as V[] }]),
    ...t.sasaran.map((s) => ({ ind: s.ind, satuan: s.satuan, base: s.base, t: [...s.t] as V[] })),
  ]);
}

/** The sasaran (and, with `tujuan`, the tujuan) of a plan in the order kpiRows lists them. */
function kpiSasaran(plan: TujuanRow[], withTujuan: boolean): string[] {
  return plan.flatMap((t) => [...(withTujuan ? [t.tujuan] : []), ...t.sasaran.map((s) => s.sasaran)]);
}

// ---------------------------------------------------------------------------------------------
// Text sheets

function cover(name: string, lines: string[], extra: [string, string][] = []): SB {
  const sb = new SheetBuilder(name);
  lines.forEach((l, i) => sb.mergeText(`A${2 + 2 * i}:J${2 + 2 * i}`, b(l)));
  extra.forEach(([a, v], i) => sb.put(`A${4 + 2 * lines.length + i}`, [a, v]));
  return sb;
}

function daftarIsi(name: string, entries: [string, string, number][]): SB {
  const sb = new SheetBuilder(name);
  sb.set('A1', b('DAFTAR ISI'));
  sb.put('A3', [b('No'), b('Uraian'), b('Lembar'), b('Hal.')]);
  entries.forEach(([u, l, h], i) => sb.put(`A${4 + i}`, [`${i + 1}.`, u, l, h]));
  return sb;
}

// ---------------------------------------------------------------------------------------------
// Name variations of practice (none of them a mistake)

/** Double space after the first word. */
const dbl = (s: string): string => s.replace(' ', '  ');
/** "dan" written "&". */
const amp = (s: string): string => s.replace(/ dan /g, ' & ');
/** "Kabupaten/Kota" written "Kab/Kota". */
const kab = (s: string): string => s.replace(/Kabupaten\/Kota/g, 'Kab/Kota');
/** Upper case first letter, the rest lower case. */
const sentence = (s: string): string => s.charAt(0) + s.slice(1).toLowerCase();

// =============================================================================================
// Plan fragments not yet in the corpus (nomenclature 2027)

/** Dinas PUPR (1.03): drinking water, drainage and spatial planning. */
function puprMore(scale: number): Node[] {
  const pj = (juta: number, rate = 0.05) => jt(juta, scale, 5, rate);
  return [
    prog('1.03.03', 'PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM PENYEDIAAN AIR MINUM', I('Persentase Rumah Tangga dengan Akses Air Minum Layak', '%', 94.3, [95, 95.8, 96.6, 97.4, 98.2]), [
      keg('1.03.03.2.01', 'Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum (SPAM) di Daerah Kabupaten/Kota', I('Jumlah Sambungan Rumah yang Terlayani SPAM', 'SR', 1200, rising(1300, 100)), [
        S('1.03.03.2.01.0028', 'Pembangunan Sistem Penyediaan Air Minum (SPAM) Jaringan Perpipaan', 'Kapasitas Sistem Penyediaan Air Minum (SPAM) Jaringan Perpipaan yang dibangun', 'Liter/Detik', 10, flat(10), pj(2850, 0.06)),
        S('1.03.03.2.01.0029', 'Operasi dan Pemeliharaan Sistem Penyediaan Air Minum (SPAM)', 'Jumlah Sistem Penyediaan Air Minum (SPAM) yang Dioperasikan dan Dipelihara', 'Unit', 14, flat(14), pj(420)),
        S('1.03.03.2.01.0032', 'Perluasan Sistem Penyediaan Air Minum (SPAM) Jaringan Perpipaan', 'Jumlah Sambungan Rumah yang terlayani oleh perluasan Sistem Penyediaan Air Minum (SPAM) Jaringan Perpipaan', 'SR', 800, rising(850, 50), pj(1340)),
      ]),
    ]),
    prog('1.03.06', 'PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM DRAINASE', I('Persentase Kawasan Permukiman yang Bebas Genangan', '%', 78.9, rising(80, 1.5)), [
      keg(
        '1.03.06.2.01',
        'Pengelolaan dan Pengembangan Sistem Drainase yang Terhubung Langsung dengan Sungai dalam Daerah Kabupaten/Kota',
        I('Panjang Saluran Drainase yang Ditangani', 'M', 6500, rising(7000, 500)),
        [
          S('1.03.06.2.01.0012', 'Pembangunan Sistem Drainase Lingkungan', 'Panjang Saluran Drainase Lingkungan yang Dibangun', 'M', 2500, rising(2600, 100), pj(1850)),
          S('1.03.06.2.01.0019', 'Operasi dan Pemeliharaan Sistem Drainase Lingkungan', 'Panjang Sistem Drainase Lingkungan yang Beroperasi dan Terpelihara', 'Meter', 4000, rising(4400, 400), pj(640)),
        ],
      ),
    ]),
    prog('1.03.12', 'PROGRAM PENYELENGGARAAN PENATAAN RUANG', I('Persentase Kesesuaian Pemanfaatan Ruang', '%', 72, [74, 76, 78, 80, 82]), [
      keg('1.03.12.2.02', 'Koordinasi dan Sinkronisasi Perencanaan Tata Ruang Daerah Kabupaten/Kota', I('Jumlah Dokumen Perencanaan Tata Ruang yang Disusun', 'Dokumen', 2, flat(2)), [
        S('1.03.12.2.02.0005', 'Penyusunan RDTR Kabupaten/Kota', 'Jumlah materi teknis dan ranperkada RDTR Kabupaten/Kota', 'Dokumen', 2, flat(2), pj(780)),
        S('1.03.12.2.02.0008', 'Peningkatan Peran Masyarakat dalam Penataan Ruang', 'Jumlah Kegiatan Peningkatan pemahaman dan tanggung jawab Masyarakat', 'Kegiatan', 4, flat(4), pj(65)),
      ]),
      keg('1.03.12.2.04', 'Koordinasi dan Sinkronisasi Pengendalian Pemanfaatan Ruang Daerah Kabupaten/Kota', I('Jumlah Kasus Pelanggaran Pemanfaatan Ruang yang Ditangani', 'Kasus', 12, flat(12)), [
        S('1.03.12.2.04.0006', 'Pelaksanaan Audit Tata Ruang', 'Jumlah kasus indikasi pelanggaran pemanfaatan Ruang', 'Kasus', 6, flat(6), pj(140)),
        S('1.03.12.2.04.0007', 'Pengenaan Sanksi Administratif terhadap pelanggaran pemanfaatan ruang dalam RTR', 'Jumlah Kasus yang dikenakan sanksi administratif', 'Kasus', 6, flat(6), pj(55)),
      ]),
    ]),
  ];
}

/** BPBD (1.05.03): the Penanggulangan Bencana program with its four kegiatan. */
function bencana(scale: number): Node[] {
  const pj = (juta: number, rate = 0.05) => jt(juta, scale, 5, rate);
  return [
    prog('1.05.03', 'PROGRAM PENANGGULANGAN BENCANA', I('Persentase Desa Tangguh Bencana', '%', 18.9, [21, 24, 27, 30, 33]), [
      keg('1.05.03.2.01', 'Pelayanan Informasi Rawan Bencana Kabupaten/Kota', I('Jumlah Warga yang Memperoleh Informasi Rawan Bencana', 'Orang', 4000, rising(4500, 500)), [
        S(
          '1.05.03.2.01.0007',
          'Sosialisasi, Komunikasi, Informasi dan Edukasi (KIE) Rawan Bencana Kabupaten/Kota (Per Jenis Ancaman Bencana)',
          'Jumlah warga negara di kawasan rawan bencana yang memperoleh sosialisasi, komunikasi, informasi dan edukasi sesuai jenis ancaman bencana',
          'Orang',
          4000,
          rising(4500, 500),
          pj(185),
        ),
        S('1.05.03.2.01.0008', 'Penyusunan Kajian Risiko Bencana Kabupaten/Kota', 'Jumlah dokumen Kajian Risiko Bencana (KRB) sampai dengan dinyatakan sah/legal', 'Dokumen', 1, flat(1), pj(160)),
      ]),
      keg('1.05.03.2.02', 'Pelayanan Pencegahan dan Kesiapsiagaan Terhadap Bencana', I('Jumlah Desa yang Mendapatkan Pembinaan Kesiapsiagaan', 'Desa', 12, rising(14, 2)), [
        S('1.05.03.2.02.0018', 'Gladi Kesiapsiagaan Terhadap Bencana kabupaten/kota', 'Jumlah warga negara yang mengikuti gladi kesiapsiagaan', 'Orang', 300, flat(300), pj(95)),
        S('1.05.03.2.02.0021', 'Pengembangan Kapasitas Tim Reaksi Cepat (TRC) Bencana Kabupaten/Kota', 'Jumlah personil Tim Reaksi Cepat Penanggulangan Bencana (TRC PB) yang memiliki kompetensi', 'Orang', 30, flat(30), pj(120)),
        S('1.05.03.2.02.0022', 'Penyusunan Rencana Kontijensi Kabupaten/Kota', 'Jumlah Dokumen Rencana Kontijensi Kabupaten/Kota (per jenis ancaman bencana)', 'Dokumen', 1, flat(1), pj(85)),
      ]),
      keg('1.05.03.2.03', 'Pelayanan Penyelamatan dan Evakuasi Korban Bencana', I('Persentase Korban Bencana yang Tertangani pada Masa Tanggap Darurat', '%', 100, flat(100)), [
        S('1.05.03.2.03.0002', 'Respon Cepat Darurat Bencana Kabupaten/Kota', 'Jumlah Dokumen SK Penetapan Status Darurat Bencana dan SKPDB', 'Dokumen', 2, flat(2), pj(240)),
        S('1.05.03.2.03.0003', 'Pencarian, Pertolongan dan Evakuasi Korban Bencana Kabupaten/Kota', 'Jumlah Korban yang Berhasil Ditemukan, Ditolong, dan Dievakuasi', 'Orang', 150, flat(150), pj(310)),
        S('1.05.03.2.03.0009', 'Penyediaan Logistik Penyelamatan dan Evakuasi Korban Bencana Kabupaten/Kota', 'Jumlah Korban Bencana yang Mendapatkan Distribusi Logistik', 'Orang', 1500, flat(1500), pj(450)),
      ]),
      keg('1.05.03.2.04', 'Penataan Sistem Dasar Penanggulangan Bencana', I('Jumlah Dokumen Sistem Dasar Penanggulangan Bencana', 'Dokumen', 3, flat(3)), [
        S('1.05.03.2.04.0004', 'Pengelolaan dan Pemanfaatan Sistem Informasi Kebencanaan', 'Jumlah Data dan Informasi Kebencanaan yang tersedia', 'Dokumen', 12, flat(12), pj(75)),
        S(
          '1.05.03.2.04.0015',
          'Penyusunan Kajian Kebutuhan Pascabencana (JITUPASNA) dan Rencana Rehabilitasi dan Rekontruksi Pascabencana (R3P) Kab/Kota',
          'Jumlah dokumen Pengkajian Kebutuhan Pascabencana dan R3P sampai dengan dinyatakan sah dan legal',
          'Dokumen',
          1,
          flat(1),
          pj(110),
        ),
      ]),
    ]),
  ];
}

/** The Penunjang program of a province (kegiatan digit 1: U.BB.01.1.KK). */
function penunjangProv(bidang: string, scale: number): Node {
  const p = `${bidang}.01`;
  const pj = (juta: number, rate = 0.05) => jt(juta, scale, 5, rate);
  return prog(p, 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI', I('Persentase Capaian Kinerja dan Realisasi Anggaran Perangkat Daerah', '%', 95, rising(96, 0.5)), [
    keg(`${p}.1.01`, 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', I('Jumlah Dokumen Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 'Dokumen', 12, flat(12)), [
      S(`${p}.1.01.0001`, 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 'Jumlah Dokumen Perencanaan Perangkat Daerah', 'Dokumen', 2, flat(2), pj(95)),
      S(
        `${p}.1.01.0006`,
        'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
        'Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
        'Laporan',
        4,
        flat(4),
        pj(48),
      ),
      S(`${p}.1.01.0007`, 'Evaluasi Kinerja Perangkat Daerah', 'Jumlah Laporan Evaluasi Kinerja Perangkat Daerah', 'Laporan', 4, flat(4), pj(52)),
    ]),
    keg(`${p}.1.02`, 'Administrasi Keuangan Perangkat Daerah', I('Jumlah Dokumen Administrasi Keuangan Perangkat Daerah', 'Dokumen', 14, flat(14)), [
      S(`${p}.1.02.0001`, 'Penyediaan Gaji dan Tunjangan ASN', 'Jumlah Orang yang Menerima Gaji dan Tunjangan ASN', 'Orang/ Bulan', 612, flat(612), pj(61_500, 0.03)),
      S(`${p}.1.02.0003`, 'Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD', 'Jumlah Dokumen Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD', 'Dokumen', 12, flat(12), pj(135)),
    ]),
    keg(`${p}.1.06`, 'Administrasi Umum Perangkat Daerah', I('Jumlah Paket Administrasi Umum Perangkat Daerah', 'Paket', 26, flat(26)), [
      S(`${p}.1.06.0002`, 'Penyediaan Peralatan dan Perlengkapan Kantor', 'Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan', 'Paket', 2, flat(2), pj(420)),
      S(`${p}.1.06.0004`, 'Penyediaan Bahan Logistik Kantor', 'Jumlah Paket Bahan Logistik Kantor yang Disediakan', 'Paket', 12, flat(12), pj(360)),
      S(`${p}.1.06.0009`, 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 'Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 'Laporan', 12, flat(12), pj(1_250)),
    ]),
    keg(`${p}.1.08`, 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', I('Jumlah Laporan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', 'Laporan', 24, flat(24)), [
      S(`${p}.1.08.0002`, 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 'Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan', 'Laporan', 12, flat(12), pj(1_480)),
      S(`${p}.1.08.0004`, 'Penyediaan Jasa Pelayanan Umum Kantor', 'Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang Disediakan', 'Laporan', 12, flat(12), pj(3_950)),
    ]),
  ]);
}

/** Dinas Pertanian dan Perkebunan of a province (3.27, provincial kegiatan). */
function pertanianProv(scale: number): Node[] {
  const pj = (juta: number, rate = 0.05) => jt(juta, scale, 5, rate);
  return [
    prog('3.27.02', 'PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN', I('Persentase Ketersediaan Benih Bersertifikat', '%', 71.5, rising(73, 2)), [
      keg('3.27.02.1.02', 'Pengawasan Mutu, Penyediaan dan Peredaran Benih Tanaman', I('Jumlah Benih Bersertifikat yang Beredar', 'Ton', 5200, rising(5400, 200)), [
        S('3.27.02.1.02.0001', 'Pengelolaan Penerbitan Sertifikat Benih', 'Jumlah Sertifikat Benih', 'Sertifikat', 2400, rising(2500, 100), pj(1_150)),
        S('3.27.02.1.02.0013', 'Perbanyakan Benih Bersertifikat Tanaman Pangan Berbentuk Biji/Benih', 'Jumlah benih bersertifikat tanaman pangan berbentuk biji/benih yang diperbanyak', 'Ton', 180, rising(190, 10), pj(3_400)),
        S('3.27.02.1.02.0018', 'Pengawasan Mutu dan Peredaran Benih Tanaman Pangan', 'Jumlah benih unggul bersertifikat tanaman pangan yang terawasi, tersedia dan beredar', 'Laporan', 12, flat(12), pj(860)),
      ]),
    ]),
    prog('3.27.04', 'PROGRAM PENGENDALIAN KESEHATAN HEWAN DAN KESEHATAN MASYARAKAT VETERINER', I('Persentase Kasus Penyakit Hewan Menular Strategis yang Tertangani', '%', 88, rising(90, 2)), [
      keg(
        '3.27.04.1.01',
        'Penjaminan Kesehatan Hewan, Penutupan dan Pembukaan Daerah Wabah Penyakit Hewan Menular Lintas Daerah Kabupaten/Kota dalam 1 (satu) Daerah Provinsi',
        I('Jumlah Wilayah yang Terkendali dari Penyakit Hewan Menular', 'Kab/Kota', 35, flat(35)),
        [
          S('3.27.04.1.01.0004', 'Pelaksanaan Surveilans Penyakit Hewan dan Zoonosis pada Hewan', 'Jumlah wilayah yang dilakukan surveilans dan zoonosis pada Hewan', 'Wilayah', 35, flat(35), pj(2_750)),
          S(
            '3.27.04.1.01.0007',
            'Pemberantasan Penyakit Hewan Menular dan Zoonosis dalam 1 (satu) Daerah Provinsi',
            'Jumlah wilayah atau kawasan yang mengalami penurunan kasus penyakit hewan menular dan zoonosis',
            'Laporan',
            4,
            flat(4),
            pj(5_600),
          ),
        ],
      ),
      keg('3.27.04.1.03', 'Penerapan Persyaratan Teknis Sertifikasi Zona/Kompartemen Bebas Penyakit dan Unit Usaha Produk Hewan', I('Jumlah Unit Usaha Produk Hewan Bersertifikat NKV', 'Unit', 140, rising(150, 10)), [
        S('3.27.04.1.03.0003', 'Pengujian Laboratorium Kesehatan Hewan dan Kesehatan Masyarakat Veteriner', 'Jumlah Pengujian Laboratorium Kesehatan Hewan dan Kesehatan Masyarakat Veteriner', 'Dokumen', 12, flat(12), pj(1_900)),
      ]),
    ]),
    prog('3.27.07', 'PROGRAM PENYULUHAN PERTANIAN', I('Persentase Kelompok Tani Kelas Madya ke Atas', '%', 34, rising(36, 2)), [
      keg('3.27.07.1.02', 'Pengembangan Penerapan Penyuluhan Pertanian', I('Jumlah Kelompok Tani yang Mendapat Penyuluhan', 'Kelompok', 1800, rising(1900, 100)), [
        S('3.27.07.1.02.0001', 'Diseminasi Informasi Teknis, Sosial, Ekonomi dan Inovasi Pertanian', 'Jumlah Diseminasi Informasi Teknis, Sosial, Ekonomi dan Inovasi Pertanian', 'Dokumen', 6, flat(6), pj(640)),
        S('3.27.07.1.02.0002', 'Pelaksanaan Penyuluhan dan Pemberdayaan Petani', 'Jumlah Kelompok Petani yang Mendapat Penyuluhan dan Pemberdayaan', 'Kelompok', 1800, rising(1900, 100), pj(2_200)),
      ]),
      keg('3.27.07.1.03', 'Pengembangan Kapasitas Kelembagaan Ekonomi Petani Berbasis Kawasan', I('Jumlah Kelembagaan Ekonomi Petani yang Dibina', 'Unit', 60, rising(65, 5)), [
        S(
          '3.27.07.1.03.0008',
          'Pembinaan kelembagaan petani dan Kelembagaan Ekonomi Petani (KEP) lintas kabupaten/kota',
          'Jumlah kelembagaan petani dan/atau Kelembagaan Ekonomi Petani (KEP) yang mendaptkan pembinaan',
          'Unit',
          60,
          rising(65, 5),
          pj(780),
        ),
      ]),
    ]),
  ];
}


// =============================================================================================
// 1. Dinas Kesehatan, chapter sheets: Cover, Daftar Isi, BAB II (T-C.23 + T-C.24), BAB III
//    (T-C.25 + T-C.26), BAB IV (cascading as the sample's Tabel 4.1), BAB V (T-C.27), BAB VII (IKU).
{
  const agency = 'Dinas Kesehatan Kabupaten Pacitan';
  const past = years(2020);
  const plan5 = years(2025);
  const b2 = new SheetBuilder('BAB II');
  titles(b2, 1, ['BAB II', 'GAMBARAN PELAYANAN DINAS KESEHATAN']);
  titles(b2, 4, ['Tabel 2.3', `Pencapaian Kinerja Pelayanan ${agency}`]);
  const cap: Capaian[] = [
    { ind: 'Angka Kematian Ibu (per 100.000 Kelahiran Hidup)', refs: ['-', 'V', '-'], t: [102, 100, 98, 96, 94], r: [108.4, 97.2, 99.1, 91.5, 88.3], pol: 'khusus' },
    { ind: 'Persentase Puskesmas Terakreditasi', refs: ['-', '-', 'V'], t: [60, 70, 80, 90, 100], r: [58.3, 70.8, 83.3, 91.7, 100] },
    { ind: 'Cakupan Pelayanan Kesehatan Ibu Hamil Sesuai Standar', refs: ['100', '-', '-'], t: [100, 100, 100, 100, 100], r: [92.4, 94.1, 95.8, 97.2, 98.5] },
    { ind: 'Persentase Balita Gizi Buruk yang Mendapat Perawatan', refs: ['100', '-', '-'], t: [100, 100, 100, 100, 100], r: [100, 100, 100, 100, 100] },
    { ind: 'Nilai SAKIP Dinas Kesehatan', refs: ['-', '-', 'V'], t: [65, 67, 69, 71, 73], r: [64.2, 67.9, 70.1, 72.4, 74.05] },
  ];
  const t23 = tc23At(b2, 7, cap, { years: past, agency: 'Perangkat Daerah', refs: true, numberRow: 'plain' });
  // Puskesmas terakreditasi 2022: 83,3 / 80 = 1,04 — shown 0,96.
  const wrong23 = t23.cell(1, 'rasio', 2);
  b2.set(wrong23, 0.96);
  b2.set(`A${t23.last + 1}`, 'Keterangan: AKI makin kecil makin baik; rasio = 1 + (1 − realisasi/target) (PermenPANRB 6/2022)');
  titles(b2, t23.last + 4, ['Tabel 2.4', `Anggaran dan Realisasi Pendanaan Pelayanan ${agency}`]);
  const ang = [
    p24('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 38_450_000_000, 0.04, 0),
    p24('Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat', 41_200_000_000, 0.06, 2),
    p24('Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan', 650_000_000, 0.05, 4),
    p24('Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman', 320_000_000, 0.05, 1),
    p24('Program Pemberdayaan Masyarakat Bidang Kesehatan', 480_000_000, 0.07, 3),
  ];
  const t24 = tc24At(b2, t23.last + 7, ang, { years: past, total: 'JUMLAH', numberRow: 'paren' });
  b2.set(`A${t24.last + 2}`, 'Sumber: BPKAD Kabupaten Pacitan, diolah');

  const plan: TujuanRow[] = [
    {
      tujuan: 'Meningkatnya derajat kesehatan masyarakat',
      ind: 'Usia Harapan Hidup',
      satuan: 'Tahun',
      base: 73.12,
      t: [73.2, 73.3, 73.4, 73.5, 73.6],
      sasaran: [
        { sasaran: 'Menurunnya angka kematian ibu dan bayi', ind: 'Angka Kematian Ibu (per 100.000 Kelahiran Hidup)', satuan: 'per 100.000 KH', base: 88.3, t: [86, 84, 82, 80, 78] },
        { sasaran: 'Menurunnya prevalensi stunting pada balita', ind: 'Prevalensi Stunting', satuan: '%', base: 14.8, t: [14, 13, 12, 11, 10] },
        { sasaran: 'Meningkatnya mutu pelayanan kesehatan dasar', ind: 'Persentase Puskesmas Terakreditasi Paripurna', satuan: '%', base: 25, t: [33.3, 41.7, 50, 58.3, 66.7] },
      ],
    },
    {
      tujuan: 'Meningkatnya akuntabilitas kinerja Dinas Kesehatan',
      ind: 'Nilai SAKIP Dinas Kesehatan',
      satuan: 'Nilai',
      base: 74.05,
      t: [75, 76, 77, 78, 79],
      sasaran: [{ sasaran: 'Meningkatnya kualitas perencanaan dan penganggaran', ind: 'Persentase Capaian Kinerja Program', satuan: '%', base: 92, t: [93, 94, 95, 96, 97] }],
    },
  ];
  const b3 = new SheetBuilder('BAB III');
  titles(b3, 1, ['BAB III', 'PERMASALAHAN DAN ISU-ISU STRATEGIS, TUJUAN DAN SASARAN']);
  titles(b3, 4, ['Tabel 3.1', `Tujuan dan Sasaran Jangka Menengah Pelayanan ${agency}`]);
  const t25 = tc25At(b3, 7, plan, { years: plan5, numberRow: 'paren' });
  titles(b3, t25.last + 3, ['Tabel 3.2', `Tujuan, Sasaran, Strategi dan Arah Kebijakan ${agency}`]);
  const t26 = tc26At(b3, t25.last + 6, [
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[0].sasaran, strategi: 'Penguatan pelayanan kesehatan ibu dan bayi baru lahir', kebijakan: 'Pendampingan ibu hamil risiko tinggi oleh bidan desa' },
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[1].sasaran, strategi: 'Intervensi gizi spesifik pada 1.000 HPK', kebijakan: 'Pemberian makanan tambahan dan pemantauan tumbuh kembang balita' },
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[2].sasaran, strategi: 'Peningkatan mutu Puskesmas', kebijakan: 'Pendampingan akreditasi Puskesmas secara bertahap' },
    { tujuan: plan[1].tujuan, sasaran: plan[1].sasaran[0].sasaran, strategi: 'Penguatan manajemen kinerja', kebijakan: 'Penyusunan cascading kinerja sampai level individu' },
  ]);

  const items: Node[] = [penunjang('1.02', 1.2, 'small'), ...kesehatan(0.8)];
  const b4 = new SheetBuilder('BAB IV');
  titles(b4, 1, ['BAB IV', 'STRATEGI DAN ARAH KEBIJAKAN']);
  titles(b4, 3, ['Tabel 4.1', `Cascading Kinerja ${agency}`]);
  const missing = '1.02.02.2.02.0009';
  // Programs in title case here, capitals in T-C.27.
  const cas = cascadingAt(b4, 6, plan, items, {
    style: 'nspk',
    code: 'column',
    numberRow: 'paren',
    under: [3, 0, 2, 1],
    skip: [missing],
    rename: (n) => (n.level === 'program' ? titleCase(n.name) : n.name),
  });

  const b5 = new SheetBuilder('BAB V');
  titles(b5, 1, ['BAB V', 'RENCANA PROGRAM DAN KEGIATAN SERTA PENDANAAN']);
  titles(b5, 3, ['Tabel 5.1', `Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan ${agency} Tahun 2025-2029`]);
  const h = tc27At(b5, 6, { yearLabels: plan5, satuan: true, numberRow: 'paren' });
  const f = renderFunding(b5, h.firstData, items, h.cols, { bold: { program: true }, unitText: 'Dinas Kesehatan', lokasiText: 'Kabupaten Pacitan', jumlah: { label: 'JUMLAH', labelCol: 'A', mergeTo: 'E' } });

  const b7 = new SheetBuilder('BAB VII');
  titles(b7, 1, ['BAB VII', 'KINERJA PENYELENGGARAAN BIDANG URUSAN']);
  titles(b7, 3, ['Tabel 7.1', `Indikator Kinerja Utama Perangkat Daerah ${agency}`]);
  const ikuRows = kpiRows(plan);
  // Practice: "Usia Harapan Hidup (UHH)", a trailing space, comma decimals typed as text.
  ikuRows[0] = { ...ikuRows[0], ind: 'Usia Harapan Hidup (UHH)', t: ['73,2', '73,3', '73,4', '73,5', '73,6'] };
  ikuRows[2] = { ...ikuRows[2], ind: 'Prevalensi Stunting ' };
  const stunting = 2;
  ikuRows[stunting].t[2] = 11.5; // T-C.25: 12 in 2027
  const iku = kpiAt(b7, 6, ikuRows, { yearLabels: plan5, roleYears: plan5, satuan: true, baseline: 'Kondisi Awal (2024)', akhir: 'Kondisi Akhir (2029)', heads: { group: 'Target Tahun' } });

  const cv = cover('Cover', ['PEMERINTAH KABUPATEN PACITAN', 'RENCANA STRATEGIS PERANGKAT DAERAH', 'DINAS KESEHATAN', 'TAHUN 2025-2029'], [['Alamat', 'Jl. Jaksa Agung Suprapto No. 8 Pacitan']]);
  const di = daftarIsi('Daftar Isi', [
    ['Pencapaian Kinerja Pelayanan (Tabel 2.3)', 'BAB II', 21],
    ['Anggaran dan Realisasi Pendanaan (Tabel 2.4)', 'BAB II', 23],
    ['Tujuan dan Sasaran (Tabel 3.1)', 'BAB III', 41],
    ['Cascading Kinerja (Tabel 4.1)', 'BAB IV', 52],
    ['Rencana Program dan Pendanaan (Tabel 5.1)', 'BAB V', 60],
    ['Indikator Kinerja Utama (Tabel 7.1)', 'BAB VII', 88],
  ]);
  workbooksUnseenLayouts.push({
    id: 'wu-dinkes-bab-chapters',
    description:
      'Dinas Kesehatan workbook by chapter: Cover, Daftar Isi, BAB II (T-C.23 with NSPK/IKK refs and a falling AKI whose rasio is 2 − R/T, T-C.24), BAB III (T-C.25, T-C.26), BAB IV (cascading as the sample\'s Tabel 4.1 with KODE, programs in title case), BAB V (T-C.27), BAB VII (IKU with "Usia Harapan Hidup (UHH)", "73,2" as text). Planted: a wrong rasio, a sub kegiatan missing from the cascading, an IKU target unlike T-C.25',
    viaXlsx: true,
    workbook: workbook(cv, di, b2, b3, b4, b5, b7),
    tables: [
      { sheet: 'BAB II', kind: 'pencapaian-kinerja', range: t23.range, headerRows: t23.headerRows, roles: t23.roles },
      { sheet: 'BAB II', kind: 'anggaran-realisasi', range: t24.range, headerRows: t24.headerRows, roles: t24.roles },
      { sheet: 'BAB III', kind: 'tujuan-sasaran', range: t25.range, headerRows: t25.headerRows, roles: t25.roles },
      { sheet: 'BAB III', kind: 'strategi-kebijakan', range: t26.range, headerRows: t26.headerRows, roles: t26.roles },
      { sheet: 'BAB IV', kind: 'cascading', range: cas.range, headerRows: cas.headerRows, roles: cas.roles },
      { sheet: 'BAB V', kind: 'program-pendanaan', range: `A6:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, plan5) },
      { sheet: 'BAB VII', kind: 'iku', range: iku.range, headerRows: iku.headerRows, roles: iku.roles },
    ],
    findings: [
      { rule: 'ratio.capaian', cell: `BAB II!${wrong23}` },
      { rule: 'crosstable.tidak-di-cascading', cell: `BAB V!${f.cell(missing, 'name')}` },
      { rule: 'crosstable.iku-target', cell: [`BAB VII!${iku.target(stunting, 2)}`, `BAB III!${t25.target('Prevalensi Stunting', 2)}`] },
    ],
  });
}

// =============================================================================================
// 2. Dinas PUPR, one sheet per table named as the document numbers them ("Tabel 2.1" … "Tabel 4.4"),
//    plan 2026-2030; T-C.27 with the code over five SIPD columns, the cascading with the code typed
//    in front of each name; IKU targets typed "75,5%".
{
  const agency = 'Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Wonogiri';
  const past = years(2021);
  const plan6 = years(2026);
  const s21 = new SheetBuilder('Tabel 2.1');
  titles(s21, 1, ['Tabel 2.1', `Pencapaian Kinerja Pelayanan ${agency}`, 'Tahun 2021-2025']);
  const cap: Capaian[] = [
    { ind: 'Persentase Jalan Kabupaten dalam Kondisi Mantap', refs: [], t: [68, 69.5, 71, 72.5, 74], r: [67.2, 69.8, 70.4, 71.9, 74.6] },
    { ind: 'Persentase Jaringan Irigasi dalam Kondisi Baik', refs: [], t: [60, 61, 62, 63, 64], r: [58.9, 61.3, 62.4, 62.1, 64.8] },
    { ind: 'Persentase Rumah Tangga dengan Akses Air Minum Layak', refs: [], t: [88, 89.5, 91, 92.5, 94], r: [87.1, 89.9, 90.6, 92.8, 94.3] },
    { ind: 'Persentase Kawasan Permukiman yang Bebas Genangan', refs: [], t: [70, 72, 74, 76, 78], r: [71.5, 72.4, 73.1, 77.2, 78.9] },
    { ind: 'Jumlah Dokumen RDTR yang Ditetapkan', refs: [], t: [1, 1, 2, 2, 2], r: [1, 1, 1, 2, 3] },
  ];
  const t23 = tc23At(s21, 5, cap, {
    years: past,
    yearLabels: past.map((y) => `Tahun ${y}`),
    agency: 'Dinas PUPR',
    pct: true,
    heads: { target: 'Target Renstra', realisasi: 'Realisasi Capaian', rasio: 'Rasio Capaian (%)' },
  });
  const s22 = new SheetBuilder('Tabel 2.2');
  titles(s22, 1, ['Tabel 2.2', `Anggaran dan Realisasi Pendanaan Pelayanan ${agency}`, 'Tahun 2021-2025']);
  const ang = [
    p24('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 21_850_000_000, 0.04, 5),
    p24('Program Pengelolaan Sumber Daya Air (SDA)', 9_400_000_000, 0.07, 1),
    p24('Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum', 6_150_000_000, 0.05, 3),
    p24('Program Pengelolaan dan Pengembangan Sistem Drainase', 3_200_000_000, 0.06, 0),
    p24('Program Penyelenggaraan Jalan', 64_500_000_000, 0.08, 2),
    p24('Program Penyelenggaraan Penataan Ruang', 1_250_000_000, 0.05, 6),
  ];
  const t24 = tc24At(s22, 5, ang, { years: past, total: 'Jumlah', numberRow: 'plain' });
  // SPAM 2023: shown 0,89 where realisasi ÷ anggaran rounds to 0,94.
  const wrong24 = t24.cell(2, 'rasio', 2);
  s22.set(wrong24, 0.89);

  const plan: TujuanRow[] = [
    {
      tujuan: 'Meningkatnya kualitas infrastruktur wilayah yang mantap dan berkelanjutan',
      ind: 'Indeks Infrastruktur Wilayah',
      satuan: 'Indeks',
      base: 0.71,
      t: [0.72, 0.74, 0.76, 0.78, 0.8],
      sasaran: [
        { sasaran: 'Meningkatnya kemantapan jalan kabupaten', ind: 'Persentase Jalan Kabupaten dalam Kondisi Mantap', satuan: '%', base: 74.6, t: [75.5, 76.5, 77.5, 78.5, 80] },
        { sasaran: 'Meningkatnya layanan jaringan irigasi', ind: 'Persentase Jaringan Irigasi dalam Kondisi Baik', satuan: '%', base: 64.8, t: [66, 67, 68, 69, 70] },
      ],
    },
    {
      tujuan: 'Meningkatnya kualitas permukiman dan tata ruang',
      ind: 'Persentase Kesesuaian Pemanfaatan Ruang',
      satuan: '%',
      base: 72,
      t: [74, 76, 78, 80, 82],
      sasaran: [
        { sasaran: 'Meningkatnya akses air minum layak dan lingkungan bebas genangan', ind: 'Persentase Rumah Tangga dengan Akses Air Minum Layak', satuan: '%', base: 94.3, t: [95, 95.8, 96.6, 97.4, 98.2] },
        { sasaran: 'Meningkatnya akuntabilitas kinerja Dinas PUPR', ind: 'Nilai SAKIP Dinas PUPR', satuan: 'Nilai', base: 70.5, t: [71.5, 72.5, 73.5, 74.5, 75.5] },
      ],
    },
  ];
  const s31 = new SheetBuilder('Tabel 3.1');
  titles(s31, 1, ['Tabel 3.1', `Tujuan dan Sasaran Jangka Menengah Pelayanan ${agency}`]);
  const t25 = tc25At(s31, 4, plan, { years: plan6, satuan: true, baseline: 'Kondisi Awal (2025)', akhir: 'Kondisi Akhir (2030)', heads: { indicator: 'Indikator Kinerja Tujuan/Sasaran' } });
  const s32 = new SheetBuilder('Tabel 3.2');
  titles(s32, 1, ['Tabel 3.2', `Tujuan, Sasaran, Strategi dan Arah Kebijakan ${agency}`]);
  const t26 = tc26At(s32, 4, [
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[0].sasaran, strategi: 'Pemeliharaan jalan berbasis kinerja', kebijakan: 'Prioritas penanganan ruas jalan strategis kabupaten' },
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[1].sasaran, strategi: 'Rehabilitasi jaringan irigasi kewenangan kabupaten', kebijakan: 'Penanganan daerah irigasi dengan kerusakan berat lebih dahulu' },
    { tujuan: plan[1].tujuan, sasaran: plan[1].sasaran[0].sasaran, strategi: 'Perluasan SPAM jaringan perpipaan', kebijakan: 'Sambungan rumah untuk masyarakat berpenghasilan rendah' },
    { tujuan: plan[1].tujuan, sasaran: plan[1].sasaran[1].sasaran, strategi: 'Penguatan manajemen kinerja', kebijakan: 'Evaluasi kinerja triwulanan' },
  ], { numberRow: 'paren', upper: true });

  const items: Node[] = [penunjang('1.03', 1.6), sda(1.1), ...puprMore(1), jalan(1.4)];
  const extra = { after: '1.03.10.2.01.0055', code: '1.03.10.2.01.0056', name: 'Pemeliharaan Berkala Jalan', ind: 'Panjang Jalan yang Dipelihara Secara Berkala' };
  const s41 = new SheetBuilder('Tabel 4.1');
  titles(s41, 1, ['Tabel 4.1', `Cascading Program, Kegiatan dan Sub Kegiatan ${agency}`]);
  const cas = cascadingAt(s41, 4, plan, items, {
    style: 'plain',
    code: 'name',
    under: [3, 1, 2, 2, 0, 2],
    extra: [extra],
    // Practice: "&" for "dan", "Kab/Kota", a trailing period on sub kegiatan.
    rename: (n) => (n.level === 'kegiatan' ? kab(amp(n.name)) : n.level === 'sub' ? `${n.name}.` : n.name),
  });

  const s42 = new SheetBuilder('Tabel 4.2');
  titles(s42, 1, ['Tabel 4.2', `Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan ${agency} Tahun 2026-2030`]);
  const h = tc27At(s42, 4, {
    yearLabels: plan6,
    satuan: true,
    codeCols: ['Urusan', 'Bidang Urusan', 'Program', 'Kegiatan', 'Sub Kegiatan'],
    labels: { name: 'Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan', baseline: 'Kondisi Kinerja Awal (2025)', pagu: 'Pagu Indikatif (Rp)' },
  });
  const f = renderFunding(s42, h.firstData, items, h.cols, {
    bold: { program: true },
    urusanAsNumber: true,
    unitText: 'Dinas PUPR',
    lokasiText: 'Kabupaten Wonogiri',
    jumlah: { label: 'JUMLAH', labelCol: 'A', mergeTo: 'G' },
    jumlahDelta: [{ year: 2, delta: -250_000_000 }],
  });

  const s43 = new SheetBuilder('Tabel 4.3');
  titles(s43, 1, ['Tabel 4.3', `Indikator Kinerja Utama ${agency}`]);
  const pctText = (x: V): V => (typeof x === 'number' ? `${String(x).replace('.', ',')}%` : x);
  const ikuRows = kpiRows(plan).map((k) => (k.satuan === '%' ? { ...k, t: k.t.map(pctText) } : k));
  // Practice: double spaces in one indicator.
  ikuRows[1] = { ...ikuRows[1], ind: dbl(ikuRows[1].ind) };
  const iku = kpiAt(s43, 4, ikuRows, { yearLabels: plan6, roleYears: plan6, satuan: true, baseline: 'Kondisi Awal', akhir: 'Kondisi Akhir', heads: { indicator: 'Indikator', group: 'Target Tahun' } });

  const s44 = new SheetBuilder('Tabel 4.4');
  titles(s44, 1, ['Tabel 4.4', `Indikator Kinerja Kunci ${agency}`]);
  const ikk = kpiAt(
    s44,
    4,
    [
      { ind: 'Persentase Panjang Jaringan Irigasi Kewenangan Kabupaten dalam Kondisi Baik', satuan: '%', t: [66, 67, 68, 69, 70] },
      { ind: 'Persentase Rumah Tangga yang Mendapatkan Akses terhadap Air Minum melalui SPAM Jaringan Perpipaan dan Bukan Jaringan Perpipaan Terlindungi', satuan: '%', t: [95, 95.8, 96.6, 97.4, 98.2] },
      { ind: 'Persentase Jalan Kabupaten dalam Kondisi Mantap', satuan: '%', t: [75.5, 76.5, 77.5, 78.5, 80] },
      { ind: 'Persentase Penduduk yang Terlayani Sistem Jaringan Drainase Skala Kota', satuan: '%', t: [80, 81.5, 83, 84.5, 86] },
    ],
    { yearLabels: plan6, roleYears: plan6, satuan: true, heads: { indicator: 'Indikator Kinerja Kunci', group: 'Target Capaian' }, notes: { label: 'Keterangan', values: ['SPM', 'SPM', 'LPPD', 'LPPD'] } },
  );

  const sp = cover('Sampul', ['RENCANA STRATEGIS', 'DINAS PEKERJAAN UMUM DAN PENATAAN RUANG', 'KABUPATEN WONOGIRI', '2026-2030']);
  workbooksUnseenLayouts.push({
    id: 'wu-pupr-tabel-sheets',
    description:
      'Dinas PUPR workbook, one sheet per table "Tabel 2.1" … "Tabel 4.4", plan 2026-2030: T-C.23 without NSPK/IKK columns, years "Tahun 2021", rasio (%); T-C.24 of six programs; T-C.25 with satuan, kondisi awal/akhir; T-C.26 in capitals; cascading with the code typed in front of each name ("&", "Kab/Kota", a trailing period); T-C.27 with the code over five SIPD columns (urusan as a number); IKU targets typed "75,5%"; IKK. Planted: a wrong T-C.24 rasio, T-C.27 JUMLAH 250.000.000 short in 2028, a sub kegiatan in the cascading that T-C.27 does not plan',
    viaXlsx: true,
    workbook: workbook(sp, s21, s22, s31, s32, s41, s42, s43, s44),
    tables: [
      { sheet: 'Tabel 2.1', kind: 'pencapaian-kinerja', range: t23.range, headerRows: t23.headerRows, roles: t23.roles },
      { sheet: 'Tabel 2.2', kind: 'anggaran-realisasi', range: t24.range, headerRows: t24.headerRows, roles: t24.roles },
      { sheet: 'Tabel 3.1', kind: 'tujuan-sasaran', range: t25.range, headerRows: t25.headerRows, roles: t25.roles },
      { sheet: 'Tabel 3.2', kind: 'strategi-kebijakan', range: t26.range, headerRows: t26.headerRows, roles: t26.roles },
      { sheet: 'Tabel 4.1', kind: 'cascading', range: cas.range, headerRows: cas.headerRows, roles: cas.roles },
      { sheet: 'Tabel 4.2', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, plan6) },
      { sheet: 'Tabel 4.3', kind: 'iku', range: iku.range, headerRows: iku.headerRows, roles: iku.roles },
      { sheet: 'Tabel 4.4', kind: 'ikk', range: ikk.range, headerRows: ikk.headerRows, roles: ikk.roles },
    ],
    findings: [
      { rule: 'ratio.anggaran', cell: `Tabel 2.2!${wrong24}` },
      { rule: 'total.jumlah', cell: `Tabel 4.2!${f.cell('jumlah', 'pagu', 2)}` },
      { rule: 'crosstable.tidak-di-pendanaan', cell: `Tabel 4.1!${cas.nameCol}${cas.rowOf(extra.code)}` },
    ],
    tolerated: [{ rule: 'total.jumlah', cell: `Tabel 4.2!${f.cell('jumlah', 'akhirPagu')}` }],
  });
}

// =============================================================================================
// 3. Bappeda, "Lamp I" … "Lamp IV" and "Lamp IKU": T-C.24 growth as CAGR, T-C.27 with codes in the
//    name cell, the cascading by eselon with a Kode column.
{
  const agency = 'Badan Perencanaan Pembangunan Daerah Kota Blitar';
  const past = years(2020);
  const plan5 = years(2025);
  const l1 = new SheetBuilder('Lamp I');
  titles(l1, 1, ['LAMPIRAN I', `Tabel 2.1 Pencapaian Kinerja Pelayanan ${agency}`]);
  const cap: Capaian[] = [
    { ind: 'Persentase Keselarasan Program RPJMD dan RKPD', refs: ['-', '-', 'V'], t: [90, 92, 94, 96, 98], r: [91.2, 93.5, 94.1, 97.3, 98.6] },
    { ind: 'Persentase Usulan Musrenbang yang Terakomodir dalam RKPD', refs: ['-', '-', 'V'], t: [40, 42, 45, 47, 50], r: [38.6, 43.1, 46.2, 46.9, 51.4] },
    { ind: 'Nilai Evaluasi RKPD', refs: ['-', 'V', '-'], t: [85, 86, 87, 88, 89], r: [86.4, 87.1, 86.2, 89.3, 90.1] },
    { ind: 'Nilai SAKIP Bappeda', refs: ['-', '-', 'V'], t: [70, 71, 72, 73, 74], r: [70.8, 72.2, 73.4, 74.1, 75.6] },
  ];
  const t23 = tc23At(l1, 4, cap, { years: past, agency: 'Bappeda', refs: true, numberRow: 'paren' });
  titles(l1, t23.last + 3, [`Tabel 2.2 Anggaran dan Realisasi Pendanaan Pelayanan ${agency}`]);
  const ang = [
    p24('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 7_850_000_000, 0.04, 2),
    p24('Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah', 1_320_000_000, 0.06, 4),
    p24('Program Koordinasi dan Sinkronisasi Perencanaan Pembangunan Daerah', 640_000_000, 0.05, 7),
    p24('Program Penelitian dan Pengembangan Daerah', 380_000_000, 0.03, 1),
  ];
  const t24 = tc24At(l1, t23.last + 5, ang, { years: past, total: 'Total', growth: 'cagr', heads: { growth: 'Rata-rata Pertumbuhan (%)' } });
  // Perencanaan program: realisasi growth shown 7,25 where it is t24.values(1).gr.
  const wrongGrowth = t24.cell(1, 'gr');
  l1.set(wrongGrowth, 7.25);
  l1.set(`A${t24.last + 2}`, 'Keterangan: rata-rata pertumbuhan dihitung dengan CAGR');

  const plan: TujuanRow[] = [
    {
      tujuan: 'Meningkatnya kualitas perencanaan pembangunan daerah',
      ind: 'Persentase Capaian Indikator Kinerja Utama RPJMD',
      satuan: '%',
      base: 82,
      t: [84, 86, 88, 90, 92],
      sasaran: [
        { sasaran: 'Meningkatnya konsistensi perencanaan dan penganggaran pembangunan daerah', ind: 'Persentase Keselarasan Program RPJMD dan RKPD', satuan: '%', base: 98.6, t: [98.7, 98.8, 98.9, 99, 100] },
        { sasaran: 'Meningkatnya kualitas pengendalian dan evaluasi pembangunan daerah', ind: 'Nilai Evaluasi RKPD', satuan: 'Nilai', base: 90.1, t: [90.5, 91, 91.5, 92, 92.5] },
      ],
    },
    {
      tujuan: 'Meningkatnya akuntabilitas kinerja Bappeda',
      ind: 'Nilai SAKIP Bappeda',
      satuan: 'Nilai',
      base: 75.6,
      t: [76, 77, 78, 79, 80],
      sasaran: [{ sasaran: 'Meningkatnya kualitas tata kelola internal Bappeda', ind: 'Indeks Reformasi Birokrasi Perangkat Daerah', satuan: 'Indeks', base: 72.4, t: [73, 74, 75, 76, 77] }],
    },
  ];
  const l2 = new SheetBuilder('Lamp II');
  titles(l2, 1, ['LAMPIRAN II', 'Tabel 3.1 Tujuan dan Sasaran Jangka Menengah Bappeda Kota Blitar']);
  const t25 = tc25At(l2, 4, plan, { years: plan5, yearLabels: plan5.map((y) => `Tahun ${y}`), satuan: true, heads: { group: 'Target Kinerja Tujuan/Sasaran' } });
  titles(l2, t25.last + 3, ['Tabel 3.2 Tujuan, Sasaran, Strategi dan Arah Kebijakan']);
  const t26 = tc26At(l2, t25.last + 5, [
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[0].sasaran, strategi: 'Penguatan sinkronisasi dokumen perencanaan', kebijakan: 'Verifikasi Renja PD terhadap RKPD dan RPJMD' },
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[1].sasaran, strategi: 'Pengendalian berbasis data', kebijakan: 'Evaluasi triwulanan melalui e-monev' },
    { tujuan: plan[1].tujuan, sasaran: plan[1].sasaran[0].sasaran, strategi: 'Reformasi birokrasi internal', kebijakan: 'Penyederhanaan proses bisnis dan SOP' },
  ]);

  const items: Node[] = [penunjang('5.01', 0.8, 'small'), ...bappeda(0.7)];
  const l3 = new SheetBuilder('Lamp III');
  titles(l3, 1, ['LAMPIRAN III', 'Tabel 4.2 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Bappeda Kota Blitar Tahun 2025-2029']);
  const h = tc27At(l3, 4, {
    yearLabels: plan5,
    noCode: true,
    satuan: true,
    labels: { name: 'Kode dan Nama Program/Kegiatan/Sub Kegiatan', baseline: 'Kondisi Awal (2024)', group: 'Target Kinerja dan Pagu Indikatif', pagu: 'Pagu (Rp)' },
  });
  const coded = items.map((p) => mapTree(p, (n) => ({ ...n, name: `${n.code} ${n.name}`, code: undefined })));
  const f = renderFunding(l3, h.firstData, coded, h.cols, { bold: { program: true }, unitText: 'Bappeda', lokasiText: 'Kota Blitar', jumlah: { label: 'Jumlah', labelCol: 'A', mergeTo: 'D' } });

  const missing = '5.01.03.2.01.0006';
  const l4 = new SheetBuilder('Lamp IV');
  titles(l4, 1, ['LAMPIRAN IV', 'Tabel 4.1 Cascading Kinerja Bappeda Kota Blitar']);
  const cas = cascadingAt(l4, 4, plan, items, {
    style: 'eselon',
    code: 'column',
    numberRow: 'paren',
    under: [2, 0, 1],
    skip: [missing],
    // Practice: sub kegiatan names in sentence case, "&" in kegiatan names.
    rename: (n) => (n.level === 'sub' ? sentence(n.name) : n.level === 'kegiatan' ? amp(n.name) : n.name),
  });

  const li = new SheetBuilder('Lamp IKU');
  titles(li, 1, ['Indikator Kinerja Utama (IKU) Bappeda Kota Blitar Tahun 2025-2029']);
  const ikuRows = kpiRows(plan).map((k) => ({ ...k, ind: k.ind.toUpperCase() }));
  const evaluasi = 2;
  ikuRows[evaluasi].t[2] = 92; // T-C.25: 91,5 in 2027
  const iku = kpiAt(li, 3, ikuRows, {
    yearLabels: plan5,
    roleYears: plan5,
    satuan: true,
    baseline: 'Capaian 2024',
    heads: { indicator: 'INDIKATOR KINERJA UTAMA', group: 'TARGET' },
    notes: { label: 'PENANGGUNG JAWAB', values: ['Kepala Bappeda', 'Bidang PPEPD', 'Bidang PPEPD', 'Sekretaris', 'Sekretaris'] },
  });

  const sp = cover('Sampul', ['RENSTRA', 'BADAN PERENCANAAN PEMBANGUNAN DAERAH', 'KOTA BLITAR', '2025 - 2029']);
  const kp = new SheetBuilder('Kata Pengantar');
  kp.set('A1', b('KATA PENGANTAR'));
  kp.set('A3', 'Puji syukur ke hadirat Tuhan Yang Maha Esa, Rencana Strategis Bappeda Kota Blitar Tahun 2025-2029 telah tersusun.');
  kp.set('A4', 'Renstra ini memuat tujuan, sasaran, program, kegiatan dan sub kegiatan beserta pendanaan indikatif.');
  kp.set('F10', 'Blitar, Maret 2025').set('F11', 'Kepala Bappeda').set('F15', 'NIP. 19720315 199803 1 007');
  workbooksUnseenLayouts.push({
    id: 'wu-bappeda-lampiran',
    description:
      'Bappeda workbook: Sampul, Kata Pengantar, "Lamp I" (T-C.23 and T-C.24 stacked, growth as CAGR "(%)"), "Lamp II" (T-C.25 with "Tahun 2025", T-C.26), "Lamp III" (T-C.27 with no code column, "5.01.02.2.01 Penyusunan …" in the name cell), "Lamp IV" (cascading by eselon with a Kode column, sub kegiatan in sentence case, "&"), "Lamp IKU" (indicators in capitals). Planted: a wrong growth, a sub kegiatan missing from the cascading, an IKU target unlike T-C.25',
    workbook: workbook(sp, kp, l1, l2, l3, l4, li),
    tables: [
      { sheet: 'Lamp I', kind: 'pencapaian-kinerja', range: t23.range, headerRows: t23.headerRows, roles: t23.roles },
      { sheet: 'Lamp I', kind: 'anggaran-realisasi', range: t24.range, headerRows: t24.headerRows, roles: t24.roles },
      { sheet: 'Lamp II', kind: 'tujuan-sasaran', range: t25.range, headerRows: t25.headerRows, roles: t25.roles },
      { sheet: 'Lamp II', kind: 'strategi-kebijakan', range: t26.range, headerRows: t26.headerRows, roles: t26.roles },
      { sheet: 'Lamp III', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, plan5) },
      { sheet: 'Lamp IV', kind: 'cascading', range: cas.range, headerRows: cas.headerRows, roles: cas.roles },
      { sheet: 'Lamp IKU', kind: 'iku', range: iku.range, headerRows: iku.headerRows, roles: iku.roles },
    ],
    findings: [
      { rule: 'growth.rata-rata', cell: `Lamp I!${wrongGrowth}` },
      { rule: 'crosstable.tidak-di-cascading', cell: `Lamp III!${f.cell(missing, 'name')}` },
      { rule: 'crosstable.iku-target', cell: [`Lamp IKU!${iku.target(evaluasi, 2)}`, `Lamp II!${t25.target('Nilai Evaluasi RKPD', 2)}`] },
    ],
  });
}

// =============================================================================================
// 4. Dinas Sosial with sheets nobody renamed ("Sheet1" … "Sheet7"), every table from column B,
//    plan 2026-2030; the cascading names only (no codes), T-C.27 with a code column.
{
  const agency = 'Dinas Sosial Kabupaten Trenggalek';
  const past = years(2021);
  const plan6 = years(2026);
  const s1 = new SheetBuilder('Sheet1');
  s1.mergeText('B3:K3', b('RENCANA STRATEGIS (RENSTRA)'));
  s1.mergeText('B4:K4', b('DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK'));
  s1.mergeText('B5:K5', b('KABUPATEN TRENGGALEK TAHUN 2026-2030'));
  s1.set('B8', 'Lembar: Sheet2 capaian kinerja, Sheet3 anggaran, Sheet4 tujuan/sasaran/strategi, Sheet5 pendanaan, Sheet6 cascading, Sheet7 IKU');
  const s2 = new SheetBuilder('Sheet2');
  titles(s2, 2, ['Tabel 2.1', `Pencapaian Kinerja Pelayanan ${agency}`], 'B');
  const cap: Capaian[] = [
    { ind: 'Persentase PPKS yang Memperoleh Rehabilitasi Sosial Dasar di Luar Panti', refs: ['100', '-', '-'], t: [72, 74, 76, 78, 80], r: [73.1, 73.8, 77.2, 78.4, 80.4] },
    { ind: 'Persentase Keluarga Miskin yang Menerima Bantuan Sosial', refs: ['-', '-', 'V'], t: [60, 62.5, 65, 67.5, 70], r: [61.2, 62.1, 66.4, 68, 69.5] },
    { ind: 'Persentase Korban Bencana yang Menerima Bantuan Sosial Selama Masa Tanggap Darurat', refs: ['100', '-', '-'], t: [100, 100, 100, 100, 100], r: [100, 100, 100, 100, 100] },
    { ind: 'Persentase PSKS yang Aktif', refs: ['-', '-', 'V'], t: [55, 57, 59, 61, 63], r: [54.2, 57.8, 59.4, 60.1, 62] },
  ];
  const t23 = tc23At(s2, 5, cap, { left: 'B', years: past, agency: 'Dinas Sosial', refs: true, pct: true, numberRow: 'plain' });
  // Keluarga miskin 2024: 68 / 67,5 = 100,74 % — shown 97,5.
  const wrong23 = t23.cell(1, 'rasio', 3);
  s2.set(wrong23, 97.5);
  const s3 = new SheetBuilder('Sheet3');
  titles(s3, 2, ['Tabel 2.2', `Anggaran dan Realisasi Pendanaan Pelayanan ${agency}`], 'B');
  const ang = [
    p24('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 4_120_000_000, 0.04, 3),
    p24('Program Pemberdayaan Sosial', 215_000_000, 0.05, 0),
    p24('Program Rehabilitasi Sosial', 1_180_000_000, 0.06, 5),
    p24('Program Perlindungan dan Jaminan Sosial', 1_560_000_000, 0.05, 2),
    p24('Program Penanganan Bencana', 290_000_000, 0.05, 8),
  ];
  const t24 = tc24At(s3, 5, ang, { left: 'B', years: past, total: 'JUMLAH', numberRow: 'paren' });

  const plan: TujuanRow[] = [
    {
      tujuan: 'Meningkatnya kesejahteraan sosial masyarakat',
      ind: 'Persentase Penurunan Jumlah PPKS',
      satuan: '%',
      base: 2.1,
      t: [2.2, 2.4, 2.6, 2.8, 3],
      sasaran: [
        { sasaran: 'Meningkatnya kualitas pelayanan rehabilitasi sosial', ind: 'Persentase PPKS yang Memperoleh Rehabilitasi Sosial Dasar di Luar Panti', satuan: '%', base: 80.4, t: [82.5, 85, 87.5, 90, 92.5] },
        { sasaran: 'Meningkatnya perlindungan dan jaminan sosial', ind: 'Persentase Keluarga Miskin yang Menerima Bantuan Sosial', satuan: '%', base: 69.5, t: [74, 78, 82, 86, 90] },
        { sasaran: 'Meningkatnya peran potensi dan sumber kesejahteraan sosial', ind: 'Persentase PSKS yang Aktif', satuan: '%', base: 62, t: [65, 68, 71, 74, 77] },
      ],
    },
    {
      tujuan: 'Meningkatnya tata kelola pemerintahan Dinas Sosial yang akuntabel',
      ind: 'Nilai SAKIP Dinas Sosial',
      satuan: 'Nilai',
      base: 72,
      t: [73, 74, 75, 76, 77],
      sasaran: [{ sasaran: 'Meningkatnya kualitas pelayanan administrasi perkantoran', ind: 'Indeks Kepuasan Masyarakat terhadap Layanan Dinas Sosial', satuan: 'Indeks', base: 82.5, t: [83, 83.5, 84, 84.5, 85] }],
    },
  ];
  const s4 = new SheetBuilder('Sheet4');
  titles(s4, 2, ['Tabel 3.1', `Tujuan dan Sasaran Jangka Menengah Pelayanan ${agency}`], 'B');
  const t25 = tc25At(s4, 5, plan, { left: 'B', years: plan6, satuan: true, baseline: 'Kondisi Kinerja Awal (2025)', numberRow: 'paren' });
  titles(s4, t25.last + 3, ['Tabel 3.2', `Tujuan, Sasaran, Strategi dan Arah Kebijakan ${agency}`], 'B');
  const t26 = tc26At(s4, t25.last + 6, [
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[0].sasaran, strategi: 'Perluasan jangkauan rehabilitasi sosial dasar', kebijakan: 'Penjangkauan PPKS terlantar melalui Puskesos' },
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[1].sasaran, strategi: 'Pemutakhiran DTSEN', kebijakan: 'Verifikasi dan validasi data setiap semester' },
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[2].sasaran, strategi: 'Penguatan kapasitas PSKS', kebijakan: 'Pelatihan TKSK, PSM dan Karang Taruna' },
    { tujuan: plan[1].tujuan, sasaran: plan[1].sasaran[0].sasaran, strategi: 'Standar pelayanan publik', kebijakan: 'Survei kepuasan masyarakat setiap tahun' },
  ], { left: 'B' });

  const items: Node[] = [penunjang('1.06', 0.5, 'small'), ...sosial(0.9)];
  const s5 = new SheetBuilder('Sheet5');
  titles(s5, 2, ['Tabel 4.2', `Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan ${agency}`], 'B');
  const h = tc27At(s5, 5, { left: 'B', yearLabels: plan6, satuan: true, numberRow: 'paren', labels: { name: 'Program/Kegiatan/Sub Kegiatan' } });
  const f = renderFunding(s5, h.firstData, items, h.cols, {
    bold: { program: true, kegiatan: true },
    unitText: 'Dinas Sosial',
    lokasiText: 'Kab. Trenggalek',
    jumlah: { label: 'JUMLAH', labelCol: 'B', mergeTo: 'F' },
    paguDelta: [{ key: '1.06.05.2.02', year: 1, delta: 12_500_000 }],
  });

  const missing = '1.06.04.2.01.0005';
  const s6 = new SheetBuilder('Sheet6');
  titles(s6, 2, ['Tabel 4.1', `Cascading Kinerja ${agency}`], 'B');
  const cas = cascadingAt(s6, 5, plan, items, {
    left: 'B',
    style: 'plain',
    under: [3, 2, 0, 1, 1],
    skip: [missing],
    // Practice: double spaces and a trailing period here and there.
    rename: (n) => (n.level === 'kegiatan' ? dbl(n.name) : n.level === 'sub' && n.key.endsWith('1') ? `${n.name}.` : n.name),
  });

  const s7 = new SheetBuilder('Sheet7');
  titles(s7, 2, ['Tabel 4.3', `Indikator Kinerja Utama ${agency}`], 'B');
  const iku = kpiAt(s7, 5, kpiRows(plan, 'sasaran'), {
    left: 'B',
    yearLabels: plan6,
    roleYears: plan6,
    satuan: true,
    baseline: 'Kondisi Awal',
    akhir: 'Kondisi Akhir',
    before: { label: 'Sasaran', role: 'sasaran', values: kpiSasaran(plan, false) },
    heads: { indicator: 'Indikator Kinerja Utama' },
  });
  workbooksUnseenLayouts.push({
    id: 'wu-dinsos-sheetn-col-b',
    description:
      'Dinas Sosial workbook with unrenamed sheets "Sheet1" … "Sheet7", every table from column B under a two-line title: T-C.23 with rasio (%), T-C.24, T-C.25 + T-C.26 on one sheet, T-C.27 (plan 2026-2030, kegiatan in bold), the cascading without codes (double spaces, trailing periods), the IKU with a Sasaran column before the indicator. Planted: a wrong rasio (%), a kegiatan 12.500.000 over its sub kegiatan in 2027, a sub kegiatan missing from the cascading',
    viaXlsx: true,
    workbook: workbook(s1, s2, s3, s4, s5, s6, s7),
    tables: [
      { sheet: 'Sheet2', kind: 'pencapaian-kinerja', range: t23.range, headerRows: t23.headerRows, roles: t23.roles },
      { sheet: 'Sheet3', kind: 'anggaran-realisasi', range: t24.range, headerRows: t24.headerRows, roles: t24.roles },
      { sheet: 'Sheet4', kind: 'tujuan-sasaran', range: t25.range, headerRows: t25.headerRows, roles: t25.roles },
      { sheet: 'Sheet4', kind: 'strategi-kebijakan', range: t26.range, headerRows: t26.headerRows, roles: t26.roles },
      { sheet: 'Sheet5', kind: 'program-pendanaan', range: `B5:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, plan6) },
      { sheet: 'Sheet6', kind: 'cascading', range: cas.range, headerRows: cas.headerRows, roles: cas.roles },
      { sheet: 'Sheet7', kind: 'iku', range: iku.range, headerRows: iku.headerRows, roles: iku.roles },
    ],
    findings: [
      { rule: 'ratio.capaian', cell: `Sheet2!${wrong23}` },
      { rule: 'total.pagu-induk', cell: `Sheet5!${f.cell('1.06.05.2.02', 'pagu', 1)}` },
      { rule: 'crosstable.tidak-di-cascading', cell: `Sheet5!${f.cell(missing, 'name')}` },
    ],
    tolerated: [{ rule: 'total.pagu-induk', cell: `Sheet5!${f.cell('1.06.05.2.02', 'akhirPagu')}` }],
  });
}

// =============================================================================================
// 5. BPBD: COVER, DAFTAR ISI, BAB II, BAB III, BAB IV holding the cascading (Tabel 4.1) above
//    T-C.27 (Tabel 4.2), BAB V holding the IKU above the IKK.
{
  const agency = 'Badan Penanggulangan Bencana Daerah Kabupaten Lumajang';
  const past = years(2020);
  const plan5 = years(2025);
  const b2 = new SheetBuilder('BAB II');
  titles(b2, 1, ['Tabel 2.5', `Pencapaian Kinerja Pelayanan ${agency}`]);
  const cap: Capaian[] = [
    { ind: 'Persentase Desa Tangguh Bencana', refs: ['-', '-', 'V'], t: [10, 12, 14, 16, 18], r: [9.8, 12.4, 14.6, 15.2, 18.9] },
    { ind: 'Persentase Korban Bencana yang Tertangani pada Masa Tanggap Darurat', refs: ['100', '-', '-'], t: [100, 100, 100, 100, 100], r: [100, 100, 100, 100, 100] },
    { ind: 'Persentase Warga di Kawasan Rawan Bencana yang Memperoleh KIE', refs: ['100', '-', '-'], t: [20, 25, 30, 35, 40], r: [21.2, 24.6, 31.5, 36.1, 41.8] },
    { ind: 'Nilai SAKIP BPBD', refs: ['-', '-', 'V'], t: [62, 64, 66, 68, 70], r: [61.5, 64.9, 66.2, 69.3, 70.8] },
  ];
  const t23 = tc23At(b2, 3, cap, {
    years: past,
    yearLabels: [1, 2, 3, 4, 5].map((k, i) => `${k} (${past[i]})`),
    agency: 'BPBD',
    refs: true,
    heads: { target: 'Target Renstra Tahun ke-', realisasi: 'Realisasi Capaian Tahun ke-', rasio: 'Rasio Capaian Tahun ke-' },
  });
  titles(b2, t23.last + 3, ['Tabel 2.6', `Anggaran dan Realisasi Pendanaan Pelayanan ${agency}`]);
  const ang = [p24('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 3_480_000_000, 0.05, 4), p24('Program Penanggulangan Bencana', 2_150_000_000, 0.09, 1)];
  const t24 = tc24At(b2, t23.last + 5, ang, { years: past, total: 'JUMLAH', numberRow: 'paren', totalDelta: { what: 'r', year: 2, delta: -48_500_000 } });

  const plan: TujuanRow[] = [
    {
      tujuan: 'Meningkatnya ketangguhan masyarakat dalam menghadapi bencana',
      ind: 'Indeks Risiko Bencana Indonesia (IRBI) Kabupaten',
      satuan: 'Indeks',
      base: 142.3,
      t: [140, 137.5, 135, 132.5, 130],
      sasaran: [
        { sasaran: 'Meningkatnya kesiapsiagaan masyarakat terhadap bencana', ind: 'Persentase Desa Tangguh Bencana', satuan: '%', base: 18.9, t: [21, 24, 27, 30, 33] },
        { sasaran: 'Meningkatnya kualitas penanganan darurat bencana', ind: 'Persentase Korban Bencana yang Tertangani pada Masa Tanggap Darurat', satuan: '%', base: 100, t: [100, 100, 100, 100, 100] },
      ],
    },
    {
      tujuan: 'Meningkatnya akuntabilitas kinerja BPBD',
      ind: 'Nilai SAKIP BPBD',
      satuan: 'Nilai',
      base: 70.8,
      t: [71.5, 72.5, 73.5, 74.5, 75.5],
      sasaran: [{ sasaran: 'Meningkatnya kualitas perencanaan dan pelaporan kinerja', ind: 'Persentase Dokumen Perencanaan dan Pelaporan yang Tepat Waktu', satuan: '%', base: 90, t: [92, 94, 96, 98, 100] }],
    },
  ];
  const b3 = new SheetBuilder('BAB III');
  titles(b3, 1, ['Tabel 3.1', `Tujuan dan Sasaran Jangka Menengah Pelayanan ${agency}`]);
  const t25 = tc25At(b3, 3, plan, { years: plan5, satuan: true, baseline: 'Baseline 2024', akhir: 'Target Akhir Renstra', numberRow: 'plain' });
  // The IRBI falls: a lower index is a smaller risk.
  b3.set(`A${t25.last + 1}`, 'Catatan: IRBI makin kecil makin baik');
  titles(b3, t25.last + 3, ['Tabel 3.2', `Tujuan, Sasaran, Strategi dan Arah Kebijakan ${agency}`]);
  const t26 = tc26At(b3, t25.last + 5, [
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[0].sasaran, strategi: 'Pembentukan dan pembinaan Desa Tangguh Bencana', kebijakan: 'Prioritas desa di kawasan rawan erupsi Semeru dan banjir lahar' },
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[1].sasaran, strategi: 'Penguatan pusat pengendalian operasi', kebijakan: 'Layanan Pusdalops 24 jam dan logistik siaga' },
    { tujuan: plan[1].tujuan, sasaran: plan[1].sasaran[0].sasaran, strategi: 'Penguatan SAKIP', kebijakan: 'Laporan kinerja tepat waktu setiap triwulan' },
  ]);

  const items: Node[] = [penunjang('1.05', 0.7, 'small'), ...bencana(1)];
  const b4 = new SheetBuilder('BAB IV');
  titles(b4, 1, ['Tabel 4.1', `Cascading Kinerja ${agency}`]);
  const missing = '1.05.03.2.02.0022';
  const cas = cascadingAt(b4, 3, plan, items, {
    style: 'nspk',
    code: 'column',
    under: [2, 0],
    skip: [missing],
    // Practice: "Kab/Kota", "&".
    rename: (n) => (n.level === 'sub' ? kab(n.name) : amp(n.name)),
  });
  b4.set(`A${cas.last + 1}`, 'Sumber: hasil analisis BPBD, 2025');
  const top27 = cas.last + 4;
  titles(b4, top27 - 2, ['Tabel 4.2', `Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan ${agency}`]);
  const h = tc27At(b4, top27, { yearLabels: plan5, satuan: true, numberRow: 'paren', labels: { baseline: 'Capaian Kinerja Awal (2024)' } });
  const f = renderFunding(b4, h.firstData, items, h.cols, { bold: { program: true }, unitText: 'BPBD', lokasiText: 'Kabupaten Lumajang', jumlah: { label: 'JUMLAH', labelCol: 'B' } });

  const b5 = new SheetBuilder('BAB V');
  titles(b5, 1, ['Tabel 5.1', `Indikator Kinerja Utama ${agency}`]);
  const ikuRows = kpiRows(plan);
  const desa = 1;
  ikuRows[desa].t[3] = 29; // T-C.25: 30 in 2028
  const iku = kpiAt(b5, 3, ikuRows, { yearLabels: plan5, roleYears: plan5, satuan: true, baseline: 'Baseline 2024', akhir: 'Target Akhir Renstra', heads: { indicator: 'Indikator' } });
  titles(b5, iku.last + 3, ['Tabel 5.2', 'Indikator Kinerja Kunci (IKK) Sub Urusan Bencana']);
  const ikk = kpiAt(
    b5,
    iku.last + 5,
    [
      { ind: 'Persentase Layanan Informasi Rawan Bencana', satuan: '%', t: [100, 100, 100, 100, 100] },
      { ind: 'Persentase Layanan Pencegahan dan Kesiapsiagaan terhadap Bencana', satuan: '%', t: [100, 100, 100, 100, 100] },
      { ind: 'Persentase Layanan Penyelamatan dan Evakuasi Korban Bencana', satuan: '%', t: [100, 100, 100, 100, 100] },
    ],
    { yearLabels: plan5, roleYears: plan5, satuan: true, heads: { indicator: 'Indikator Kinerja Kunci', group: 'Target' }, notes: { label: 'Ket', values: ['SPM', 'SPM', 'SPM'] } },
  );

  const cv = cover('COVER', ['PEMERINTAH KABUPATEN LUMAJANG', 'RENCANA STRATEGIS', 'BADAN PENANGGULANGAN BENCANA DAERAH', 'TAHUN 2025-2029']);
  const di = daftarIsi('DAFTAR ISI', [
    ['Tabel 2.5 Pencapaian Kinerja Pelayanan', 'BAB II', 18],
    ['Tabel 2.6 Anggaran dan Realisasi Pendanaan', 'BAB II', 20],
    ['Tabel 3.1 Tujuan dan Sasaran', 'BAB III', 32],
    ['Tabel 4.1 Cascading Kinerja', 'BAB IV', 40],
    ['Tabel 4.2 Rencana Program dan Pendanaan', 'BAB IV', 44],
    ['Tabel 5.1 IKU dan Tabel 5.2 IKK', 'BAB V', 58],
  ]);
  workbooksUnseenLayouts.push({
    id: 'wu-bpbd-two-tables-a-sheet',
    description:
      'BPBD workbook: COVER, DAFTAR ISI, BAB II (T-C.23 with years "1 (2020)" … under "Tahun ke-", T-C.24 of two programs), BAB III (T-C.25 with a falling IRBI, "Baseline 2024", "Target Akhir Renstra"; T-C.26), BAB IV (the cascading, a Sumber line, then T-C.27 on the same sheet), BAB V (IKU, then the IKK on the same sheet). Planted: T-C.24 JUMLAH realisasi 2022 48.500.000 short, a sub kegiatan missing from the cascading, an IKU target unlike T-C.25',
    workbook: workbook(cv, di, b2, b3, b4, b5),
    tables: [
      { sheet: 'BAB II', kind: 'pencapaian-kinerja', range: t23.range, headerRows: t23.headerRows, roles: t23.roles },
      { sheet: 'BAB II', kind: 'anggaran-realisasi', range: t24.range, headerRows: t24.headerRows, roles: t24.roles },
      { sheet: 'BAB III', kind: 'tujuan-sasaran', range: t25.range, headerRows: t25.headerRows, roles: t25.roles },
      { sheet: 'BAB III', kind: 'strategi-kebijakan', range: t26.range, headerRows: t26.headerRows, roles: t26.roles },
      { sheet: 'BAB IV', kind: 'cascading', range: cas.range, headerRows: cas.headerRows, roles: cas.roles },
      { sheet: 'BAB IV', kind: 'program-pendanaan', range: `A${top27}:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, plan5) },
      { sheet: 'BAB V', kind: 'iku', range: iku.range, headerRows: iku.headerRows, roles: iku.roles },
      { sheet: 'BAB V', kind: 'ikk', range: ikk.range, headerRows: ikk.headerRows, roles: ikk.roles },
    ],
    findings: [
      { rule: 'total.jumlah', cell: `BAB II!${t24.cell('total', 'r', 2)}` },
      { rule: 'crosstable.tidak-di-cascading', cell: `BAB IV!${f.cell(missing, 'name')}` },
      { rule: 'crosstable.iku-target', cell: [`BAB V!${iku.target(desa, 3)}`, `BAB III!${t25.target('Persentase Desa Tangguh Bencana', 3)}`] },
    ],
  });
}

// =============================================================================================
// 6. A Kecamatan, one sheet per form ("T-C.23" … "T-C.28", "Cascading", "IKK"): the IKU as the
//    T-C.28 form with "Tahun 1 … Tahun 5" while T-C.25 names 2025 … 2029.
{
  const agency = 'Kecamatan Sukolilo Kabupaten Pati';
  const past = years(2020);
  const plan5 = years(2025);
  const s23 = new SheetBuilder('T-C.23');
  titles(s23, 1, ['Tabel T-C.23', `Pencapaian Kinerja Pelayanan ${agency}`]);
  const cap: Capaian[] = [
    { ind: 'Indeks Kepuasan Masyarakat (IKM) Pelayanan PATEN', refs: ['-', '-', 'V'], t: [76, 77, 78, 79, 80], r: [77.2, 78.1, 77.6, 80.4, 81.3] },
    { ind: 'Persentase Desa dengan Nilai Monev Terpadu Minimal 80', refs: ['-', '-', 'V'], t: [60, 65, 70, 75, 80], r: [58.8, 64.7, 70.6, 76.5, 82.4] },
    { ind: 'Nilai SAKIP Kecamatan', refs: ['-', '-', 'V'], t: [60, 62, 64, 66, 68], r: [61.2, 62.9, 63.4, 67.8, 69.1] },
    { ind: 'Persentase Lembaga Kemasyarakatan yang Aktif', refs: ['-', '-', 'V'], t: [70, 72, 74, 76, 78], r: [71, 73.5, 74.2, 77, 79.3] },
  ];
  const t23 = tc23At(s23, 4, cap, { years: past, agency: 'Kecamatan', refs: true, numberRow: 'plain' });
  const s24 = new SheetBuilder('T-C.24');
  titles(s24, 1, ['Tabel T-C.24', `Anggaran dan Realisasi Pendanaan Pelayanan ${agency}`]);
  const ang = [
    p24('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 1_845_000_000, 0.04, 6),
    p24('Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', 62_000_000, 0.05, 2),
    p24('Program Pemberdayaan Masyarakat Desa dan Kelurahan', 41_500_000, 0.06, 4),
    p24('Program Koordinasi Ketentraman dan Ketertiban Umum', 28_000_000, 0.05, 0),
    p24('Program Pembinaan dan Pengawasan Pemerintahan Desa', 55_000_000, 0.07, 7),
  ];
  const t24 = tc24At(s24, 4, ang, { years: past, total: 'Jumlah', numberRow: 'paren', heads: { name: 'Program' }, totalDelta: { what: 'a', year: 1, delta: 28_000_000 } });

  const plan: TujuanRow[] = [
    {
      tujuan: 'Meningkatnya kualitas pelayanan publik di wilayah Kecamatan Sukolilo',
      ind: 'Indeks Kepuasan Masyarakat (IKM) Pelayanan PATEN',
      satuan: 'Indeks',
      base: 81.3,
      t: [81.5, 82, 82.5, 83, 83.5],
      sasaran: [
        { sasaran: 'Meningkatnya tertib administrasi pemerintahan desa', ind: 'Persentase Desa dengan Nilai Monev Terpadu Minimal 80', satuan: '%', base: 82.4, t: [82.5, 85, 87.5, 90, 92.5] },
        { sasaran: 'Meningkatnya partisipasi lembaga kemasyarakatan', ind: 'Persentase Lembaga Kemasyarakatan yang Aktif', satuan: '%', base: 79.3, t: [80, 82, 84, 86, 88] },
      ],
    },
    {
      tujuan: 'Meningkatnya akuntabilitas kinerja Kecamatan',
      ind: 'Nilai SAKIP Kecamatan',
      satuan: 'Nilai',
      base: 69.1,
      t: [70, 71.5, 73, 74.5, 76],
      sasaran: [{ sasaran: 'Meningkatnya kualitas dokumen perencanaan dan pelaporan kinerja', ind: 'Persentase Dokumen Perencanaan dan Pelaporan yang Tepat Waktu', satuan: '%', base: 90, t: [92, 94, 96, 98, 100] }],
    },
  ];
  const s25 = new SheetBuilder('T-C.25');
  titles(s25, 1, ['Tabel T-C.25', `Tujuan dan Sasaran Jangka Menengah Pelayanan ${agency}`]);
  const t25 = tc25At(s25, 4, plan, { years: plan5, numberRow: 'paren' });
  const s26 = new SheetBuilder('T-C.26');
  titles(s26, 1, ['Tabel T-C.26', `Tujuan, Sasaran, Strategi dan Arah Kebijakan ${agency}`]);
  const t26 = tc26At(s26, 4, [
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[0].sasaran, strategi: 'Pembinaan administrasi desa secara berkala', kebijakan: 'Fasilitasi penyusunan Perdes dan APBDes tepat waktu' },
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[1].sasaran, strategi: 'Penguatan lembaga kemasyarakatan', kebijakan: 'Pelibatan LKD dalam Musrenbang Desa' },
    { tujuan: plan[1].tujuan, sasaran: plan[1].sasaran[0].sasaran, strategi: 'Penguatan SAKIP Kecamatan', kebijakan: 'Evaluasi kinerja triwulanan' },
  ], { numberRow: 'paren' });

  const items: Node[] = [penunjang('7.01', 0.45, 'small'), ...kecamatanFull(1)];
  const s27 = new SheetBuilder('T-C.27');
  titles(s27, 1, ['Tabel T-C.27', `Rencana Program, Kegiatan dan Pendanaan ${agency}`]);
  const h = tc27At(s27, 4, { yearLabels: plan5, satuan: true, numberRow: 'plain' });
  const f = renderFunding(s27, h.firstData, items, h.cols, { bold: { program: true }, unitText: 'Kecamatan Sukolilo', lokasiText: 'Kec. Sukolilo', jumlah: { label: 'Jumlah', labelCol: 'B' } });

  const extra = { after: '7.01.06.2.01.0003', code: '7.01.06.2.01.0013', name: 'Fasilitasi Penyusunan Perencanaan Pembangunan Partisipatif', ind: 'Jumlah Dokumen Fasilitasi dalam rangka Perencanaan Pembangunan Partisipatif' };
  const sc = new SheetBuilder('Cascading');
  titles(sc, 1, ['Cascading Kinerja', agency]);
  const cas = cascadingAt(sc, 4, plan, items, {
    style: 'plain',
    code: 'column',
    under: [2, 0, 1, 0, 0],
    extra: [extra],
    rename: (n) => (n.level === 'program' ? titleCase(n.name) : n.name),
  });

  const s28 = new SheetBuilder('T-C.28');
  titles(s28, 1, ['Tabel T-C.28', `Indikator Kinerja Perangkat Daerah yang Mengacu pada Tujuan dan Sasaran RPJMD ${agency}`]);
  const ikuRows = kpiRows(plan);
  const sakip = 3;
  ikuRows[sakip].t[2] = 73.5; // T-C.25: 73 in 2027 (Tahun 3)
  const rel = [1, 2, 3, 4, 5];
  const iku = kpiAt(s28, 4, ikuRows, {
    yearLabels: rel.map((k) => `Tahun ${k}`),
    roleYears: rel,
    baseline: 'Kondisi Kinerja pada awal periode RPJMD',
    akhir: 'Kondisi Kinerja pada akhir periode RPJMD',
    numberRow: 'paren',
    heads: { indicator: 'Indikator', group: 'Target Capaian Setiap Tahun' },
  });

  const sk = new SheetBuilder('IKK');
  titles(sk, 1, ['Indikator Kinerja Kunci (IKK)', agency]);
  const ikk = kpiAt(
    sk,
    4,
    [
      { ind: 'Persentase Desa yang Menyelenggarakan Musrenbang Desa Tepat Waktu', satuan: '%', t: [100, 100, 100, 100, 100] },
      { ind: 'Persentase Desa yang Menetapkan APBDes Tepat Waktu', satuan: '%', t: [90, 92, 94, 96, 100] },
      { ind: 'Jumlah Layanan PATEN', satuan: 'Layanan', t: [2500, 2500, 2500, 2500, 2500] },
    ],
    { yearLabels: plan5, roleYears: plan5, satuan: true, heads: { indicator: 'Indikator', group: 'Target Tahun' } },
  );
  const cv = cover('Cover', ['RENCANA STRATEGIS PERANGKAT DAERAH', 'KECAMATAN SUKOLILO', 'KABUPATEN PATI', 'TAHUN 2025-2029']);
  const di = daftarIsi('Daftar Isi', [
    ['Pencapaian Kinerja Pelayanan', 'T-C.23', 15],
    ['Anggaran dan Realisasi Pendanaan', 'T-C.24', 17],
    ['Tujuan dan Sasaran', 'T-C.25', 25],
    ['Strategi dan Arah Kebijakan', 'T-C.26', 27],
    ['Rencana Program dan Pendanaan', 'T-C.27', 30],
    ['Cascading Kinerja', 'Cascading', 36],
    ['Indikator Kinerja Perangkat Daerah', 'T-C.28', 40],
    ['Indikator Kinerja Kunci', 'IKK', 41],
  ]);
  workbooksUnseenLayouts.push({
    id: 'wu-kecamatan-tc-forms',
    description:
      'Kecamatan workbook, one sheet per form: Cover, Daftar Isi, "T-C.23" … "T-C.27", "Cascading" (with Kode, programs in title case), "T-C.28" verbatim (IKU in "Tahun 1 … Tahun 5", (1)…(9)), "IKK". Planted: T-C.24 Jumlah anggaran 2021 28.000.000 over, a sub kegiatan in the cascading that T-C.27 does not plan, the T-C.28 Tahun 3 target of Nilai SAKIP unlike T-C.25 2027',
    viaXlsx: true,
    workbook: workbook(cv, di, s23, s24, s25, s26, s27, sc, s28, sk),
    tables: [
      { sheet: 'T-C.23', kind: 'pencapaian-kinerja', range: t23.range, headerRows: t23.headerRows, roles: t23.roles },
      { sheet: 'T-C.24', kind: 'anggaran-realisasi', range: t24.range, headerRows: t24.headerRows, roles: t24.roles },
      { sheet: 'T-C.25', kind: 'tujuan-sasaran', range: t25.range, headerRows: t25.headerRows, roles: t25.roles },
      { sheet: 'T-C.26', kind: 'strategi-kebijakan', range: t26.range, headerRows: t26.headerRows, roles: t26.roles },
      { sheet: 'T-C.27', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, plan5) },
      { sheet: 'Cascading', kind: 'cascading', range: cas.range, headerRows: cas.headerRows, roles: cas.roles },
      { sheet: 'T-C.28', kind: 'iku', range: iku.range, headerRows: iku.headerRows, roles: iku.roles },
      { sheet: 'IKK', kind: 'ikk', range: ikk.range, headerRows: ikk.headerRows, roles: ikk.roles },
    ],
    findings: [
      { rule: 'total.jumlah', cell: `T-C.24!${t24.cell('total', 'a', 1)}` },
      { rule: 'crosstable.tidak-di-pendanaan', cell: `Cascading!${cas.nameCol}${cas.rowOf(extra.code)}` },
      { rule: 'crosstable.iku-target', cell: [`T-C.28!${iku.target(sakip, 2)}`, `T-C.25!${t25.target('Nilai SAKIP Kecamatan', 2)}`] },
    ],
  });
}

// =============================================================================================
// 7. Satpol PP of a kota, sheets named by chapter number ("2.1 Capaian" … "7 IKU"), plan 2026-2030:
//    T-C.27 with no code column and the code in front of each name, the cascading by eselon without
//    codes, the IKU with a Sasaran Strategis column and Penanggung Jawab.
{
  const agency = 'Satuan Polisi Pamong Praja Kota Kediri';
  const past = years(2021);
  const plan6 = years(2026);
  const s21 = new SheetBuilder('2.1 Capaian');
  titles(s21, 1, ['Tabel 2.1', `Pencapaian Kinerja Pelayanan ${agency}`]);
  const cap: Capaian[] = [
    { ind: 'Persentase Penegakan Perda dan Perwali', refs: ['100', 'V', '-'], t: [80, 82, 84, 86, 88], r: [81.4, 82.2, 85.1, 86.9, 88.2] },
    { ind: 'Jumlah Pelanggaran Perda dan Perwali', refs: ['-', '-', 'V'], t: [120, 115, 110, 105, 100], r: [118, 109, 112, 98, 95], pol: 'khusus' },
    { ind: 'Persentase Gangguan Trantibum yang Tertangani', refs: ['100', '-', '-'], t: [100, 100, 100, 100, 100], r: [100, 100, 100, 100, 100] },
    { ind: 'Persentase Satlinmas yang Terlatih', refs: ['-', '-', 'V'], t: [30, 35, 40, 45, 50], r: [28, 36, 41, 44, 52] },
  ];
  const t23 = tc23At(s21, 4, cap, { years: past, agency: 'Satpol PP', refs: true, numberRow: 'paren' });
  // Satlinmas 2025: 52 / 50 = 1,04 — shown 1,4.
  const wrong23 = t23.cell(3, 'rasio', 4);
  s21.set(wrong23, 1.4);
  s21.set(`A${t23.last + 1}`, '*) Jumlah pelanggaran makin kecil makin baik: capaian = 1 + (1 − realisasi/target)');
  const s22 = new SheetBuilder('2.2 Anggaran');
  titles(s22, 1, ['Tabel 2.2', `Anggaran dan Realisasi Pendanaan Pelayanan ${agency}`]);
  const ang = [p24('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 6_240_000_000, 0.05, 2), p24('Program Peningkatan Ketenteraman dan Ketertiban Umum', 1_870_000_000, 0.06, 5)];
  const t24 = tc24At(s22, 4, ang, { years: past, total: 'TOTAL', heads: { no: 'No.', name: 'Program' } });

  const plan: TujuanRow[] = [
    {
      tujuan: 'Terwujudnya ketenteraman dan ketertiban umum yang kondusif',
      ind: 'Indeks Ketenteraman dan Ketertiban Umum',
      satuan: 'Indeks',
      base: 78.5,
      t: [79, 80, 81, 82, 83],
      sasaran: [
        { sasaran: 'Meningkatnya penegakan peraturan daerah dan peraturan wali kota', ind: 'Persentase Penegakan Perda dan Perwali', satuan: '%', base: 88.2, t: [89, 90, 91, 92, 93] },
        { sasaran: 'Meningkatnya penanganan gangguan ketenteraman dan ketertiban umum', ind: 'Persentase Gangguan Trantibum yang Tertangani', satuan: '%', base: 100, t: [100, 100, 100, 100, 100] },
      ],
    },
    {
      tujuan: 'Meningkatnya akuntabilitas kinerja Satuan Polisi Pamong Praja',
      ind: 'Nilai SAKIP Satpol PP',
      satuan: 'Nilai',
      base: 68.4,
      t: [69.5, 70.5, 71.5, 72.5, 73.5],
      sasaran: [{ sasaran: 'Meningkatnya kompetensi aparatur Satpol PP', ind: 'Persentase ASN Satpol PP yang Memenuhi Standar Kompetensi', satuan: '%', base: 55, t: [60, 65, 70, 75, 80] }],
    },
  ];
  const s3 = new SheetBuilder('3 Tujuan Sasaran');
  titles(s3, 1, ['Tabel 3.1', `Tujuan dan Sasaran Jangka Menengah ${agency}`]);
  const t25 = tc25At(s3, 4, plan, { years: plan6, satuan: true, baseline: 'Kondisi Awal', heads: { no: 'No.', indicator: 'Indikator Kinerja', group: 'Target Kinerja Tahun' } });
  const s4 = new SheetBuilder('4 Strategi');
  titles(s4, 1, ['Tabel 3.2', `Strategi dan Arah Kebijakan ${agency}`]);
  const t26 = tc26At(s4, 4, [
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[0].sasaran, strategi: 'Penegakan perda secara humanis', kebijakan: 'Sosialisasi dan pembinaan sebelum penindakan' },
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[1].sasaran, strategi: 'Patroli terpadu', kebijakan: 'Patroli wilayah bersama TNI/Polri dan Satlinmas' },
    { tujuan: plan[1].tujuan, sasaran: plan[1].sasaran[0].sasaran, strategi: 'Pengembangan kompetensi', kebijakan: 'Diklat dasar Pol PP dan PPNS' },
  ], { upper: true });

  const items: Node[] = [penunjang('1.05', 0.6, 'small'), ...trantibum(1)];
  const missing = '1.05.02.2.03';
  const s5 = new SheetBuilder('5 Cascading');
  titles(s5, 1, ['Tabel 4.1', `Cascading Kinerja ${agency}`]);
  const cas = cascadingAt(s5, 4, plan, items, {
    style: 'eselon',
    under: [2, 0],
    skip: [missing],
    // Practice: "&" and a double space in kegiatan names, a trailing period on programs.
    rename: (n) => (n.level === 'kegiatan' ? dbl(amp(n.name)) : n.level === 'program' ? `${n.name}.` : n.name),
  });
  const s6 = new SheetBuilder('6 Pendanaan');
  titles(s6, 1, ['Tabel 4.2', `Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan ${agency} Tahun 2026-2030`]);
  const h = tc27At(s6, 4, { yearLabels: plan6, noCode: true, satuan: true, labels: { name: 'Program/Kegiatan/Sub Kegiatan', target: 'K', pagu: 'Rp' } });
  const coded = items.map((p) => mapTree(p, (n) => ({ ...n, name: `${n.code} ${n.name}`, code: undefined })));
  const f = renderFunding(s6, h.firstData, coded, h.cols, { bold: { program: true }, unitText: 'Satpol PP', lokasiText: 'Kota Kediri', jumlah: { label: 'JUMLAH TOTAL', labelCol: 'A' } });

  const s7 = new SheetBuilder('7 IKU');
  titles(s7, 1, ['Tabel 4.3', `Indikator Kinerja Utama (IKU) ${agency}`]);
  const ikuRows = kpiRows(plan);
  const asn = 4;
  ikuRows[asn].t[3] = 70; // copied from the year before; T-C.25: 75 in 2029
  const iku = kpiAt(s7, 4, ikuRows, {
    yearLabels: plan6,
    roleYears: plan6,
    satuan: true,
    baseline: 'Kondisi Awal (2025)',
    before: { label: 'Tujuan/Sasaran Strategis', values: kpiSasaran(plan, true) },
    notes: { label: 'Penanggung Jawab', values: ['Kepala Satpol PP', 'Kabid Penegakan Perda', 'Kabid Trantibum', 'Sekretaris', 'Sekretaris'] },
    heads: { no: 'No.', group: 'Target Kinerja' },
  });
  const cv = cover('Renstra', ['RENCANA STRATEGIS', 'SATUAN POLISI PAMONG PRAJA', 'KOTA KEDIRI', '2026-2030']);
  workbooksUnseenLayouts.push({
    id: 'wu-satpolpp-chapter-numbers',
    description:
      'Satpol PP of a kota, sheets "Renstra", "2.1 Capaian", "2.2 Anggaran", "3 Tujuan Sasaran", "4 Strategi", "5 Cascading", "6 Pendanaan", "7 IKU", plan 2026-2030: T-C.23 with a falling "Jumlah Pelanggaran" (rasio 2 − R/T as its note says); T-C.27 with no code column ("1.05.02.2.01 Penanganan …" in the name cell, "K | Rp", "JUMLAH TOTAL"); the cascading by eselon without codes ("&", double spaces, "PROGRAM … ."); the IKU with a "Tujuan/Sasaran Strategis" column. Planted: a wrong rasio, a whole kegiatan (PPNS, two sub kegiatan) missing from the cascading, an IKU target copied from the year before',
    workbook: workbook(cv, s21, s22, s3, s4, s5, s6, s7),
    tables: [
      { sheet: '2.1 Capaian', kind: 'pencapaian-kinerja', range: t23.range, headerRows: t23.headerRows, roles: t23.roles },
      { sheet: '2.2 Anggaran', kind: 'anggaran-realisasi', range: t24.range, headerRows: t24.headerRows, roles: t24.roles },
      { sheet: '3 Tujuan Sasaran', kind: 'tujuan-sasaran', range: t25.range, headerRows: t25.headerRows, roles: t25.roles },
      { sheet: '4 Strategi', kind: 'strategi-kebijakan', range: t26.range, headerRows: t26.headerRows, roles: t26.roles },
      { sheet: '5 Cascading', kind: 'cascading', range: cas.range, headerRows: cas.headerRows, roles: cas.roles },
      { sheet: '6 Pendanaan', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, plan6) },
      { sheet: '7 IKU', kind: 'iku', range: iku.range, headerRows: iku.headerRows, roles: iku.roles },
    ],
    findings: [
      { rule: 'ratio.capaian', cell: `2.1 Capaian!${wrong23}` },
      { rule: 'crosstable.tidak-di-cascading', cell: `6 Pendanaan!${f.cell(missing, 'name')}` },
      { rule: 'crosstable.tidak-di-cascading', cell: `6 Pendanaan!${f.cell('1.05.02.2.03.0005', 'name')}` },
      { rule: 'crosstable.tidak-di-cascading', cell: `6 Pendanaan!${f.cell('1.05.02.2.03.0006', 'name')}` },
      { rule: 'crosstable.iku-target', cell: [`7 IKU!${iku.target(asn, 3)}`, `3 Tujuan Sasaran!${t25.target('Persentase ASN Satpol PP yang Memenuhi Standar Kompetensi', 3)}`] },
    ],
  });
}

// =============================================================================================
// 8. Dinas Pendidikan, sheets "COVER", "KATA PENGANTAR", "TC23" … "TC27", "POHON KINERJA", "IKU",
//    "IKK": T-C.24 rasio (%), T-C.27 with entity names merged down over their indicator rows.
{
  const agency = 'Dinas Pendidikan Kabupaten Klaten';
  const past = years(2020);
  const plan5 = years(2025);
  const s23 = new SheetBuilder('TC23');
  titles(s23, 1, ['TABEL T-C.23', `PENCAPAIAN KINERJA PELAYANAN ${agency.toUpperCase()}`]);
  const cap: Capaian[] = [
    { ind: 'Angka Partisipasi Murni (APM) SD/MI', refs: ['-', 'V', '-'], t: [97, 97.3, 97.6, 97.9, 98.2], r: [96.8, 97.5, 97.7, 97.6, 98.4] },
    { ind: 'Angka Partisipasi Murni (APM) SMP/MTs', refs: ['-', 'V', '-'], t: [78, 79, 80, 81, 82], r: [77.4, 79.6, 80.2, 81.5, 82.3] },
    { ind: 'Angka Partisipasi Kasar (APK) PAUD', refs: ['-', 'V', '-'], t: [62, 64, 66, 68, 70], r: [60.1, 63.8, 66.5, 67.2, 68.4] },
    { ind: 'Persentase Guru yang Memenuhi Kualifikasi S1/D-IV', refs: ['100', '-', '-'], t: [90, 91, 92, 93, 94], r: [90.5, 91.2, 92.4, 93.8, 94.5] },
  ];
  const t23 = tc23At(s23, 4, cap, { years: past, agency: 'Dinas Pendidikan', refs: true, numberRow: 'plain', heads: { no: 'NO', indicator: 'INDIKATOR KINERJA SESUAI TUGAS DAN FUNGSI PERANGKAT DAERAH' } });
  const s24 = new SheetBuilder('TC24');
  titles(s24, 1, ['TABEL T-C.24', `ANGGARAN DAN REALISASI PENDANAAN PELAYANAN ${agency.toUpperCase()}`]);
  const ang = [
    p24('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 612_400_000_000, 0.03, 1),
    p24('Program Pengelolaan Pendidikan', 118_750_000_000, 0.05, 3),
    p24('Program Pengembangan Kurikulum', 410_000_000, 0.04, 6),
    p24('Program Pendidik dan Tenaga Kependidikan', 2_850_000_000, 0.05, 0),
  ];
  const t24 = tc24At(s24, 4, ang, { years: past, total: 'JUMLAH', pct: true, numberRow: 'paren' });
  // Pengelolaan Pendidikan 2021: shown 91,2 % where realisasi ÷ anggaran is 97,2 %.
  const wrong24 = t24.cell(1, 'rasio', 1);
  s24.set(wrong24, 91.2);

  const plan: TujuanRow[] = [
    {
      tujuan: 'Meningkatnya akses dan mutu pendidikan dasar dan anak usia dini',
      ind: 'Rata-rata Lama Sekolah',
      satuan: 'Tahun',
      base: 8.72,
      t: [8.8, 8.9, 9, 9.1, 9.2],
      sasaran: [
        { sasaran: 'Meningkatnya akses pendidikan dasar', ind: 'Angka Partisipasi Murni (APM) SMP/MTs', satuan: '%', base: 82.3, t: [83, 84, 85, 86, 87] },
        { sasaran: 'Meningkatnya akses pendidikan anak usia dini', ind: 'Angka Partisipasi Kasar (APK) PAUD', satuan: '%', base: 68.4, t: [70, 72, 74, 76, 78] },
        { sasaran: 'Meningkatnya mutu pendidik dan tenaga kependidikan', ind: 'Persentase Guru yang Memenuhi Kualifikasi S1/D-IV', satuan: '%', base: 94.5, t: [95, 96, 97, 98, 99] },
      ],
    },
    {
      tujuan: 'Meningkatnya akuntabilitas kinerja Dinas Pendidikan',
      ind: 'Nilai SAKIP Dinas Pendidikan',
      satuan: 'Nilai',
      base: 71.2,
      t: [72, 73, 74, 75, 76],
      sasaran: [{ sasaran: 'Meningkatnya kualitas tata kelola keuangan dan kinerja', ind: 'Persentase Capaian Realisasi Anggaran', satuan: '%', base: 93.5, t: [94, 95, 96, 97, 98] }],
    },
  ];
  const s25 = new SheetBuilder('TC25');
  titles(s25, 1, ['TABEL T-C.25', `TUJUAN DAN SASARAN JANGKA MENENGAH PELAYANAN ${agency.toUpperCase()}`]);
  const t25 = tc25At(s25, 4, plan, {
    years: plan5,
    satuan: true,
    baseline: 'KONDISI AWAL',
    akhir: 'KONDISI AKHIR',
    heads: { no: 'NO', tujuan: 'TUJUAN', sasaran: 'SASARAN', indicator: 'INDIKATOR TUJUAN/SASARAN', group: 'TARGET KINERJA TUJUAN/SASARAN PADA TAHUN', satuan: 'SATUAN' },
  });
  const s26 = new SheetBuilder('TC26');
  titles(s26, 1, ['TABEL T-C.26', `TUJUAN, SASARAN, STRATEGI DAN ARAH KEBIJAKAN ${agency.toUpperCase()}`]);
  const t26 = tc26At(s26, 4, [
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[0].sasaran, strategi: 'Pemerataan daya tampung SMP', kebijakan: 'Pembangunan ruang kelas baru di kecamatan dengan APM rendah' },
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[1].sasaran, strategi: 'Satu desa satu PAUD', kebijakan: 'Bantuan operasional dan sarana PAUD' },
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[2].sasaran, strategi: 'Peningkatan kualifikasi guru', kebijakan: 'Fasilitasi studi lanjut S1/D-IV' },
    { tujuan: plan[1].tujuan, sasaran: plan[1].sasaran[0].sasaran, strategi: 'Penguatan tata kelola keuangan', kebijakan: 'Pengendalian realisasi anggaran bulanan' },
  ], { upper: true, numberRow: 'paren' });

  const items: Node[] = [penunjang('1.01', 1.3, 'small'), ...pendidikan(1)];
  const s27 = new SheetBuilder('TC27');
  titles(s27, 1, ['TABEL T-C.27', `RENCANA PROGRAM, KEGIATAN DAN PENDANAAN ${agency.toUpperCase()}`]);
  const h = tc27At(s27, 4, {
    yearLabels: plan5,
    satuan: true,
    numberRow: 'plain',
    labels: { kode: 'KODE', name: 'PROGRAM/KEGIATAN/SUB KEGIATAN', indicator: 'INDIKATOR KINERJA', satuan: 'SATUAN', baseline: 'KONDISI AWAL (2024)', group: 'TARGET DAN PAGU INDIKATIF', target: 'TARGET', pagu: 'PAGU (Rp)', akhir: 'KONDISI AKHIR', unit: 'PD PENANGGUNG JAWAB', lokasi: 'LOKASI' },
  });
  const f = renderFunding(s27, h.firstData, items, h.cols, {
    bold: { program: true, kegiatan: true },
    mergeNames: true,
    unitText: 'Dinas Pendidikan',
    lokasiText: 'Kabupaten Klaten',
    jumlah: { label: 'JUMLAH', labelCol: 'A', mergeTo: 'E' },
    paguDelta: [{ key: '1.01.02.2.02', year: 1, delta: 40_000_000 }],
  });

  const missing = '1.01.02.2.03.0011';
  const sc = new SheetBuilder('POHON KINERJA');
  titles(sc, 1, ['TABEL 4.1 POHON KINERJA (CASCADING) DINAS PENDIDIKAN']);
  const cas = cascadingAt(sc, 3, plan, items, {
    style: 'plain',
    code: 'column',
    numberRow: 'plain',
    under: [3, 0, 2, 2],
    skip: [missing],
    // Practice: everything in capitals.
    rename: (n) => n.name.toUpperCase(),
  });

  const si = new SheetBuilder('IKU');
  titles(si, 1, ['INDIKATOR KINERJA UTAMA (IKU)', agency.toUpperCase()]);
  const ikuRows = kpiRows(plan, 'sasaran');
  const paud = 1;
  ikuRows[paud].t[1] = 71; // T-C.25: 72 in 2026
  const iku = kpiAt(si, 4, ikuRows, {
    yearLabels: plan5,
    roleYears: plan5,
    satuan: true,
    baseline: 'KONDISI AWAL 2024',
    akhir: 'KONDISI AKHIR 2029',
    heads: { no: 'NO', indicator: 'INDIKATOR KINERJA UTAMA', group: 'TARGET', satuan: 'SATUAN' },
  });
  const sk = new SheetBuilder('IKK');
  titles(sk, 1, ['INDIKATOR KINERJA KUNCI (IKK) URUSAN PENDIDIKAN']);
  const ikk = kpiAt(
    sk,
    3,
    [
      { ind: 'Angka Partisipasi Sekolah (APS) Penduduk Usia 7-12 Tahun', satuan: '%', t: [99.5, 99.6, 99.7, 99.8, 99.9] },
      { ind: 'Angka Partisipasi Sekolah (APS) Penduduk Usia 13-15 Tahun', satuan: '%', t: [96, 96.5, 97, 97.5, 98] },
      { ind: 'Persentase Satuan Pendidikan SD yang Terakreditasi Minimal B', satuan: '%', t: [89, 90.5, 92, 93.5, 95] },
    ],
    { yearLabels: plan5, roleYears: plan5, satuan: true, heads: { no: 'NO', indicator: 'INDIKATOR', group: 'TARGET', satuan: 'SATUAN' } },
  );
  const cv = cover('COVER', ['RENCANA STRATEGIS', 'DINAS PENDIDIKAN', 'KABUPATEN KLATEN', 'TAHUN 2025-2029']);
  const kp = new SheetBuilder('KATA PENGANTAR');
  kp.set('A1', b('KATA PENGANTAR'));
  kp.set('A3', 'Renstra Dinas Pendidikan Tahun 2025-2029 disusun berpedoman pada Permendagri Nomor 86 Tahun 2017.');
  kp.set('A5', 'Klaten, 10 April 2025').set('A6', 'KEPALA DINAS PENDIDIKAN');
  workbooksUnseenLayouts.push({
    id: 'wu-disdik-caps-tc-sheets',
    description:
      'Dinas Pendidikan workbook in capitals, sheets "COVER", "KATA PENGANTAR", "TC23" … "TC27", "POHON KINERJA", "IKU", "IKK": T-C.24 rasio (%), T-C.27 with program and kegiatan in bold and names merged over their indicator rows, the cascading entirely in capitals with KODE, IKU of the sasaran indicators. Planted: a wrong T-C.24 rasio (%), the SMP kegiatan 40.000.000 over its sub kegiatan in 2026, a sub kegiatan missing from the cascading, an IKU target unlike T-C.25',
    viaXlsx: true,
    workbook: workbook(cv, kp, s23, s24, s25, s26, s27, sc, si, sk),
    tables: [
      { sheet: 'TC23', kind: 'pencapaian-kinerja', range: t23.range, headerRows: t23.headerRows, roles: t23.roles },
      { sheet: 'TC24', kind: 'anggaran-realisasi', range: t24.range, headerRows: t24.headerRows, roles: t24.roles },
      { sheet: 'TC25', kind: 'tujuan-sasaran', range: t25.range, headerRows: t25.headerRows, roles: t25.roles },
      { sheet: 'TC26', kind: 'strategi-kebijakan', range: t26.range, headerRows: t26.headerRows, roles: t26.roles },
      { sheet: 'TC27', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, plan5) },
      { sheet: 'POHON KINERJA', kind: 'cascading', range: cas.range, headerRows: cas.headerRows, roles: cas.roles },
      { sheet: 'IKU', kind: 'iku', range: iku.range, headerRows: iku.headerRows, roles: iku.roles },
      { sheet: 'IKK', kind: 'ikk', range: ikk.range, headerRows: ikk.headerRows, roles: ikk.roles },
    ],
    findings: [
      { rule: 'ratio.anggaran', cell: `TC24!${wrong24}` },
      { rule: 'total.pagu-induk', cell: `TC27!${f.cell('1.01.02.2.02', 'pagu', 1)}` },
      { rule: 'crosstable.tidak-di-cascading', cell: `TC27!${f.cell(missing, 'name')}` },
      { rule: 'crosstable.iku-target', cell: [`IKU!${iku.target(paud, 1)}`, `TC25!${t25.target('Angka Partisipasi Kasar (APK) PAUD', 1)}`] },
    ],
    tolerated: [{ rule: 'total.pagu-induk', cell: `TC27!${f.cell('1.01.02.2.02', 'akhirPagu')}` }],
  });
}

// =============================================================================================
// 9. A provincial Dinas (Pertanian dan Perkebunan), "Bab II" … "Bab VI": provincial codes
//    (kegiatan digit 1, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI"), money in the
//    hundreds of billions, T-C.27 with the code over four columns (urusan.bidang | program |
//    kegiatan | sub kegiatan), the cascading with a Kode column and names typed a little differently.
{
  const agency = 'Dinas Pertanian dan Perkebunan Provinsi Jawa Tengah';
  const past = years(2020);
  const plan5 = years(2025);
  const b2 = new SheetBuilder('Bab II');
  titles(b2, 1, ['Tabel 2.8', `Pencapaian Kinerja Pelayanan ${agency}`]);
  const cap: Capaian[] = [
    { ind: 'Produktivitas Padi', refs: ['-', '-', 'V'], t: [57, 57.5, 58, 58.5, 59], r: [56.4, 57.9, 57.6, 58.8, 59.3] },
    { ind: 'Persentase Ketersediaan Benih Bersertifikat', refs: ['-', '-', 'V'], t: [62, 64, 66, 68, 70], r: [61.5, 64.8, 66.1, 69.4, 71.5] },
    { ind: 'Persentase Kasus Penyakit Hewan Menular Strategis yang Tertangani', refs: ['100', '-', '-'], t: [80, 82, 84, 86, 88], r: [81.2, 80.5, 85.3, 86.6, 88] },
    { ind: 'Persentase Kelompok Tani Kelas Madya ke Atas', refs: ['-', '-', 'V'], t: [26, 28, 30, 32, 34], r: [25.4, 28.3, 30.1, 32.6, 34] },
  ];
  const t23 = tc23At(b2, 4, cap, { years: past, agency: 'Perangkat Daerah', refs: true, pct: true, numberRow: 'paren', heads: { rasio: 'Rasio Capaian (%) pada Tahun ke-' } });
  titles(b2, t23.last + 3, ['Tabel 2.9', `Anggaran dan Realisasi Pendanaan Pelayanan ${agency}`]);
  const ang = [
    p24('Program Penunjang Urusan Pemerintahan Daerah Provinsi', 98_450_000_000, 0.03, 0),
    p24('Program Penyediaan dan Pengembangan Sarana Pertanian', 24_600_000_000, 0.05, 3),
    p24('Program Pengendalian Kesehatan Hewan dan Kesehatan Masyarakat Veteriner', 15_250_000_000, 0.06, 5),
    p24('Program Penyuluhan Pertanian', 7_800_000_000, 0.04, 7),
  ];
  const t24 = tc24At(b2, t23.last + 6, ang, { years: past, total: 'TOTAL', numberRow: 'paren' });

  const plan: TujuanRow[] = [
    {
      tujuan: 'Meningkatnya produksi dan produktivitas pertanian',
      ind: 'Nilai Tukar Petani (NTP)',
      satuan: 'Indeks',
      base: 108.6,
      t: [109, 109.5, 110, 110.5, 111],
      sasaran: [
        { sasaran: 'Meningkatnya ketersediaan sarana produksi pertanian', ind: 'Persentase Ketersediaan Benih Bersertifikat', satuan: '%', base: 71.5, t: [73, 75, 77, 79, 81] },
        { sasaran: 'Meningkatnya kesehatan hewan dan keamanan produk hewan', ind: 'Persentase Kasus Penyakit Hewan Menular Strategis yang Tertangani', satuan: '%', base: 88, t: [90, 92, 94, 96, 98] },
        { sasaran: 'Meningkatnya kapasitas kelembagaan petani', ind: 'Persentase Kelompok Tani Kelas Madya ke Atas', satuan: '%', base: 34, t: [36, 38, 40, 42, 44] },
      ],
    },
    {
      tujuan: 'Meningkatnya akuntabilitas kinerja Dinas Pertanian dan Perkebunan',
      ind: 'Nilai SAKIP Dinas Pertanian dan Perkebunan',
      satuan: 'Nilai',
      base: 78.2,
      t: [79, 80, 81, 82, 83],
      sasaran: [{ sasaran: 'Meningkatnya kualitas pelayanan administrasi perkantoran', ind: 'Indeks Kepuasan Layanan Internal', satuan: 'Indeks', base: 3.2, t: [3.3, 3.4, 3.5, 3.6, 3.7] }],
    },
  ];
  const b3 = new SheetBuilder('Bab III');
  titles(b3, 1, ['Tabel 3.1', `Tujuan dan Sasaran Jangka Menengah Pelayanan ${agency}`]);
  const t25 = tc25At(b3, 4, plan, { years: plan5, satuan: true, baseline: 'Kondisi Awal (2024)', akhir: 'Kondisi Akhir (2029)', numberRow: 'paren' });
  titles(b3, t25.last + 3, ['Tabel 3.2', `Tujuan, Sasaran, Strategi dan Arah Kebijakan ${agency}`]);
  const t26 = tc26At(b3, t25.last + 6, [
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[0].sasaran, strategi: 'Penyediaan benih unggul bersertifikat', kebijakan: 'Penguatan balai benih dan penangkar' },
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[1].sasaran, strategi: 'Surveilans penyakit hewan menular strategis', kebijakan: 'Vaksinasi massal PMK dan LSD' },
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[2].sasaran, strategi: 'Penguatan kelembagaan petani', kebijakan: 'Pendampingan penyuluh di setiap BPP' },
    { tujuan: plan[1].tujuan, sasaran: plan[1].sasaran[0].sasaran, strategi: 'Penguatan pelayanan internal', kebijakan: 'Digitalisasi administrasi perkantoran' },
  ]);

  const items: Node[] = [penunjangProv('3.27', 1), ...pertanianProv(1)];
  const missing = '3.27.04.1.03.0003';
  const b4 = new SheetBuilder('Bab IV');
  titles(b4, 1, ['Tabel 4.1', `Cascading Kinerja ${agency}`]);
  const cas = cascadingAt(b4, 4, plan, items, {
    style: 'plain',
    code: 'column',
    under: [3, 0, 1, 2],
    skip: [missing],
    // Practice: "Provinsi" programs in title case, "&", trailing periods on kegiatan.
    rename: (n) => (n.level === 'program' ? titleCase(n.name) : n.level === 'kegiatan' ? `${amp(n.name)}.` : n.name),
  });

  const b5 = new SheetBuilder('Bab V');
  titles(b5, 1, ['Tabel 5.1', `Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan ${agency} Tahun 2025-2029`]);
  const h = tc27At(b5, 4, {
    yearLabels: plan5,
    satuan: true,
    lokasi: false,
    codeCols: ['Urusan/Bidang', 'Program', 'Kegiatan', 'Sub Kegiatan'],
    labels: { name: 'Bidang Urusan/Program/Kegiatan/Sub Kegiatan', baseline: 'Kondisi Kinerja Awal RPJMD (2024)', unit: 'Perangkat Daerah Penanggung Jawab' },
  });
  const f = renderFunding(b5, h.firstData, items, h.cols, {
    bold: { program: true },
    unitText: 'Distanbun',
    jumlah: { label: 'TOTAL', labelCol: 'A', mergeTo: 'E' },
    jumlahDelta: [{ year: 1, delta: 1_000_000_000 }],
  });

  const b6 = new SheetBuilder('Bab VI');
  titles(b6, 1, ['Tabel 6.1', `Indikator Kinerja Utama ${agency}`]);
  const ikuRows = kpiRows(plan);
  const ternak = 2;
  ikuRows[ternak].t[4] = 97; // T-C.25: 98 in 2029 — its kondisi akhir follows it
  const iku = kpiAt(b6, 4, ikuRows, { yearLabels: plan5, roleYears: plan5, satuan: true, baseline: 'Kondisi Awal', akhir: 'Kondisi Akhir', numberRow: 'paren' });

  const cv = cover('Cover', ['PEMERINTAH PROVINSI JAWA TENGAH', 'RENCANA STRATEGIS', 'DINAS PERTANIAN DAN PERKEBUNAN', '2025-2029']);
  workbooksUnseenLayouts.push({
    id: 'wu-prov-distanbun',
    description:
      'Provincial Dinas Pertanian dan Perkebunan: Cover, "Bab II" (T-C.23 with "Rasio Capaian (%)", T-C.24 of four provincial programs in the tens of billions), "Bab III" (T-C.25, T-C.26), "Bab IV" (cascading with Kode, "&", title case, trailing periods), "Bab V" (T-C.27 with provincial codes 3.27.xx.1.yy.zzzz over four code columns, "TOTAL"), "Bab VI" (IKU). Planted: T-C.27 TOTAL 1.000.000.000 over in 2026, a sub kegiatan missing from the cascading, an IKU 2029 target (and its kondisi akhir) unlike T-C.25',
    viaXlsx: true,
    workbook: workbook(cv, b2, b3, b4, b5, b6),
    tables: [
      { sheet: 'Bab II', kind: 'pencapaian-kinerja', range: t23.range, headerRows: t23.headerRows, roles: t23.roles },
      { sheet: 'Bab II', kind: 'anggaran-realisasi', range: t24.range, headerRows: t24.headerRows, roles: t24.roles },
      { sheet: 'Bab III', kind: 'tujuan-sasaran', range: t25.range, headerRows: t25.headerRows, roles: t25.roles },
      { sheet: 'Bab III', kind: 'strategi-kebijakan', range: t26.range, headerRows: t26.headerRows, roles: t26.roles },
      { sheet: 'Bab IV', kind: 'cascading', range: cas.range, headerRows: cas.headerRows, roles: cas.roles },
      { sheet: 'Bab V', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, plan5) },
      { sheet: 'Bab VI', kind: 'iku', range: iku.range, headerRows: iku.headerRows, roles: iku.roles },
    ],
    findings: [
      { rule: 'total.jumlah', cell: `Bab V!${f.cell('jumlah', 'pagu', 1)}` },
      { rule: 'crosstable.tidak-di-cascading', cell: `Bab V!${f.cell(missing, 'name')}` },
      { rule: 'crosstable.iku-target', cell: [`Bab VI!${iku.target(ternak, 4)}`, `Bab III!${t25.target('Persentase Kasus Penyakit Hewan Menular Strategis yang Tertangani', 4)}`] },
    ],
    tolerated: [{ rule: 'total.jumlah', cell: `Bab V!${f.cell('jumlah', 'akhirPagu')}` }],
  });
}

// =============================================================================================
// 10. Diskominfo of a kota holding three urusan (2.16, 2.20, 2.21): T-C.27 with bidang heading rows
//     and its header band repeated after a page break, the cascading drawn down to kegiatan only,
//     the IKU with "Tahun ke-1 (2025)" labels.
{
  const agency = 'Dinas Komunikasi dan Informatika Kota Madiun';
  const past = years(2020);
  const plan5 = years(2025);
  const pj = (juta: number, rate = 0.05) => jt(juta, 1, 5, rate);
  const statistik = prog('2.20.02', 'PROGRAM PENYELENGGARAAN STATISTIK SEKTORAL', I('Persentase Data Sektoral yang Memenuhi Standar Satu Data Indonesia', '%', 45, [55, 65, 75, 85, 95]), [
    keg('2.20.02.2.01', 'Penyelenggaraan Statistik Sektoral di Lingkup Daerah Kabupaten/Kota', I('Jumlah Dokumen Statistik Sektoral yang Diterbitkan', 'Dokumen', 2, flat(2)), [
      S('2.20.02.2.01.0018', 'Pemenuhan Prinsip Satu Data Indonesia', 'Persentase kegiatan statistik sektoral yang telah memenuhi standar data, metadata, interoperabilitas data dan kode referensi', '%', 45, [55, 65, 75, 85, 95], pj(85)),
      S('2.20.02.2.01.0022', 'Koordinasi dan Kolaborasi Dalam Penyelenggaraan Statistik Sektoral', 'Jumlah laporan penyelenggaraan forum satu data daerah', 'Laporan', 2, flat(2), pj(40)),
    ]),
  ]);
  const persandian = prog('2.21.02', 'PROGRAM PENYELENGGARAAN PERSANDIAN UNTUK PENGAMANAN INFORMASI', I('Indeks Keamanan Informasi (KAMI)', 'Skor', 410, [450, 480, 510, 540, 570]), [
    keg('2.21.02.2.01', 'Penyelenggaraan Persandian untuk Pengamanan Informasi Pemerintah Daerah Kabupaten/Kota', I('Jumlah Perangkat Daerah yang Menerapkan Keamanan Informasi', 'Perangkat Daerah', 20, rising(24, 4)), [
      S('2.21.02.2.01.0009', 'Penetapan Kebijakan Tata Kelola Keamanan Informasi dan Persandian Pemerintah Daerah', 'Jumlah Kebijakan Tata Kelola Keamanan Informasi dan Persandian yang Ditetapkan', 'Dokumen', 1, flat(1), pj(35)),
      S('2.21.02.2.01.0010', 'Pelaksanaan Keamanan Informasi Pemerintahan Daerah Berbasis Elektronik dan Non Elektronik', 'Jumlah Laporan Pelaksanaan Keamanan Informasi Pemerintahan Daerah', 'Laporan', 4, flat(4), pj(165)),
    ]),
  ]);
  const [informasi, aplikasi] = kominfo(1.2);
  const programs: Node[] = [penunjang('2.16', 0.9, 'small'), informasi, aplikasi, statistik, persandian];
  const items: Item[] = [
    bidang('2.16', 'URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA', [programs[0], informasi, aplikasi]),
    bidang('2.20', 'URUSAN PEMERINTAHAN BIDANG STATISTIK', [statistik]),
    bidang('2.21', 'URUSAN PEMERINTAHAN BIDANG PERSANDIAN', [persandian]),
  ];

  const s21 = new SheetBuilder('II.1 Capaian');
  titles(s21, 1, ['Tabel 2.1', `Pencapaian Kinerja Pelayanan ${agency}`]);
  const cap: Capaian[] = [
    { ind: 'Indeks SPBE', refs: ['-', 'V', '-'], t: [2.4, 2.5, 2.6, 2.7, 2.8], r: [2.38, 2.61, 2.66, 2.79, 2.91] },
    { ind: 'Persentase Informasi Publik yang Terdiseminasi', refs: ['-', '-', 'V'], t: [75, 78, 81, 84, 85], r: [76.2, 79.4, 80.1, 85.6, 86.3] },
    { ind: 'Persentase Perangkat Daerah yang Terhubung Jaringan Intra Pemerintah', refs: ['-', '-', 'V'], t: [70, 75, 80, 85, 90], r: [72, 76, 82, 86, 92] },
    { ind: 'Indeks Keamanan Informasi (KAMI)', refs: ['-', '-', 'V'], t: [250, 300, 350, 380, 400], r: [262, 318, 347, 392, 410] },
  ];
  const t23 = tc23At(s21, 4, cap, { years: past, agency: 'Diskominfo', refs: true, numberRow: 'paren' });
  // KAMI 2023: 392 / 380 = 1,03 — shown 1,30.
  const wrong23 = t23.cell(3, 'rasio', 3);
  s21.set(wrong23, 1.3);
  const s22 = new SheetBuilder('II.2 Anggaran');
  titles(s22, 1, ['Tabel 2.2', `Anggaran dan Realisasi Pendanaan Pelayanan ${agency}`]);
  const ang = [
    p24('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 5_120_000_000, 0.04, 1),
    p24('Program Pengelolaan Informasi dan Komunikasi Publik', 640_000_000, 0.05, 4),
    p24('Program Pengelolaan Aplikasi Informatika', 2_180_000_000, 0.08, 2),
    p24('Program Penyelenggaraan Statistik Sektoral', 110_000_000, 0.05, 6),
    p24('Program Penyelenggaraan Persandian untuk Pengamanan Informasi', 190_000_000, 0.05, 0),
  ];
  const t24 = tc24At(s22, 4, ang, { years: past, total: 'JUMLAH', numberRow: 'paren' });

  const plan: TujuanRow[] = [
    {
      tujuan: 'Meningkatnya kualitas penyelenggaraan pemerintahan berbasis elektronik',
      ind: 'Indeks SPBE',
      satuan: 'Indeks',
      base: 2.91,
      t: [3, 3.15, 3.3, 3.45, 3.6],
      sasaran: [
        { sasaran: 'Meningkatnya layanan aplikasi dan infrastruktur TIK', ind: 'Persentase Layanan Publik Berbasis Aplikasi', satuan: '%', base: 60, t: [65, 70, 75, 80, 85] },
        { sasaran: 'Meningkatnya keamanan informasi pemerintah daerah', ind: 'Indeks Keamanan Informasi (KAMI)', satuan: 'Skor', base: 410, t: [450, 480, 510, 540, 570] },
      ],
    },
    {
      tujuan: 'Meningkatnya keterbukaan informasi publik dan pemanfaatan data',
      ind: 'Indeks Keterbukaan Informasi Publik',
      satuan: 'Indeks',
      base: 82.6,
      t: [83, 84, 85, 86, 87],
      sasaran: [
        { sasaran: 'Meningkatnya penyebarluasan informasi publik', ind: 'Persentase Informasi Publik yang Terdiseminasi', satuan: '%', base: 86.3, t: [87, 89, 91, 93, 95] },
        { sasaran: 'Meningkatnya kualitas data statistik sektoral', ind: 'Persentase Data Sektoral yang Memenuhi Standar Satu Data Indonesia', satuan: '%', base: 45, t: [55, 65, 75, 85, 95] },
      ],
    },
  ];
  const s3 = new SheetBuilder('III Tujuan');
  titles(s3, 1, ['Tabel 3.1', `Tujuan dan Sasaran Jangka Menengah ${agency}`]);
  const t25 = tc25At(s3, 4, plan, { years: plan5, yearLabels: [1, 2, 3, 4, 5].map((k, i) => `Tahun ke-${k} (${plan5[i]})`), satuan: true, numberRow: 'paren' });
  titles(s3, t25.last + 3, ['Tabel 3.2', 'Strategi dan Arah Kebijakan']);
  const t26 = tc26At(s3, t25.last + 5, [
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[0].sasaran, strategi: 'Integrasi layanan aplikasi', kebijakan: 'Satu portal layanan publik' },
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[1].sasaran, strategi: 'Manajemen keamanan informasi', kebijakan: 'Sertifikat elektronik untuk seluruh ASN' },
    { tujuan: plan[1].tujuan, sasaran: plan[1].sasaran[0].sasaran, strategi: 'Diseminasi informasi multikanal', kebijakan: 'Konten informasi publik harian di media sosial' },
    { tujuan: plan[1].tujuan, sasaran: plan[1].sasaran[1].sasaran, strategi: 'Tata kelola Satu Data', kebijakan: 'Forum Satu Data Daerah setiap semester' },
  ]);

  const missing = '2.21.02.2.01';
  const s4 = new SheetBuilder('IV Cascading');
  titles(s4, 1, ['Tabel 4.1', `Cascading Kinerja ${agency} (sampai dengan kegiatan)`]);
  const toKegiatan = programs.map((p) => ({ ...p, kids: p.kids.map((k) => (k.kind === 'node' ? { ...k, kids: [] } : k)) }));
  const cas = cascadingAt(s4, 4, plan, toKegiatan, {
    style: 'plain',
    code: 'column',
    numberRow: 'paren',
    under: [2, 2, 0, 3, 1],
    skip: [missing],
    rename: (n) => (n.level === 'program' ? titleCase(n.name) : kab(n.name)),
  });

  const s5 = new SheetBuilder('V Pendanaan');
  titles(s5, 1, ['Tabel 4.2', `Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan ${agency} Tahun 2025-2029`]);
  const h = tc27At(s5, 4, { yearLabels: plan5, satuan: true, numberRow: 'plain' });
  const band = h.headerRows;
  const repeats: number[][] = [];
  const f = renderFunding(s5, h.firstData, items, h.cols, {
    bold: { bidang: true, program: true },
    unitText: 'Diskominfo',
    lokasiText: 'Kota Madiun',
    jumlah: { label: 'JUMLAH', labelCol: 'B' },
    paguDelta: [{ key: '2.16.03', year: 3, delta: 35_000_000 }],
    beforeRow: (r) => {
      if (repeats.length || r < h.firstData + 16) return r;
      s5.copyRows(band[0], band[band.length - 1], r);
      repeats.push(band.map((x) => x - band[0] + r));
      return r + band.length;
    },
  });

  const s6 = new SheetBuilder('VI IKU');
  titles(s6, 1, ['Tabel 4.3', `Indikator Kinerja Utama ${agency}`]);
  const ikuRows = kpiRows(plan);
  const spbe = 0;
  ikuRows[spbe].t[1] = 3.1; // T-C.25: 3,15 in 2026
  const iku = kpiAt(s6, 4, ikuRows, {
    yearLabels: [1, 2, 3, 4, 5].map((k, i) => `Tahun ke-${k} (${plan5[i]})`),
    roleYears: plan5,
    satuan: true,
    baseline: 'Kondisi Awal (2024)',
    akhir: 'Kondisi Akhir (2029)',
  });
  const cv = cover('RENSTRA 2025-2029', ['PEMERINTAH KOTA MADIUN', 'RENCANA STRATEGIS', 'DINAS KOMUNIKASI DAN INFORMATIKA', '2025-2029']);
  workbooksUnseenLayouts.push({
    id: 'wu-kominfo-three-urusan',
    description:
      'Diskominfo of a kota with three urusan (2.16, 2.20, 2.21): sheets "RENSTRA 2025-2029", "II.1 Capaian", "II.2 Anggaran", "III Tujuan" (T-C.25 with "Tahun ke-1 (2025)", T-C.26), "IV Cascading" (drawn down to kegiatan only, Kode, "Kab/Kota"), "V Pendanaan" (T-C.27 with bold bidang heading rows and its header band repeated after a page break), "VI IKU" ("Tahun ke-1 (2025)"). Planted: a wrong rasio, a kegiatan missing from the cascading, a program 35.000.000 over its kegiatan in 2028, an IKU target unlike T-C.25',
    viaXlsx: true,
    workbook: workbook(cv, s21, s22, s3, s4, s5, s6),
    tables: [
      { sheet: 'II.1 Capaian', kind: 'pencapaian-kinerja', range: t23.range, headerRows: t23.headerRows, roles: t23.roles },
      { sheet: 'II.2 Anggaran', kind: 'anggaran-realisasi', range: t24.range, headerRows: t24.headerRows, roles: t24.roles },
      { sheet: 'III Tujuan', kind: 'tujuan-sasaran', range: t25.range, headerRows: t25.headerRows, roles: t25.roles },
      { sheet: 'III Tujuan', kind: 'strategi-kebijakan', range: t26.range, headerRows: t26.headerRows, roles: t26.roles },
      { sheet: 'IV Cascading', kind: 'cascading', range: cas.range, headerRows: cas.headerRows, roles: cas.roles },
      { sheet: 'V Pendanaan', kind: 'program-pendanaan', range: `A4:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, plan5), repeats },
      { sheet: 'VI IKU', kind: 'iku', range: iku.range, headerRows: iku.headerRows, roles: iku.roles },
    ],
    findings: [
      { rule: 'ratio.capaian', cell: `II.1 Capaian!${wrong23}` },
      { rule: 'crosstable.tidak-di-cascading', cell: `V Pendanaan!${f.cell(missing, 'name')}` },
      { rule: 'total.pagu-induk', cell: `V Pendanaan!${f.cell('2.16.03', 'pagu', 3)}` },
      { rule: 'crosstable.iku-target', cell: [`VI IKU!${iku.target(spbe, 1)}`, `III Tujuan!${t25.target('Indeks SPBE', 1)}`] },
    ],
    tolerated: [{ rule: 'total.pagu-induk', cell: `V Pendanaan!${f.cell('2.16.03', 'akhirPagu')}` }],
  });
}

// =============================================================================================
// 11. Dinas PMD: T-C.25 with "Indikator Tujuan" and "Indikator Sasaran" in two columns, T-C.27
//     copied from the document without codes (levels by indentation), the cascading with codes,
//     "- " before sub kegiatan and the typo "Admistrasi".
{
  const agency = 'Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Bojonegoro';
  const past = years(2020);
  const plan5 = years(2025);
  const pj = (juta: number, rate = 0.05) => jt(juta, 1, 5, rate);
  const programs: Node[] = [
    penunjang('2.13', 0.9, 'small'),
    prog('2.13.04', 'PROGRAM ADMINISTRASI PEMERINTAHAN DESA', I('Persentase Desa dengan Tata Kelola Pemerintahan Desa Baik', '%', 62, rising(66, 4)), [
      keg('2.13.04.2.01', 'Pembinaan dan Pengawasan Penyelenggaraan Administrasi Pemerintahan Desa', I('Jumlah Desa yang Dibina Administrasi Pemerintahannya', 'Desa', 419, flat(419)), [
        S('2.13.04.2.01.0002', 'Fasilitasi Penyusunan Produk Hukum Desa', 'Jumlah Dokumen Hasil Fasilitasi Penyusunan Produk Hukum Desa', 'Dokumen', 28, flat(28), pj(95)),
        S('2.13.04.2.01.0004', 'Fasilitasi Pengelolaan Keuangan Desa', 'Jumlah Dokumen Hasil Fasilitasi Pengelolaan Keuangan Desa', 'Dokumen', 28, flat(28), pj(180)),
        S('2.13.04.2.01.0005', 'Pembinaan Peningkatan Kapasitas Aparatur Pemerintah Desa', 'Jumlah Aparatur Pemerintah Desa yang Mengikuti Pembinaan Peningkatan Kapasitas', 'Orang', 838, flat(838), pj(640)),
        S('2.13.04.2.01.0008', 'Pembinaan dan Pemberdayaan BUM Desa dan Lembaga Kerja Sama antar Desa', 'Jumlah Dokumen Hasil Pembinaan dan Pemberdayaan BUM Desa dan Lembaga Kerja Sama antar Desa', 'Dokumen', 4, flat(4), pj(120)),
      ]),
    ]),
    prog('2.13.05', 'PROGRAM PEMBERDAYAAN LEMBAGA KEMASYARAKATAN, LEMBAGA ADAT DAN MASYARAKAT HUKUM ADAT', I('Persentase Lembaga Kemasyarakatan Desa yang Aktif', '%', 70, rising(73, 3)), [
      keg(
        '2.13.05.2.01',
        'Pemberdayaan Lembaga Kemasyarakatan yang Bergerak di Bidang Pemberdayaan Desa dan Lembaga Adat Tingkat Daerah Kabupaten/Kota serta Pemberdayaan Masyarakat Hukum Adat yang Masyarakat Pelakunya Hukum Adat yang Sama dalam Daerah Kabupaten/Kota',
        I('Jumlah Lembaga Kemasyarakatan Desa yang Diberdayakan', 'Lembaga', 1200, rising(1250, 50)),
        [
          S(
            '2.13.05.2.01.0003',
            'Peningkatan Kapasitas Kelembagaan Lembaga Kemasyarakatan Desa/Kelurahan (RT, RW, PKK, Posyandu, LPM, dan Karang Taruna), Lembaga Adat Desa/Kelurahan dan Masyarakat Hukum Adat',
            'Jumlah Lembaga Kemasyarakatan Desa/Kelurahan yang Ditingkatkan Kapasitasnya',
            'Lembaga',
            1200,
            rising(1250, 50),
            pj(310),
          ),
          S(
            '2.13.05.2.01.0009',
            'Fasilitasi Tim Penggerak PKK dalam Penyelenggaraan Gerakan Pemberdayaan Masyarakat dan Kesejahteraan Keluarga',
            'Jumlah Dokumen Hasil Fasilitasi Tim Penggerak PKK dalam Penyelenggaraan Gerakan Pemberdayaan Masyarakat dan Kesejahteraan Keluarga',
            'Dokumen',
            2,
            flat(2),
            pj(260),
          ),
        ],
      ),
    ]),
  ];

  const b2 = new SheetBuilder('BAB 2');
  titles(b2, 1, ['Tabel 2.3', `Pencapaian Kinerja Pelayanan ${agency}`]);
  const cap: Capaian[] = [
    { ind: 'Persentase Desa Berstatus Mandiri', refs: ['-', '-', 'V'], t: [5, 8, 11, 14, 17], r: [4.8, 8.6, 12.2, 15.1, 18.4] },
    { ind: 'Persentase Desa yang Menyusun APBDes Tepat Waktu', refs: ['100', '-', '-'], t: [85, 88, 91, 94, 97], r: [83.5, 89.3, 92.1, 95.2, 97.6] },
    { ind: 'Persentase Lembaga Kemasyarakatan Desa yang Aktif', refs: ['-', '-', 'V'], t: [60, 62, 64, 66, 68], r: [59.2, 62.5, 65.1, 67.4, 70] },
  ];
  const t23 = tc23At(b2, 4, cap, { years: past, agency: 'Dinas PMD', refs: true, numberRow: 'plain' });
  titles(b2, t23.last + 3, ['Tabel 2.4', `Anggaran dan Realisasi Pendanaan Pelayanan ${agency}`]);
  const ang = [
    p24('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 4_450_000_000, 0.04, 3),
    p24('Program Administrasi Pemerintahan Desa', 980_000_000, 0.06, 1),
    p24('Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat', 540_000_000, 0.05, 5),
  ];
  const t24 = tc24At(b2, t23.last + 5, ang, { years: past, total: 'Jumlah', numberRow: 'plain', totalDelta: { what: 'a', year: 4, delta: -25_000_000 } });

  const plan: TujuanRow[] = [
    {
      tujuan: 'Meningkatnya kemandirian desa',
      ind: 'Persentase Desa Berstatus Mandiri',
      satuan: '%',
      base: 18.4,
      t: [20, 22, 24, 26, 28],
      sasaran: [
        { sasaran: 'Meningkatnya kualitas tata kelola pemerintahan desa', ind: 'Persentase Desa dengan Tata Kelola Pemerintahan Desa Baik', satuan: '%', base: 62, t: [66, 70, 74, 78, 82] },
        { sasaran: 'Meningkatnya peran lembaga kemasyarakatan desa', ind: 'Persentase Lembaga Kemasyarakatan Desa yang Aktif', satuan: '%', base: 70, t: [73, 76, 79, 82, 85] },
      ],
    },
    {
      tujuan: 'Meningkatnya akuntabilitas kinerja Dinas PMD',
      ind: 'Nilai SAKIP Dinas PMD',
      satuan: 'Nilai',
      base: 66.8,
      t: [68, 69.5, 71, 72.5, 74],
      sasaran: [{ sasaran: 'Meningkatnya kualitas perencanaan dan pelaporan kinerja', ind: 'Persentase Dokumen Perencanaan dan Pelaporan yang Tepat Waktu', satuan: '%', base: 90, t: [92, 94, 96, 98, 100] }],
    },
  ];
  // T-C.25 with the tujuan's indicator and the sasaran's indicator in columns of their own.
  const b3 = new SheetBuilder('BAB 3');
  titles(b3, 1, ['Tabel 3.1', `Tujuan dan Sasaran Jangka Menengah Pelayanan ${agency}`]);
  const heads25 = ['No', 'Tujuan', 'Indikator Tujuan', 'Sasaran', 'Indikator Sasaran', 'Satuan'];
  heads25.forEach((x, i) => b3.mergeText(`${shift('A', i)}4:${shift('A', i)}5`, b(x)));
  b3.mergeText('G4:K4', b('Target Kinerja pada Tahun'));
  b3.put('G5', plan5.map(b));
  let r = 6;
  const rowOf25 = new Map<string, number>();
  plan.forEach((t, i) => {
    b3.put(`A${r}`, [i + 1, t.tujuan, t.ind, undefined, undefined, t.satuan, ...t.t]);
    rowOf25.set(t.ind, r++);
    for (const s of t.sasaran) {
      b3.put(`D${r}`, [s.sasaran, s.ind, s.satuan, ...s.t]);
      rowOf25.set(s.ind, r++);
    }
  });
  const last25 = r - 1;
  const target25 = (ind: string, y: number) => `${shift('G', y)}${rowOf25.get(ind)}`;
  titles(b3, last25 + 3, ['Tabel 3.2', 'Tujuan, Sasaran, Strategi dan Arah Kebijakan']);
  const t26 = tc26At(b3, last25 + 5, [
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[0].sasaran, strategi: 'Pendampingan tata kelola desa', kebijakan: 'Pembinaan APBDes dan produk hukum desa' },
    { tujuan: plan[0].tujuan, sasaran: plan[0].sasaran[1].sasaran, strategi: 'Penguatan lembaga kemasyarakatan', kebijakan: 'Pelatihan pengurus LKD dan TP PKK' },
    { tujuan: plan[1].tujuan, sasaran: plan[1].sasaran[0].sasaran, strategi: 'Penguatan SAKIP', kebijakan: 'Laporan kinerja tepat waktu' },
  ]);

  const b4 = new SheetBuilder('BAB 4');
  titles(b4, 1, ['Tabel 4.1', `Cascading Kinerja ${agency}`]);
  const missing = '2.13.04.2.01.0008';
  const cas = cascadingAt(b4, 3, plan, programs, {
    style: 'plain',
    code: 'column',
    under: [2, 0, 1],
    skip: [missing],
    rename: (n) => (n.level === 'sub' ? `- ${n.name}` : n.name.replace('Administrasi Pemerintahan Desa', 'Admistrasi Pemerintahan Desa')),
  });
  titles(b4, cas.last + 3, ['Tabel 4.2', `Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan ${agency}`]);
  const top27 = cas.last + 5;
  const h = tc27At(b4, top27, { yearLabels: plan5, noCode: true, satuan: true, numberRow: 'paren', labels: { name: 'Program/Kegiatan/Sub Kegiatan' } });
  const f = renderFunding(b4, h.firstData, programs.map(stripCodes), h.cols, {
    bold: { program: true, kegiatan: true },
    indent: { kegiatan: 1, sub: 2 },
    unitText: 'Dinas PMD',
    lokasiText: 'Kabupaten Bojonegoro',
    jumlah: { label: 'JUMLAH', labelCol: 'A', mergeTo: 'D' },
  });

  const b5 = new SheetBuilder('IKU');
  titles(b5, 1, ['Indikator Kinerja Utama (IKU)', agency]);
  const ikuRows = kpiRows(plan, 'sasaran').map((k) => (k.satuan === '%' ? { ...k, ind: `${k.ind} (%)` } : k));
  const tkd = 0;
  ikuRows[tkd].t[3] = 76; // T-C.25: 78 in 2028
  const iku = kpiAt(b5, 4, ikuRows, { yearLabels: plan5, roleYears: plan5, satuan: true, baseline: 'Baseline 2024', heads: { group: 'Target' } });
  const cv = cover('Cover', ['RENCANA STRATEGIS', 'DINAS PEMBERDAYAAN MASYARAKAT DAN DESA', 'KABUPATEN BOJONEGORO', 'TAHUN 2025-2029']);
  workbooksUnseenLayouts.push({
    id: 'wu-dpmd-split-indicator-no-codes',
    description:
      'Dinas PMD workbook: "BAB 2" (T-C.23, T-C.24), "BAB 3" (T-C.25 with "Indikator Tujuan" and "Indikator Sasaran" in two columns, T-C.26), "BAB 4" (the cascading with Kode, "- " before sub kegiatan, the typo "Admistrasi"; then T-C.27 copied without codes, kegiatan and sub kegiatan indented), "IKU" (sasaran indicators with "(%)" appended). Planted: T-C.24 Jumlah anggaran 2024 25.000.000 short, a sub kegiatan missing from the cascading, an IKU target unlike T-C.25',
    viaXlsx: true,
    workbook: workbook(cv, b2, b3, b4, b5),
    tables: [
      { sheet: 'BAB 2', kind: 'pencapaian-kinerja', range: t23.range, headerRows: t23.headerRows, roles: t23.roles },
      { sheet: 'BAB 2', kind: 'anggaran-realisasi', range: t24.range, headerRows: t24.headerRows, roles: t24.roles },
      {
        sheet: 'BAB 3',
        kind: 'tujuan-sasaran',
        range: `A4:K${last25}`,
        headerRows: [4, 5],
        roles: { A: 'no', B: 'tujuan', C: 'indicator', D: 'sasaran', E: 'indicator', F: 'satuan', ...yearRoles('target', letters('G', 5), plan5) },
      },
      { sheet: 'BAB 3', kind: 'strategi-kebijakan', range: t26.range, headerRows: t26.headerRows, roles: t26.roles },
      { sheet: 'BAB 4', kind: 'cascading', range: cas.range, headerRows: cas.headerRows, roles: cas.roles },
      { sheet: 'BAB 4', kind: 'program-pendanaan', range: `A${top27}:${h.right}${f.last}`, headerRows: h.headerRows, roles: fundingRoles(h.cols, plan5) },
      { sheet: 'IKU', kind: 'iku', range: iku.range, headerRows: iku.headerRows, roles: iku.roles },
    ],
    findings: [
      { rule: 'total.jumlah', cell: `BAB 2!${t24.cell('total', 'a', 4)}` },
      { rule: 'crosstable.tidak-di-cascading', cell: `BAB 4!${f.cell(missing, 'name')}` },
      { rule: 'crosstable.iku-target', cell: [`IKU!${iku.target(tkd, 3)}`, `BAB 3!${target25('Persentase Desa dengan Tata Kelola Pemerintahan Desa Baik', 3)}`] },
    ],
  });
}
