/**
 * A test host for the part of the Excel JavaScript API the add-in uses, backed by a grid (e.g. the
 * sample workbook read by exceljs). It keeps Office.js's rules: properties must be loaded and the
 * context synced before they are read (else it throws as Office does), and it counts sync() calls.
 * Never shipped: it lives in test/.
 */
import { a1, parseA1, qualified } from '../../src/core/address';
import type { CellData, SheetGrid, WorkbookGrid } from '../../src/core/grid';

/** Excel's sheet size: a whole row is 16 384 columns, a whole column 1 048 576 rows. */
export const EXCEL_ROWS = 1048576;
export const EXCEL_COLUMNS = 16384;

/** An error as Office.js raises it at sync(): OfficeExtension.Error with a code. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A1 range as Excel writes it: whole rows as `3:4`, whole columns as `A:E`. */
function rangeAddress(top: number, left: number, rows: number, cols: number): string {
  if (left === 0 && cols === EXCEL_COLUMNS) return `${top + 1}:${top + rows}`;
  if (top === 0 && rows === EXCEL_ROWS) return `${a1(0, left).replace(/\d+$/, '')}:${a1(0, left + cols - 1).replace(/\d+$/, '')}`;
  const start = a1(top, left);
  const end = a1(top + rows - 1, left + cols - 1);
  return start === end ? start : `${start}:${end}`;
}

/** Parses `A1`, `A1:C4`, whole rows `3:4` and whole columns `A:E` (0-based box). */
function parseRange(address: string): { top: number; left: number; rows: number; cols: number } {
  const [a, b = a] = address.replace(/\$/g, '').split(':');
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return { top: +a - 1, left: 0, rows: +b - +a + 1, cols: EXCEL_COLUMNS };
  if (/^[A-Z]+$/i.test(a) && /^[A-Z]+$/i.test(b)) {
    const l = parseA1(`${a}1`).col;
    return { top: 0, left: l, rows: EXCEL_ROWS, cols: parseA1(`${b}1`).col - l + 1 };
  }
  const start = parseA1(a);
  const end = parseA1(b);
  return { top: start.row, left: start.col, rows: end.row - start.row + 1, cols: end.col - start.col + 1 };
}

class PropertyNotLoaded extends Error {
  constructor(owner: string, name: string) {
    super(`PropertyNotLoaded: ${owner}.${name} dibaca sebelum load() dan sync().`);
  }
}

class Loadable {
  private readonly loaded = new Set<string>();
  private readonly pending = new Set<string>();
  constructor(
    protected readonly ctx: FakeContext,
    private readonly kind: string,
  ) {}
  load(props?: string | string[] | Record<string, unknown>): this {
    const list = typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : props ? Object.keys(props) : ['*'];
    for (const p of list) this.pending.add(p.trim().split('/')[0]);
    this.ctx.track(this);
    return this;
  }
  commit(): void {
    for (const p of this.pending) this.loaded.add(p);
    this.pending.clear();
  }
  protected need(name: string): void {
    if (!this.loaded.has(name) && !this.loaded.has('*')) throw new PropertyNotLoaded(this.kind, name);
  }
}

class ClientResult<T> {
  private ready = false;
  constructor(
    ctx: FakeContext,
    private readonly compute: () => T,
  ) {
    ctx.track(this);
  }
  commit(): void {
    this.ready = true;
  }
  get value(): T {
    if (!this.ready) throw new Error('PropertyNotLoaded: ClientResult.value dibaca sebelum sync().');
    return this.compute();
  }
}

export interface FillState {
  color: string;
  pattern: string;
  patternColor: string;
}

const NO_FILL: FillState = { color: '#FFFFFF', pattern: 'None', patternColor: '#000000' };

