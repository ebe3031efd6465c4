/** Findings grouped as a planner reads them: sheet → table → rule, errors first. */
import { parseA1, rangeA1 } from './address';
import type { Table } from './recognize/types';
import type { Finding, Severity } from './rules/types';

export interface RuleGroup {
  rule: string;
  findings: Finding[];
}

export interface TableGroup {
  /** undefined: findings outside any recognised table. */
  table?: Table;
  range?: string;
  rules: RuleGroup[];
  counts: Record<Severity, number>;
}

export interface SheetGroup {
  sheet: string;
  tables: TableGroup[];
  counts: Record<Severity, number>;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function count(findings: Finding[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

function byRule(findings: Finding[]): RuleGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.rule);
    if (list) list.push(f);
    else groups.set(f.rule, [f]);
  }
  const worst = (fs: Finding[]) => Math.min(...fs.map((f) => ORDER[f.severity]));
  return [...groups.entries()]
    .map(([rule, fs]) => ({ rule, findings: [...fs].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]) }))
    .sort((a, b) => worst(a.findings) - worst(b.findings) || a.rule.localeCompare(b.rule));
}

export function groupFindings(tables: Table[], findings: Finding[], sheetOrder: string[]): SheetGroup[] {
  const sheets = [...new Set([...sheetOrder, ...tables.map((t) => t.sheet), ...findings.map((f) => f.sheet)])];
  const out: SheetGroup[] = [];
  for (const sheet of sheets) {
    const here = findings.filter((f) => f.sheet === sheet);
    const sheetTables = tables.filter((t) => t.sheet === sheet);
    if (here.length === 0 && sheetTables.length === 0) continue;
    const used = new Set<Finding>();
    const groups: TableGroup[] = sheetTables.map((table) => {
      const inside = here.filter((f) => {
        const { row, col } = parseA1(f.cell);
        return !used.has(f) && row >= table.top && row <= table.bottom && col >= table.left && col <= table.right;
      });
      inside.forEach((f) => used.add(f));
      return { table, range: rangeA1(table.top, table.left, table.bottom, table.right), rules: byRule(inside), counts: count(inside) };
    });
    const rest = here.filter((f) => !used.has(f));
    if (rest.length) groups.push({ rules: byRule(rest), counts: count(rest) });
    out.push({ sheet, tables: groups, counts: count(here) });
  }
  return out;
}
