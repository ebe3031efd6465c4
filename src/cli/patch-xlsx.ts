/**
 * Writes formulas into an .xlsx/.xlsm package by patching it, not by rewriting it: every zip part is
 * kept byte for byte except the worksheets that receive cells (and there only the `<c>` elements of
 * those cells, plus a `<row>` or the `<dimension>` where needed) and workbook.xml's `<calcPr>`, which
 * asks Excel to recalculate on open. Charts, pivot tables, images, comments, VBA, custom XML,
 * extensions — whatever the workbook holds that this program does not model — stay as they were.
 *
 * The XML is located with saxes (a real parser, the one exceljs uses), then patched by splicing
 * the text at the positions it reports; the zip is read and written by jszip.
 */
import JSZip from 'jszip';
import { SaxesParser, type SaxesTag } from 'saxes';
import { a1, parseA1, rangeA1 } from '../core/address';
import { sheetParts } from './cached-values';

/** A cell to write: its sheet, 0-based position, formula (OOXML form, no "=") and the value it computes. */
export interface CellPatch {
  sheet: string;
  row: number;
  col: number;
  formula: string;
  value: number;
}

export interface SkippedPatch {
  patch: CellPatch;
  /** Bahasa Indonesia: why the cell was not written. */
  reason: string;
}

export interface PatchResult {
  bytes: Buffer;
  written: CellPatch[];
  skipped: SkippedPatch[];
  /** The package parts that changed (the rest are the input's bytes). */
  changedParts: string[];
}

/** The formula another cell of a shared-formula group holds on its own (the reader slides the master's to it). */
export type OwnFormula = (sheet: string, row: number, col: number) => string | undefined;

interface Span {
  start: number;
  end: number;
}

interface CellNode extends Span {
  row: number;
  col: number;
  attrs: Record<string, string>;
  /** The `<f>` element's attributes, when the cell holds a formula. */
  f?: Record<string, string>;
}

interface RowNode extends Span {
  row: number;
  attrs: Record<string, string>;
  /** Where the row's content starts (after `<row …>`), or undefined for a self-closing `<row/>`. */
  contentStart?: number;
  closeStart?: number;
  cells: CellNode[];
  implicit: boolean;
}

