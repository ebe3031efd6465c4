/**
 * Count tables with a Jumlah line — Bab II of every Renstra: staff by status pegawai, golongan,
 * eselon, pendidikan, diklat; assets by condition. A label column, numeric category columns
 * (Laki-laki | Perempuan), a "Jumlah"/"Total" column and/or a closing "Jumlah" row (the word may
 * stand in the No column). They have none of the Renstra header words, so header bands do not
 * find them; this pass looks for them on the rows no Renstra table holds.
 *
 * Cues, all required: a text-only heading row (no year, no Renstra measure or cascade word, a
 * heading over every numeric column); at least two data rows holding counts (`-` counts as 0);
 * a Jumlah line — a numeric column headed "Jumlah"/"Total" beside at least one category column,
 * or a closing row labelled "Jumlah"/"Total"; no heading of a measure that does not add up (%,
 * rata-rata, kepadatan); and a Jumlah column that is the sum of the others on at least half of
 * the rows (a real rekap has a mistake or two, a "Jumlah Penduduk" beside "Luas" agrees nowhere).
 */
import { sameAmount } from '../formulas/rounding';
import { cellAt, cellText, isEmptyCell, type CellData, type SheetGrid } from '../grid';
import { parseNumberText } from '../number';
import { normalize } from '../text';
import { isColumnNumberRow } from './bands';
import type { Band, ColumnRole, Role, Table } from './types';
import { asYearLabel } from './vocabulary';

/** A closing row's label, or a total column's heading. */
export const REKAP_TOTAL = /^\s*(jumlah|total|grand total)\b/i;
/** A heading that is only "Jumlah"/"Total", with a unit at most: "Jumlah (orang)", "Total (unit)". */
const TOTAL_HEADING = /^(jumlah|total)( (orang|org|unit|buah|jiwa|pegawai|asn|pns|keseluruhan|seluruhnya|responden|kk|keluarga|rumah tangga|desa|kelurahan|sekolah|siswa|murid|guru|kendaraan|penduduk))?$/;
/** Words of Renstra numeric tables and their forms: a heading holding one is never a rekap. */
const RENSTRA_WORD =
  /\b(target|realisasi|pagu|anggaran|dana|rp|rupiah|rasio|capaian|indikator|program|kegiatan|sasaran|tujuan|baseline|kinerja|renstra|pertumbuhan|outcome|output|strategi|kebijakan|tahun|th|thn|ta|kode|urusan)\b/;
/** A heading of a measure that does not add up (a share, an average, a density): not a count table. */
const NOT_COUNT = /%|\b(persen|persentase|prosentase|rata|rerata|kepadatan|indeks|nilai|skor)\b/;
const NO_HEADING = /^(no|nomor|no urut|nomor urut)$/;
const STOP = /^(tabel|table)\s+[0-9ivx]+|^(sumber|catatan|keterangan|ket|note)\b[^:]{0,30}:|^\*+\s*\)/i;
const DASH = /^[-–—−]+$/;
const MAX_HEADING = 60;

/** What a cell of a count table holds: a count (`-` is 0), nothing, or something else. */
export type CountCell = { kind: 'number'; value: number; dash?: boolean } | { kind: 'blank' } | { kind: 'other' };

export function countCell(cell: CellData | undefined): CountCell {
  if (!cell || isEmptyCell(cell)) return { kind: 'blank' };
  if (cell.err) return { kind: 'other' };
  const v = cell.v;
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v } : { kind: 'other' };
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === '') return { kind: 'blank' };
    if (DASH.test(t)) return { kind: 'number', value: 0, dash: true };
    const r = parseNumberText(t);
    if (r && r.values.length === 1 && !r.unit && !r.percent) return { kind: 'number', value: r.value };
  }
  return { kind: 'other' };
}

