/**
 * Formula results as the sheet XML stores them (`<c r="H9" t="str"><f>…</f><v>…</v></c>`), for the
 * cells exceljs cannot answer for: it drops a cached `0`, and cannot tell an empty text result from
 * one never calculated. Used where tests read workbooks through exceljs (the Google Sheets double,
 * the reference reading); also the package's sheet parts by name, for every reader and the patcher.
 */
import type JSZip from 'jszip';
import { parseA1 } from '../core/address';

/** A cell's stored result: `t` the cell type attribute (`str`, `e`, `b`, …), `v` the decoded `<v>` text. */
export interface CachedValue {
  row: number;
  col: number;
  type?: string;
  /** undefined: the cell has no `<v>`. */
  v?: string;
}

export function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Each worksheet's part in the package, by sheet name (from workbook.xml and its relationships). */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbookXml = await zip.file('xl/workbook.xml')?.async('string');
  const relsXml = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  const parts = new Map<string, string>();
  if (!workbookXml || !relsXml) return parts;
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?xl\//, '').replace(/^\//, ''));
  }
  for (const m of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    if (name !== undefined && rid && targets.has(rid)) parts.set(decodeXml(name), `xl/${targets.get(rid)}`);
  }
  return parts;
}

/** The stored results of the `wanted` cells (0-based [row, col]) of each named sheet. */
export async function cachedValues(zip: JSZip, wanted: { sheet: string; cells: [number, number][] }[]): Promise<Map<string, CachedValue[]>> {
  const parts = await sheetParts(zip);
  const out = new Map<string, CachedValue[]>();
  for (const { sheet, cells } of wanted) {
    const path = parts.get(sheet);
    const xml = path ? await zip.file(path)?.async('string') : undefined;
    if (!xml) continue;
    const keys = new Set(cells.map(([r, c]) => `${r}:${c}`));
    const found: CachedValue[] = [];
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const { row, col } = parseA1(m[1]);
      if (!keys.has(`${row}:${col}`)) continue;
      const type = /\bt="([^"]+)"/.exec(m[2])?.[1];
      const v = m[3] ? /<v>([\s\S]*?)<\/v>/.exec(m[3])?.[1] : undefined;
      found.push({ row, col, type, v: v === undefined ? undefined : decodeXml(v) });
    }
    out.set(sheet, found);
  }
  return out;
}
