/**
 * Writing to the spreadsheet: highlights, the fill and its undo, the report sheet. Every write is
 * batched per rectangle or per list of ranges (`getRangeList(…).setBackground`), and what a write
 * replaces is stored in the document first, so "Hapus sorotan" and "Batalkan pengisian" restore it
 * exactly, also after the spreadsheet was closed. Protected sheets are never written.
 */
import { a1, columnLetters, rangeA1 } from '../../core/address';
import type { Finding } from '../../core/rules/types';
import { HIGHLIGHT_COLORS, KEYS } from '../../taskpane/document-state';
import { REPORT_HEADER, REPORT_LINK_COLUMN, REPORT_SHEET, reportRows } from '../../taskpane/report-rows';
import { isDate } from '../functions';
import type { FillTarget, HighlightTarget } from '../api';
import { rectanglesOf } from '../formulas';
import { at, documentState, lockedSheets, sheetNamed, spreadsheet } from './spreadsheet';

/** The colour `getBackgrounds()` reports for a cell without fill. */
const NO_FILL = '#ffffff';

/** A highlighted cell's background before the add-in touched it. */
export interface OriginalBackground {
  sheet: string;
  cell: string;
  /** null: the cell had no fill. */
  color: string | null;
}

function bySheet<T extends { sheet: string }>(items: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(item.sheet, [...(out.get(item.sheet) ?? []), item]);
  return out;
}

export function highlight(targets: HighlightTarget[]): { highlighted: number; protectedSheets: string[] } {
  const previous = (documentState.get(KEYS.highlights) as OriginalBackground[] | undefined) ?? [];
  const done = new Set(previous.map((o) => `${o.sheet}!${o.cell}`));
  const locked = lockedSheets(targets.map((t) => t.sheet));
  const originals = [...previous];
  const writes: { sheet: string; color: string; cells: string[] }[] = [];
  for (const [name, list] of bySheet(targets.filter((t) => !locked.has(t.sheet)))) {
    const sheet = sheetNamed(name);
    const cells = list.map((t) => ({ ...t, ...at(t.cell) }));
    const top = Math.min(...cells.map((c) => c.row));
    const left = Math.min(...cells.map((c) => c.col));
    const bottom = Math.max(...cells.map((c) => c.row));
    const right = Math.max(...cells.map((c) => c.col));
    // One read of the backgrounds under every finding of the sheet.
    const backgrounds = sheet.getRange(top + 1, left + 1, bottom - top + 1, right - left + 1).getBackgrounds();
    for (const c of cells) {
      const key = `${name}!${c.cell}`;
      if (done.has(key)) continue;
      const color = String(backgrounds[c.row - top][c.col - left]).toLowerCase();
      originals.push({ sheet: name, cell: c.cell, color: color === NO_FILL ? null : color });
      done.add(key);
    }
    // An error wins over a warning on the same cell.
    const errors = new Set(cells.filter((c) => c.severity === 'error').map((c) => c.cell));
    const warnings = new Set(cells.filter((c) => c.severity === 'warning' && !errors.has(c.cell)).map((c) => c.cell));
    if (errors.size) writes.push({ sheet: name, color: HIGHLIGHT_COLORS.error, cells: [...errors] });
    if (warnings.size) writes.push({ sheet: name, color: HIGHLIGHT_COLORS.warning, cells: [...warnings] });
  }
  // The originals are kept before anything is coloured.
  documentState.set(KEYS.highlights, originals, 'Catatan warna asli sel yang disorot');
  for (const w of writes) sheetNamed(w.sheet).getRangeList(w.cells).setBackground(w.color);
  return { highlighted: originals.length - previous.length, protectedSheets: [...locked] };
}

export function clearHighlights(): number {
  const originals = (documentState.get(KEYS.highlights) as OriginalBackground[] | undefined) ?? [];
  const groups = new Map<string, { sheet: string; color: string | null; cells: string[] }>();
  for (const o of originals) {
    const key = `${o.sheet}\u0000${o.color ?? ''}`;
    const g = groups.get(key) ?? { sheet: o.sheet, color: o.color, cells: [] };
    g.cells.push(o.cell);
    groups.set(key, g);
  }
  for (const g of groups.values()) {
    const sheet = spreadsheet().getSheetByName(g.sheet);
    // A sheet deleted since: nothing left to restore there.
    if (sheet) sheet.getRangeList(g.cells).setBackground(g.color);
  }
  documentState.set(KEYS.highlights, undefined);
  return originals.length;
}

/** What a fill replaced, one rectangle at a time. */
export interface UndoRectangle {
  sheet: string;
  /** A1 of the rectangle. */
  range: string;
  /** Row by row: the cell's formula ("=…"), else its value ("" for empty). */
  contents: (string | number | boolean)[][];
  formats: string[][];
}

