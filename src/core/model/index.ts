/** The table model: rows, entities with their hierarchy, totals, and per-year value access. */
import { realColumn, SECOND_MEASURE } from '../address';
import { cellAt, type CellData, type SheetGrid } from '../grid';
import type { Nomenclature } from '../nomenclature';
import { numberStyleOf, readCellNumber, scaleValue, type NumberReading, type NumberStyle } from '../number';
import { kindSpec } from '../recognize/kinds';
import type { Role, Table } from '../recognize/types';
import { headerScale } from '../recognize/vocabulary';
import { assignLevels, groupEntities, linkHierarchy } from './entities';
import { readRows } from './rows';
import { stackedView } from './stacked';
import type { Entity, Level, RowModel, TableModel, ValueAt } from './types';
import { cellText, isEmptyCell } from './rows';

export * from './types';

export function buildTableModel(grid: SheetGrid, table: Table, nomenclature?: Nomenclature): TableModel {
  // A table stacking target and pagu rows is read through a view with the pagu in columns of its own.
  const sheet = stackedView(grid, table);
  const paguRows = table.stacked ? new Set(table.stacked.paguRows) : undefined;
  const rows = readRows(sheet, table);
  const rowByIndex = new Map(rows.map((r) => [r.r, r]));
  const byRole = new Map<Role, { col: number; year?: number }[]>();
  for (const c of table.columns) {
    const list = byRole.get(c.role) ?? [];
    list.push({ col: c.col, year: c.year });
    byRole.set(c.role, list);
  }
  // Full readings (objects) are made on demand and not kept: they die young, which costs less than
  // keeping a million of them alive through every rule. The numbers the rules loop over are kept
  // in typed arrays, one pair per numeric column.
  const style = amountStyle(sheet, table);
  const scales = columnScales(table);
  const scaleOf = (col: number): number => scales.get(col) ?? 1;
  const read = (cell: CellData, col: number): NumberReading | null => {
    const reading = readCellNumber(cell, style);
    // A text of thousands of digits reads as Infinity: no one wrote that number.
    if (reading && !(Number.isFinite(reading.value) && Number.isFinite(reading.shown))) return null;
    const s = scales.get(col);
    return reading && s !== undefined && reading.scale === undefined ? inRupiah(reading, s) : reading;
  };
  const value = (row: number, col: number): ValueAt => {
    const cell = cellAt(sheet, row, col);
    return { row, col, cell, reading: cell ? read(cell, col) : null };
  };
  const top = table.top;
  const height = table.bottom - table.top + 1;
  const numeric = new Map<number, { value: Float64Array; shown: Float64Array; read: Uint8Array }>();
  for (const c of table.columns) {
    if (c.year !== undefined || c.role === 'baseline' || c.role === 'growth' || c.role.startsWith('akhir')) {
      numeric.set(c.col, { value: new Float64Array(height), shown: new Float64Array(height), read: new Uint8Array(height) });
    }
  }
  const readNumber = (row: number, col: number, which: 'value' | 'shown'): number => {
    const cache = numeric.get(col);
    const i = row - top;
    if (cache && i >= 0 && i < height && cache.read[i]) return cache[which][i];
    const cell = sheet.rows[row]?.[col];
    const reading = cell && !cell.err ? read(cell, col) : null;
    const v = reading ? reading.value : NaN;
    const sh = reading ? reading.shown : NaN;
    if (cache && i >= 0 && i < height) {
      cache.value[i] = v;
      cache.shown[i] = sh;
      cache.read[i] = 1;
    }
    return which === 'value' ? v : sh;
  };
  const model: TableModel = {
    table,
    sheet,
    numberStyle: style,
    scale: scaleOf,
    rows,
    rowByIndex,
    entities: [],
    totals: rows.filter((r) => r.kind === 'total'),
    col: (role, year) => byRole.get(role)?.find((c) => c.year === year)?.col,
    cols: (role) => byRole.get(role) ?? [],
    value,
    has: (row: number, col: number) => !isEmptyCell(sheet.rows[row]?.[col]),
    num: (row, col) => readNumber(row, col, 'value'),
    shown: (row, col) => readNumber(row, col, 'shown'),
    entityRow: (entity, col) => {
      for (const r of entity.rows) if (!isEmptyCell(sheet.rows[r]?.[col])) return r;
      return -1;
    },
    homeRow: (entity, col) => {
      const own = model.entityRow(entity, col);
      if (own >= 0) return own;
      if (paguRows) {
        const stackedPagu = col >= SECOND_MEASURE;
        const home = entity.rows.find((r) => paguRows.has(r) === stackedPagu);
        if (home !== undefined) return home;
      }
      return entity.nameRow;
    },
    entityValue: (entity: Entity, col: number) => {
      for (const r of entity.rows) {
        if (!isEmptyCell(sheet.rows[r]?.[col])) return value(r, col);
      }
      return undefined;
    },
  };
  if (kindSpec(table.kind).hierarchical) {
    const entities = groupEntities(rows.filter((r) => r.kind !== 'context' && r.kind !== 'helper'));
    applyColumnHints(model, entities);
    assignLevels(model, entities, nomenclature);
    linkHierarchy(entities);
    model.entities = entities;
    closingSubtotals(model);
  }
  return model;
}

