/**
 * Fuzzer: hostile and broken workbooks derived from the bundled sample and the PUPR workbook —
 * flipped and truncated bytes, dropped or duplicated zip parts, malformed XML, shared-string and
 * style indexes out of range, a <dimension> claiming a million rows, huge merges, bad cell
 * references, 32 000-character cells, circular formulas, broken add-in settings and zip bombs —
 * each run through `renstra check` and `renstra fill IN -o OUT` in worker processes with a time cap
 * and a memory cap. A run passes when nothing crashes: exit 0/1 with a report, or exit 2 with one
 * clear line naming the file; under the time cap; under the memory cap.
 *
 *   npm run fuzz [-- --seed 1 --count 1000 --jobs 2 --out test-results/fuzz.csv]
 *   npm run fuzz -- --seed 1 --only 17,230      (re-run single cases)
 *
 * Prints a summary per mutation kind, writes one CSV row per run, keeps failing inputs next to the
 * CSV (fuzz-gagal/), and exits 1 when any run crashed, timed out or passed the memory cap.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
import { parseArgs } from 'util';
import { KINDS } from './fuzz-mutations';
import { DEFAULT_POOL, runFuzz, summaryTable, toCsv, type FuzzRow } from './fuzz-runner';

const ROOT = join(__dirname, '..');

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    count: { type: 'string', default: '1000' },
    only: { type: 'string' },
    out: { type: 'string', default: 'test-results/fuzz.csv' },
    jobs: { type: 'string', default: '2' },
    'timeout-ms': { type: 'string', default: String(DEFAULT_POOL.timeoutMs) },
    'max-old-space-mb': { type: 'string', default: String(DEFAULT_POOL.maxOldSpaceMb) },
    'max-rss-mb': { type: 'string', default: String(DEFAULT_POOL.maxRssMb) },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  process.stdout.write(
    'npm run fuzz -- [--seed N] [--count N] [--only i,j] [--jobs N] [--out FILE.csv] [--timeout-ms N] [--max-old-space-mb N] [--max-rss-mb N]\n' +
      `mutation kinds: ${KINDS.join(', ')}\n`,
  );
  process.exit(0);
}

function int(name: string, v: string | undefined): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) {
    process.stderr.write(`fuzz: --${name} must be a whole number, not "${v}"\n`);
    process.exit(2);
  }
  return n;
}

async function mainFuzz(): Promise<number> {
  const seed = int('seed', values.seed);
  const count = int('count', values.count);
  const only = values.only?.split(',').map((s) => int('only', s.trim()));
  const out = join(ROOT, values.out!);
  const keepDir = join(dirname(out), 'fuzz-gagal');
  const pool = {
    jobs: Math.max(1, int('jobs', values.jobs)),
    timeoutMs: int('timeout-ms', values['timeout-ms']),
    maxOldSpaceMb: int('max-old-space-mb', values['max-old-space-mb']),
    maxRssMb: int('max-rss-mb', values['max-rss-mb']),
  };
  const sources = [
    { name: 'sample', bytes: readFileSync(join(ROOT, 'examples', 'renstra-kartoharjo-2025-2029.xlsx')) },
    { name: 'pupr', bytes: readFileSync(join(ROOT, 'test', 'fixtures', 'renstra-template-dinas-pu.xlsx')) },
  ];
  const total = only?.length ?? count;
  process.stdout.write(
    `fuzz: seed ${seed}, ${total} berkas × 2 perintah, ${pool.jobs} worker, batas ${pool.timeoutMs / 1000} s per perintah, ` +
      `heap ${pool.maxOldSpaceMb} MB, RSS ${pool.maxRssMb} MB\n`,
  );
  const workDir = mkdtempSync(join(tmpdir(), 'renstra-fuzz-'));
  const t0 = Date.now();
  let done = 0;
  const failures: FuzzRow[] = [];
  const progress = process.stdout.isTTY;
  let rows: FuzzRow[];
  try {
    rows = await runFuzz({
      seed,
      count,
      indexes: only,
      sources,
      workDir,
      keepDir,
      pool,
      onRow: (row) => {
        done++;
        if (!['ok', 'refused'].includes(row.outcome)) {
          failures.push(row);
          process.stdout.write(`${progress ? '\r\x1b[K' : ''}GAGAL #${row.index} ${row.kind}/${row.variant} ${row.command}: ${row.outcome} — ${row.problem ?? row.message}\n`);
        }
        if (progress && done % 10 === 0) process.stdout.write(`\r${done}/${total * 2} perintah, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
      },
    });
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  if (progress) process.stdout.write('\r\x1b[K');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, toCsv(rows));
  process.stdout.write(`\n${summaryTable(rows)}\n\n`);
  process.stdout.write(`${rows.length} perintah dalam ${((Date.now() - t0) / 1000).toFixed(1)} s; CSV: ${values.out}\n`);
  if (failures.length) {
    process.stdout.write(`${failures.length} perintah gagal (crash, timeout atau memori); berkasnya disimpan di ${keepDir}\n`);
    process.stdout.write(`ulangi: npm run fuzz -- --seed ${seed} --only ${[...new Set(failures.map((f) => f.index))].slice(0, 20).join(',')}\n`);
    return 1;
  }
  process.stdout.write('tidak ada crash, timeout atau pelanggaran batas memori\n');
  return 0;
}

mainFuzz().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`fuzz: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  },
);
