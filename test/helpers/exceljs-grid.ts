/**
 * The reference reading of a workbook into the grid, through exceljs, as the `renstra` command read
 * files before it read them straight from the package (src/cli/xlsx-reader.ts). Tests compare the
 * two cell for cell, so the faster reader stays the same reader.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'fs';
import { cachedValues } from '../../src/cli/cached-values';
import type { CellData, MergeArea, SheetGrid } from '../../src/core/grid';

type ExcelValue = ExcelJS.CellValue;

function textOfRich(v: { richText: { text: string }[] }): string {
  return v.richText.map((p) => p.text).join('');
}

function convertCell(cell: ExcelJS.Cell): CellData | undefined {
  const value: ExcelValue = cell.value;
  if (value === null || value === undefined) return undefined;
  const out: CellData = { v: null };
  if (typeof value === 'string' && value.trim() === '') return undefined;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    out.v = value;
  } else if (value instanceof Date) {
    out.v = value.toISOString().slice(0, 10);
  } else if (typeof value === 'object') {
    const o = value as unknown as Record<string, unknown>;
    if ('richText' in o) out.v = textOfRich(o as { richText: { text: string }[] });
    else if ('error' in o) out.err = String(o.error);
    else if ('formula' in o || 'sharedFormula' in o) {
      out.f = String(cell.formula ?? o.formula ?? '');
      const result = o.result as unknown;
      if (result === undefined || result === null) out.noValue = true;
      else if (result === '') out.v = null; // a formula showing nothing, as Office.js reads it
      else if (typeof result === 'object' && result && 'error' in (result as object)) out.err = String((result as { error: unknown }).error);
      else if (result instanceof Date) out.v = result.toISOString().slice(0, 10);
      else if (typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean') out.v = result;
    } else if ('text' in o) out.v = String(o.text);
    else return undefined;
    // LibreOffice saves a typed TRUE/FALSE as the formula TRUE()/FALSE() with that cached value:
    // read it as the constant it was typed as (the formula refers to nothing).
    const constant = out.f ? /^\s*(TRUE|FALSE)\(\s*\)\s*$/i.exec(out.f) : null;
    if (constant && out.v === (constant[1].toUpperCase() === 'TRUE')) delete out.f;
  }
  const fmt = cell.numFmt;
  if (fmt && fmt !== 'General') out.fmt = fmt;
  if (cell.font?.bold) out.bold = true;
  const indent = cell.alignment?.indent;
  if (indent) out.indent = indent;
  return out;
}

function mergesOf(ws: ExcelJS.Worksheet): MergeArea[] {
  const internal = (ws as unknown as { _merges?: Record<string, { model: MergeArea }> })._merges;
  if (internal) {
    return Object.values(internal).map((m) => ({
      top: m.model.top - 1,
      left: m.model.left - 1,
      bottom: m.model.bottom - 1,
      right: m.model.right - 1,
    }));
  }
  return [];
}

/**
 * exceljs drops a formula's cached value when it is 0 (`<v>0</v>`) and cannot tell a formula whose
 * cached result is the empty string from one never calculated. Read those cells' `<v>` from the
 * sheet XML itself, so a 0 stays a 0 and only truly missing values are reported as missing.
 */
async function recoverCachedValues(zip: JSZip, sheets: { grid: SheetGrid; cells: [number, number][] }[]): Promise<void> {
  const stored = await cachedValues(zip, sheets.map(({ grid, cells }) => ({ sheet: grid.name, cells })));
  for (const { grid } of sheets) {
    for (const { row, col, type, v } of stored.get(grid.name) ?? []) {
      const cell = grid.rows[row]?.[col];
      if (!cell) continue;
      if (v !== undefined) {
        delete cell.noValue;
        if (type === 'e') cell.err = v;
        // `<v></v>`: Excel and LibreOffice store a formula showing nothing (IFERROR(…, "")) this way.
        else if (type === 'str' || type === 's' || type === 'inlineStr') cell.v = v === '' ? null : v;
        else if (type === 'b') cell.v = v === '1';
        else if (!Number.isNaN(Number(v))) cell.v = Number(v);
      } else if (type === 'str' || type === 's') {
        // A text result stored without <v>: the formula shows an empty string (IFERROR(…, "")).
        delete cell.noValue;
        cell.v = null;
      }
    }
  }
}

export async function exceljsSheets(file: string): Promise<SheetGrid[]> {
  const bytes = readFileSync(file);
  const zip = await JSZip.loadAsync(bytes);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets: SheetGrid[] = [];
  const missing: { grid: SheetGrid; cells: [number, number][] }[] = [];
  for (const ws of wb.worksheets) {
    const rows: (CellData | undefined)[][] = [];
    let colCount = 0;
    let rowCount = 0;
    const noValue: [number, number][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const r = rowNumber - 1;
      const out: (CellData | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        // exceljs answers a merged-away cell with its master's value; Excel shows it empty.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const data = convertCell(cell);
        if (!data) return;
        out[colNumber - 1] = data;
        if (data.noValue) noValue.push([r, colNumber - 1]);
        if (colNumber > colCount) colCount = colNumber;
      });
      rows[r] = out;
      rowCount = rowNumber;
    });
    const grid: SheetGrid = { name: ws.name, rows, merges: mergesOf(ws), rowCount, colCount };
    sheets.push(grid);
    if (noValue.length) missing.push({ grid, cells: noValue });
  }
  if (missing.length) await recoverCachedValues(zip, missing);
  return sheets;
}
