/**
 * `renstra fill`: writes the fill plan into a new file. The input is never changed; every other
 * cell, style, merge, sheet and defined name is kept as exceljs read it. Each filled cell gets its
 * formula and, as cached value, what the core computed — so the file reads right before any
 * spreadsheet recalculates it.
 */
import { existsSync, realpathSync } from 'fs';
import { resolve } from 'path';
import { checkWorkbook } from '../core/check';
import { buildFillPlan, type FillCell, type FillMode, type FillPlan } from '../core/fill/plan';
import { officialNomenclature } from '../core/nomenclature/official';
import { workbookDeclarations, type TableDeclaration } from '../core/recognize';
import { loadXlsx, WorkbookReadError } from './read-xlsx';

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
}

function samePath(a: string, b: string): boolean {
  const ra = existsSync(a) ? realpathSync(a) : resolve(a);
  const rb = existsSync(b) ? realpathSync(b) : resolve(b);
  return ra === rb;
}

export async function fillXlsx(input: string, output: string, options: FillOptions): Promise<FillOutcome> {
  if (samePath(input, output)) throw new WorkbookReadError(output, 'berkas keluaran sama dengan berkas masukan; renstra fill tidak pernah mengubah berkas asli — pilih nama lain dengan -o');
  if (existsSync(output) && !options.force) throw new WorkbookReadError(output, 'berkas keluaran sudah ada; pakai --paksa untuk menimpanya, atau pilih nama lain');
  const { workbook, grid } = await loadXlsx(input);
  const { declarations } = workbookDeclarations(grid, options.tables ?? []);
  const result = checkWorkbook(grid, { nomenclature: officialNomenclature(), declarations });
  const plan = buildFillPlan(result.models, options.mode, { overwriteConflicts: options.overwriteConflicts });
  const written = plan.cells.filter((c) => c.status === 'isi' || (c.status === 'konflik' && options.overwriteConflicts));
  for (const c of written) {
    const ws = workbook.getWorksheet(c.sheet);
    if (!ws) continue;
    // The style (number format, font, fill) stays; only the content changes.
    ws.getCell(c.cell).value = { formula: c.formula, result: c.value } as never;
  }
  try {
    await workbook.xlsx.writeFile(output);
  } catch (e) {
    throw new WorkbookReadError(output, `berkas keluaran tidak dapat ditulis (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return { plan, written };
}
