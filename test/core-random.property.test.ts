/**
 * Random grids straight into the core: whatever a host hands over — noise, header-like rows over
 * numbers and Indonesian number texts, realistic tables with noise thrown in, merges (overlapping
 * ones too), formulas, error values, texts of 32 000 characters — `checkWorkbook` and
 * `buildFillPlan` never throw, every finding points at a cell inside its sheet, every related
 * address parses and points inside an existing sheet, every fill cell lies inside its sheet, and
 * no finding, fill reason or readable report shows `NaN`, `Infinity`, `undefined` or `[object …]`.
 */
import fc from 'fast-check';
import { formatText } from '../src/cli/format-text';
import { parseA1 } from '../src/core/address';
import { checkWorkbook } from '../src/core/check';
import { buildFillPlan } from '../src/core/fill/plan';
import type { CellData, MergeArea, SheetGrid, WorkbookGrid } from '../src/core/grid';
import { officialNomenclature } from '../src/core/nomenclature/official';
import { explainWorkbook } from '../src/core/recognize';
import { reportFile } from '../src/core/report';
import nomenklatur from '../src/data/nomenklatur.json';
import { layoutArbitrary, maxKegiatan, maxSubs, MAX_PROGRAMS, ODD_COLUMN_FAMILIES, render, YEARS, type Layout, type Plan } from './helpers/synthetic';

const nomenclature = officialNomenclature();

// ---------------------------------------------------------------------------------------------
// Cells

const HEADER_WORDS = [
  'NO', 'No.', 'KODE', 'Kode', 'PROGRAM/ KEGIATAN/ SUB KEGIATAN', 'Program dan Kegiatan', 'Urusan', 'Bidang Urusan',
  'INDIKATOR KINERJA', 'Indikator Kinerja Program (outcome) dan Kegiatan (output)', 'Satuan', 'BASELINE', 'Kondisi Awal',
  'Data Capaian pada Tahun Awal Perencanaan', 'TARGET', 'target', 'PAGU', 'Rp', 'Rp.', 'TARGET DAN PAGU INDIKATIF TAHUN',
  'Target Kinerja Program dan Kerangka Pendanaan', 'Realisasi', 'Anggaran', 'Realisasi Anggaran', 'Rasio', 'Rasio Capaian',
  'Capaian (%)', 'Rata-rata Pertumbuhan', 'Rata-Rata Pertumbuhan Anggaran', 'Kondisi Kinerja pada akhir periode Renstra Perangkat Daerah',
  'Tujuan', 'Sasaran', 'Indikator Sasaran', 'Indikator Tujuan', 'Unit Kerja Perangkat Daerah Penanggung Jawab', 'Lokasi', 'KET',
  'Keterangan', 'JUMLAH', 'Jumlah', 'TOTAL', 'Sub Total', 'Tahun 2025', 'Tahun-1', 'Tahun ke-', 'TA 2026', 'Th. 2027', '(2028)',
  'Tahun I', 'TAHUN 5', 'IKU', 'Strategi', 'Arah Kebijakan', 'Outcome', 'Output', 'Tabel 4.2', 'Tabel T-C.27',
  'Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan', 'Sumber Dana', 'Prioritas Daerah',
];

const NUMBER_TEXTS = [
  '1.234.567', '1.234.567,89', '12,5%', '12,5 %', 'Rp 1.000.000', 'Rp. 2.500.000,00', '(1.000)', '-', '–', '—', '0', '0,00',
  '1,234.56', '100%', '1 234 567', '2.5', '-12', '−7', '1e5', '.', ',', '%', 'Rp', '1.2.3', '00012', '12.000.000.000.000.000.000',
  '0,000001', '99,99%', 'Rp -', 'n/a', 'N/A', '#DIV/0!', 'BB', 'A', '96%', '1/2', '2025', "'2025", '3 Dokumen', '12 Laporan',
];

const CODES = ['7.01.02', '7.01.02.2.01', '7.01.02.2.01.0001', '1.03.10', '1.03.10.2.01', '1.03.10.2.01.0001', 'X.XX.01', 'X.XX.01.2.01.0001', '7', '01', '2.01', '0002', '1.', '..', '9.99.99.9.99.9999'];

const NAMES = [
  ...(nomenklatur.programs as [string, string][]).slice(0, 40).map(([, n]) => n),
  ...(nomenklatur.kegiatan as [string, string][]).slice(0, 40).map(([, n]) => n),
  'Output : Tersedianya laporan', 'Persentase capaian', 'Jumlah Dokumen Perencanaan', 'Indeks Kepuasan Masyarakat',
];