/** A range's fill: loadable like Office's RangeFill; writes go to the context's fill map. */
class FakeFill extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
  ) {
    super(ctx, 'RangeFill');
  }
  private state(): FillState {
    return this.ctx.fills.get(this.key) ?? NO_FILL;
  }
  private write(patch: Partial<FillState>): void {
    this.ctx.fills.set(this.key, { ...this.state(), ...patch });
  }
  get color(): string {
    this.need('color');
    return this.state().color;
  }
  set color(v: string) {
    this.write({ color: v, pattern: this.state().pattern === 'None' ? 'Solid' : this.state().pattern });
  }
  get pattern(): string {
    this.need('pattern');
    return this.state().pattern;
  }
  set pattern(v: string) {
    this.write({ pattern: v });
  }
  get patternColor(): string {
    this.need('patternColor');
    return this.state().patternColor;
  }
  set patternColor(v: string) {
    this.write({ patternColor: v });
  }
  clear(): void {
    this.ctx.fills.delete(this.key);
  }
}

/** What the add-in set on a range's format (font, alignment, borders, width), by range. */
export type FormatRecord = Record<string, unknown>;

/** A range's format: bold goes into the cells (the checker reads it); the rest is recorded for tests. */
class FakeRangeFormat {
  readonly fill: FakeFill;
  readonly font: { bold: boolean; italic: boolean; size: number };
  readonly borders: { getItem(edge: string): { style: string; weight: string; color: string } };
  constructor(private readonly range: FakeRange) {
    const ctx = range.ctxRef;
    const record = (patch: FormatRecord) => ctx.formats.set(range.key, { ...ctx.formats.get(range.key), ...patch });
    this.fill = new FakeFill(ctx, range.key);
    this.font = {
      get bold() {
        return false;
      },
      set bold(v: boolean) {
        range.eachCell((cell) => {
          if (v) cell.bold = true;
          else delete cell.bold;
        });
        record({ bold: v });
      },
      get italic() {
        return false;
      },
      set italic(v: boolean) {
        record({ italic: v });
      },
      get size() {
        return 11;
      },
      set size(v: number) {
        record({ size: v });
      },
    };
    this.borders = {
      getItem: (edge: string) => {
        const border = { style: 'None', weight: 'Thin', color: '#000000' };
        return new Proxy(border, {
          set: (target, prop: string, value) => {
            (target as Record<string, unknown>)[prop] = value;
            const borders = (ctx.formats.get(range.key)?.borders as Record<string, unknown>) ?? {};
            record({ borders: { ...borders, [edge]: { ...target } } });
            return true;
          },
        });
      },
    };
    this.record = record;
  }
  private readonly record: (patch: FormatRecord) => void;
  set wrapText(v: boolean) {
    this.record({ wrapText: v });
  }
  set horizontalAlignment(v: string) {
    this.record({ horizontalAlignment: v });
  }
  set verticalAlignment(v: string) {
    this.record({ verticalAlignment: v });
  }
  set columnWidth(v: number) {
    this.record({ columnWidth: v });
  }
  autofitColumns(): void {
    this.record({ autofit: true });
  }
}

