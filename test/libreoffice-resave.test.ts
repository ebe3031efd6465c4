/**
 * A workbook that went through LibreOffice is still the same workbook: the sample and the real
 * Dinas PU workbook, re-saved as .xlsx by LibreOffice (with its default profile, which keeps the
 * cached values, and with a profile that recalculates every formula on load), give the same tables
 * and the same findings — and where LibreOffice really changed the file, the test says exactly what
 * changed. An .ods (or an .ods renamed .xlsx) is refused with a clear message instead of reading as
 * a workbook with no table.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main, type Io } from '../src/cli/main';
import { readXlsx, WorkbookReadError } from '../src/cli/read-xlsx';
import { a1 } from '../src/core/address';
import { checkWorkbook, type CheckResult } from '../src/core/check';
import type { CellData, WorkbookGrid } from '../src/core/grid';
import { officialNomenclature } from '../src/core/nomenclature/official';
import type { Finding } from '../src/core/rules/types';
import { displayFormula, normalizeFormula } from '../src/core/rules/util';
import { refErrorHiddenByIferror } from '../src/core/rules/value-sel';
import { REAL, SAMPLE } from './helpers/load';
import { resave, SOFFICE } from './helpers/libreoffice';

interface Read {
  grid: WorkbookGrid;
  result: CheckResult;
}

async function read(file: string): Promise<Read> {
  const grid = await readXlsx(file);
  return { grid, result: checkWorkbook(grid, { nomenclature: officialNomenclature() }) };
}

interface Change {
  at: string;
  before?: CellData;
  after?: CellData;
}

/** Every cell that reads differently in `after` (sheets, merges and extents must not differ at all). */
function changes(before: WorkbookGrid, after: WorkbookGrid): Change[] {
  expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
  const out: Change[] = [];
  before.sheets.forEach((a, i) => {
    const b = after.sheets[i];
    const order = (m: { top: number; left: number }[]) => [...m].sort((x, y) => x.top - y.top || x.left - y.left);
    expect(order(b.merges)).toEqual(order(a.merges));
    expect([b.rowCount, b.colCount]).toEqual([a.rowCount, a.colCount]);
    for (let r = 0; r < Math.max(a.rows.length, b.rows.length); r++) {
      for (let c = 0; c < Math.max(a.colCount, b.colCount); c++) {
        const x = a.rows[r]?.[c];
        const y = b.rows[r]?.[c];
        if (JSON.stringify(x) !== JSON.stringify(y)) out.push({ at: `${a.name}!${a1(r, c)}`, before: x, after: y });
      }
    }
  });
  return out;
}

const key = (f: Finding) => JSON.stringify(f);
const withoutFormulas = (c: Change) => ({ ...c.before, f: undefined });

/** Cells of the PU workbook whose formula is spelled `_xlfn.IFERROR(` (IFERROR needs no prefix). */
function prefixedIferror(grid: WorkbookGrid): Set<string> {
  const out = new Set<string>();
  for (const s of grid.sheets) {
    s.rows.forEach((row, r) => row?.forEach((cell, c) => cell?.f?.startsWith('_xlfn.IFERROR(') && out.add(`${s.name}!${a1(r, c)}`)));
  }
  return out;
}

let work: string;
let probe: string;
const original: Record<'sample' | 'real' | 'probe', Read> = {} as never;
const kept: Record<'sample' | 'real' | 'probe', Read> = {} as never;
const recalculated: Record<'sample' | 'real', Read> = {} as never;
let ods: string;
let odsRenamed: string;

/**
 * A small workbook with the cell kinds LibreOffice writes its own way: a shared formula and its
 * clone, a typed boolean and a boolean formula, a date, a formula showing "" (IFERROR(…, "")), a
 * text formula, an inline string, a ratio with 17 significant digits.
 */
async function writeProbe(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Uji');
  ws.getCell('A1').value = 10;
  ws.getCell('A2').value = 20;
  ws.getCell('B1').value = { formula: 'IFERROR(A1+#REF!,"")', result: '' };
  ws.getCell('B2').value = { formula: 'A1>5', result: true };
  ws.getCell('B3').value = true;
  ws.getCell('B4').value = new Date(Date.UTC(2025, 0, 31));
  ws.getCell('B5').value = { formula: 'A1&" orang"', result: '10 orang' };
  ws.getCell('B6').value = { formula: 'A1/3', result: 10 / 3 };
  ws.getCell('C1').value = { formula: 'A1*2', result: 20, shareType: 'shared', ref: 'C1:C2' } as ExcelJS.CellFormulaValue;
  ws.getCell('C2').value = { sharedFormula: 'C1', result: 40 };
  await wb.xlsx.writeFile(file);
  // exceljs writes shared strings only; an inline string is patched into the sheet XML.
  const zip = await JSZip.loadAsync(readFileSync(file));
  const path = 'xl/worksheets/sheet1.xml';
  const xml = (await zip.file(path)!.async('string')).replace('<c r="A1"><v>10</v></c>', '<c r="A1"><v>10</v></c><c r="D1" t="inlineStr"><is><t>Teks sebaris</t></is></c>');
  expect(xml).toContain('t="inlineStr"');
  zip.file(path, xml);
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
}

