/** The table model: rows, entities with their hierarchy, totals, and per-year value access. */
import { cellAt, type SheetGrid } from '../grid';
import type { Nomenclature } from '../nomenclature';
import { readCellNumber } from '../number';
import { kindSpec } from '../recognize/kinds';
import type { Role, Table } from '../recognize/types';
import { assignLevels, groupEntities, linkHierarchy } from './entities';
import { readRows } from './rows';
import type { Entity, Level, RowModel, TableModel, ValueAt } from './types';
import { cellText, isEmptyCell } from './rows';

export * from './types';

export function buildTableModel(sheet: SheetGrid, table: Table, nomenclature?: Nomenclature): TableModel {
  const rows = readRows(sheet, table);
  const rowByIndex = new Map(rows.map((r) => [r.r, r]));
  const byRole = new Map<Role, { col: number; year?: number }[]>();
  for (const c of table.columns) {
    const list = byRole.get(c.role) ?? [];
    list.push({ col: c.col, year: c.year });
    byRole.set(c.role, list);
  }
  // Values are read on demand and not kept: a reading is two small objects that die young, which
  // costs less than keeping a million of them alive (and promoted) through every rule.
  const value = (row: number, col: number): ValueAt => {
    const cell = cellAt(sheet, row, col);
    return { row, col, cell, reading: cell ? readCellNumber(cell) : null };
  };
  const model: TableModel = {
    table,
    sheet,
    rows,
    rowByIndex,
    entities: [],
    totals: rows.filter((r) => r.kind === 'total'),
    col: (role, year) => byRole.get(role)?.find((c) => c.year === year)?.col,
    cols: (role) => byRole.get(role) ?? [],
    value,
    has: (row: number, col: number) => !isEmptyCell(sheet.rows[row]?.[col]),
    entityValue: (entity: Entity, col: number) => {
      for (const r of entity.rows) {
        if (!isEmptyCell(sheet.rows[r]?.[col])) return value(r, col);
      }
      return undefined;
    },
  };
  if (kindSpec(table.kind).hierarchical) {
    const entities = groupEntities(rows.filter((r) => r.kind !== 'context'));
    applyColumnHints(model, entities);
    assignLevels(model, entities, nomenclature);
    linkHierarchy(entities);
    model.entities = entities;
  }
  return model;
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
