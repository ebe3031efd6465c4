/**
 * The file host adapter: reads an .xlsx/.xlsm file into the core's grid model. The bytes are read
 * here; what they hold is read by read-bytes.ts (shared with the web checker), with the CLI's deeper
 * package checks (package-guard.ts, Node's zlib). Every way a file can be unreadable ends in a
 * `WorkbookReadError` with an Indonesian message naming the file and the cause.
 */
import { promises as fs } from 'fs';
import type { WorkbookGrid } from '../core/grid';
import { explainParseFailure, inspectSheets } from './package-guard';
import { MAX_FILE_BYTES, readWorkbookBytes, tooLarge, WorkbookReadError } from './read-bytes';

export { MAX_FILE_BYTES, WorkbookReadError } from './read-bytes';

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
    throw new WorkbookReadError(file, tooLarge(stat.size));
  }
  try {
    return await fs.readFile(file);
  } catch (e) {
    throw new WorkbookReadError(file, `berkas tidak dapat dibaca (${(e as NodeJS.ErrnoException).code ?? 'galat baca'})`);
  }
}

/**
 * Reads an .xlsx/.xlsm file into the grid model (xlsx-reader.ts: straight from the package, one
 * streamed pass per part). Throws WorkbookReadError with a clear cause: the package is checked
 * first (package-guard.ts), and a part that still fails to parse is named with how.
 */
export async function readXlsx(file: string): Promise<WorkbookGrid> {
  return readWorkbookBytes(file, await readBytes(file), { inspect: inspectSheets, explain: explainParseFailure });
}
