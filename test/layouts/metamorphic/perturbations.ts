/**
 * Edits that change how a workbook looks but not what it says: a planner's table moved, retyped,
 * re-merged or annotated is still the same table with the same mistakes. Each perturbation gets the
 * original workbook and the tables the engine recognised in it (to know where the header rows and
 * money columns are) and returns the edited copy with its address map.
 */
import { realColumn, SECOND_MEASURE } from '../../../src/core/address';
import type { CellData, WorkbookGrid } from '../../../src/core/grid';
import type { Table } from '../../../src/core/recognize';
import { GridEditor } from './edit';

export interface Perturbation {
  id: string;
  title: string;
  apply(wb: WorkbookGrid, tables: Table[]): GridEditor;
  /** Finding rules the edit may add or remove on purpose (money typed as text is itself reported). */
  mayChangeRules?: string[];
  /** Columns the edit adds right of each table, which the table may take in as notes. */
  addedColumns?: number;
}

/** Every row of a table's header bands: the first band and its repeats. */
function headerRows(t: Table): number[] {
  return [...new Set([...t.header.rows, ...t.repeats.flatMap((b) => b.rows)])].sort((a, b) => a - b);
}

/** Rewrites the header texts of every recognised table. */
function rewriteHeaders(fn: (text: string) => string) {
  return (wb: WorkbookGrid, tables: Table[]): GridEditor => {
    const ed = new GridEditor(wb);
    for (const t of tables) ed.mapTexts(t.sheet, fn, { rows: headerRows(t), left: t.left, right: t.right });
    return ed;
  };
}

/** Rewrites every text cell of every sheet. */
function rewriteTexts(fn: (text: string) => string) {
  return (wb: WorkbookGrid): GridEditor => {
    const ed = new GridEditor(wb);
    for (const s of ed.wb.sheets) ed.mapTexts(s.name, fn);
    return ed;
  };
}

/** Two empty rows above and one empty column left of everything, on every sheet. */
function offset(wb: WorkbookGrid): GridEditor {
  const ed = new GridEditor(wb);
  for (const s of ed.wb.sheets) {
    ed.insertRows(s.name, 0, 2);
    ed.insertCols(s.name, 0, 1);
  }
  return ed;
}

/** Deletes the column-number rows (first band and repeats) where the row holds nothing outside those tables. */
function dropNumberRows(wb: WorkbookGrid, tables: Table[]): GridEditor {
  const ed = new GridEditor(wb);
  const spansBySheet = new Map<string, { r: number; left: number; right: number }[]>();
  for (const t of tables) {
    for (const b of [t.header, ...t.repeats]) {
      if (b.numberRow === undefined) continue;
      const spans = spansBySheet.get(t.sheet) ?? [];
      spans.push({ r: b.numberRow, left: Math.min(t.left, b.left), right: Math.max(t.right, b.right) });
      spansBySheet.set(t.sheet, spans);
    }
  }
  for (const [sheet, spans] of spansBySheet) {
    const s = wb.sheets.find((x) => x.name === sheet)!;
    // Bottom up, so the rows still to delete keep their original index.
    for (const r of [...new Set(spans.map((x) => x.r))].sort((a, b) => b - a)) {
      const mine = spans.filter((x) => x.r === r);
      const foreign = (s.rows[r] ?? []).some((cell, c) => cell && cell.v !== null && cell.v !== '' && !mine.some((x) => c >= x.left && c <= x.right));
      if (!foreign) ed.deleteRow(sheet, r);
    }
  }
  return ed;
}

/** Header merges undone, as a planner who unmerges to sort or a CSV round trip (`fill`) leaves them. */
function unmergeHeaders(fill: boolean) {
  return (wb: WorkbookGrid, tables: Table[]): GridEditor => {
    const ed = new GridEditor(wb);
    for (const t of tables) {
      const rows = headerRows(t);
      ed.unmerge(t.sheet, (m) => rows.some((r) => r >= m.top && r <= m.bottom) && m.right >= t.left && m.left <= t.right, fill);
    }
    return ed;
  };
}

