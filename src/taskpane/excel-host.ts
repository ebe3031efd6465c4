/** The task pane's host in Excel: Office.js adapters behind the PaneHost interface. */
import { checkWorkbook } from '../core/check';
import { parseIgnored } from '../core/ignore';
import { officialNomenclature } from '../core/nomenclature/official';
import { clearHighlights, highlightFindings } from '../excel/highlight';
import { goToFinding } from '../excel/navigate';
import { readWorkbookGrid } from '../excel/read-grid';
import { writeReportSheet } from '../excel/report-sheet';
import { KEYS, type SettingsStore } from '../excel/settings';
import type { PaneHost } from './host';

export function excelHost(store: SettingsStore): PaneHost {
  return {
    check: (onProgress) =>
      Excel.run(async (context) => {
        const grid = await readWorkbookGrid(context, { onProgress });
        // Let the progress bar paint before the (synchronous) checks run.
        await new Promise((resolve) => setTimeout(resolve, 0));
        const result = checkWorkbook(grid, { nomenclature: officialNomenclature() });
        return { tables: result.tables, findings: result.findings, sheetNames: grid.sheets.map((s) => s.name) };
      }),
    goTo: (finding, withRelated) => Excel.run((context) => goToFinding(context, finding, withRelated)),
    highlight: (findings) => Excel.run((context) => highlightFindings(context, findings, store)),
    clearHighlights: () => Excel.run((context) => clearHighlights(context, store)),
    writeReport: (findings) => Excel.run((context) => writeReportSheet(context, findings)),
    ignoredKeys: () => parseIgnored(store.get(KEYS.ignored)),
    setIgnoredKeys: async (keys) => {
      store.set(KEYS.ignored, keys);
      await store.save();
    },
  };
}
