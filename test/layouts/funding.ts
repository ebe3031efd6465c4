/**
 * The rows of a funding table (T-C.27 and its local variants): a plan tree of program → kegiatan →
 * sub kegiatan (under optional urusan/bidang headings, with optional tujuan/sasaran rows between),
 * laid into the columns a layout names. Parent pagu are the sums of their children, the Jumlah row
 * the sum of the programs, the end-of-period Rp the sum of the row's years and the end-of-period
 * target the last year's target — so a correct checker finds nothing but the planted defects.
 */
import { type RoleSpec, type SheetBuilder, type V, at, b, ind } from './kit';

export type Level = 'urusan' | 'bidang' | 'program' | 'kegiatan' | 'sub';
export type Num = number | string;

export interface Indicator {
  text: string;
  satuan?: string;
  base?: Num;
  /** Target per year. */
  t: Num[];
}

export interface Node {
  kind: 'node';
  key: string;
  level: Level;
  code?: string;
  name: string;
  ind: Indicator[];
  /** Pagu per year, for leaves (a parent's is the sum of its children). */
  pagu?: number[];
  /** Children; tujuan/sasaran rows may stand between the programs of a bidang. */
  kids: Item[];
}

/** A row carrying a tujuan and/or sasaran with its indicator, between the programs. */
export interface Strategic {
  kind: 'strategic';
  tujuan?: string;
  sasaran?: string;
  ind: Indicator[];
}

export type Item = Node | Strategic;

export const I = (text: string, satuan: string | undefined, base: Num | undefined, t: Num[]): Indicator => ({ text, satuan, base, t });

function node(level: Level, code: string | undefined, name: string, ind: Indicator | Indicator[], kids: Item[], pagu?: number[]): Node {
  return { kind: 'node', key: code ?? name, level, code, name, ind: Array.isArray(ind) ? ind : [ind], kids, pagu };
}

export const urusan = (code: string | undefined, name: string, kids: Item[]): Node => node('urusan', code, name, [], kids);
export const bidang = (code: string | undefined, name: string, kids: Item[]): Node => node('bidang', code, name, [], kids);
export const prog = (code: string | undefined, name: string, i: Indicator | Indicator[], kids: Node[]): Node => node('program', code, name, i, kids);
export const keg = (code: string | undefined, name: string, i: Indicator | Indicator[], kids: Node[] | number[]): Node =>
  typeof kids[0] === 'number' ? node('kegiatan', code, name, i, [], kids as number[]) : node('kegiatan', code, name, i, kids as Node[]);
export const sub = (code: string | undefined, name: string, i: Indicator | Indicator[], pagu: number[]): Node => node('sub', code, name, i, [], pagu);
export const strategic = (tujuan: string | undefined, sasaran: string | undefined, i: Indicator | Indicator[]): Strategic => ({
  kind: 'strategic',
  tujuan,
  sasaran,
  ind: Array.isArray(i) ? i : [i],
});

/** A copy of a tree with `f` applied to every node (children first). */
export function mapTree(n: Node, f: (n: Node) => Node): Node {
  return f({ ...n, kids: n.kids.map((k) => (k.kind === 'node' ? mapTree(k, f) : k)) });
}

/** The node with a key (its code, or its name when it has none). */
export function findNode(items: Item[], key: string): Node {
  for (const it of items) {
    if (it.kind !== 'node') continue;
    if (it.key === key) return it;
    try {
      return findNode(it.kids, key);
    } catch {
      // not under this one
    }
  }
  throw new Error(`no node ${key}`);
}

/** Gives a node an explicit key (for two nodes without codes that share a name). */
export function keyed<T extends Node>(key: string, n: T): T {
  n.key = key;
  return n;
}

/** A pagu series growing by `rate` a year, rounded down to thousands (ROUNDDOWN(prev*1.05;-3)). */
export function series(first: number, n = 5, rate = 0.05): number[] {
  const out = [first];
  for (let i = 1; i < n; i++) out.push(Math.floor((out[i - 1] * (1 + rate)) / 1000) * 1000);
  return out;
}

