/**
 * Runs a layout through the checker (in memory, and through a real .xlsx when the layout asks) and
 * compares tables, header rows, column roles and findings with what the layout expects.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { columnIndex, rangeA1, realColumn } from '../../src/core/address';
import { readXlsx } from '../../src/cli/read-xlsx';
import { checkWorkbook } from '../../src/core/check';
import type { WorkbookGrid } from '../../src/core/grid';
import { officialNomenclature } from '../../src/core/nomenclature/official';
import { writeGridXlsx } from '../helpers/write-grid';
import { type ExpectedFinding, type ExpectedTable, type Layout, range } from './kit';

/** What the engine returned, reduced to plain data (no engine types beyond what check.ts exports). */
interface GotTable {
  sheet: string;
  kind: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  headerRows: number[];
  repeats: number[][];
  columns: { col: number; role: string; year?: number; series?: string }[];
}

interface GotFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
}

export interface Outcome {
  id: string;
  pass: boolean;
  /** A known gap (the layout's `gap`): passing means no false error, the reasons say what is not read yet. */
  gap?: boolean;
  /** Short reasons, one per difference. */
  reasons: string[];
  /** One-line summary of what came back (tables and error findings), for the report. */
  got: string;
}

const describeTable = (t: GotTable) => `${t.kind} ${rangeA1(t.top, t.left, t.bottom, t.right)} hdr[${t.headerRows.map((r) => r + 1).join(',')}]`;

function roleText(c: { role: string; year?: number; series?: string }): string {
  return `${c.role}${c.year !== undefined ? `@${c.year}` : ''}${c.series ? `/${c.series}` : ''}`;
}

function parseRole(spec: string): { role: string; year?: number; series?: string } {
  const slash = /^growth\/(anggaran|realisasi)$/.exec(spec);
  if (slash) return { role: 'growth', series: slash[1] };
  const m = /^([a-z-]+)(?:@(\d+))?$/.exec(spec);
  if (!m) throw new Error(`bad role spec ${spec}`);
  return { role: m[1], year: m[2] === undefined ? undefined : Number(m[2]) };
}

function runCheck(wb: WorkbookGrid): { tables: GotTable[]; findings: GotFinding[] } {
  const res = checkWorkbook(wb, { nomenclature: officialNomenclature() });
  const tables = res.tables.map((t) => ({
    sheet: t.sheet,
    kind: t.kind as string,
    top: t.top,
    left: t.left,
    bottom: t.bottom,
    right: t.right,
    headerRows: [...t.header.rows],
    repeats: t.repeats.map((b) => [...b.rows]),
    // A second measure stacked in a column (SECOND_MEASURE) is read in that sheet column.
    columns: t.columns.map((c) => ({ col: realColumn(c.col), role: c.role as string, year: c.year, series: c.series })),
  }));
  const findings = res.findings.map((f) => ({ rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell }));
  return { tables, findings };
}

function overlap(e: ExpectedTable, g: GotTable): number {
  const m = range(e.range);
  if (e.sheet !== g.sheet) return -1;
  const rows = Math.min(m.bottom, g.bottom) - Math.max(m.top, g.top) + 1;
  const cols = Math.min(m.right, g.right) - Math.max(m.left, g.left) + 1;
  return rows > 0 && cols > 0 ? rows * cols : 0;
}

function compareTables(layout: Layout, got: GotTable[]): string[] {
  const reasons: string[] = [];
  const used = new Set<number>();
  layout.tables.forEach((e, i) => {
    let best = -1;
    let bestScore = 0;
    got.forEach((g, j) => {
      if (used.has(j)) return;
      const s = overlap(e, g);
      if (s > bestScore) {
        bestScore = s;
        best = j;
      }
    });
    const label = `table ${i + 1} (${e.kind} ${e.sheet}!${e.range})`;
    if (best < 0) {
      reasons.push(`${label}: not recognised`);
      return;
    }
    used.add(best);
    const g = got[best];
    const diffs: string[] = [];
    if (g.kind !== e.kind) diffs.push(`kind ${g.kind}`);
    const gr = rangeA1(g.top, g.left, g.bottom, g.right);
    if (gr !== e.range) diffs.push(`range ${gr}`);
    const gh = g.headerRows.map((r) => r + 1);
    if (gh.join(',') !== e.headerRows.join(',')) diffs.push(`header rows [${gh.join(',')}] (want [${e.headerRows.join(',')}])`);
    if (e.repeats) {
      const grp = g.repeats.map((b) => `[${b.map((r) => r + 1).join(',')}]`).join(' ');
      const erp = e.repeats.map((b) => `[${b.join(',')}]`).join(' ');
      if (grp !== erp) diffs.push(`repeated headers ${grp || 'none'} (want ${erp})`);
    }
    const roleDiffs: string[] = [];
    for (const [letter, specs] of Object.entries(e.roles ?? {})) {
      const here = g.columns.filter((c) => c.col === columnIndex(letter));
      for (const spec of Array.isArray(specs) ? specs : [specs]) {
        const want = parseRole(spec);
        const ok = here.some((c) => c.role === want.role && (want.year === undefined || c.year === want.year) && (want.series === undefined || c.series === want.series));
        if (!ok) roleDiffs.push(`${letter}=${here.length ? here.map(roleText).join('|') : '—'} (want ${spec})`);
      }
    }
    if (roleDiffs.length) diffs.push(`roles ${roleDiffs.slice(0, 6).join(', ')}${roleDiffs.length > 6 ? ` … +${roleDiffs.length - 6} more` : ''}`);
    if (diffs.length) reasons.push(`${label}: ${diffs.join('; ')}`);
  });
  got.forEach((g, j) => {
    if (!used.has(j)) reasons.push(`unexpected table ${g.sheet}!${describeTable(g)}`);
  });
  return reasons;
}

