/** SpreadsheetApp, Spreadsheet, Sheet and Protection of the Sheets double (this file and range.ts import each other: see range.ts). */
import { checkedBounds, own, typeName, type SheetState, type Stored } from './cells';
import type { DoubleImpl } from './model';
import { RangeDouble, RangeListDouble } from './range';
import { UiDouble } from './services';

// ---------------------------------------------------------------------------------------------
// SpreadsheetApp
// ---------------------------------------------------------------------------------------------

/** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app */
export class SpreadsheetAppDouble {
  /** https://developers.google.com/apps-script/reference/spreadsheet/protection-type */
  readonly ProtectionType = Object.freeze({ RANGE: 'RANGE', SHEET: 'SHEET' });
  // https://developers.google.com/apps-script/reference/spreadsheet/border-style
  readonly BorderStyle = Object.freeze({ DOTTED: 'DOTTED', DASHED: 'DASHED', SOLID: 'SOLID', SOLID_MEDIUM: 'SOLID_MEDIUM', SOLID_THICK: 'SOLID_THICK', DOUBLE: 'DOUBLE' });

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