export class FakeRange extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly sheet: SheetGrid,
    readonly top: number,
    readonly left: number,
    readonly rows: number,
    readonly cols: number,
    private readonly nullObject = false,
  ) {
    super(ctx, 'Range');
  }
  get ctxRef(): FakeContext {
    return this.ctx;
  }
  private cell(r: number, c: number): CellData | undefined {
    return this.sheet.rows[this.top + r]?.[this.left + c];
  }
  private matrix<T>(f: (cell: CellData | undefined) => T): T[][] {
    return Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.cols }, (_, c) => f(this.cell(r, c))));
  }
  get isNullObject(): boolean {
    this.need('isNullObject');
    return this.nullObject;
  }
  get address(): string {
    this.need('address');
    return qualified(this.sheet.name, rangeAddress(this.top, this.left, this.rows, this.cols));
  }
  /** The range's worksheet (its name is loaded with `range.worksheet.load('name')`). */
  get worksheet(): FakeWorksheet {
    return this.ctx.workbook.worksheets.getItem(this.sheet.name);
  }
  get rowCount(): number {
    this.need('rowCount');
    return this.rows;
  }
  get columnCount(): number {
    this.need('columnCount');
    return this.cols;
  }
  get values(): (string | number | boolean)[][] {
    this.need('values');
    return this.matrix((c) => (!c ? '' : c.err ? c.err : c.v === null ? '' : c.v));
  }
  get formulas(): (string | number | boolean)[][] {
    this.need('formulas');
    return this.matrix((c) => (!c ? '' : c.f ? `=${c.f}` : c.err ? c.err : c.v === null ? '' : c.v));
  }
  get numberFormat(): string[][] {
    this.need('numberFormat');
    return this.matrix((c) => c?.fmt ?? 'General');
  }
  get valueTypes(): string[][] {
    this.need('valueTypes');
    return this.matrix((c) =>
      !c || (c.v === null && !c.err) ? 'Empty' : c.err ? 'Error' : typeof c.v === 'number' ? (Number.isInteger(c.v) ? 'Integer' : 'Double') : typeof c.v === 'boolean' ? 'Boolean' : 'String',
    );
  }
  getCellProperties(): ClientResult<{ format: { font: { bold: boolean }; indentLevel: number } }[][]> {
    return new ClientResult(this.ctx, () => this.matrix((c) => ({ format: { font: { bold: !!c?.bold }, indentLevel: c?.indent ?? 0 } })));
  }
  /** Address without the sheet, e.g. H108 or A1:H9. */
  private localAddress(): string {
    return rangeAddress(this.top, this.left, this.rows, this.cols);
  }
  select(): void {
    this.ctx.selection = qualified(this.sheet.name, this.localAddress());
  }
  private formatObject?: FakeRangeFormat;
  /** The same object on every access, as Office.js's navigation properties. */
  get format(): FakeRangeFormat {
    this.formatObject ??= new FakeRangeFormat(this);
    return this.formatObject;
  }
  /** Every cell of the range, created when missing (formats land on empty cells too). */
  eachCell(f: (cell: CellData) => void): void {
    for (let r = 0; r < this.rows; r++) {
      const row = (this.sheet.rows[this.top + r] ??= []);
      for (let c = 0; c < this.cols; c++) f((row[this.left + c] ??= { v: null }));
    }
  }
  /** The range's key in the context's format records: `Sheet!A1:C3`. */
  get key(): string {
    return `${this.sheet.name}!${this.localAddress()}`;
  }
  merge(across = false): void {
    if (across) for (let r = 0; r < this.rows; r++) this.sheet.merges.push({ top: this.top + r, left: this.left, bottom: this.top + r, right: this.left + this.cols - 1 });
    else this.sheet.merges.push({ top: this.top, left: this.left, bottom: this.top + this.rows - 1, right: this.left + this.cols - 1 });
  }
  set numberFormat(rows: string[][]) {
    rows.forEach((line, r) =>
      line.forEach((fmt, c) => {
        const row = (this.sheet.rows[this.top + r] ??= []);
        const existing = row[this.left + c];
        if (fmt === 'General') {
          if (!existing) return;
          delete existing.fmt;
          // An empty cell in General format is no cell at all, as Excel shows it.
          if (existing.v === null && !existing.f && !existing.err) row[this.left + c] = undefined;
          return;
        }
        const cell = (row[this.left + c] ??= { v: null });
        cell.fmt = fmt;
      }),
    );
  }
  set formulas(rows: (string | number | boolean)[][]) {
    rows.forEach((line, r) =>
      line.forEach((v, c) => {
        const row = (this.sheet.rows[this.top + r] ??= []);
        const keep = row[this.left + c];
        // Content changes; the format (and bold, indent) stay, as in Excel.
        const style = keep ? { fmt: keep.fmt, bold: keep.bold, indent: keep.indent } : {};
        const content: CellData = typeof v === 'string' && v.startsWith('=') ? { v: this.ctx.evaluate(this.sheet, v.slice(1)), f: v.slice(1) } : v === '' ? { v: null } : { v };
        const cell: CellData = { ...content };
        for (const [k, val] of Object.entries(style)) if (val !== undefined) (cell as unknown as Record<string, unknown>)[k] = val;
        row[this.left + c] = cell.v === null && !cell.f && !cell.fmt ? undefined : cell;
      }),
    );
    this.sheet.rowCount = Math.max(this.sheet.rowCount, this.top + rows.length);
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    const inside = this.sheet.merges.filter(
      (m) => m.top >= this.top && m.left >= this.left && m.bottom < this.top + this.rows && m.right < this.left + this.cols,
    );
    return new FakeRangeAreas(
      this.ctx,
      inside.map((m) => qualified(this.sheet.name, `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`)),
    );
  }
}

