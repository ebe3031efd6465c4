/**
 * The host-neutral grid model. A host adapter (exceljs for files, Office.js in Excel, Apps Script
 * in Google Sheets) fills a `WorkbookGrid`; everything else in `src/core` reads only this.
 * Rows and columns are 0-based here; addresses shown to users are A1 (see `address.ts`).
 */
import { dateFormatKind, serialToIsoDate } from './number';

/** A cell's content as the host holds it. */
export interface CellData {
  /** Shown value: a number, a text, a boolean, or null for an empty cell. For a formula, its cached result. */
  v: number | string | boolean | null;
  /** Formula text without the leading "=", in the host's English (OOXML) form, if the cell holds one. */
  f?: string;
  /** Error value the cell shows (`#REF!`, `#DIV/0!`, …), if any. `v` is null then. */
  err?: string;
  /** Number format code (`#,##0`, `0.00`, `0%`, `@`). */
  fmt?: string;
  bold?: boolean;
  /** Indentation level (Excel's alignment indent). */
  indent?: number;
  /** True when the cell holds a formula whose cached value is missing (never calculated). */
  noValue?: boolean;
  /** Only in the view `expandMerges` makes: a copy of its merged area's top-left content. */
  mergeCopy?: boolean;
}

export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** rows[r][c]; missing rows or cells are empty. */
  rows: (CellData | undefined)[][];
  merges: MergeArea[];
  /** Number of rows and columns that may hold content. */
  rowCount: number;
  colCount: number;
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
  /** The add-in's document settings saved in the workbook (`renstra.tabel`, …), when the host reads them. */
  settings?: Record<string, unknown>;
}

export function cellAt(sheet: SheetGrid, r: number, c: number): CellData | undefined {
  const row = sheet.rows[r];
  return row ? row[c] : undefined;
}

export function isEmptyCell(cell: CellData | undefined): boolean {
  if (!cell) return true;
  if (cell.err || cell.f) return false;
  if (cell.v === null || cell.v === undefined) return true;
  return typeof cell.v === 'string' && cell.v.trim() === '';
}

/** Every filled cell of `cells[left..right]` holds a formula, and one does at least (merge copies are not the row's own). */
export function onlyFormulas(cells: (CellData | undefined)[] | undefined, left: number, right: number): boolean {
  let formulas = 0;
  for (let c = left; c <= right; c++) {
    const cell = cells?.[c];
    if (isEmptyCell(cell) || cell?.mergeCopy) continue;
    if (!cell?.f) return false;
    formulas++;
  }
  return formulas > 0;
}

/** Text of a cell as a person reads it (numbers in plain form), '' when empty. */
export function cellText(cell: CellData | undefined): string {
  if (!cell) return '';
  if (cell.err) return cell.err;
  if (cell.v === null || cell.v === undefined) return '';
  return String(cell.v).trim();
}

/**
 * Builds a SheetGrid from a dense 2-D array of plain values — handy for tests and for hosts that
 * hand over value matrices (Office.js `values`, Apps Script `getValues()`).
 */
export function sheetFromValues(
  name: string,
  values: (number | string | boolean | null | undefined | CellData)[][],
  merges: MergeArea[] = [],
): SheetGrid {
  const rows: (CellData | undefined)[][] = [];
  let colCount = 0;
  values.forEach((row, r) => {
    const out: (CellData | undefined)[] = [];
    row.forEach((v, c) => {
      if (v === undefined || v === null || v === '') return;
      out[c] = typeof v === 'object' ? v : { v };
    });
    rows[r] = out;
    colCount = Math.max(colCount, row.length);
  });
  return { name, rows, merges, rowCount: values.length, colCount };
}

/**
 * Copies each merge area's top-left content to the other cells of the area, as a reader sees a
 * merged header. Recognition works on this view; addresses of findings still point at real cells.
 */
export function expandMerges(sheet: SheetGrid): SheetGrid {
  const dated = datesAsShown(sheet);
  if (sheet.merges.length === 0) return dated ?? sheet;
  const rows = (dated ?? sheet).rows.map((row) => (row ? row.slice() : row));
  for (const m of sheet.merges) {
    const master = rows[m.top]?.[m.left];
    if (!master || isEmptyCell(master)) continue;
    for (let r = m.top; r <= m.bottom; r++) {
      if (!rows[r]) rows[r] = [];
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        if (isEmptyCell(rows[r][c])) rows[r][c] = { v: master.v, bold: master.bold, fmt: master.fmt, mergeCopy: true };
      }
    }
  }
  return { ...sheet, rows };
}

/**
 * Header cells holding dates show what their format shows: a year heading typed as a date and
 * formatted `yyyy` reads 2025 (Office.js hands over the serial number 45658, exceljs a date), any
 * other date its ISO form. Returns undefined when the sheet has no date cell.
 */
function datesAsShown(sheet: SheetGrid): SheetGrid | undefined {
  let rows: (CellData | undefined)[][] | undefined;
  // Most cells share a handful of formats: remember the last one's answer.
  let lastFmt: string | undefined;
  let lastKind: ReturnType<typeof dateFormatKind>;
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell?.fmt) continue;
      if (cell.fmt !== lastFmt) {
        lastFmt = cell.fmt;
        lastKind = dateFormatKind(cell.fmt);
      }
      const kind = lastKind;
      if (!kind) continue;
      let iso: string | undefined;
      if (typeof cell.v === 'number' && cell.v > 0 && cell.v < 2958466) iso = serialToIsoDate(cell.v);
      else if (typeof cell.v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(cell.v)) iso = cell.v;
      if (!iso) continue;
      rows ??= sheet.rows.map((x) => (x ? x.slice() : x));
      rows[r][c] = { ...cell, v: kind === 'year' ? parseInt(iso.slice(0, 4), 10) : iso };
    }
  }
  return rows ? { ...sheet, rows } : undefined;
}
