/**
 * The engine's answer on a workbook reduced to what a meaning-preserving edit must not change —
 * tables (kind, range, header rows, column roles with their year) and error or warning findings
 * (rule and cell) — and the differences between the original's answer, moved through the edit's
 * address map, and the edited workbook's.
 */
import { a1, columnLetters, parseA1, rangeA1, realColumn, SECOND_MEASURE } from '../../../src/core/address';
import { checkWorkbook } from '../../../src/core/check';
import { isEmptyCell, type WorkbookGrid } from '../../../src/core/grid';
import { officialNomenclature } from '../../../src/core/nomenclature/official';
import type { Table } from '../../../src/core/recognize';
import type { AddressMap } from './edit';
import type { Perturbation } from './perturbations';

export interface TableSummary {
  sheet: string;
  kind: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  headerRows: number[];
  /** Model column (a second measure's column keeps its `SECOND_MEASURE` offset) → `role@year/series`. */
  roles: Map<number, string>;
  /**
   * Rows and columns of the table's range with no content in this workbook: a blank row at the
   * foot of a header or the role of a column holding nothing means nothing to a planner (an
   * unmerged heading leaves such blanks).
   */
  blankRows: Set<number>;
  blankCols: Set<number>;
}

interface FindingAt {
  rule: string;
  sheet: string;
  row: number;
  col: number;
}

export interface Answer {
  tables: TableSummary[];
  /** Error and warning findings; info findings are commentary, not a verdict. */
  findings: FindingAt[];
}

/** An answer, and the recognised tables a perturbation needs to find header rows and money columns. */
export interface Observation {
  answer: Answer;
  tables: Table[];
}

export interface Difference {
  /** lost | added | kind | range | header | role | finding- | finding+ | threw */
  type: string;
  text: string;
}

const nomenclature = officialNomenclature();

export function observe(wb: WorkbookGrid): Observation {
  const result = checkWorkbook(wb, { nomenclature });
  const tables = result.tables.map((t) => ({
    sheet: t.sheet,
    kind: t.kind,
    top: t.top,
    left: t.left,
    bottom: t.bottom,
    right: t.right,
    headerRows: [...t.header.rows],
    roles: new Map(t.columns.map((c) => [c.col, `${c.role}${c.year !== undefined ? `@${c.year}` : ''}${c.series ? `/${c.series}` : ''}`])),
    ...blanks(wb, t),
  }));
  const findings = result.findings.filter((f) => f.severity !== 'info').map((f) => ({ rule: f.rule, sheet: f.sheet, ...parseA1(f.cell) }));
  return { answer: { tables, findings }, tables: result.tables };
}

function blanks(wb: WorkbookGrid, t: Table): Pick<TableSummary, 'blankRows' | 'blankCols'> {
  const rows = wb.sheets.find((s) => s.name === t.sheet)?.rows ?? [];
  const blankRows = new Set<number>();
  const blankCols = new Set<number>();
  for (let r = t.top; r <= t.bottom; r++) {
    let empty = true;
    for (let c = t.left; c <= t.right && empty; c++) empty = isEmptyCell(rows[r]?.[c]);
    if (empty) blankRows.add(r);
  }
  for (let c = t.left; c <= t.right; c++) {
    let empty = true;
    for (let r = t.top; r <= t.bottom && empty; r++) empty = isEmptyCell(rows[r]?.[c]);
    if (empty) blankCols.add(c);
  }
  return { blankRows, blankCols };
}

/** The answer as it should read after the edits: every address moved, deleted header rows dropped. */
export function relocate(answer: Answer, map: AddressMap): Answer {
  const tables = answer.tables.map((t) => {
    const topLeft = map(t.sheet, t.top, t.left)!;
    const column = (c: number) => map(t.sheet, t.top, realColumn(c))!.c + (c >= SECOND_MEASURE ? SECOND_MEASURE : 0);
    return {
      ...t,
      top: topLeft.r,
      left: topLeft.c,
      bottom: map(t.sheet, t.bottom, t.left)!.r,
      right: map(t.sheet, t.top, t.right)!.c,
      headerRows: t.headerRows.flatMap((r) => map(t.sheet, r, t.left)?.r ?? []),
      roles: new Map([...t.roles].map(([c, role]) => [column(c), role])),
    };
  });
  const findings = answer.findings.flatMap((f) => {
    const p = map(f.sheet, f.row, f.col);
    return p ? [{ ...f, row: p.r, col: p.c }] : [];
  });
  return { tables, findings };
}

