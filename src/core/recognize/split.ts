/**
 * Bands that hold two tables side by side (an IKU on the left and an IKK on the right, an empty
 * column between), or a table and a block beside it that is no Renstra table (a chart's data):
 * split at an empty column when each part stands on its own. A column left empty inside one table
 * (a stray column from a Word or PDF paste) does not split it: the parts would not stand alone.
 */
import { cellAt, isEmptyCell, type SheetGrid } from '../grid';
import { isNumberRow, rowShape } from './bands';
import { classify } from './kinds';
import { columnRoles } from './roles';
import type { Band } from './types';

function emptyColumn(sheet: SheetGrid, band: Band, c: number): boolean {
  return band.rows.every((r) => isEmptyCell(cellAt(sheet, r, c)));
}

/** The band without its leading rows that are empty across its columns. */
function trimmed(sheet: SheetGrid, band: Band): Band | undefined {
  const rows = [...band.rows];
  const blank = (r: number) => {
    for (let c = band.left; c <= band.right; c++) if (!isEmptyCell(cellAt(sheet, r, c))) return false;
    return true;
  };
  while (rows.length && blank(rows[0])) rows.shift();
  if (rows.length === 0 || rows.every((r) => r === band.numberRow)) return undefined;
  return { ...band, rows };
}

export function splitSideBySide(sheet: SheetGrid, band: Band): Band[] {
  const segments: [number, number][] = [];
  let start = -1;
  for (let c = band.left; c <= band.right + 1; c++) {
    const empty = c > band.right || emptyColumn(sheet, band, c);
    if (!empty && start < 0) start = c;
    if (empty && start >= 0) {
      segments.push([start, c - 1]);
      start = -1;
    }
  }
  if (segments.length < 2) return [band];
  const part = (from: number, to: number): Band => ({ ...band, left: from, right: to });
  const read = (b: Band) => {
    const t = trimmed(sheet, b);
    if (!t) return { kind: undefined, junk: true, top: -1, years: [] as number[], onlyYearly: false };
    const { columns } = columnRoles(sheet, t);
    const named = columns.filter((c) => c.role !== 'other');
    return {
      kind: classify(columns, ''),
      junk: named.length === 0,
      top: t.rows[0],
      years: [...new Set(named.filter((c) => c.year !== undefined).map((c) => c.year!))],
      onlyYearly: named.length > 0 && named.every((c) => c.year !== undefined),
    };
  };
  const out: Band[] = [];
  let [from, to] = segments[0];
  for (const [l, r] of segments.slice(1)) {
    const current = read(part(from, to));
    const next = read(part(l, r));
    // The table's next years after a stray empty column (its group heading not spread that far, as
    // an unmerged header leaves it): the same table. Years the table has already: a chart's data.
    const continues = next.onlyYearly && next.years.every((y) => !current.years.includes(y));
    const repeats = !next.kind && next.years.length > 0 && next.years.every((y) => current.years.includes(y));
    // Beside a table: another table, a block with no heading we know, or one whose headings start on
    // another row (a chart's data block under its own title).
    if (current.kind && !continues && (next.kind || next.junk || repeats || next.top !== current.top)) {
      out.push(part(from, to));
      [from, to] = [l, r];
    } else to = r;
  }
  out.push(part(from, to));
  // Parts that are no table at all (a chart's data) are dropped; the rest lose rows that are empty over their own columns.
  return out
    .map((b) => trimmed(sheet, b))
    .filter((b): b is Band => !!b && (out.length === 1 || !!read(b).kind))
    .map((b) => (out.length === 1 ? b : withOwnNumberRow(sheet, b)));
}

/**
 * A part's column-number row, which the whole band could not see as one: the table beside it has
 * data on that row (an A3 sheet with T-C.23 and T-C.24 side by side).
 */
function withOwnNumberRow(sheet: SheetGrid, b: Band): Band {
  if (b.numberRow !== undefined) return b;
  const next = b.rows[b.rows.length - 1] + 1;
  if (!isNumberRow(sheet, next, rowShape(sheet, next, b.left, b.right), b.left, b.right)) return b;
  return { ...b, rows: [...b.rows, next], numberRow: next };
}
