/**
 * The workbook read straight from its package into the core's grid: each part streamed from jszip
 * through saxes (the XML parser exceljs itself uses), building only what the checker reads — values,
 * formulas with their cached results, number formats, bold, indentation, merges. No cell objects,
 * no style models: a Kabupaten workbook reads several times faster than through exceljs, in a
 * fraction of the memory.
 *
 * The grid is the one the exceljs adapter used to build, cell for cell (tested on every workbook
 * of the test corpora): exceljs's own tables decide what it decided — the built-in number formats,
 * which formats are dates, how a shared formula reads in another cell.
 */
import JSZip from 'jszip';
import { SaxesParser, type SaxesTag } from 'saxes';
import { columnLetters, parseA1 } from '../core/address';
import type { CellData, MergeArea, SheetGrid } from '../core/grid';
import { REPAIR } from './zip-guard';

/* eslint-disable @typescript-eslint/no-require-imports */
const BUILTIN_FORMATS = require('exceljs/lib/xlsx/defaultnumformats') as Record<string, { f: string }>;
const { isDateFmt } = require('exceljs/lib/utils/utils') as { isDateFmt(fmt: string): boolean };
const { slideFormula } = require('exceljs/lib/utils/shared-formula') as { slideFormula(formula: string, from: string, to: string): string };
/* eslint-enable @typescript-eslint/no-require-imports */

/** A part that parses but cannot be read right (a cell naming a style the style sheet lacks): the reason, in Bahasa Indonesia. */
export class PartProblem extends Error {}

/** What a cell's style index (`s`) means to the grid. */
interface CellStyle {
  fmt?: string;
  date: boolean;
  bold: boolean;
  indent?: number;
}

/**
 * The part's bytes as text, as Node's StringDecoder decoded them before: a byte-order mark kept (saxes
 * sees it), malformed sequences as U+FFFD. The same decoder in Node and in the browser.
 */
const utf8 = () => new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Streams one part's text through a saxes parser: chunk by chunk from jszip's Node stream, or — in a
 * browser, where jszip has no Node streams — the part's bytes at once.
 */
async function parsePart(zip: JSZip, path: string, setup: (parser: SaxesParser) => void): Promise<boolean> {
  const file = zip.file(path);
  if (!file) return false;
  const parser = new SaxesParser();
  setup(parser);
  const decoder = utf8();
  if (!(JSZip.support as { nodestream?: boolean }).nodestream) {
    const bytes = await file.async('uint8array');
    parser.write(decoder.decode(bytes));
    parser.close();
    return true;
  }
  await new Promise<void>((resolve, reject) => {
    const stream = file.nodeStream('nodebuffer');
    stream.on('data', (chunk: Uint8Array) => {
      try {
        parser.write(decoder.decode(chunk, { stream: true }));
      } catch (e) {
        stream.pause();
        reject(e);
      }
    });
    stream.on('end', () => {
      try {
        parser.write(decoder.decode());
        parser.close();
        resolve();
      } catch (e) {
        reject(e);
      }
    });
    stream.on('error', reject);
  });
  return true;
}

const local = (name: string) => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

const attr = (tag: SaxesTag, name: string): string | undefined => (tag.attributes as Record<string, string>)[name];

/** The shared string table: each text (a rich text's runs joined, phonetic guides left out), and which are rich. */
interface SharedStrings {
  texts: string[];
  rich: Set<number>;
}

async function readSharedStrings(zip: JSZip, path: string): Promise<SharedStrings> {
  const strings: string[] = [];
  const rich = new Set<number>();
  let current: string[] | undefined;
  let inText = false;
  let inPhonetic = false;
  await parsePart(zip, path, (p) => {
    p.on('opentag', (tag) => {
      const n = local(tag.name);
      if (n === 'si') current = [];
      else if (n === 'r' && current) rich.add(strings.length);
      else if (n === 'rPh') inPhonetic = true;
      else if (n === 't' && !inPhonetic && !tag.isSelfClosing) inText = true;
    });
    p.on('text', (text) => {
      if (inText && current) current.push(text);
    });
    p.on('closetag', (tag) => {
      const n = local(tag.name);
      if (n === 't') inText = false;
      else if (n === 'rPh') inPhonetic = false;
      else if (n === 'si' && current) {
        strings.push(current.join(''));
        current = undefined;
      }
    });
  });
  return { texts: strings, rich };
}