/** Same target every year. */
export const flat = (v: Num, n = 5): Num[] => Array.from({ length: n }, () => v);
/** Targets rising by `step` a year. */
export const rising = (first: number, step: number, n = 5): number[] => Array.from({ length: n }, (_, i) => Math.round((first + i * step) * 100) / 100);

export interface FundingColumns {
  /** One code column holding the joined code. */
  code?: string;
  /**
   * Code columns: five (urusan | bidang urusan | program | kegiatan | sub kegiatan, as SIPD exports)
   * or four (urusan.bidang | program | kegiatan | sub kegiatan).
   */
  codeSplit?: string[];
  name: string;
  indicator?: string;
  satuan?: string;
  baseline?: string;
  target?: string[];
  pagu: string[];
  akhirTarget?: string;
  akhirPagu?: string;
  unit?: string;
  lokasi?: string;
  tujuan?: string;
  sasaran?: string;
  sasaranIndicator?: string;
  /** Further columns filled on entity name rows (Sumber Dana, Prioritas Daerah …). */
  extras?: { col: string; value: (n: Node) => V }[];
}

export interface FundingOptions {
  bold?: Partial<Record<Level, boolean>>;
  indent?: Partial<Record<Level, number>>;
  /** Urusan and bidang heading rows carry the sum of their programs' Rp. */
  headingSums?: boolean;
  /** Split-code urusan cell as a number (1) rather than text ("1"). */
  urusanAsNumber?: boolean;
  unitText?: string;
  lokasiText?: string;
  /** Jumlah row after the last item. */
  jumlah?: { label: string; labelCol: string; mergeTo?: string; bold?: boolean };
  /** Planted: a pagu shown `delta` off (year index 0-based); parents sum what is shown. */
  paguDelta?: { key: string; year: number; delta: number }[];
  /** Planted: a pagu left blank (parents still carry the real amount). */
  blank?: { key: string; year: number }[];
  /** Planted: the Jumlah row `delta` off in a year. */
  jumlahDelta?: { year: number; delta: number }[];
  /** Called before each item's first row (to insert a repeated header); returns the row to continue at. */
  beforeRow?: (row: number) => number;
  /** Merges an entity's code and name cells down over its indicator rows. */
  mergeNames?: boolean;
  /** Pagu typed as text with dot thousands ("1.642.014.563"), as pasted from a document. */
  moneyText?: boolean;
}

export interface Rendered {
  /** First row after the table. */
  next: number;
  /** Last row of the table (the Jumlah row when there is one). */
  last: number;
  jumlahRow?: number;
  /** Name row of a node. */
  row(key: string): number;
  /** Cell of a node's value: pagu/target by year index, or its code / name / akhir cells. */
  cell(key: string, what: 'pagu' | 'target' | 'code' | 'name' | 'akhirPagu' | 'akhirTarget', year?: number): string;
  /** Pagu shown for a node in a year (after planted deltas). */
  pagu(key: string, year: number): number;
}

const SEGMENTS: Record<Level, number> = { urusan: 1, bidang: 2, program: 3, kegiatan: 4, sub: 5 };

/** Splits a joined code into SIPD's five columns: 1.03.02.2.01.0001 → 1 | 03 | 02 | 2.01 | 0001. */
export function splitCode(code: string): string[] {
  const s = code.split('.');
  return [s[0], s[1], s[2], s[3] !== undefined ? `${s[3]}.${s[4]}` : undefined, s[5]].filter((x): x is string => x !== undefined);
}