export class FakeRangeAreas extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly addresses: string[],
  ) {
    super(ctx, 'RangeAreas');
  }
  get isNullObject(): boolean {
    this.need('isNullObject');
    return this.addresses.length === 0;
  }
  get areas(): { items: { address: string }[] } {
    this.need('areas');
    return { items: this.addresses.map((address) => ({ address })) };
  }
}

class FakeProtection extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheetName: string,
  ) {
    super(ctx, 'WorksheetProtection');
  }
  get protected(): boolean {
    this.need('protected');
    return this.ctx.protectedSheets.has(this.sheetName);
  }
}

export class FakeWorksheet extends Loadable {
  readonly protection: FakeProtection;
  /** Rows frozen by freezePanes.freezeRows. */
  frozenRows = 0;
  readonly freezePanes = { freezeRows: (n: number) => void (this.frozenRows = n) };
  /** Print setup as the add-in set it (ExcelApi 1.9 PageLayout). */
  readonly pageLayout: { orientation?: string; paperSize?: string; zoom?: unknown; printTitleRows?: string; setPrintTitleRows(rows: string): void } = {
    setPrintTitleRows(rows: string) {
      this.printTitleRows = rows;
    },
  };
  constructor(
    ctx: FakeContext,
    readonly sheet: SheetGrid,
    private readonly nullObject = false,
  ) {
    super(ctx, 'Worksheet');
    this.protection = new FakeProtection(ctx, sheet.name);
  }
  get name(): string {
    return this.sheet.name;
  }
  get isNullObject(): boolean {
    this.need('isNullObject');
    return this.nullObject;
  }
  activate(): void {
    this.ctx.activeSheet = this.sheet.name;
  }
  delete(): void {
    this.ctx.workbook.worksheets.remove(this.sheet.name);
  }
  getRange(address: string): FakeRange {
    const { top, left, rows, cols } = parseRange(address);
    return new FakeRange(this.ctx, this.sheet, top, left, rows, cols);
  }
  getRanges(addresses: string): { select(): void } {
    return { select: () => (this.ctx.selection = addresses.split(',').map((x) => qualified(this.sheet.name, x)).join(',')) };
  }
  getUsedRangeOrNullObject(): FakeRange {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    this.sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell) return;
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }),
    );
    if (bottom < 0) return new FakeRange(this.ctx, this.sheet, 0, 0, 1, 1, true);
    return new FakeRange(this.ctx, this.sheet, top, left, bottom - top + 1, right - left + 1);
  }
  getRangeByIndexes(top: number, left: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, this.sheet, top, left, rows, cols);
  }
}

class FakeWorksheets extends Loadable {
  private sheets: FakeWorksheet[];
  constructor(ctx: FakeContext, grid: WorkbookGrid) {
    super(ctx, 'WorksheetCollection');
    this.sheets = grid.sheets.map((s) => new FakeWorksheet(ctx, s));
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return this.sheets.find((s) => s.name === name) ?? new FakeWorksheet(this.ctx, { name, rows: [], merges: [], rowCount: 0, colCount: 0 }, true);
  }
  add(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx, { name, rows: [], merges: [], rowCount: 0, colCount: 0 });
    this.sheets.push(ws);
    return ws;
  }
  remove(name: string): void {
    this.sheets = this.sheets.filter((s) => s.name !== name);
  }
  get items(): FakeWorksheet[] {
    this.need('items');
    return this.sheets;
  }
  names(): string[] {
    return this.sheets.map((s) => s.name);
  }
  getItem(name: string): FakeWorksheet {
    const ws = this.sheets.find((s) => s.name === name);
    if (!ws) throw new Error(`ItemNotFound: lembar "${name}" tidak ada.`);
    return ws;
  }
}

