/**
 * Runs fuzz cases through `renstra check` and `renstra fill` in worker processes and judges each
 * run. Shared by `npm run fuzz` (scripts/fuzz.ts) and the fixed-seed slice in the jest suite.
 *
 * A pool of long-lived children (scripts/fuzz-child.ts) keeps the cost of loading the CLI from the
 * TypeScript sources (a few seconds) out of every run. The parent enforces the caps from outside:
 * a run over the time cap, over the resident-memory cap (polled from /proc), or whose child dies
 * (a V8 heap limit set by --max-old-space-size, a fatal error) is killed and recorded, and a fresh
 * child takes the next run. Children are also replaced every `restartEvery` runs and after a run
 * that grew them past `restartAboveMb`, so one file's leftovers cannot slow or bloat the runs of
 * others. A run's peak memory is its worker's resident high-water mark, reset just before the run
 * (after a garbage collection): the worker's baseline (ts-node, the loaded sources, the nomenclature:
 * about 150–250 MB) plus what the file took.
 */
import { fork, type ChildProcess } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { basename, join } from 'path';
import type { ChildMessage, ChildRequest } from './fuzz-child';
import { makeCase, prepareMutations, type FuzzCase, type Kind, type Source } from './fuzz-mutations';

export interface PoolOptions {
  jobs: number;
  /** Per run. */
  timeoutMs: number;
  /** V8 heap cap of each child (--max-old-space-size). */
  maxOldSpaceMb: number;
  /** A run whose child's resident memory passes this is killed and counts as a failure. */
  maxRssMb: number;
  /** Replace a child after this many runs. */
  restartEvery: number;
  /**
   * Replace a child after a run that took its resident memory past this: V8 keeps the pages it grew
   * into, and the next file's peak would start from there.
   */
  restartAboveMb: number;
}

export const DEFAULT_POOL: PoolOptions = { jobs: 2, timeoutMs: 10_000, maxOldSpaceMb: 1024, maxRssMb: 1536, restartEvery: 150, restartAboveMb: 400 };

/** One command's run as the pool saw it. */
export interface RawRun {
  code: number | null;
  out: string;
  err: string;
  /** What the child printed outside the captured io (a library's console output, a V8 fatal error). */
  stray: string;
  ms: number;
  peakMb: number;
  failure?: 'timeout' | 'memory' | 'fatal' | 'died';
  detail?: string;
}

const CHILD = join(__dirname, 'fuzz-child.ts');
const ROOT = join(__dirname, '..');

function procStatus(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+)\\s+kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** CPU seconds (user + system) a process has used, from /proc/PID/stat; 0 where unavailable. */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime), counted after the command name: indexes 11 and 12.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

class Worker {
  private child: ChildProcess | undefined;
  private ready: Promise<void> | undefined;
  private runs = 0;
  private stray = '';
  private seq = 0;

  constructor(private readonly options: PoolOptions) {}

