/**
 * A test host for the part of the Excel JavaScript API the add-in uses, backed by a grid (e.g. the
 * sample workbook read by exceljs). It keeps Office.js's rules: properties must be loaded and the
 * context synced before they are read (else it throws as Office does), and it counts sync() calls.
 * Never shipped: it lives in test/.
 */
import { a1, qualified } from '../../src/core/address';
import type { CellData, SheetGrid, WorkbookGrid } from '../../src/core/grid';

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
    const end = a1(this.top + this.rows - 1, this.left + this.cols - 1);
    const start = a1(this.top, this.left);
    return qualified(this.sheet.name, start === end ? start : `${start}:${end}`);
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

export class FakeWorksheet {
  constructor(
    private readonly ctx: FakeContext,
    readonly sheet: SheetGrid,
  ) {}
  get name(): string {
    return this.sheet.name;
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
  private readonly sheets: FakeWorksheet[];
  constructor(ctx: FakeContext, grid: WorkbookGrid) {
    super(ctx, 'WorksheetCollection');
    this.sheets = grid.sheets.map((s) => new FakeWorksheet(ctx, s));
  }
  get items(): FakeWorksheet[] {
    this.need('items');
    return this.sheets;
  }
  getItem(name: string): FakeWorksheet {
    const ws = this.sheets.find((s) => s.name === name);
    if (!ws) throw new Error(`ItemNotFound: lembar "${name}" tidak ada.`);
    return ws;
  }
}

export class FakeContext {
  syncCount = 0;
  private tracked: { commit(): void }[] = [];
  readonly workbook: { worksheets: FakeWorksheets };
  constructor(grid: WorkbookGrid) {
    this.workbook = { worksheets: new FakeWorksheets(this, grid) };
  }
  track(x: { commit(): void }): void {
    this.tracked.push(x);
  }
  async sync(): Promise<void> {
    this.syncCount++;
    for (const x of this.tracked) x.commit();
    this.tracked = [];
  }
}
