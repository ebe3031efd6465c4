/**
 * Header bands: the rows of a table's column headings (merged cells expanded), optionally ending
 * with a row of column numbers, anywhere on a sheet; and their repeats further down (page breaks),
 * possibly shifted by a column.
 *
 * A band starts at a row that reads as headings (most of its texts are header words). Below it, the
 * file itself says how far it goes: a heading merged over rows 4–6 makes rows 4–6 one band. Rows
 * past every merge still belong to it when they read as sub-headings: years or year numbers, or
 * short texts standing under a heading that spans several columns ("target | Rp" under "Tahun-1").
 * No single unknown text ("Unit Kerja Perangkat Daerah Penanggung Jawab") can break a band; a row
 * with data in it (amounts, codes, long names) always ends it.
 */
import { cellAt, cellText, isEmptyCell, type CellData, type MergeArea, type SheetGrid } from '../grid';
import { parseNumberText } from '../number';
import { normalize, squash } from '../text';
import type { Band } from './types';
import { asColumnNumber, asksForYearNumber, asOrdinal, asYear, asYearLabel, headerWordShare, isMeasureSubHeading, yearInText } from './vocabulary';

export interface RowShape {
  /** Can start a band: two or more header texts, most of its texts header words, few numbers. */
  headerish: boolean;
  /** Header-like and every text in it is header words. */
  pureHeader: boolean;
  /** Mostly increasing small integers: a candidate column-number row (span checked per band). */
  numberLike: boolean;
  left: number;
  right: number;
}

/** Header rows a band may have, the column-number row not counted. */
const MAX_HEADER_ROWS = 6;
/** A header text is at most this long; longer texts are names or indicators (data). */
const MAX_HEADER_TEXT = 90;

const NONE: RowShape = { headerish: false, pureHeader: false, numberLike: false, left: -1, right: -1 };

function isHeaderText(text: string): boolean {
  return text.length <= MAX_HEADER_TEXT && headerWordShare(text) >= 0.6;
}

/**
 * What a row looks like on its own. Cells copied from a merged area above are not the row's own
 * content: a row whose texts are all copies says nothing by itself.
 */
export function rowShape(sheet: SheetGrid, r: number, from = 0, to = Number.MAX_SAFE_INTEGER): RowShape {
  const row = sheet.rows[r];
  if (!row) return NONE;
  // First pass: cheap counts. Most data rows are rejected here, before any text is looked at.
  let left = -1;
  let right = -1;
  let filled = 0;
  let numbers = 0;
  let colNumbers = 0;
  let strings = 0;
  for (let c = from; c < row.length && c <= to; c++) {
    const cell = row[c];
    if (!cell || isEmptyCell(cell)) continue;
    if (left < 0) left = c;
    right = c;
    // A copy of its left neighbour (a merge written out cell by cell, as CSV does) is no content of its own.
    if (cell.mergeCopy || (c > 0 && typeof cell.v === 'string' && row[c - 1]?.v === cell.v)) continue;
    filled++;
    const v = cell.v;
    if (asColumnNumber(v) !== undefined) colNumbers++;
    if (asYear(v) !== undefined) continue;
    if (typeof v === 'number') numbers++;
    else if (typeof v === 'string') strings++;
  }
  if (filled === 0) return { ...NONE, left, right };
  const numberLike = colNumbers >= 3 && colNumbers >= filled * 0.8 && isIncreasing(row, left, right);
  const mayBeHeader = strings >= 2 && numbers <= Math.max(1, Math.floor(filled * 0.2));
  if (!mayBeHeader) return { ...NONE, numberLike, left, right };
  // Second pass: what the texts say.
  let texts = 0;
  let headerTexts = 0;
  let otherNumbers = numbers;
  for (let c = left; c <= right; c++) {
    const cell = row[c];
    if (!cell || cell.mergeCopy || isEmptyCell(cell) || (typeof cell.v === 'string' && row[c - 1]?.v === cell.v)) continue;
    const v = cell.v;
    if (typeof v !== 'string' || asYearLabel(v) !== undefined || asColumnNumber(v) !== undefined) continue;
    const text = cellText(cell);
    if (text === '') continue;
    if (parseNumberText(text) !== null) {
      otherNumbers++;
      continue;
    }
    texts++;
    if (isHeaderText(text)) headerTexts++;
  }
  const headerish = headerTexts >= 2 && headerTexts >= texts * 0.6 && otherNumbers <= Math.max(1, Math.floor(filled * 0.2));
  return { headerish, pureHeader: headerish && headerTexts === texts, numberLike, left, right };
}