const FORMATS = ['#,##0', '#,##0.00', '0%', '0.00%', '0.0', 'yyyy', 'dd/mm/yyyy', '@', 'General', '#,##0.00;(#,##0.00)', '"Rp"#,##0', '0.00E+00'];

const numberArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -1000, max: 2_000_000_000 }) },
  { weight: 2, arbitrary: fc.double({ min: -1e6, max: 1e13, noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.constantFrom(0, 1, 2, 3, 4, 5, 2021, 2025, 2026, 2027, 2028, 2029, 2030, 100, 0.5, 1e-9, 45658) },
  { weight: 1, arbitrary: fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e300, -1e300, Number.MIN_VALUE, -0) },
);

const longTextArb = fc.constantFrom(
  ' '.repeat(32000) + 'Jumlah 1',
  '1'.repeat(32000),
  ('1' + '.234'.repeat(8000)).slice(0, 31997) + ',50',
  'PROGRAM '.repeat(4000),
  '('.repeat(32000),
  'Tahun ke-'.repeat(3500),
);

const textArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HEADER_WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...NUMBER_TEXTS) },
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...CODES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: longTextArb },
);

const decoration = fc.record(
  { bold: fc.constant(true), indent: fc.integer({ min: 1, max: 15 }), fmt: fc.constantFrom(...FORMATS) },
  { requiredKeys: [] },
);

const FORMULAS = ['SUM(D5:D9)', 'D5/C5', 'IFERROR(O8/I8,"")', 'A1', 'A1+A1', '#REF!+1', 'RENSTRA.RASIO_CAPAIAN(O8,I8)', 'SUM(A1:XFD1048576)', 'TRUE()', '(((1)))', ''];
const ERRORS = ['#REF!', '#DIV/0!', '#N/A', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!'];

const cellArb: fc.Arbitrary<CellData | undefined> = fc.oneof(
  { weight: 5, arbitrary: fc.constant(undefined) },
  { weight: 5, arbitrary: fc.tuple(numberArb, decoration).map(([v, d]): CellData => ({ v, ...d })) },
  { weight: 5, arbitrary: fc.tuple(textArb, decoration).map(([v, d]): CellData => ({ v, ...d })) },
  { weight: 1, arbitrary: fc.boolean().map((v): CellData => ({ v })) },
  { weight: 1, arbitrary: fc.constant<CellData>({ v: null }) },
  {
    weight: 2,
    arbitrary: fc
      .record({ f: fc.constantFrom(...FORMULAS), v: fc.oneof(numberArb, fc.constantFrom('', 'teks', null)), noValue: fc.boolean() })
      .map(({ f, v, noValue }): CellData => (noValue ? { f, v: null, noValue: true } : { f, v })),
  },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((err): CellData => ({ v: null, err })) },
);

// ---------------------------------------------------------------------------------------------
// Sheets

/** rowCount and colCount as a host sets them: from the cells, sometimes with slack (a used range). */
function sheetOf(name: string, rows: (CellData | undefined)[][], merges: MergeArea[], slack: number): SheetGrid {
  let rowCount = 0;
  let colCount = 0;
  rows.forEach((row, r) =>
    row?.forEach((c, col) => {
      if (!c) return;
      rowCount = Math.max(rowCount, r + 1);
      colCount = Math.max(colCount, col + 1);
    }),
  );
  for (const m of merges) {
    rowCount = Math.max(rowCount, m.bottom + 1);
    colCount = Math.max(colCount, m.right + 1);
  }
  return { name, rows, merges, rowCount: rowCount + slack, colCount: colCount + (slack ? 1 : 0) };
}

/** Merge areas inside rows × cols (overlapping ones too: a host should not give them, the core must not care). */
function mergesArb(rows: number, cols: number): fc.Arbitrary<MergeArea[]> {
  if (rows < 1 || cols < 1) return fc.constant([]);
  return fc.array(
    fc
      .record({ top: fc.nat(rows - 1), left: fc.nat(cols - 1), h: fc.nat(3), w: fc.nat(4) })
      .map(({ top, left, h, w }) => ({ top, left, bottom: Math.min(rows - 1, top + h), right: Math.min(cols - 1, left + w) })),
    { maxLength: 6 },
  );
}

const SHEET_NAMES = ['Tabel 4.2', 'Sheet1', "Kepala's", 'T-C.27', 'Lampiran (2)', '2025', 'Ü', ' spasi ', 'a!b'];

