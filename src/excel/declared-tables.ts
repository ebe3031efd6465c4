/**
 * "Tandai tabel" in Excel: the header rows the planner selected, read into a proposal by the core
 * (kind and column roles), and the declarations kept in the workbook's document settings, so that
 * every check — also a colleague's, after the file is passed on — uses them.
 */
import { columnIndex, rangeA1 } from '../core/address';
import { cellText, type SheetGrid } from '../core/grid';
import { proposeTable, type TableDeclaration, type TableProposal } from '../core/recognize/declared';
import { readWorkbookGrid } from './read-grid';
import { KEYS, type SettingsStore } from './settings';

/** Header bands are 1–4 rows in practice; a taller selection is a whole table, not its header. */
export const MAX_HEADER_ROWS = 8;

const EXCEL_ROWS = 1048576;
const EXCEL_COLUMNS = 16384;

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

function isInvalidSelection(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'InvalidSelection';
}

/**
 * Reads the current selection (one sync), then that sheet only (see read-grid.ts), and asks the core
 * what the selected header rows say. Nothing is written.
 */
export async function proposeFromSelection(context: Excel.RequestContext): Promise<SelectionProposal> {
  const range = context.workbook.getSelectedRange();
  range.load('address');
  range.worksheet.load('name');
  try {
    await context.sync();
  } catch (e) {
    // Several areas selected, or no cells at all (a chart, a picture).
    if (isInvalidSelection(e)) return { problem: SELECTION_PROBLEMS.notOneRange };
    throw e;
  }
  const sheetName = range.worksheet.name;
  const shape = checkSelection(range.address, sheetName);
  if ('problem' in shape) return shape;
  const grid = await readWorkbookGrid(context, { sheets: [sheetName] });
  const sheet = grid.sheets.find((s) => s.name === sheetName) ?? { name: sheetName, rows: [], merges: [], rowCount: 0, colCount: 0 };
  const found = headerOfSelection(range.address, sheetName, sheet);
  if ('problem' in found) return found;
  return { proposal: proposeTable(sheet, found.header) };
}

/** The declarations stored in the workbook, as stored (validation against the sheets is the check's). */
export function storedDeclarations(store: SettingsStore): TableDeclaration[] {
  const raw = store.get(KEYS.declaredTables);
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (d): d is TableDeclaration =>
      !!d && typeof d === 'object' && typeof d.sheet === 'string' && typeof d.header === 'string' && typeof d.kind === 'string',
  );
}

export async function storeDeclarations(store: SettingsStore, declarations: TableDeclaration[]): Promise<void> {
  store.set(KEYS.declaredTables, declarations);
  await store.save();
}