function isIncreasing(row: (CellData | undefined)[], left: number, right: number): boolean {
  const ns: number[] = [];
  for (let c = left; c <= right; c++) {
    const cell = row[c];
    if (!cell || cell.mergeCopy || isEmptyCell(cell)) continue;
    const n = asColumnNumber(cell.v);
    if (n !== undefined) ns.push(n);
  }
  let steps = 0;
  // A number written out over every cell of its former merge (CSV) repeats: count it once.
  const run = ns.filter((n, i) => i === 0 || n !== ns[i - 1]);
  for (let i = 1; i < run.length; i++) {
    if (run[i] <= run[i - 1]) return false;
    if (run[i] - run[i - 1] === 1) steps++;
  }
  return run.length >= 3 && steps >= (run.length - 1) * 0.7;
}

/** Merged areas by the row they start in (only areas more than one row tall matter for bands). */
export type MergeStarts = Map<number, MergeArea[]>;

export function mergeStarts(sheet: SheetGrid): MergeStarts {
  const out: MergeStarts = new Map();
  for (const m of sheet.merges) {
    if (m.bottom <= m.top) continue;
    const list = out.get(m.top);
    if (list) list.push(m);
    else out.set(m.top, [m]);
  }
  return out;
}

function text(sheet: SheetGrid, r: number, c: number): string {
  return cellText(cellAt(sheet, r, c));
}

function ownCell(sheet: SheetGrid, r: number, c: number): CellData | undefined {
  const cell = cellAt(sheet, r, c);
  return cell && !cell.mergeCopy && !isEmptyCell(cell) ? cell : undefined;
}

/**
 * The heading a cell of the row below `above` stands under, and whether that heading spans several
 * columns (a group: merged across, or written once over columns the row below fills — the "Center
 * Across Selection" look).
 */
function headingAbove(sheet: SheetGrid, above: number, below: number, c: number, left: number): { text: string; group: boolean } {
  const t = text(sheet, above, c);
  // A group: merged across, or written once with blanks to its right over columns the row below fills.
  if (t) return { text: t, group: text(sheet, above, c - 1) === t || text(sheet, above, c + 1) === t || (!text(sheet, above, c + 1) && !!text(sheet, below, c + 1)) };
  for (let k = c - 1; k >= left; k--) {
    if (!text(sheet, below, k)) break;
    const s = text(sheet, above, k);
    if (s) return { text: s, group: true };
  }
  return { text: '', group: false };
}

/** Is row `r` the column-number row of the band spanning `left..right`? */
export function isNumberRow(sheet: SheetGrid, r: number, shape: RowShape, left: number, right: number): boolean {
  if (!shape.numberLike) return false;
  const width = right - left + 1;
  let own = 0;
  let first = -1;
  for (let c = left; c <= right; c++) {
    const cell = ownCell(sheet, r, c);
    if (!cell) continue;
    own++;
    if (first < 0) first = c;
  }
  // Column numbers run across the table from its first column; year numbers (1..5 under "Tahun
  // ke-") stand under their group only.
  return (first >= 0 && first <= left + 1 && own >= width * 0.5) || own >= width * 0.9;
}

/** Is row `r` a column-number row across the table spanning `left..right` (1 2 3 … from its first column)? */
export function isColumnNumberRow(sheet: SheetGrid, r: number, left: number, right: number): boolean {
  // Cheap first: a column-number row starts with a small number in the table's first columns.
  const start = asColumnNumber(cellAt(sheet, r, left)?.v) ?? asColumnNumber(cellAt(sheet, r, left + 1)?.v);
  if (start === undefined || start > 2) return false;
  return isNumberRow(sheet, r, rowShape(sheet, r), left, right);
}

