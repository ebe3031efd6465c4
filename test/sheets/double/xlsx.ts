/** doubleFromXlsx: the Sheets double over an .xlsx file read with exceljs. */
import { promises as fs } from 'fs';
import { basename, extname } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cachedValues } from '../../../src/cli/cached-values';
import { type Bounds, normalizeColor, parseBounds, put, type SheetInit, type Stored } from './cells';
import { DAY_MS, SERIAL_EPOCH } from './dates';
import { DoubleImpl, type DoubleOptions, type SheetsDouble } from './model';

/** Reads an .xlsx file with exceljs into a double (values, formulas with cached values, formats, bold, fills, merges, protection). */
export async function doubleFromXlsx(path: string, options: DoubleOptions = {}): Promise<SheetsDouble> {
  const bytes = await fs.readFile(path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const theme = themeColors(wb);
  const sheets: SheetInit[] = [];
  const uncached: { sheet: SheetInit; keys: Set<string> }[] = [];
  for (const ws of wb.worksheets) {
    const init: SheetInit = { name: ws.name, rows: [], merges: [], protectedFor: false };
    const missing = new Set<string>();
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.findRow(r);
      if (!row) continue;
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const stored = storedFromExcel(cell, theme);
        if (!stored) return;
        if (stored.f !== undefined && stored.v === undefined) {
          stored.v = null;
          missing.add(`${r - 1}:${c - 1}`);
        }
        put(init.rows, r - 1, c - 1, stored as Stored);
      });
    }
    init.merges = mergesOf(ws);
    const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
    init.protectedFor = !!protection && protection.sheet !== false;
    sheets.push(init);
    if (missing.size) uncached.push({ sheet: init, keys: missing });
  }
  if (uncached.length) await recoverCachedValues(bytes, uncached);
  const views = (wb as unknown as { views?: { activeTab?: number }[] }).views;
  const activeTab = views?.[0]?.activeTab;
  return new DoubleImpl(sheets, { name: basename(path, extname(path)), ...options }, activeTab).api();
}

// ---------------------------------------------------------------------------------------------
// Reading .xlsx with exceljs
// ---------------------------------------------------------------------------------------------

/** The legacy indexed palette (SpreadsheetML indexedColors default), 0–63; 64/65 system fore/background. */
const INDEXED = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
  '000000', 'FFFFFF',
];

/** Office's default theme colors in SpreadsheetML theme order: lt1, dk1, lt2, dk2, accent1–6, hlink, folHlink. */
const DEFAULT_THEME = ['FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '0563C1', '954F72'];

function themeColors(wb: ExcelJS.Workbook): string[] {
  const xml = (wb as unknown as { _themes?: Record<string, string> })._themes?.theme1;
  const scheme = xml ? /<a:clrScheme\b[\s\S]*?<\/a:clrScheme>/.exec(xml)?.[0] : undefined;
  if (!scheme) return DEFAULT_THEME;
  const color = (tag: string): string | undefined => {
    const m = new RegExp(`<a:${tag}>([\\s\\S]*?)</a:${tag}>`).exec(scheme)?.[1];
    if (!m) return undefined;
    return /<a:srgbClr val="([0-9A-Fa-f]{6})"/.exec(m)?.[1] ?? /lastClr="([0-9A-Fa-f]{6})"/.exec(m)?.[1];
  };
  const order = ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];
  return order.map((tag, i) => color(tag) ?? DEFAULT_THEME[i]);
}

