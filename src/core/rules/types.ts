import type { Nomenclature } from '../nomenclature';
import type { TableModel } from '../model';

export type Severity = 'error' | 'warning' | 'info';

/** One inconsistency, with the cell to fix, what was expected, what was found and why. */
export interface Finding {
  /** `category.name`; categories: total, ratio, growth, cascade, crosstable, nomenclature, value. */
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell a planner should correct. */
  cell: string;
  expected: number | string | null;
  actual: number | string | null;
  /** Cells the check used (A1; `'Sheet'!A1` when on another sheet). */
  related: string[];
  /** Bahasa Indonesia: what was expected, what was found, and why. */
  message: string;
}

export interface RuleContext {
  models: TableModel[];
  nomenclature?: Nomenclature;
}

export interface TableRule {
  id: string;
  scope: 'table';
  /** Every `rule` id its findings can carry. */
  emits: string[];
  /** What the rule checks, in Bahasa Indonesia (listed in the README and `renstra rules`). */
  description: string;
  check(model: TableModel, ctx: RuleContext): Finding[];
}

export interface WorkbookRule {
  id: string;
  scope: 'workbook';
  /** Every `rule` id its findings can carry. */
  emits: string[];
  description: string;
  check(ctx: RuleContext): Finding[];
}

export type Rule = TableRule | WorkbookRule;