  private start(): Promise<void> {
    const child = fork(CHILD, [], {
      cwd: ROOT,
      execArgv: ['-r', 'ts-node/register/transpile-only', `--max-old-space-size=${this.options.maxOldSpaceMb}`, '--expose-gc'],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' },
    });
    const keep = (d: Buffer) => {
      if (this.stray.length < 65536) this.stray += d.toString('utf8');
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.child = child;
    this.runs = 0;
    return new Promise((resolve, reject) => {
      const onMessage = (m: ChildMessage) => {
        if (m.type !== 'ready') return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve();
      };
      const onExit = (code: number | null) => reject(new Error(`fuzz worker failed to start (exit ${code}): ${this.stray}`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  }

  private stop(): void {
    const child = this.child;
    this.child = undefined;
    this.ready = undefined;
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }

  async run(argv: string[]): Promise<RawRun> {
    if (this.child && this.runs >= this.options.restartEvery) this.stop();
    if (!this.child) this.ready = this.start();
    await this.ready;
    const child = this.child!;
    const pid = child.pid!;
    this.runs++;
    this.stray = '';
    const id = ++this.seq;
    const t0 = performance.now();
    const cpu0 = cpuSeconds(pid);
    return new Promise<RawRun>((resolve) => {
      let polledPeak = 0;
      const finish = (r: Partial<RawRun>) => {
        clearTimeout(timer);
        clearInterval(poll);
        child.off('message', onMessage);
        child.off('exit', onExit);
        const peakMb = r.peakMb ?? Math.max(polledPeak, procStatus(pid, 'VmHWM'));
        if (r.failure || peakMb > this.options.restartAboveMb) this.stop();
        // Give a dying child's last words (a V8 fatal error) a moment to arrive.
        setImmediate(() =>
          resolve({ code: null, out: '', err: '', ms: performance.now() - t0, ...r, peakMb, stray: this.stray }),
        );
      };
      const timer = setTimeout(
        () => finish({ failure: 'timeout', detail: `lebih dari ${this.options.timeoutMs / 1000} s (CPU ${(cpuSeconds(pid) - cpu0).toFixed(1)} s)` }),
        this.options.timeoutMs,
      );
      const poll = setInterval(() => {
        const rss = procStatus(pid, 'VmRSS');
        polledPeak = Math.max(polledPeak, rss);
        if (rss > this.options.maxRssMb) finish({ failure: 'memory', detail: `RSS ${Math.round(rss)} MB > ${this.options.maxRssMb} MB` });
      }, 25);
      const onMessage = (m: ChildMessage) => {
        if (m.type === 'result' && m.id === id) {
          finish({ code: m.code, out: m.out, err: m.err, ms: m.ms, peakMb: m.peakExact ? m.peakKb / 1024 : Math.max(polledPeak, m.peakKb / 1024) });
        } else if (m.type === 'fatal') finish({ failure: 'fatal', detail: m.error });
      };
      const onExit = (code: number | null, signal: string | null) => {
        const oom = /heap out of memory|Reached heap limit|allocation failed/i.test(this.stray);
        finish({ failure: oom ? 'memory' : 'died', detail: `${oom ? 'V8 heap limit' : 'worker died'} (exit ${code}, signal ${signal})` });
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send({ id, argv } satisfies ChildRequest);
    });
  }

  close(): void {
    this.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// Judging a run

export type Outcome = 'ok' | 'refused' | 'crash' | 'timeout' | 'memory';

export interface Judged {
  outcome: Outcome;
  /** Why a run failed (crash, timeout, memory). */
  problem?: string;
  /** The first line a user reads on stderr (or the failure detail). */
  message: string;
}

/** A JavaScript stack frame: `    at fn (file.js:1:2)`, `    at file.js:1:2`, `    at new X (<anonymous>)`. */
const STACK_FRAME = /(^|\n)\s+at (?:[^\n]*\(|)[^\n()]*(?::\d+:\d+|<anonymous>|native)\)?\s*(\n|$)/;
/** Words from JavaScript's own error messages: a user should read a cause, not these. */
const JS_INTERNALS = /\b(TypeError|ReferenceError|RangeError|SyntaxError|Cannot read propert|Cannot set propert|is not a function|is not iterable|is not defined|undefined|Maximum call stack|Invalid array length|Invalid string length|\[object \w+\]|Bug :)/;
/** A value that should never reach a report. */
const GARBLED = /\b(NaN|undefined|Infinity)\b|\[object \w+\]/;

export function judge(command: 'check' | 'fill', file: string, run: RawRun, options: { json?: boolean; output?: string } = {}): Judged {
  const firstErr = run.err.split('\n')[0] ?? '';
  const crash = (problem: string): Judged => ({ outcome: 'crash', problem, message: firstErr || problem });
  if (run.failure === 'timeout') return { outcome: 'timeout', problem: run.detail, message: run.detail ?? 'timeout' };
  if (run.failure === 'memory') return { outcome: 'memory', problem: run.detail, message: run.detail ?? 'memory' };
  if (run.failure) return crash(`${run.failure}: ${(run.detail ?? '').split('\n').slice(0, 3).join(' | ')}`);
  const all = `${run.out}\n${run.err}\n${run.stray}`;
  if (STACK_FRAME.test(all)) return crash('stack trace in the output');
  if (run.stray.trim()) return crash(`stray output: ${run.stray.trim().split('\n')[0]}`);
  if (/galat tak terduga/.test(run.err)) return crash(`unexpected error: ${firstErr}`);
  const prefix = `renstra: ${file}: `;
  if (run.code === 2) {
    const lines = run.err.trim().split('\n');
    if (lines.length !== 1) return crash(`exit 2 with ${lines.length} lines on stderr`);
    if (!lines[0].startsWith(prefix)) return crash('exit 2: the message does not name the file');
    const reason = lines[0].slice(prefix.length);
    if (reason.trim().length < 8) return crash('exit 2: no cause given');
    if (JS_INTERNALS.test(reason)) return crash(`exit 2: unclear cause (${reason})`);
    if (command === 'check' && options.json) {
      try {
        JSON.parse(run.out);
      } catch {
        return crash('exit 2: the JSON report does not parse');
      }
    }
    return { outcome: 'refused', message: lines[0] };
  }
  if (run.code !== 0 && run.code !== 1) return crash(`exit code ${run.code}`);
  for (const line of run.err.split('\n').filter((l) => l.trim())) {
    if (!line.startsWith(prefix)) return crash(`stderr line not naming the file: ${line}`);
  }
  if (GARBLED.test(run.out)) return crash(`garbled value in the report: ${GARBLED.exec(run.out)?.[0]}`);
  if (command === 'check') {
    if (!run.out.trim()) return crash('no report');
    if (options.json) {
      try {
        JSON.parse(run.out);
      } catch {
        return crash('the JSON report does not parse');
      }
    }
  } else if (options.output && (!existsSync(options.output) || statSync(options.output).size === 0)) {
    return crash('fill reported success but wrote no file');
  }
  return { outcome: 'ok', message: firstErr };
}

// ---------------------------------------------------------------------------------------------
// A whole run

export interface FuzzRow {
  index: number;
  kind: Kind;
  variant: string;
  source: string;
  bytes: number;
  command: 'check' | 'fill';
  code: number | null;
  outcome: Outcome;
  problem?: string;
  ms: number;
  peakMb: number;
  message: string;
  /** Where the input was kept (failures only, with a keep directory). */
  kept?: string;
}

export interface FuzzOptions {
  seed: number;
  /** Cases 0..count-1, or exactly these. */
  count?: number;
  indexes?: number[];
  sources: Source[];
  /** Scratch directory for the case files (emptied as runs finish). */
  workDir: string;
  /** Failing inputs are copied here. */
  keepDir?: string;
  pool?: Partial<PoolOptions>;
  onRow?: (row: FuzzRow) => void;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzRow[]> {
  const pool = { ...DEFAULT_POOL, ...options.pool };
  const indexes = options.indexes ?? Array.from({ length: options.count ?? 0 }, (_, i) => i);
  mkdirSync(options.workDir, { recursive: true });
  await prepareMutations();
  const rows: FuzzRow[] = [];
  /** Fills of cases already made and checked, for whichever worker is free first. */
  const queue: ((worker: Worker) => Promise<void>)[] = [];
  let nextCase = 0;

  const runOne = async (worker: Worker, c: FuzzCase, file: string, command: 'check' | 'fill'): Promise<FuzzRow> => {
    const json = command === 'check' && c.index % 2 === 1;
    // Only the fill owns the output path: the case's check runs at the same time on the other
    // worker, and must not remove a file the fill has just written before it is judged.
    const output = command === 'fill' ? join(options.workDir, `${basename(file, '.xlsx')}.keluar.xlsx`) : undefined;
    if (output) rmSync(output, { force: true });
    const argv = output
      ? ['fill', file, '-o', output, ...(c.index % 4 >= 2 ? ['--mode', 'fungsi'] : [])]
      : ['check', file, ...(json ? ['--format', 'json'] : [])];
    const raw = await worker.run(argv);
    const judged = judge(command, file, raw, { json, output });
    if (output) rmSync(output, { force: true });
    const row: FuzzRow = {
      index: c.index,
      kind: c.kind,
      variant: c.variant,
      source: c.source,
      bytes: c.bytes.length,
      command,
      code: raw.code,
      outcome: judged.outcome,
      ...(judged.problem ? { problem: judged.problem } : {}),
      ms: Math.round(raw.ms),
      peakMb: Math.round(raw.peakMb),
      message: judged.message,
    };
    if (options.keepDir && !['ok', 'refused'].includes(row.outcome)) {
      mkdirSync(options.keepDir, { recursive: true });
      row.kept = join(options.keepDir, basename(file));
      copyFileSync(file, row.kept);
    }
    rows.push(row);
    options.onRow?.(row);
    return row;
  };

  /** The next thing to do: a queued fill of a case already made, or a new case and its check. */
  const next = async (worker: Worker): Promise<boolean> => {
    const queued = queue.shift();
    if (queued) {
      await queued(worker);
      return true;
    }
    if (nextCase >= indexes.length) return false;
    const index = indexes[nextCase++];
    const c = await makeCase(options.sources, options.seed, index);
    const file = join(options.workDir, `kasus-${String(index).padStart(5, '0')}-${c.kind}.xlsx`);
    writeFileSync(file, c.bytes);
    // The file goes once both commands have read it.
    let left = 2;
    const done = () => {
      if (--left === 0) rmSync(file, { force: true });
    };
    queue.push(async (w) => {
      await runOne(w, c, file, 'fill');
      done();
    });
    await runOne(worker, c, file, 'check');
    done();
    return true;
  };

  const workers = Array.from({ length: Math.max(1, pool.jobs) }, () => new Worker(pool));
  try {
    await Promise.all(
      workers.map(async (w) => {
        while (await next(w));
      }),
    );
  } finally {
    for (const w of workers) w.close();
  }
  rows.sort((a, b) => a.index - b.index || (a.command === 'check' ? -1 : 1));
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Reporting

export interface KindSummary {
  kind: string;
  files: number;
  check: Record<string, number>;
  fill: Record<string, number>;
  maxMs: number;
  maxPeakMb: number;
  crashes: number;
  timeouts: number;
  memory: number;
}

export function summarize(rows: FuzzRow[]): KindSummary[] {
  const by = new Map<string, KindSummary>();
  const files = new Map<string, Set<number>>();
  for (const r of rows) {
    let s = by.get(r.kind);
    if (!s) {
      s = { kind: r.kind, files: 0, check: {}, fill: {}, maxMs: 0, maxPeakMb: 0, crashes: 0, timeouts: 0, memory: 0 };
      by.set(r.kind, s);
      files.set(r.kind, new Set());
    }
    files.get(r.kind)!.add(r.index);
    s.files = files.get(r.kind)!.size;
    const code = r.code === null ? r.outcome : String(r.code);
    s[r.command][code] = (s[r.command][code] ?? 0) + 1;
    s.maxMs = Math.max(s.maxMs, r.ms);
    s.maxPeakMb = Math.max(s.maxPeakMb, r.peakMb);
    if (r.outcome === 'crash') s.crashes++;
    if (r.outcome === 'timeout') s.timeouts++;
    if (r.outcome === 'memory') s.memory++;
  }
  return [...by.values()];
}

function codes(c: Record<string, number>): string {
  return Object.keys(c)
    .sort()
    .map((k) => `${k}:${c[k]}`)
    .join(' ');
}

export function summaryTable(rows: FuzzRow[]): string {
  const s = summarize(rows);
  const total: KindSummary = s.reduce(
    (t, k) => {
      for (const cmd of ['check', 'fill'] as const) for (const [code, n] of Object.entries(k[cmd])) t[cmd][code] = (t[cmd][code] ?? 0) + n;
      return { ...t, files: t.files + k.files, maxMs: Math.max(t.maxMs, k.maxMs), maxPeakMb: Math.max(t.maxPeakMb, k.maxPeakMb), crashes: t.crashes + k.crashes, timeouts: t.timeouts + k.timeouts, memory: t.memory + k.memory };
    },
    { kind: 'TOTAL', files: 0, check: {}, fill: {}, maxMs: 0, maxPeakMb: 0, crashes: 0, timeouts: 0, memory: 0 } as KindSummary,
  );
  const header = ['kind', 'files', 'check exit', 'fill exit', 'max ms', 'max RSS MB', 'crash', 'timeout', 'memory'];
  const body = [...s, total].map((k) => [k.kind, String(k.files), codes(k.check), codes(k.fill), String(k.maxMs), String(k.maxPeakMb), String(k.crashes), String(k.timeouts), String(k.memory)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 || i === 2 || i === 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.slice(0, -1).map(line), widths.map((w) => '-'.repeat(w)).join('  '), line(body[body.length - 1])].join('\n');
}

const csvField = (v: unknown) => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(rows: FuzzRow[]): string {
  const cols: (keyof FuzzRow)[] = ['index', 'kind', 'variant', 'source', 'bytes', 'command', 'code', 'outcome', 'ms', 'peakMb', 'problem', 'message', 'kept'];
  return [cols.join(','), ...rows.map((r) => cols.map((c) => csvField(r[c])).join(','))].join('\n') + '\n';
}
