/**
 * The fill plan: every computed cell the recognised tables imply — ratios, growth, parent pagu,
 * Jumlah rows, end-of-period columns — with the formula to write and the value the core computes
 * for it. A cell is filled when it is empty or holds a formula, or a typed value equal to the
 * computed one; a typed value that differs is a conflict, left alone unless the planner says so;
 * a cell already holding the formula (see same-formula.ts) needs nothing.
 *
 * Formulas are in the form OOXML files and Office.js `formulas` take: English function names, comma
 * separators, no leading "=" (only `formulasLocal` is localised).
 */
import { a1, rangeA1, realColumn } from '../address';
import { isEmptyCell, type CellData } from '../grid';
import { attempt, cagr, meanGrowth } from '../formulas/growth';
import { sameAmount, shownMatches } from '../formulas/rounding';
import { endOfPeriodColumns, jointPagu, totalsWithItems, type Entity, type TableModel } from '../model';
import { readCellNumber, SCALE_WORD } from '../number';
import { formatFindingValue } from '../report';
import { growthCells, growthProblem } from '../rules/growth-rata-rata';
import { ratioCells, type RatioSpec } from '../rules/ratio-common';
import { ratioSpecFor } from '../rules/ratio-specs';
import { countCell, rekapShape } from '../recognize/rekap';
import { sameFormula } from './same-formula';

export type FillMode = 'portabel' | 'fungsi';
export type FillKind = 'rasio' | 'pertumbuhan' | 'pagu-induk' | 'jumlah' | 'jumlah-rekap' | 'akhir-pagu' | 'akhir-target';
/** isi: to write; sama: holds this formula already (nothing to change); konflik: a typed value that differs; terhalang: cannot be filled. */
export type FillStatus = 'isi' | 'sama' | 'konflik' | 'terhalang';

/** What each kind of filled cell is called, for the CLI and the pane. */
export const FILL_KIND_LABEL: Record<FillKind, string> = {
  rasio: 'rasio',
  pertumbuhan: 'rata-rata pertumbuhan',
  'pagu-induk': 'pagu induk',
  jumlah: 'baris jumlah',
  'jumlah-rekap': 'jumlah rekapitulasi (baris/kolom Jumlah)',
  'akhir-pagu': 'pagu akhir periode',
  'akhir-target': 'target akhir periode',
};

export interface FillCell {
  sheet: string;
  /** The table it belongs to, as a planner reads it: "program-pendanaan A4:O108". */
  table: string;
  /** A1 address. */
  cell: string;
  row: number;
  col: number;
  kind: FillKind;
  /** Formula without "=", English names and comma separators. */
  formula: string;
  /** What the formula computes, by the core's arithmetic. */
  value: number;
  /** What the cell holds now (for conflicts and undo). */
  current: CellData | undefined;
  status: FillStatus;
  /** Bahasa Indonesia: why a cell is a conflict or cannot be filled. */
  reason?: string;
}

export interface FillPlan {
  mode: FillMode;
  cells: FillCell[];
}

export interface FillOptions {
  /** Conflicts will be overwritten: later cells must then compute from their new values. */
  overwriteConflicts?: boolean;
}

/**
 * The values the workbook will hold once the plan is written: cells planned so far override what
 * the sheet holds, so a ratio over a Jumlah that is about to change uses the Jumlah's new value.
 * Amounts are the model's (rupiah: a column headed "(Rp juta)" scaled), as `model.num` gives them.
 */
class Planned {
  private readonly values = new Map<string, number>();
  constructor(private readonly overwrite: boolean) {}
  key(model: TableModel, row: number, col: number): string {
    return `${model.table.sheet}!${row}:${col}`;
  }
  record(model: TableModel, c: FillCell, amount: number): void {
    if (c.status === 'isi' || c.status === 'sama' || (c.status === 'konflik' && this.overwrite)) this.values.set(this.key(model, c.row, c.col), amount);
  }
  num(model: TableModel, row: number, col: number): number {
    const v = this.values.get(this.key(model, row, col));
    return v !== undefined ? v : model.num(row, col);
  }
  /** A count as a rekap table reads it: blank and `-` are 0; NaN for text or an error. */
  count(model: TableModel, row: number, col: number): number {
    const v = this.values.get(this.key(model, row, col));
    if (v !== undefined) return v;
    const k = countCell(model.sheet.rows[row]?.[col]);
    return k.kind === 'number' ? k.value : k.kind === 'blank' ? 0 : NaN;
  }
}