/** Does row `r` continue the band whose last heading row is `last` (no merge reaches `r`)? */
function continuesBand(sheet: SheetGrid, r: number, last: number, left: number, right: number): boolean {
  let own = 0;
  let good = 0;
  let yearish = 0;
  let underGroup = 0;
  let headerTexts = 0;
  /** Year and header-text cells, whose heading above is counted only when the position must decide. */
  const groupCells: number[] = [];
  for (let c = left; c <= right; c++) {
    const cell = ownCell(sheet, r, c);
    // A copy of the heading above (a vertical merge written out cell by cell) says nothing new.
    if (!cell || (typeof cell.v === 'string' && text(sheet, last, c) === cellText(cell))) continue;
    own++;
    const v = cell.v;
    // Data ends the band: an amount, an error, a code. Checked first, before any heading is looked up.
    if (cell.err || (typeof v === 'number' && asYear(v) === undefined && asOrdinal(v) === undefined)) return false;
    // The heading above is looked up lazily: most heading rows decide without it.
    let above: { text: string; group: boolean } | undefined;
    const heading = () => (above ??= headingAbove(sheet, last, r, c, left));
    if (asYearLabel(v) || (typeof v === 'string' && v.length <= 24 && yearInText(v))) {
      yearish++;
      good++;
      groupCells.push(c);
      continue;
    }
    const ordinal = asOrdinal(v);
    if (ordinal !== undefined) {
      // A bare 1..5 is a year number only under a heading that asks for one ("… Tahun ke-").
      const h = heading();
      if (h.text && asksForYearNumber(h.text)) {
        yearish++;
        good++;
        if (h.group) underGroup++;
        continue;
      }
      // Quarters under "Target per Triwulan" (I … IV): sub-headings of their group.
      if (h.text && h.group && /\b(triwulan|tw|semester)\b/i.test(h.text)) {
        good++;
        underGroup++;
        headerTexts++;
        continue;
      }
      return false;
    }
    if (cell.err || typeof v !== 'string') return false;
    const t = v.trim();
    if (parseNumberText(t) !== null || /^\d+(\.\d+){2,}/.test(t)) return false;
    if (isHeaderText(t)) {
      headerTexts++;
      good++;
      groupCells.push(c);
    } else if (t.length > 40) return false;
    else if (heading().group) {
      good++;
      underGroup++;
    }
  }
  if (own === 0) return false;
  if (good < own * 0.6) return false;
  if (yearish >= 2) return true;
  if (headerTexts >= 2 && headerTexts === own) return true;
  // Otherwise the position decides: most of its cells under a heading that spans several columns.
  for (const c of groupCells) if (headingAbove(sheet, last, r, c, left).group) underGroup++;
  return underGroup >= Math.max(1, own * 0.5) && (headerTexts >= 1 || yearish >= 1);
}

/** A first header row with column headings across (three or more, no title among them), not a title line. */
function headingsAcross(sheet: SheetGrid, r: number, left: number, right: number): boolean {
  let n = 0;
  for (let c = left; c <= right; c++) {
    const t = text(sheet, r, c);
    if (!t) continue;
    if (TITLE.test(t)) return false;
    n++;
  }
  return n >= 3;
}

/** Row `r` repeats row `prev` cell for cell over the band's columns (a vertical merge written out). */
function sameRow(sheet: SheetGrid, r: number, prev: number, left: number, right: number): boolean {
  let filled = 0;
  for (let c = left; c <= right; c++) {
    const a = text(sheet, r, c);
    if (a !== text(sheet, prev, c)) return false;
    if (a) filled++;
  }
  return filled >= 2;
}

function rowIsBlank(sheet: SheetGrid, r: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (!isEmptyCell(cellAt(sheet, r, c))) return false;
  return true;
}

