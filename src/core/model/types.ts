import type { CellData, SheetGrid } from '../grid';
import type { NomMatch } from '../nomenclature';
import type { NumberReading, NumberStyle } from '../number';
import type { Role, Table } from '../recognize/types';

export type Level = 'urusan' | 'bidang' | 'program' | 'kegiatan' | 'subKegiatan' | 'unknown';

/** How a level was decided, in order of trust. */
export type LevelSource = 'kode' | 'nama' | 'kolom' | 'nomenklatur' | 'indentasi' | 'jumlah' | 'posisi';

export const LEVEL_LABEL: Record<Level, string> = {
  urusan: 'urusan',
  bidang: 'bidang urusan',
  program: 'program',
  kegiatan: 'kegiatan',
  subKegiatan: 'sub kegiatan',
  unknown: 'baris',
};

export interface RowModel {
  r: number;
  /** `helper`: a planner's check row of formulas only (no name, code or indicator), no part of any entity. */
  kind: 'data' | 'total' | 'continuation' | 'context' | 'helper';
  /**
   * A total that carries a page's sums in a printed table: `out` "Jumlah dipindahkan" (everything
   * above it), `page` "Jumlah halaman ini" (its own page), `in` "Pindahan" (what was carried).
   */
  carried?: 'out' | 'page' | 'in';
  /** Name as written, with any "Outcome :/Output :" text split off. */
  name: string;
  nameCol?: number;
  code?: string;
  codeCol?: number;
  indicator?: string;
  indent: number;
  bold: boolean;
}

export interface Entity {
  id: number;
  level: Level;
  levelSource: LevelSource;
  name: string;
  code?: string;
  /** Row and column of the name cell (the cell a planner fixes for a naming or cascade issue). */
  nameRow: number;
  nameCol: number;
  codeCol?: number;
  /** All rows of the entity: its name row and continuation rows. */
  rows: number[];
  parent?: Entity;
  children: Entity[];
  nomenclature?: NomMatch;
  /** Row hints: outcome/output columns filled on the name row (cascading tables). */
  hint?: Level;
}

export interface ValueAt {
  row: number;
  col: number;
  cell: CellData | undefined;
  reading: NumberReading | null;
}

export interface TableModel {
  table: Table;
  sheet: SheetGrid;
  /** How amounts typed as text are written in this table (Indonesian unless its money columns say English). */
  numberStyle: NumberStyle;
  /**
   * The multiplier a money column's header (or the table's title) declares — "(Rp juta)" → 1e6,
   * "Rp. 000" → 1e3 — else 1. Amounts in money columns (`value(…).reading.value`, `num`) are in
   * rupiah: a typed 1.500 under "(Rp juta)" is 1.500.000.000, and a cell naming its own scale
   * ("1,5 M") is taken as written, so sums and comparisons across columns and tables agree.
   * `shown` stays as the cell shows it.
   */
  scale(col: number): number;
  rows: RowModel[];
  rowByIndex: Map<number, RowModel>;
  entities: Entity[];
  totals: RowModel[];
  /** Column of a role for a year (undefined year: the role's only column). */
  col(role: Role, year?: number): number | undefined;
  cols(role: Role): { col: number; year?: number }[];
  value(row: number, col: number): ValueAt;
  /** The cell holds something (cheap; no reading is made). */
  has(row: number, col: number): boolean;
  /** Arithmetic value of a number cell (typed or Indonesian text); NaN when blank, an error or not a number. Cached. */
  num(row: number, col: number): number;
  /** The value as a reader sees it (a `0%` cell ×100); NaN likewise. Cached. */
  shown(row: number, col: number): number;
  /** Row of the entity's first non-empty cell in a column, or −1. */
  entityRow(entity: Entity, col: number): number;
  /**
   * The row an entity's value in a column stands on or belongs on when blank: the row holding one;
   * where target and pagu are stacked in two rows per entity, its row of that column's measure;
   * else its name row.
   */
  homeRow(entity: Entity, col: number): number;
  /** The value of an entity in a per-year column: the first of its rows that holds one. */
  entityValue(entity: Entity, col: number): ValueAt | undefined;
}