/** The cell styles (cellXfs) as the grid needs them: number format, date or not, bold, indent. */
async function readStyles(zip: JSZip, path: string): Promise<CellStyle[]> {
  const formats = new Map<number, string>();
  const bold: boolean[] = [];
  const xfs: { numFmtId: number; fontId: number; indent?: number }[] = [];
  let section = '';
  let font: boolean | undefined;
  await parsePart(zip, path, (p) => {
    p.on('opentag', (tag) => {
      const n = local(tag.name);
      if (n === 'numFmt') formats.set(Number(attr(tag, 'numFmtId')), attr(tag, 'formatCode') ?? '');
      else if (n === 'fonts' || n === 'cellXfs' || n === 'cellStyleXfs' || n === 'dxfs') section = n;
      else if (n === 'font' && section === 'fonts') font = false;
      else if (n === 'b' && section === 'fonts' && font !== undefined) {
        const v = attr(tag, 'val');
        font = v === undefined || v === '1' || v === 'true';
      } else if (n === 'xf' && section === 'cellXfs') xfs.push({ numFmtId: Number(attr(tag, 'numFmtId') ?? 0), fontId: Number(attr(tag, 'fontId') ?? 0) });
      else if (n === 'alignment' && section === 'cellXfs' && xfs.length) {
        const indent = Number(attr(tag, 'indent') ?? 0);
        if (indent) xfs[xfs.length - 1].indent = indent;
      }
    });
    p.on('closetag', (tag) => {
      const n = local(tag.name);
      if (n === 'font' && section === 'fonts') {
        bold.push(!!font);
        font = undefined;
      } else if (n === section) section = '';
    });
  });
  return xfs.map((xf) => {
    const fmt = formats.get(xf.numFmtId) ?? BUILTIN_FORMATS[xf.numFmtId]?.f;
    return { fmt: fmt && fmt !== 'General' ? fmt : undefined, date: !!fmt && isDateFmt(fmt), bold: !!bold[xf.fontId], indent: xf.indent };
  });
}

/** Excel's serial day as the calendar date exceljs would give (1900 or 1904 date system). */
function serialToIso(serial: number, date1904: boolean): string {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000)).toISOString().slice(0, 10);
}

interface RawCell {
  row: number;
  col: number;
  type?: string;
  style?: number;
  value?: string;
  formula?: string;
  shared?: { si: string; ref?: string };
  /** The cell element had children or a value (a bare `<c r="A1"/>` without style still counts as a cell). */
  bare: boolean;
  /** An inline string made of rich-text runs. */
  rich?: boolean;
}

/** One worksheet into a SheetGrid. */
async function readSheet(zip: JSZip, name: string, path: string, styles: CellStyle[], strings: SharedStrings, date1904: boolean): Promise<SheetGrid> {
  const cells: RawCell[] = [];
  const merges: MergeArea[] = [];
  let cell: RawCell | undefined;
  let row = -1;
  let nextCol = 0;
  let text: 'v' | 'f' | 't' | undefined;
  let inInline = false;
  let inPhonetic = false;
  await parsePart(zip, path, (p) => {
    p.on('opentag', (tag) => {
      const n = local(tag.name);
      switch (n) {
        case 'row': {
          const r = attr(tag, 'r');
          row = r !== undefined ? Number(r) - 1 : row + 1;
          nextCol = 0;
          break;
        }
        case 'c': {
          const r = attr(tag, 'r');
          const pos = r !== undefined ? parseA1(r) : { row, col: nextCol };
          const s = attr(tag, 's');
          cell = { row: pos.row, col: pos.col, type: attr(tag, 't'), style: s !== undefined ? Number(s) : undefined, bare: !!tag.isSelfClosing };
          nextCol = pos.col + 1;
          if (tag.isSelfClosing) {
            cells.push(cell);
            cell = undefined;
          }
          break;
        }
        case 'v':
          if (cell && !tag.isSelfClosing) text = 'v';
          break;
        case 'f':
          if (cell) {
            const t = attr(tag, 't');
            if (t === 'shared') cell.shared = { si: attr(tag, 'si') ?? '', ref: attr(tag, 'ref') };
            if (!tag.isSelfClosing) text = 'f';
          }
          break;
        case 'is':
          inInline = true;
          break;
        case 'r':
          if (cell && inInline) cell.rich = true;
          break;
        case 'rPh':
          inPhonetic = true;
          break;
        case 't':
          if (cell && inInline && !inPhonetic && !tag.isSelfClosing) text = 't';
          break;
        case 'mergeCell': {
          const ref = attr(tag, 'ref');
          if (ref) {
            const [a, b = a] = ref.split(':');
            const x = parseA1(a);
            const y = parseA1(b);
            merges.push({ top: x.row, left: x.col, bottom: y.row, right: y.col });
          }
          break;
        }
        default:
          break;
      }
    });
    p.on('text', (t) => {
      if (!cell || !text) return;
      if (text === 'f') cell.formula = (cell.formula ?? '') + t;
      else cell.value = (cell.value ?? '') + t;
    });
    p.on('closetag', (tag) => {
      const n = local(tag.name);
      if (n === 'v' || n === 'f' || n === 't') text = undefined;
      else if (n === 'is') inInline = false;
      else if (n === 'rPh') inPhonetic = false;
      else if (n === 'c' && cell && !tag.isSelfClosing) {
        cells.push(cell);
        cell = undefined;
      }
    });
  });
  return toGrid(name, cells, merges, styles, strings, date1904);
}