/** Dot thousands, as Indonesian documents write money: 1642014563 → "1.642.014.563". */
export function idr(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function renderFunding(sb: SheetBuilder, top: number, items: Item[], cols: FundingColumns, opt: FundingOptions = {}): Rendered {
  const nYears = cols.pagu.length;
  const delta = (key: string, y: number) => sum0((opt.paguDelta ?? []).filter((d) => d.key === key && d.year === y).map((d) => d.delta));
  const isBlank = (key: string, y: number) => (opt.blank ?? []).some((d) => d.key === key && d.year === y);
  const shown = new Map<string, number[]>();
  const rowOf = new Map<string, number>();

  const compute = (n: Node): number[] => {
    const kids = nodes(n.kids);
    const own = kids.length ? Array.from({ length: nYears }, (_, y) => sum0(kids.map((k) => compute(k)[y]))) : (n.pagu ?? []).slice(0, nYears);
    const out = own.map((v, y) => v + delta(n.key, y));
    shown.set(n.key, out);
    return out;
  };
  const programs: Node[] = [];
  const collect = (n: Node) => {
    if (n.level === 'program') programs.push(n);
    nodes(n.kids).forEach(collect);
  };
  for (const it of items) {
    if (it.kind === 'node') {
      compute(it);
      collect(it);
    }
  }

  const money = (v: number, bold: boolean): V => (opt.moneyText ? { v: idr(v), ...(bold ? { bold } : {}) } : { v, fmt: '#,##0', ...(bold ? { bold } : {}) });
  let r = top;
  const writeIndicators = (row: number, list: Indicator[], indicatorCol: string | undefined): number => {
    list.forEach((i, k) => {
      const rr = row + k;
      if (indicatorCol) sb.set(at(indicatorCol, rr), i.text);
      if (cols.satuan && i.satuan) sb.set(at(cols.satuan, rr), i.satuan);
      if (cols.baseline && i.base !== undefined) sb.set(at(cols.baseline, rr), i.base);
      cols.target?.forEach((c, y) => i.t[y] !== undefined && sb.set(at(c, rr), i.t[y]));
      if (cols.akhirTarget && i.t.length) sb.set(at(cols.akhirTarget, rr), i.t[Math.min(i.t.length, nYears) - 1]);
    });
    return Math.max(1, list.length);
  };

  const place = (n: Node) => {
    if (opt.beforeRow) r = opt.beforeRow(r);
    const row = r;
    rowOf.set(n.key, row);
    const bold = opt.bold?.[n.level] ?? false;
    const indent = opt.indent?.[n.level] ?? 0;
    if (n.code !== undefined) {
      if (cols.codeSplit) {
        let segs = splitCode(n.code).slice(0, SEGMENTS[n.level]);
        if (cols.codeSplit.length === 4) segs = segs.length > 1 ? [`${segs[0]}.${segs[1]}`, ...segs.slice(2)] : segs;
        segs.forEach((s, i) => {
          const v: V = i === 0 && opt.urusanAsNumber && /^\d+$/.test(s) ? Number(s) : s;
          sb.set(at(cols.codeSplit![i], row), bold ? b(v as string | number) : v);
        });
      } else if (cols.code) {
        sb.set(at(cols.code, row), bold ? b(n.code) : n.code);
      }
    }
    sb.set(at(cols.name, row), indent ? ind(n.name, indent, bold) : bold ? b(n.name) : n.name);
    const heading = n.level === 'urusan' || n.level === 'bidang';
    const p = shown.get(n.key)!;
    if (!heading || opt.headingSums) {
      cols.pagu.forEach((c, y) => {
        if (isBlank(n.key, y)) return;
        sb.set(at(c, row), money(p[y], bold));
      });
      if (cols.akhirPagu) sb.set(at(cols.akhirPagu, row), money(sum0(p.filter((_, y) => !isBlank(n.key, y))), bold));
    }
    if (!heading) {
      if (cols.unit && opt.unitText) sb.set(at(cols.unit, row), opt.unitText);
      if (cols.lokasi && opt.lokasiText) sb.set(at(cols.lokasi, row), opt.lokasiText);
      for (const e of cols.extras ?? []) sb.set(at(e.col, row), e.value(n));
    }
    const height = heading && n.ind.length === 0 ? 1 : writeIndicators(row, n.ind, cols.indicator);
    if (opt.mergeNames && height > 1) {
      sb.merge(`${cols.name}${row}:${cols.name}${row + height - 1}`);
      if (cols.code && n.code !== undefined) sb.merge(`${cols.code}${row}:${cols.code}${row + height - 1}`);
    }
    r += height;
    n.kids.forEach(placeItem);
  };

  const placeStrategic = (it: Strategic) => {
    if (opt.beforeRow) r = opt.beforeRow(r);
    if (cols.tujuan && it.tujuan) sb.set(at(cols.tujuan, r), it.tujuan);
    if (cols.sasaran && it.sasaran) sb.set(at(cols.sasaran, r), it.sasaran);
    r += writeIndicators(r, it.ind, cols.sasaranIndicator ?? cols.indicator);
  };
  function placeItem(it: Item): void {
    if (it.kind === 'node') place(it);
    else placeStrategic(it);
  }
  items.forEach(placeItem);

  let jumlahRow: number | undefined;
  if (opt.jumlah) {
    if (opt.beforeRow) r = opt.beforeRow(r);
    jumlahRow = r;
    const j = opt.jumlah;
    const bold = j.bold ?? true;
    if (j.mergeTo) sb.mergeText(`${j.labelCol}${r}:${j.mergeTo}${r}`, bold ? b(j.label) : j.label);
    else sb.set(at(j.labelCol, r), bold ? b(j.label) : j.label);
    const totals = Array.from({ length: nYears }, (_, y) => sum0(programs.map((p) => shown.get(p.key)![y])) + sum0((opt.jumlahDelta ?? []).filter((d) => d.year === y).map((d) => d.delta)));
    cols.pagu.forEach((c, y) => sb.set(at(c, r), money(totals[y], bold)));
    if (cols.akhirPagu) sb.set(at(cols.akhirPagu, r), money(sum0(totals), bold));
    r++;
  }

  const rowOrThrow = (key: string) => {
    const row = rowOf.get(key);
    if (row === undefined) throw new Error(`no row for ${key}`);
    return row;
  };
  return {
    next: r,
    last: r - 1,
    jumlahRow,
    row: rowOrThrow,
    pagu: (key, y) => shown.get(key)![y],
    cell(key, what, year = 0) {
      const row = key === 'jumlah' ? jumlahRow! : rowOrThrow(key);
      const c =
        what === 'pagu'
          ? cols.pagu[year]
          : what === 'target'
            ? cols.target![year]
            : what === 'code'
              ? cols.code ?? cols.codeSplit![0]
              : what === 'name'
                ? cols.name
                : what === 'akhirPagu'
                  ? cols.akhirPagu!
                  : cols.akhirTarget!;
      return at(c, row);
    },
  };
}

function nodes(items: Item[]): Node[] {
  return items.filter((i): i is Node => i.kind === 'node');
}

function sum0(xs: number[]): number {
  return xs.reduce((s, x) => s + x, 0);
}

/** The roles a funding table's columns carry (per-year columns with the given years). */
export function fundingRoles(cols: FundingColumns, ys: number[]): Record<string, RoleSpec> {
  const out: Record<string, RoleSpec> = {};
  if (cols.code) out[cols.code] = 'code';
  for (const c of cols.codeSplit ?? []) out[c] = 'code';
  out[cols.name] = 'name';
  if (cols.indicator) out[cols.indicator] = 'indicator';
  if (cols.satuan) out[cols.satuan] = 'satuan';
  if (cols.baseline) out[cols.baseline] = 'baseline';
  cols.target?.forEach((c, i) => (out[c] = `target@${ys[i]}` as RoleSpec));
  cols.pagu.forEach((c, i) => (out[c] = `pagu@${ys[i]}` as RoleSpec));
  if (cols.akhirTarget) out[cols.akhirTarget] = 'akhir-target';
  if (cols.akhirPagu) out[cols.akhirPagu] = 'akhir-pagu';
  if (cols.unit) out[cols.unit] = 'notes';
  if (cols.lokasi) out[cols.lokasi] = 'notes';
  if (cols.tujuan) out[cols.tujuan] = 'tujuan';
  if (cols.sasaran) out[cols.sasaran] = 'sasaran';
  return out;
}
