/**
 * Header bands: 1–4 rows of header words (merged cells expanded), optionally ending with a row of
 * column numbers, anywhere on a sheet; and their repeats further down (page breaks), possibly
 * shifted by a column.
 */
import { cellAt, cellText, isEmptyCell, type SheetGrid } from '../grid';
import { parseNumberText } from '../number';
import { squash } from '../text';
import type { Band } from './types';
import { asColumnNumber, asYear, headerWordShare } from './vocabulary';

interface RowShape {
  headerish: boolean;
  /** Only years (and header words): continues a band, as a row under merged headers does. */
  yearRow: boolean;
  /** Header-like and every text in it is header words: strict enough to continue a band. */
  pureHeader: boolean;
  numberRow: boolean;
  left: number;
  right: number;
}

const MAX_BAND_ROWS = 4;

export function rowShape(sheet: SheetGrid, r: number): RowShape {
  const row = sheet.rows[r];
  const none: RowShape = { headerish: false, yearRow: false, pureHeader: false, numberRow: false, left: -1, right: -1 };
  if (!row) return none;
  // First pass: cheap counts. Most data rows are rejected here, before any text is looked at.
  let left = -1;
  let right = -1;
  let filled = 0;
  let years = 0;
  let numbers = 0;
  let colNumbers = 0;
  let strings = 0;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (!cell || isEmptyCell(cell)) continue;
    filled++;
    if (left < 0) left = c;
    right = c;
    const v = cell.v;
    if (asColumnNumber(v) !== undefined) colNumbers++;
    if (asYear(v) !== undefined) years++;
    else if (typeof v === 'number') numbers++;
    else if (typeof v === 'string') strings++;
  }
  if (filled === 0) return none;
  const mayBeNumberRow = colNumbers >= 3 && colNumbers >= filled * 0.8;
  const mayBeHeader = strings >= 2 && numbers <= Math.max(1, Math.floor(filled * 0.2));
  const mayBeYearRow = years >= 2 && numbers === 0;
  if (!mayBeNumberRow && !mayBeHeader && !mayBeYearRow) return { ...none, left, right };
  // Second pass: what the texts say.
  let texts = 0;
  let headerTexts = 0;
  let otherNumbers = numbers;
  const colNums: number[] = [];
  for (let c = left; c <= right; c++) {
    const cell = row[c];
    if (!cell || isEmptyCell(cell)) continue;
    const v = cell.v;
    const cn = asColumnNumber(v);
    if (cn !== undefined) colNums.push(cn);
    if (typeof v !== 'string' || asYear(v) !== undefined || cn !== undefined) continue;
    const text = cellText(cell);
    if (text === '') continue;
    if (parseNumberText(text) !== null) {
      otherNumbers++;
      continue;
    }
    texts++;
    if (text.length <= 90 && headerWordShare(text) >= 0.6) headerTexts++;
  }
  const numberRow = mayBeNumberRow && isIncreasing(colNums);
  const headerish = !numberRow && headerTexts >= 2 && headerTexts >= texts * 0.6 && otherNumbers <= Math.max(1, Math.floor(filled * 0.2));
  const yearRow = !numberRow && years >= 2 && otherNumbers === 0 && headerTexts === texts;
  const pureHeader = headerish && headerTexts === texts;
  return { headerish, yearRow, pureHeader, numberRow, left, right };
}

function isIncreasing(ns: number[]): boolean {
  let steps = 0;
  for (let i = 1; i < ns.length; i++) {
    if (ns[i] <= ns[i - 1]) return false;
    if (ns[i] - ns[i - 1] === 1) steps++;
  }
  return steps >= (ns.length - 1) * 0.7;
}

/** All header bands of a sheet, top to bottom. */
export function findBands(sheet: SheetGrid): Band[] {
  const bands: Band[] = [];
  let r = 0;
  while (r < sheet.rowCount) {
    const shape = rowShape(sheet, r);
    if (!shape.headerish) {
      r++;
      continue;
    }
    const rows = [r];
    let left = shape.left;
    let right = shape.right;
    let next = r + 1;
    while (next < sheet.rowCount && rows.length < MAX_BAND_ROWS) {
      const s = rowShape(sheet, next);
      // Below the first row a band continues only with rows made of header words alone (a data
      // row of short words such as "Tujuan" or "Outcome" must not be swallowed).
      if (!s.pureHeader && !s.yearRow) break;
      rows.push(next);
      left = Math.min(left, s.left);
      right = Math.max(right, s.right);
      next++;
    }
    let numberRow: number | undefined;
    if (next < sheet.rowCount) {
      const s = rowShape(sheet, next);
      if (s.numberRow) {
        numberRow = next;
        rows.push(next);
        left = Math.min(left, s.left);
        right = Math.max(right, s.right);
        next++;
      }
    }
    bands.push({ rows, left, right, numberRow });
    r = next;
  }
  return bands;
}

/** A band's signature: per column, the squashed header texts top to bottom (number row left out). */
export function bandSignature(sheet: SheetGrid, band: Band): string[] {
  const sig: string[] = [];
  for (let c = band.left; c <= band.right; c++) {
    const parts: string[] = [];
    for (const r of band.rows) {
      if (r === band.numberRow) continue;
      const t = squash(cellText(cellAt(sheet, r, c)));
      if (t) parts.push(t);
    }
    sig.push(parts.join('|'));
  }
  return sig;
}

/**
 * Is `other` a repeat of `first` (the same header after a page break)? Compares column signatures
 * at offsets −1, 0, +1 so a band shifted by a column (or with one cell moved) still counts.
 */
const signatures = new WeakMap<Band, string[]>();

export function isRepeatOf(sheet: SheetGrid, first: Band, other: Band): boolean {
  let a = signatures.get(first);
  if (!a) {
    a = bandSignature(sheet, first);
    signatures.set(first, a);
  }
  const b = bandSignature(sheet, other);
  let best = 0;
  for (const offset of [0, -1, 1]) {
    let same = 0;
    let total = 0;
    for (let i = 0; i < a.length; i++) {
      const j = i + (first.left - other.left) + offset;
      const x = a[i];
      const y = j >= 0 && j < b.length ? b[j] : '';
      if (!x && !y) continue;
      total++;
      if (x === y) same++;
    }
    if (total > 0) best = Math.max(best, same / total);
  }
  return best >= 0.6;
}