/** Whether (row, col) lies in a merged area but is not its top-left cell. */
function mergedAway(merges: MergeArea[]): (row: number, col: number) => boolean {
  if (merges.length === 0) return () => false;
  const byRow = new Map<number, MergeArea[]>();
  for (const m of merges) for (let r = m.top; r <= m.bottom; r++) byRow.set(r, [...(byRow.get(r) ?? []), m]);
  return (row, col) => (byRow.get(row) ?? []).some((m) => col >= m.left && col <= m.right && (row !== m.top || col !== m.left));
}

function toGrid(name: string, raw: RawCell[], merges: MergeArea[], styles: CellStyle[], strings: SharedStrings, date1904: boolean): SheetGrid {
  const rows: (CellData | undefined)[][] = [];
  const away = mergedAway(merges);
  const masters = new Map<string, { formula: string; address: string }>();
  let rowCount = 0;
  let colCount = 0;
  // exceljs made a placeholder cell for every merged-away cell: its row counts as a row with cells.
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      if (r === m.top && m.right === m.left) continue;
      if (!rows[r]) rows[r] = [];
      rowCount = Math.max(rowCount, r + 1);
    }
  }
  for (const c of raw) {
    const style = c.style !== undefined ? styles[c.style] : undefined;
    if (c.style !== undefined && c.style > 0 && !style) {
      // Its number format (percent, date, year) would be guessed: a silent wrong reading.
      throw new PartProblem(
        `gaya sel (xl/styles.xml) tidak sesuai format .xlsx: sel ${name}!${columnLetters(c.col)}${c.row + 1} memakai gaya nomor ${c.style}, padahal daftar gaya sel hanya memuat ${styles.length}; ${REPAIR}`,
      );
    }
    const isFormula = c.formula !== undefined || c.shared !== undefined;
    const hasValue = c.value !== undefined && c.value !== '';
    // exceljs's reading: a cell with neither value nor formula is empty (with a style) or a merge
    // placeholder (without one) — the latter still makes its row count as a row with cells.
    const inMerge = away(c.row, c.col);
    if (!isFormula && !hasValue && c.style !== undefined && !inMerge) continue;
    if (!rows[c.row]) rows[c.row] = [];
    rowCount = Math.max(rowCount, c.row + 1);
    if (inMerge || (!isFormula && !hasValue)) continue;
    let formula = c.formula;
    if (c.shared) {
      const address = `${columnLetters(c.col)}${c.row + 1}`;
      if (c.shared.ref !== undefined && formula) masters.set(c.shared.si, { formula, address });
      else if (!formula) {
        const master = masters.get(c.shared.si);
        formula = master ? slideFormula(master.formula, master.address, address) : '';
      }
    }
    const data = convert(c, formula, isFormula, style, strings, date1904);
    if (!data) continue;
    rows[c.row][c.col] = data;
    colCount = Math.max(colCount, c.col + 1);
  }
  return { name, rows, merges, rowCount, colCount };
}