const ref = (row: number, col: number) => a1(row, col);

/** Whether a typed value equals the computed one as shown (ratios: rounded or truncated). */
function sameAsShown(current: CellData, value: number, kind: FillKind): boolean {
  const r = readCellNumber(current);
  if (!r) return kind === 'jumlah-rekap' && value === 0 && countCell(current).kind === 'number';
  if (kind === 'rasio' || kind === 'pertumbuhan' || kind === 'akhir-target') {
    return shownMatches(r.shown, r.percent ? value * 100 : value, r.decimals) !== null;
  }
  return sameAmount(r.value, value);
}

function status(model: TableModel, row: number, col: number, value: number, kind: FillKind, formula: string): Pick<FillCell, 'status' | 'reason' | 'current'> {
  const current = model.sheet.rows[row]?.[col];
  if (current?.f && sameFormula(current.f, formula)) return { status: 'sama', current };
  if (!current || isEmptyCell(current) || current.f) return { status: 'isi', current };
  if (sameAsShown(current, value, kind)) return { status: 'isi', current };
  const shown = typeof current.v === 'string' ? `"${current.v}"` : typeof current.v === 'number' ? formatFindingValue(current.v) : String(current.v);
  return { status: 'konflik', current, reason: `Sel berisi nilai ketikan ${shown}, hasil hitungnya ${formatFindingValue(value)}; dibiarkan kecuali Anda memilih menimpa konflik.` };
}

interface Ctx {
  out: FillCell[];
  planned: Planned;
  mode: FillMode;
}

/**
 * Plans one cell. `amount` is in the model's units (rupiah for money); the cell's value is in the
 * unit its column is written in ("(Rp juta)": amount ÷ 1e6), which is what its formula computes.
 */
function add(ctx: Ctx, model: TableModel, row: number, col: number, kind: FillKind, formula: string, amount: number, blockedBy?: string): void {
  const t = model.table;
  const table = `${t.kind} ${rangeA1(t.top, t.left, t.bottom, t.right)}`;
  const scale = model.scale(col);
  const value = scale === 1 ? amount : amount / scale;
  const base = { sheet: t.sheet, table, cell: ref(row, col), row, col, kind, formula, value };
  const cell: FillCell = blockedBy
    ? { ...base, current: model.sheet.rows[row]?.[col], status: 'terhalang', reason: blockedBy }
    : { ...base, ...status(model, row, col, value, kind, formula) };
  ctx.out.push(cell);
  ctx.planned.record(model, cell, amount);
}

const scaleName = (f: number): string => (f === 1 ? 'rupiah penuh' : (SCALE_WORD[f] ?? `×${f}`));

/**
 * Cells whose columns are written in different scales ("(Rp juta)" beside "(Rp)"): a formula over
 * them as they stand would mix units, so the cell is left for the planner with the reason.
 */
function blockedByScale(model: TableModel, cells: { row: number; col: number }[], target?: number): string | undefined {
  const all = target === undefined ? cells : [...cells, { row: -1, col: target }];
  const scales = [...new Set(all.map((c) => model.scale(c.col)))];
  if (scales.length < 2) return undefined;
  const refs = cells.map((c) => ref(c.row, c.col));
  const list = target !== undefined ? `${refs.join(', ')} dan sel ini` : refs.length === 2 ? refs.join(' dan ') : refs.join(', ');
  return `${list} berada di kolom dengan skala berbeda (${scales.map(scaleName).join(', ')} — menurut judulnya); rumus atas sel-sel itu akan mencampur satuan. Samakan skalanya, lalu isi lagi.`;
}

/** Cells holding numbers as text: Excel's SUM skips them, so a SUM over them would be wrong. */
function textNumbers(model: TableModel, cells: { row: number; col: number }[]): string[] {
  return cells.filter((c) => readCellNumber(model.sheet.rows[c.row]?.[c.col], model.numberStyle)?.fromText).map((c) => ref(c.row, c.col));
}

function blockedByText(texts: string[]): string | undefined {
  return texts.length
    ? `${texts.join(', ')} berisi angka yang diketik sebagai teks; SUM Excel melewatkannya sehingga hasilnya salah. Ketik ulang sebagai angka, lalu isi lagi.`
    : undefined;
}

