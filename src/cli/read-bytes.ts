/**
 * The workbook read from its bytes, without Node APIs: the CLI (read-xlsx.ts, after reading the
 * file) and the web checker's worker share it. Every way a package can be unreadable ends in a
 * `WorkbookReadError` with an Indonesian message naming the file and the cause: not a zip (by its
 * first bytes: .xls, encrypted, HTML), a damaged zip, a zip bomb (zip-guard.ts), an OpenDocument,
 * Word, PowerPoint or .xlsb package. The deeper package inspection (package-guard.ts, with Node's
 * zlib) is passed in by the CLI; the browser goes without it.
 */
import JSZip from 'jszip';
import type { SheetGrid, WorkbookGrid } from '../core/grid';
import { readAddinSettings } from './addin-settings';
import { PartProblem, readPackageSheets } from './xlsx-reader';
import { REPAIR, shown, zipBombReason } from './zip-guard';

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

export function tooLarge(bytes: number): string {
  return `berkas terlalu besar (${Math.ceil(bytes / 1048576)} MB; batas ${MAX_FILE_BYTES / 1048576} MB) — pecah workbook per perangkat daerah`;
}

/** "PK\x03\x04": a zip's first local file header. */
const ZIP_LOCAL_HEADER = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);

const OLE2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Why a part failed to read, as far as the package tells (package-guard.ts's explainParseFailure in the CLI). */
export type Explain = (zip: JSZip, error: unknown) => Promise<string>;

/** What reading the bytes can be given: the CLI's deeper checks, with Node's zlib. */
export interface PackageChecks {
  /** Scans the package before its sheets are parsed; a `problem` refuses it. */
  inspect?: (zip: JSZip) => Promise<{ problem?: string }>;
  explain?: Explain;
}

/** Without the CLI's explanation: jszip's own words on damaged data, or the part's problem in general terms. */
const plainExplain: Explain = async (_zip, error) => {
  const message = error instanceof Error ? error.message : String(error);
  if (ZIP_DATA_ERROR.test(message)) return `arsip zip rusak: sebagian isinya tidak dapat diekstrak (data terkompresinya rusak); ${REPAIR}`;
  return `isi workbook tidak sesuai format .xlsx; ${REPAIR}`;
};

/** Where `needle` occurs in `bytes` (Buffer.includes on plain bytes). */
function includesBytes(bytes: Uint8Array, needle: Uint8Array): boolean {
  for (let i = bytes.indexOf(needle[0]); i >= 0 && i + needle.length <= bytes.length; i = bytes.indexOf(needle[0], i + 1)) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

const startsWith = (bytes: Uint8Array, head: Uint8Array) => bytes.length >= head.length && head.every((b, i) => bytes[i] === b);

/** "EncryptionInfo" in UTF-16LE: the stream an encrypted OOXML package's OLE2 container holds. */
const ENCRYPTION_INFO = new Uint8Array([...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]));

function diagnoseNonZip(file: string, bytes: Uint8Array): never {
  if (startsWith(bytes, OLE2)) {
    if (includesBytes(bytes, ENCRYPTION_INFO)) {
      throw new WorkbookReadError(file, 'workbook dilindungi kata sandi (terenkripsi); buka di Excel, hapus kata sandinya, lalu simpan ulang');
    }
    throw new WorkbookReadError(file, 'format Excel 97-2003 (.xls), bukan .xlsx; simpan ulang sebagai "Excel Workbook (.xlsx)"');
  }
  const head = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, 512)).toLowerCase();
  if (head.includes('<html') || head.includes('<table')) {
    throw new WorkbookReadError(file, 'berkas HTML yang diberi nama .xlsx, bukan workbook; buka di Excel lalu simpan sebagai .xlsx');
  }
  throw new WorkbookReadError(file, 'bukan berkas .xlsx (isinya bukan arsip zip Office Open XML)');
}

const CORRUPT_ZIP = 'arsip zip rusak atau terpotong; salin ulang berkasnya dari sumber aslinya';

/** Errors of jszip and its inflater reading a part: the archive's data is damaged. */
const ZIP_DATA_ERROR = /uncompressed data size mismatch|corrupted zip|invalid (block type|distance|code|stored block|literal)|incorrect (header|data) check|unknown compression|too many length|crc32|unexpected end of (file|data)/i;

/** Runs a read of the package's parts; damaged data in a part ends in a message naming the part. */
async function guarded<T>(file: string, zip: JSZip, read: () => Promise<T>, explain: Explain): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof WorkbookReadError || !ZIP_DATA_ERROR.test(e instanceof Error ? e.message : String(e))) throw e;
    throw new WorkbookReadError(file, await explain(zip, e));
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
async function openWorkbookPackage(file: string, bytes: Uint8Array, explain: Explain): Promise<JSZip> {
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
  const mimetype = (await guarded(file, zip, async () => zip.file('mimetype')?.async('string'), explain))?.trim() ?? '';
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
 * Reads an .xlsx/.xlsm package's bytes into the grid model (xlsx-reader.ts: straight from the
 * package). `file` names it in the messages. Throws WorkbookReadError with a clear cause.
 */
export async function readWorkbookBytes(file: string, bytes: Uint8Array, checks: PackageChecks = {}): Promise<WorkbookGrid> {
  const explain = checks.explain ?? plainExplain;
  if (bytes.length === 0) throw new WorkbookReadError(file, 'berkas kosong (0 byte), bukan workbook .xlsx');
  if (bytes.length > MAX_FILE_BYTES) throw new WorkbookReadError(file, tooLarge(bytes.length));
  if (bytes.length < 4 || !startsWith(bytes, ZIP_LOCAL_HEADER)) diagnoseNonZip(file, bytes);
  const zip = await openWorkbookPackage(file, bytes, explain);
  if (checks.inspect) {
    // Cells beyond Excel's limits, huge merge areas, shared strings out of range: refused, not parsed.
    const inspect = checks.inspect;
    const inspection = await guarded(file, zip, () => inspect(zip), explain);
    if (inspection.problem) throw new WorkbookReadError(file, inspection.problem);
  }
  let sheets: SheetGrid[];
  try {
    sheets = await readPackageSheets(zip);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    if (e instanceof PartProblem) throw new WorkbookReadError(file, e.message);
    throw new WorkbookReadError(file, await explain(zip, e));
  }
  if (sheets.length === 0) {
    throw new WorkbookReadError(file, 'workbook tanpa lembar kerja: xl/workbook.xml tidak mendaftarkan satu lembar kerja pun (hanya lembar grafik, atau daftarnya kosong)');
  }
  const settings = await guarded(file, zip, () => readAddinSettings(zip), explain);
  return { sheets, ...(Object.keys(settings).length ? { settings } : {}) };
}