/** Noise: any cell anywhere. */
const noiseSheetArb: fc.Arbitrary<SheetGrid> = fc
  .record({
    name: fc.constantFrom(...SHEET_NAMES),
    rows: fc.array(fc.array(cellArb, { maxLength: 14 }), { maxLength: 24 }),
    slack: fc.nat(3),
  })
  .chain(({ name, rows, slack }) => {
    const cols = Math.max(0, ...rows.map((r) => r.length));
    return mergesArb(rows.length, cols).map((merges) => sheetOf(name, rows, merges, slack));
  });

/** Header-like rows (vocabulary, years, TARGET|PAGU pairs), an optional column-number row, then rows of codes, names and numbers. */
const tableSheetArb: fc.Arbitrary<SheetGrid> = fc
  .record({
    name: fc.constantFrom(...SHEET_NAMES),
    top: fc.nat(4),
    left: fc.nat(3),
    lead: fc.array(fc.constantFrom(...HEADER_WORDS), { minLength: 1, maxLength: 5 }),
    years: fc.integer({ min: 0, max: 6 }),
    startYear: fc.integer({ min: 2019, max: 2031 }),
    yearLabel: fc.constantFrom('2025', 'Tahun 2025', 'Tahun-1', 'TA 2025', '(2025)', 'Tahun I'),
    pairs: fc.constantFrom(['TARGET', 'PAGU'], ['PAGU', 'TARGET'], ['Target', 'Rp'], ['Realisasi', 'Anggaran'], ['TARGET'], ['Rasio', 'Capaian (%)']),
    tail: fc.array(fc.constantFrom(...HEADER_WORDS), { maxLength: 3 }),
    numberRow: fc.boolean(),
    body: fc.array(fc.record({ code: fc.option(fc.constantFrom(...CODES), { nil: undefined }), name: fc.option(textArb, { nil: undefined }), cells: fc.array(cellArb, { maxLength: 18 }), indent: fc.nat(3) }), { maxLength: 20 }),
    noise: fc.array(fc.tuple(fc.nat(30), fc.nat(24), cellArb), { maxLength: 8 }),
    slack: fc.nat(2),
  })
  .chain((t) => {
    const rows: (CellData | undefined)[][] = [];
    const set = (r: number, c: number, cell: CellData | undefined) => {
      (rows[r] ??= [])[c] = cell;
    };
    const merges: MergeArea[] = [];
    let c = t.left;
    const headerTop = t.top;
    for (const w of t.lead) {
      set(headerTop, c, { v: w, bold: true });
      merges.push({ top: headerTop, left: c, bottom: headerTop + 1, right: c });
      c++;
    }
    const yearsLeft = c;
    for (let y = 0; y < t.years; y++) {
      const label = t.yearLabel.includes('2025') ? t.yearLabel.replace('2025', String(t.startYear + y)) : t.yearLabel.replace(/1|I$/, String(y + 1));
      set(headerTop, c, { v: /^\d+$/.test(label) ? Number(label) : label, bold: true });
      if (t.pairs.length > 1) merges.push({ top: headerTop, left: c, bottom: headerTop, right: c + t.pairs.length - 1 });
      t.pairs.forEach((p, i) => set(headerTop + 1, c + i, { v: p, bold: true }));
      c += t.pairs.length;
    }
    for (const w of t.tail) set(headerTop, c++, { v: w, bold: true });
    let r = headerTop + 2;
    if (t.numberRow) {
      for (let k = t.left; k < c; k++) set(r, k, { v: k - t.left + 1 });
      r++;
    }
    for (const b of t.body) {
      let k = t.left;
      if (b.code !== undefined) set(r, k++, { v: b.code });
      if (b.name !== undefined) set(r, k++, { v: b.name, ...(b.indent ? { indent: b.indent } : {}) });
      for (const cell of b.cells) {
        if (k >= Math.max(c, yearsLeft + 1)) break;
        set(r, k++, cell);
      }
      r++;
    }
    for (const [nr, nc, cell] of t.noise) set(nr, nc, cell);
    let cols = c;
    rows.forEach((row) => {
      if (row) cols = Math.max(cols, row.length);
    });
    return mergesArb(Math.max(r, rows.length), cols).map((extra) => sheetOf(t.name, rows, [...merges, ...extra], t.slack));
  });

