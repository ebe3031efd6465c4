/**
 * The exceljs host adapter: reads an .xlsx file into the core's grid model. Every way a file can be
 * unreadable ends in a `WorkbookReadError` with an Indonesian message naming the file and the cause.
 */
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cachedValues } from './cached-values';
import type { CellData, MergeArea, SheetGrid, WorkbookGrid } from '../core/grid';
import { readAddinSettings } from './addin-settings';
import { EXCEL_MAX_COLUMNS, explainParseFailure, inspectSheets, shown, zipBombReason } from './package-guard';

export class WorkbookReadError extends Error {
  /** The cause on one line: whatever the file put into it, a message never spans lines. */
  public readonly reason: string;
  constructor(
    public readonly file: string,
    reason: string,
  ) {
    // eslint-disable-next-line no-control-regex
    const line = reason.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '?');
    super(`${file}: ${line}`);
    this.reason = line;
  }
}

/** Files larger than this are refused rather than risk exhausting memory. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

async function readBytes(file: string): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new WorkbookReadError(file, code === 'ENOENT' ? 'berkas tidak ditemukan' : `berkas tidak dapat dibuka (${code})`);
  }
  if (stat.isDirectory()) throw new WorkbookReadError(file, 'ini sebuah folder, bukan berkas .xlsx');
  if (stat.size === 0) throw new WorkbookReadError(file, 'berkas kosong (0 byte), bukan workbook .xlsx');
  if (stat.size > MAX_FILE_BYTES) {
    throw new WorkbookReadError(
      file,
      `berkas terlalu besar (${Math.ceil(stat.size / 1048576)} MB; batas ${MAX_FILE_BYTES / 1048576} MB) — pecah workbook per perangkat daerah`,
    );
  }
  try {
    return await fs.readFile(file);
  } catch (e) {
    throw new WorkbookReadError(file, `berkas tidak dapat dibaca (${(e as NodeJS.ErrnoException).code ?? 'galat baca'})`);
  }
}

function diagnoseNonZip(file: string, bytes: Buffer): never {
  if (bytes.subarray(0, 8).equals(OLE2)) {
    const utf16 = Buffer.from('EncryptionInfo', 'utf16le');
    if (bytes.includes(utf16)) {
      throw new WorkbookReadError(file, 'workbook dilindungi kata sandi (terenkripsi); buka di Excel, hapus kata sandinya, lalu simpan ulang');
    }
    throw new WorkbookReadError(file, 'format Excel 97-2003 (.xls), bukan .xlsx; simpan ulang sebagai "Excel Workbook (.xlsx)"');
  }
  const head = bytes.subarray(0, 512).toString('utf8').toLowerCase();
  if (head.includes('<html') || head.includes('<table')) {
    throw new WorkbookReadError(file, 'berkas HTML yang diberi nama .xlsx, bukan workbook; buka di Excel lalu simpan sebagai .xlsx');
  }
  throw new WorkbookReadError(file, 'bukan berkas .xlsx (isinya bukan arsip zip Office Open XML)');
}

const CORRUPT_ZIP = 'arsip zip rusak atau terpotong; salin ulang berkasnya dari sumber aslinya';

/** Errors of jszip and its inflater reading a part: the archive's data is damaged. */
const ZIP_DATA_ERROR = /uncompressed data size mismatch|corrupted zip|invalid (block type|distance|code|stored block|literal)|incorrect (header|data) check|unknown compression|too many length|crc32|unexpected end of (file|data)/i;

/** Runs a read of the package's parts; damaged data in a part ends in a message naming the part. */
async function guarded<T>(file: string, zip: JSZip, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof WorkbookReadError || !ZIP_DATA_ERROR.test(e instanceof Error ? e.message : String(e))) throw e;
    throw new WorkbookReadError(file, await explainParseFailure(zip, e));
  }
}

/** What an OpenDocument package holds, by its `mimetype` entry. */
const OPEN_DOCUMENT_KIND: Record<string, string> = {
  text: 'dokumen teks OpenDocument (.odt)',
  presentation: 'presentasi OpenDocument (.odp)',
  graphics: 'gambar OpenDocument (.odg)',
};

/**
 * Opens the zip and makes sure it is an Office Open XML workbook before exceljs sees it: exceljs
 * opens any zip (an .ods, a .docx renamed .xlsx) without complaint and finds no sheets, which would
 * read as a workbook with no Renstra table in it.
 */
