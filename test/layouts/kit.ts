/**
 * The layout corpus: small declarative specs of Renstra tables as real offices lay them out, each
 * with the tables, column roles and findings a careful planner would name. The expectations are
 * written from the regulation's forms (Permendagri 86/2017 T-C.23 … T-C.27) and from practice, not
 * from what the engine happens to do.
 *
 * Rows in specs are 1-based and columns are letters, as a planner reads a sheet.
 */
import { columnIndex, columnLetters, parseA1 } from '../../src/core/address';
import type { CellData, MergeArea, SheetGrid, WorkbookGrid } from '../../src/core/grid';
import type { Role, TableKind } from '../../src/core/recognize/types';

/** Table kinds and column roles: the product's vocabulary (the JSON contract's `kind` and `role`). */
export type Kind = TableKind;
export type RoleName = Exclude<Role, 'other'>;

/** `role`, `role@year` (calendar year, or 1..5 for "Tahun ke-n"), or `growth/anggaran|realisasi`. */
export type RoleSpec = RoleName | `${RoleName}@${number}` | `growth/${'anggaran' | 'realisasi'}`;

export interface ExpectedTable {
  sheet: string;
  kind: Kind;
  /** A1 range from the first header row to the last data (or Jumlah) row, first to last header column. */
  range: string;
  /** 1-based rows of the first header band, the column-number row included. */
  headerRows: number[];
  /**
   * Column letter → role, for the columns that matter (others are not compared). A list when one
   * column holds two measures (a "Target" row and a "Pagu (Rp)" row per entity): each must be read.
   */
  roles?: Record<string, RoleSpec | RoleSpec[]>;
  /** 1-based rows of header bands repeated further down (page breaks), each band in order. */
  repeats?: number[][];
}

export interface ExpectedFinding {
  rule: string;
  /** The cell to correct; a list when any of several cells is an honest answer (a split code). 'Sheet!A1' names another sheet. */
  cell: string | string[];
  /** Defaults to the sheet of the layout's first expected table. */
  sheet?: string;
}

export interface Layout {
  id: string;
  description: string;
  /** Also run through a real .xlsx file (writeGridXlsx → readXlsx). */
  viaXlsx?: boolean;
  workbook: WorkbookGrid;
  tables: ExpectedTable[];
  /** Planted defects: each must be reported (any severity). */
  findings: ExpectedFinding[];
  /** Findings that are defensible either way (a consequence of a planted defect): not required, not counted as false. */
  tolerated?: ExpectedFinding[];
  /**
   * A layout the engine does not read yet, and why. Its tables and findings are still stated as a
   * planner would; until the engine reads it, it must at least raise no false error.
   */
  gap?: string;
}

// ---------------------------------------------------------------------------------------------
// Cells and sheets

export interface Style {
  bold?: boolean;
  indent?: number;
  fmt?: string;
}

export interface Styled extends Style {
  v: number | string | null;
}

export type V = number | string | null | undefined | Styled;

function isStyled(v: V): v is Styled {
  return typeof v === 'object' && v !== null;
}

/** Bold text or number. */
export const b = (v: number | string): Styled => ({ v, bold: true });
/** Indented (and optionally bold) text. */
export const ind = (v: string, indent: number, bold = false): Styled => ({ v, indent, ...(bold ? { bold } : {}) });
/** Money with a thousands format, as planners format pagu. */
export const rp = (v: number): Styled => ({ v, fmt: '#,##0' });

export function rc(ref: string): { r: number; c: number } {
  const { row, col } = parseA1(ref);
  return { r: row, c: col };
}

export function range(ref: string): MergeArea {
  const [a, z] = ref.split(':');
  const p = rc(a);
  const q = rc(z ?? a);
  return { top: Math.min(p.r, q.r), left: Math.min(p.c, q.c), bottom: Math.max(p.r, q.r), right: Math.max(p.c, q.c) };
}

export const col = columnIndex;
export const letter = columnLetters;
/** The letter `n` columns right of `from`. */
export const shift = (from: string, n: number): string => columnLetters(columnIndex(from) + n);
/** A1 address from a column letter and a 1-based row. */
export const at = (column: string, row: number): string => `${column}${row}`;

/** A sheet written cell by cell, the way a planner types it. Rows are 1-based, columns letters. */
export class SheetBuilder {
  private readonly cells = new Map<string, { r: number; c: number; cell: CellData }>();
  readonly merges: MergeArea[] = [];

  constructor(readonly name: string) {}

  /** Writes values rightwards from `ref` (undefined skips a cell, null clears it). */
  put(ref: string, values: V[], style?: Style): this {
    const { r, c } = rc(ref);
    values.forEach((v, i) => this.setRC(r, c + i, v, style));
    return this;
  }

  /** Writes values downwards from `ref`. */
  down(ref: string, values: V[], style?: Style): this {
    const { r, c } = rc(ref);
    values.forEach((v, i) => this.setRC(r + i, c, v, style));
    return this;
  }

  set(ref: string, v: V, style?: Style): this {
    const { r, c } = rc(ref);
    this.setRC(r, c, v, style);
    return this;
  }

  get(ref: string): CellData | undefined {
    const { r, c } = rc(ref);
    return this.cells.get(`${r}:${c}`)?.cell;
  }