/** A realistic Renstra table (test/helpers/synthetic.ts) with noise: cells overwritten, rows dropped or doubled, merges added. */
const planArb: fc.Arbitrary<Plan> = fc
  .record({
    shape: fc.array(fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: MAX_PROGRAMS }),
    target: fc.integer({ min: 1, max: 60 }),
    pagu: fc.integer({ min: 1000, max: 500000 }),
    picks: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
  })
  .map(({ shape, target, pagu, picks }) => {
    const programs = shape.map((kegs, pi) => ({
      kegiatan: kegs.slice(0, maxKegiatan(pi)).map((nSubs, ki) => ({
        subs: Array.from({ length: Math.min(nSubs, maxSubs(pi, ki)) }, (_, si) => ({ target: target + si, pagu: Array.from({ length: YEARS }, (__, y) => (pagu + y * 7 + si) * 1000) })),
      })),
    }));
    const p = picks[0] % programs.length;
    const k = picks[1] % programs[p].kegiatan.length;
    return {
      programs,
      jumlahShort: { year: picks[2] % YEARS, delta: 1000 },
      kegiatanOff: { program: p, kegiatan: k, year: picks[3] % YEARS, delta: 2000 },
      targetTypo: { program: p, kegiatan: k, sub: picks[4] % programs[p].kegiatan[k].subs.length, year: picks[5] % YEARS },
    };
  });

const layoutArb: fc.Arbitrary<Layout> = layoutArbitrary({
  top: fc.nat(6),
  left: fc.nat(3),
  oddColumns: fc.array(
    fc.oneof(...ODD_COLUMN_FAMILIES.map(({ headers, values }) => fc.record({ header: fc.constantFrom(...headers), at: fc.constantFrom('after-name', 'after-indicator', 'end'), values: fc.constant([...values] as string[]) }))),
    { maxLength: 2 },
  ),
});

const noisyTableArb: fc.Arbitrary<WorkbookGrid> = fc
  .record({
    plan: planArb,
    layout: layoutArb,
    overwrite: fc.array(fc.tuple(fc.nat(60), fc.nat(30), cellArb), { maxLength: 10 }),
    dropRows: fc.array(fc.nat(60), { maxLength: 3 }),
    doubleRows: fc.array(fc.nat(60), { maxLength: 2 }),
    merges: fc.array(fc.record({ top: fc.nat(60), left: fc.nat(30), h: fc.nat(2), w: fc.nat(3) }), { maxLength: 4 }),
  })
  .map(({ plan, layout, overwrite, dropRows, doubleRows, merges }) => {
    const { workbook } = render(plan, layout);
    const sheets = workbook.sheets.map((s) => {
      const rows = s.rows.map((row) => (row ? row.slice() : row));
      for (const [r, c, cell] of overwrite) (rows[r] ??= [])[c] = cell;
      for (const r of dropRows) if (r < rows.length) rows.splice(r, 1);
      for (const r of doubleRows) if (r < rows.length) rows.splice(r, 0, rows[r] ? rows[r].slice() : rows[r]);
      const extra = merges.map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));
      // Rows taken out or doubled leave the table's merges where they were: stale, as after a careless edit.
      return sheetOf(s.name, rows, [...s.merges, ...extra], 0);
    });
    return { sheets };
  });

/** Sheet names are unique in a workbook (Excel enforces it; the reader refuses a file that breaks it). */
function uniqueNames(sheets: SheetGrid[]): WorkbookGrid {
  const seen = new Set<string>();
  return {
    sheets: sheets.map((s, i) => {
      const name = seen.has(s.name) ? `${s.name} (${i + 1})` : s.name;
      seen.add(name);
      return { ...s, name };
    }),
  };
}

const workbookArb: fc.Arbitrary<WorkbookGrid> = fc.oneof(
  fc.array(noiseSheetArb, { minLength: 1, maxLength: 3 }).map(uniqueNames),
  fc.array(fc.oneof(tableSheetArb, noiseSheetArb), { minLength: 1, maxLength: 3 }).map(uniqueNames),
  noisyTableArb,
);

// ---------------------------------------------------------------------------------------------
// The invariants

/** How far a sheet reaches: its declared counts, or the cells and merges it holds. */
function extent(sheet: SheetGrid): { rows: number; cols: number } {
  let cols = sheet.colCount;
  sheet.rows.forEach((row) => {
    if (row) cols = Math.max(cols, row.length);
  });
  let rows = Math.max(sheet.rowCount, sheet.rows.length);
  for (const m of sheet.merges) {
    rows = Math.max(rows, m.bottom + 1);
    cols = Math.max(cols, m.right + 1);
  }
  return { rows, cols };
}

