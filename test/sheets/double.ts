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
import { existsSync, promises as fs, readFileSync } from 'fs';
import { basename, extname, join, resolve } from 'path';
import * as vm from 'vm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { dateFormatKind } from '../../src/core/number';
import { columnIndex, columnLetters } from '../../src/core/address';
import { cachedValues } from '../../src/cli/cached-values';

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

export interface DoubleCell {
  v?: number | string | boolean | Date | null;
  /** Formula without '='. */
  f?: string;
  fmt?: string;
  bold?: boolean;
  /** '#rrggbb' */
  bg?: string;
}

export interface DoubleSheetSpec {
  name: string;
  /** Keyed by A1. */
  cells: Record<string, DoubleCell>;
  /** 'A4:A6' */
  merges?: string[];
  /** The sheet is protected and the user cannot edit it. */
  protectedFor?: boolean;
}

export interface DoubleOptions {
  /** Default 'Asia/Jakarta'. */
  timeZone?: string;
  /** Where HtmlService.createHtmlOutputFromFile(name) reads `${name}.html`; default <repo>/dist/sheets. */
  htmlDir?: string;
  /** The spreadsheet's name (getName); default the file's name without extension, or 'Spreadsheet'. */
  name?: string;
  /** What getSpreadsheetLocale() answers; default 'id_ID'. */
  locale?: string;
}

export type MenuItemRecord = { caption: string; functionName: string; submenu?: MenuItemRecord[] } | 'separator';

export interface MenuRecord {
  /** null for the add-on menu. */
  title: string | null;
  items: MenuItemRecord[];
}

export interface UiRecord {
  menus: MenuRecord[];
  sidebars: { title: string; content: string }[];
  dialogs: { title: string; content: string }[];
  toasts: string[];
  alerts: string[];
}

export interface DoubleGlobals {
  SpreadsheetApp: SpreadsheetAppDouble;
  HtmlService: HtmlServiceDouble;
  PropertiesService: PropertiesServiceDouble;
  Utilities: UtilitiesDouble;
  Logger: LoggerDouble;
  console: Console;
}

export interface SheetsDouble {
  /** The globals Apps Script code sees: pass them to vm.createContext. */
  globals: DoubleGlobals;
  /**
   * Every call of a Spreadsheet service method (SpreadsheetApp, Spreadsheet, Sheet, Range,
   * RangeList, Protection), counted by method name (e.g. calls.get('getValues')).
   */
  calls: Map<string, number>;
  /**
   * Sum of the calls that move spreadsheet data: the reads of cell contents and formats
   * (getValue(s), getFormula(s), getNumberFormat(s), getFontWeight(s), getBackground(s),
   * getMergedRanges, isPartOfMerge, getProtections) and every change (set*, insert*, delete*,
   * clear*, merge*, breakApart, appendRow, autoResize*, activate) — NOT cheap coordinate getters
   * (getRow, getColumn, getNumRows, getNumColumns, getA1Notation, getName, getSheetId, getLastRow,
   * getLastColumn, getMaxRows, getMaxColumns) nor lookups (getSheets, getSheetByName, getRange…).
   */
  dataCalls(): number;
  resetCalls(): void;
  /**
   * The current selection as the user sees it: the active sheet and its selected ranges (several
   * ranges joined by ',', e.g. 'A4:S6,B10').
   */
  active(): { sheet: string; a1: string } | undefined;
  /** Set the user's selection (for tests of "Tandai tabel"): one range or several (default A1). */
  select(sheet: string, ...a1: string[]): void;
  /** Inspect a cell: value (as getValues would give), formula ('' or '=…'), background ('#rrggbb'), number format. */
  cell(sheet: string, a1: string): { value: unknown; formula: string; background: string; numberFormat: string };
  sheetNames(): string[];
  /** Document properties as stored (string values). */
  properties: Map<string, string>;
  ui: UiRecord;
  /** What Logger.log wrote, one entry a call. */
  logs: string[];
}

/** Reads an .xlsx file with exceljs into a double (values, formulas with cached values, formats, bold, fills, merges, protection). */
export async function doubleFromXlsx(path: string, options: DoubleOptions = {}): Promise<SheetsDouble> {
  const bytes = await fs.readFile(path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const theme = themeColors(wb);
  const sheets: SheetInit[] = [];
  const uncached: { sheet: SheetInit; keys: Set<string> }[] = [];
  for (const ws of wb.worksheets) {
    const init: SheetInit = { name: ws.name, rows: [], merges: [], protectedFor: false };
    const missing = new Set<string>();
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.findRow(r);
      if (!row) continue;
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const stored = storedFromExcel(cell, theme);
        if (!stored) return;
        if (stored.f !== undefined && stored.v === undefined) {
          stored.v = null;
          missing.add(`${r - 1}:${c - 1}`);
        }
        put(init.rows, r - 1, c - 1, stored as Stored);
      });
    }
    init.merges = mergesOf(ws);
    const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
    init.protectedFor = !!protection && protection.sheet !== false;
    sheets.push(init);
    if (missing.size) uncached.push({ sheet: init, keys: missing });
  }
  if (uncached.length) await recoverCachedValues(bytes, uncached);
  const views = (wb as unknown as { views?: { activeTab?: number }[] }).views;
  const activeTab = views?.[0]?.activeTab;
  return new DoubleImpl(sheets, { name: basename(path, extname(path)), ...options }, activeTab).api();
}

/** A double over sheets written in the test. A `v` Date is stored as its wall-clock time in the spreadsheet time zone. */
export function doubleFromSpecs(sheets: DoubleSheetSpec[], options: DoubleOptions = {}): SheetsDouble {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const inits: SheetInit[] = sheets.map((spec) => {
    const init: SheetInit = { name: spec.name, rows: [], merges: (spec.merges ?? []).map(parseBounds), protectedFor: !!spec.protectedFor };
    for (const [a1, cell] of Object.entries(spec.cells)) {
      const { row, col } = parseCell(a1);
      const stored: Stored = { v: null };
      let v = cell.v;
      if (isDate(v)) {
        v = dateToSerial(v.getTime(), timeZone);
        if (!cell.fmt || !isDateTimeFormat(cell.fmt)) stored.fmt = defaultDateFormat(v);
      }
      if (v !== undefined && v !== null && v !== '') stored.v = v as number | string | boolean;
      if (cell.f !== undefined) stored.f = cell.f.replace(/^=/, '');
      if (cell.fmt !== undefined && stored.fmt === undefined) stored.fmt = cell.fmt;
      if (cell.bold) stored.bold = true;
      if (cell.bg) stored.bg = normalizeColor(cell.bg) ?? undefined;
      put(init.rows, row, col, stored);
    }
    return init;
  });
  return new DoubleImpl(inits, { name: 'Spreadsheet', ...options }).api();
}

// ---------------------------------------------------------------------------------------------
// The model
// ---------------------------------------------------------------------------------------------

const DEFAULT_TIME_ZONE = 'Asia/Jakarta';
const DEFAULT_HTML_DIR = resolve(__dirname, '..', '..', 'dist', 'sheets');
/** What getNumberFormats gives for a cell whose format is "automatic". */
const AUTOMATIC_FORMAT = '0.###############';
const WHITE = '#ffffff';
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;
/** https://developers.google.com/apps-script/guides/services/quotas — "Properties value size: 9 KB / val". */
const PROPERTY_VALUE_LIMIT = 9 * 1024;
/** Same page — "Properties total storage: 500 KB / property store". */
const PROPERTY_STORE_LIMIT = 500 * 1024;
const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** A cell as the double stores it: dates are serial numbers with a date format. */
interface Stored {
  /** The value, or for a formula its cached value (null: blank, or a formula's value unknown). */
  v: number | string | boolean | null;
  f?: string;
  fmt?: string;
  bold?: boolean;
  bg?: string;
}

/** 0-based, inclusive. */
interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface SheetInit {
  name: string;
  rows: (Stored | undefined)[][];
  merges: Bounds[];
  protectedFor: boolean;
}

interface SheetState {
  id: number;
  name: string;
  rows: (Stored | undefined)[][];
  merges: Bounds[];
  /** Keys (row * COLS + col) of the cells a merge hides (all but each merge's top-left). */
  mergedAway: Set<number>;
  protectedFor: boolean;
  frozenRows: number;
  maxRows: number;
  maxColumns: number;
  selection: Bounds[];
  deleted: boolean;
}

const COLS = 1 << 15;

function put(rows: (Stored | undefined)[][], r: number, c: number, cell: Stored | undefined): void {
  (rows[r] ??= [])[c] = cell;
}

function hasContent(s: Stored | undefined): boolean {
  return !!s && (s.f !== undefined || (s.v !== null && s.v !== ''));
}

function isEmptyStored(s: Stored): boolean {
  return !hasContent(s) && s.fmt === undefined && !s.bold && s.bg === undefined;
}

class DoubleImpl {
  readonly sheets: SheetState[] = [];
  activeId: number;
  readonly timeZone: string;
  readonly htmlDir: string;
  readonly name: string;
  readonly locale: string;
  readonly calls = new Map<string, number>();
  readonly ui: UiRecord = { menus: [], sidebars: [], dialogs: [], toasts: [], alerts: [] };
  readonly documentProperties = new Map<string, string>();
  readonly scriptProperties = new Map<string, string>();
  readonly userProperties = new Map<string, string>();
  readonly logs: string[] = [];
  readonly globals: DoubleGlobals;
  private nextSheetId = 0;
  private realmCache: { Date: DateConstructor; Error: ErrorConstructor; Array: ArrayConstructor } | undefined;

