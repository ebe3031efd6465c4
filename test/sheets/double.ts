/**
 * A test double of Google Apps Script's Spreadsheet services (SpreadsheetApp, HtmlService,
 * PropertiesService, Utilities, Logger) for the Google Sheets add-on's server code. There is no
 * Google account in the tests: the bundle (dist/sheets/Code.js) runs in node:vm with `globals` as
 * its global object, and everything it does to "the spreadsheet" lands in this in-memory model,
 * which a test inspects afterwards (`cell`, `active`, `ui`, `properties`, `calls`).
 *
 * What the double imitates, and how far:
 * - Cells hold what Sheets holds: a value (number, text, boolean) or a formula with its cached
 *   value, a number format, bold, a background. A date is a number (the serial) with a date/time
 *   number format; `getValues` turns it into a Date at read time, as Sheets does.
 * - The double does NOT evaluate formulas. A formula read from an .xlsx keeps the value the file
 *   cached; a formula written by `setFormula(s)`/`setValue('=…')` has an unknown value, which
 *   `getValues` gives as "" (in Sheets it would be calculated).
 * - Errors are thrown as the Apps Script V8 runtime throws them: an Error (of the script's realm
 *   when `globals` has been contextified by vm.createContext) named 'Exception', with Sheets' text.
 * - Objects handed out are created anew on each call (as Apps Script's wrappers are), so code that
 *   compares sheets or ranges with === fails here as it would in Sheets.
 * Every imitated method names its Apps Script reference page in the comment above it.
 */

// The double is split along its seams in test/sheets/double/:
// - model.ts: the public types, the document (DoubleImpl: sheets, selection, UI record, properties,
//   logs, call counting) and doubleFromSpecs;
// - cells.ts: the stored cell and sheet state, A1 notation, colors, argument checks;
// - dates.ts: serial dates, time zones, Utilities.formatDate's patterns;
// - sheet.ts: SpreadsheetApp, Spreadsheet, Sheet, Protection;
// - range.ts: Range, RangeList;
// - services.ts: Ui, Menu, HtmlService, HtmlOutput, PropertiesService, Properties, Utilities, Logger;
// - xlsx.ts: doubleFromXlsx (exceljs).
export type {
  DoubleCell,
  DoubleGlobals,
  DoubleOptions,
  DoubleSheetSpec,
  MenuItemRecord,
  MenuRecord,
  SheetsDouble,
  UiRecord,
} from './double/model';
export { doubleFromSpecs } from './double/model';
export { doubleFromXlsx } from './double/xlsx';
export { ProtectionDouble, SheetDouble, SpreadsheetAppDouble, SpreadsheetDouble } from './double/sheet';
export { RangeDouble, RangeListDouble } from './double/range';
export {
  HtmlOutputDouble,
  HtmlServiceDouble,
  LoggerDouble,
  MenuDouble,
  PropertiesDouble,
  PropertiesServiceDouble,
  UiDouble,
  UtilitiesDouble,
} from './double/services';
