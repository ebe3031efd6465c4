/** Reading rows: names, codes, "Outcome :/Output :" continuation text, total rows. */
import { cellAt, cellText, isEmptyCell, type SheetGrid } from '../grid';
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
  const out: RowModel[] = [];
  for (const r of table.dataRows) {
    const nameCell = labelCol !== undefined ? cellAt(sheet, r, labelCol) : undefined;
    const rawName = labelCol !== undefined ? cellText(nameCell) : '';
    const rawString = typeof nameCell?.v === 'string' ? nameCell.v : rawName;
    let code = codeCol !== undefined ? cellText(cellAt(sheet, r, codeCol)) : '';
    if (code && !/^[0-9xX]/.test(code)) code = '';
    const indicator = indicatorCol !== undefined && indicatorCol !== labelCol ? cellText(cellAt(sheet, r, indicatorCol)) : undefined;
    // A total row: "Jumlah"/"Total" in the name column or in any text cell before the values.
    let total = isTotalLabel(rawName);
    if (!total) {
      for (let c = table.left; c <= table.right; c++) {
        if (valueCols.includes(c)) break;
        const t = cellText(cellAt(sheet, r, c));
        if (t && typeof cellAt(sheet, r, c)?.v === 'string') {
          total = isTotalLabel(t);
          break;
        }
      }
    }
    const base = {
      r,
      nameCol: labelCol,
      codeCol,
      indicator: indicator || undefined,
      indent: (nameCell?.indent ?? 0) + leadingSpaces(rawString),
      bold: !!nameCell?.bold,
    };
    if (total) {
      out.push({ ...base, kind: 'total', name: rawName });
      continue;
    }
    let name = rawName;
    if (!code) {
      const lead = splitLeadingCode(name);
      if (lead.code) {
        code = lead.code;
        name = lead.name;
      }
    }
    const split = splitMarker(name);
    const hasValues = valueCols.some((c) => !isEmptyCell(cellAt(sheet, r, c)));
    let kind: RowModel['kind'] = 'data';
    if (!code && (split.startsWithMarker || name === '')) kind = 'continuation';
    else if (!code && isFragment(name) && !indicator && !hasValues) kind = 'continuation';
    out.push({ ...base, kind, name: split.name, code: code || undefined });
  }
  return out;
}

/** Text split off a previous row by a page break: starts in lower case, e.g. "berkualitas.". */
function isFragment(name: string): boolean {
  return /^[a-z(]/.test(name.trim());
}

export { cellText, isEmptyCell };