  constructor(inits: SheetInit[], options: DoubleOptions, activeTab?: number) {
    this.timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
    this.htmlDir = options.htmlDir ?? DEFAULT_HTML_DIR;
    this.name = options.name ?? 'Spreadsheet';
    this.locale = options.locale ?? 'id_ID';
    if (!inits.length) inits = [{ name: 'Sheet1', rows: [], merges: [], protectedFor: false }];
    const seen = new Set<string>();
    for (const init of inits) {
      if (seen.has(init.name.toLowerCase())) throw new Error(`Two sheets named "${init.name}"`);
      seen.add(init.name.toLowerCase());
      this.sheets.push(this.newSheetState(init));
    }
    const tab = activeTab !== undefined && activeTab >= 0 && activeTab < this.sheets.length ? activeTab : 0;
    this.activeId = this.sheets[tab].id;
    this.globals = {
      SpreadsheetApp: new SpreadsheetAppDouble(this),
      HtmlService: new HtmlServiceDouble(this),
      PropertiesService: new PropertiesServiceDouble(this),
      Utilities: new UtilitiesDouble(this),
      Logger: new LoggerDouble(this),
      console,
    };
  }

  newSheetState(init: SheetInit): SheetState {
    const id = this.nextSheetId === 0 ? 0 : 1000 + this.nextSheetId;
    this.nextSheetId++;
    const state: SheetState = {
      id,
      name: init.name,
      rows: init.rows,
      merges: init.merges,
      mergedAway: new Set(),
      protectedFor: init.protectedFor,
      frozenRows: 0,
      maxRows: 0,
      maxColumns: 0,
      selection: [{ top: 0, left: 0, bottom: 0, right: 0 }],
      deleted: false,
    };
    this.indexMerges(state);
    let rows = 0;
    let cols = 0;
    state.rows.forEach((row, r) => {
      if (!row) return;
      row.forEach((cell, c) => {
        if (!cell) return;
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      });
    });
    for (const m of state.merges) {
      rows = Math.max(rows, m.bottom + 1);
      cols = Math.max(cols, m.right + 1);
    }
    state.maxRows = Math.max(1000, rows);
    state.maxColumns = Math.max(26, cols);
    return state;
  }

  indexMerges(state: SheetState): void {
    state.mergedAway.clear();
    for (const m of state.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) state.mergedAway.add(r * COLS + c);
      }
    }
  }

  count(method: string): void {
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
  }

  /** The constructors of the script's realm once `globals` is a vm context; this realm's before. */
  realm(): { Date: DateConstructor; Error: ErrorConstructor; Array: ArrayConstructor } {
    if (this.realmCache) return this.realmCache;
    if (vm.isContext(this.globals)) {
      this.realmCache = vm.runInContext('({ Date: Date, Error: Error, Array: Array })', this.globals);
      return this.realmCache!;
    }
    return { Date, Error, Array };
  }

  /** Throws as Apps Script does: an Error named 'Exception'. */
  fail(message: string): never {
    const error = new (this.realm().Error)(message);
    error.name = 'Exception';
    throw error;
  }

  list<T>(items: T[]): T[] {
    const A = this.realm().Array;
    return A === Array ? items : A.from(items);
  }

  date(ms: number): Date {
    return new (this.realm().Date)(ms);
  }

  sheetById(id: number): SheetState | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  sheetByName(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  activeSheet(): SheetState {
    return this.sheetById(this.activeId) ?? this.sheets[0];
  }

  live(state: SheetState): SheetState {
    if (state.deleted) this.fail(`The sheet "${state.name}" has been deleted.`);
    return state;
  }

  editable(state: SheetState): SheetState {
    this.live(state);
    if (state.protectedFor) this.fail(PROTECTED_MESSAGE);
    return state;
  }

  cellAt(state: SheetState, r: number, c: number): Stored | undefined {
    return state.rows[r]?.[c];
  }

  /** The value getValues gives for a cell. */
  readValue(state: SheetState, r: number, c: number, outerRealm = false): unknown {
    if (state.mergedAway.has(r * COLS + c)) return '';
    const s = this.cellAt(state, r, c);
    if (!s || s.v === null) return '';
    if (typeof s.v === 'number' && s.fmt && isDateTimeFormat(s.fmt)) {
      const ms = serialToInstant(s.v, this.timeZone);
      return outerRealm ? new Date(ms) : this.date(ms);
    }
    return s.v;
  }

  lastRow(state: SheetState): number {
    for (let r = state.rows.length - 1; r >= 0; r--) {
      const row = state.rows[r];
      if (row && row.some((cell, c) => hasContent(cell) && !state.mergedAway.has(r * COLS + c))) return r + 1;
    }
    return 0;
  }

  lastColumn(state: SheetState): number {
    let last = 0;
    state.rows.forEach((row, r) => {
      if (!row) return;
      for (let c = row.length - 1; c >= last; c--) {
        if (hasContent(row[c]) && !state.mergedAway.has(r * COLS + c)) {
          last = c + 1;
          break;
        }
      }
    });
    return last;
  }

  /** Changes one cell's stored content (keeping its formats); `f` undefined clears a formula. */
  write(state: SheetState, r: number, c: number, change: (s: Stored) => void): void {
    if (state.mergedAway.has(r * COLS + c)) return;
    const s = this.cellAt(state, r, c) ?? { v: null };
    change(s);
    put(state.rows, r, c, isEmptyStored(s) ? undefined : s);
  }

  /** Stores what a user typing `input` (or setValue(input)) puts into a cell. */
  writeInput(state: SheetState, r: number, c: number, input: unknown): void {
    this.write(state, r, c, (s) => {
      delete s.f;
      s.v = null;
      if (input === null || input === undefined || input === '') return;
      if (isDate(input)) {
        const serial = dateToSerial(dateMs(input), this.timeZone);
        s.v = serial;
        if (!s.fmt || !isDateTimeFormat(s.fmt)) s.fmt = defaultDateFormat(serial);
      } else if (typeof input === 'number' || typeof input === 'boolean') {
        s.v = input;
      } else {
        const text = String(input);
        if (s.fmt === '@') s.v = text;
        else if (text.startsWith('=') && text.length > 1) s.f = text.slice(1);
        else if (text.startsWith("'")) s.v = text.slice(1) || null;
        else if (/^\s*[+-]?\d+\s*$/.test(text)) s.v = Number(text);
        else if (/^\s*(true|false)\s*$/i.test(text)) s.v = /true/i.test(text);
        else s.v = text;
      }
    });
  }

  parseRange(state: SheetState, a1: string): Bounds {
    const b = parseRangeA1(a1, state.maxRows, state.maxColumns);
    if (!b) this.fail('Range not found');
    if (b.bottom >= state.maxRows || b.right >= state.maxColumns) this.fail('The coordinates of the range are outside the dimensions of the sheet.');
    return b;
  }

  /** Resolves 'Sheet!A1:B2' or 'A1:B2' (on `fallback`). */
  resolveA1(a1: string, fallback: SheetState): { state: SheetState; bounds: Bounds } {
    const q = /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(a1.trim());
    if (q) {
      const name = q[1] !== undefined ? q[1].replace(/''/g, "'") : q[2];
      const state = this.sheetByName(name);
      if (!state) this.fail('Range not found');
      return { state, bounds: this.parseRange(state, q[3]) };
    }
    return { state: fallback, bounds: this.parseRange(fallback, a1) };
  }

  select(state: SheetState, selection: Bounds[]): void {
    this.activeId = state.id;
    state.selection = selection.map((b) => ({ ...b }));
  }

  api(): SheetsDouble {
    const self = this; // eslint-disable-line @typescript-eslint/no-this-alias
    return {
      globals: this.globals,
      calls: this.calls,
      logs: this.logs,
      properties: this.documentProperties,
      ui: this.ui,
      dataCalls() {
        let n = 0;
        for (const [method, count] of self.calls) if (isDataMethod(method)) n += count;
        return n;
      },
      resetCalls() {
        self.calls.clear();
      },
      active() {
        const state = self.sheetById(self.activeId);
        if (!state) return undefined;
        return { sheet: state.name, a1: state.selection.map(boundsA1).join(',') };
      },
      select(sheet: string, ...a1: string[]) {
        const state = self.sheetByName(sheet);
        if (!state) throw new Error(`No sheet named "${sheet}"`);
        self.select(state, (a1.length ? a1 : ['A1']).map((a) => self.parseRange(state, a)));
      },
      cell(sheet: string, a1: string) {
        const state = self.sheetByName(sheet);
        if (!state) throw new Error(`No sheet named "${sheet}"`);
        const { row, col } = parseCell(a1);
        const s = self.cellAt(state, row, col);
        const away = state.mergedAway.has(row * COLS + col);
        return {
          value: self.readValue(state, row, col, true),
          formula: s?.f !== undefined && !away ? `=${s.f}` : '',
          background: s?.bg ?? WHITE,
          numberFormat: s?.fmt ?? AUTOMATIC_FORMAT,
        };
      },
      sheetNames() {
        return self.sheets.map((s) => s.name);
      },
    };
  }
}

const DATA_READS = new Set([
  'getValues',
  'getValue',
  'getDisplayValues',
  'getDisplayValue',
  'getFormulas',
  'getFormula',
  'getNumberFormats',
  'getNumberFormat',
  'getFontWeights',
  'getFontWeight',
  'getBackgrounds',
  'getBackground',
  'getMergedRanges',
  'isPartOfMerge',
  'getProtections',
]);