function matches(f: GotFinding, e: ExpectedFinding, defaultSheet: string): boolean {
  if (f.rule !== e.rule) return false;
  const cells = Array.isArray(e.cell) ? e.cell : [e.cell];
  return cells.some((c) => {
    const bang = c.lastIndexOf('!');
    const sheet = bang < 0 ? (e.sheet ?? defaultSheet) : c.slice(0, bang);
    return f.sheet === sheet && f.cell === c.slice(bang + 1);
  });
}

function compareFindings(layout: Layout, got: GotFinding[]): string[] {
  const reasons: string[] = [];
  const sheet0 = layout.tables[0]?.sheet ?? layout.workbook.sheets[0]?.name ?? '';
  for (const e of layout.findings) {
    if (!got.some((f) => matches(f, e, sheet0))) {
      const cells = Array.isArray(e.cell) ? e.cell.join('|') : e.cell;
      const near = got.filter((f) => f.rule === e.rule).map((f) => f.cell);
      reasons.push(`missing ${e.rule} at ${e.sheet ? `${e.sheet}!` : ''}${cells}${near.length ? ` (got it at ${near.slice(0, 4).join(', ')})` : ''}`);
    }
  }
  const allowed = [...layout.findings, ...(layout.tolerated ?? [])];
  const falseErrors = got.filter((f) => f.severity === 'error' && !allowed.some((e) => matches(f, e, sheet0)));
  if (falseErrors.length) {
    const shown = falseErrors.slice(0, 5).map((f) => `${f.rule}@${f.sheet === sheet0 ? '' : `${f.sheet}!`}${f.cell}`);
    reasons.push(`false error${falseErrors.length > 1 ? 's' : ''} (${falseErrors.length}): ${shown.join(', ')}${falseErrors.length > 5 ? ' …' : ''}`);
  }
  return reasons;
}

function summarize(tables: GotTable[], findings: GotFinding[]): string {
  const t = tables.map((x) => `${x.sheet}!${describeTable(x)}`).join('; ') || 'no tables';
  const errors = findings.filter((f) => f.severity === 'error').length;
  return `${t}; ${errors} error finding(s)`;
}

function judge(layout: Layout, wb: WorkbookGrid, tag: string): { reasons: string[]; got: string } {
  try {
    const { tables, findings } = runCheck(wb);
    const reasons = [...compareTables(layout, tables), ...compareFindings(layout, findings)];
    return { reasons: reasons.map((r) => tag + r), got: summarize(tables, findings) };
  } catch (e) {
    return { reasons: [`${tag}checker threw: ${(e as Error).message.split('\n')[0]}`], got: 'exception' };
  }
}

export async function evaluate(layout: Layout): Promise<Outcome> {
  const mem = judge(layout, layout.workbook, '');
  const reasons = [...mem.reasons];
  if (layout.viaXlsx) {
    const dir = mkdtempSync(join(tmpdir(), 'renstra-layout-'));
    try {
      const file = join(dir, `${layout.id}.xlsx`);
      await writeGridXlsx(layout.workbook, file);
      const fromFile = judge(layout, await readXlsx(file), '[xlsx] ');
      // Report file-only differences; the same difference twice says nothing new.
      const inMem = new Set(mem.reasons);
      for (const r of fromFile.reasons) if (!inMem.has(r.replace(/^\[xlsx\] /, ''))) reasons.push(r);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  // A known gap passes while it raises no false error; once it reads right, its gap mark must go.
  if (layout.gap) {
    const falseErrors = reasons.filter((r) => /false error/.test(r));
    if (reasons.length === 0) return { id: layout.id, pass: false, reasons: ['reads right now: remove its gap mark'], got: mem.got };
    return { id: layout.id, pass: falseErrors.length === 0, gap: true, reasons: falseErrors.length ? falseErrors : reasons, got: mem.got };
  }
  return { id: layout.id, pass: reasons.length === 0, reasons, got: mem.got };
}
