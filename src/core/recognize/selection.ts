/**
 * A planner's selection of a table's header rows ("Tandai tabel"), whatever the host: its address
 * read (`'Tabel 4.2'!A4:S6`, whole rows `4:6`, whole columns), its shape checked, and the header range
 * it stands for on its sheet — or why it cannot be marked, in Bahasa Indonesia.
 */
import { columnIndex, rangeA1 } from '../address';
import { cellText, type SheetGrid } from '../grid';
import type { TableProposal } from './declared';

/** Header bands are 1–4 rows in practice; a taller selection is a whole table, not its header. */
export const MAX_HEADER_ROWS = 8;

export const EXCEL_ROWS = 1048576;
export const EXCEL_COLUMNS = 16384;

/** A proposal for the selected header rows, or why the selection cannot be marked (Bahasa Indonesia). */
export type SelectionProposal = { proposal: TableProposal } | { problem: string };

const EXAMPLE = 'mis. A4:S6, atau klik nomor baris 4 sampai 6';

export const SELECTION_PROBLEMS = {
  notOneRange: `Yang dipilih bukan satu rentang sel (beberapa rentang sekaligus, atau grafik/gambar). Pilih baris judul kolom tabel sebagai satu rentang di satu lembar (${EXAMPLE}), lalu klik "Tandai tabel" lagi.`,
  tooTall: (where: string, rows: number) =>
    `Pilihan ${where} setinggi ${rows.toLocaleString('id-ID')} baris. Pilih hanya baris judul kolom tabel, paling banyak ${MAX_HEADER_ROWS} baris (${EXAMPLE}), bukan seluruh tabel.`,
  oneColumn: (where: string) =>
    `Pilihan ${where} hanya satu kolom. Pilih seluruh lebar baris judul kolom tabel (${EXAMPLE}), agar setiap kolom tabel ikut.`,
  empty: (where: string) =>
    `Baris yang dipilih (${where}) kosong. Pilih baris judul kolom tabel — baris yang berisi judul seperti "Program", "Target", "2026".`,
  otherSheet: (where: string, sheet: string) =>
    `Pilihan ${where} tidak berada di lembar "${sheet}" saja. Pilih baris judul kolom tabel di satu lembar (${EXAMPLE}).`,
};

/** One selected area: 0-based rows; columns absent when whole rows are selected (`4:6`). */
export interface SelectedArea {
  sheet?: string;
  top: number;
  bottom: number;
  left?: number;
  right?: number;
}

function splitSheet(address: string): { sheet?: string; ref: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { ref: address };
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, ref: address.slice(bang + 1) };
}

/**
 * Reads an address as Office.js gives it: `'Tabel 4.2'!A4:S6`, `Sheet1!C5`, whole rows `Sheet1!4:6`,
 * whole columns `Sheet1!A:S`. Undefined for several areas (`A1:B2,D4`) or anything else.
 */
export function parseSelectedAddress(address: string): SelectedArea | undefined {
  // Several areas are joined by commas ("Sheet1!A1:B2,Sheet1!D4"); a quoted sheet name may hold one.
  if (address.replace(/'(?:[^']|'')*'/g, '').includes(',')) return undefined;
  const { sheet, ref } = splitSheet(address.trim());
  const [a, b = a] = ref.replace(/\$/g, '').split(':');
  const cell = /^([A-Za-z]{1,3})(\d+)$/;
  const row = /^(\d+)$/;
  const col = /^([A-Za-z]{1,3})$/;
  let m: RegExpExecArray | null;
  let n: RegExpExecArray | null;
  if ((m = cell.exec(a)) && (n = cell.exec(b))) {
    const [top, bottom] = [parseInt(m[2], 10) - 1, parseInt(n[2], 10) - 1].sort((x, y) => x - y);
    const [left, right] = [columnIndex(m[1]), columnIndex(n[1])].sort((x, y) => x - y);
    return { sheet, top, bottom, left, right };
  }
  if ((m = row.exec(a)) && (n = row.exec(b))) {
    const [top, bottom] = [parseInt(m[1], 10) - 1, parseInt(n[1], 10) - 1].sort((x, y) => x - y);
    return { sheet, top, bottom };
  }
  if ((m = col.exec(a)) && (n = col.exec(b))) {
    const [left, right] = [columnIndex(m[1]), columnIndex(n[1])].sort((x, y) => x - y);
    return { sheet, top: 0, bottom: EXCEL_ROWS - 1, left, right };
  }
  return undefined;
}

/** The columns the selected rows hold something in (merged cells over those rows included). */
function filledColumns(sheet: SheetGrid, top: number, bottom: number, left = 0, right = EXCEL_COLUMNS - 1): { left: number; right: number } | undefined {
  let lo = Infinity;
  let hi = -1;
  for (let r = top; r <= bottom; r++) {
    const line = sheet.rows[r];
    if (!line) continue;
    for (let c = left; c <= Math.min(right, line.length - 1); c++) {
      if (cellText(line[c]) === '') continue;
      lo = Math.min(lo, c);
      hi = Math.max(hi, c);
    }
  }
  for (const m of sheet.merges) {
    if (m.bottom < top || m.top > bottom || m.right < left || m.left > right) continue;
    if (cellText(sheet.rows[m.top]?.[m.left]) === '') continue;
    lo = Math.min(lo, Math.max(m.left, left));
    hi = Math.max(hi, Math.min(m.right, right));
  }
  return hi < 0 ? undefined : { left: lo, right: hi };
}

/** A selection's shape, checked before anything else is read: one area, on one sheet, few rows. */
export function checkSelection(address: string, sheetName: string): { area: SelectedArea; where: string } | { problem: string } {
  const area = parseSelectedAddress(address);
  if (!area) return { problem: SELECTION_PROBLEMS.notOneRange };
  const where = `${sheetName}!${splitSheet(address).ref.replace(/\$/g, '')}`;
  if (area.sheet !== undefined && area.sheet !== sheetName) return { problem: SELECTION_PROBLEMS.otherSheet(where, sheetName) };
  const rows = area.bottom - area.top + 1;
  if (rows > MAX_HEADER_ROWS) return { problem: SELECTION_PROBLEMS.tooTall(where, rows) };
  if (area.left !== undefined && area.left === area.right) return { problem: SELECTION_PROBLEMS.oneColumn(where) };
  return { area, where };
}

/**
 * The header range (A1) a selection stands for on its sheet, or why it cannot be marked. Whole rows
 * (the planner clicked the row numbers) become the columns those rows fill.
 */
export function headerOfSelection(address: string, sheetName: string, sheet: SheetGrid): { header: string } | { problem: string } {
  const shape = checkSelection(address, sheetName);
  if ('problem' in shape) return shape;
  const { area, where } = shape;
  const wholeRows = area.left === undefined || (area.left === 0 && area.right === EXCEL_COLUMNS - 1);
  const filled = filledColumns(sheet, area.top, area.bottom, area.left, area.right);
  if (!filled) return { problem: SELECTION_PROBLEMS.empty(where) };
  if (!wholeRows) return { header: rangeA1(area.top, area.left!, area.bottom, area.right!) };
  if (filled.left === filled.right) return { problem: SELECTION_PROBLEMS.oneColumn(where) };
  return { header: rangeA1(area.top, filled.left, area.bottom, filled.right) };
}

