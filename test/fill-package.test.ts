/**
 * `renstra fill` keeps every byte it does not own: over a corpus of workbooks holding a chart, a
 * pivot table, an image, comments, validation, conditional formatting, hidden and protected sheets,
 * defined names and print titles, VBA, an external link and custom XML (test/helpers/package-corpus.ts),
 * every package part but the filled sheets and workbook.xml's calcPr is byte-identical, every cell of
 * the filled sheets that was not filled is unchanged, and LibreOffice recalculates each output to
 * the core's values.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { fillXlsx, type FillOutcome } from '../src/cli/fill-xlsx';
import { sheetParts } from '../src/cli/cached-values';
import { SAMPLE } from './helpers/load';
import { resave, SOFFICE } from './helpers/libreoffice';
import { buildCorpusFile, FEATURE_MARK, FEATURES, type Feature } from './helpers/package-corpus';

interface Filled {
  feature: Feature;
  input: string;
  output: string;
  outcome: FillOutcome;
}

const dir = mkdtempSync(join(tmpdir(), 'renstra-paket-'));
const filled: Filled[] = [];

beforeAll(async () => {
  for (const feature of FEATURES) {
    const input = await buildCorpusFile(feature, dir);
    const output = join(dir, `terisi-${feature}.${feature === 'vba' ? 'xlsm' : 'xlsx'}`);
    // Conflicts overwritten too: every kind of filled cell, also over typed values.
    const outcome = await fillXlsx(input, output, { mode: 'portabel', overwriteConflicts: true, force: false });
    filled.push({ feature, input, output, outcome });
  }
}, 240000);

async function parts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) out.set(name, await entry.async('nodebuffer'));
  return out;
}

/** A worksheet's text without the given cells, empty rows and the dimension: what fill must not touch. */
function untouched(xml: string, cells: Set<string>): string {
  return xml
    .replace(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, (m, r: string) => (cells.has(r) ? '' : m))
    .replace(/<row([^>]*?)\/>/g, '<row$1></row>')
    .replace(/<row r="\d+"><\/row>/g, '')
    .replace(/<dimension ref="[^"]*"\/>/, '');
}

describe.each(FEATURES)('%s', (feature) => {
  const get = () => filled.find((f) => f.feature === feature)!;

  test('the corpus file holds the feature, and the fill wrote cells', async () => {
    const { input, outcome } = get();
    const inParts = await parts(input);
    const mark = FEATURE_MARK[feature];
    expect([...inParts].some(([name, bytes]) => mark.part.test(name) && (!mark.text || bytes.toString('utf8').includes(mark.text)))).toBe(true);
    expect(outcome.written.length).toBeGreaterThan(100);
    expect(outcome.skipped).toEqual([]);
  });

  test('every other part is byte-identical; in the filled sheets only the filled cells changed', async () => {
    const { input, output, outcome } = get();
    const before = await parts(input);
    const after = await parts(output);
    expect([...after.keys()]).toEqual([...before.keys()]);
    const paths = await sheetParts(await JSZip.loadAsync(readFileSync(input)));
    const touched = new Map<string, Set<string>>();
    for (const c of outcome.written) {
      const path = paths.get(c.sheet)!;
      touched.set(path, new Set([...(touched.get(path) ?? []), c.cell]));
    }
    for (const [name, bytes] of before) {
      const cells = touched.get(name);
      if (cells) expect(untouched(after.get(name)!.toString('utf8'), cells)).toBe(untouched(bytes.toString('utf8'), cells));
      else if (name === 'xl/workbook.xml') expect(after.get(name)!.toString('utf8').replace(/ fullCalcOnLoad="1"|<calcPr fullCalcOnLoad="1"\/>/, '')).toBe(bytes.toString('utf8'));
      else expect({ name, same: after.get(name)!.equals(bytes) }).toEqual({ name, same: true });
    }
    expect(touched.size).toBe(3);
  });
});

test('LibreOffice opens every output and recalculates each filled cell to the core’s value', async () => {
  if (!existsSync(SOFFICE)) throw new Error(`LibreOffice tidak ada di ${SOFFICE}: pasang dengan "apt-get install libreoffice-calc-nogui" (.ci/run melakukannya).`);
  const copies = resave(
    filled.map((f) => f.output),
    'xlsx',
    { recalculate: true },
  );
  const mismatches: string[] = [];
  for (const [i, f] of filled.entries()) {
    expect({ feature: f.feature, opened: existsSync(copies[i]) }).toEqual({ feature: f.feature, opened: true });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copies[i]);
    for (const c of f.outcome.written) {
      const v = wb.getWorksheet(c.sheet)!.getCell(c.cell).value as { result?: unknown } | number | null;
      const result = typeof v === 'object' && v !== null ? v.result : v;
      const value = result === undefined ? 0 : result;
      if (typeof value !== 'number' || Math.abs(value - c.value) > 1e-9 * Math.max(1, Math.abs(c.value))) mismatches.push(`${f.feature} ${c.sheet}!${c.cell}: LibreOffice ${JSON.stringify(value)}, core ${c.value}`);
    }
  }
  expect(mismatches).toEqual([]);
}, 300000);

test('an .xlsm stays .xlsm: another extension is refused before anything is written', async () => {
  const input = filled.find((f) => f.feature === 'vba')!.input;
  await expect(fillXlsx(input, join(dir, 'salah.xlsx'), { mode: 'portabel', overwriteConflicts: false, force: false })).rejects.toThrow(/keluaran harus \.xlsm/);
  await expect(fillXlsx(SAMPLE, join(dir, 'salah.xlsm'), { mode: 'portabel', overwriteConflicts: false, force: false })).rejects.toThrow(/akhiran \.xlsx/);
  expect(readdirSync(dir).filter((f) => f.startsWith('salah'))).toEqual([]);
});

test('a failed write leaves no file, not even half of one: the output is written beside it and renamed', async () => {
  const blocked = join(dir, 'bukan-folder');
  writeFileSync(blocked, 'x');
  await expect(fillXlsx(SAMPLE, join(blocked, 'terisi.xlsx'), { mode: 'portabel', overwriteConflicts: false, force: false })).rejects.toThrow(/tidak dapat ditulis/);
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});