const NOTES = ['Sesuai RPJMD', 'Tercapai', 'Perlu peningkatan', 'Urusan wajib'];

/**
 * A "Keterangan" (notes) column right of each table, headed over the header rows, numbered in the
 * column-number row and filled on every third data row. A whole column is inserted, as a planner
 * does, unless another table stands above or below on those columns: then the cells of this
 * table's rows shift right and the other table keeps its shape.
 */
function addNotesColumn(wb: WorkbookGrid, tables: Table[]): GridEditor {
  const ed = new GridEditor(wb);
  for (const t of [...tables].sort((a, b) => b.right - a.right || b.top - a.top)) {
    const topLeft = ed.map(t.sheet, t.top, t.left)!;
    const bottomRight = ed.map(t.sheet, t.bottom, t.right)!;
    const at = bottomRight.c + 1;
    const stacked = tables.some((o) => o !== t && o.sheet === t.sheet && (o.bottom < t.top || o.top > t.bottom) && o.left <= t.right + 1 && o.right >= t.left);
    if (stacked) ed.shiftRight(t.sheet, topLeft.r, bottomRight.r, at, 1);
    else ed.insertCols(t.sheet, at, 1);
    for (const band of [t.header, ...t.repeats]) {
      const heads = band.rows.filter((r) => r !== band.numberRow).map((r) => ed.map(t.sheet, r, t.left)!.r);
      if (heads.length) {
        const bold = !!ed.get(t.sheet, heads[0], topLeft.c)?.bold;
        ed.set(t.sheet, heads[0], at, { v: 'Keterangan', ...(bold ? { bold } : {}) });
        const last = heads[heads.length - 1];
        if (last > heads[0]) ed.sheet(t.sheet).merges.push({ top: heads[0], left: at, bottom: last, right: at });
      }
      if (band.numberRow !== undefined) {
        const numberCell = ed.map(t.sheet, band.numberRow, t.right)!;
        const prev = ed.get(t.sheet, numberCell.r, numberCell.c);
        const n = prev ? parseInt(String(prev.v).replace(/\D/g, ''), 10) : NaN;
        if (prev && Number.isFinite(n)) {
          const v = typeof prev.v === 'number' ? n + 1 : String(prev.v).replace(/\d+/, String(n + 1));
          ed.set(t.sheet, numberCell.r, at, { ...prev, v });
        }
      }
    }
    t.dataRows.forEach((r, i) => {
      if (i % 3 === 0) ed.set(t.sheet, ed.map(t.sheet, r, t.left)!.r, at, { v: NOTES[(i / 3) % NOTES.length] });
    });
  }
  return ed;
}

/** A bold "Tabel X.Y <sheet>" two rows above each table; two rows are inserted where those are not free. */
function addTitles(wb: WorkbookGrid, tables: Table[]): GridEditor {
  const ed = new GridEditor(wb);
  for (const t of [...tables].sort((a, b) => b.top - a.top)) {
    const sheetNo = wb.sheets.findIndex((s) => s.name === t.sheet) + 1;
    const tableNo = tables.filter((x) => x.sheet === t.sheet).indexOf(t) + 1;
    const topLeft = ed.map(t.sheet, t.top, t.left)!;
    const right = ed.map(t.sheet, t.top, t.right)!.c;
    const free = (r: number) => {
      if (r < 0) return false;
      for (let c = topLeft.c; c <= right; c++) {
        const cell = ed.get(t.sheet, r, c);
        if (cell && cell.v !== null && String(cell.v).trim() !== '') return false;
      }
      return !ed.sheet(t.sheet).merges.some((m) => r >= m.top && r <= m.bottom && m.right >= topLeft.c && m.left <= right);
    };
    let at = topLeft.r - 2;
    if (!free(topLeft.r - 2) || !free(topLeft.r - 1)) {
      ed.insertRows(t.sheet, topLeft.r, 2);
      at = topLeft.r;
    }
    ed.set(t.sheet, at, topLeft.c, { v: `Tabel ${sheetNo}.${tableNo} ${t.sheet}`, bold: true });
  }
  return ed;
}

