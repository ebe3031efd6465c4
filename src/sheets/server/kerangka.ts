/**
 * "Buat kerangka" in Google Sheets: the T-C.27 skeleton (src/core/kerangka) as a new sheet, built
 * here on the server from the planner's choice. The nomenclature tree is the project file
 * KerangkaData.html (src/data/kerangka.json, copied by the build), read only when the picker opens
 * or a sheet is made — the custom functions, which load Code.js on every call, never parse it.
 * Formats go first and per list of ranges (one call for every range sharing a format), so codes are
 * plain text before they are written; values and formulas go in one setValues.
 */
import { rangeA1 } from '../../core/address';
import { KerangkaCatalog, type KerangkaChoices, type KerangkaData } from '../../core/kerangka/catalog';
import type { CellFormat } from '../../core/kerangka/layout';
import { kerangkaFromRequest, type KerangkaRequest } from '../../core/kerangka/request';
import { freeSheetName } from '../../core/sheet-name';
import { spreadsheet } from './spreadsheet';

/** The project file (without .html) holding the nomenclature tree. */
export const KERANGKA_DATA_FILE = 'KerangkaData';

/** What the planner sets when printing: Apps Script cannot store print settings in a spreadsheet. */
export const SHEETS_PRINT_NOTE =
  'Google Sheets tidak menyimpan pengaturan cetak di spreadsheet: saat mencetak (File → Cetak) pilih orientasi Lanskap, skala "Sesuaikan dengan lebar", dan ulangi baris beku (judul kolom) di setiap halaman.';

let catalog: KerangkaCatalog | undefined;
function kerangkaCatalog(): KerangkaCatalog {
  if (!catalog) {
    const text = HtmlService.createHtmlOutputFromFile(KERANGKA_DATA_FILE).getContent();
    catalog = new KerangkaCatalog(JSON.parse(text) as KerangkaData);
  }
  return catalog;
}

export function kerangkaChoices(): KerangkaChoices {
  return kerangkaCatalog().choices();
}

/** A pixel width from a width in characters (Arial 10: about 7 px each, plus padding). */
export const columnPixels = (chars: number) => Math.round(chars * 7 + 5);

function applyFormat(ranges: GoogleAppsScript.Spreadsheet.RangeList, f: CellFormat): void {
  if (f.numberFormat) ranges.setNumberFormat(f.numberFormat);
  if (f.bold) ranges.setFontWeight('bold');
  if (f.italic) ranges.setFontStyle('italic');
  if (f.size) ranges.setFontSize(f.size);
  if (f.wrap) ranges.setWrap(true);
  if (f.horizontal) ranges.setHorizontalAlignment(f.horizontal);
  if (f.vertical) ranges.setVerticalAlignment(f.vertical === 'center' ? 'middle' : 'top');
  if (f.fill) ranges.setBackground(f.fill);
  if (f.border) ranges.setBorder(true, true, true, true, true, true, '#808080', SpreadsheetApp.BorderStyle.SOLID);
}

export function insertKerangka(request: KerangkaRequest): { name: string; summary: string; printAdvice: string } {
  const made = kerangkaFromRequest(kerangkaCatalog(), request);
  const { layout } = made;
  const ss = spreadsheet();
  const name = freeSheetName(layout.name, ss.getSheets().map((s) => s.getName()), layout.name);
  const sheet = ss.insertSheet(name, ss.getSheets().length);
  try {
    const rows = layout.values.length;
    const width = Math.max(1, ...layout.values.map((line) => line.length));
    if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
    if (width > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
    // One call per distinct format, over every range that has it.
    const groups = new Map<string, { format: CellFormat; ranges: string[] }>();
    for (const { box, format } of layout.formats) {
      const key = JSON.stringify(format);
      const group = groups.get(key) ?? { format, ranges: [] };
      group.ranges.push(rangeA1(box.top, box.left, box.bottom, box.right));
      groups.set(key, group);
    }
    for (const { format, ranges } of groups.values()) applyFormat(sheet.getRangeList(ranges), format);
    // setValues enters a text starting with "=" as a formula, as typing it would.
    sheet.getRange(1, 1, rows, width).setValues(
      layout.values.map((line) => Array.from({ length: width }, (_, c) => {
        const v = line[c] ?? null;
        return v === null ? '' : typeof v === 'object' ? `=${v.formula}` : v;
      })),
    );
    for (const m of layout.merges) sheet.getRange(m.top + 1, m.left + 1, m.bottom - m.top + 1, m.right - m.left + 1).merge();
    layout.columnWidths.forEach((w, c) => sheet.setColumnWidth(c + 1, columnPixels(w)));
    sheet.setFrozenRows(layout.freeze.rows);
    sheet.activate();
    sheet.getRange(1, 1).activate();
  } catch (e) {
    // Apps Script keeps what was done before the failure: nothing half-made stays in the spreadsheet.
    try {
      ss.deleteSheet(sheet);
    } catch {
      // The spreadsheet refuses even that; the error below says what failed.
    }
    throw new Error(`Lembar "${name}" tidak dapat dibuat: ${(e as Error).message}`);
  }
  return { name, summary: made.summary, printAdvice: SHEETS_PRINT_NOTE };
}