/** "Jumlah Program …" / "Sub Total Kegiatan …": a sub total naming the level it closes. */
const LEVEL_SUBTOTAL = /^\s*(?:jumlah|sub\s*-?\s*total|total)\s+(program|kegiatan)\b/i;

/**
 * A program (or kegiatan) whose own row carries no money and whose block closes with "Jumlah
 * Program": that row is where its pagu stands, so it joins the entity's rows and is no table total.
 * Where the program's own row holds its pagu, the sub total stays a total checked against it.
 */
function closingSubtotals(model: TableModel): void {
  const money = [...model.cols('pagu'), ...model.cols('realisasi')].map((c) => c.col);
  if (money.length === 0) return;
  const joined = new Set<number>();
  for (const total of model.totals) {
    const m = LEVEL_SUBTOTAL.exec(total.name);
    if (!m) continue;
    const level: Level = m[1].toLowerCase() === 'program' ? 'program' : 'kegiatan';
    const owner = [...model.entities].reverse().find((e) => e.nameRow < total.r && e.level === level);
    if (!owner || money.some((c) => model.entityRow(owner, c) >= 0)) continue;
    // Nothing between the owner and its sub total but its own descendants.
    const inside = (e: Entity): boolean => e === owner || (!!e.parent && inside(e.parent));
    if (model.entities.some((e) => e.nameRow > owner.nameRow && e.nameRow < total.r && !inside(e))) continue;
    owner.rows.push(total.r);
    total.kind = 'continuation';
    joined.add(total.r);
  }
  if (joined.size) model.totals = model.totals.filter((t) => !joined.has(t.r));
}

const MONEY_ROLES = new Set<Role>(['pagu', 'realisasi', 'akhir-pagu']);

/**
 * The scale each money column declares: its own header ("Pagu Indikatif (Rp. 000)", "Anggaran
 * (juta rupiah)"), else the table's title ("… (dalam ribuan rupiah)"). Only columns scaled by
 * something other than 1 are listed.
 */
export function columnScales(table: Table): Map<number, number> {
  const out = new Map<number, number>();
  const titleScale = headerScale(table.title ?? '');
  for (const c of table.columns) {
    if (!MONEY_ROLES.has(c.role)) continue;
    const f = headerScale(c.header) ?? titleScale;
    if (f !== undefined && f !== 1) out.set(c.col, f);
  }
  return out;
}

/** A reading of a money cell in a scaled column, its arithmetic value in rupiah (what it shows is kept). */
function inRupiah(r: NumberReading, factor: number): NumberReading {
  return {
    value: scaleValue(r.value, factor),
    values: r.values.map((v) => scaleValue(v, factor)),
    shown: r.shown,
    decimals: r.decimals,
    percent: r.percent,
    fromText: r.fromText,
    ...(r.unit !== undefined ? { unit: r.unit } : {}),
    raw: r.raw,
  };
}

/** How the table's amounts typed as text are written (money columns decide: `1,202` or `1.202`). */
function amountStyle(sheet: SheetGrid, table: Table): NumberStyle {
  const money = table.columns.filter((c) => c.role === 'pagu' || c.role === 'realisasi' || c.role === 'akhir-pagu').map((c) => c.col);
  if (money.length === 0) return 'id';
  function* texts(): Generator<string> {
    for (const r of table.dataRows) {
      for (const c of money) {
        const v = sheet.rows[r]?.[c]?.v;
        if (typeof v === 'string') yield v;
      }
    }
  }
  return numberStyleOf(texts());
}

/** In cascading tables an outcome on the name row marks a program, an output a kegiatan. */
function applyColumnHints(model: TableModel, entities: Entity[]): void {
  const outcome = model.col('outcome');
  const output = model.col('output');
  if (outcome === undefined && output === undefined) return;
  for (const e of entities) {
    let hint: Level | undefined;
    if (outcome !== undefined && cellText(cellAt(model.sheet, e.nameRow, outcome))) hint = 'program';
    else if (output !== undefined && cellText(cellAt(model.sheet, e.nameRow, output))) hint = 'kegiatan';
    if (hint) e.hint = hint;
  }
}

