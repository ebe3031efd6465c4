/**
 * "Tandai tabel" in Excel: the header rows the planner selected, read into a proposal by the core
 * (kind and column roles), and the declarations kept in the workbook's document settings, so that
 * every check — also a colleague's, after the file is passed on — uses them.
 */
import { proposeTable, type TableDeclaration } from '../core/recognize/declared';
import { checkSelection, headerOfSelection, SELECTION_PROBLEMS, type SelectionProposal } from '../core/recognize/selection';
import { readWorkbookGrid } from './read-grid';
import { parseDeclarations } from '../taskpane/document-state';
import { KEYS, type SettingsStore } from './settings';

export { MAX_HEADER_ROWS, parseSelectedAddress, SELECTION_PROBLEMS, headerOfSelection, checkSelection } from '../core/recognize/selection';
export type { SelectionProposal, SelectedArea } from '../core/recognize/selection';

function isInvalidSelection(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'InvalidSelection';
}

/**
 * Reads the current selection (one sync), then that sheet only (see read-grid.ts), and asks the core
 * what the selected header rows say. Nothing is written.
 */
export async function proposeFromSelection(context: Excel.RequestContext): Promise<SelectionProposal> {
  const range = context.workbook.getSelectedRange();
  range.load('address');
  range.worksheet.load('name');
  try {
    await context.sync();
  } catch (e) {
    // Several areas selected, or no cells at all (a chart, a picture).
    if (isInvalidSelection(e)) return { problem: SELECTION_PROBLEMS.notOneRange };
    throw e;
  }
  const sheetName = range.worksheet.name;
  const shape = checkSelection(range.address, sheetName);
  if ('problem' in shape) return shape;
  const grid = await readWorkbookGrid(context, { sheets: [sheetName] });
  const sheet = grid.sheets.find((s) => s.name === sheetName) ?? { name: sheetName, rows: [], merges: [], rowCount: 0, colCount: 0 };
  const found = headerOfSelection(range.address, sheetName, sheet);
  if ('problem' in found) return found;
  return { proposal: proposeTable(sheet, found.header) };
}

/** The declarations stored in the workbook, as stored (validation against the sheets is the check's). */
export function storedDeclarations(store: SettingsStore): TableDeclaration[] {
  return parseDeclarations(store.get(KEYS.declaredTables));
}

export async function storeDeclarations(store: SettingsStore, declarations: TableDeclaration[]): Promise<void> {
  store.set(KEYS.declaredTables, declarations);
  await store.save();
}