  /** Merges a range ('D4:M4'); the master cell keeps its value, the others must be empty. */
  merge(...refs: string[]): this {
    for (const ref of refs) this.merges.push(range(ref));
    return this;
  }

  /** Writes `v` into the top-left cell of `ref` and merges the range. */
  mergeText(ref: string, v: V, style?: Style): this {
    const m = range(ref);
    this.setRC(m.top, m.left, v, style);
    if (m.bottom > m.top || m.right > m.left) this.merges.push(m);
    return this;
  }

  /** Applies bold/indent to every written cell of a range. */
  style(ref: string, style: Style): this {
    const m = range(ref);
    for (const { r, c, cell } of this.cells.values()) {
      if (r >= m.top && r <= m.bottom && c >= m.left && c <= m.right) Object.assign(cell, style);
    }
    return this;
  }

  /** Copies rows `from`..`to` (1-based, with their merges) so they start at row `dest`: a header repeated after a page break. */
  copyRows(from: number, to: number, dest: number): this {
    const off = dest - from;
    for (const { r, c, cell } of [...this.cells.values()]) {
      if (r >= from - 1 && r <= to - 1) this.cells.set(`${r + off}:${c}`, { r: r + off, c, cell: { ...cell } });
    }
    for (const m of [...this.merges]) {
      if (m.top >= from - 1 && m.bottom <= to - 1) this.merges.push({ ...m, top: m.top + off, bottom: m.bottom + off });
    }
    return this;
  }

  private setRC(r: number, c: number, v: V, style?: Style): void {
    if (v === undefined) return;
    const key = `${r}:${c}`;
    if (v === null) {
      this.cells.delete(key);
      return;
    }
    const cell: CellData = isStyled(v) ? { v: v.v } : { v };
    const st = { ...(style ?? {}), ...(isStyled(v) ? v : {}) };
    if (st.bold) cell.bold = true;
    if (st.indent) cell.indent = st.indent;
    if (st.fmt) cell.fmt = st.fmt;
    if (cell.v === null || cell.v === '') {
      this.cells.delete(key);
      return;
    }
    this.cells.set(key, { r, c, cell });
  }

  grid(): SheetGrid {
    const rows: (CellData | undefined)[][] = [];
    let rowCount = 0;
    let colCount = 0;
    for (const { r, c, cell } of this.cells.values()) {
      (rows[r] ??= [])[c] = { ...cell };
      rowCount = Math.max(rowCount, r + 1);
      colCount = Math.max(colCount, c + 1);
    }
    for (const m of this.merges) {
      rowCount = Math.max(rowCount, m.bottom + 1);
      colCount = Math.max(colCount, m.right + 1);
    }
    for (let r = 0; r < rowCount; r++) rows[r] ??= [];
    return { name: this.name, rows, merges: this.merges.map((m) => ({ ...m })), rowCount, colCount };
  }
}

export function workbook(...sheets: SheetBuilder[]): WorkbookGrid {
  return { sheets: sheets.map((s) => s.grid()) };
}

// ---------------------------------------------------------------------------------------------
// Numbers a planner computes

/** Rounds to `d` decimals (half away from zero), as Excel's ROUND. */
export function round(x: number, d = 2): number {
  const p = Math.pow(10, d);
  return Math.sign(x) * Math.round(Math.abs(x) * p + 1e-9) / p;
}

/** Truncates to `d` decimals, as Excel's ROUNDDOWN / TRUNC. */
export function trunc(x: number, d = 2): number {
  const p = Math.pow(10, d);
  return Math.trunc(x * p + 1e-9) / p;
}

/** Mean year-on-year growth of a series, blanks skipped. */
export function meanGrowth(xs: (number | null | undefined)[]): number {
  const s = xs.filter((x): x is number => typeof x === 'number');
  let sum = 0;
  for (let i = 1; i < s.length; i++) sum += (s[i] - s[i - 1]) / s[i - 1];
  return sum / (s.length - 1);
}

export const sum = (xs: (number | null | undefined)[]): number => xs.reduce<number>((s, x) => s + (typeof x === 'number' ? x : 0), 0);

/** Column sums of equally long rows. */
export function colSums(rows: (number | null | undefined)[][]): number[] {
  const n = Math.max(...rows.map((r) => r.length));
  return Array.from({ length: n }, (_, i) => sum(rows.map((r) => r[i])));
}

/** `n` consecutive years from `first`. */
export const years = (first: number, n = 5): number[] => Array.from({ length: n }, (_, i) => first + i);

/** Column-number row values: `1 2 3 …` or `(1) (2) …`. */
export function numbers(n: number, form: 'plain' | 'paren' = 'plain', bold = true): V[] {
  return Array.from({ length: n }, (_, i) => {
    const v = form === 'plain' ? i + 1 : `(${i + 1})`;
    return bold ? b(v) : v;
  });
}

/** `count` column letters starting at `from`. */
export function letters(from: string, count: number, step = 1): string[] {
  return Array.from({ length: count }, (_, i) => shift(from, i * step));
}

/** Role map for per-year columns: letters[i] → `${role}@${yearsList[i]}`. */
export function yearRoles(role: RoleName, cols: string[], ys: number[]): Record<string, RoleSpec> {
  const out: Record<string, RoleSpec> = {};
  cols.forEach((c, i) => (out[c] = `${role}@${ys[i]}` as RoleSpec));
  return out;
}

/** 1-based inclusive row list. */
export const rows = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
