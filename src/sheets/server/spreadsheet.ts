/** The open spreadsheet, its sheets, and what may be written: shared by the server's readers and writers. */
import { parseA1 } from '../../core/address';
import { readJson, writeJson } from '../store';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

export function sheetNamed(name: string): Sheet {
  const sheet = spreadsheet().getSheetByName(name);
  if (!sheet) throw new Error(`Lembar "${name}" tidak ada lagi di spreadsheet ini (diganti nama atau dihapus?). Periksa ulang.`);
  return sheet;
}

/** Sheets protected against this user: read, never written (reported instead). */
export function lockedSheets(names: Iterable<string>): Set<string> {
  const locked = new Set<string>();
  for (const name of new Set(names)) {
    const sheet = spreadsheet().getSheetByName(name);
    if (!sheet) continue;
    if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).some((p) => !p.canEdit())) locked.add(name);
  }
  return locked;
}

/** A1 cell → 0-based row and column. */
export function at(cell: string): { row: number; col: number } {
  return parseA1(cell);
}

/** The document's own add-in state (DocumentProperties travel with the spreadsheet). */
export const documentState = {
  get: (key: string): unknown => readJson(PropertiesService.getDocumentProperties(), key),
  set: (key: string, value: unknown, what?: string): void => writeJson(PropertiesService.getDocumentProperties(), key, value, what),
};