const rangeOf = (t: TableSummary) => `${t.sheet}!${rangeA1(t.top, t.left, t.bottom, t.right)}`;
const columnName = (c: number) => `${columnLetters(realColumn(c))}${c >= SECOND_MEASURE ? "'" : ''}`;
const findingKey = (f: FindingAt) => `${f.rule} ${f.sheet}!${a1(f.row, f.col)}`;
const brief = (items: string[], max: number) => `${items.slice(0, max).join(', ')}${items.length > max ? ` … +${items.length - max}` : ''}`;

function overlap(a: TableSummary, b: TableSummary): number {
  if (a.sheet !== b.sheet) return 0;
  const rows = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) + 1;
  const cols = Math.min(a.right, b.right) - Math.max(a.left, b.left) + 1;
  return rows > 0 && cols > 0 ? rows * cols : 0;
}

/**
 * What `got` says otherwise than `want`. Tables are paired by largest overlap; a perturbation's
 * `addedColumns` may widen a table by that many columns (read as notes or other), and its
 * `mayChangeRules` are left out of the findings.
 */
export function differences(want: Answer, got: Answer, allowed: Pick<Perturbation, 'mayChangeRules' | 'addedColumns'> = {}): Difference[] {
  const out: Difference[] = [];
  const paired = new Set<number>();
  for (const w of want.tables) {
    let best = -1;
    let most = 0;
    got.tables.forEach((g, j) => {
      const o = paired.has(j) ? 0 : overlap(w, g);
      if (o > most) [best, most] = [j, o];
    });
    const label = `${w.kind} ${rangeOf(w)}`;
    if (best < 0) {
      out.push({ type: 'lost', text: `${label} not recognised` });
      continue;
    }
    paired.add(best);
    const g = got.tables[best];
    if (g.kind !== w.kind) out.push({ type: 'kind', text: `${label}: kind → ${g.kind}` });
    const widened = g.right > w.right && g.right - w.right <= (allowed.addedColumns ?? 0);
    if (g.top !== w.top || g.left !== w.left || g.bottom !== w.bottom || (g.right !== w.right && !widened)) {
      out.push({ type: 'range', text: `${label}: range → ${rangeOf(g)}` });
    }
    const header = (rows: number[]) => rows.filter((r) => !g.blankRows.has(r)).join();
    if (header(g.headerRows) !== header(w.headerRows)) {
      out.push({ type: 'header', text: `${label}: header rows [${w.headerRows.map((r) => r + 1)}] → [${g.headerRows.map((r) => r + 1)}]` });
    }
    const roles: string[] = [];
    for (const [c, role] of w.roles) {
      const now = g.roles.get(c) ?? '—';
      if (now !== role && !g.blankCols.has(realColumn(c))) roles.push(`${columnName(c)} ${role}→${now}`);
    }
    for (const [c, role] of g.roles) {
      const addedOnPurpose = allowed.addedColumns && c > w.right && (role === 'notes' || role === 'other');
      if (!w.roles.has(c) && !addedOnPurpose && !g.blankCols.has(realColumn(c))) roles.push(`${columnName(c)} —→${role}`);
    }
    if (roles.length) out.push({ type: 'role', text: `${label}: ${brief(roles, 8)}` });
  }
  got.tables.forEach((g, j) => {
    if (!paired.has(j)) out.push({ type: 'added', text: `${g.kind} ${rangeOf(g)} appeared` });
  });
  const compared = (fs: FindingAt[]) => new Set(fs.filter((f) => !allowed.mayChangeRules?.includes(f.rule)).map(findingKey));
  const wanted = compared(want.findings);
  const found = compared(got.findings);
  const lost = [...wanted].filter((k) => !found.has(k));
  const added = [...found].filter((k) => !wanted.has(k));
  if (lost.length) out.push({ type: 'finding-', text: `${lost.length} lost: ${brief(lost, 6)}` });
  if (added.length) out.push({ type: 'finding+', text: `${added.length} added: ${brief(added, 6)}` });
  return out;
}

/** The differences a perturbation makes to a workbook's answer; an edit or engine run that throws is one too. */
export function differencesUnder(p: Perturbation, wb: WorkbookGrid, original: Observation): Difference[] {
  try {
    const edited = p.apply(wb, original.tables);
    return differences(relocate(original.answer, (s, r, c) => edited.map(s, r, c)), observe(edited.wb).answer, p);
  } catch (e) {
    return [{ type: 'threw', text: e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 3).join(' | ') : String(e) }];
  }
}
