/** Small helpers shared by the rules: addresses, number words, value presence. */
import { a1 } from '../address';
import { isEmptyCell } from '../grid';
import type { Entity, TableModel, ValueAt } from '../model';
import { LEVEL_LABEL } from '../model';
import { formatId, SCALE_WORD } from '../number';
import type { Finding, Severity } from './types';

export { a1, formatId as fmt };

export function present(v: ValueAt | undefined): v is ValueAt & { reading: NonNullable<ValueAt['reading']> } {
  return !!v && !!v.reading && !v.cell?.err;
}

export function blank(v: ValueAt | undefined): boolean {
  return !v || isEmptyCell(v.cell) || (v.cell?.v === null && !v.cell?.err && !v.cell?.noValue);
}

/** A number a reader would write: up to 4 decimals, Indonesian separators. */
export function num(n: number, decimals?: number): string {
  return formatId(n, decimals);
}

export function rupiah(n: number): string {
  return `Rp ${formatId(n, Number.isInteger(n) ? 0 : 2)}`;
}

/** An amount (rupiah) in the unit column `col` is written in: under "(Rp juta)" 2.100.000.000 is 2.100. */
export function inUnit(model: TableModel, col: number, n: number): number {
  const scale = model.scale(col);
  return scale === 1 ? n : tidy(n / scale);
}

/**
 * An amount for a message, as the planner reads it in column `col`: "Rp 2.100.000.000", or under
 * "(Rp juta)" "2.100 (Rp juta; Rp 2.100.000.000)" — the number the cell shows first.
 */
export function moneyAt(model: TableModel, col: number, n: number): string {
  const scale = model.scale(col);
  if (scale === 1) return rupiah(n);
  const shown = inUnit(model, col, n);
  return `${formatId(shown, Number.isInteger(shown) ? 0 : Math.min(4, String(shown).split('.')[1]?.length ?? 0))} (Rp ${SCALE_WORD[scale] ?? `× ${formatId(scale)}`}; ${rupiah(n)})`;
}

export function yearLabel(model: TableModel, year: number | undefined): string {
  if (year === undefined) return '';
  return model.table.relativeYears ? `tahun ke-${year}` : `tahun ${year}`;
}

export function entityLabel(e: Entity): string {
  const name = e.name.length > 70 ? `${e.name.slice(0, 67)}…` : e.name;
  // A grouping row that is not an urusan or bidang by name ("BELANJA LANGSUNG") is just a row.
  const group = (e.level === 'urusan' || e.level === 'bidang') && !/^\s*(urusan|bidang)\b/i.test(e.name) && !e.code;
  return `${group ? 'baris' : LEVEL_LABEL[e.level]} "${name}"`;
}

export function finding(
  model: TableModel,
  rule: string,
  severity: Severity,
  row: number,
  col: number,
  expected: Finding['expected'],
  actual: Finding['actual'],
  related: string[],
  message: string,
): Finding {
  return { rule, severity, sheet: model.table.sheet, cell: a1(row, col), expected, actual, related, message };
}

/** Rounds for a JSON `expected` so it reads like the sheet (no 1.2027142857142857 noise). */
export function tidy(n: number, decimals = 6): number {
  const p = Math.pow(10, decimals);
  return Math.round(n * p) / p;
}

/** Shown value of a cell for messages: the text as written, or the number the Indonesian way. */
export function shownText(v: ValueAt): string {
  if (v.cell?.err) return v.cell.err;
  if (!v.reading) return typeof v.cell?.v === 'string' ? `"${v.cell.v}"` : 'kosong';
  if (v.reading.fromText) return `"${v.reading.raw}"`;
  return v.reading.percent ? `${num(v.reading.shown, v.reading.decimals)}%` : num(v.reading.shown, v.reading.decimals);
}

/**
 * Formula text (without "=") in the spelling Excel shows: no OOXML storage prefixes (`_xlfn.`,
 * `_xlws.`, `_xludf.`), and function names written all in lower case upper-cased — LibreOffice
 * saves a function it does not know in lower case (`_xlfn.IFERROR(` comes back as
 * `_xlfn.iferror(`). Mixed-case names (a LAMBDA name as defined) and text in quotes are left alone.
 */
export function normalizeFormula(f: string): string {
  // Split off string literals ("…", "" escapes a quote) and quoted sheet names ('…', '' likewise).
  return f.replace(/("(?:[^"]|"")*"|'(?:[^']|'')*')|([^"']+)/g, (_m, quoted: string | undefined, code: string | undefined) =>
    quoted !== undefined
      ? quoted
      : code!
          .replace(/_xl(?:fn|ws|udf)\./gi, '')
          .replace(/(^|[^A-Za-z0-9_.$!])([A-Za-z_][A-Za-z0-9_.]*)(?=\s*\()/g, (m, lead: string, name: string) =>
            /[A-Z]/.test(name) ? m : `${lead}${name.toUpperCase()}`,
          ),
  );
}

/** A formula as Excel shows it: `=IFERROR(…)` (see `normalizeFormula`). */
export function displayFormula(f: string): string {
  return `=${normalizeFormula(f)}`;
}
