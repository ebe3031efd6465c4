/** The task pane's host in Excel: Office.js adapters behind the PaneHost interface. */
import { parseIgnored } from '../core/ignore';
import { validateDeclarations } from '../core/recognize/declared';
import { proposeFromSelection, storeDeclarations, storedDeclarations } from '../excel/declared-tables';
import { clearHighlights, highlightFindings } from '../excel/highlight';
import { goToFinding } from '../excel/navigate';
import { readWorkbookGrid } from '../excel/read-grid';
import { writeReportSheet } from '../excel/report-sheet';
import { KEYS, type SettingsStore } from '../excel/settings';
import { applyFill, hasUndo, undoFill } from '../excel/fill';
import { insertKerangkaSheet } from '../excel/kerangka-sheet';
import { KerangkaCatalog, type KerangkaData } from '../core/kerangka/catalog';
import { kerangkaFromRequest } from '../core/kerangka/request';
import type { WorkerAnswer, WorkerRequest } from './check.worker';
import type { PaneHost } from './host';

/** Runs the checker or the fill planner in a Web Worker (the pane keeps painting and scrolling meanwhile). */
function inWorker<T extends WorkerRequest['op']>(request: WorkerRequest & { op: T }): Promise<Extract<WorkerAnswer, { ok: true; op: T }>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(/* webpackChunkName: "pemeriksa" */ new URL('./check.worker.ts', import.meta.url));
    worker.onmessage = (e: MessageEvent<WorkerAnswer>) => {
      worker.terminate();
      if (e.data.ok) resolve(e.data as Extract<WorkerAnswer, { ok: true; op: T }>);
      else reject(new Error(`Pemeriksaan gagal: ${e.data.message}`));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(`Pemeriksa tidak dapat dijalankan: ${e.message}`));
    };
    worker.postMessage(request);
  });
}

/** The nomenclature tree: a chunk of its own, fetched from the add-in's origin the first time it is needed. */
let kerangkaCatalog: Promise<KerangkaCatalog> | undefined;
const loadKerangka = () =>
  (kerangkaCatalog ??= import(/* webpackChunkName: "kerangka" */ '../data/kerangka.json').then((m) => new KerangkaCatalog((m.default ?? m) as unknown as KerangkaData)));

/** Print setup (PageLayout) came with ExcelApi 1.9. */
const printSetupSupported = () => typeof Office === 'undefined' || !Office.context?.requirements || Office.context.requirements.isSetSupported('ExcelApi', '1.9');

export function excelHost(store: SettingsStore): PaneHost {
  // The tables marked by hand that fit this workbook; the others are reported, not used.
  const declarations = (sheetNames: string[]) => validateDeclarations(sheetNames, store.get(KEYS.declaredTables));
  return {
    check: (onProgress) =>
      Excel.run(async (context) => {
        const grid = await readWorkbookGrid(context, { onProgress });
        const sheetNames = grid.sheets.map((s) => s.name);
        const { valid, problems } = declarations(sheetNames);
        const result = await inWorker({ op: 'check', grid, declarations: valid });
        return { tables: result.tables, findings: result.findings, sheetNames, declarationProblems: problems, unrecognised: result.unrecognised };
      }),
    goTo: (finding, withRelated) => Excel.run((context) => goToFinding(context, finding, withRelated)),
    highlight: (findings) => Excel.run((context) => highlightFindings(context, findings, store)),
    clearHighlights: () => Excel.run((context) => clearHighlights(context, store)),
    writeReport: (findings) => Excel.run((context) => writeReportSheet(context, findings)),
    planFill: (mode, overwrite) =>
      Excel.run(async (context) => {
        const grid = await readWorkbookGrid(context);
        const { valid } = declarations(grid.sheets.map((s) => s.name));
        return (await inWorker({ op: 'fill', grid, declarations: valid, mode, overwrite })).cells;
      }),
    applyFill: (cells) => Excel.run((context) => applyFill(context, cells, store)),
    undoFill: () => Excel.run((context) => undoFill(context, store)),
    canUndoFill: () => hasUndo(store),
    ignoredKeys: () => parseIgnored(store.get(KEYS.ignored)),
    setIgnoredKeys: async (keys) => {
      store.set(KEYS.ignored, keys);
      await store.save();
    },
    proposeTable: () => Excel.run((context) => proposeFromSelection(context)),
    declaredTables: () => storedDeclarations(store),
    setDeclaredTables: (d) => storeDeclarations(store, d),
    kerangka: {
      choices: async () => (await loadKerangka()).choices(),
      insert: async (request) => {
        const made = kerangkaFromRequest(await loadKerangka(), request);
        const r = await Excel.run((context) => insertKerangkaSheet(context, made.layout, printSetupSupported()));
        return {
          name: r.name,
          summary: made.summary,
          printNote: r.printSetup
            ? undefined
            : `Pengaturan cetak tidak dapat dipasang add-in di Excel ini (perlu Excel 2019 atau Microsoft 365); atur lewat Tata Letak Halaman: Orientasi Lanskap, Skala ke 1 halaman lebar, Cetak Judul baris ${made.layout.print.titleRows.first + 1}:${made.layout.print.titleRows.last + 1}.`,
        };
      },
    },
  };
}
