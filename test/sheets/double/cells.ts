/**
 * What the Sheets double stores and the small pieces every service of it shares: a stored cell, a
 * sheet's state, A1 notation, colors, and the checks of arguments as Apps Script makes them.
 */
import { columnIndex, columnLetters } from '../../../src/core/address';
import type { DoubleImpl } from './model';

// ---------------------------------------------------------------------------------------------
// Stored cells and sheet state
// ---------------------------------------------------------------------------------------------

/** What getNumberFormats gives for a cell whose format is "automatic". */
export const AUTOMATIC_FORMAT = '0.###############';
export const WHITE = '#ffffff';

/** A cell as the double stores it: dates are serial numbers with a date format. */
export interface Stored {
  /** The value, or for a formula its cached value (null: blank, or a formula's value unknown). */
  v: number | string | boolean | null;
  f?: string;
  fmt?: string;
  bold?: boolean;
  bg?: string;
}

/** 0-based, inclusive. */
export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetInit {
  name: string;
  rows: (Stored | undefined)[][];
  merges: Bounds[];
  protectedFor: boolean;
}

export interface SheetState {
  id: number;
  name: string;
  rows: (Stored | undefined)[][];
  merges: Bounds[];
  /** Keys (row * COLS + col) of the cells a merge hides (all but each merge's top-left). */
  mergedAway: Set<number>;
  protectedFor: boolean;
  frozenRows: number;
  maxRows: number;
  maxColumns: number;
  selection: Bounds[];
  deleted: boolean;
}

export const COLS = 1 << 15;

export function put(rows: (Stored | undefined)[][], r: number, c: number, cell: Stored | undefined): void {
  (rows[r] ??= [])[c] = cell;
}

export function hasContent(s: Stored | undefined): boolean {
  return !!s && (s.f !== undefined || (s.v !== null && s.v !== ''));
}

export function isEmptyStored(s: Stored): boolean {
  return !hasContent(s) && s.fmt === undefined && !s.bold && s.bg === undefined;
}

// ---------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------

/** The argument is one of the double's own objects (never checked with the caller's instanceof). */
export function own<T>(doc: DoubleImpl, value: unknown, cls: abstract new (...args: never[]) => T, method: string): T {
  if (value instanceof cls) return value;
  return doc.fail(`The parameters (${typeName(value)}) don't match the method signature for ${method}.`);
}

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'number[]';
  if (typeof value === 'object') return 'Object';
  return typeof value === 'string' ? 'String' : typeof value;
}

/** Bounds of getRange(row, column, numRows, numColumns), checked as Sheets checks them. */
export function checkedBounds(doc: DoubleImpl, state: SheetState, row: number, col: number, numRows: number, numColumns: number): Bounds {
  if (row < 1) doc.fail('The starting row of the range is too small.');
  if (col < 1) doc.fail('The starting column of the range is too small.');
  if (numRows < 1) doc.fail('The number of rows in the range must be at least 1.');
  if (numColumns < 1) doc.fail('The number of columns in the range must be at least 1.');
  const b = { top: row - 1, left: col - 1, bottom: row + numRows - 2, right: col + numColumns - 2 };
  if (b.bottom >= state.maxRows || b.right >= state.maxColumns) doc.fail('The coordinates of the range are outside the dimensions of the sheet.');
  return b;
}

// ---------------------------------------------------------------------------------------------
// A1 notation
// ---------------------------------------------------------------------------------------------


export function boundsA1(b: Bounds): string {
  const first = `${columnLetters(b.left)}${b.top + 1}`;
  return b.top === b.bottom && b.left === b.right ? first : `${first}:${columnLetters(b.right)}${b.bottom + 1}`;
}

export function parseCell(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m || Number(m[2]) < 1) throw new Error(`Not an A1 cell address: ${a1}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

export function parseBounds(a1: string): Bounds {
  const b = parseRangeA1(a1, Infinity, Infinity);
  if (!b || !Number.isFinite(b.bottom) || !Number.isFinite(b.right)) throw new Error(`Not an A1 range: ${a1}`);
  return b;
}

/** 'A1', 'A1:C3', 'A:C', '2:5', 'A2:C' (open to the last row); null when it is none of those. */
export function parseRangeA1(a1: string, maxRows: number, maxColumns: number): Bounds | null {
  const parts = a1.trim().split(':');
  if (parts.length > 2) return null;
  const refs = parts.map((p) => /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(p));
  if (refs.some((m) => !m || (!m[1] && !m[2]))) return null;
  const [a, b = a] = refs as RegExpExecArray[];
  if (parts.length === 1 && (!a[1] || !a[2])) return null;
  if (Boolean(a[1]) !== Boolean(b[1]) && !(a[1] && a[2] && b[1])) return null;
  const rowOf = (m: RegExpExecArray, last: boolean) => (m[2] ? Number(m[2]) - 1 : last ? maxRows - 1 : 0);
  const colOf = (m: RegExpExecArray, last: boolean) => (m[1] ? columnIndex(m[1]) : last ? maxColumns - 1 : 0);
  const r1 = rowOf(a, false);
  const r2 = rowOf(b, true);
  const c1 = colOf(a, false);
  const c2 = colOf(b, true);
  if (r1 < 0 || r2 < 0) return null;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

// ---------------------------------------------------------------------------------------------
// Colors
// ---------------------------------------------------------------------------------------------

const NAMED_COLORS: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  lime: '#00ff00',
  blue: '#0000ff',
  yellow: '#ffff00',
  cyan: '#00ffff',
  magenta: '#ff00ff',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
  silver: '#c0c0c0',
  purple: '#800080',
};

/** '#RGB', '#RRGGBB', a CSS color name → lowercase '#rrggbb'; null/''/'white' fill → null (no fill). */
export function normalizeColor(color: string | null | undefined): string | null {
  if (color === null || color === undefined || color === '') return null;
  const text = String(color).trim().toLowerCase();
  let hex = NAMED_COLORS[text] ?? text;
  if (/^#[0-9a-f]{3}$/.test(hex)) hex = `#${hex[1]}${hex[1]}${hex[2]}${hex[2]}${hex[3]}${hex[3]}`;
  if (hex === WHITE) return null;
  return hex;
}
