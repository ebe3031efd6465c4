/**
 * Range and RangeList of the Sheets double. A Range hands out its Sheet (getSheet) and a Sheet its
 * Ranges, so this file and sheet.ts import each other; both use the other's classes only inside
 * methods, which CommonJS resolves at call time.
 */
import {
  AUTOMATIC_FORMAT,
  boundsA1,
  type Bounds,
  checkedBounds,
  COLS,
  isEmptyStored,
  normalizeColor,
  put,
  type SheetState,
  type Stored,
  typeName,
  WHITE,
} from './cells';
import type { DoubleImpl } from './model';
import { SheetDouble } from './sheet';

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

  /**
   * Formats the double accepts but does not keep, as on a Range: font style and size, wrap,
   * alignment, border. Each counts as one call over the whole list.
   */
  private accept(method: string): RangeListDouble {
    this.doc.count(method);
    for (const range of this.ranges) this.doc.editable(range.state);
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range-list#setFontStyle(String)
  setFontStyle(_fontStyle: string | null): RangeListDouble {
    return this.accept('setFontStyle');
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range-list#setFontSize(Integer)
  setFontSize(_size: number): RangeListDouble {
    return this.accept('setFontSize');
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range-list#setWrap(Boolean)
  setWrap(_isWrapEnabled: boolean): RangeListDouble {
    return this.accept('setWrap');
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range-list#setHorizontalAlignment(String)
  setHorizontalAlignment(_alignment: string | null): RangeListDouble {
    return this.accept('setHorizontalAlignment');
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range-list#setVerticalAlignment(String)
  setVerticalAlignment(_alignment: string | null): RangeListDouble {
    return this.accept('setVerticalAlignment');
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range-list#setBorder(Boolean,Boolean,Boolean,Boolean,Boolean,Boolean,String,BorderStyle)
  setBorder(..._args: unknown[]): RangeListDouble {
    return this.accept('setBorder');
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
