/**
 * A fixed-seed slice of the fuzzer (`npm run fuzz`, scripts/fuzz.ts): three hostile or broken
 * workbooks of every mutation kind — zip bombs among them — derived from the sample and the PUPR
 * workbook, each through `renstra check` and `renstra fill IN -o OUT` in worker processes with the
 * fuzzer's caps. No run crashes (no stack trace; exit 0/1 with a report, or 2 with one clear line
 * naming the file), none is killed at the time cap (10 s per command, enforced by the pool killing
 * its worker — not a timed test) and none passes the memory cap.
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { KINDS } from '../scripts/fuzz-mutations';
import { DEFAULT_POOL, judge, runFuzz, summaryTable, type FuzzRow } from '../scripts/fuzz-runner';
import { REAL, SAMPLE } from './helpers/load';

const SEED = 20251;
const PER_KIND = 3;

let rows: FuzzRow[] = [];
const workDir = mkdtempSync(join(tmpdir(), 'renstra-fuzz-test-'));

beforeAll(async () => {
  rows = await runFuzz({
    seed: SEED,
    count: KINDS.length * PER_KIND,
    sources: [
      { name: 'sample', bytes: readFileSync(SAMPLE) },
      { name: 'pupr', bytes: readFileSync(REAL) },
    ],
    workDir,
    pool: { jobs: 2 },
  });
}, 300_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

test('every mutation kind is covered, each file through check and fill', () => {
  expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(KINDS));
  expect(rows).toHaveLength(KINDS.length * PER_KIND * 2);
});

test('no crash, no run killed at the time or memory cap', () => {
  const failed = rows.filter((r) => r.outcome !== 'ok' && r.outcome !== 'refused');
  // On failure: which file, which command, why, and the summary table.
  expect(failed.map((r) => `#${r.index} ${r.kind}/${r.variant} ${r.command}: ${r.outcome} — ${r.problem ?? r.message}`)).toEqual([]);
  if (failed.length) process.stdout.write(`${summaryTable(rows)}\n`);
});

test('every refusal is one line naming the file and its cause, in Bahasa Indonesia', () => {
  const refusals = rows.filter((r) => r.outcome === 'refused');
  expect(refusals.length).toBeGreaterThan(10);
  for (const r of refusals) {
    expect(r.code).toBe(2);
    expect(r.message).toMatch(/^renstra: \/.*kasus-\d{5}-[a-z-]+\.xlsx: \S/);
    expect(r.message).not.toMatch(/\n|TypeError|Cannot read|undefined|\bat \S+:\d+/);
  }
});

test('zip bombs are refused from their declared sizes, before anything is inflated', () => {
  const bombs = rows.filter((r) => r.kind === 'zip-bomb');
  expect(bombs.length).toBe(PER_KIND * 2);
  for (const b of bombs) {
    expect(b).toMatchObject({ outcome: 'refused', code: 2 });
    expect(b.message).toMatch(/isi arsip zip mengaku [\d.]+ MB setelah diekstrak .* — kemungkinan zip bomb, berkas tidak dibuka$/);
    // Refused without inflating: the worker stays near its baseline, far below the half gigabyte the parts claim.
    expect(b.peakMb).toBeLessThan(DEFAULT_POOL.maxRssMb / 2);
  }
});

describe('the judge', () => {
  const file = '/tmp/x.xlsx';
  const run = { code: 2, out: '', err: '', stray: '', ms: 5, peakMb: 100 };

  test('a clear refusal passes; a stack trace, an unexpected error or a message naming no file does not', () => {
    expect(judge('check', file, { ...run, err: `renstra: ${file}: arsip zip rusak atau terpotong` }).outcome).toBe('refused');
    expect(judge('check', file, { ...run, err: `renstra: ${file}: x\n    at foo (/a/b.js:1:2)` }).outcome).toBe('crash');
    expect(judge('check', file, { ...run, err: `renstra: ${file}: galat tak terduga saat memeriksa (boom)` }).problem).toMatch(/unexpected error/);
    expect(judge('check', file, { ...run, err: 'renstra: arsip rusak' }).problem).toMatch(/does not name the file/);
    expect(judge('check', file, { ...run, err: `renstra: ${file}: isi (Cannot read properties of undefined (reading 'x'))` }).problem).toMatch(/unclear cause/);
  });

  test('a report showing NaN, a fill that wrote nothing, a timeout and a worker out of memory fail', () => {
    expect(judge('check', file, { ...run, code: 1, out: 'Jumlah NaN' }).problem).toMatch(/garbled/);
    expect(judge('fill', file, { ...run, code: 0, out: 'ok' }, { output: '/tmp/tidak-ada-sama-sekali.xlsx' }).problem).toMatch(/wrote no file/);
    expect(judge('check', file, { ...run, code: null, failure: 'timeout', detail: 'lebih dari 10 s' }).outcome).toBe('timeout');
    expect(judge('fill', file, { ...run, code: null, failure: 'memory', detail: 'V8 heap limit' }).outcome).toBe('memory');
  });
});
