/**
 * The file host adapter: reads an .xlsx/.xlsm file into the core's grid model (the parts themselves
 * are read by xlsx-reader.ts). Every way a file can be unreadable ends in a `WorkbookReadError` with
 * an Indonesian message naming the file and the cause.
 */
import { promises as fs } from 'fs';
import JSZip from 'jszip';
import type { SheetGrid, WorkbookGrid } from '../core/grid';
import { readAddinSettings } from './addin-settings';
import { explainParseFailure, inspectSheets, shown, zipBombReason } from './package-guard';
import { PartProblem, readPackageSheets } from './xlsx-reader';

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
 * Opens the zip and makes sure it is an Office Open XML workbook before its parts are read: any zip
 * (an .ods, a .docx renamed .xlsx) would otherwise read as a workbook with no sheets, that is, with
 * no Renstra table in it.
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

/**
 * Reads an .xlsx/.xlsm file into the grid model (xlsx-reader.ts: straight from the package, one
 * streamed pass per part). Throws WorkbookReadError with a clear cause: the package is checked
 * first (package-guard.ts), and a part that still fails to parse is named with how.
 */
export async function readXlsx(file: string): Promise<WorkbookGrid> {
  const bytes = await readBytes(file);
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) diagnoseNonZip(file, bytes);
  const zip = await openWorkbookPackage(file, bytes);
  // Cells beyond Excel's limits, huge merge areas, shared strings out of range: refused, not parsed.
  const inspection = await guarded(file, zip, () => inspectSheets(zip));
  if (inspection.problem) throw new WorkbookReadError(file, inspection.problem);
  let sheets: SheetGrid[];
  try {
    sheets = await readPackageSheets(zip);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    if (e instanceof PartProblem) throw new WorkbookReadError(file, e.message);
    throw new WorkbookReadError(file, await explainParseFailure(zip, e));
  }
  if (sheets.length === 0) {
    throw new WorkbookReadError(file, 'workbook tanpa lembar kerja: xl/workbook.xml tidak mendaftarkan satu lembar kerja pun (hanya lembar grafik, atau daftarnya kosong)');
  }
  const settings = await guarded(file, zip, () => readAddinSettings(zip));
  return { sheets, ...(Object.keys(settings).length ? { settings } : {}) };
}
