/** Reading rows: names, codes, "Outcome :/Output :" continuation text, total rows. */
import { cellText, isEmptyCell, type SheetGrid } from '../grid';
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

export function splitLeadingCode(text: string): { code?: string; name: string } {
  const m = LEADING_CODE.exec(text);
  if (!m) return { name: text };
  return { code: m[1], name: m[2].trim() };
}

export function isTotalLabel(text: string): boolean {
  return TOTAL.test(text) && text.length <= 40;
}

function leadingSpaces(s: string): number {
  const m = /^( +)/.exec(s);
  return m ? Math.floor(m[1].length / 2) : 0;
}

/** Reads the data rows of a table into row models (no hierarchy yet). */
export function readRows(sheet: SheetGrid, table: Table): RowModel[] {
  const nameCol = table.columns.find((c) => c.role === 'name')?.col;
  const indicatorCol = table.columns.find((c) => c.role === 'indicator')?.col;
  const codeCol = table.columns.find((c) => c.role === 'code')?.col;
  const labelCol = nameCol ?? indicatorCol;
  const valueCols = table.columns.filter((c) => c.year !== undefined || c.role === 'baseline').map((c) => c.col);
  // Text cells before the first value column may hold a "Jumlah"/"Total" label.
  const labelEnd = valueCols.length ? Math.min(...valueCols) : table.right + 1;
  const out: RowModel[] = [];
  for (const r of table.dataRows) {
    const cells = sheet.rows[r] ?? [];
    const nameCell = labelCol !== undefined ? cells[labelCol] : undefined;
    const rawName = cellText(nameCell);
    let code = codeCol !== undefined ? cellText(cells[codeCol]) : '';
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
    const row: RowModel = { r, kind: 'data', name: rawName, nameCol: labelCol, codeCol, indicator, indent, bold: !!nameCell?.bold };
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
    const split = splitMarker(name);
    row.name = split.name;
    if (code) row.code = code;
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