beforeAll(async () => {
  if (!existsSync(SOFFICE)) throw new Error(`LibreOffice tidak ada di ${SOFFICE}: pasang dengan "apt-get install libreoffice-calc-nogui" (.ci/run melakukannya).`);
  work = mkdtempSync(join(tmpdir(), 'renstra-lo-resave-'));
  probe = join(work, 'kebiasaan-libreoffice.xlsx');
  await writeProbe(probe);
  // One LibreOffice run per profile and format (each takes a few seconds).
  const [sampleKept, realKept, probeKept] = resave([SAMPLE, REAL, probe], 'xlsx');
  const [sampleRecalc, realRecalc] = resave([SAMPLE, REAL], 'xlsx', { recalculate: true });
  [ods] = resave([SAMPLE], 'ods');
  odsRenamed = join(work, 'renstra-dari-calc.xlsx');
  copyFileSync(ods, odsRenamed);
  [original.sample, original.real, original.probe] = await Promise.all([read(SAMPLE), read(REAL), read(probe)]);
  [kept.sample, kept.real, kept.probe] = await Promise.all([read(sampleKept), read(realKept), read(probeKept)]);
  [recalculated.sample, recalculated.real] = await Promise.all([read(sampleRecalc), read(realRecalc)]);
}, 120000);

describe('re-saved by LibreOffice (default profile: cached values kept)', () => {
  test('the sample reads cell for cell the same, with the same tables and findings', () => {
    expect(changes(original.sample.grid, kept.sample.grid)).toEqual([]);
    expect(kept.sample.result.tables).toEqual(original.sample.result.tables);
    expect(kept.sample.result.findings).toEqual(original.sample.result.findings);
    expect(original.sample.result.findings.length).toBeGreaterThan(50);
  });

  test('the PU workbook: what LibreOffice changed, cell by cell', () => {
    const prefixed = prefixedIferror(original.real.grid);
    expect(prefixed.size).toBeGreaterThan(200);
    const changed = changes(original.real.grid, kept.real.grid);
    // 1. LibreOffice does not know the spelling `_xlfn.IFERROR` (Excel stores IFERROR without a
    //    prefix) and writes an unknown function name in lower case: `_xlfn.iferror(`. Only the
    //    spelling changes; the formula is the same as Excel shows it.
    const spelling = changed.filter((c) => c.before?.f !== c.after?.f);
    expect(new Set(spelling.map((c) => c.at))).toEqual(prefixed);
    for (const c of spelling) {
      expect(c.after!.f).toBe(c.before!.f!.replace('_xlfn.IFERROR(', '_xlfn.iferror('));
      expect(normalizeFormula(c.after!.f!)).toBe(normalizeFormula(c.before!.f!));
    }
    // 2. Program SDA's pagu row (G39:P39, `IFERROR(G40+G44+#REF!,"")`) had no cached value
    //    (read as the empty text Excel shows); LibreOffice calculates it without applying the
    //    unknown IFERROR and caches #REF!. Every other cached value is kept as it was.
    const values = changed.filter((c) => JSON.stringify(withoutFormulas(c)) !== JSON.stringify({ ...c.after, f: undefined }));
    expect(values.map((c) => c.at)).toEqual(['G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P'].map((col) => `RENSTRA!${col}39`));
    for (const c of values) {
      expect(c.before).toMatchObject({ v: null });
      expect(c.before!.err).toBeUndefined();
      expect(c.after).toMatchObject({ v: null, err: '#REF!' });
    }
  });

  test('the PU workbook gives the same tables and findings, messages included', () => {
    expect(kept.real.result.tables).toEqual(original.real.result.tables);
    // Messages show formulas as Excel does (`=IFERROR(…)`), so `_xlfn.iferror(` reads the same and
    // no normalisation is needed here; the cached #REF! of G39:P39 is read as the empty cell Excel
    // shows, so program SDA is still a broken formula (value.rumus-rusak) and an empty parent pagu
    // (total.pagu-induk), not a plain error value.
    expect(kept.real.result.findings).toEqual(original.real.result.findings);
    const h39 = kept.real.result.findings.filter((f) => f.cell === 'H39').map((f) => [f.rule, f.severity, f.actual]);
    expect(h39).toEqual([
      ['total.pagu-induk', 'error', null],
      ['value.rumus-rusak', 'error', '=IFERROR(H40+H44+#REF!,"")'],
    ]);
    expect(kept.real.result.findings.find((f) => f.cell === 'H44')!.message).toContain('(rumus =IFERROR(SUM(H47:H49),""))');
    expect(kept.real.result.findings.some((f) => /_xl|iferror/.test(f.message + String(f.actual)))).toBe(false);
  });

  test('LibreOffice’s XML habits read as the original: shared formulas, booleans, "" results, inline strings', () => {
    const changed = changes(original.probe.grid, kept.probe.grid);
    const cell = (r: Read, at: string) => r.grid.sheets[0].rows[Number(at.slice(1)) - 1]?.[at.charCodeAt(0) - 65];
    // The shared formula's clone has its own formula text, in the original and in the copy
    // (LibreOffice writes every formula out in full).
    expect(cell(original.probe, 'C2')).toEqual({ v: 40, f: 'A2*2' });
    // LibreOffice writes a typed TRUE as the formula TRUE() with cached 1: still read as typed.
    expect(cell(kept.probe, 'B3')).toEqual({ v: true });
    expect(cell(kept.probe, 'B2')).toEqual({ v: true, f: 'A1>5' });
    // A formula showing nothing (`t="str"` with `<v></v>`) reads as empty, as Excel shows it.
    expect(cell(original.probe, 'B1')).toEqual({ v: null, f: 'IFERROR(A1+#REF!,"")' });
    expect(cell(original.probe, 'D1')).toEqual({ v: 'Teks sebaris' });
    // What LibreOffice really changes here: the date's format code (built-in format 14 becomes a
    // custom `m/d/yyyy`; the date itself is the same) and cached numbers, which it writes with
    // 15 significant digits (3.3333333333333335 → 3.33333333333333).
    expect(changed.map((c) => c.at)).toEqual(['Uji!B4', 'Uji!B6']);
    expect(changed[0].before).toMatchObject({ v: '2025-01-31' });
    expect(changed[0].after).toMatchObject({ v: '2025-01-31' });
    expect(changed[0].after!.fmt).not.toBe(changed[0].before!.fmt);
    expect(changed[1].before).toEqual({ v: 10 / 3, f: 'A1/3' });
    expect(changed[1].after).toEqual({ v: 3.33333333333333, f: 'A1/3' });
  });
});

