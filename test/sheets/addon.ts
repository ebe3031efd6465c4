/**
 * The built Google Sheets add-on (dist/sheets/Code.js) loaded in a Node vm over a Sheets double, as
 * Apps Script runs it: custom functions called by name from a cell, server functions called as
 * `google.script.run` calls them — arguments and answers copied as JSON, a Date refused.
 * https://developers.google.com/apps-script/guides/html/reference/run#parameters
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import vm from 'vm';
import type { ServerApi } from '../../src/sheets/api';
import type { SheetsDouble } from './double';

export const SHEETS_DIST = join(__dirname, '..', '..', 'dist', 'sheets');

export interface Addon {
  context: vm.Context;
  /** A top-level function of Code.js, as Sheets calls a custom function or a menu item. */
  fn(name: string): (...args: unknown[]) => unknown;
  /** A server function as the sidebar calls it over google.script.run. */
  run<K extends keyof ServerApi>(name: K, ...args: Parameters<ServerApi[K]>): ReturnType<ServerApi[K]>;
  /** The same, by a name known only at run time (a google.script.run stand-in). */
  runByName(name: string, args: unknown[]): unknown;
}

function refuseDates(value: unknown, where: string): void {
  if (Object.prototype.toString.call(value) === '[object Date]') throw new Error(`${where}: a Date cannot cross google.script.run`);
  if (Array.isArray(value)) value.forEach((v) => refuseDates(v, where));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => refuseDates(v, where));
}

export function loadAddon(double: SheetsDouble): Addon {
  const context = vm.createContext(double.globals);
  vm.runInContext(readFileSync(join(SHEETS_DIST, 'Code.js'), 'utf8'), context, { filename: 'Code.js' });
  const fn = (name: string) => {
    const f = context[name];
    if (typeof f !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
    return f as (...args: unknown[]) => unknown;
  };
  const runByName = (name: string, args: unknown[]): unknown => {
    refuseDates(args, `${name} (arguments)`);
    const answer = fn(name)(...(JSON.parse(JSON.stringify(args)) as unknown[]));
    refuseDates(answer, `${name} (answer)`);
    return answer === undefined ? undefined : JSON.parse(JSON.stringify(answer));
  };
  return {
    context,
    fn,
    runByName,
    run: (name, ...args) => runByName(name, args) as never,
  };
}