function ratioPlan(ctx: Ctx, model: TableModel, spec: RatioSpec): void {
  const isCapaian = model.table.kind === 'pencapaian-kinerja';
  const mode = ctx.mode;
  for (const found of ratioCells(model, spec)) {
    // The inputs as they will be once earlier cells of the plan are written (a Jumlah, say).
    const nv = ctx.planned.num(model, found.numerator.row, found.numerator.col);
    const dv = ctx.planned.num(model, found.denominator.row, found.denominator.col);
    let exacts: number[] = [];
    try {
      exacts = spec.exacts(nv, dv, found.polarity);
    } catch {
      continue;
    }
    const cell = { ...found, exacts };
    if (cell.exacts.length === 0) continue;
    const n = ref(cell.numerator.row, cell.numerator.col);
    const d = ref(cell.denominator.row, cell.denominator.col);
    // A percentage column ((%) in its header, a % format, or percentages typed in it).
    const current = readCellNumber(model.sheet.rows[cell.row]?.[cell.col], model.numberStyle);
    const columnPercent = !!model.table.columns.find((c) => c.col === cell.col)?.percent;
    const typedPercent = !!current && !current.percent && Math.abs(current.shown) > 5 && Math.abs(cell.exacts[0]) < 5;
    const percent = columnPercent || typedPercent;
    const negative = cell.polarity === 'negatif';
    const portable = negative ? `2-${n}/${d}` : `${n}/${d}`;
    const fn = isCapaian
      ? `RENSTRA.${percent ? 'PERSEN_CAPAIAN' : 'RASIO_CAPAIAN'}(${n},${d}${negative ? ',"negatif"' : ''})`
      : `RENSTRA.RASIO_REALISASI(${n},${d})${percent ? '*100' : ''}`;
    const formula = mode === 'fungsi' ? fn : `IFERROR(${percent ? `(${portable})*100` : portable},"")`;
    add(ctx, model, cell.row, cell.col, 'rasio', formula, percent ? cell.exacts[0] * 100 : cell.exacts[0], blockedByScale(model, [cell.numerator, cell.denominator]));
  }
}

function contiguous(cells: { row: number; col: number }[]): boolean {
  return cells.every((c, i) => i === 0 || (c.row === cells[0].row && c.col === cells[i - 1].col + 1));
}

/**
 * The portable formula of a mean growth over cells at year `positions`: a step over one year is
 * (b−a)/a, a step over k years (blanks between) its per-year rate (b/a)^(1/k)−1 counted k times,
 * all over the years spanned — the core's `meanGrowth`, term for term.
 */
export function meanGrowthFormula(refs: string[], positions: number[]): string {
  const terms = refs.slice(1).map((r, i) => {
    const k = positions[i + 1] - positions[i];
    return k === 1 ? `(${r}-${refs[i]})/${refs[i]}` : `((${r}/${refs[i]})^(1/${k})-1)*${k}`;
  });
  return `(${terms.join('+')})/${positions[positions.length - 1] - positions[0]}`;
}

/** The portable CAGR formula: (last/first)^(1/n)−1, n the years from the first value to the last. */
export function cagrFormula(refs: string[], positions: number[]): string {
  return `(${refs[refs.length - 1]}/${refs[0]})^(1/${positions[positions.length - 1] - positions[0]})-1`;
}