describe('re-saved by LibreOffice recalculating every formula on load', () => {
  test('the sample (no formulas) reads the same, with the same tables and findings', () => {
    expect(changes(original.sample.grid, recalculated.sample.grid)).toEqual([]);
    expect(recalculated.sample.result.tables).toEqual(original.sample.result.tables);
    expect(recalculated.sample.result.findings).toEqual(original.sample.result.findings);
  });

  test('the PU workbook: LibreOffice cannot evaluate `_xlfn.IFERROR` and caches #NAME? in each such cell', () => {
    const prefixed = prefixedIferror(original.real.grid);
    const changed = changes(original.real.grid, recalculated.real.grid);
    const values = changed.filter((c) => JSON.stringify(withoutFormulas(c)) !== JSON.stringify({ ...c.after, f: undefined }));
    // LibreOffice's own arithmetic differs from Excel's in the 15th significant digit in one cell:
    // O68 `=P68/850000000`, cached 128.939528803792 by Excel, 128.939528803791 by LibreOffice.
    const drift = values.filter((c) => !c.after?.err);
    expect(drift.map((c) => c.at)).toEqual(['RENSTRA!O68']);
    for (const c of drift) {
      const [x, y] = [c.before!.v as number, c.after!.v as number];
      expect(x).not.toBe(y);
      expect(Math.abs(x - y)).toBeLessThan(1e-12 * Math.abs(x));
    }
    expect(recalculated.real.result.tables).toEqual(original.real.result.tables);
    const errors = values.filter((c) => c.after?.err);
    if (errors.length === 0) {
      // A LibreOffice that knows the prefixed spelling recalculates to Excel's values.
      expect(recalculated.real.result.findings).toEqual(original.real.result.findings);
      return;
    }
    // LibreOffice (7.4 here) recalculates every `_xlfn.IFERROR(…)` formula to #NAME? — a real
    // change of the file's values, which Excel would recalculate back.
    expect(new Set(errors.map((c) => c.at))).toEqual(prefixed);
    for (const c of errors) expect(c.after).toMatchObject({ v: null, err: '#NAME?' });

    const before = new Map(original.real.result.findings.map((f) => [key(f), f]));
    const after = new Map(recalculated.real.result.findings.map((f) => [key(f), f]));
    const added = [...after.values()].filter((f) => !before.has(key(f)));
    const removed = [...before.values()].filter((f) => !after.has(key(f)));
    // Every #NAME? in a checked (per-year) column is reported as an error value, its formula
    // shown as Excel shows it.
    expect(added.length).toBe(230);
    for (const f of added) {
      expect(f).toMatchObject({ rule: 'value.galat', severity: 'error', actual: '#NAME?' });
      expect(prefixed.has(`${f.sheet}!${f.cell}`)).toBe(true);
      expect(f.message).toMatch(/\(rumus =IFERROR\(/);
    }
    // What can no longer be checked because its cells now show #NAME?: program SDA's broken
    // formulas (now plain error values, reported above), the parent pagu sums of rows 39 and 44
    // (their cells are errors now), and two target-pattern warnings on rows 33 and 44 (their
    // targets are IFERROR formulas too).
    expect(removed.map((f) => `${f.cell} ${f.rule}`).sort()).toEqual(
      [
        ...['G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P'].map((c) => `${c}39 value.rumus-rusak`),
        ...['H', 'J', 'L', 'N', 'P'].flatMap((c) => [`${c}39 total.pagu-induk`, `${c}44 total.pagu-induk`]),
        'G33 value.pola-target',
        'G44 value.pola-target',
      ].sort(),
    );
  });
});

describe('an OpenDocument spreadsheet is refused with a clear message', () => {
  async function run(...args: string[]): Promise<{ code: number; out: string; err: string[] }> {
    const out: string[] = [];
    const err: string[] = [];
    const io: Io = { out: (s) => out.push(s), err: (s) => err.push(s), errIsTty: false };
    const code = await main(args, io);
    return { code, out: out.join('\n'), err };
  }

  test.each([
    ['as .ods', () => ods],
    ['renamed .xlsx', () => odsRenamed],
  ])('%s', async (_label, fileOf) => {
    const file = fileOf();
    const error = await readXlsx(file).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).reason).toMatch(/^berkas OpenDocument \(\.ods\): simpan sebagai \.xlsx/);
    const { code, out, err } = await run('check', file);
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toBe(`renstra: ${file}: ${(error as WorkbookReadError).reason}`);
    expect(err[0]).toMatch(/Excel 2007-365 \(\.xlsx\)/);
    expect(out).not.toMatch(/0 tabel/);
  });
});

