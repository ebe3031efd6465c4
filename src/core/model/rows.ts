/** Reading rows: names, codes, "Outcome :/Output :" continuation text, total rows. */
import { cellText, isEmptyCell, type CellData, type SheetGrid } from '../grid';
import { formatDecimals } from '../number';
import type { Table } from '../recognize/types';
import type { RowModel } from './types';

const MARKER = /\b(outcomes?|outputs?|ouput|otput|keluaran|hasil)\s*[:;]+/i;
const LEADING_CODE = /^\s*((?:\d{1,2}|[xX]{1,2})(?:\.(?:\d{1,4}|[xX]{1,2})){1,5})\.?\s+(.+)$/s;
const TOTAL = /^\s*(jumlah|total|grand total|sub ?total|jumlah total|total keseluruhan)\b/i;

export function splitMarker(text: string): { name: string; rest?: string; startsWithMarker: boolean } {
  const m = MARKER.exec(text);
  if (!m) return { name: text.trim(), startsWithMarker: false };
  if (text.slice(0, m.index).trim() === '') return { name: '', rest: text.trim(), startsWithMarker: true };
  return { name: text.slice(0, m.index).trim(), rest: text.slice(m.index).trim(), startsWithMarker: false };
}

/**
 * A code written in front of the name ("7.01.02.2.01 Koordinasi …"). Outline numbers ("1.1", "1.1.1",
 * "2.") are not codes: every part of a code after the urusan has two digits or more (or is X).
 */
export function splitLeadingCode(text: string): { code?: string; name: string } {
  const m = LEADING_CODE.exec(text);
  if (!m) return { name: text };
  const parts = m[1].split('.').slice(1);
  if (!parts.some((p) => p.length >= 2 || /x/i.test(p))) return { name: text };
  return { code: m[1], name: m[2].trim() };
}

/** Outline numbering in front of a name ("1.", "1.1", "1.1.1 ", "a.", "a)", "- "), which is no part of it. */
const OUTLINE = /^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[a-z][.)]|[-–•·])\s+(?=\S)/i;

export function stripOutline(name: string): string {
  const m = OUTLINE.exec(name);
  return m ? name.slice(m[0].length) : name;
}

/** A sub total or total that names what it adds up ("Sub Total Program …", "Jumlah Belanja Langsung"). */
const NAMED_TOTAL = /^\s*(sub\s*-?\s*total|jumlah (program|kegiatan|sub kegiatan|pagu|anggaran|belanja|urusan|bidang|pendanaan)|total (program|kegiatan|pagu|anggaran|belanja|keseluruhan|pendanaan))\b/i;

export function isTotalLabel(text: string): boolean {
  return (TOTAL.test(text) && text.length <= 40) || NAMED_TOTAL.test(text);
}

function leadingSpaces(s: string): number {
  const m = /^( +)/.exec(s);
  return m ? Math.floor(m[1].length / 2) : 0;
}

/**
 * A code written over several columns (Urusan | Bidang | Program | Kegiatan | Sub Kegiatan, as SIPD
 * exports do): the parts joined, and the column of the last part. Parts typed as numbers get back
 * the digits a number loses: bidang and program two, kegiatan `2.10` not `2.1`, sub kegiatan four.
 */
function joinedCode(cells: (CellData | undefined)[], codeCols: number[]): { code: string; col?: number } {
  const parts: string[] = [];
  let col: number | undefined;
  codeCols.forEach((c, i) => {
    const cell = cells[c];
    let t = cellText(cell);
    if (!t) return;
    if (typeof cell?.v === 'number' && codeCols.length > 1) {
      if (i === codeCols.length - 1 && codeCols.length === 5 && Number.isInteger(cell.v)) t = String(cell.v).padStart(4, '0');
      else if (!Number.isInteger(cell.v)) t = cell.v.toFixed(Math.max(2, formatDecimals(cell.fmt) ?? 0));
      else if (i > 0) t = String(cell.v).padStart(2, '0');
    }
    parts.push(t.replace(/\.+$/, ''));
    col = c;
  });
  return { code: parts.join('.'), col };
}

