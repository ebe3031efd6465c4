/**
 * Runs the web checker's worker (worker.ts). index.html carries the worker's code inline (one file,
 * opened from file:// or any static folder), and a Web Worker is started from it as a blob URL and
 * kept for the next file; where the browser refuses that, the same code runs in the page — through
 * an inline script element, which the page's Content-Security-Policy allows (it allows no eval) —
 * after the page has painted its progress. Like src/sheets/sidebar/core-runner.ts.
 */
import type { WebAnswer, WebRequest } from './worker';

export const WORKER_SCRIPT_ID = 'renstra-pemeriksa';

type Final = Exclude<WebAnswer, { op: 'progress' } | { op: 'failed' }>;
type Listener = (answer: WebAnswer) => void;

function workerSource(): string {
  const source = document.getElementById(WORKER_SCRIPT_ID)?.textContent;
  if (!source) throw new Error('Kode pemeriksa tidak ada di halaman ini (bangun ulang dengan "npm run build").');
  return source;
}

interface Stand {
  onmessage: ((e: { data: WebRequest }) => void) | null;
  postMessage(answer: WebAnswer): void;
}

/** setImmediate for the code in the page, through a MessageChannel (setTimeout's 4 ms clamp would slow jszip down). */
function immediates(): { setImmediate(f: (...a: unknown[]) => void, ...args: unknown[]): number; clearImmediate(id: number): void } {
  const channel = new MessageChannel();
  const queue = new Map<number, () => void>();
  let next = 1;
  channel.port1.onmessage = (e: MessageEvent<number>) => {
    const task = queue.get(e.data);
    queue.delete(e.data);
    task?.();
  };
  return {
    setImmediate: (f, ...args) => {
      const id = next++;
      queue.set(id, () => f(...args));
      channel.port2.postMessage(id);
      return id;
    },
    clearImmediate: (id) => void queue.delete(id),
  };
}

let stand: { listener?: Listener; scope: Stand } | undefined;

/**
 * The worker's code run in the page once. Its `self` is a stand-in: its onmessage and postMessage
 * talk to the current listener, it has setImmediate (the bundled libraries' polyfill would otherwise
 * take `self.postMessage` for the window's), and anything else is the window's.
 */
function inPageScope(): { listener?: Listener; scope: Stand } {
  if (stand) return stand;
  const holder: { listener?: Listener; scope: Stand } = {} as { scope: Stand };
  const own: Record<PropertyKey, unknown> = { onmessage: null, postMessage: (a: WebAnswer) => holder.listener?.(a), ...immediates() };
  const win = window as unknown as Record<PropertyKey, unknown>;
  holder.scope = new Proxy(own, {
    get: (target, key) => {
      if (key in target) return target[key];
      const value = win[key];
      // The window's methods bound to it; constructors (Promise, Uint8Array) as they are.
      return typeof value === 'function' && typeof key === 'string' && /^[a-z]/.test(key) ? (value as (...a: unknown[]) => unknown).bind(window) : value;
    },
    set: (target, key, value) => {
      target[key] = value;
      return true;
    },
    has: (target, key) => key in target || key in win,
  }) as unknown as Stand;
  const key = '__renstraPemeriksa';
  win[key] = holder.scope;
  const script = document.createElement('script');
  // setImmediate too: jszip's bundle calls it by name, where a worker's global scope would have it.
  script.textContent = `(function (self, setImmediate, clearImmediate) {\n${workerSource()}\n})(window.${key}, window.${key}.setImmediate, window.${key}.clearImmediate);`;
  document.head.appendChild(script);
  script.remove();
  if (!holder.scope.onmessage) throw new Error('Kode pemeriksa tidak dapat dijalankan di halaman ini.');
  stand = holder;
  return holder;
}

async function inPage(request: WebRequest, onAnswer: Listener): Promise<void> {
  // Let the page paint its progress first: the check holds the page while it runs.
  await new Promise((r) => setTimeout(r, 50));
  const holder = inPageScope();
  holder.listener = onAnswer;
  holder.scope.onmessage?.({ data: request });
}

let worker: Worker | undefined;
let workerUrl: string | undefined;
let workersRefused = false;
/** The worker has answered once: a later failure is the file's (memory), not the browser refusing workers. */
let workerProven = false;

function dropWorker(): void {
  worker?.terminate();
  if (workerUrl) URL.revokeObjectURL(workerUrl);
  worker = undefined;
  workerUrl = undefined;
}

function inWorker(request: WebRequest, onAnswer: Listener): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!worker) {
      workerUrl = URL.createObjectURL(new Blob([workerSource()], { type: 'text/javascript' }));
      worker = new Worker(workerUrl);
    }
    const w = worker;
    w.onmessage = (e: MessageEvent<WebAnswer>) => {
      workerProven = true;
      onAnswer(e.data);
      if (e.data.op !== 'progress') resolve();
    };
    w.onerror = (e) => {
      e.preventDefault();
      dropWorker();
      reject(new Error(e.message || 'Web Worker gagal'));
    };
    w.postMessage(request);
  });
}

/** Runs one request; `onProgress` hears the worker's stages. Rejects with the reason when it fails. */
export async function runWeb<T extends Final['op']>(request: WebRequest, onProgress?: (stage: string) => void): Promise<Extract<Final, { op: T }>> {
  let final: WebAnswer | undefined;
  const listen: Listener = (a) => {
    if (a.op === 'progress') onProgress?.(a.stage);
    else final = a;
  };
  if (!workersRefused && typeof Worker !== 'undefined') {
    try {
      await inWorker(request, listen);
    } catch (e) {
      if (workerProven) throw new Error(`pemeriksa berhenti (${e instanceof Error ? e.message : String(e)}); berkas mungkin terlalu besar untuk memori peramban`);
      // The browser refused a worker from a blob URL: from now on, in the page.
      workersRefused = true;
    }
  }
  if (!final) {
    let done!: () => void;
    const answered = new Promise<void>((r) => (done = r));
    await inPage(request, (a) => {
      listen(a);
      if (a.op !== 'progress') done();
    });
    await answered;
  }
  const answer = final as WebAnswer | undefined;
  if (!answer) throw new Error('Pemeriksa tidak menjawab.');
  if (answer.op === 'failed') throw new Error(answer.message);
  return answer as Extract<Final, { op: T }>;
}

/** For the tests: whether the checker fell back to the page. */
export function ranInPage(): boolean {
  return workersRefused;
}