interface Covered {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function overlaps(t: Covered, top: number, bottom: number, left: number, right: number): boolean {
  return t.top <= bottom && t.bottom >= top && t.left <= right && t.right >= left;
}

function rowBlank(sheet: SheetGrid, r: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (!isEmptyCell(cellAt(sheet, r, c))) return false;
  return true;
}

/** A heading row: two or more short texts, no numbers, no years, no Renstra word. */
export function headingRow(sheet: SheetGrid, r: number): { left: number; right: number } | undefined {
  const row = sheet.rows[r];
  if (!row) return undefined;
  let left = -1;
  let right = -1;
  let texts = 0;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (!cell || isEmptyCell(cell)) continue;
    if (cell.err || typeof cell.v !== 'string') return undefined;
    const t = cell.v.trim();
    if (t.length > MAX_HEADING || asYearLabel(t) || countCell(cell).kind === 'number') return undefined;
    const n = normalize(t);
    if (RENSTRA_WORD.test(n) || NOT_COUNT.test(n) || /%/.test(t) || STOP.test(t)) return undefined;
    if (left < 0) left = c;
    right = c;
    if (!cell.mergeCopy) texts++;
  }
  return texts >= 2 ? { left, right } : undefined;
}

/** Heading rows below `r` that a merge from the rows above reaches (a group over Laki-laki | Perempuan). */
function headingRows(sheet: SheetGrid, r: number, left: number, right: number): number[] {
  const rows = [r];
  let reach = r;
  for (;;) {
    const last = rows[rows.length - 1];
    for (const m of sheet.merges) if (m.top === last && m.bottom > reach && m.left <= right && m.right >= left) reach = Math.min(m.bottom, r + 3);
    if (reach <= last) {
      // Without merges (an unmerged or converted file): sub-headings under a group written once
      // ("Kondisi" over Baik | Rusak Ringan | Rusak Berat), each under a blank or under the group.
      if (last - r < 3 && underGroups(sheet, last, last + 1, left, right)) {
        rows.push(last + 1);
        continue;
      }
      break;
    }
    const next = last + 1;
    const shape = headingRow(sheet, next);
    if (!shape && !rowBlank(sheet, next, left, right)) break;
    rows.push(next);
  }
  return rows;
}

/**
 * Row `below` holds sub-headings of row `above`'s groups: a heading row whose every new text stands
 * under a group heading written once over blanks (or copied across them), the columns with a
 * heading of their own above left blank or repeating it.
 */
function underGroups(sheet: SheetGrid, above: number, below: number, left: number, right: number): boolean {
  if (!headingRow(sheet, below)) return false;
  let group = '';
  let texts = 0;
  for (let c = left; c <= right; c++) {
    const up = cellText(cellAt(sheet, above, c));
    const t = cellText(cellAt(sheet, below, c));
    // A heading above with blanks (or copies of itself, as CSV writes a merge out) to its right
    // opens a group; another heading above closes it.
    if (up && up !== group) {
      const beside = cellText(cellAt(sheet, above, c + 1));
      group = c < right && (!beside || beside === up) ? up : '';
    }
    if (!t || t === up) continue; // a tall heading's copy says nothing new
    if (!group) return false;
    texts++;
  }
  return texts >= 2;
}

/** The heading of a column: its texts top to bottom, merge copies joined once. */
function heading(sheet: SheetGrid, rows: number[], c: number): string {
  const parts: string[] = [];
  for (const r of rows) {
    const t = cellText(cellAt(sheet, r, c));
    if (t && normalize(parts[parts.length - 1] ?? '') !== normalize(t)) parts.push(t);
  }
  return parts.join(' | ');
}

function firstText(sheet: SheetGrid, r: number, left: number, right: number): string {
  for (let c = left; c <= right; c++) {
    const t = cellText(cellAt(sheet, r, c));
    if (t) return t;
  }
  return '';
}

export interface RekapShape {
  label?: number;
  no?: number;
  categories: number[];
  jumlah?: number;
  /** The closing Jumlah row, if any. */
  totalRow?: number;
  /** Rows of counts, the closing Jumlah row left out. */
  rows: number[];
}

/**
 * The roles of a count table's columns, from its heading and its data rows: `no`, `name` (the
 * first text column), `kategori`, `jumlah`, `other`. Also used for a table the planner marked by
 * hand as rekap-jumlah.
 */