/** Reads the data rows of a table into row models (no hierarchy yet). */
export function readRows(sheet: SheetGrid, table: Table): RowModel[] {
  const nameCol = table.columns.find((c) => c.role === 'name')?.col;
  const indicatorCols = table.columns.filter((c) => c.role === 'indicator').map((c) => c.col);
  // With the strategy in front (Tujuan | Sasaran | Indikator Sasaran | … | Program | Indikator), the
  // row's own indicator is the one after its name; the ones before belong to the tujuan/sasaran.
  const indicatorCol = nameCol !== undefined ? (indicatorCols.find((c) => c > nameCol) ?? indicatorCols[0]) : indicatorCols[0];
  const contextCols = table.columns
    .filter((c) => c.role === 'tujuan' || c.role === 'sasaran' || (c.role === 'indicator' && nameCol !== undefined && c.col < nameCol && c.col !== indicatorCol))
    .map((c) => c.col);
  const codeCols = table.columns.filter((c) => c.role === 'code').map((c) => c.col);
  const labelCol = nameCol ?? indicatorCol;
  const valueCols = table.columns.filter((c) => c.year !== undefined || c.role === 'baseline').map((c) => c.col);
  // Text cells before the first value column may hold a "Jumlah"/"Total" label.
  const labelEnd = valueCols.length ? Math.min(...valueCols) : table.right + 1;
  const out: RowModel[] = [];
  for (const r of table.dataRows) {
    const cells = sheet.rows[r] ?? [];
    let nameCell = labelCol !== undefined ? cells[labelCol] : undefined;
    let nameAt = labelCol;
    // A program's name typed in the first code column and merged across the code columns to the name
    // column: the name cell is empty, the text stands in a code column.
    if (!cellText(nameCell) && nameCol !== undefined) {
      const at = codeCols.find((c) => c < nameCol && /^[^0-9xX]/.test(cellText(cells[c])) && cellText(cells[c]).length > 3);
      if (at !== undefined) {
        nameCell = cells[at];
        nameAt = at;
      }
    }
    const rawName = cellText(nameCell);
    const joined = codeCols.length ? joinedCode(cells, nameAt === labelCol ? codeCols : codeCols.filter((c) => c !== nameAt)) : { code: '', col: undefined };
    let code = joined.code;
    const codeCol = joined.col;
    if (code && !/^[0-9xX]/.test(code)) code = '';
    const indicator = indicatorCol !== undefined && indicatorCol !== labelCol ? cellText(cells[indicatorCol]) || undefined : undefined;
    let total = rawName !== '' && isTotalLabel(rawName);
    if (!total && rawName === '') {
      for (let c = table.left; c < labelEnd; c++) {
        const cell = cells[c];
        if (cell && typeof cell.v === 'string' && cell.v.trim() !== '') {
          total = isTotalLabel(cell.v.trim());
          break;
        }
      }
    }
    const indent = (nameCell?.indent ?? 0) + (typeof nameCell?.v === 'string' && nameCell.v.startsWith(' ') ? leadingSpaces(nameCell.v) : 0);
    const row: RowModel = { r, kind: 'data', name: rawName, nameCol: nameAt, codeCol: codeCol ?? codeCols[0], indicator, indent, bold: !!nameCell?.bold };
    out.push(row);
    if (total) {
      row.kind = 'total';
      continue;
    }
    let name = rawName;
    if (!code && name !== '' && /^[0-9xX]/.test(name)) {
      const lead = splitLeadingCode(name);
      if (lead.code) {
        code = lead.code;
        name = lead.name;
      }
    }
    if (!code) name = stripOutline(name);
    const split = splitMarker(name);
    row.name = split.name;
    if (code) row.code = code;
    else if (name === '' && contextCols.some((c) => !isEmptyCell(cells[c]))) row.kind = 'context';
    else if (split.startsWithMarker || name === '') row.kind = 'continuation';
    else if (isFragment(name) && !indicator && !valueCols.some((c) => !isEmptyCell(cells[c]))) row.kind = 'continuation';
  }
  return out;
}

/** Text split off a previous row by a page break: starts in lower case, e.g. "berkualitas.". */
function isFragment(name: string): boolean {
  return /^[a-z(]/.test(name.trim());
}

export { cellText, isEmptyCell };