/** "1.250.000.000", "-12.500,5": a number as an Indonesian planner types it, every decimal kept (amounts in "Rp juta" carry three). */
function indonesianNumber(v: number): string {
  const [int, frac] = String(Math.abs(v)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${v < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** Typed money amounts (pagu, end-of-period pagu, a T-C.24's realisation) as text, their number format dropped. */
function moneyAsText(wb: WorkbookGrid, tables: Table[]): GridEditor {
  const ed = new GridEditor(wb);
  for (const t of tables) {
    for (const c of t.columns) {
      const money = c.role === 'pagu' || c.role === 'akhir-pagu' || (c.role === 'realisasi' && t.kind === 'anggaran-realisasi');
      if (!money) continue;
      const rows = t.stacked && c.col >= SECOND_MEASURE ? t.stacked.paguRows : t.dataRows;
      const col = realColumn(c.col);
      for (const r of rows) {
        const cell = ed.get(t.sheet, r, col);
        if (!cell || typeof cell.v !== 'number' || cell.f || cell.err) continue;
        const text: CellData = { ...cell, v: indonesianNumber(cell.v) };
        delete text.fmt;
        ed.set(t.sheet, r, col, text);
      }
    }
  }
  return ed;
}

const NBSP = '\u00a0';
/** A single space (not part of a run of spaces). */
const LONE_SPACE = /(?<! ) (?! )/g;

export const PERTURBATIONS: Perturbation[] = [
  { id: '1-offset', title: 'insert 2 empty rows at the top and 1 empty column at the left of every sheet', apply: offset },
  { id: '2a-upper', title: 'upper-case header texts', apply: rewriteHeaders((t) => t.toUpperCase()) },
  { id: '2b-lower', title: 'lower-case header texts', apply: rewriteHeaders((t) => t.toLowerCase()) },
  { id: '3a-linebreak', title: 'single spaces in header texts → line break + space', apply: rewriteHeaders((t) => t.replace(LONE_SPACE, '\n ')) },
  { id: '3b-double-space', title: 'single spaces in header texts → double spaces', apply: rewriteHeaders((t) => t.replace(LONE_SPACE, '  ')) },
  { id: '4-no-number-row', title: 'delete the column-number rows', apply: dropNumberRows },
  { id: '5a-unmerge', title: 'unmerge header merges, text in the top-left cell only', apply: unmergeHeaders(false) },
  { id: '5b-unmerge-fill', title: 'unmerge header merges, text copied into every cell (CSV round trip)', apply: unmergeHeaders(true) },
  { id: '6-keterangan', title: 'add a "Keterangan" column right of each table', apply: addNotesColumn, addedColumns: 1 },
  { id: '7-title', title: 'add a title "Tabel X.Y <sheet>" two rows above each table', apply: addTitles },
  { id: '8-money-text', title: 'money amounts typed as Indonesian text ("1.250.000.000")', apply: moneyAsText, mayChangeRules: ['value.angka-teks'] },
  { id: '9a-pad-spaces', title: 'leading and trailing spaces in every text cell', apply: rewriteTexts((t) => `  ${t} `) },
  { id: '9b-pad-nbsp', title: 'leading and trailing non-breaking spaces in every text cell', apply: rewriteTexts((t) => `${NBSP}${t}${NBSP}`) },
  { id: '9c-inner-nbsp', title: 'every space inside text cells a non-breaking space (web or PDF paste)', apply: rewriteTexts((t) => t.replace(/ /g, NBSP)) },
];

export function perturbation(id: string): Perturbation {
  const p = PERTURBATIONS.find((x) => x.id === id);
  if (!p) throw new Error(`no perturbation ${id}`);
  return p;
}
