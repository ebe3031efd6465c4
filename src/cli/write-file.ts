/** Writing a file the user asked for without ever leaving half of one. */
import { promises as fs } from 'fs';
import { basename, dirname, join, resolve } from 'path';
import { WorkbookReadError } from './read-xlsx';

/** Writes `bytes` to `output` through a temporary file in the same folder, renamed when complete. */
export async function writeAtomically(output: string, bytes: Buffer): Promise<void> {
  const temp = join(dirname(resolve(output)), `.${basename(output)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, bytes, { flag: 'wx' });
    await fs.rename(temp, output);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new WorkbookReadError(output, `berkas keluaran tidak dapat ditulis (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
