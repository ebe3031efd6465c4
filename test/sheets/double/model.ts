/**
 * The Sheets double's public types and its document: the sheets and their cells, the selection, the
 * recorded UI, the property stores, the logs and the count of service calls (DoubleImpl).
 */
import { resolve } from 'path';
import * as vm from 'vm';
import {
  AUTOMATIC_FORMAT,
  boundsA1,
  type Bounds,
  COLS,
  hasContent,
  isEmptyStored,
  normalizeColor,
  parseBounds,
  parseCell,
  parseRangeA1,
  put,
  type SheetInit,
  type SheetState,
  type Stored,
  WHITE,
} from './cells';
import { dateMs, dateToSerial, defaultDateFormat, isDate, isDateTimeFormat, serialToInstant } from './dates';
import { SpreadsheetAppDouble } from './sheet';
import { HtmlServiceDouble, LoggerDouble, PropertiesServiceDouble, UtilitiesDouble } from './services';

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
const DEFAULT_HTML_DIR = resolve(__dirname, '..', '..', '..', 'dist', 'sheets');
const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

export class DoubleImpl {
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