function growthPlan(ctx: Ctx, model: TableModel): void {
  const mode = ctx.mode;
  for (const found of growthCells(model)) {
    const series = found.cells.map((c) => ctx.planned.num(model, c.row, c.col));
    const positions = found.positions;
    const g = { ...found, series, mean: attempt(() => meanGrowth(series, positions)), cagr: attempt(() => cagr(series, positions)) };
    const current = readCellNumber(model.sheet.rows[g.row]?.[g.col], model.numberStyle);
    // The method the existing value matches, else the default (mean of year-on-year growth).
    const matches = (v: number | undefined, scale: number) => v !== undefined && !!current && shownMatches(current.shown, v * scale, current.decimals) !== null;
    const useCagr = !matches(g.mean, 1) && !matches(g.mean, 100) && (matches(g.cagr, 1) || matches(g.cagr, 100));
    const value = useCagr ? g.cagr : g.mean;
    const refs = g.cells.map((c) => ref(c.row, c.col));
    // Consecutive years in adjacent cells: the function over the range counts the same years.
    const gapless = positions.every((p, i) => i === 0 || p === positions[i - 1] + 1);
    const ranged = mode === 'fungsi' && contiguous(g.cells) && gapless;
    let formula: string;
    if (ranged) {
      formula = `RENSTRA.RATA_PERTUMBUHAN(${refs[0]}:${refs[refs.length - 1]}${useCagr ? ',"cagr"' : ''})`;
    } else {
      formula = `IFERROR(${useCagr ? cagrFormula(refs, positions) : meanGrowthFormula(refs, positions)},"")`;
    }
    if (value === undefined) {
      // No growth exists (a zero or negative base): nothing to write, and the planner is told why.
      const problem = growthProblem(model, series, positions, g.cells);
      if (problem) add(ctx, model, g.row, g.col, 'pertumbuhan', formula, NaN, `Pertumbuhan tidak dapat dihitung: ${problem.reason}. Fungsi RENSTRA.RATA_PERTUMBUHAN memberi ${problem.code} untuk baris ini; sel dibiarkan.`);
      continue;
    }
    const percent = !!current && (matches(value, 100) || (!matches(value, 1) && Math.abs(current.shown) > 1.5 && Math.abs(value) < 1.5));
    if (percent) formula = ranged ? `${formula}*100` : formula.replace(/^IFERROR\((.*),""\)$/, 'IFERROR(($1)*100,"")');
    add(ctx, model, g.row, g.col, 'pertumbuhan', formula, percent ? value * 100 : value, blockedByScale(model, g.cells));
  }
}

/** The row an entity's pagu stands on in a column: the row holding one, else the row holding other years' pagu, else where a pagu belongs (its Rp row or name row). */
function paguRow(model: TableModel, e: Entity, col: number): number {
  const own = model.entityRow(e, col);
  if (own >= 0) return own;
  for (const { col: c } of model.cols('pagu')) {
    const r = model.entityRow(e, c);
    if (r >= 0) return r;
  }
  return model.homeRow(e, col);
}

const DEPTH: Record<string, number> = { urusan: 0, bidang: 1, program: 2, kegiatan: 3, subKegiatan: 4, unknown: 5 };

/**
 * What a SUM over these cells adds: every cell holding a number (or about to, by the plan) and the
 * blank ones — a blank child adds 0 today and its amount once the planner types it, so the SUM
 * covers it — but not text or errors. `numbers` says whether any cell holds a number: with none there
 * is nothing to sum yet.
 */
function summable(ctx: Ctx, model: TableModel, candidates: { row: number; col: number }[]): { cells: { row: number; col: number }[]; value: number; numbers: number } {
  const cells: { row: number; col: number }[] = [];
  let value = 0;
  let numbers = 0;
  for (const c of candidates) {
    const v = ctx.planned.num(model, c.row, c.col);
    if (!Number.isNaN(v)) {
      cells.push(c);
      value += v;
      numbers++;
    } else if (isEmptyCell(model.sheet.rows[c.row]?.[c.col])) cells.push(c);
  }
  return { cells, value, numbers };
}

function paguPlan(ctx: Ctx, model: TableModel): void {
  // Deepest parents first: a program's SUM uses its kegiatan's new values.
  const parents = model.entities.filter((e) => e.children.length > 0).sort((a, b) => DEPTH[b.level] - DEPTH[a.level]);
  for (const parent of parents) {
    // An urusan/bidang row is a heading unless it carries pagu in some year (as the check reads it).
    const heading = (parent.level === 'urusan' || parent.level === 'bidang') && model.cols('pagu').every(({ col }) => !model.entityValue(parent, col));
    for (const { col } of model.cols('pagu')) {
      if (jointPagu(model, parent, col)) continue;
      const { cells: kids, value, numbers } = summable(ctx, model, parent.children.map((c) => ({ row: paguRow(model, c, col), col })));
      if (numbers === 0) continue;
      const ownRow = paguRow(model, parent, col);
      if (heading && isEmptyCell(model.sheet.rows[ownRow]?.[col])) continue;
      add(ctx, model, ownRow, col, 'pagu-induk', `SUM(${kids.map((c) => ref(c.row, c.col)).join(',')})`, value, blockedByText(textNumbers(model, kids)));
    }
  }
}

function totalPlan(ctx: Ctx, model: TableModel): void {
  for (const { total, items } of totalsWithItems(model)) {
    if (items.length === 0) continue;
    for (const role of ['pagu', 'realisasi'] as const) {
      for (const { col } of model.cols(role)) {
        const { cells, value, numbers } = summable(ctx, model, items.map((e) => ({ row: paguRow(model, e, col), col })));
        if (numbers === 0) continue;
        add(ctx, model, total.r, col, 'jumlah', `SUM(${cells.map((c) => ref(c.row, c.col)).join(',')})`, value, blockedByText(textNumbers(model, cells)));
      }
    }
  }
}