/** SpreadsheetML tint: lighten (tint > 0) or darken (tint < 0) the color's HSL luminance. */
function applyTint(hex: string, tint: number): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let h = 0;
  let s = 0;
  let l = (max + min) / 2;
  const d = max - min;
  if (d) {
    s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    h /= 6;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const hue = (p: number, q: number, t: number) => {
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  let rgb: number[];
  if (!s) rgb = [l, l, l];
  else {
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    rgb = [hue(p, q, h + 1 / 3), hue(p, q, h), hue(p, q, h - 1 / 3)];
  }
  return rgb.map((x) => Math.round(Math.min(1, Math.max(0, x)) * 255).toString(16).padStart(2, '0')).join('');
}

function excelColor(color: Partial<ExcelJS.Color> & { indexed?: number; tint?: number } | undefined, theme: string[]): string | undefined {
  if (!color) return undefined;
  let hex: string | undefined;
  if (typeof color.argb === 'string' && /^[0-9A-Fa-f]{6,8}$/.test(color.argb)) hex = color.argb.slice(-6);
  else if (typeof color.theme === 'number') hex = theme[color.theme];
  else if (typeof color.indexed === 'number') hex = INDEXED[color.indexed];
  if (!hex) return undefined;
  if (color.tint) hex = applyTint(hex, color.tint);
  return `#${hex.toLowerCase()}`;
}

function textOf(value: unknown): string {
  if (value && typeof value === 'object' && 'richText' in value) {
    return (value as { richText: { text: string }[] }).richText.map((p) => p.text).join('');
  }
  return String(value ?? '');
}

function excelDateToSerial(d: Date): number {
  return (d.getTime() - SERIAL_EPOCH) / DAY_MS;
}

/** A formula as Sheets shows an imported one: without Excel's future-function prefixes. */
function sheetsFormula(formula: string): string {
  return formula.replace(/^=/, '').replace(/_xlfn\.|_xlws\./g, '');
}

/** A stored cell from an exceljs cell; `v` undefined for a formula whose cached value exceljs lost. */
function storedFromExcel(cell: ExcelJS.Cell, theme: string[]): (Omit<Stored, 'v'> & { v?: Stored['v'] }) | undefined {
  const out: Omit<Stored, 'v'> & { v?: Stored['v'] } = { v: null };
  const value = cell.value as unknown;
  // A merged-away cell: exceljs answers with its master's value; Sheets shows it blank.
  if (cell.type !== ExcelJS.ValueType.Merge && value !== null && value !== undefined) {
    if (typeof value === 'number' || typeof value === 'boolean') out.v = value;
    else if (typeof value === 'string') out.v = value === '' ? null : value;
    else if (value instanceof Date) out.v = excelDateToSerial(value);
    else if (typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if ('formula' in o || 'sharedFormula' in o) {
        const formula = cell.formula as string | undefined;
        const result = o.result;
        const cached =
          result === undefined || result === null
            ? undefined
            : result instanceof Date
              ? excelDateToSerial(result)
              : typeof result === 'object' && 'error' in (result as object)
                ? String((result as { error: unknown }).error)
                : result === ''
                  ? null
                  : (result as number | string | boolean);
        if (formula) {
          out.f = sheetsFormula(formula);
          out.v = cached;
        } else out.v = cached ?? null;
      } else if ('error' in o) out.v = String(o.error);
      else if ('richText' in o) out.v = textOf(o) || null;
      else if ('text' in o) out.v = textOf(o.text) || null;
    }
  }
  const fmt = cell.numFmt;
  if (fmt && fmt !== 'General') out.fmt = fmt;
  if (cell.font?.bold) out.bold = true;
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (fill?.type === 'pattern' && fill.pattern === 'solid') {
    const bg = normalizeColor(excelColor(fill.fgColor, theme));
    if (bg) out.bg = bg;
  }
  if (out.v === null && out.f === undefined && out.fmt === undefined && !out.bold && out.bg === undefined) return undefined;
  return out;
}

function mergesOf(ws: ExcelJS.Worksheet): Bounds[] {
  const internal = (ws as unknown as { _merges?: Record<string, { model: Bounds }> })._merges;
  if (internal) {
    return Object.values(internal).map(({ model: m }) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
  }
  return ((ws.model as unknown as { merges?: string[] }).merges ?? []).map(parseBounds);
}

/** exceljs drops a formula's cached value when it is 0: read those cells' `<v>` from the sheet XML (src/cli/cached-values.ts). */
async function recoverCachedValues(bytes: Buffer, uncached: { sheet: SheetInit; keys: Set<string> }[]): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  const wanted = uncached.map(({ sheet, keys }) => ({ sheet: sheet.name, cells: [...keys].map((k) => k.split(':').map(Number) as [number, number]) }));
  const stored = await cachedValues(zip, wanted);
  for (const { sheet } of uncached) {
    for (const { row, col, type, v } of stored.get(sheet.name) ?? []) {
      const cell = sheet.rows[row]?.[col];
      if (!cell || v === undefined || v === '') continue;
      if (type === 'e' || type === 'str' || type === 'inlineStr') cell.v = v;
      else if (type === 'b') cell.v = v === '1';
      else if (!Number.isNaN(Number(v))) cell.v = Number(v);
    }
  }
}
