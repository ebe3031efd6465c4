/**
 * "Isi kolom terhitung" in Excel: writes a fill plan in one batch, and keeps its own undo record —
 * Excel cannot undo an add-in's writes — in the workbook, so "Batalkan pengisian" restores every
 * touched cell exactly (formula or value, and number format), even after reopening the file.
 */
import type { FillCell } from '../core/fill/plan';
import { sheetsWithProtection } from './protection';
import { KEYS, type SettingsStore } from './settings';

export interface UndoCell {
  sheet: string;
  cell: string;
  /** The cell's `formulas` entry before: a formula ("=…"), a value, or "" for empty. */
  formula: string | number | boolean;
  numberFormat: string;
}

export interface ApplyResult {
  written: number;
  protectedSheets: string[];
}

export async function applyFill(context: Excel.RequestContext, cells: FillCell[], store: SettingsStore): Promise<ApplyResult> {
  const sheets = sheetsWithProtection(context);
  const targets = cells.map((c) => {
    const range = sheets.get(c.sheet).getRange(c.cell);
    range.load('formulas,numberFormat');
    return { c, range };
  });
  await context.sync();
  const protectedSheets = sheets.protectedNames();
  const writable = targets.filter((t) => !protectedSheets.includes(t.c.sheet));
  const undo: UndoCell[] = writable.map(({ c, range }) => ({
    sheet: c.sheet,
    cell: c.cell,
    formula: range.formulas[0][0] as string | number | boolean,
    numberFormat: String(range.numberFormat[0][0]),
  }));
  // The undo record is saved before anything is written.
  store.set(KEYS.undoFill, undo);
  await store.save();
  context.application.suspendScreenUpdatingUntilNextSync();
  for (const { c, range } of writable) range.formulas = [[`=${c.formula}`]];
  await context.sync();
  return { written: writable.length, protectedSheets };
}

export function hasUndo(store: SettingsStore): boolean {
  const record = store.get(KEYS.undoFill);
  return Array.isArray(record) && record.length > 0;
}

export async function undoFill(context: Excel.RequestContext, store: SettingsStore): Promise<number> {
  const record = (store.get(KEYS.undoFill) as UndoCell[] | null) ?? [];
  if (record.length === 0) return 0;
  context.application.suspendScreenUpdatingUntilNextSync();
  for (const u of record) {
    const range = context.workbook.worksheets.getItem(u.sheet).getRange(u.cell);
    range.formulas = [[u.formula]];
    range.numberFormat = [[u.numberFormat]];
  }
  await context.sync();
  store.set(KEYS.undoFill, []);
  await store.save();
  return record.length;
}