/** A Date as the serial number Sheets stores (its number format, restored with it, shows it as a date again). */
function dateSerial(d: Date, timeZone: string): number {
  const wall = Utilities.formatDate(d, timeZone, "yyyy-MM-dd'T'HH:mm:ss");
  return (Date.parse(`${wall}Z`) - Date.UTC(1899, 11, 30)) / 86400000;
}

export function applyFill(targets: FillTarget[]): { written: number; protectedSheets: string[] } {
  const locked = lockedSheets(targets.map((t) => t.sheet));
  const timeZone = spreadsheet().getSpreadsheetTimeZone();
  const plan: { sheet: GoogleAppsScript.Spreadsheet.Sheet; name: string; top: number; left: number; formulas: string[][] }[] = [];
  const undo: UndoRectangle[] = [];
  for (const [name, list] of bySheet(targets.filter((t) => !locked.has(t.sheet)))) {
    const sheet = sheetNamed(name);
    for (const rect of rectanglesOf(list.map((t) => ({ ...t, ...at(t.cell) })))) {
      const rows = rect.cells.length;
      const cols = rect.cells[0].length;
      const range = sheet.getRange(rect.top + 1, rect.left + 1, rows, cols);
      const formulas = range.getFormulas();
      const values = range.getValues();
      undo.push({
        sheet: name,
        range: rangeA1(rect.top, rect.left, rect.top + rows - 1, rect.left + cols - 1),
        contents: values.map((line, r) =>
          line.map((v: unknown, c) => (formulas[r][c] ? formulas[r][c] : isDate(v) ? dateSerial(v, timeZone) : (v as string | number | boolean))),
        ),
        formats: range.getNumberFormats(),
      });
      plan.push({ sheet, name, top: rect.top, left: rect.left, formulas: rect.cells.map((line) => line.map((t) => `=${t.formula}`)) });
    }
  }
  // The undo record is kept before anything is written (and a record too large to keep stops the fill here).
  documentState.set(KEYS.undoFill, undo, 'Catatan pembatalan pengisian');
  for (const p of plan) p.sheet.getRange(p.top + 1, p.left + 1, p.formulas.length, p.formulas[0].length).setFormulas(p.formulas);
  return { written: plan.reduce((n, p) => n + p.formulas.length * p.formulas[0].length, 0), protectedSheets: [...locked] };
}

export function hasUndo(): boolean {
  const record = documentState.get(KEYS.undoFill);
  return Array.isArray(record) && record.length > 0;
}

export function undoFill(): number {
  const record = (documentState.get(KEYS.undoFill) as UndoRectangle[] | undefined) ?? [];
  let restored = 0;
  for (const u of record) {
    const sheet = spreadsheet().getSheetByName(u.sheet);
    if (!sheet) continue;
    const range = sheet.getRange(u.range);
    // setValues takes a formula as typed ("=…"); a text is typed with a leading apostrophe so that
    // "007" or "1.234" stays the text it was instead of becoming a number.
    range.setValues(u.contents.map((line) => line.map((v) => (typeof v === 'string' && v !== '' && !v.startsWith('=') ? `'${v}` : v))));
    range.setNumberFormats(u.formats);
    restored += u.contents.length * (u.contents[0]?.length ?? 0);
  }
  documentState.set(KEYS.undoFill, undefined);
  return restored;
}

/**
 * "Laporan ke lembar baru": the findings on a sheet of their own ("Laporan Validasi", replacing an
 * earlier one), each cell address a link to the finding's cell.
 */
export function writeReport(findings: Finding[]): string {
  const ss = spreadsheet();
  const gids = new Map(ss.getSheets().map((s) => [s.getName(), s.getSheetId()]));
  const old = ss.getSheetByName(REPORT_SHEET);
  if (old) ss.deleteSheet(old);
  const sheet = ss.insertSheet(REPORT_SHEET, ss.getSheets().length);
  const rows = reportRows(findings, (f) => (gids.has(f.sheet) ? `#gid=${gids.get(f.sheet)}&range=${f.cell}` : `#range=${f.cell}`));
  const width = REPORT_HEADER.length;
  const last = columnLetters(width - 1);
  // Every column but the link's is plain text, so a value such as "1.234.567" or "=…" stays as written.
  const textColumns = REPORT_HEADER.map((_, c) => c).filter((c) => c !== REPORT_LINK_COLUMN && c !== 0);
  sheet.getRangeList(textColumns.map((c) => `${a1(0, c)}:${a1(rows.length - 1, c)}`)).setNumberFormat('@');
  sheet.getRange(`A1:${last}${rows.length}`).setValues(rows.map((line) => line.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v))));
  sheet.getRange(`A1:${last}1`).setFontWeight('bold');
  sheet.setFrozenRows(1);
  sheet.autoResizeColumns(1, width);
  sheet.activate();
  return REPORT_SHEET;
}