describe('formulas as Excel shows them, whichever program saved them', () => {
  test.each([
    ['_xlfn.iferror(SUM(H47:H49),"")', '=IFERROR(SUM(H47:H49),"")'], // LibreOffice, unknown function
    ['_xlfn.IFERROR(H40+H44+#REF!,"")', '=IFERROR(H40+H44+#REF!,"")'],
    ['_xlfn.STDEV.S(A1:A2)', '=STDEV.S(A1:A2)'],
    ['_xlfn._xlws.sort(A1:A3)', '=SORT(A1:A3)'],
    ['iferror(A1,"sum(x)")', '=IFERROR(A1,"sum(x)")'], // text in quotes is left alone
    ["SUM('data (lama)'!A1:A3)", "=SUM('data (lama)'!A1:A3)"], // so are quoted sheet names
    ['myLambda(A1)', '=myLambda(A1)'], // a mixed-case name is spelled as defined
    ['A1*2', '=A1*2'],
  ])('%s', (f, shown) => {
    expect(displayFormula(f)).toBe(shown);
  });

  test('a cached #REF! is the empty cell Excel shows only under a top-level IFERROR(…, "")', () => {
    const cell = (f: string, err = '#REF!'): CellData => ({ v: null, f, err });
    expect(refErrorHiddenByIferror(cell('_xlfn.iferror(H40+H44+#REF!,"")'))).toBe(true);
    expect(refErrorHiddenByIferror(cell('IFERROR(SUM(H40,#REF!), "")'))).toBe(true);
    expect(refErrorHiddenByIferror(cell('_xlfn.iferror(H40+H44+#REF!,"")', '#NAME?'))).toBe(false);
    expect(refErrorHiddenByIferror(cell('H40+#REF!'))).toBe(false); // Excel shows #REF! too
    expect(refErrorHiddenByIferror(cell('IFERROR(H40+#REF!,0)'))).toBe(false); // Excel shows 0
    expect(refErrorHiddenByIferror(cell('IFERROR(H40,1)+IF(#REF!,"")'))).toBe(false);
    expect(refErrorHiddenByIferror(cell('IFERROR(H40+#REF!,"")+1'))).toBe(false);
  });
});