/** The band starting at `r` (a headerish row). */
export function growBand(sheet: SheetGrid, r: number, shape: RowShape, starts: MergeStarts, floor = 0): Band {
  const rows = [r];
  let left = shape.left;
  let right = shape.right;
  let reach = r;
  const byGeometry = (row: number) => {
    for (const m of starts.get(row) ?? []) {
      if (m.right < left || m.left > right) continue;
      if (m.bottom > reach && m.bottom - r < MAX_HEADER_ROWS) reach = m.bottom;
    }
  };
  byGeometry(r);
  let next = r + 1;
  let numberRow: number | undefined;
  /** The last heading row taken (a blank row inside the headings says nothing of the next). */
  let lastHeading = r;
  while (next < sheet.rowCount && rows.length < MAX_HEADER_ROWS) {
    const s = rowShape(sheet, next);
    // A row may reach past the first row's last heading: a group written once over its columns.
    const l = s.left >= 0 ? Math.min(left, s.left) : left;
    const rr = Math.max(right, s.right);
    // Column numbers are judged over the band's own columns: a table beside it may have data on this row.
    if (isNumberRow(sheet, next, s, l, rr) || isNumberRow(sheet, next, rowShape(sheet, next, left, right), left, right)) {
      numberRow = next;
      break;
    }
    const copy = sameRow(sheet, next, lastHeading, left, right);
    if (next <= reach || s.pureHeader || copy || continuesBand(sheet, next, lastHeading, l, rr)) {
      rows.push(next);
      if (!rowIsBlank(sheet, next, l, rr)) lastHeading = next;
      if (s.left >= 0) {
        left = Math.min(left, s.left);
        right = Math.max(right, s.right);
      }
      byGeometry(next);
      next++;
      continue;
    }
    // One blank row between the headings and their column numbers, or inside the headings (a
    // vertical merge unmerged leaves its lower rows blank).
    if (rowIsBlank(sheet, next, left, right) && next + 1 < sheet.rowCount) {
      const after = rowShape(sheet, next + 1);
      if (isNumberRow(sheet, next + 1, after, left, right)) {
        rows.push(next);
        numberRow = next + 1;
      } else if (
        rows.length + 2 <= MAX_HEADER_ROWS &&
        headingsAcross(sheet, rows[0], left, right) &&
        !rowIsBlank(sheet, next + 1, left, right) &&
        (after.pureHeader || continuesBand(sheet, next + 1, lastHeading, left, right))
      ) {
        rows.push(next);
        next++;
        continue;
      }
    }
    break;
  }
  if (numberRow === undefined && next < sheet.rowCount && rows.length === MAX_HEADER_ROWS) {
    const s = rowShape(sheet, next);
    if (isNumberRow(sheet, next, s, left, right)) numberRow = next;
  }
  if (numberRow !== undefined) {
    rows.push(numberRow);
    const s = rowShape(sheet, numberRow);
    left = Math.min(left, s.left);
    right = Math.max(right, s.right);
  }
  if (r - 1 >= floor && groupRowAbove(sheet, r, left, right)) rows.unshift(r - 1);
  return { rows, left, right, numberRow };
}

const TITLE = /^(tabel|table|lampiran)\b/i;

/**
 * A row right above a band that holds only a group heading or two written over some of its
 * columns ("Target Kinerja Program dan Kerangka Pendanaan" typed once over the years, with nothing
 * over Kode or Program): part of the band. A title across the table is not.
 */
function groupRowAbove(sheet: SheetGrid, r: number, left: number, right: number): boolean {
  if (r === 0) return false;
  const row = sheet.rows[r - 1];
  if (!row) return false;
  let own = 0;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (!cell || isEmptyCell(cell)) continue;
    if (c < left || c > right) return false;
    if (cell.mergeCopy) {
      // A merged heading over (nearly) the whole width is a title.
      continue;
    }
    const t = cellText(cell);
    if (c === left || typeof cell.v !== 'string' || !isHeaderText(t) || TITLE.test(t) || !text(sheet, r, c)) return false;
    if (++own > 3) return false;
  }
  if (own === 0) return false;
  let covered = 0;
  for (let c = left; c <= right; c++) if (!isEmptyCell(row[c])) covered++;
  return covered < (right - left + 1) * 0.8;
}

/** All header bands of a sheet, top to bottom. */
export function findBands(sheet: SheetGrid, starts: MergeStarts = mergeStarts(sheet)): Band[] {
  const bands: Band[] = [];
  let r = 0;
  while (r < sheet.rowCount) {
    const shape = rowShape(sheet, r);
    if (!shape.headerish) {
      r++;
      continue;
    }
    const prev = bands[bands.length - 1];
    const band = growBand(sheet, r, shape, starts, prev ? prev.rows[prev.rows.length - 1] + 1 : 0);
    bands.push(band);
    r = band.rows[band.rows.length - 1] + 1;
  }
  return bands;
}

/**
 * The band as a reader sees it: per band row (column numbers left out), per column, the heading
 * text — merged areas already copied, and a heading written once over columns that the row below
 * fills spread over them (a year over its target | Rp pair, "Tahun ke-" over 1..5).
 */
