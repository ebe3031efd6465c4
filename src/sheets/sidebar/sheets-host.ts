/**
 * The task pane's host in Google Sheets: the same PaneHost the Excel pane uses, backed by
 * `google.script.run`. Apps Script reads and writes the spreadsheet in batches; the checker and the
 * fill planner run here in the sidebar (core-runner.ts).
 */
import type { WorkbookGrid } from '../../core/grid';
import { proposeTable, validateDeclarations, type TableDeclaration } from '../../core/recognize/declared';
import { checkSelection, headerOfSelection } from '../../core/recognize/selection';
import type { PaneHost } from '../../taskpane/host';
import type { SidebarState } from '../api';
import { sheetsFormula } from '../formulas';
import { planReads, workbookFromBlocks } from '../grid';
import { runCore } from './core-runner';
import type { Server } from './gas';

export const SHEETS_WORDING = { app: 'Google Sheets', document: 'spreadsheet', functionExample: '=RASIO_CAPAIAN …' };

/** Reads the sheets (all, or those named) in a few calls, reporting progress 0..1 after each. */
async function readGrid(server: Server, onProgress?: (done: number) => void, only?: string): Promise<WorkbookGrid> {
  const sheets = (await server.renstraListSheets()).filter((s) => !only || s.name === only);
  const calls = planReads(sheets);
  const blocks = [];
  for (const [i, call] of calls.entries()) {
    blocks.push(...(await server.renstraReadSheets(call)));
    onProgress?.((i + 1) / calls.length);
  }
  return workbookFromBlocks(sheets, blocks);
}

export function sheetsHost(server: Server, state: SidebarState): PaneHost {
  let ignored = state.ignored;
  let declared = state.declared;
  let canUndo = state.canUndo;
  const usable = (grid: WorkbookGrid) => validateDeclarations(grid.sheets.map((s) => s.name), declared);
  return {
    wording: SHEETS_WORDING,
    async check(onProgress) {
      const grid = await readGrid(server, onProgress);
      const { valid, problems } = usable(grid);
      const result = await runCore({ op: 'check', grid, declarations: valid });
      return { tables: result.tables, findings: result.findings, sheetNames: grid.sheets.map((s) => s.name), declarationProblems: problems, unrecognised: result.unrecognised };
    },
    async goTo(finding, withRelated) {
      const related = withRelated ? finding.related.filter((r) => !r.includes('!')) : [];
      await server.renstraGoTo(finding.sheet, [finding.cell, ...related]);
    },
    highlight: (findings) =>
      server.renstraHighlight(findings.filter((f) => f.severity !== 'info').map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity as 'error' | 'warning' }))),
    clearHighlights: () => server.renstraClearHighlights(),
    writeReport: (findings) => server.renstraWriteReport(findings),
    async planFill(mode, overwrite) {
      const grid = await readGrid(server);
      const { cells } = await runCore({ op: 'fill', grid, declarations: usable(grid).valid, mode, overwrite });
      return cells.map((c) => ({ ...c, formula: sheetsFormula(c.formula) }));
    },
    async applyFill(cells) {
      const result = await server.renstraApplyFill(cells.map((c) => ({ sheet: c.sheet, cell: c.cell, formula: sheetsFormula(c.formula) })));
      canUndo = result.written > 0 || canUndo;
      return result;
    },
    async undoFill() {
      const n = await server.renstraUndoFill();
      canUndo = false;
      return n;
    },
    canUndoFill: () => canUndo,
    ignoredKeys: () => ignored,
    async setIgnoredKeys(keys) {
      await server.renstraSaveSettings({ ignored: keys });
      ignored = keys;
    },
    async proposeTable() {
      const selected = await server.renstraSelection();
      if ('problem' in selected) return selected;
      const shape = checkSelection(selected.address, selected.sheet);
      if ('problem' in shape) return shape;
      const grid = await readGrid(server, undefined, selected.sheet);
      const sheet = grid.sheets[0] ?? { name: selected.sheet, rows: [], merges: [], rowCount: 0, colCount: 0 };
      const found = headerOfSelection(selected.address, selected.sheet, sheet);
      if ('problem' in found) return found;
      return { proposal: proposeTable(sheet, found.header) };
    },
    declaredTables: () => declared,
    async setDeclaredTables(d: TableDeclaration[]) {
      await server.renstraSaveSettings({ declared: d });
      declared = d;
    },
    kerangka: {
      choices: () => server.renstraKerangkaPilihan(),
      insert: (request) => server.renstraBuatKerangka(request),
    },
  };
}