export function rekapColumns(sheet: SheetGrid, headRows: number[], left: number, right: number, dataRows: number[]): ColumnRole[] {
  const columns: ColumnRole[] = [];
  let named = false;
  const numeric: ColumnRole[] = [];
  for (let c = left; c <= right; c++) {
    const header = heading(sheet, headRows, c);
    const h = normalize(header);
    let numbers = 0;
    let others = 0;
    for (const r of dataRows) {
      const cell = cellAt(sheet, r, c);
      const k = countCell(cell);
      if (k.kind === 'number') numbers++;
      else if (k.kind === 'other' && !REKAP_TOTAL.test(cellText(cell))) others++;
    }
    let role: Role = 'other';
    if (NO_HEADING.test(h) || (c === left && !header && numbers > 0)) role = 'no';
    else if (numbers > 0 && others === 0 && header) role = 'kategori';
    else if (!named && others > 0) {
      role = 'name';
      named = true;
    }
    const col: ColumnRole = { col: c, role, header };
    columns.push(col);
    if (role === 'kategori') numeric.push(col);
  }
  // The total column: the last numeric column headed "Jumlah"/"Total", beside a category column.
  const totals = numeric.filter((c) => TOTAL_HEADING.test(normalize(c.header.split(' | ').pop() ?? '').replace(/ (orang|org|unit|buah|jiwa)$/, (m) => m)) || TOTAL_HEADING.test(normalize(c.header)));
  const total = totals[totals.length - 1];
  if (total && numeric.length >= 2) total.role = 'jumlah';
  return columns;
}

/** Rows, categories, Jumlah column and Jumlah row of a rekap-jumlah table. */
export function rekapShape(sheet: SheetGrid, table: Pick<Table, 'columns' | 'dataRows' | 'left' | 'right'>): RekapShape {
  const categories = table.columns.filter((c) => c.role === 'kategori').map((c) => c.col);
  const jumlah = table.columns.find((c) => c.role === 'jumlah')?.col;
  const label = table.columns.find((c) => c.role === 'name')?.col;
  const no = table.columns.find((c) => c.role === 'no')?.col;
  const numeric = jumlah !== undefined ? [...categories, jumlah] : categories;
  const rows: number[] = [];
  let totalRow: number | undefined;
  for (const r of table.dataRows) {
    if (!numeric.some((c) => countCell(cellAt(sheet, r, c)).kind === 'number') && !REKAP_TOTAL.test(firstText(sheet, r, table.left, table.right))) continue;
    const textEnd = numeric.length ? Math.min(...numeric) - 1 : table.right;
    if (REKAP_TOTAL.test(firstText(sheet, r, table.left, textEnd))) totalRow = r;
    else rows.push(r);
  }
  return { label, no, categories, jumlah, totalRow, rows };
}

interface SumCheck {
  total: { row: number; col: number };
  parts: { row: number; col: number }[];
}

/** Every sum a rekap table implies: each row (categories → Jumlah column), each column (rows → Jumlah row). */
export function rekapSums(shape: RekapShape): { rows: SumCheck[]; columns: SumCheck[] } {
  const rows: SumCheck[] = [];
  const columns: SumCheck[] = [];
  const { jumlah, categories, totalRow } = shape;
  if (jumlah !== undefined && categories.length) {
    for (const r of [...shape.rows, ...(totalRow !== undefined ? [totalRow] : [])]) {
      rows.push({ total: { row: r, col: jumlah }, parts: categories.map((col) => ({ row: r, col })) });
    }
  }
  if (totalRow !== undefined && shape.rows.length) {
    for (const col of jumlah !== undefined ? [...categories, jumlah] : categories) {
      columns.push({ total: { row: totalRow, col }, parts: shape.rows.map((row) => ({ row, col })) });
    }
  }
  return { rows, columns };
}

/** Sum of the parts and the total, when every cell holds a count (blank parts are 0); else undefined. */
export function evaluateSum(sheet: SheetGrid, s: SumCheck): { sum: number; shown: number } | undefined {
  const t = countCell(cellAt(sheet, s.total.row, s.total.col));
  if (t.kind !== 'number') return undefined;
  let sum = 0;
  for (const p of s.parts) {
    const k = countCell(cellAt(sheet, p.row, p.col));
    if (k.kind === 'other') return undefined;
    if (k.kind === 'number') sum += k.value;
  }
  return { sum, shown: t.value };
}

