/**
 * Runs the checker off the pane's thread, so the pane stays responsive on Kabupaten-scale
 * workbooks. Receives a grid, answers with the tables and findings (plain data).
 */
import { checkWorkbook } from '../core/check';
import type { WorkbookGrid } from '../core/grid';
import { officialNomenclature } from '../core/nomenclature/official';

export type WorkerAnswer =
  | { ok: true; tables: ReturnType<typeof checkWorkbook>['tables']; findings: ReturnType<typeof checkWorkbook>['findings'] }
  | { ok: false; message: string };

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkbookGrid>) => void) | null; postMessage(answer: WorkerAnswer): void };

scope.onmessage = (e) => {
  try {
    const result = checkWorkbook(e.data, { nomenclature: officialNomenclature() });
    scope.postMessage({ ok: true, tables: result.tables, findings: result.findings });
  } catch (err) {
    scope.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