export function bandTexts(sheet: SheetGrid, band: Band): string[][] {
  const heads = band.rows.filter((r) => r !== band.numberRow);
  const out = heads.map((r) => {
    const row: string[] = [];
    for (let c = band.left; c <= band.right; c++) row.push(text(sheet, r, c));
    return row;
  });
  // A vertical merge unmerged leaves its heading in the top cell only: the blank cells under a
  // heading of one column read it — not under a group spanning several columns (merged across, or
  // written once over blanks whose columns the row below fills): its pairs sit below.
  for (let i = 1; i < out.length; i++) {
    const up = out[i - 1];
    const row = out[i];
    for (let k = 0; k < row.length; k++) {
      const group = up[k - 1] === up[k] || up[k + 1] === up[k] || (k + 1 < row.length && !up[k + 1] && !!row[k + 1]);
      if (!row[k] && up[k] && !group) row[k] = up[k];
    }
  }
  // Bottom-up, so a year spread over its pair lets the group heading above spread over all years.
  for (let i = out.length - 2; i >= 0; i--) {
    const row = out[i];
    const below = out[i + 1];
    for (let k = 0; k < row.length; k++) {
      if (!row[k] || !below[k]) continue;
      let j = k + 1;
      // Sub-headings of one kind: measures and years, or column titles under a heading such as "Kode".
      const titles = !isSubHeading(below[k], below);
      while (j < row.length && !row[j] && below[j] && (titles || isSubHeading(below[j], below))) {
        row[j] = row[k];
        j++;
      }
      k = j - 1;
    }
  }
  for (let i = 0; i < out.length - 1; i++) joinSplitHeadings(out[i], out[i + 1]);
  return out;
}

/** Words a heading does not end with: a heading cut there continues in the next cell. */
const CUT = /\b(dan|pada|serta|atau|yang|untuk|dengan|dalam|sampai|akhir)$/;

/**
 * A group heading split over two cells of its row, as PDF and Word conversions leave it ("Target
 * Kinerja Program dan" | "Kerangka Pendanaan", "Kondisi Kinerja pada akhir" | "periode Renstra …"):
 * one heading over both spans.
 */
function joinSplitHeadings(row: string[], below: string[]): void {
  // Only group headings: spans whose columns have headings of their own in the row below.
  const isGroup = (from: number, to: number) => {
    for (let c = from; c <= to; c++) if (!below[c] || below[c] === row[c]) return false;
    return true;
  };
  let k = 0;
  while (k < row.length) {
    if (!row[k]) {
      k++;
      continue;
    }
    let end = k;
    while (end + 1 < row.length && row[end + 1] === row[k]) end++;
    const next = end + 1;
    let nextEnd = next;
    while (nextEnd + 1 < row.length && row[nextEnd + 1] === row[next]) nextEnd++;
    // A year heading of a few words ("Tahun ke-1 (2026)") is a label too.
    const label = (t: string) => !!asYearLabel(t) || asOrdinal(t) !== undefined || isMeasureSubHeading(t) || (t.length <= 24 && !!yearInText(t));
    // A heading continued in lower case ("… Program dan" | "kerangka pendanaan") — unless the row is
    // all lower case, where every group starts so.
    const lowerContinues = /^[a-z]/.test(row[next]) && !/^[a-z]/.test(row[k]);
    const cut = next < row.length && row[next] && !label(row[k]) && !label(row[next]) && (CUT.test(normalize(row[k])) || lowerContinues);
    // A group heading spans columns, or stands over sub-headings; two single cells over lines that
    // continue their own columns ("Program dan" over "Kegiatan", beside "Indikator Kinerja") are two headings.
    const spans = end > k || nextEnd > next || below.slice(k, nextEnd + 1).every((t) => isSubHeading(t, below));
    if (cut && spans && isGroup(k, nextEnd)) {
      const joined = `${row[k]} ${row[next]}`;
      for (let c = k; c <= nextEnd; c++) row[c] = joined;
      continue;
    }
    k = next;
  }
}

/**
 * A heading that can stand under a group written once over several columns: a year, a year
 * number, a measure ("target", "Rp", "K"), or a heading the row repeats (the pattern of the pairs).
 * A column title of its own ("Unit Kerja", "Lokasi") is not: the group stops before it.
 */
function isSubHeading(t: string, row: string[]): boolean {
  if (asYearLabel(t) || asOrdinal(t) !== undefined || isMeasureSubHeading(t)) return true;
  let n = 0;
  for (const x of row) if (x === t && ++n >= 2) return true;
  return false;
}

/** A band's signature: per column, the squashed header texts top to bottom (number row left out). */
export function bandSignature(sheet: SheetGrid, band: Band): string[] {
  const sig: string[] = [];
  for (let c = band.left; c <= band.right; c++) {
    const parts: string[] = [];
    for (const r of band.rows) {
      if (r === band.numberRow) continue;
      const t = squash(text(sheet, r, c));
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