function titleAbove(sheet: SheetGrid, top: number, floor: number): string {
  const parts: string[] = [];
  for (let r = Math.max(floor, top - 4); r < top; r++) {
    for (const cell of sheet.rows[r] ?? []) {
      const t = cellText(cell);
      if (t && typeof cell?.v === 'string' && !cell.mergeCopy) parts.push(t);
    }
  }
  return parts.join(' ');
}

/**
 * The rekap-jumlah tables of a sheet (merges expanded), on rows none of `taken` holds.
 */
export function findRekapTables(sheet: SheetGrid, name: string, taken: Covered[]): Table[] {
  const out: Table[] = [];
  let floor = 0;
  let r = 0;
  while (r < sheet.rowCount) {
    const held = taken.find((t) => t.top <= r && t.bottom >= r);
    if (held) {
      r = held.bottom + 1;
      continue;
    }
    const head = headingRow(sheet, r);
    if (!head) {
      r++;
      continue;
    }
    const table = tableAt(sheet, name, r, head.left, head.right, floor, taken);
    if (!table) {
      r++;
      continue;
    }
    out.push(table);
    floor = table.bottom + 1;
    r = table.bottom + 1;
  }
  return out;
}

function tableAt(sheet: SheetGrid, name: string, r: number, left: number, right: number, floor: number, taken: Covered[]): Table | undefined {
  const headRows = headingRows(sheet, r, left, right);
  let bottomHead = headRows[headRows.length - 1];
  let numberRow: number | undefined;
  if (bottomHead + 1 < sheet.rowCount && isColumnNumberRow(sheet, bottomHead + 1, left, right)) {
    numberRow = bottomHead + 1;
    bottomHead = numberRow;
  }
  const dataRows: number[] = [];
  let closed = false;
  for (let d = bottomHead + 1; d < sheet.rowCount && !closed; d++) {
    if (rowBlank(sheet, d, left, right)) break;
    const lead = firstText(sheet, d, left, right);
    if (STOP.test(lead)) break;
    let numbers = 0;
    for (let c = left; c <= right; c++) if (countCell(cellAt(sheet, d, c)).kind === 'number') numbers++;
    const total = REKAP_TOTAL.test(lead) || REKAP_TOTAL.test(firstText(sheet, d, left + 1, right));
    if (numbers === 0 && !total) break;
    dataRows.push(d);
    if (total) closed = true;
  }
  if (dataRows.length < 2) return undefined;
  const bottom = dataRows[dataRows.length - 1];
  if (taken.some((t) => overlaps(t, r, bottom, left, right))) return undefined;
  const columns = rekapColumns(sheet, headRows, left, right, dataRows);
  if (!columns.some((c) => c.role === 'name') || !columns.some((c) => c.role === 'kategori')) return undefined;
  // Every numeric column has its own heading, and the numbers sit right of the label.
  const label = columns.find((c) => c.role === 'name')!.col;
  if (columns.some((c) => (c.role === 'kategori' || c.role === 'jumlah') && c.col < label)) return undefined;
  const shape = rekapShape(sheet, { columns, dataRows, left, right });
  if (shape.rows.length < 2) return undefined;
  if (shape.jumlah === undefined && shape.totalRow === undefined) return undefined;
  // A "Jumlah" column must be the sum of the others on most rows ("Jumlah Penduduk" beside "Luas"
  // is not); a closing Jumlah row says what it is by its label.
  const { rows, columns: cols } = rekapSums(shape);
  let checks = 0;
  let agree = 0;
  for (const s of rows) {
    const e = evaluateSum(sheet, s);
    if (!e) continue;
    checks++;
    if (sameAmount(e.shown, e.sum)) agree++;
  }
  if (shape.jumlah !== undefined && agree * 2 < checks) return undefined;
  if (checks === 0 && !cols.some((s) => evaluateSum(sheet, s))) return undefined;
  const header: Band = { rows: [...headRows, ...(numberRow !== undefined ? [numberRow] : [])], left, right, ...(numberRow !== undefined ? { numberRow } : {}) };
  return {
    sheet: name,
    kind: 'rekap-jumlah',
    top: r,
    left,
    bottom,
    right,
    header,
    repeats: [],
    columns,
    years: [],
    relativeYears: false,
    dataRows,
    title: `${titleAbove(sheet, r, floor)} ${name}`.trim(),
  };
}