/** The CellData exceljs's reading gave for a cell (see read-xlsx.ts's history: convertCell). */
function convert(c: RawCell, formula: string | undefined, isFormula: boolean, style: CellStyle | undefined, strings: SharedStrings, date1904: boolean): CellData | undefined {
  const out: CellData = { v: null };
  const v = c.value;
  if (isFormula) {
    out.f = formula ?? '';
    if (v === undefined || v === '') {
      // `<v></v>` or no `<v>` on a text result: the formula shows an empty string; else never calculated.
      if (c.type === 'str' || c.type === 's' || c.type === 'inlineStr') out.v = null;
      else out.noValue = true;
    } else if (c.type === 'e') out.err = v;
    else if (c.type === 'str' || c.type === 'inlineStr') out.v = v;
    else if (c.type === 's') out.v = strings.texts[Number(v)] ?? null;
    else if (c.type === 'b') out.v = parseInt(v, 10) !== 0;
    else {
      const n = parseFloat(v);
      if (Number.isNaN(n)) out.noValue = true;
      else out.v = style?.date ? serialToIso(n, date1904) : n;
    }
    // LibreOffice saves a typed TRUE/FALSE as the formula TRUE()/FALSE() with that cached value:
    // read it as the constant it was typed as (the formula refers to nothing).
    const constant = /^\s*(TRUE|FALSE)\(\s*\)\s*$/i.exec(out.f);
    if (constant && out.v === (constant[1].toUpperCase() === 'TRUE')) delete out.f;
  } else {
    if (v === undefined) return undefined;
    switch (c.type) {
      case 's': {
        // exceljs kept a rich text even when it was only spaces; a plain one of spaces is empty.
        const s = strings.texts[Number(v)];
        if (s === undefined || (s.trim() === '' && !strings.rich.has(Number(v)))) return undefined;
        out.v = s;
        break;
      }
      case 'str':
      case 'inlineStr':
        if (v.trim() === '' && !c.rich) return undefined;
        out.v = v;
        break;
      case 'b':
        out.v = parseInt(v, 10) !== 0;
        break;
      case 'e':
        out.err = v;
        break;
      case 'd':
        out.v = v.slice(0, 10);
        break;
      default: {
        const n = parseFloat(v);
        if (Number.isNaN(n)) return undefined;
        out.v = style?.date ? serialToIso(n, date1904) : n;
      }
    }
  }
  if (style?.fmt) out.fmt = style.fmt;
  if (style?.bold) out.bold = true;
  if (style?.indent) out.indent = style.indent;
  return out;
}

/** Relationship targets of a part, by id. */
async function relationships(zip: JSZip, relsPath: string): Promise<Map<string, { type: string; target: string }>> {
  const out = new Map<string, { type: string; target: string }>();
  await parsePart(zip, relsPath, (p) =>
    p.on('opentag', (tag) => {
      if (local(tag.name) !== 'Relationship') return;
      const id = attr(tag, 'Id');
      const target = attr(tag, 'Target');
      if (id && target) out.set(id, { type: attr(tag, 'Type') ?? '', target });
    }),
  );
  return out;
}

function resolvePart(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

/** Every worksheet of the package (chart sheets and dialog sheets are not worksheets), in the workbook's order. */
export async function readPackageSheets(zip: JSZip): Promise<SheetGrid[]> {
  let date1904 = false;
  const listed: { name: string; rid?: string }[] = [];
  await parsePart(zip, 'xl/workbook.xml', (p) =>
    p.on('opentag', (tag) => {
      const n = local(tag.name);
      if (n === 'workbookPr') {
        const v = attr(tag, 'date1904');
        date1904 = v === '1' || v === 'true';
      } else if (n === 'sheet') listed.push({ name: attr(tag, 'name') ?? '', rid: attr(tag, 'r:id') });
    }),
  );
  const rels = await relationships(zip, 'xl/_rels/workbook.xml.rels');
  const byType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
  const stylesTarget = byType('/styles');
  const stringsTarget = byType('/sharedStrings');
  const styles = stylesTarget ? await readStyles(zip, resolvePart(stylesTarget)) : [];
  const strings = stringsTarget ? await readSharedStrings(zip, resolvePart(stringsTarget)) : { texts: [], rich: new Set<number>() };
  const sheets: SheetGrid[] = [];
  for (const { name, rid } of listed) {
    const rel = rid ? rels.get(rid) : undefined;
    // A sheet the list names but the package does not hold would read as an empty sheet: a silent wrong answer.
    if (!rel) throw new PartProblem(`daftar lembar (xl/workbook.xml): lembar "${name}" merujuk relasi ${rid ?? '(tanpa r:id)'} yang tidak ada di xl/_rels/workbook.xml.rels; ${REPAIR}`);
    if (!rel.type.endsWith('/worksheet')) continue;
    const path = resolvePart(rel.target);
    if (!zip.file(path)) throw new PartProblem(`daftar lembar (xl/workbook.xml): bagian lembar "${name}" (${path}) tidak ada di arsip; ${REPAIR}`);
    sheets.push(await readSheet(zip, name, path, styles, strings, date1904));
  }
  return sheets;
}
