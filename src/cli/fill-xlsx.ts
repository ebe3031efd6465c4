/**
 * `renstra fill`: writes the fill plan into a new file. The input is never changed. The output is
 * the input's package with only the filled cells' `<c>` elements rewritten (patch-xlsx.ts): every
 * other part — charts, pivot tables, images, comments, VBA, styles, defined names — keeps its bytes.
 * Each filled cell gets its formula and, as cached value, what the core computed, so the file reads
 * right before any spreadsheet recalculates it; Excel is asked to recalculate on open. The output is
 * written to a temporary file beside it and renamed, so a failure never leaves half a file.
 */
import { existsSync, promises as fs, realpathSync } from 'fs';
import { basename, extname, resolve } from 'path';
import { checkWorkbook } from '../core/check';
import { buildFillPlan, type FillCell, type FillMode, type FillPlan } from '../core/fill/plan';
import { officialNomenclature } from '../core/nomenclature/official';
import { workbookDeclarations, type TableDeclaration } from '../core/recognize';
import { patchWorkbook, type SkippedPatch } from './patch-xlsx';
import type { WorkbookGrid } from '../core/grid';
import { readXlsx, WorkbookReadError } from './read-xlsx';
import { writeAtomically } from './write-file';

export interface FillOptions {
  mode: FillMode;
  /** Tables declared by hand (--tabel), on top of those the add-in saved in the file. */
  tables?: TableDeclaration[];
  overwriteConflicts: boolean;
  /** Replace an existing output file. */
  force: boolean;
}

export interface FillOutcome {
  plan: FillPlan;
  written: FillCell[];
  /** Cells of the plan the package could not take (inside an array formula, …), with the reason. */
  skipped: (SkippedPatch & { cell: FillCell })[];
}

function samePath(a: string, b: string): boolean {
  const ra = existsSync(a) ? realpathSync(a) : resolve(a);
  const rb = existsSync(b) ? realpathSync(b) : resolve(b);
  return ra === rb;
}

/** A macro-enabled workbook must keep its extension: Excel refuses an .xlsx that holds macros. */
function checkExtensions(input: string, output: string): void {
  const inExt = extname(input).toLowerCase();
  const outExt = extname(output).toLowerCase();
  if (inExt === '.xlsm' && outExt !== '.xlsm') {
    throw new WorkbookReadError(output, `masukan adalah workbook bermakro (.xlsm); keluaran harus .xlsm juga agar makronya tetap ada dan Excel mau membukanya — pakai -o ${basename(output, extname(output))}.xlsm`);
  }
  if (inExt !== '.xlsm' && outExt === '.xlsm') {
    throw new WorkbookReadError(output, 'masukan bukan workbook bermakro; keluaran .xlsm tanpa makro tidak dibuka Excel — pakai akhiran .xlsx');
  }
}



/** The formula a cell of a shared-formula group holds on its own (the reader slid the master's to it). */
function ownFormulaOf(grid: WorkbookGrid) {
  return (sheet: string, row: number, col: number): string | undefined => {
    const formula = grid.sheets.find((s) => s.name === sheet)?.rows[row]?.[col]?.f;
    return formula ? formula : undefined;
  };
}


export async function fillXlsx(input: string, output: string, options: FillOptions): Promise<FillOutcome> {
  if (samePath(input, output)) throw new WorkbookReadError(output, 'berkas keluaran sama dengan berkas masukan; renstra fill tidak pernah mengubah berkas asli — pilih nama lain dengan -o');
  if (existsSync(output) && !options.force) throw new WorkbookReadError(output, 'berkas keluaran sudah ada; pakai --paksa untuk menimpanya, atau pilih nama lain');
  checkExtensions(input, output);
  const grid = await readXlsx(input);
  const { declarations } = workbookDeclarations(grid, options.tables ?? []);
  const result = checkWorkbook(grid, { nomenclature: officialNomenclature(), declarations });
  const plan = buildFillPlan(result.models, options.mode, { overwriteConflicts: options.overwriteConflicts });
  const chosen = plan.cells.filter((c) => c.status === 'isi' || (c.status === 'konflik' && options.overwriteConflicts));
  const bytes = await fs.readFile(input);
  const patched = await patchWorkbook(
    bytes,
    chosen.map((c) => ({ sheet: c.sheet, row: c.row, col: c.col, formula: c.formula, value: c.value })),
    ownFormulaOf(grid),
  );
  const key = (x: { sheet: string; row: number; col: number }) => `${x.sheet}\u0000${x.row}:${x.col}`;
  const writtenKeys = new Set(patched.written.map(key));
  const byKey = new Map(chosen.map((c) => [key(c), c]));
  await writeAtomically(output, patched.bytes);
  return {
    plan,
    written: chosen.filter((c) => writtenKeys.has(key(c))),
    skipped: patched.skipped.map((s) => ({ ...s, cell: byKey.get(key(s.patch))! })),
  };
}
