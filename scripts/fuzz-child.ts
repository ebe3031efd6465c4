/**
 * A long-lived fuzz worker: runs `renstra` commands from the TypeScript sources (forked with
 * `-r ts-node/register/transpile-only`), one at a time, as the parent asks over IPC. Per command it
 * reports the exit code, what was written to stdout and stderr, the wall time and the peak resident
 * memory of that command alone: the kernel's high-water mark (VmHWM) is reset before each command
 * (`/proc/self/clear_refs`), after a garbage collection, so one file's peak is not another's.
 *
 * Anything thrown past `main` (an uncaught exception or rejection) is reported as fatal and the
 * worker exits; the parent starts a new one. Time and memory caps are the parent's to enforce: a
 * blocked event loop cannot police itself.
 */
import { readFileSync, writeFileSync } from 'fs';
import { main } from '../src/cli/main';

export interface ChildRequest {
  id: number;
  argv: string[];
}

export type ChildMessage =
  | { type: 'ready'; pid: number }
  | { type: 'result'; id: number; code: number; out: string; err: string; ms: number; peakKb: number; peakExact: boolean }
  | { type: 'fatal'; id: number | undefined; error: string };

const send = (m: ChildMessage) => process.send?.(m);

/** Resets the peak RSS counter; false where the kernel does not offer it (then the peak is the process's lifetime peak). */
function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

function peakKb(): number {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // not Linux: fall through
  }
  return process.resourceUsage().maxRSS;
}

let current: number | undefined;

const fatal = (e: unknown) => {
  send({ type: 'fatal', id: current, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  process.exit(70);
};
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);

const gc = (globalThis as { gc?: () => void }).gc;

process.on('message', (req: ChildRequest) => {
  current = req.id;
  gc?.();
  const exact = resetPeak();
  const out: string[] = [];
  const err: string[] = [];
  const t0 = performance.now();
  main(req.argv, { out: (s) => out.push(s), err: (s) => err.push(s), errIsTty: false }).then(
    (code) => {
      const ms = performance.now() - t0;
      send({ type: 'result', id: req.id, code, out: out.join('\n'), err: err.join('\n'), ms, peakKb: peakKb(), peakExact: exact });
      current = undefined;
    },
    fatal,
  );
});

send({ type: 'ready', pid: process.pid });