function inside(sheet: SheetGrid, ref: string, what: string): void {
  const { row, col } = parseA1(ref);
  const { rows, cols } = extent(sheet);
  if (!(row >= 0 && col >= 0 && row < rows && col < cols)) throw new Error(`${what}: ${sheet.name}!${ref} lies outside the sheet (${rows} rows × ${cols} columns)`);
}

/** `'Tabel 4.2'!H108`, `Sheet1!A1:B2` or `H108` → sheet name (the finding's own when unqualified) and the A1 part. */
function splitRef(ref: string, own: string): { sheet: string; a1: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref);
  if (!m) return { sheet: own, a1: ref };
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], a1: m[3] };
}

const GARBLED = /\bNaN\b|\bundefined\b|\[object \w+\]|\bInfinity\b/;

function checkInvariants(workbook: WorkbookGrid, overwriteConflicts: boolean): void {
  const result = checkWorkbook(workbook, { nomenclature });
  const byName = new Map(workbook.sheets.map((s) => [s.name, s]));
  for (const f of result.findings) {
    const what = `${f.rule} at ${f.sheet}!${f.cell}`;
    const sheet = byName.get(f.sheet);
    if (!sheet) throw new Error(`${what}: no such sheet`);
    inside(sheet, f.cell, what);
    for (const rel of f.related) {
      const { sheet: name, a1 } = splitRef(rel, f.sheet);
      const target = byName.get(name);
      if (!target) throw new Error(`${what}: related ${rel} names no sheet of the workbook`);
      for (const end of a1.split(':')) inside(target, end, `${what}: related ${rel}`);
    }
    if (typeof f.message !== 'string' || !f.message.trim()) throw new Error(`${what}: no message`);
    if (GARBLED.test(f.message)) throw new Error(`${what}: message shows ${GARBLED.exec(f.message)![0]}: ${f.message.slice(0, 300)}`);
    for (const v of [f.expected, f.actual]) if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`${what}: value ${v}`);
  }
  for (const mode of ['portabel', 'fungsi'] as const) {
    const plan = buildFillPlan(result.models, mode, { overwriteConflicts });
    for (const c of plan.cells) {
      const what = `fill ${c.kind} at ${c.sheet}!${c.cell}`;
      const sheet = byName.get(c.sheet);
      if (!sheet) throw new Error(`${what}: no such sheet`);
      inside(sheet, c.cell, what);
      const at = parseA1(c.cell);
      if (at.row !== c.row || at.col !== c.col) throw new Error(`${what}: row/col ${c.row}/${c.col} differ from the address`);
      if (!c.formula) throw new Error(`${what}: no formula`);
      if (typeof c.value !== 'number') throw new Error(`${what}: value ${String(c.value)}`);
      if (c.reason && GARBLED.test(c.reason)) throw new Error(`${what}: reason shows ${GARBLED.exec(c.reason)![0]}`);
    }
  }
  // What the CLI does with a result: the explanation of the sheets and the readable report.
  explainWorkbook(workbook, result.tables);
  const text = formatText({ ...reportFile('acak.xlsx', result), diagnostics: explainWorkbook(workbook, result.tables) }, { explain: true });
  if (GARBLED.test(text)) throw new Error(`the report shows ${GARBLED.exec(text)![0]}: …${text.slice(Math.max(0, text.search(GARBLED) - 200), text.search(GARBLED) + 60)}`);
}

/** Texts of 32 000 characters make counterexamples unreadable: cut each long string short. */
function shortJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' && v.length > 60 ? `${v.slice(0, 40)}… (${v.length} karakter)` : v));
}

function assertProperty(params: fc.Parameters<[WorkbookGrid, boolean]>): void {
  const details = fc.check(fc.property(workbookArb, fc.boolean(), (workbook, overwrite) => checkInvariants(workbook, overwrite)), params);
  if (details.failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`${cause.slice(0, 600)}\nseed ${details.seed}, path ${details.counterexamplePath}\ncounterexample: ${shortJson(details.counterexample)?.slice(0, 4000)}`);
  }
}

test('noise, header-like tables and noisy Renstra tables: the core never throws and every address lies inside its sheet', () => {
  assertProperty({ numRuns: 400, seed: 102 });
});

/** RANDOM_GRID_RUNS=8000 npx jest test/core-random.property.test.ts -t fresh: a longer search. */
test('the same with fresh randomness each run', () => {
  assertProperty({ numRuns: Number(process.env.RANDOM_GRID_RUNS ?? 150) });
});