interface SheetXml {
  prefix: string;
  sheetData?: Span & { contentStart?: number; closeStart?: number };
  dimension?: Span & { ref?: string };
  rows: RowNode[];
  /** Column styles from `<cols>`: [first, last] 0-based, style index. */
  colStyles: { min: number; max: number; style: string }[];
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function localName(name: string): { local: string; prefix: string } {
  const i = name.indexOf(':');
  return i < 0 ? { local: name, prefix: '' } : { local: name.slice(i + 1), prefix: name.slice(0, i + 1) };
}

/** Reads the structure of a worksheet part: rows and cells with their text positions. */
function scanSheet(xml: string): SheetXml {
  const parser = new SaxesParser({ position: true });
  const out: SheetXml = { prefix: '', rows: [], colStyles: [] };
  let row: RowNode | undefined;
  let cell: CellNode | undefined;
  let nextRow = 0;
  let nextCol = 0;
  const startOf = () => xml.lastIndexOf('<', parser.position - 1);
  parser.on('opentag', (tag: SaxesTag) => {
    const { local, prefix } = localName(tag.name);
    const attrs = tag.attributes as Record<string, string>;
    const start = startOf();
    const end = parser.position;
    if (local === 'sheetData') {
      out.prefix = prefix;
      out.sheetData = { start, end, contentStart: tag.isSelfClosing ? undefined : end };
    } else if (local === 'dimension') out.dimension = { start, end, ref: attrs.ref };
    else if (local === 'col' && attrs.style !== undefined) {
      out.colStyles.push({ min: Number(attrs.min) - 1, max: Number(attrs.max) - 1, style: attrs.style });
    } else if (local === 'row') {
      const r = attrs.r !== undefined ? Number(attrs.r) - 1 : nextRow;
      row = { row: r, start, end, attrs, contentStart: tag.isSelfClosing ? undefined : end, cells: [], implicit: attrs.r === undefined };
      out.rows.push(row);
      nextRow = r + 1;
      nextCol = 0;
    } else if (local === 'c' && row) {
      const pos = attrs.r !== undefined ? parseA1(attrs.r) : { row: row.row, col: nextCol };
      cell = { row: pos.row, col: pos.col, start, end, attrs };
      if (attrs.r === undefined) row.implicit = true;
      row.cells.push(cell);
      nextCol = pos.col + 1;
    } else if (local === 'f' && cell) cell.f = attrs;
  });
  parser.on('closetag', (tag: SaxesTag) => {
    const { local } = localName(tag.name);
    const end = parser.position;
    if (local === 'c' && cell) {
      cell.end = end;
      cell = undefined;
    } else if (local === 'row' && row) {
      if (!tag.isSelfClosing) row.closeStart = xml.lastIndexOf('<', end - 1);
      row.end = end;
      row = undefined;
    } else if (local === 'sheetData' && out.sheetData) {
      if (!tag.isSelfClosing) out.sheetData.closeStart = xml.lastIndexOf('<', end - 1);
      out.sheetData.end = end;
    }
  });
  parser.write(xml).close();
  return out;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The text with every edit applied, built once from its pieces (edits never overlap). */
function applyEdits(xml: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: string[] = [];
  let at = 0;
  for (const e of sorted) {
    pieces.push(xml.slice(at, e.start), e.text);
    at = e.end;
  }
  pieces.push(xml.slice(at));
  return pieces.join('');
}

function cellXml(prefix: string, p: CellPatch, style: string | undefined, extra: Record<string, string> = {}): string {
  const attrs = Object.entries({ r: a1(p.row, p.col), ...(style !== undefined ? { s: style } : {}), ...extra })
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  const value = Number.isFinite(p.value) ? `<${prefix}v>${p.value}</${prefix}v>` : '';
  return `<${prefix}c${attrs}><${prefix}f>${escapeXml(p.formula)}</${prefix}f>${value}</${prefix}c>`;
}

/** Attributes of an existing cell that stay: its style and the metadata indexes; not its type. */
function keptAttributes(attrs: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ['cm', 'vm', 'ph']) if (attrs[k] !== undefined) out[k] = attrs[k];
  return out;
}

/** An A1 range (`A1`, `A1:S108`), or undefined when it is none. */
function parseRef(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  try {
    const [a, b = a] = ref.split(':');
    const p = parseA1(a);
    const q = parseA1(b);
    return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
  } catch {
    return undefined;
  }
}

function inRange(ref: string, row: number, col: number): boolean {
  const r = parseRef(ref);
  return !!r && row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/** Patches one worksheet; returns its new text and the cells it could not write. */
function patchSheet(sheet: string, xml: string, patches: CellPatch[], ownFormula: OwnFormula): { xml: string; written: CellPatch[]; skipped: SkippedPatch[] } {
  const doc = scanSheet(xml);
  const written: CellPatch[] = [];
  const skipped: SkippedPatch[] = [];
  const edits: Edit[] = [];
  const P = doc.prefix;
  if (!doc.sheetData) return { xml, written, skipped: patches.map((patch) => ({ patch, reason: 'lembar tanpa <sheetData>' })) };
  const rowsByIndex = new Map(doc.rows.map((r) => [r.row, r]));
  const cellsByKey = new Map<string, CellNode>(doc.rows.flatMap((r) => r.cells.map((c) => [`${c.row}:${c.col}`, c] as [string, CellNode])));
  const targets = new Set(patches.map((p) => `${p.row}:${p.col}`));
  // Array formulas over several cells (a single-cell one is an ordinary cell to overwrite).
  const arrays = [...cellsByKey.values()]
    .filter((c) => c.f?.t === 'array' && c.f.ref)
    .map((c) => c.f!.ref)
    .filter((ref) => {
      const r = parseRef(ref);
      return !!r && (r.bottom > r.top || r.right > r.left);
    });
  const rewrittenShared = new Set<string>();

  const styleFor = (row: RowNode | undefined, col: number): string | undefined => {
    if (row && row.attrs.customFormat === '1' && row.attrs.s !== undefined) return row.attrs.s;
    return doc.colStyles.find((c) => col >= c.min && col <= c.max)?.style;
  };

  // New cells per row, and new rows, collected first so that each row is edited once.
  const newCells = new Map<number, CellPatch[]>();
  for (const p of patches) {
    const key = `${p.row}:${p.col}`;
    const existing = cellsByKey.get(key);
    if (arrays.some((ref) => inRange(ref, p.row, p.col))) {
      skipped.push({ patch: p, reason: 'sel ini bagian dari rumus array; ubah di Excel' });
      continue;
    }
    if (existing?.f?.t === 'dataTable') {
      skipped.push({ patch: p, reason: 'sel ini bagian dari tabel data (What-If); ubah di Excel' });
      continue;
    }
    if (existing) {
      // A shared formula's master: the other cells of its group get their own formula first.
      if (existing.f?.t === 'shared' && existing.f.ref && existing.f.si !== undefined && !rewrittenShared.has(existing.f.si)) {
        const si = existing.f.si;
        rewrittenShared.add(si);
        for (const dep of cellsByKey.values()) {
          if (dep === existing || dep.f?.t !== 'shared' || dep.f.si !== si || dep.f.ref || targets.has(`${dep.row}:${dep.col}`)) continue;
          const own = ownFormula(sheet, dep.row, dep.col);
          const inner = xml.slice(dep.start, dep.end);
          const fStart = inner.search(new RegExp(`<${P}f\\b`));
          const fEnd = inner.indexOf('>', fStart) + 1;
          if (own === undefined || fStart < 0) continue;
          const selfClosing = inner[fEnd - 2] === '/';
          const closeAt = selfClosing ? fEnd : inner.indexOf(`</${P}f>`, fEnd) + `</${P}f>`.length;
          edits.push({ start: dep.start + fStart, end: dep.start + closeAt, text: `<${P}f>${escapeXml(own)}</${P}f>` });
        }
      }
      edits.push({ start: existing.start, end: existing.end, text: cellXml(P, p, existing.attrs.s, keptAttributes(existing.attrs)) });
      written.push(p);
      continue;
    }
    newCells.set(p.row, [...(newCells.get(p.row) ?? []), p]);
  }
  // A shared master left untouched whose dependents are overwritten keeps working (its own formula
  // stays); a dependent overwritten drops out of its group: both are valid OOXML.

  for (const [r, list] of newCells) {
    list.sort((a, b) => a.col - b.col);
    const row = rowsByIndex.get(r);
    if (row) {
      if (row.implicit) {
        for (const patch of list) skipped.push({ patch, reason: 'baris ini ditulis tanpa alamat sel (r); sel baru tidak dapat disisipkan dengan aman' });
        continue;
      }
      // Insert each new cell before the first existing cell to its right.
      for (const p of list) {
        const after = row.cells.find((c) => c.col > p.col);
        const text = cellXml(P, p, styleFor(row, p.col));
        if (after) edits.push({ start: after.start, end: after.start, text });
        else if (row.closeStart !== undefined) edits.push({ start: row.closeStart, end: row.closeStart, text });
        else {
          // <row …/>: open it.
          const open = xml.slice(row.start, row.end).replace(/\s*\/>$/, '>');
          edits.push({ start: row.start, end: row.end, text: `${open}${text}</${P}row>` });
        }
        written.push(p);
      }
      // Several cells appended to a self-closing row: merge their edits (same span).
      continue;
    }
    const next = doc.rows.find((x) => x.row > r);
    if (next?.implicit || doc.rows.some((x) => x.implicit && x.row > r)) {
      for (const patch of list) skipped.push({ patch, reason: 'lembar ditulis tanpa nomor baris (r); baris baru tidak dapat disisipkan dengan aman' });
      continue;
    }
    const text = `<${P}row r="${r + 1}">${list.map((p) => cellXml(P, p, styleFor(undefined, p.col))).join('')}</${P}row>`;
    const sd = doc.sheetData;
    if (next) edits.push({ start: next.start, end: next.start, text });
    else if (sd.closeStart !== undefined) edits.push({ start: sd.closeStart, end: sd.closeStart, text });
    else edits.push({ start: sd.start, end: sd.end, text: `${xml.slice(sd.start, sd.end).replace(/\s*\/>$/, '>')}${text}</${P}sheetData>` });
    written.push(...list);
  }

  // Self-closing rows that got several cells produce several edits over the same span: join them.
  const merged = joinSameSpan(edits, xml, P);
  // The dimension grows to hold every written cell.
  const dimension = doc.dimension?.ref ? parseRef(doc.dimension.ref) : undefined;
  if (doc.dimension && dimension && written.some((w) => w.row < dimension.top || w.row > dimension.bottom || w.col < dimension.left || w.col > dimension.right)) {
    const ref = rangeA1(
      Math.min(dimension.top, ...written.map((w) => w.row)),
      Math.min(dimension.left, ...written.map((w) => w.col)),
      Math.max(dimension.bottom, ...written.map((w) => w.row)),
      Math.max(dimension.right, ...written.map((w) => w.col)),
    );
    const tag = xml.slice(doc.dimension.start, doc.dimension.end);
    merged.push({ start: doc.dimension.start, end: doc.dimension.end, text: tag.replace(/\bref="[^"]*"/, `ref="${ref}"`) });
  }
  return { xml: applyEdits(xml, merged), written, skipped };
}

/** Edits over the same span of a self-closing row: one opened row holding all their cells. */
function joinSameSpan(edits: Edit[], xml: string, P: string): Edit[] {
  const bySpan = new Map<string, Edit[]>();
  for (const e of edits) bySpan.set(`${e.start}:${e.end}`, [...(bySpan.get(`${e.start}:${e.end}`) ?? []), e]);
  const out: Edit[] = [];
  for (const group of bySpan.values()) {
    if (group.length === 1 || group[0].start === group[0].end) {
      if (group[0].start === group[0].end) out.push({ ...group[0], text: group.map((g) => g.text).join('') });
      else out.push(group[0]);
      continue;
    }
    const open = xml.slice(group[0].start, group[0].end).replace(/\s*\/>$/, '>');
    const cells = group.map((g) => g.text.slice(open.length, g.text.length - `</${P}row>`.length)).join('');
    out.push({ start: group[0].start, end: group[0].end, text: `${open}${cells}</${P}row>` });
  }
  return out;
}

/** workbook.xml with `<calcPr fullCalcOnLoad="1">`: Excel recalculates every formula when it opens the file. */
export function withFullCalcOnLoad(xml: string): string {
  const parser = new SaxesParser({ position: true });
  let calcPr: Span | undefined;
  let before: number | undefined;
  let workbookClose: number | undefined;
  let prefix = '';
  const LATER = new Set(['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst']);
  let depth = 0;
  parser.on('opentag', (tag: SaxesTag) => {
    depth++;
    const { local, prefix: p } = localName(tag.name);
    const start = xml.lastIndexOf('<', parser.position - 1);
    if (local === 'workbook') prefix = p;
    if (depth === 2 && local === 'calcPr') calcPr = { start, end: parser.position };
    if (depth === 2 && before === undefined && LATER.has(local)) before = start;
    if (tag.isSelfClosing) depth--;
  });
  parser.on('closetag', (tag: SaxesTag) => {
    if (!tag.isSelfClosing) depth--;
    if (localName(tag.name).local === 'workbook') workbookClose = xml.lastIndexOf('<', parser.position - 1);
  });
  parser.write(xml).close();
  if (calcPr) {
    const tag = xml.slice(calcPr.start, calcPr.end);
    const next = /\bfullCalcOnLoad="[^"]*"/.test(tag) ? tag.replace(/\bfullCalcOnLoad="[^"]*"/, 'fullCalcOnLoad="1"') : tag.replace(/^<(\S+)/, '<$1 fullCalcOnLoad="1"');
    return xml.slice(0, calcPr.start) + next + xml.slice(calcPr.end);
  }
  const at = before ?? workbookClose;
  if (at === undefined) return xml;
  return `${xml.slice(0, at)}<${prefix}calcPr fullCalcOnLoad="1"/>${xml.slice(at)}`;
}

/** Writes `patches` into the package `bytes`; parts it does not need to change keep their bytes. */
export async function patchWorkbook(bytes: Buffer, patches: CellPatch[], ownFormula: OwnFormula): Promise<PatchResult> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  const bySheet = new Map<string, CellPatch[]>();
  for (const p of patches) bySheet.set(p.sheet, [...(bySheet.get(p.sheet) ?? []), p]);
  const written: CellPatch[] = [];
  const skipped: SkippedPatch[] = [];
  const changedParts: string[] = [];
  for (const [sheet, list] of bySheet) {
    const path = parts.get(sheet);
    const file = path ? zip.file(path) : null;
    if (!path || !file) {
      skipped.push(...list.map((patch) => ({ patch, reason: `lembar "${sheet}" tidak ditemukan di paket workbook` })));
      continue;
    }
    const xml = await file.async('string');
    const result = patchSheet(sheet, xml, list, ownFormula);
    written.push(...result.written);
    skipped.push(...result.skipped);
    if (result.written.length) {
      zip.file(path, result.xml);
      changedParts.push(path);
    }
  }
  if (written.length) {
    const workbook = zip.file('xl/workbook.xml');
    if (workbook) {
      const xml = await workbook.async('string');
      const next = withFullCalcOnLoad(xml);
      if (next !== xml) {
        zip.file('xl/workbook.xml', next);
        changedParts.push('xl/workbook.xml');
      }
    }
  }
  const out = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { bytes: out, written, skipped, changedParts };
}
