/**
 * Whether a cell already holds the formula the fill would write, so that filling a workbook twice
 * (or a skeleton `renstra kerangka` made) changes nothing. Compared as Excel reads them: without
 * "=", "$" and spaces, case aside outside strings; and a sum over the same cells is the same sum
 * however planners write it: SUM(G10:G14), SUM(G10,G11,G12,G13,G14), G10+G11+G12+G13+G14, each
 * also inside IFERROR(…,"") or IFERROR(…,0).
 */
import { parseA1 } from '../address';

/** The formula without "=", "$" and spaces outside strings, upper-case outside strings. */
export function canonicalFormula(formula: string): string {
  let out = '';
  let quoted = false;
  for (const ch of formula.replace(/^\s*=/, '')) {
    if (ch === '"') quoted = !quoted;
    if (quoted || ch === '"') out += ch;
    else if (ch !== '$' && !/\s/.test(ch)) out += ch.toUpperCase();
  }
  return out;
}

const REF = /^[A-Z]{1,3}\d+$/;
const MAX_CELLS = 100000;

/** The cells a sum adds, as "row:col" keys sorted; undefined when it is not a sum of plain references. */
function sumCells(canonical: string): string[] | undefined {
  const body = /^(?:_XLFN\.)?IFERROR\((.*),(?:""|0)\)$/.exec(canonical)?.[1] ?? canonical;
  const args = /^SUM\(([A-Z0-9:,]+)\)$/.exec(body)?.[1].split(',') ?? (/^[A-Z]{1,3}\d+(\+[A-Z]{1,3}\d+)*$/.test(body) ? body.split('+') : undefined);
  if (!args) return undefined;
  const cells: string[] = [];
  for (const arg of args) {
    const [from, to = from] = arg.split(':');
    if (!REF.test(from) || !REF.test(to)) return undefined;
    const a = parseA1(from);
    const b = parseA1(to);
    const rows = Math.abs(b.row - a.row) + 1;
    const cols = Math.abs(b.col - a.col) + 1;
    if (rows * cols + cells.length > MAX_CELLS) return undefined;
    for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
      for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) cells.push(`${r}:${c}`);
    }
  }
  return cells.sort();
}

export function sameFormula(current: string, planned: string): boolean {
  const a = canonicalFormula(current);
  const b = canonicalFormula(planned);
  if (a === b) return true;
  const x = sumCells(a);
  const y = x && sumCells(b);
  return !!x && !!y && x.length === y.length && x.every((k, i) => k === y[i]);
}