/** The cells as a SUM argument: one range when they run side by side or one under another, else a list. */
function sumArgs(cells: { row: number; col: number }[]): string {
  const line = cells.length > 1 && cells.every((c, i) => i === 0 || (c.row === cells[0].row && c.col === cells[i - 1].col + 1) || (c.col === cells[0].col && c.row === cells[i - 1].row + 1));
  return line ? `${ref(cells[0].row, cells[0].col)}:${ref(cells[cells.length - 1].row, cells[cells.length - 1].col)}` : cells.map((c) => ref(c.row, c.col)).join(',');
}

/**
 * A count table's Jumlah cells (rekap-jumlah): each row's Jumlah = SUM of its categories, then the
 * Jumlah row = SUM of the rows above, column by column (its Jumlah cell too, over the new values).
 */
function rekapPlan(ctx: Ctx, model: TableModel): void {
  const shape = rekapShape(model.sheet, model.table);
  const plan = (row: number, col: number, cells: { row: number; col: number }[]) => {
    const values = cells.map((c) => ctx.planned.count(model, c.row, c.col));
    if (cells.length === 0 || values.some((v) => Number.isNaN(v))) return;
    const value = values.reduce((a, b) => a + b, 0);
    add(ctx, model, row, col, 'jumlah-rekap', `SUM(${sumArgs(cells)})`, value, blockedByText(textNumbers(model, cells)));
  };
  if (shape.jumlah !== undefined && shape.categories.length) {
    for (const r of shape.rows) plan(r, shape.jumlah, shape.categories.map((col) => ({ row: r, col })));
  }
  if (shape.totalRow !== undefined && shape.rows.length) {
    const cols = shape.jumlah !== undefined ? [...shape.categories, shape.jumlah] : shape.categories;
    for (const col of cols) plan(shape.totalRow, col, shape.rows.map((row) => ({ row, col })));
  }
}

function endOfPeriodPlan(ctx: Ctx, model: TableModel): void {
  const { akhirPagu, akhirTarget, paguCols, targetCols } = endOfPeriodColumns(model);
  for (const row of model.rows) {
    if (row.kind === 'context' || row.kind === 'helper') continue;
    if (akhirPagu !== undefined) {
      const { cells, value, numbers } = summable(ctx, model, paguCols.map((c) => ({ row: row.r, col: c.col })));
      if (numbers > 0 && cells.every((c) => !(ctx.planned.num(model, c.row, c.col) < 0))) {
        add(ctx, model, row.r, akhirPagu, 'akhir-pagu', `SUM(${cells.map((c) => ref(c.row, c.col)).join(',')})`, value, blockedByText(textNumbers(model, cells)) ?? blockedByScale(model, cells, akhirPagu));
      }
    }
    if (akhirTarget !== undefined && targetCols.length) {
      const last = targetCols[targetCols.length - 1].col;
      const v = ctx.planned.num(model, row.r, last);
      // Blank, not 0, when the last year's target is cleared later.
      if (!Number.isNaN(v)) add(ctx, model, row.r, akhirTarget, 'akhir-target', `IF(${ref(row.r, last)}="","",${ref(row.r, last)})`, v);
    }
  }
}

/** Sums first (deepest parents, then Jumlah rows, then end-of-period), then the ratios and growth that read them. */
export function buildFillPlan(models: TableModel[], mode: FillMode, options: FillOptions = {}): FillPlan {
  const ctx: Ctx = { out: [], planned: new Planned(!!options.overwriteConflicts), mode };
  for (const model of models) {
    if (model.table.kind === 'rekap-jumlah') {
      rekapPlan(ctx, model);
      continue;
    }
    paguPlan(ctx, model);
    totalPlan(ctx, model);
    endOfPeriodPlan(ctx, model);
    const spec = ratioSpecFor(model);
    if (spec) ratioPlan(ctx, model, spec);
    growthPlan(ctx, model);
  }
  // A pagu stacked under its target (SECOND_MEASURE) is written in its sheet column.
  return { mode, cells: ctx.out.map((c) => (c.col === realColumn(c.col) ? c : { ...c, col: realColumn(c.col) })) };
}
