/**
 * The fill plan's growth formulas over blank years: the `portabel` formula written into a growth
 * cell computes exactly what the core computes for the same cells (gaps counted as years), checked
 * by evaluating the formula here and by LibreOffice recalculating the filled file; where no growth
 * exists (a zero or negative base) the cell is left, with the reason.
 */
import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { fillXlsx } from '../src/cli/fill-xlsx';
import { parseA1 } from '../src/core/address';
import { checkWorkbook } from '../src/core/check';
import { buildFillPlan, type FillCell } from '../src/core/fill/plan';
import { sheetFromValues, type WorkbookGrid } from '../src/core/grid';
import * as F from '../src/core/sheet-functions';
import { GROWTH_EDGES } from './helpers/number-edges';
import { recalculate, SOFFICE } from './helpers/libreoffice';
import { writeGridXlsx } from './helpers/write-grid';

type V = string | number | null;
const YEARS = [2020, 2021, 2022, 2023, 2024];
const HEADER: V[] = ['NO', 'PROGRAM', ...YEARS.map((y) => `ANGGARAN ${y}`), ...YEARS.map((y) => `REALISASI ${y}`), 'RATA-RATA PERTUMBUHAN ANGGARAN', 'RATA-RATA PERTUMBUHAN REALISASI'];
const pad = (s: (number | null)[]) => [...s, ...Array<null>(5 - s.length).fill(null)];

/** One row per growth edge (anggaran), plus a row whose written value matches the CAGR over a gap. */
const CAGR_SHOWN = Math.round((Math.pow(2, 1 / 3) - 1) * 10000) / 100;
const rows: V[][] = [
  HEADER,
  ...GROWTH_EDGES.map((g, i): V[] => [i + 1, `Program ${i + 1}`, ...pad(g.series), ...Array<null>(5).fill(null), null, null]),
  [99, 'Program CAGR', ...pad([100, 200, null, 200]), ...Array<null>(5).fill(null), CAGR_SHOWN, null],
];
const grid: WorkbookGrid = { sheets: [sheetFromValues('T-C.24', rows)] };
const valueAt = (a1: string): V => {
  const { row, col } = parseA1(a1);
  return rows[row]?.[col] ?? null;
};

/**
 * Evaluates a portable formula as a spreadsheet would: numbers, cell references, + − * / ^ and
 * parentheses, inside IFERROR(…,""). Returns "" where IFERROR catches an error.
 */
function evaluate(formula: string): number | '' {
  const m = /^IFERROR\((.*),""\)$/.exec(formula);
  if (!m) throw new Error(`not a portable formula: ${formula}`);
  const src = m[1];
  let i = 0;
  const peek = () => src[i];
  const expr = (): number => {
    let v = term();
    while (peek() === '+' || peek() === '-') v = src[i++] === '+' ? v + term() : v - term();
    return v;
  };
  const term = (): number => {
    let v = power();
    while (peek() === '*' || peek() === '/') v = src[i++] === '*' ? v * power() : v / power();
    return v;
  };
  const power = (): number => {
    let v = atom();
    while (peek() === '^') {
      i++;
      v = Math.pow(v, atom());
    }
    return v;
  };
  const atom = (): number => {
    if (peek() === '(') {
      i++;
      const v = expr();
      if (src[i++] !== ')') throw new Error(`")" expected in ${formula}`);
      return v;
    }
    const ref = /^[A-Z]+\d+/.exec(src.slice(i));
    if (ref) {
      i += ref[0].length;
      const v = valueAt(ref[0]);
      return typeof v === 'number' ? v : 0; // a blank cell is 0 in arithmetic
    }
    const n = /^\d+(\.\d+)?/.exec(src.slice(i))!;
    i += n[0].length;
    return parseFloat(n[0]);
  };
  const v = expr();
  if (i !== src.length) throw new Error(`unparsed rest of ${formula}: ${src.slice(i)}`);
  return Number.isFinite(v) ? v : '';
}

const growthCells = (cells: FillCell[]) => cells.filter((c) => c.kind === 'pertumbuhan');