export class FakeContext {
  syncCount = 0;
  /** What the add-in did to the workbook, for tests to inspect. */
  selection?: string;
  activeSheet?: string;
  readonly fills = new Map<string, FillState>();
  readonly formats = new Map<string, FormatRecord>();
  readonly protectedSheets = new Set<string>();
  private tracked: { commit(): void }[] = [];
  /** An error the next sync() raises, as Office.js reports a bad request at sync time. */
  private failure?: Error;
  readonly workbook: { worksheets: FakeWorksheets; getSelectedRange(): FakeRange };
  screenSuspensions = 0;
  readonly application = { suspendScreenUpdatingUntilNextSync: () => void this.screenSuspensions++ };
  constructor(grid: WorkbookGrid) {
    const worksheets = new FakeWorksheets(this, grid);
    this.workbook = { worksheets, getSelectedRange: () => this.selectedRange() };
  }
  /**
   * The selection as a range (`selection` is what the add-in or the test selected: `'Sheet'!A3:E4`,
   * whole rows `'Sheet'!3:4`, several areas joined by commas). Several areas: Excel's
   * getSelectedRange() fails at sync with InvalidSelection; no selection yet: A1 of the first sheet.
   */
  private selectedRange(): FakeRange {
    const first = this.workbook.worksheets.getItem(this.activeSheet ?? this.workbook.worksheets.names()[0]);
    if (!this.selection) return first.getRange('A1');
    if (this.selection.includes(',')) {
      this.failure = new FakeOfficeError('InvalidSelection', 'The current selection is invalid for this operation.');
      return first.getRange('A1');
    }
    const bang = this.selection.lastIndexOf('!');
    const raw = this.selection.slice(0, bang);
    const name = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    return this.workbook.worksheets.getItem(name).getRange(this.selection.slice(bang + 1));
  }
  /** Selects a range as the planner would in Excel (the test's hand). */
  select(sheet: string, address: string): void {
    this.selection = address
      .split(',')
      .map((a) => qualified(sheet, a.trim()))
      .join(',');
    this.activeSheet = sheet;
  }
  /**
   * Formula results for what the add-in writes: the test host evaluates the forms a fill plan uses
   * (SUM of cells, IFERROR of arithmetic over cells, a plain reference) — enough to check a filled
   * workbook again; anything else stays without a value.
   */
  evaluate(sheet: SheetGrid, formula: string): number | null {
    const value = (ref: string) => {
      const { row, col } = parseA1(ref);
      const v = sheet.rows[row]?.[col]?.v;
      return typeof v === 'number' ? v : 0;
    };
    const sum = /^SUM\(([A-Z0-9,:$]+)\)$/.exec(formula);
    if (sum) {
      return sum[1].split(',').reduce((s, arg) => {
        const [from, to = from] = arg.replace(/\$/g, '').split(':');
        const a = parseA1(from);
        const b = parseA1(to);
        for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) s += value(a1(r, c));
        return s;
      }, 0);
    }
    const inner = /^IFERROR\((.*),""\)$/.exec(formula)?.[1] ?? formula;
    if (!/^[A-Z0-9+\-*/().^ ]+$/.test(inner)) return null;
    try {
      const js = inner.replace(/\^/g, '**').replace(/\b([A-Z]{1,3}\d+)\b/g, (_, r: string) => String(value(r)));
      const result = Function(`"use strict"; return (${js});`)() as number;
      return Number.isFinite(result) ? result : null;
    } catch {
      return null;
    }
  }
  /** The next sync() fails with `error`, as Office.js reports a request Excel refused. */
  failNextSync(error: Error): void {
    this.failure = error;
  }
  track(x: { commit(): void }): void {
    this.tracked.push(x);
  }
  async sync(): Promise<void> {
    this.syncCount++;
    if (this.failure) {
      const failure = this.failure;
      this.failure = undefined;
      this.tracked = [];
      throw failure;
    }
    for (const x of this.tracked) x.commit();
    this.tracked = [];
  }
}
