/**
 * Grid edits that remember where every original cell went (insert and delete rows and columns,
 * "insert cells, shift right", unmerge), so that the engine's answer on the original workbook can
 * be compared address for address with its answer on the edited one.
 */
import type { CellData, MergeArea, SheetGrid, WorkbookGrid } from '../../../src/core/grid';

export interface Position {
  r: number;
  c: number;
}

/** Where a sheet's original cell is after the edits; null when its row was deleted. */
export type AddressMap = (sheet: string, r: number, c: number) => Position | null;

/** One edit's effect on an address. */
type Move = (p: Position) => Position | null;

function cloneSheet(s: SheetGrid): SheetGrid {
  return {
    name: s.name,
    rows: s.rows.map((row) => (row ? row.map((cell) => (cell ? { ...cell } : cell)) : row)),
    merges: s.merges.map((m) => ({ ...m })),
    rowCount: s.rowCount,
    colCount: s.colCount,
  };
}

/** Edits a copy of a workbook (the original is never touched) and composes the moves of every edit. */
export class GridEditor {
  readonly wb: WorkbookGrid;
  private readonly moves = new Map<string, Move[]>();

  constructor(original: WorkbookGrid) {
    this.wb = { ...original, sheets: original.sheets.map(cloneSheet) };
  }

  sheet(name: string): SheetGrid {
    const s = this.wb.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** Where original cell (r, c) of `sheet` is now; null when deleted. */
  map(sheet: string, r: number, c: number): Position | null {
    let p: Position | null = { r, c };
    for (const move of this.moves.get(sheet) ?? []) {
      p = move(p);
      if (!p) return null;
    }
    return p;
  }

  get(sheet: string, r: number, c: number): CellData | undefined {
    return this.sheet(sheet).rows[r]?.[c];
  }

  set(sheet: string, r: number, c: number, cell: CellData | undefined): void {
    const s = this.sheet(sheet);
    while (s.rows.length <= r) s.rows.push([]);
    (s.rows[r] ??= [])[c] = cell;
    s.rowCount = Math.max(s.rowCount, r + 1);
    s.colCount = Math.max(s.colCount, c + 1);
  }

  /** Inserts `n` empty rows before row `at`; as in Excel, a merge spanning the insertion point grows. */
  insertRows(sheet: string, at: number, n: number): void {
    const s = this.sheet(sheet);
    while (s.rows.length < at) s.rows.push([]);
    s.rows.splice(at, 0, ...Array.from({ length: n }, () => [] as (CellData | undefined)[]));
    for (const m of s.merges) {
      if (m.top >= at) m.top += n;
      if (m.bottom >= at) m.bottom += n;
    }
    s.rowCount += n;
    this.record(sheet, (p) => (p.r >= at ? { r: p.r + n, c: p.c } : p));
  }

  /** Inserts `n` empty columns before column `at` on every row. */
  insertCols(sheet: string, at: number, n: number): void {
    const s = this.sheet(sheet);
    s.rows = s.rows.map((row) => {
      if (!row || row.length <= at) return row;
      const out = row.slice();
      out.splice(at, 0, ...new Array<CellData | undefined>(n));
      return out;
    });
    for (const m of s.merges) {
      if (m.left >= at) m.left += n;
      if (m.right >= at) m.right += n;
    }
    s.colCount += n;
    this.record(sheet, (p) => (p.c >= at ? { r: p.r, c: p.c + n } : p));
  }

  /** Deletes row `r`; merges lose the row, and one that shrinks to a single cell is gone. */
  deleteRow(sheet: string, r: number): void {
    const s = this.sheet(sheet);
    s.rows.splice(r, 1);
    const kept: MergeArea[] = [];
    for (const m of s.merges) {
      if (m.top === r && m.bottom === r) continue;
      if (m.top > r) m.top--;
      if (m.bottom >= r) m.bottom--;
      if (m.top < m.bottom || m.left < m.right) kept.push(m);
    }
    s.merges = kept;
    s.rowCount--;
    this.record(sheet, (p) => (p.r === r ? null : p.r > r ? { r: p.r - 1, c: p.c } : p));
  }

  /** Excel's "insert cells, shift right": on rows top..bottom, the cells from column `at` move right by `n`. */
  shiftRight(sheet: string, top: number, bottom: number, at: number, n: number): void {
    const s = this.sheet(sheet);
    for (let r = top; r <= bottom; r++) {
      const row = s.rows[r];
      if (row && row.length > at) row.splice(at, 0, ...new Array<CellData | undefined>(n));
    }
    for (const m of s.merges) {
      if (m.left >= at && m.top >= top && m.bottom <= bottom) {
        m.left += n;
        m.right += n;
      }
    }
    s.colCount += n;
    this.record(sheet, (p) => (p.r >= top && p.r <= bottom && p.c >= at ? { r: p.r, c: p.c + n } : p));
  }

  /** Removes the merges `pick` selects; with `fill`, every former cell gets a copy of the top-left content. */
  unmerge(sheet: string, pick: (m: MergeArea) => boolean, fill: boolean): void {
    const s = this.sheet(sheet);
    const gone = s.merges.filter(pick);
    s.merges = s.merges.filter((m) => !pick(m));
    if (!fill) return;
    for (const m of gone) {
      const master = s.rows[m.top]?.[m.left];
      if (!master) continue;
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) this.set(sheet, r, c, { ...master });
      }
    }
  }

  /** Rewrites every non-empty text cell of the sheet, or of `area` when given. */
  mapTexts(sheet: string, fn: (text: string) => string, area?: { rows: number[]; left: number; right: number }): void {
    const s = this.sheet(sheet);
    for (const r of area ? area.rows : s.rows.keys()) {
      const row = s.rows[r];
      if (!row) continue;
      const right = Math.min(area ? area.right : Infinity, row.length - 1);
      for (let c = area ? area.left : 0; c <= right; c++) {
        const cell = row[c];
        if (cell && typeof cell.v === 'string' && cell.v !== '') row[c] = { ...cell, v: fn(cell.v) };
      }
    }
  }

  private record(sheet: string, move: Move): void {
    const list = this.moves.get(sheet) ?? [];
    list.push(move);
    this.moves.set(sheet, list);
  }
}
