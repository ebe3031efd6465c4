/**
 * Runs the checker (and the fill planner) off the pane's thread, so the pane stays responsive on
 * Kabupaten-scale workbooks. Receives a grid, answers with plain data.
 */
import { checkWorkbook } from '../core/check';
import { buildFillPlan, type FillCell, type FillMode } from '../core/fill/plan';
import type { WorkbookGrid } from '../core/grid';
import { officialNomenclature } from '../core/nomenclature/official';
import type { TableDeclaration } from '../core/recognize/declared';
import { explainWorkbook, type SheetDiagnostic } from '../core/recognize/explain';

/** `declarations`: the tables marked by hand, already validated against the workbook's sheets. */
export type WorkerRequest =
  | { op: 'check'; grid: WorkbookGrid; declarations: TableDeclaration[] }
  | { op: 'fill'; grid: WorkbookGrid; declarations: TableDeclaration[]; mode: FillMode; overwrite: boolean };

export type WorkerAnswer =
  | {
      ok: true;
      op: 'check';
      tables: ReturnType<typeof checkWorkbook>['tables'];
      findings: ReturnType<typeof checkWorkbook>['findings'];
      /** Sheets that hold numbers under header-like rows but gave no table: why. */
      unrecognised: SheetDiagnostic[];
    }
  | { ok: true; op: 'fill'; cells: FillCell[] }
  | { ok: false; message: string };

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(answer: WorkerAnswer): void };

scope.onmessage = (e) => {
  try {
    const result = checkWorkbook(e.data.grid, { nomenclature: officialNomenclature(), declarations: e.data.declarations });
    if (e.data.op === 'check') {
      const { grid } = e.data;
      const untouched = { sheets: grid.sheets.filter((s) => !result.tables.some((t) => t.sheet === s.name)) };
      const unrecognised = explainWorkbook(untouched, result.tables).filter((d) => d.unrecognised);
      scope.postMessage({ ok: true, op: 'check', tables: result.tables, findings: result.findings, unrecognised });
    }
    else scope.postMessage({ ok: true, op: 'fill', cells: buildFillPlan(result.models, e.data.mode, { overwriteConflicts: e.data.overwrite }).cells });
  } catch (err) {
    scope.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
