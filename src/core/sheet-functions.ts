/**
 * The spreadsheet functions (=RENSTRA.RASIO_CAPAIAN …) as host-neutral logic: argument reading
 * (numbers, Indonesian number text, blanks, ranges), broadcasting over ranges, and errors with an
 * Indonesian message naming the argument. The arithmetic is the core formulas' — the same the
 * checker uses. Hosts (Excel custom functions, later Google Sheets) only translate errors.
 */
import {
  FormulaError,
  GrowthError,
  kategoriCapaian,
  mutuIkm,
  nilaiIkm,
  nilaiIkmDariJawaban,
  nilaiSakip,
  persenCapaian,
  pertumbuhan,
  POLARITAS,
  predikatSakip,
  rasioCapaian,
  rasioRealisasi,
  rataPertumbuhan,
  totalAkhirPeriode,
  type GrowthMethod,
  type Polaritas,
} from './formulas';
import { parseNumberText } from './number';

export type ErrorCode = '#VALUE!' | '#DIV/0!' | '#NUM!';

/** An error a function returns in a cell (not thrown): its Excel code and why, in Indonesian. */
export class SheetError {
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
  ) {}
}

export type Arg = number | string | boolean | null | undefined;
export type Out = number | string | SheetError;

/** A range argument as hosts pass it (rows of cells); a single value is also accepted. */
export type Range = Arg[][] | Arg;

function rows(r: Range): Arg[][] {
  return Array.isArray(r) ? (r as Arg[][]) : [[r as Arg]];
}

function isBlank(v: Arg): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Reads one argument value as a number: a number, or Indonesian text such as "1.344.033.013." or "81,50 Skor". */
export function readNumber(v: Arg, arg: string): number | null | SheetError {
  if (isBlank(v)) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : new SheetError('#NUM!', `${arg}: bukan bilangan hingga.`);
  if (typeof v === 'boolean') return new SheetError('#VALUE!', `${arg}: nilai logika (${v ? 'TRUE' : 'FALSE'}) bukan angka.`);
  const r = parseNumberText(String(v));
  if (!r) return new SheetError('#VALUE!', `${arg}: teks "${v}" bukan angka.`);
  return r.value;
}

function fromFormula(f: () => number | string): Out {
  try {
    return f();
  } catch (e) {
    if (e instanceof FormulaError) return new SheetError(e.excelError, e.message);
    throw e;
  }
}

/**
 * Applies `f` cell by cell over arguments of the same shape; a single value is used for every
 * cell of the other arguments (a column of realisasi and one of target → a column of ratios).
 */
function broadcast(args: Range[], names: string[], f: (...xs: number[]) => Out, blankOut: Out = ''): Out[][] {
  const grids = args.map(rows);
  const height = Math.max(...grids.map((g) => g.length));
  const width = Math.max(...grids.map((g) => (g[0] ?? []).length));
  for (let i = 0; i < grids.length; i++) {
    const g = grids[i];
    const single = g.length === 1 && (g[0] ?? []).length === 1;
    if (!single && (g.length !== height || (g[0] ?? []).length !== width)) {
      const err = new SheetError('#VALUE!', `${names[i]}: ukuran rentang (${g.length}×${(g[0] ?? []).length}) tidak sama dengan argumen lain (${height}×${width}).`);
      return [[err]];
    }
  }
  const out: Out[][] = [];
  for (let r = 0; r < height; r++) {
    const line: Out[] = [];
    for (let c = 0; c < width; c++) {
      const xs: number[] = [];
      let result: Out | undefined;
      for (let i = 0; i < grids.length; i++) {
        const g = grids[i];
        const v = g.length === 1 && g[0].length === 1 ? g[0][0] : g[r][c];
        const n = readNumber(v, names[i]);
        if (n instanceof SheetError) {
          result = n;
          break;
        }
        if (n === null) {
          result = blankOut;
          break;
        }
        xs.push(n);
      }
      line.push(result ?? f(...xs));
    }
    out.push(line);
  }
  return out;
}

function polaritasOf(p: Arg): Polaritas | SheetError {
  if (isBlank(p)) return 'positif';
  const v = String(p).trim().toLowerCase();
  if ((POLARITAS as readonly string[]).includes(v)) return v as Polaritas;
  return new SheetError('#VALUE!', `polaritas: "${p}" bukan salah satu dari "positif", "negatif" atau "negatif-tr".`);
}

export function RASIO_CAPAIAN(realisasi: Range, target: Range, polaritas?: Arg): Out[][] {
  const p = polaritasOf(polaritas);
  if (p instanceof SheetError) return [[p]];
  return broadcast([realisasi, target], ['realisasi', 'target'], (r, t) => fromFormula(() => rasioCapaian(r, t, p)));
}

export function PERSEN_CAPAIAN(realisasi: Range, target: Range, polaritas?: Arg): Out[][] {
  const p = polaritasOf(polaritas);
  if (p instanceof SheetError) return [[p]];
  return broadcast([realisasi, target], ['realisasi', 'target'], (r, t) => fromFormula(() => persenCapaian(r, t, p)));
}

