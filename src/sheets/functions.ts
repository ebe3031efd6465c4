/**
 * The spreadsheet functions as Google Sheets calls them: a single cell arrives as its value, a range
 * as a 2-D array, a blank as "", a date as a Date; an array returned spills. The logic is the core's
 * (src/core/sheet-functions.ts), the same the Excel functions wrap. A custom function in Sheets cannot
 * return an error value: a single result that is an error is thrown (Sheets shows #ERROR! with the
 * Indonesian message), and inside a spilled array the cell shows the error's code as text
 * ("#DIV/0!") so the other results stay.
 * https://developers.google.com/apps-script/guides/sheets/functions#data_types
 */
import * as F from '../core/sheet-functions';

const DAY_MS = 86400000;

export function isDate(v: unknown): v is Date {
  // Not `instanceof`: the Date may come from another realm (Apps Script's, a test's vm).
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** A Date as the serial number the spreadsheet holds (days since 1899-12-30, by its wall clock). */
function serial(d: Date): number {
  return (Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()) - Date.UTC(1899, 11, 30)) / DAY_MS;
}

function value(v: unknown): F.Arg {
  if (isDate(v)) return serial(v);
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v === null || v === undefined) return v;
  return String(v);
}

/** An argument as Sheets passes it, in the form the core reads. */
export function arg(v: unknown): F.Range {
  return Array.isArray(v) ? v.map((line) => (Array.isArray(line) ? line.map(value) : [value(line)])) : value(v);
}

export type SheetsValue = number | string;

/** A core result as a Sheets custom function returns it. */
export function result(out: F.Out | F.Out[][]): SheetsValue | SheetsValue[][] {
  if (!Array.isArray(out)) {
    if (out instanceof F.SheetError) throw new Error(out.message);
    return out;
  }
  if (out.length === 1 && out[0].length === 1) return result(out[0][0]) as SheetsValue;
  return out.map((line) => line.map((v) => (v instanceof F.SheetError ? v.code : v)));
}
