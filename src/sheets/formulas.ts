/**
 * Fill formulas as Google Sheets takes them, and the rectangles they are written in. The core's fill
 * plan speaks the OOXML form (English names, commas) — the form Apps Script's `setFormulas` takes
 * too, whatever the spreadsheet's locale — so only the add-in's namespace differs: Sheets' custom
 * functions have none (`=RASIO_CAPAIAN(O8,I8)`, not `=RENSTRA.RASIO_CAPAIAN(O8,I8)`).
 */

export function sheetsFormula(formula: string): string {
  return formula.replace(/\bRENSTRA\.(?=[A-Z_]+\()/g, '');
}

/** A block of cells written (or read) in one call: 0-based top-left, and its cells row by row. */
export interface Rectangle<T> {
  top: number;
  left: number;
  cells: T[][];
}

/**
 * Groups cells into rectangles: each column's runs of consecutive rows, then runs over the same
 * rows in neighbouring columns joined. Every cell of a rectangle is one of `cells`, so a write over
 * a rectangle touches nothing else.
 */
export function rectanglesOf<T extends { row: number; col: number }>(cells: T[]): Rectangle<T>[] {
  const byCol = new Map<number, T[]>();
  for (const c of cells) byCol.set(c.col, [...(byCol.get(c.col) ?? []), c]);
  const runs: { top: number; bottom: number; col: number; cells: T[] }[] = [];
  for (const [col, list] of [...byCol].sort((a, b) => a[0] - b[0])) {
    const sorted = [...new Map(list.map((c) => [c.row, c])).values()].sort((a, b) => a.row - b.row);
    for (const c of sorted) {
      const last = runs[runs.length - 1];
      if (last && last.col === col && last.bottom === c.row - 1) {
        last.bottom = c.row;
        last.cells.push(c);
      } else runs.push({ top: c.row, bottom: c.row, col, cells: [c] });
    }
  }
  const out: (Rectangle<T> & { bottom: number; right: number })[] = [];
  for (const run of runs) {
    const joined = out.find((r) => r.top === run.top && r.bottom === run.bottom && r.right === run.col - 1);
    if (joined) {
      joined.right = run.col;
      run.cells.forEach((c, i) => joined.cells[i].push(c));
    } else out.push({ top: run.top, left: run.col, bottom: run.bottom, right: run.col, cells: run.cells.map((c) => [c]) });
  }
  return out.map(({ top, left, cells: rows }) => ({ top, left, cells: rows }));
}