export function KATEGORI_CAPAIAN(persen: Range): Out[][] {
  return broadcast([persen], ['persen'], (x) => kategoriCapaian(x));
}

export function RASIO_REALISASI(realisasi: Range, anggaran: Range): Out[][] {
  return broadcast(
    [realisasi, anggaran],
    ['realisasi', 'anggaran'],
    (r, a) => (a < 0 ? new SheetError('#VALUE!', 'anggaran: pagu/anggaran tidak boleh negatif.') : fromFormula(() => rasioRealisasi(r, a))),
  );
}

export function PERTUMBUHAN(nilaiAwal: Range, nilaiAkhir: Range): Out[][] {
  return broadcast([nilaiAwal, nilaiAkhir], ['nilai_awal', 'nilai_akhir'], (a, b) => fromFormula(() => pertumbuhan(a, b)));
}

/**
 * Reads a row or column of yearly values in order, blanks skipped (a missing year is not a zero),
 * each with its place in the range: a blank still takes its year.
 */
function positioned(range: Range, arg: string): { values: number[]; positions: number[] } | SheetError {
  const values: number[] = [];
  const positions: number[] = [];
  let i = 0;
  for (const line of rows(range)) {
    for (const v of line) {
      const n = readNumber(v, arg);
      if (n instanceof SheetError) return n;
      if (n !== null) {
        values.push(n);
        positions.push(i);
      }
      i++;
    }
  }
  return { values, positions };
}

/** The values of a range in order, blanks skipped. */
function series(range: Range, arg: string): number[] | SheetError {
  const s = positioned(range, arg);
  return s instanceof SheetError ? s : s.values;
}

/**
 * Mean year-on-year growth (or CAGR) of a row or column of yearly values. A blank cell is a year
 * without a value: the step across it counts its years (100, kosong, 121 → 0,10 a year).
 */
export function RATA_PERTUMBUHAN(deret: Range, metode?: Arg): Out {
  const m = isBlank(metode) ? 'rata-rata' : String(metode).trim().toLowerCase();
  if (m !== 'rata-rata' && m !== 'cagr') return new SheetError('#VALUE!', `metode: "${metode}" bukan "rata-rata" atau "cagr".`);
  const s = positioned(deret, 'deret');
  if (s instanceof SheetError) return s;
  try {
    return rataPertumbuhan(s.values, m as GrowthMethod, s.positions);
  } catch (e) {
    // Name the offending value by its place in the range, as the planner counts cells.
    if (e instanceof GrowthError) return new SheetError(e.excelError, `deret: ${e.reason(`nilai ke-${s.positions[e.index] + 1}`)}.`);
    if (e instanceof FormulaError) return new SheetError(e.excelError, e.message);
    throw e;
  }
}

export function NILAI_IKM(nrrUnsur: Range): Out {
  const grid = rows(nrrUnsur);
  const isMatrix = grid.length > 1 && (grid[0] ?? []).length > 1;
  if (!isMatrix) {
    const s = series(nrrUnsur, 'nrr_unsur');
    if (s instanceof SheetError) return s;
    return fromFormula(() => nilaiIkm(s));
  }
  // Respondents × unsur: raw answers 1–4.
  const matrix: number[][] = [];
  for (const line of grid) {
    const answers: number[] = [];
    for (const v of line) {
      const n = readNumber(v, 'nrr_unsur');
      if (n instanceof SheetError) return n;
      answers.push(n === null ? NaN : n);
    }
    if (answers.some((a) => !Number.isNaN(a))) matrix.push(answers);
  }
  return fromFormula(() => nilaiIkmDariJawaban(matrix));
}

export function MUTU_IKM(nilaiIkm: Range): Out[][] {
  return broadcast([nilaiIkm], ['nilai_ikm'], (x) => fromFormula(() => mutuIkm(x)));
}

export function NILAI_SAKIP(perencanaan: Range, pengukuran: Range, pelaporan: Range, evaluasi: Range): Out[][] {
  return broadcast([perencanaan, pengukuran, pelaporan, evaluasi], ['perencanaan', 'pengukuran', 'pelaporan', 'evaluasi'], (a, b, c, d) =>
    fromFormula(() => nilaiSakip(a, b, c, d)),
  );
}

export function PREDIKAT_SAKIP(nilai: Range): Out[][] {
  return broadcast([nilai], ['nilai'], (x) => fromFormula(() => predikatSakip(x)));
}

export function ANGKA(teks: Range): Out[][] {
  return broadcast([teks], ['teks'], (x) => x);
}

/** One or more ranges: T-C.27's yearly pagu columns alternate with target columns (F9, H9, J9 …). */
export function TOTAL_AKHIR_PERIODE(...deret: Range[]): Out {
  const all: number[] = [];
  for (const range of deret) {
    const s = series(range, 'deret');
    if (s instanceof SheetError) return s;
    all.push(...s);
  }
  return fromFormula(() => totalAkhirPeriode(all));
}


