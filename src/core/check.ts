/** One call from grid to findings: recognize every table, model it, run every rule. */
import { parseA1 } from './address';
import type { WorkbookGrid } from './grid';
import { buildTableModel, type TableModel } from './model';
import type { Nomenclature } from './nomenclature';
import { recognizeSheet, type Table, type TableDeclaration } from './recognize';
import { RULES } from './rules/registry';
import type { Finding, Rule, RuleContext, Severity } from './rules/types';

export interface CheckResult {
  tables: Table[];
  models: TableModel[];
  findings: Finding[];
}

export interface CheckOptions {
  /** The official list for level detection and name checks; omit to skip both. */
  nomenclature?: Nomenclature;
  rules?: Rule[];
  /** Tables the planner pointed at by hand (validated; see recognize/declared.ts). */
  declarations?: TableDeclaration[];
  /** When given, the milliseconds spent in each phase are added to it (the benchmark's breakdown). */
  timings?: CheckTimings;
}

export interface CheckTimings {
  recognise: number;
  model: number;
  rules: number;
}

/** A clock for the timings (no DOM or Node types here: the core also runs in Apps Script). */
const clock = (globalThis as { performance?: { now(): number } }).performance;
const now = (): number => (clock ? clock.now() : Date.now());

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function checkWorkbook(workbook: WorkbookGrid, options: CheckOptions = {}): CheckResult {
  const models: TableModel[] = [];
  const t = options.timings;
  for (const sheet of workbook.sheets) {
    const t0 = t ? now() : 0;
    const tables = recognizeSheet(sheet, options.declarations);
    const t1 = t ? now() : 0;
    for (const table of tables) models.push(buildTableModel(sheet, table, options.nomenclature));
    if (t) {
      t.recognise += t1 - t0;
      t.model += now() - t1;
    }
  }
  const ctx: RuleContext = { models, nomenclature: options.nomenclature };
  const findings: Finding[] = [];
  const t2 = t ? now() : 0;
  for (const rule of options.rules ?? RULES) {
    if (rule.scope === 'table') for (const m of models) findings.push(...rule.check(m, ctx));
    else findings.push(...rule.check(ctx));
  }
  const sheetOrder = new Map(workbook.sheets.map((s, i) => [s.name, i]));
  const keyed = findings.map((f) => ({ f, sheet: sheetOrder.get(f.sheet) ?? 0, sev: SEVERITY_ORDER[f.severity], ...parseA1(f.cell) }));
  keyed.sort((a, b) => a.sheet - b.sheet || a.sev - b.sev || a.row - b.row || a.col - b.col || (a.f.rule < b.f.rule ? -1 : a.f.rule > b.f.rule ? 1 : 0));
  if (t) t.rules += now() - t2;
  return { tables: models.map((m) => m.table), models, findings: keyed.map((k) => k.f) };
}