describe('portabel: the formula computes the core’s value, blanks counted as years', () => {
  const { models } = checkWorkbook(grid);
  const plan = buildFillPlan(models, 'portabel');
  const byRow = new Map(growthCells(plan.cells).map((c) => [c.row, c]));

  test.each(GROWTH_EDGES.map((g, i) => [g.why, g, i + 1]))('%s', (_why, g, row) => {
    const cell = byRow.get(row as number)!;
    const edge = g as (typeof GROWTH_EDGES)[number];
    expect(cell).toBeDefined();
    if (typeof edge.mean === 'number') {
      expect(cell.status).toBe('isi');
      expect(cell.value).toBeCloseTo(edge.mean, 12);
      const evaluated = evaluate(cell.formula);
      expect(typeof evaluated).toBe('number');
      expect(Math.abs((evaluated as number) - cell.value)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(cell.value)));
      // The same number as the function over the row's range (blanks included).
      expect(F.RATA_PERTUMBUHAN([pad(edge.series)])).toBeCloseTo(cell.value, 12);
      // A step over a blank year is its per-year rate counted for each year.
      if (edge.series.slice(edge.series.findIndex((x) => x !== null)).some((x, k, a) => x === null && a.slice(k).some((y) => y !== null))) expect(cell.formula).toMatch(/\^\(1\/2\)/);
    } else {
      expect(cell.status).toBe('terhalang');
      expect(cell.reason).toMatch(/^Pertumbuhan tidak dapat dihitung: [C-G]\d+ \(tahun 20\d\d\) (adalah 0|negatif).*memberi #(DIV\/0!|NUM!)/);
    }
  });

  test('the README example: 100, kosong, 121 → one two-year step of 10% a year', () => {
    const cell = byRow.get(2)!;
    expect(cell.formula).toBe('IFERROR((((E3/C3)^(1/2)-1)*2)/2,"")');
    expect(cell.value).toBeCloseTo(0.1, 12);
  });

  test('a written value matching the CAGR over the years spanned keeps the CAGR, as a percentage', () => {
    const cell = byRow.get(rows.length - 1)!;
    expect(cell.formula).toBe(`IFERROR(((F${rows.length}/C${rows.length})^(1/3)-1)*100,"")`);
    expect(cell.status).toBe('isi');
    expect(evaluate(cell.formula)).toBeCloseTo(cell.value, 10);
  });
});

describe('fungsi: the function over a range only where the range counts the same years', () => {
  const { models } = checkWorkbook(grid);
  const plan = buildFillPlan(models, 'fungsi');
  test('gapless rows use RENSTRA.RATA_PERTUMBUHAN over the range, rows with gaps the portable terms', () => {
    const cells = growthCells(plan.cells).filter((c) => c.status === 'isi');
    for (const c of cells) {
      const ranged = /^RENSTRA\.RATA_PERTUMBUHAN\(([A-Z]+\d+):([A-Z]+\d+)(,"cagr")?\)(\*100)?$/.exec(c.formula);
      if (ranged) {
        const from = parseA1(ranged[1]);
        const to = parseA1(ranged[2]);
        const values = rows[from.row].slice(from.col, to.col + 1);
        const out = F.RATA_PERTUMBUHAN([values], ranged[3] ? 'cagr' : undefined) as number;
        expect(out * (ranged[4] ? 100 : 1)).toBeCloseTo(c.value, 12);
        expect(values.every((v) => v !== null)).toBe(true);
      } else {
        expect(evaluate(c.formula)).toBeCloseTo(c.value, 12);
      }
    }
    expect(cells.find((c) => c.row === 1)!.formula).toBe('RENSTRA.RATA_PERTUMBUHAN(C2:E2)');
    expect(cells.find((c) => c.row === 2)!.formula).toMatch(/^IFERROR\(/);
  });
});

test(
  'LibreOffice recalculates every filled growth cell to the core’s value',
  async () => {
    if (!existsSync(SOFFICE)) throw new Error(`LibreOffice tidak ada di ${SOFFICE}: pasang dengan "apt-get install libreoffice-calc-nogui" (.ci/run melakukannya).`);
    const dir = mkdtempSync(join(tmpdir(), 'renstra-growth-'));
    const input = join(dir, 'pertumbuhan.xlsx');
    const output = join(dir, 'terisi.xlsx');
    await writeGridXlsx(grid, input);
    const { written } = await fillXlsx(input, output, { mode: 'portabel', overwriteConflicts: true, force: true });
    const filled = growthCells(written);
    expect(filled.length).toBe(GROWTH_EDGES.filter((g) => typeof g.mean === 'number').length + 1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculate(output));
    const mismatches: string[] = [];
    for (const c of filled) {
      const v = wb.getWorksheet(c.sheet)!.getCell(c.cell).value as { result?: unknown } | number | null;
      const result = typeof v === 'object' && v !== null ? v.result : v;
      const value = result === undefined ? 0 : result;
      if (typeof value !== 'number' || Math.abs(value - c.value) > 1e-9 * Math.max(1, Math.abs(c.value))) mismatches.push(`${c.cell} =${c.formula}: LibreOffice ${JSON.stringify(value)}, core ${c.value}`);
    }
    expect(mismatches).toEqual([]);
  },
  240000,
);
