/** One call from grid to findings: recognize every table, model it, run every rule. */
import { parseA1 } from './address';
import type { WorkbookGrid } from './grid';
import { buildTableModel, type TableModel } from './model';
import type { Nomenclature } from './nomenclature';
import { recognizeSheet, type Table } from './recognize';
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
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function checkWorkbook(workbook: WorkbookGrid, options: CheckOptions = {}): CheckResult {
  const models: TableModel[] = [];
  for (const sheet of workbook.sheets) {
    for (const table of recognizeSheet(sheet)) models.push(buildTableModel(sheet, table, options.nomenclature));
  }
  const ctx: RuleContext = { models, nomenclature: options.nomenclature };
  const findings: Finding[] = [];
  for (const rule of options.rules ?? RULES) {
    if (rule.scope === 'table') for (const m of models) findings.push(...rule.check(m, ctx));
    else findings.push(...rule.check(ctx));
  }
  const sheetOrder = new Map(workbook.sheets.map((s, i) => [s.name, i]));
  const pos = (f: Finding) => parseA1(f.cell);
  findings.sort((a, b) => {
    const s = (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0);
    if (s) return s;
    const sev = SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
    if (sev) return sev;
    const pa = pos(a);
    const pb = pos(b);
    return pa.row - pb.row || pa.col - pb.col || a.rule.localeCompare(b.rule);
  });
  return { tables: models.map((m) => m.table), models, findings };
}