async function openWorkbookPackage(file: string, bytes: Buffer): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new WorkbookReadError(file, CORRUPT_ZIP);
  }
  // Refused from the sizes the central directory declares, before any part is inflated.
  const bomb = zipBombReason(zip);
  if (bomb) throw new WorkbookReadError(file, bomb);
  // OpenDocument (ISO 26300): the first entry `mimetype` names the kind; content.xml holds the data.
  const mimetype = (await guarded(file, zip, async () => zip.file('mimetype')?.async('string')))?.trim() ?? '';
  const odf = /^application\/vnd\.oasis\.opendocument\.([a-z]+)/.exec(mimetype)?.[1];
  if (odf === 'spreadsheet' || (!odf && !zip.file('[Content_Types].xml') && zip.file('content.xml') && zip.file('META-INF/manifest.xml'))) {
    throw new WorkbookReadError(
      file,
      'berkas OpenDocument (.ods): simpan sebagai .xlsx — buka di LibreOffice Calc lalu Simpan Sebagai "Excel 2007-365 (.xlsx)" (di Excel: "Excel Workbook (.xlsx)")',
    );
  }
  if (odf) {
    throw new WorkbookReadError(file, `bukan workbook Excel: isinya ${OPEN_DOCUMENT_KIND[odf] ?? `berkas OpenDocument (${shown(mimetype)})`}`);
  }
  if (!zip.file('xl/workbook.xml')) {
    if (zip.file('xl/workbook.bin')) {
      throw new WorkbookReadError(file, 'format Excel Binary (.xlsb), bukan .xlsx; buka di Excel lalu simpan sebagai "Excel Workbook (.xlsx)"');
    }
    const what = zip.file('word/document.xml')
      ? ' — isinya dokumen Word (.docx)'
      : zip.file('ppt/presentation.xml')
        ? ' — isinya presentasi PowerPoint (.pptx)'
        : ' (mungkin dokumen Word/PowerPoint atau arsip zip biasa)';
    throw new WorkbookReadError(file, `bukan workbook Excel: arsip zip tanpa xl/workbook.xml${what}`);
  }
  return zip;
}

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

/** The package for exceljs: the original bytes, or with some worksheet parts rewritten (stored, not compressed). */
async function forParser(bytes: Buffer, rewrites: Map<string, string>): Promise<Buffer> {
  if (rewrites.size === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  for (const [path, xml] of rewrites) zip.file(path, xml, { compression: 'STORE' });
  // Parts left as they were keep their compressed bytes.
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The cells of merge areas other than their top-left one, as row * EXCEL_MAX_COLUMNS + column. */
function mergedAwayCells(merges: MergeArea[]): Set<number> {
  const out = new Set<number>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) out.add(r * EXCEL_MAX_COLUMNS + c);
  }
  return out;
}

/** Reads an .xlsx file into the grid model. Throws WorkbookReadError with a clear cause. */
export async function readXlsx(file: string): Promise<WorkbookGrid> {
  return (await loadXlsx(file)).grid;
}

/** The exceljs workbook (to write back to) and its grid model. */
export async function loadXlsx(file: string): Promise<{ workbook: ExcelJS.Workbook; grid: WorkbookGrid }> {
  const bytes = await readBytes(file);
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) diagnoseNonZip(file, bytes);
  const zip = await openWorkbookPackage(file, bytes);
  // Cells beyond Excel's limits, huge merge areas, shared strings out of range: refused, not parsed.
  const inspection = await guarded(file, zip, () => inspectSheets(zip));
  if (inspection.problem) throw new WorkbookReadError(file, inspection.problem);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load((await forParser(bytes, inspection.rewrites)) as unknown as ArrayBuffer);
  } catch (e) {
    const msg = (e as Error).message || String(e);
    if (/end of central directory|corrupted zip|invalid signature/i.test(msg)) {
      throw new WorkbookReadError(file, CORRUPT_ZIP);
    }
    throw new WorkbookReadError(file, await explainParseFailure(zip, e));
  }
  if (wb.worksheets.length === 0) {
    throw new WorkbookReadError(file, 'workbook tanpa lembar kerja: xl/workbook.xml tidak mendaftarkan satu lembar kerja pun (hanya lembar grafik, atau daftarnya kosong)');
  }
  const sheets: SheetGrid[] = [];
  const missing: { grid: SheetGrid; cells: [number, number][] }[] = [];
  for (const ws of wb.worksheets) {
    const rows: (CellData | undefined)[][] = [];
    let colCount = 0;
    let rowCount = 0;
    const noValue: [number, number][] = [];
    // Merge areas taken out of the XML exceljs read (inspectSheets): their merged-away cells are
    // skipped here as exceljs skips its own.
    const merges = inspection.merges.get(ws.name);
    const mergedAway = merges ? mergedAwayCells(merges) : undefined;
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const r = rowNumber - 1;
      const out: (CellData | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        // exceljs answers a merged-away cell with its master's value; Excel (and Office.js) shows it
        // empty. A name merged down over its indicator rows is one name, not one per row.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        if (mergedAway?.has(r * EXCEL_MAX_COLUMNS + colNumber - 1)) return;
        const data = convertCell(cell);
        if (!data) return;
        out[colNumber - 1] = data;
        if (data.noValue) noValue.push([r, colNumber - 1]);
        if (colNumber > colCount) colCount = colNumber;
      });
      rows[r] = out;
      rowCount = rowNumber;
    });
    const grid: SheetGrid = { name: ws.name, rows, merges: merges ?? mergesOf(ws), rowCount, colCount };
    sheets.push(grid);
    if (noValue.length) missing.push({ grid, cells: noValue });
  }
  if (missing.length) {
    try {
      await recoverCachedValues(zip, missing);
    } catch {
      // The cells stay marked as having no cached value; the checker reports them.
    }
  }
  const settings = await guarded(file, zip, () => readAddinSettings(zip));
  return { workbook: wb, grid: { sheets, ...(Object.keys(settings).length ? { settings } : {}) } };
}