export type { RowModel };

/** T-C.27's end-of-period columns and the yearly columns they summarise (years ascending). */
export function endOfPeriodColumns(model: TableModel): {
  akhirPagu?: number;
  akhirTarget?: number;
  paguCols: { col: number; year?: number }[];
  targetCols: { col: number; year?: number }[];
} {
  return {
    akhirPagu: model.col('akhir-pagu'),
    akhirTarget: model.col('akhir-target'),
    paguCols: model.cols('pagu').filter((c) => c.year !== undefined).sort((a, b) => a.year! - b.year!),
    targetCols: model.cols('target').filter((c) => c.year !== undefined).sort((a, b) => a.year! - b.year!),
  };
}

/**
 * The entities a total row adds up: its programs — an urusan or bidang row above them is a heading
 * whose own sum is checked elsewhere — and, outside any program, the top-level rows that carry money
 * (a "BELANJA TIDAK LANGSUNG" beside the programs of "BELANJA LANGSUNG"). Rows since the previous
 * total; a grand total right after sub totals ("TOTAL KESELURUHAN" after "Sub Total Program …")
 * adds up the whole table above it.
 */
/**
 * A parent whose pagu cell is merged down over its children's rows in that column: the planner
 * budgeted them jointly, one amount for the lot — there is no per-child amount to add up.
 */
export function jointPagu(model: TableModel, parent: Entity, col: number): boolean {
  const row = model.entityRow(parent, col);
  if (row < 0 || parent.children.length === 0) return false;
  const real = realColumn(col);
  const m = model.sheet.merges.find((a) => a.top === row && a.left <= real && a.right >= real && a.bottom > a.top);
  return !!m && parent.children.every((c) => c.rows.every((r) => r >= m.top && r <= m.bottom));
}

/**
 * Each total row with what it adds up: the entities since the previous total; for a Jumlah written
 * at the top, right under the header with every program below it, those down to the next total.
 */
export function totalsWithItems(model: TableModel): { total: RowModel; items: Entity[]; below: boolean; carriedFrom?: RowModel }[] {
  // Page-break totals (see RowModel.carried): "Jumlah dipindahkan" adds up everything since the last
  // table total, "Jumlah halaman ini" its own page, "Pindahan" repeats the last one carried; the
  // table's own Jumlah adds up everything since the last table total, whatever was carried between.
  let from = -1;
  let page = -1;
  let carriedOut: RowModel | undefined;
  return model.totals.map((total, i) => {
    if (total.carried === 'in') {
      const carriedFrom = carriedOut;
      page = total.r;
      return { total, items: [], below: false, ...(carriedFrom ? { carriedFrom } : {}) };
    }
    if (total.carried) {
      const items = totalItems(model, total.carried === 'page' ? page : from, total.r);
      page = total.r;
      carriedOut = total;
      return { total, items, below: false };
    }
    let items = totalItems(model, from, total.r);
    let below = false;
    if (items.length === 0 && !model.entities.some((e) => e.nameRow < total.r)) {
      const next = model.totals.slice(i + 1).find((t) => !t.carried);
      items = totalItems(model, total.r, next?.r ?? Number.MAX_SAFE_INTEGER);
      below = true;
    }
    from = total.r;
    page = total.r;
    carriedOut = undefined;
    return { total, items, below };
  });
}

export function totalItems(model: TableModel, from: number, to: number): Entity[] {
  let inRange = model.entities.filter((e) => e.nameRow > from && e.nameRow < to);
  if (inRange.length === 0 && from >= 0) inRange = model.entities.filter((e) => e.nameRow < to);
  const inside = new Set(inRange);
  const moneyCols = [...model.cols('pagu'), ...model.cols('realisasi')].map((c) => c.col);
  const hasMoney = (e: Entity) => moneyCols.some((c) => model.entityRow(e, c) >= 0 && !Number.isNaN(model.num(model.entityRow(e, c), c)));
  const holdsProgram = (e: Entity): boolean => e.children.some((c) => c.level === 'program' || holdsProgram(c));
  const pick = (e: Entity): Entity[] => {
    if (e.level === 'program') return [e];
    const kids = e.children.filter((c) => inside.has(c));
    if (holdsProgram(e) || (!hasMoney(e) && kids.length > 0)) return kids.flatMap(pick);
    return [e];
  };
  return inRange.filter((e) => !e.parent || !inside.has(e.parent)).flatMap(pick);
}