function isDataMethod(method: string): boolean {
  return DATA_READS.has(method) || /^(set|insert|delete|clear|merge|breakApart|appendRow|autoResize|activate)/.test(method);
}

// ---------------------------------------------------------------------------------------------
// SpreadsheetApp
// ---------------------------------------------------------------------------------------------

/** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app */
export class SpreadsheetAppDouble {
  /** https://developers.google.com/apps-script/reference/spreadsheet/protection-type */
  readonly ProtectionType = Object.freeze({ RANGE: 'RANGE', SHEET: 'SHEET' });

  constructor(private readonly doc: DoubleImpl) {}

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveSpreadsheet()
  getActiveSpreadsheet(): SpreadsheetDouble {
    this.doc.count('getActiveSpreadsheet');
    return new SpreadsheetDouble(this.doc);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActive()
  getActive(): SpreadsheetDouble {
    this.doc.count('getActive');
    return new SpreadsheetDouble(this.doc);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getUi()
  getUi(): UiDouble {
    this.doc.count('getUi');
    return new UiDouble(this.doc);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()
  flush(): void {
    this.doc.count('flush');
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveSheet()
  getActiveSheet(): SheetDouble {
    this.doc.count('getActiveSheet');
    return new SheetDouble(this.doc, this.doc.activeSheet());
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveRange()
  getActiveRange(): RangeDouble | null {
    this.doc.count('getActiveRange');
    return activeRangeOf(this.doc);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveRangeList()
  getActiveRangeList(): RangeListDouble | null {
    this.doc.count('getActiveRangeList');
    return activeRangeListOf(this.doc);
  }
}

function activeRangeOf(doc: DoubleImpl): RangeDouble | null {
  const state = doc.activeSheet();
  const last = state.selection[state.selection.length - 1];
  return last ? new RangeDouble(doc, state, last) : null;
}

function activeRangeListOf(doc: DoubleImpl): RangeListDouble | null {
  const state = doc.activeSheet();
  if (!state.selection.length) return null;
  return new RangeListDouble(
    doc,
    state.selection.map((b) => new RangeDouble(doc, state, b)),
  );
}

/** The argument is one of the double's own objects (never checked with the caller's instanceof). */
function own<T>(doc: DoubleImpl, value: unknown, cls: abstract new (...args: never[]) => T, method: string): T {
  if (value instanceof cls) return value;
  return doc.fail(`The parameters (${typeName(value)}) don't match the method signature for ${method}.`);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'number[]';
  if (typeof value === 'object') return 'Object';
  return typeof value === 'string' ? 'String' : typeof value;
}

// ---------------------------------------------------------------------------------------------
// Spreadsheet
// ---------------------------------------------------------------------------------------------

/** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet */
export class SpreadsheetDouble {
  constructor(private readonly doc: DoubleImpl) {}

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSheets()
  getSheets(): SheetDouble[] {
    this.doc.count('getSheets');
    return this.doc.list(this.doc.sheets.map((s) => new SheetDouble(this.doc, s)));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSheetByName(String)
  getSheetByName(name: string): SheetDouble | null {
    this.doc.count('getSheetByName');
    const state = this.doc.sheetByName(String(name));
    return state ? new SheetDouble(this.doc, state) : null;
  }

  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String)
   * Also insertSheet(), insertSheet(index), insertSheet(name, index). Without an index the new sheet
   * goes right after the active sheet; it becomes the active sheet.
   */
  insertSheet(nameOrIndex?: string | number, index?: number): SheetDouble {
    this.doc.count('insertSheet');
    const doc = this.doc;
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : index;
    if (name === undefined) {
      let k = doc.sheets.length + 1;
      while (doc.sheets.some((s) => s.name.toLowerCase() === `sheet${k}`)) k++;
      name = `Sheet${k}`;
    }
    if (doc.sheets.some((s) => s.name.toLowerCase() === name!.toLowerCase())) {
      doc.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const state = doc.newSheetState({ name, rows: [], merges: [], protectedFor: false });
    const position =
      at !== undefined ? Math.max(0, Math.min(doc.sheets.length, Math.floor(at))) : doc.sheets.indexOf(doc.activeSheet()) + 1;
    doc.sheets.splice(position, 0, state);
    doc.activeId = state.id;
    return new SheetDouble(doc, state);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#deleteSheet(Sheet)
  deleteSheet(sheet: SheetDouble): void {
    this.doc.count('deleteSheet');
    const doc = this.doc;
    const state = doc.editable(own(doc, sheet, SheetDouble, 'SpreadsheetApp.Spreadsheet.deleteSheet').state);
    if (doc.sheets.length === 1) doc.fail("You can't remove all the sheets in a document.");
    const i = doc.sheets.indexOf(state);
    doc.sheets.splice(i, 1);
    state.deleted = true;
    if (doc.activeId === state.id) doc.activeId = doc.sheets[Math.min(i, doc.sheets.length - 1)].id;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getActiveSheet()
  getActiveSheet(): SheetDouble {
    this.doc.count('getActiveSheet');
    return new SheetDouble(this.doc, this.doc.activeSheet());
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setActiveSheet(Sheet)
  setActiveSheet(sheet: SheetDouble): SheetDouble {
    this.doc.count('setActiveSheet');
    const state = this.doc.live(own(this.doc, sheet, SheetDouble, 'SpreadsheetApp.Spreadsheet.setActiveSheet').state);
    this.doc.activeId = state.id;
    return new SheetDouble(this.doc, state);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setActiveRange(Range)
  setActiveRange(range: RangeDouble): RangeDouble {
    this.doc.count('setActiveRange');
    const r = own(this.doc, range, RangeDouble, 'SpreadsheetApp.Spreadsheet.setActiveRange');
    this.doc.select(this.doc.live(r.state), [r.bounds]);
    return r;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getActiveRange()
  getActiveRange(): RangeDouble | null {
    this.doc.count('getActiveRange');
    return activeRangeOf(this.doc);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getActiveRangeList()
  getActiveRangeList(): RangeListDouble | null {
    this.doc.count('getActiveRangeList');
    return activeRangeListOf(this.doc);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getRange(String)
  getRange(a1Notation: string): RangeDouble {
    this.doc.count('getRange');
    const { state, bounds } = this.doc.resolveA1(String(a1Notation), this.doc.activeSheet());
    return new RangeDouble(this.doc, state, bounds);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()
  getSpreadsheetTimeZone(): string {
    this.doc.count('getSpreadsheetTimeZone');
    return this.doc.timeZone;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetLocale()
  getSpreadsheetLocale(): string {
    this.doc.count('getSpreadsheetLocale');
    return this.doc.locale;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toast(String,String,Number)
  toast(msg: string, title?: string, _timeoutSeconds?: number): void {
    this.doc.count('toast');
    this.doc.ui.toasts.push(title ? `${title}: ${msg}` : String(msg));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getName()
  getName(): string {
    this.doc.count('getName');
    return this.doc.name;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getId()
  getId(): string {
    this.doc.count('getId');
    return `double-${this.doc.name.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Sheet
// ---------------------------------------------------------------------------------------------

/** https://developers.google.com/apps-script/reference/spreadsheet/sheet */
export class SheetDouble {
  constructor(
    private readonly doc: DoubleImpl,
    /** @internal */ readonly state: SheetState,
  ) {}

  private use(method: string): SheetState {
    this.doc.count(method);
    return this.doc.live(this.state);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getName()
  getName(): string {
    return this.use('getName').name;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setName(String)
  setName(name: string): SheetDouble {
    const state = this.doc.editable(this.use('setName'));
    if (this.doc.sheets.some((s) => s !== state && s.name.toLowerCase() === String(name).toLowerCase())) {
      this.doc.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    state.name = String(name);
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetId()
  getSheetId(): number {
    return this.use('getSheetId').id;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getIndex()
  getIndex(): number {
    return this.doc.sheets.indexOf(this.use('getIndex')) + 1;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getParent()
  getParent(): SpreadsheetDouble {
    this.use('getParent');
    return new SpreadsheetDouble(this.doc);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getDataRange()
  getDataRange(): RangeDouble {
    const state = this.use('getDataRange');
    const rows = Math.max(1, this.doc.lastRow(state));
    const cols = Math.max(1, this.doc.lastColumn(state));
    return new RangeDouble(this.doc, state, { top: 0, left: 0, bottom: rows - 1, right: cols - 1 });
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getLastRow()
  getLastRow(): number {
    return this.doc.lastRow(this.use('getLastRow'));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getLastColumn()
  getLastColumn(): number {
    return this.doc.lastColumn(this.use('getLastColumn'));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getMaxRows()
  getMaxRows(): number {
    return this.use('getMaxRows').maxRows;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getMaxColumns()
  getMaxColumns(): number {
    return this.use('getMaxColumns').maxColumns;
  }

  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(String)
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)
   */
  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): RangeDouble {
    const state = this.use('getRange');
    if (typeof a1OrRow === 'string') {
      const { state: target, bounds } = this.doc.resolveA1(a1OrRow, state);
      return new RangeDouble(this.doc, target, bounds);
    }
    const args = [a1OrRow, column, numRows, numColumns].filter((a) => a !== undefined);
    if (column === undefined || args.some((a) => typeof a !== 'number' || !Number.isFinite(a))) {
      this.doc.fail(`The parameters (${args.map(typeName).join(',')}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`);
    }
    const row = Math.floor(a1OrRow);
    const col = Math.floor(column);
    const nr = numRows === undefined ? 1 : Math.floor(numRows);
    const nc = numColumns === undefined ? 1 : Math.floor(numColumns);
    return new RangeDouble(this.doc, state, checkedBounds(this.doc, state, row, col, nr, nc));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRangeList(String)
  getRangeList(a1Notations: string[]): RangeListDouble {
    const state = this.use('getRangeList');
    if (!Array.isArray(a1Notations)) this.doc.fail(`The parameters (${typeName(a1Notations)}) don't match the method signature for SpreadsheetApp.Sheet.getRangeList.`);
    return new RangeListDouble(
      this.doc,
      a1Notations.map((a1) => new RangeDouble(this.doc, state, this.doc.parseRange(state, String(a1)))),
    );
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#activate()
  activate(): SheetDouble {
    this.doc.activeId = this.use('activate').id;
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setActiveRange(Range)
  setActiveRange(range: RangeDouble): RangeDouble {
    this.use('setActiveRange');
    const r = own(this.doc, range, RangeDouble, 'SpreadsheetApp.Sheet.setActiveRange');
    this.doc.select(this.doc.live(r.state), [r.bounds]);
    return r;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getActiveRange()
  getActiveRange(): RangeDouble | null {
    const state = this.use('getActiveRange');
    const last = state.selection[state.selection.length - 1];
    return last ? new RangeDouble(this.doc, state, last) : null;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setFrozenRows(Integer)
  setFrozenRows(rows: number): void {
    this.doc.editable(this.use('setFrozenRows')).frozenRows = Math.max(0, Math.floor(rows));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getFrozenRows()
  getFrozenRows(): number {
    return this.use('getFrozenRows').frozenRows;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#autoResizeColumns(Integer,Integer)
  autoResizeColumns(_startColumn: number, _numColumns: number): SheetDouble {
    this.doc.editable(this.use('autoResizeColumns'));
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setColumnWidth(Integer,Integer)
  setColumnWidth(_column: number, _width: number): SheetDouble {
    this.doc.editable(this.use('setColumnWidth'));
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getProtections(ProtectionType)
  getProtections(type: string): ProtectionDouble[] {
    const state = this.use('getProtections');
    if (type !== 'SHEET' && type !== 'RANGE') this.doc.fail(`The parameters (${typeName(type)}) don't match the method signature for SpreadsheetApp.Sheet.getProtections.`);
    return this.doc.list(type === 'SHEET' && state.protectedFor ? [new ProtectionDouble(this.doc, state)] : []);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendRow(Object)
  appendRow(rowContents: unknown[]): SheetDouble {
    const state = this.doc.editable(this.use('appendRow'));
    if (!Array.isArray(rowContents)) this.doc.fail(`The parameters (${typeName(rowContents)}) don't match the method signature for SpreadsheetApp.Sheet.appendRow.`);
    const r = this.doc.lastRow(state);
    if (r >= state.maxRows) state.maxRows = r + 1;
    if (rowContents.length > state.maxColumns) state.maxColumns = rowContents.length;
    rowContents.forEach((v, c) => this.doc.writeInput(state, r, c, v));
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsAfter(Integer,Integer)
  insertRowsAfter(afterPosition: number, howMany: number): SheetDouble {
    const state = this.doc.editable(this.use('insertRowsAfter'));
    const at = Math.floor(afterPosition);
    const n = Math.floor(howMany);
    if (at < 1 || at > state.maxRows) this.doc.fail('The coordinates of the range are outside the dimensions of the sheet.');
    if (n < 1) this.doc.fail('The number of rows in the range must be at least 1.');
    if (state.rows.length > at) state.rows.splice(at, 0, ...new Array<(Stored | undefined)[]>(n));
    state.merges = state.merges.map((m) => (m.top >= at ? { ...m, top: m.top + n, bottom: m.bottom + n } : m.bottom >= at ? { ...m, bottom: m.bottom + n } : m));
    state.maxRows += n;
    this.doc.indexMerges(state);
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertColumnsAfter(Integer,Integer)
  insertColumnsAfter(afterPosition: number, howMany: number): SheetDouble {
    const state = this.doc.editable(this.use('insertColumnsAfter'));
    const at = Math.floor(afterPosition);
    const n = Math.floor(howMany);
    if (at < 1 || at > state.maxColumns) this.doc.fail('The coordinates of the range are outside the dimensions of the sheet.');
    if (n < 1) this.doc.fail('The number of columns in the range must be at least 1.');
    for (const row of state.rows) if (row && row.length > at) row.splice(at, 0, ...new Array<Stored | undefined>(n));
    state.merges = state.merges.map((m) => (m.left >= at ? { ...m, left: m.left + n, right: m.right + n } : m.right >= at ? { ...m, right: m.right + n } : m));
    state.maxColumns += n;
    this.doc.indexMerges(state);
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#clear()
  clear(): SheetDouble {
    const state = this.doc.editable(this.use('clear'));
    state.rows = [];
    state.merges = [];
    this.doc.indexMerges(state);
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#clearContents()
  clearContents(): SheetDouble {
    const state = this.doc.editable(this.use('clearContents'));
    state.rows.forEach((row, r) =>
      row?.forEach((_cell, c) =>
        this.doc.write(state, r, c, (s) => {
          s.v = null;
          delete s.f;
        }),
      ),
    );
    return this;
  }
}

/** Bounds of getRange(row, column, numRows, numColumns), checked as Sheets checks them. */
function checkedBounds(doc: DoubleImpl, state: SheetState, row: number, col: number, numRows: number, numColumns: number): Bounds {
  if (row < 1) doc.fail('The starting row of the range is too small.');
  if (col < 1) doc.fail('The starting column of the range is too small.');
  if (numRows < 1) doc.fail('The number of rows in the range must be at least 1.');
  if (numColumns < 1) doc.fail('The number of columns in the range must be at least 1.');
  const b = { top: row - 1, left: col - 1, bottom: row + numRows - 2, right: col + numColumns - 2 };
  if (b.bottom >= state.maxRows || b.right >= state.maxColumns) doc.fail('The coordinates of the range are outside the dimensions of the sheet.');
  return b;
}

/** https://developers.google.com/apps-script/reference/spreadsheet/protection */
export class ProtectionDouble {
  constructor(
    private readonly doc: DoubleImpl,
    private readonly state: SheetState,
  ) {}

  // https://developers.google.com/apps-script/reference/spreadsheet/protection#canEdit()
  canEdit(): boolean {
    this.doc.count('canEdit');
    return !this.state.protectedFor;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/protection#getProtectionType()
  getProtectionType(): string {
    this.doc.count('getProtectionType');
    return 'SHEET';
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/protection#getDescription()
  getDescription(): string {
    this.doc.count('getDescription');
    return '';
  }
}

// ---------------------------------------------------------------------------------------------
// Range
// ---------------------------------------------------------------------------------------------

/** https://developers.google.com/apps-script/reference/spreadsheet/range */
export class RangeDouble {
  constructor(
    private readonly doc: DoubleImpl,
    /** @internal */ readonly state: SheetState,
    /** @internal */ readonly bounds: Bounds,
  ) {}

  private use(method: string): SheetState {
    this.doc.count(method);
    return this.doc.live(this.state);
  }

  private edit(method: string): SheetState {
    this.doc.count(method);
    return this.doc.editable(this.state);
  }

  private grid<T>(state: SheetState, f: (r: number, c: number) => T): T[][] {
    const b = this.bounds;
    const out: T[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const row: T[] = [];
      for (let c = b.left; c <= b.right; c++) row.push(f(r, c));
      out.push(this.doc.list(row));
    }
    return this.doc.list(out);
  }

  private each(state: SheetState, f: (r: number, c: number) => void): void {
    const b = this.bounds;
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) f(r, c);
  }

  /** Checks a 2-D argument against the range's size, with Sheets' messages. */
  private sized<T>(values: T[][], method: string): T[][] {
    if (!Array.isArray(values) || values.some((row) => !Array.isArray(row))) {
      this.doc.fail(`The parameters (${typeName(values)}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
    }
    const rows = this.bounds.bottom - this.bounds.top + 1;
    const cols = this.bounds.right - this.bounds.left + 1;
    if (values.length !== rows) {
      this.doc.fail(`The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${rows}.`);
    }
    for (const row of values) {
      if (row.length !== cols) {
        this.doc.fail(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${cols}.`);
      }
    }
    return values;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()
  getValues(): unknown[][] {
    const state = this.use('getValues');
    return this.grid(state, (r, c) => this.doc.readValue(state, r, c));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getValue()
  getValue(): unknown {
    const state = this.use('getValue');
    return this.doc.readValue(state, this.bounds.top, this.bounds.left);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getFormulas()
  getFormulas(): string[][] {
    const state = this.use('getFormulas');
    return this.grid(state, (r, c) => formulaOf(state, this.doc.cellAt(state, r, c), r, c));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getFormula()
  getFormula(): string {
    const state = this.use('getFormula');
    const { top, left } = this.bounds;
    return formulaOf(state, this.doc.cellAt(state, top, left), top, left);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getNumberFormats()
  getNumberFormats(): string[][] {
    const state = this.use('getNumberFormats');
    return this.grid(state, (r, c) => this.doc.cellAt(state, r, c)?.fmt ?? AUTOMATIC_FORMAT);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getNumberFormat()
  getNumberFormat(): string {
    const state = this.use('getNumberFormat');
    return this.doc.cellAt(state, this.bounds.top, this.bounds.left)?.fmt ?? AUTOMATIC_FORMAT;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getFontWeights()
  getFontWeights(): string[][] {
    const state = this.use('getFontWeights');
    return this.grid(state, (r, c) => (this.doc.cellAt(state, r, c)?.bold ? 'bold' : 'normal'));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getFontWeight()
  getFontWeight(): string {
    const state = this.use('getFontWeight');
    return this.doc.cellAt(state, this.bounds.top, this.bounds.left)?.bold ? 'bold' : 'normal';
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getBackgrounds()
  getBackgrounds(): string[][] {
    const state = this.use('getBackgrounds');
    return this.grid(state, (r, c) => this.doc.cellAt(state, r, c)?.bg ?? WHITE);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getBackground()
  getBackground(): string {
    const state = this.use('getBackground');
    return this.doc.cellAt(state, this.bounds.top, this.bounds.left)?.bg ?? WHITE;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setBackground(String)
  setBackground(color: string | null): RangeDouble {
    const state = this.edit('setBackground');
    const bg = normalizeColor(color);
    this.each(state, (r, c) => this.setFormat(state, r, c, (s) => (bg ? (s.bg = bg) : delete s.bg)));
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setBackgrounds(String)
  setBackgrounds(colors: (string | null)[][]): RangeDouble {
    const state = this.edit('setBackgrounds');
    this.sized(colors, 'setBackgrounds');
    this.each(state, (r, c) => {
      const bg = normalizeColor(colors[r - this.bounds.top][c - this.bounds.left]);
      this.setFormat(state, r, c, (s) => (bg ? (s.bg = bg) : delete s.bg));
    });
    return this;
  }

  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
   * Each value is stored as if typed: '=…' becomes a formula (its value unknown to the double),
   * "'…" the text after the apostrophe, an integer text a number, 'TRUE'/'FALSE' a boolean, a Date
   * its serial in the spreadsheet time zone (with a date format unless the cell has one). In a
   * cell formatted as plain text ('@') a text stays as it is.
   */
  setValues(values: unknown[][]): RangeDouble {
    const state = this.edit('setValues');
    this.sized(values, 'setValues');
    this.each(state, (r, c) => this.doc.writeInput(state, r, c, values[r - this.bounds.top][c - this.bounds.left]));
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)
  setValue(value: unknown): RangeDouble {
    const state = this.edit('setValue');
    this.each(state, (r, c) => this.doc.writeInput(state, r, c, value));
    return this;
  }

  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/range#setFormulas(String)
   * The double does not evaluate formulas: the written cells' values read back as "".
   */
  setFormulas(formulas: string[][]): RangeDouble {
    const state = this.edit('setFormulas');
    this.sized(formulas, 'setFormulas');
    this.each(state, (r, c) => this.doc.writeInput(state, r, c, formulas[r - this.bounds.top][c - this.bounds.left]));
    return this;
  }

  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/range#setFormula(String)
   * Every cell of the range gets the same formula text (the double does not shift references).
   */
  setFormula(formula: string): RangeDouble {
    const state = this.edit('setFormula');
    this.each(state, (r, c) => this.doc.writeInput(state, r, c, formula));
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormats(Object)
  setNumberFormats(formats: string[][]): RangeDouble {
    const state = this.edit('setNumberFormats');
    this.sized(formats, 'setNumberFormats');
    this.each(state, (r, c) => {
      const fmt = formats[r - this.bounds.top][c - this.bounds.left];
      this.setFormat(state, r, c, (s) => (fmt ? (s.fmt = String(fmt)) : delete s.fmt));
    });
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormat(String)
  setNumberFormat(numberFormat: string): RangeDouble {
    const state = this.edit('setNumberFormat');
    this.each(state, (r, c) => this.setFormat(state, r, c, (s) => (numberFormat ? (s.fmt = String(numberFormat)) : delete s.fmt)));
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setFontWeight(String)
  setFontWeight(fontWeight: string | null): RangeDouble {
    const state = this.edit('setFontWeight');
    this.each(state, (r, c) => this.setFormat(state, r, c, (s) => (fontWeight === 'bold' ? (s.bold = true) : delete s.bold)));
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setFontWeights(Object)
  setFontWeights(fontWeights: (string | null)[][]): RangeDouble {
    const state = this.edit('setFontWeights');
    this.sized(fontWeights, 'setFontWeights');
    this.each(state, (r, c) => {
      const bold = fontWeights[r - this.bounds.top][c - this.bounds.left] === 'bold';
      this.setFormat(state, r, c, (s) => (bold ? (s.bold = true) : delete s.bold));
    });
    return this;
  }

  /** Formats the double accepts but does not keep (so report-writing code runs): font color, size, style, wrap, alignment, border, note. */
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setFontColor(String)
  setFontColor(_color: string | null): RangeDouble {
    this.edit('setFontColor');
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setFontSize(Integer)
  setFontSize(_size: number): RangeDouble {
    this.edit('setFontSize');
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setFontStyle(String)
  setFontStyle(_fontStyle: string | null): RangeDouble {
    this.edit('setFontStyle');
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setWrap(Boolean)
  setWrap(_isWrapEnabled: boolean): RangeDouble {
    this.edit('setWrap');
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setHorizontalAlignment(String)
  setHorizontalAlignment(_alignment: string | null): RangeDouble {
    this.edit('setHorizontalAlignment');
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setVerticalAlignment(String)
  setVerticalAlignment(_alignment: string | null): RangeDouble {
    this.edit('setVerticalAlignment');
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setBorder(Boolean,Boolean,Boolean,Boolean,Boolean,Boolean)
  setBorder(..._args: unknown[]): RangeDouble {
    this.edit('setBorder');
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setNote(String)
  setNote(_note: string | null): RangeDouble {
    this.edit('setNote');
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#clear()
  clear(): RangeDouble {
    const state = this.edit('clear');
    this.each(state, (r, c) => {
      if (!state.mergedAway.has(r * COLS + c)) put(state.rows, r, c, undefined);
    });
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#clearContent()
  clearContent(): RangeDouble {
    const state = this.edit('clearContent');
    this.each(state, (r, c) =>
      this.doc.write(state, r, c, (s) => {
        s.v = null;
        delete s.f;
      }),
    );
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#clearFormat()
  clearFormat(): RangeDouble {
    const state = this.edit('clearFormat');
    this.each(state, (r, c) =>
      this.setFormat(state, r, c, (s) => {
        delete s.fmt;
        delete s.bold;
        delete s.bg;
      }),
    );
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getA1Notation()
  getA1Notation(): string {
    this.use('getA1Notation');
    return boundsA1(this.bounds);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getRow()
  getRow(): number {
    this.use('getRow');
    return this.bounds.top + 1;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getColumn()
  getColumn(): number {
    this.use('getColumn');
    return this.bounds.left + 1;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getNumRows()
  getNumRows(): number {
    this.use('getNumRows');
    return this.bounds.bottom - this.bounds.top + 1;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getNumColumns()
  getNumColumns(): number {
    this.use('getNumColumns');
    return this.bounds.right - this.bounds.left + 1;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getLastRow()
  getLastRow(): number {
    this.use('getLastRow');
    return this.bounds.bottom + 1;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getLastColumn()
  getLastColumn(): number {
    this.use('getLastColumn');
    return this.bounds.right + 1;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getSheet()
  getSheet(): SheetDouble {
    return new SheetDouble(this.doc, this.use('getSheet'));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getCell(Integer,Integer)
  getCell(row: number, column: number): RangeDouble {
    const state = this.use('getCell');
    const rows = this.bounds.bottom - this.bounds.top + 1;
    const cols = this.bounds.right - this.bounds.left + 1;
    if (row < 1 || column < 1 || row > rows || column > cols) this.doc.fail('The coordinates of the range are outside the dimensions of the sheet.');
    const r = this.bounds.top + Math.floor(row) - 1;
    const c = this.bounds.left + Math.floor(column) - 1;
    return new RangeDouble(this.doc, state, { top: r, left: c, bottom: r, right: c });
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#offset(Integer,Integer,Integer,Integer)
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeDouble {
    const state = this.use('offset');
    const nr = numRows ?? this.bounds.bottom - this.bounds.top + 1;
    const nc = numColumns ?? this.bounds.right - this.bounds.left + 1;
    return new RangeDouble(this.doc, state, checkedBounds(this.doc, state, this.bounds.top + 1 + rowOffset, this.bounds.left + 1 + columnOffset, nr, nc));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getMergedRanges()
  getMergedRanges(): RangeDouble[] {
    const state = this.use('getMergedRanges');
    const b = this.bounds;
    const hits = state.merges.filter((m) => m.top <= b.bottom && m.bottom >= b.top && m.left <= b.right && m.right >= b.left);
    return this.doc.list(hits.map((m) => new RangeDouble(this.doc, state, { ...m })));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#isPartOfMerge()
  isPartOfMerge(): boolean {
    const state = this.use('isPartOfMerge');
    const b = this.bounds;
    return state.merges.some((m) => m.top <= b.bottom && m.bottom >= b.top && m.left <= b.right && m.right >= b.left);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#merge()
  merge(): RangeDouble {
    const state = this.edit('merge');
    const b = this.bounds;
    const overlapping = state.merges.filter((m) => m.top <= b.bottom && m.bottom >= b.top && m.left <= b.right && m.right >= b.left);
    state.merges = state.merges.filter((m) => !overlapping.includes(m));
    state.merges.push({ ...b });
    // Sheets keeps only the top-left value of a merge.
    this.each(state, (r, c) => {
      if (r !== b.top || c !== b.left) {
        this.doc.write(state, r, c, (s) => {
          s.v = null;
          delete s.f;
        });
      }
    });
    this.doc.indexMerges(state);
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#breakApart()
  breakApart(): RangeDouble {
    const state = this.edit('breakApart');
    const b = this.bounds;
    state.merges = state.merges.filter((m) => !(m.top <= b.bottom && m.bottom >= b.top && m.left <= b.right && m.right >= b.left));
    this.doc.indexMerges(state);
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#activate()
  activate(): RangeDouble {
    const state = this.use('activate');
    this.doc.select(state, [this.bounds]);
    return this;
  }

  /** Changes a cell's format (a merged-away cell keeps its own format too). */
  private setFormat(state: SheetState, r: number, c: number, change: (s: Stored) => void): void {
    const s = this.doc.cellAt(state, r, c) ?? { v: null };
    change(s);
    put(state.rows, r, c, isEmptyStored(s) ? undefined : s);
  }
}

function formulaOf(state: SheetState, s: Stored | undefined, r: number, c: number): string {
  if (!s || s.f === undefined || state.mergedAway.has(r * COLS + c)) return '';
  return `=${s.f}`;
}

// ---------------------------------------------------------------------------------------------
// RangeList
// ---------------------------------------------------------------------------------------------

/** https://developers.google.com/apps-script/reference/spreadsheet/range-list */
export class RangeListDouble {
  constructor(
    private readonly doc: DoubleImpl,
    private readonly ranges: RangeDouble[],
  ) {}

  // https://developers.google.com/apps-script/reference/spreadsheet/range-list#getRanges()
  getRanges(): RangeDouble[] {
    this.doc.count('getRanges');
    return this.doc.list(this.ranges.map((r) => new RangeDouble(this.doc, r.state, r.bounds)));
  }

  /** Changes every cell of every range (a format setter of the whole list). */
  private eachCell(method: string, change: (s: Stored) => void): RangeListDouble {
    this.doc.count(method);
    for (const range of this.ranges) {
      const state = this.doc.editable(range.state);
      const b = range.bounds;
      for (let r = b.top; r <= b.bottom; r++) {
        for (let c = b.left; c <= b.right; c++) {
          const s = this.doc.cellAt(state, r, c) ?? { v: null };
          change(s);
          put(state.rows, r, c, isEmptyStored(s) ? undefined : s);
        }
      }
    }
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range-list#setBackground(String)
  setBackground(color: string | null): RangeListDouble {
    const bg = normalizeColor(color);
    return this.eachCell('setBackground', (s) => (bg ? (s.bg = bg) : delete s.bg));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range-list#setNumberFormat(String)
  setNumberFormat(format: string): RangeListDouble {
    return this.eachCell('setNumberFormat', (s) => (format ? (s.fmt = String(format)) : delete s.fmt));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range-list#setFontWeight(String)
  setFontWeight(fontWeight: string | null): RangeListDouble {
    return this.eachCell('setFontWeight', (s) => (fontWeight === 'bold' ? (s.bold = true) : delete s.bold));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range-list#activate()
  activate(): RangeListDouble {
    this.doc.count('activate');
    if (this.ranges.length) {
      const state = this.doc.live(this.ranges[0].state);
      this.doc.select(
        state,
        this.ranges.filter((r) => r.state === state).map((r) => r.bounds),
      );
    }
    return this;
  }
}

// ---------------------------------------------------------------------------------------------
// Ui, Menu
// ---------------------------------------------------------------------------------------------

/** https://developers.google.com/apps-script/reference/base/ui */
export class UiDouble {
  /** https://developers.google.com/apps-script/reference/base/button */
  readonly Button = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' });
  /** https://developers.google.com/apps-script/reference/base/button-set */
  readonly ButtonSet = Object.freeze({ OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' });

  constructor(private readonly doc: DoubleImpl) {}

  // https://developers.google.com/apps-script/reference/base/ui#createAddonMenu()
  createAddonMenu(): MenuDouble {
    return new MenuDouble(this.doc, null);
  }

  // https://developers.google.com/apps-script/reference/base/ui#createMenu(String)
  createMenu(caption: string): MenuDouble {
    return new MenuDouble(this.doc, String(caption));
  }

  // https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object)
  showSidebar(userInterface: HtmlOutputDouble): void {
    const html = own(this.doc, userInterface, HtmlOutputDouble, 'Ui.showSidebar');
    this.doc.ui.sidebars.push({ title: html.getTitle(), content: html.getContent() });
  }

  // https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String)
  showModalDialog(userInterface: HtmlOutputDouble, title: string): void {
    const html = own(this.doc, userInterface, HtmlOutputDouble, 'Ui.showModalDialog');
    this.doc.ui.dialogs.push({ title: String(title), content: html.getContent() });
  }

  // https://developers.google.com/apps-script/reference/base/ui#showModelessDialog(Object,String)
  showModelessDialog(userInterface: HtmlOutputDouble, title: string): void {
    const html = own(this.doc, userInterface, HtmlOutputDouble, 'Ui.showModelessDialog');
    this.doc.ui.dialogs.push({ title: String(title), content: html.getContent() });
  }

  /**
   * https://developers.google.com/apps-script/reference/base/ui#alert(String)
   * Also alert(prompt, buttons) and alert(title, prompt, buttons); recorded as 'title: prompt' or
   * prompt, and answered with the button set's first button (OK or YES).
   */
  alert(...args: string[]): string {
    const [title, prompt, buttons] = args.length >= 3 ? args : [undefined, args[0], args[1]];
    this.doc.ui.alerts.push(title ? `${title}: ${prompt}` : String(prompt));
    return buttons === 'YES_NO' || buttons === 'YES_NO_CANCEL' ? 'YES' : 'OK';
  }
}

/** https://developers.google.com/apps-script/reference/base/menu */
export class MenuDouble {
  private readonly items: MenuItemRecord[] = [];

  constructor(
    private readonly doc: DoubleImpl,
    private readonly title: string | null,
  ) {}

  // https://developers.google.com/apps-script/reference/base/menu#addItem(String,String)
  addItem(caption: string, functionName: string): MenuDouble {
    this.items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }

  // https://developers.google.com/apps-script/reference/base/menu#addSeparator()
  addSeparator(): MenuDouble {
    this.items.push('separator');
    return this;
  }

  // https://developers.google.com/apps-script/reference/base/menu#addSubMenu(Menu)
  addSubMenu(menu: MenuDouble): MenuDouble {
    const sub = own(this.doc, menu, MenuDouble, 'Menu.addSubMenu');
    this.items.push({ caption: sub.title ?? '', functionName: '', submenu: [...sub.items] });
    return this;
  }

  /** https://developers.google.com/apps-script/reference/base/menu#addToUi() — a menu added again replaces the one of the same title. */
  addToUi(): void {
    const menus = this.doc.ui.menus;
    const i = menus.findIndex((m) => m.title === this.title);
    const record: MenuRecord = { title: this.title, items: [...this.items] };
    if (i >= 0) menus[i] = record;
    else menus.push(record);
  }
}

// ---------------------------------------------------------------------------------------------
// HtmlService
// ---------------------------------------------------------------------------------------------

/** https://developers.google.com/apps-script/reference/html/html-service */
export class HtmlServiceDouble {
  /** https://developers.google.com/apps-script/reference/html/sandbox-mode */
  readonly SandboxMode = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });
  /** https://developers.google.com/apps-script/reference/html/x-frame-options-mode */
  readonly XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });

  constructor(private readonly doc: DoubleImpl) {}

  // https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)
  createHtmlOutputFromFile(filename: string): HtmlOutputDouble {
    const file = join(this.doc.htmlDir, `${filename}.html`);
    if (!existsSync(file)) this.doc.fail(`No HTML file named ${filename} was found.`);
    return new HtmlOutputDouble(readFileSync(file, 'utf8'));
  }

  // https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutput(String)
  createHtmlOutput(html?: string): HtmlOutputDouble {
    return new HtmlOutputDouble(html === undefined ? '' : String(html));
  }
}

/** https://developers.google.com/apps-script/reference/html/html-output */
export class HtmlOutputDouble {
  private title = '';
  private width = 0;
  private height = 0;

  constructor(private content: string) {}

  // https://developers.google.com/apps-script/reference/html/html-output#setTitle(String)
  setTitle(title: string): HtmlOutputDouble {
    this.title = String(title);
    return this;
  }

  // https://developers.google.com/apps-script/reference/html/html-output#getTitle()
  getTitle(): string {
    return this.title;
  }

  // https://developers.google.com/apps-script/reference/html/html-output#setWidth(Integer)
  setWidth(width: number): HtmlOutputDouble {
    this.width = width;
    return this;
  }

  // https://developers.google.com/apps-script/reference/html/html-output#getWidth()
  getWidth(): number {
    return this.width;
  }

  // https://developers.google.com/apps-script/reference/html/html-output#setHeight(Integer)
  setHeight(height: number): HtmlOutputDouble {
    this.height = height;
    return this;
  }

  // https://developers.google.com/apps-script/reference/html/html-output#getHeight()
  getHeight(): number {
    return this.height;
  }

  // https://developers.google.com/apps-script/reference/html/html-output#append(String)
  append(addedContent: string): HtmlOutputDouble {
    this.content += String(addedContent);
    return this;
  }

  // https://developers.google.com/apps-script/reference/html/html-output#setContent(String)
  setContent(content: string): HtmlOutputDouble {
    this.content = String(content);
    return this;
  }

  // https://developers.google.com/apps-script/reference/html/html-output#getContent()
  getContent(): string {
    return this.content;
  }

  // https://developers.google.com/apps-script/reference/html/html-output#setSandboxMode(SandboxMode)
  setSandboxMode(_mode: string): HtmlOutputDouble {
    return this;
  }

  // https://developers.google.com/apps-script/reference/html/html-output#setXFrameOptionsMode(XFrameOptionsMode)
  setXFrameOptionsMode(_mode: string): HtmlOutputDouble {
    return this;
  }

  // https://developers.google.com/apps-script/reference/html/html-output#addMetaTag(String,String)
  addMetaTag(_name: string, _content: string): HtmlOutputDouble {
    return this;
  }
}

// ---------------------------------------------------------------------------------------------
// PropertiesService
// ---------------------------------------------------------------------------------------------

/** https://developers.google.com/apps-script/reference/properties/properties-service */
export class PropertiesServiceDouble {
  constructor(private readonly doc: DoubleImpl) {}

  // https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()
  getDocumentProperties(): PropertiesDouble {
    return new PropertiesDouble(this.doc, this.doc.documentProperties);
  }

  // https://developers.google.com/apps-script/reference/properties/properties-service#getScriptProperties()
  getScriptProperties(): PropertiesDouble {
    return new PropertiesDouble(this.doc, this.doc.scriptProperties);
  }

  // https://developers.google.com/apps-script/reference/properties/properties-service#getUserProperties()
  getUserProperties(): PropertiesDouble {
    return new PropertiesDouble(this.doc, this.doc.userProperties);
  }
}

function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** https://developers.google.com/apps-script/reference/properties/properties */
export class PropertiesDouble {
  constructor(
    private readonly doc: DoubleImpl,
    private readonly store: Map<string, string>,
  ) {}

  /** Quotas: https://developers.google.com/apps-script/guides/services/quotas (9 KB a value, 500 KB a store). */
  private checked(entries: [string, string][], replaceAll: boolean): void {
    for (const [, value] of entries) if (utf8Bytes(value) > PROPERTY_VALUE_LIMIT) this.doc.fail('Argument too large: value');
    const next = new Map(replaceAll ? [] : this.store);
    for (const [k, v] of entries) next.set(k, v);
    let total = 0;
    for (const [k, v] of next) total += utf8Bytes(k) + utf8Bytes(v);
    if (total > PROPERTY_STORE_LIMIT) this.doc.fail('You have exceeded the property storage quota. Please remove some properties and try again.');
  }

  // https://developers.google.com/apps-script/reference/properties/properties#getProperty(String)
  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }

  // https://developers.google.com/apps-script/reference/properties/properties#setProperty(String,String)
  setProperty(key: string, value: unknown): PropertiesDouble {
    const entry: [string, string] = [String(key), String(value)];
    this.checked([entry], false);
    this.store.set(...entry);
    return this;
  }

  // https://developers.google.com/apps-script/reference/properties/properties#setProperties(Object,Boolean)
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): PropertiesDouble {
    const entries = Object.entries(properties ?? {}).map(([k, v]): [string, string] => [k, String(v)]);
    this.checked(entries, deleteAllOthers);
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of entries) this.store.set(k, v);
    return this;
  }

  // https://developers.google.com/apps-script/reference/properties/properties#deleteProperty(String)
  deleteProperty(key: string): PropertiesDouble {
    this.store.delete(String(key));
    return this;
  }

  // https://developers.google.com/apps-script/reference/properties/properties#deleteAllProperties()
  deleteAllProperties(): PropertiesDouble {
    this.store.clear();
    return this;
  }

  // https://developers.google.com/apps-script/reference/properties/properties#getProperties()
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }

  // https://developers.google.com/apps-script/reference/properties/properties#getKeys()
  getKeys(): string[] {
    return this.doc.list([...this.store.keys()]);
  }
}

// ---------------------------------------------------------------------------------------------
// Utilities, Logger
// ---------------------------------------------------------------------------------------------

/** https://developers.google.com/apps-script/reference/utilities/utilities */
export class UtilitiesDouble {
  constructor(private readonly doc: DoubleImpl) {}

  /**
   * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
   * Java SimpleDateFormat letters y M d H h m s S E a Z, and 'quoted' text.
   */
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date)) this.doc.fail(`The parameters (${typeName(date)},String,String) don't match the method signature for Utilities.formatDate.`);
    return formatDate(dateMs(date), String(timeZone), String(format), (m) => this.doc.fail(m));
  }

  // https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)
  sleep(_milliseconds: number): void {}

  // https://developers.google.com/apps-script/reference/utilities/utilities#getUuid()
  getUuid(): string {
    return globalThis.crypto.randomUUID();
  }
}

/** https://developers.google.com/apps-script/reference/base/logger */
export class LoggerDouble {
  constructor(private readonly doc: DoubleImpl) {}

  // https://developers.google.com/apps-script/reference/base/logger#log(Object)
  // https://developers.google.com/apps-script/reference/base/logger#log(String,Object...)
  log(data: unknown, ...values: unknown[]): LoggerDouble {
    let text = typeof data === 'string' ? data : describe(data);
    if (values.length) {
      let i = 0;
      text = text.replace(/%s/g, () => (i < values.length ? describe(values[i++]) : '%s'));
    }
    this.doc.logs.push(text);
    return this;
  }

  // https://developers.google.com/apps-script/reference/base/logger#getLog()
  getLog(): string {
    return this.doc.logs.map((l) => `${l}\n`).join('');
  }

  // https://developers.google.com/apps-script/reference/base/logger#clear()
  clear(): void {
    this.doc.logs.length = 0;
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined || typeof value !== 'object') return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

// ---------------------------------------------------------------------------------------------
// Dates and time zones
// ---------------------------------------------------------------------------------------------

/** A Date of any realm (the script's Dates are not this realm's). */
function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

function dateMs(d: Date): number {
  return Date.prototype.getTime.call(d);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** 'GMT+7', 'GMT+07:00', 'UTC', 'GMT' as a fixed offset in minutes; undefined for IANA names. */
function fixedOffset(timeZone: string): number | undefined {
  if (/^(GMT|UTC|Etc\/UTC|Etc\/GMT)$/i.test(timeZone)) return 0;
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(timeZone);
  if (!m) return undefined;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** The UTC milliseconds whose UTC fields read the wall-clock time `instant` shows in `timeZone`. */
function wallClock(instant: number, timeZone: string): number {
  const fixed = fixedOffset(timeZone);
  if (fixed !== undefined) return instant + fixed * 60000;
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(instant)) parts[p.type] = p.value;
  const year = parts.era === 'BC' || parts.era === 'B' ? 1 - Number(parts.year) : Number(parts.year);
  const ms = ((instant % 1000) + 1000) % 1000;
  const wall = new Date(0);
  wall.setUTCFullYear(year, Number(parts.month) - 1, Number(parts.day));
  wall.setUTCHours(Number(parts.hour), Number(parts.minute), Number(parts.second), ms);
  return wall.getTime();
}

/** The instant at which `timeZone`'s clocks show the wall-clock time `wall` (UTC fields). */
function instantOf(wall: number, timeZone: string): number {
  let guess = wall - (wallClock(wall, timeZone) - wall);
  guess = wall - (wallClock(guess, timeZone) - guess);
  return guess;
}

function serialToInstant(serial: number, timeZone: string): number {
  return instantOf(SERIAL_EPOCH + Math.round(serial * DAY_MS), timeZone);
}

function dateToSerial(instant: number, timeZone: string): number {
  return (wallClock(instant, timeZone) - SERIAL_EPOCH) / DAY_MS;
}

function defaultDateFormat(serial: number): string {
  return Number.isInteger(serial) ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss';
}

/** A number format that shows a date and/or a time (getValues gives such cells as Dates). */
function isDateTimeFormat(fmt: string): boolean {
  if (dateFormatKind(fmt)) return true;
  if (/^general$/i.test(fmt) || fmt === '@') return false;
  const section = fmt
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  return /[hs]/i.test(section) && !/[#?]/.test(section);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function formatDate(instant: number, timeZone: string, pattern: string, fail: (message: string) => never): string {
  const w = new Date(wallClock(instant, timeZone));
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const field = (letter: string, n: number): string => {
    switch (letter) {
      case 'y':
        return n === 2 ? pad(w.getUTCFullYear() % 100, 2) : pad(w.getUTCFullYear(), n);
      case 'M':
        return n >= 4 ? MONTHS[w.getUTCMonth()] : n === 3 ? MONTHS[w.getUTCMonth()].slice(0, 3) : pad(w.getUTCMonth() + 1, n);
      case 'd':
        return pad(w.getUTCDate(), n);
      case 'H':
        return pad(w.getUTCHours(), n);
      case 'h':
        return pad(w.getUTCHours() % 12 || 12, n);
      case 'm':
        return pad(w.getUTCMinutes(), n);
      case 's':
        return pad(w.getUTCSeconds(), n);
      case 'S':
        return pad(w.getUTCMilliseconds(), n);
      case 'E':
        return n >= 4 ? DAYS[w.getUTCDay()] : DAYS[w.getUTCDay()].slice(0, 3);
      case 'a':
        return w.getUTCHours() < 12 ? 'AM' : 'PM';
      case 'Z': {
        const offset = Math.round((w.getTime() - instant) / 60000);
        const abs = Math.abs(offset);
        return `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60), 2)}${pad(abs % 60, 2)}`;
      }
      default:
        return fail(`Illegal pattern character '${letter}'`);
    }
  };
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      while (j < pattern.length) {
        if (pattern[j] === "'" && pattern[j + 1] === "'") {
          out += "'";
          j += 2;
        } else if (pattern[j] === "'") break;
        else out += pattern[j++];
      }
      i = j + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j++;
      out += field(ch, j - i);
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// A1 notation
// ---------------------------------------------------------------------------------------------


function boundsA1(b: Bounds): string {
  const first = `${columnLetters(b.left)}${b.top + 1}`;
  return b.top === b.bottom && b.left === b.right ? first : `${first}:${columnLetters(b.right)}${b.bottom + 1}`;
}

function parseCell(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m || Number(m[2]) < 1) throw new Error(`Not an A1 cell address: ${a1}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

function parseBounds(a1: string): Bounds {
  const b = parseRangeA1(a1, Infinity, Infinity);
  if (!b || !Number.isFinite(b.bottom) || !Number.isFinite(b.right)) throw new Error(`Not an A1 range: ${a1}`);
  return b;
}

/** 'A1', 'A1:C3', 'A:C', '2:5', 'A2:C' (open to the last row); null when it is none of those. */
function parseRangeA1(a1: string, maxRows: number, maxColumns: number): Bounds | null {
  const parts = a1.trim().split(':');
  if (parts.length > 2) return null;
  const refs = parts.map((p) => /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(p));
  if (refs.some((m) => !m || (!m[1] && !m[2]))) return null;
  const [a, b = a] = refs as RegExpExecArray[];
  if (parts.length === 1 && (!a[1] || !a[2])) return null;
  if (Boolean(a[1]) !== Boolean(b[1]) && !(a[1] && a[2] && b[1])) return null;
  const rowOf = (m: RegExpExecArray, last: boolean) => (m[2] ? Number(m[2]) - 1 : last ? maxRows - 1 : 0);
  const colOf = (m: RegExpExecArray, last: boolean) => (m[1] ? columnIndex(m[1]) : last ? maxColumns - 1 : 0);
  const r1 = rowOf(a, false);
  const r2 = rowOf(b, true);
  const c1 = colOf(a, false);
  const c2 = colOf(b, true);
  if (r1 < 0 || r2 < 0) return null;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

// ---------------------------------------------------------------------------------------------
// Colors
// ---------------------------------------------------------------------------------------------

const NAMED_COLORS: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  lime: '#00ff00',
  blue: '#0000ff',
  yellow: '#ffff00',
  cyan: '#00ffff',
  magenta: '#ff00ff',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
  silver: '#c0c0c0',
  purple: '#800080',
};

/** '#RGB', '#RRGGBB', a CSS color name → lowercase '#rrggbb'; null/''/'white' fill → null (no fill). */
function normalizeColor(color: string | null | undefined): string | null {
  if (color === null || color === undefined || color === '') return null;
  const text = String(color).trim().toLowerCase();
  let hex = NAMED_COLORS[text] ?? text;
  if (/^#[0-9a-f]{3}$/.test(hex)) hex = `#${hex[1]}${hex[1]}${hex[2]}${hex[2]}${hex[3]}${hex[3]}`;
  if (hex === WHITE) return null;
  return hex;
}

// ---------------------------------------------------------------------------------------------
// Reading .xlsx with exceljs
// ---------------------------------------------------------------------------------------------

/** The legacy indexed palette (SpreadsheetML indexedColors default), 0–63; 64/65 system fore/background. */
const INDEXED = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
  '000000', 'FFFFFF',
];

/** Office's default theme colors in SpreadsheetML theme order: lt1, dk1, lt2, dk2, accent1–6, hlink, folHlink. */
const DEFAULT_THEME = ['FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '0563C1', '954F72'];

function themeColors(wb: ExcelJS.Workbook): string[] {
  const xml = (wb as unknown as { _themes?: Record<string, string> })._themes?.theme1;
  const scheme = xml ? /<a:clrScheme\b[\s\S]*?<\/a:clrScheme>/.exec(xml)?.[0] : undefined;
  if (!scheme) return DEFAULT_THEME;
  const color = (tag: string): string | undefined => {
    const m = new RegExp(`<a:${tag}>([\\s\\S]*?)</a:${tag}>`).exec(scheme)?.[1];
    if (!m) return undefined;
    return /<a:srgbClr val="([0-9A-Fa-f]{6})"/.exec(m)?.[1] ?? /lastClr="([0-9A-Fa-f]{6})"/.exec(m)?.[1];
  };
  const order = ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];
  return order.map((tag, i) => color(tag) ?? DEFAULT_THEME[i]);
}

/** SpreadsheetML tint: lighten (tint > 0) or darken (tint < 0) the color's HSL luminance. */
function applyTint(hex: string, tint: number): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let h = 0;
  let s = 0;
  let l = (max + min) / 2;
  const d = max - min;
  if (d) {
    s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    h /= 6;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const hue = (p: number, q: number, t: number) => {
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  let rgb: number[];
  if (!s) rgb = [l, l, l];
  else {
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    rgb = [hue(p, q, h + 1 / 3), hue(p, q, h), hue(p, q, h - 1 / 3)];
  }
  return rgb.map((x) => Math.round(Math.min(1, Math.max(0, x)) * 255).toString(16).padStart(2, '0')).join('');
}

function excelColor(color: Partial<ExcelJS.Color> & { indexed?: number; tint?: number } | undefined, theme: string[]): string | undefined {
  if (!color) return undefined;
  let hex: string | undefined;
  if (typeof color.argb === 'string' && /^[0-9A-Fa-f]{6,8}$/.test(color.argb)) hex = color.argb.slice(-6);
  else if (typeof color.theme === 'number') hex = theme[color.theme];
  else if (typeof color.indexed === 'number') hex = INDEXED[color.indexed];
  if (!hex) return undefined;
  if (color.tint) hex = applyTint(hex, color.tint);
  return `#${hex.toLowerCase()}`;
}

function textOf(value: unknown): string {
  if (value && typeof value === 'object' && 'richText' in value) {
    return (value as { richText: { text: string }[] }).richText.map((p) => p.text).join('');
  }
  return String(value ?? '');
}

function excelDateToSerial(d: Date): number {
  return (d.getTime() - SERIAL_EPOCH) / DAY_MS;
}

/** A formula as Sheets shows an imported one: without Excel's future-function prefixes. */
function sheetsFormula(formula: string): string {
  return formula.replace(/^=/, '').replace(/_xlfn\.|_xlws\./g, '');
}

/** A stored cell from an exceljs cell; `v` undefined for a formula whose cached value exceljs lost. */
function storedFromExcel(cell: ExcelJS.Cell, theme: string[]): (Omit<Stored, 'v'> & { v?: Stored['v'] }) | undefined {
  const out: Omit<Stored, 'v'> & { v?: Stored['v'] } = { v: null };
  const value = cell.value as unknown;
  // A merged-away cell: exceljs answers with its master's value; Sheets shows it blank.
  if (cell.type !== ExcelJS.ValueType.Merge && value !== null && value !== undefined) {
    if (typeof value === 'number' || typeof value === 'boolean') out.v = value;
    else if (typeof value === 'string') out.v = value === '' ? null : value;
    else if (value instanceof Date) out.v = excelDateToSerial(value);
    else if (typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if ('formula' in o || 'sharedFormula' in o) {
        const formula = cell.formula as string | undefined;
        const result = o.result;
        const cached =
          result === undefined || result === null
            ? undefined
            : result instanceof Date
              ? excelDateToSerial(result)
              : typeof result === 'object' && 'error' in (result as object)
                ? String((result as { error: unknown }).error)
                : result === ''
                  ? null
                  : (result as number | string | boolean);
        if (formula) {
          out.f = sheetsFormula(formula);
          out.v = cached;
        } else out.v = cached ?? null;
      } else if ('error' in o) out.v = String(o.error);
      else if ('richText' in o) out.v = textOf(o) || null;
      else if ('text' in o) out.v = textOf(o.text) || null;
    }
  }
  const fmt = cell.numFmt;
  if (fmt && fmt !== 'General') out.fmt = fmt;
  if (cell.font?.bold) out.bold = true;
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (fill?.type === 'pattern' && fill.pattern === 'solid') {
    const bg = normalizeColor(excelColor(fill.fgColor, theme));
    if (bg) out.bg = bg;
  }
  if (out.v === null && out.f === undefined && out.fmt === undefined && !out.bold && out.bg === undefined) return undefined;
  return out;
}

function mergesOf(ws: ExcelJS.Worksheet): Bounds[] {
  const internal = (ws as unknown as { _merges?: Record<string, { model: Bounds }> })._merges;
  if (internal) {
    return Object.values(internal).map(({ model: m }) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
  }
  return ((ws.model as unknown as { merges?: string[] }).merges ?? []).map(parseBounds);
}

/** exceljs drops a formula's cached value when it is 0: read those cells' `<v>` from the sheet XML (src/cli/cached-values.ts). */
async function recoverCachedValues(bytes: Buffer, uncached: { sheet: SheetInit; keys: Set<string> }[]): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  const wanted = uncached.map(({ sheet, keys }) => ({ sheet: sheet.name, cells: [...keys].map((k) => k.split(':').map(Number) as [number, number]) }));
  const stored = await cachedValues(zip, wanted);
  for (const { sheet } of uncached) {
    for (const { row, col, type, v } of stored.get(sheet.name) ?? []) {
      const cell = sheet.rows[row]?.[col];
      if (!cell || v === undefined || v === '') continue;
      if (type === 'e' || type === 'str' || type === 'inlineStr') cell.v = v;
      else if (type === 'b') cell.v = v === '1';
      else if (!Number.isNaN(Number(v))) cell.v = Number(v);
    }
  }
}
