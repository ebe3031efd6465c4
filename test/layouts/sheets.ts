/** Sheet pieces for the layout corpus: title blocks, T-C.23 … T-C.27 headers and rows, staff tables, cell habits. */
import { type FundingColumns, type Item, type Node } from './funding';
import { type RoleSpec, type SheetBuilder as SB, type V, b, letters, meanGrowth, numbers, round, rows, shift, yearRoles } from './kit';

// =============================================================================================
// Sheet pieces

/** Title lines above a table (bold), from `row`. */
export function titles(sb: SB, row: number, lines: string[], colLetter = 'A'): void {
  lines.forEach((t, i) => sb.set(`${colLetter}${row + i}`, b(t)));
}

export interface Tc27Cols {
  cols: FundingColumns;
  headerRows: number[];
  firstData: number;
  right: string;
}

/**
 * A T-C.27 header band from `top` (three rows, optional number row): Kode, name, indicator,
 * [satuan], baseline, year pairs under a group label, akhir pair, unit, [lokasi], extras.
 */
export function tc27(
  sb: SB,
  top: number,
  o: {
    yearLabels: V[];
    satuan?: boolean;
    labels?: Partial<{ kode: string; name: string; indicator: string; satuan: string; baseline: string; group: string; target: string; pagu: string; akhir: string; unit: string; lokasi: string }>;
    lokasi?: boolean;
    extras?: string[];
    numberRow?: 'paren' | 'plain';
    codeCols?: string[];
  },
): Tc27Cols {
  const L = o.labels ?? {};
  let c = 0;
  const col = () => shift('A', c);
  const tall = (label: string) => {
    sb.mergeText(`${col()}${top}:${col()}${top + 2}`, b(label));
    return shift('A', c++);
  };
  let code: string | undefined;
  let codeSplit: string[] | undefined;
  if (o.codeCols) {
    const first = col();
    const last = shift(first, o.codeCols.length - 1);
    sb.mergeText(`${first}${top}:${last}${top + 1}`, b(L.kode ?? 'Kode'));
    o.codeCols.forEach((lab, i) => sb.set(`${shift(first, i)}${top + 2}`, b(lab)));
    codeSplit = letters(first, o.codeCols.length);
    c += o.codeCols.length;
  } else code = tall(L.kode ?? 'Kode');
  const name = tall(L.name ?? 'Program dan Kegiatan');
  const indicator = tall(L.indicator ?? 'Indikator Kinerja Program (outcome) dan Kegiatan (output)');
  const satuan = o.satuan ? tall(L.satuan ?? 'Satuan') : undefined;
  const baseline = tall(L.baseline ?? 'Data Capaian pada Tahun Awal Perencanaan');
  const n = o.yearLabels.length;
  const g0 = col();
  sb.mergeText(`${g0}${top}:${shift(g0, 2 * n - 1)}${top}`, b(L.group ?? 'Target Kinerja Program dan Kerangka Pendanaan'));
  o.yearLabels.forEach((y, i) => {
    const yc = shift(g0, 2 * i);
    sb.mergeText(`${yc}${top + 1}:${shift(yc, 1)}${top + 1}`, typeof y === 'object' && y ? y : b(y as string | number));
    sb.put(`${yc}${top + 2}`, [b(L.target ?? 'Target'), b(L.pagu ?? 'Rp')]);
  });
  c += 2 * n;
  const ak = col();
  sb.mergeText(`${ak}${top}:${shift(ak, 1)}${top + 1}`, b(L.akhir ?? 'Kondisi Kinerja pada akhir periode Renstra Perangkat Daerah'));
  sb.put(`${ak}${top + 2}`, [b(L.target ?? 'Target'), b(L.pagu ?? 'Rp')]);
  c += 2;
  const unit = tall(L.unit ?? 'Unit Kerja Perangkat Daerah Penanggung Jawab');
  const lokasi = o.lokasi === false ? undefined : tall(L.lokasi ?? 'Lokasi');
  for (const e of o.extras ?? []) tall(e);
  const right = shift('A', c - 1);
  const headerRows = rows(top, top + 2);
  if (o.numberRow) {
    sb.put(`A${top + 3}`, numbers(c, o.numberRow));
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
// T-C.23 and T-C.24 rows

export type Polarity = 'positif' | 'khusus' | 'terbalik';

export interface Capaian {
  ind: string;
  refs: V[];
  t: number[];
  r: (number | undefined)[];
  /** Lower is better: rasio 2 − R/T (PermenPANRB "kondisi khusus") or T/R. */
  pol?: Polarity;
}

export function rasioOf(c: Capaian, i: number, pct: boolean): number | undefined {
  const r = c.r[i];
  if (r === undefined) return undefined;
  const x = c.pol === 'khusus' ? 2 - r / c.t[i] : c.pol === 'terbalik' ? c.t[i] / r : r / c.t[i];
  return round(x * (pct ? 100 : 1), 2);
}

/** T-C.23 rows from `row` (A: No, B: indicator, C-E: refs, F-J target, K-O realisasi, P-T rasio). */
export function tc23Rows(sb: SB, row: number, data: Capaian[], pct = false): number {
  data.forEach((c, i) => {
    const ras = c.t.map((_, y) => rasioOf(c, y, pct));
    sb.put(`A${row + i}`, [i + 1, c.ind, ...c.refs, ...c.t, ...c.r, ...ras]);
  });
  return row + data.length;
}

/** The standard T-C.23 header over rows top..top+1 (+ number row), years as given. */
export function tc23Header(sb: SB, top: number, ys: V[], o: { agency: string; numberRow?: boolean }): number[] {
  sb.mergeText(`A${top}:A${top + 1}`, b('No'));
  sb.mergeText(`B${top}:B${top + 1}`, b(`Indikator Kinerja sesuai Tugas dan Fungsi ${o.agency}`));
  sb.mergeText(`C${top}:C${top + 1}`, b('Target NSPK'));
  sb.mergeText(`D${top}:D${top + 1}`, b('Target IKK'));
  sb.mergeText(`E${top}:E${top + 1}`, b('Target Indikator Lainnya'));
  sb.mergeText(`F${top}:J${top}`, b('Target Renstra Perangkat Daerah Tahun ke-'));
  sb.mergeText(`K${top}:O${top}`, b('Realisasi Capaian Tahun ke-'));
  sb.mergeText(`P${top}:T${top}`, b('Rasio Capaian pada Tahun ke-'));
  const labels = ys.map((y) => (typeof y === 'object' && y ? y : b(y as string | number)));
  sb.put(`F${top + 1}`, [...labels, ...labels, ...labels]);
  if (o.numberRow) {
    sb.put(`A${top + 2}`, numbers(20, 'plain'));
    return [top, top + 1, top + 2];
  }
  return [top, top + 1];
}

export const TC23_ROLES = (ys: number[]): Record<string, RoleSpec> => ({
  A: 'no',
  B: 'indicator',
  C: 'ref-target',
  D: 'ref-target',
  E: 'ref-target',
  ...yearRoles('target', letters('F', 5), ys),
  ...yearRoles('realisasi', letters('K', 5), ys),
  ...yearRoles('rasio', letters('P', 5), ys),
});

export interface Anggaran {
  no?: V;
  name: string;
  a: number[];
  r: number[];
  bold?: boolean;
}

export const anggaranValues = (x: { a: number[]; r: number[] }): number[] => [...x.a, ...x.r, ...x.a.map((a, i) => round(x.r[i] / a, 2)), round(meanGrowth(x.a) * 100, 2), round(meanGrowth(x.r) * 100, 2)];
export const addUp = (xs: { a: number[]; r: number[] }[]) => ({ a: xs[0].a.map((_, i) => xs.reduce((s, x) => s + x.a[i], 0)), r: xs[0].r.map((_, i) => xs.reduce((s, x) => s + x.r[i], 0)) });

/** The standard T-C.24 header over rows top..top+1 (+ number row). */
export function tc24Header(sb: SB, top: number, ys: V[], numberRow = true): number[] {
  sb.mergeText(`A${top}:A${top + 1}`, b('No'));
  sb.mergeText(`B${top}:B${top + 1}`, b('Uraian'));
  sb.mergeText(`C${top}:G${top}`, b('Anggaran pada Tahun ke-'));
  sb.mergeText(`H${top}:L${top}`, b('Realisasi Anggaran pada Tahun ke-'));
  sb.mergeText(`M${top}:Q${top}`, b('Rasio antara Realisasi dan Anggaran Tahun ke-'));
  sb.mergeText(`R${top}:S${top}`, b('Rata-rata Pertumbuhan'));
  const labels = ys.map((y) => b(y as string | number));
  sb.put(`C${top + 1}`, [...labels, ...labels, ...labels, b('Anggaran'), b('Realisasi')]);
  if (numberRow) {
    sb.put(`A${top + 2}`, numbers(19, 'paren'));
    return [top, top + 1, top + 2];
  }
  return [top, top + 1];
}

export const TC24_ROLES = (ys: number[]): Record<string, RoleSpec> => ({
  A: 'no',
  B: 'name',
  ...yearRoles('pagu', letters('C', 5), ys),
  ...yearRoles('realisasi', letters('H', 5), ys),
  ...yearRoles('rasio', letters('M', 5), ys),
  R: 'growth/anggaran',
  S: 'growth/realisasi',
});

// ---------------------------------------------------------------------------------------------
// T-C.25, IKU, T-C.26

export interface TujuanRow {
  tujuan: string;
  ind: string;
  satuan: string;
  base: number;
  t: number[];
  sasaran: { sasaran: string; ind: string; satuan: string; base: number; t: number[] }[];
}

/** T-C.25 rows: A No, B Tujuan, C Sasaran, D Indikator, targets from E. */
export function tc25Rows(sb: SB, row: number, data: TujuanRow[]): { next: number; rowOf: Map<string, number> } {
  let r = row;
  const rowOf = new Map<string, number>();
  data.forEach((t, i) => {
    sb.put(`A${r}`, [i + 1, t.tujuan, undefined, t.ind, ...t.t]);
    rowOf.set(t.ind, r++);
    for (const s of t.sasaran) {
      sb.put(`C${r}`, [s.sasaran, s.ind, ...s.t]);
      rowOf.set(s.ind, r++);
    }
  });
  return { next: r, rowOf };
}

/** Every indicator of a T-C.25 plan as IKU rows. */
export function ikuData(data: TujuanRow[]): { ind: string; satuan: string; base: number; t: number[] }[] {
  return data.flatMap((t) => [{ ind: t.ind, satuan: t.satuan, base: t.base, t: t.t }, ...t.sasaran.map((s) => ({ ind: s.ind, satuan: s.satuan, base: s.base, t: s.t }))]);
}

/** T-C.26 rows (text only): A No, B Tujuan, C Sasaran, D Strategi, E Arah Kebijakan. */
export function tc26Rows(sb: SB, row: number, data: { tujuan: string; sasaran: string; strategi: string; kebijakan: string }[]): number {
  data.forEach((d, i) => sb.put(`A${row + i}`, [i + 1, d.tujuan, d.sasaran, d.strategi, d.kebijakan]));
  return row + data.length;
}

/** Column roles of a staffTable (a rekap-jumlah table). */
export const STAFF_ROLES: Record<string, RoleSpec> = { A: 'no', B: 'name', C: 'kategori', D: 'kategori', E: 'jumlah' };

/** Staff counts as Bab II shows them: No | label | Laki-laki | Perempuan | Jumlah, a Jumlah row; returns the next free row. */
export function staffTable(sb: SB, row: number, title: [string, string], head: string, data: [string, number | string, number | string][]): number {
  titles(sb, row, title);
  const h = row + 3;
  sb.put(`A${h}`, [b('No'), b(head), b('Laki-laki (orang)'), b('Perempuan (orang)'), b('Jumlah (orang)')]);
  const num = (x: number | string) => (typeof x === 'number' ? x : 0);
  data.forEach(([label, l, p], i) => sb.put(`A${h + 1 + i}`, [`${i + 1}.`, label, l, p, num(l) + num(p) === 0 ? '-' : num(l) + num(p)]));
  const j = h + 1 + data.length;
  const tl = data.reduce((s, d) => s + num(d[1]), 0);
  const tp = data.reduce((s, d) => s + num(d[2]), 0);
  sb.put(`B${j}`, [b('Jumlah'), b(tl), b(tp), b(tl + tp)]);
  sb.set(`A${j + 1}`, 'Sumber : Sub Bagian Umum dan Kepegawaian');
  return j + 3;
}

/** Marks every written cell of a range bold (a table typed entirely in bold). */
export function allBold(sb: SB, ref: string): void {
  sb.style(ref, { bold: true });
}

/** Rewrites numbers in columns over rows as text made by `f` (pasted or typed with stray spaces). */
export function asText(sb: SB, cols: string[], from: number, to: number, f: (n: number, col: string, row: number) => string | undefined): void {
  for (let r = from; r <= to; r++) {
    for (const c of cols) {
      const cell = sb.get(`${c}${r}`);
      if (cell && typeof cell.v === 'number') {
        const t = f(cell.v, c, r);
        if (t === undefined) continue;
        cell.v = t;
        delete cell.fmt;
      }
    }
  }
}

/** Every program / kegiatan / sub kegiatan of a plan, depth first. */
export function entities(items: Item[]): Node[] {
  const out: Node[] = [];
  const walk = (n: Node) => {
    out.push(n);
    n.kids.forEach((k) => k.kind === 'node' && walk(k));
  };
  items.forEach((i) => i.kind === 'node' && walk(i));
  return out;
}
