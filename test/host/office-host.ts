/**
 * The test host the end-to-end test serves in place of office.js: Office, Excel and CustomFunctions
 * as the add-in uses them, over a FakeContext backed by a workbook the test embeds
 * (window.__RENSTRA_WORKBOOK__), with document settings in a Map. The test selects cells as a
 * planner would with window.__RENSTRA_SELECT__('Lampiran 3', 'A3:E4') (also whole rows '3:4', or
 * several areas 'A3:B4,D3:E4'). Bundled by the e2e test; never shipped.
 */
import type { WorkbookGrid } from '../../src/core/grid';
import { FakeContext } from './fake-excel';

declare global {
  interface Window {
    __RENSTRA_WORKBOOK__: WorkbookGrid;
    __RENSTRA_HOST__: { context: FakeContext; settings: Map<string, unknown>; commands: Map<string, unknown>; functions: Map<string, unknown> };
    __RENSTRA_SELECT__: (sheet: string, address: string) => void;
  }
}

const context = new FakeContext(window.__RENSTRA_WORKBOOK__);
const settings = new Map<string, unknown>();
const commands = new Map<string, unknown>();
const functions = new Map<string, unknown>();
window.__RENSTRA_HOST__ = { context, settings, commands, functions };
window.__RENSTRA_SELECT__ = (sheet, address) => context.select(sheet, address);

class CustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const w = window as unknown as Record<string, unknown>;
w.CustomFunctions = {
  associate: (id: string, fn: unknown) => functions.set(id, fn),
  Error: CustomFunctionsError,
  ErrorCode: { invalidValue: '#VALUE!', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!' },
};
w.Excel = {
  run: async <T>(batch: (ctx: FakeContext) => Promise<T>): Promise<T> => batch(context),
};
w.Office = {
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  onReady: (callback?: (info: { host: string }) => void) => {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    setTimeout(() => callback?.(info), 0);
    return Promise.resolve(info);
  },
  actions: { associate: (name: string, fn: unknown) => commands.set(name, fn) },
  addin: { showAsTaskpane: () => Promise.resolve() },
  context: {
    document: {
      settings: {
        get: (k: string) => (settings.has(k) ? settings.get(k) : null),
        set: (k: string, v: unknown) => settings.set(k, JSON.parse(JSON.stringify(v))),
        saveAsync: (cb: (r: { status: string }) => void) => setTimeout(() => cb({ status: 'succeeded' }), 0),
      },
    },
  },
};
