/**
 * The web checker's worker: reads one workbook from its bytes (read-bytes.ts, the CLI's reader
 * without its zlib inspection), checks it as `renstra check` does, and answers with the file's
 * part of the JSON report; writes the Bappeda's rekap workbook from the whole report. Started from
 * a blob URL made from its code, which index.html carries inline (runner.ts); or run in the page.
 */
import { agencyName } from '../core/agency';
import { checkWorkbook } from '../core/check';
import { officialNomenclature } from '../core/nomenclature/official';
import { explainWorkbook, workbookDeclarations } from '../core/recognize';
import type { Table } from '../core/recognize/types';
import { reportFile, type Report, type ReportFile } from '../core/report';
import { MAX_FILE_BYTES, readWorkbookBytes, tooLarge, WorkbookReadError } from '../cli/read-bytes';
import { rekapWorkbook } from '../rekap/workbook';

/** `file`: the File as picked or dropped (the page never reads it; the worker does). */
export type WebRequest = { op: 'check'; name: string; file: Blob } | { op: 'rekap'; report: Report };

export type WebAnswer =
  | { op: 'progress'; stage: 'memeriksa' }
  | {
      op: 'check';
      /** The file's entry of the JSON report, as the CLI writes it (`error` when unreadable). */
      file: ReportFile;
      /** For the grouped view: the recognised tables and the sheets in the workbook's order. */
      tables: Table[];
      sheetNames: string[];
    }
  | { op: 'rekap'; bytes: ArrayBuffer }
  | { op: 'failed'; message: string };

const scope = self as unknown as { onmessage: ((e: { data: WebRequest }) => void) | null; postMessage(answer: WebAnswer, transfer?: Transferable[]): void };

/** The file's bytes; its size is checked before it is read (the CLI's limit). */
async function bytesOf(name: string, file: Blob): Promise<Uint8Array> {
  if (file.size > MAX_FILE_BYTES) throw new WorkbookReadError(name, tooLarge(file.size));
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    throw new WorkbookReadError(name, `berkas tidak dapat dibaca (${e instanceof Error ? e.message : String(e)})`);
  }
}

async function check(name: string, blob: Blob): Promise<WebAnswer> {
  try {
    const grid = await readWorkbookBytes(name, await bytesOf(name, blob));
    scope.postMessage({ op: 'progress', stage: 'memeriksa' });
    const { declarations, problems } = workbookDeclarations(grid, [], false);
    const result = checkWorkbook(grid, { nomenclature: officialNomenclature(), declarations });
    const file = reportFile(name, result);
    const agency = agencyName(grid);
    if (agency) file.agency = agency;
    const untouched = { sheets: grid.sheets.filter((s) => !result.tables.some((t) => t.sheet === s.name)) };
    const diagnostics = explainWorkbook(untouched, result.tables).filter((d) => d.unrecognised);
    if (diagnostics.length) file.diagnostics = diagnostics;
    if (problems.length) file.declarationProblems = problems;
    return { op: 'check', file, tables: result.tables, sheetNames: grid.sheets.map((s) => s.name) };
  } catch (e) {
    // As the CLI: the reason of an unreadable file; anything else is unexpected.
    const reason = e instanceof WorkbookReadError ? e.reason : `galat tak terduga saat memeriksa (${e instanceof Error ? e.message : String(e)})`;
    return { op: 'check', file: { file: name, error: reason, tables: [], findings: [] }, tables: [], sheetNames: [] };
  }
}

/** The rekap workbook's bytes (exceljs gives a Buffer of its own in the browser: copied to a plain ArrayBuffer). */
async function rekap(report: Report): Promise<WebAnswer> {
  const written = new Uint8Array(await rekapWorkbook(report).xlsx.writeBuffer());
  return { op: 'rekap', bytes: written.slice().buffer };
}

scope.onmessage = (e) => {
  const request = e.data;
  (request.op === 'check' ? check(request.name, request.file) : rekap(request.report))
    .then((a) => scope.postMessage(a, a.op === 'rekap' ? [a.bytes] : []))
    .catch((err: unknown) => scope.postMessage({ op: 'failed', message: err instanceof Error ? err.message : String(err) }));
};
