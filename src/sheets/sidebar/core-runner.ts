/**
 * Runs the checker in the sidebar, off Apps Script (the browser is much faster and has no 6-minute
 * limit). Sidebar.html carries the worker's code inline (Apps Script serves one file), and a Web
 * Worker is started from it as a blob URL; where the sandbox refuses that, the same code runs in
 * the page after the pane has painted its progress.
 */
import type { WorkerAnswer, WorkerRequest } from '../../taskpane/check.worker';

export const WORKER_SCRIPT_ID = 'renstra-pemeriksa';

type Answer<T extends WorkerRequest['op']> = Extract<WorkerAnswer, { ok: true; op: T }>;

function workerSource(): string {
  const source = document.getElementById(WORKER_SCRIPT_ID)?.textContent;
  if (!source) throw new Error('Kode pemeriksa tidak ada di Sidebar.html (bangun ulang add-on dengan "npm run build").');
  return source;
}

interface InPageScope {
  onmessage: ((e: { data: WorkerRequest }) => void) | null;
  answer?: WorkerAnswer;
}

let inPageScope: InPageScope | undefined;

/** The worker's code run in the page: its `self` is a stand-in that keeps the answer. */
async function inPage(request: WorkerRequest): Promise<WorkerAnswer> {
  await new Promise((r) => setTimeout(r, 50));
  if (!inPageScope) {
    const scope: InPageScope = { onmessage: null };
    const stand = {
      set onmessage(f: InPageScope['onmessage']) {
        scope.onmessage = f;
      },
      postMessage: (a: WorkerAnswer) => {
        scope.answer = a;
      },
    };
    new Function('self', workerSource())(stand);
    inPageScope = scope;
  }
  inPageScope.answer = undefined;
  inPageScope.onmessage?.({ data: request });
  if (!inPageScope.answer) throw new Error('Pemeriksa tidak menjawab.');
  return inPageScope.answer;
}

function inWorker(request: WorkerRequest): Promise<WorkerAnswer> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([workerSource()], { type: 'text/javascript' }));
    const worker = new Worker(url);
    const done = () => {
      worker.terminate();
      URL.revokeObjectURL(url);
    };
    worker.onmessage = (e: MessageEvent<WorkerAnswer>) => {
      done();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      done();
      reject(new Error(e.message || 'Web Worker gagal'));
    };
    worker.postMessage(request);
  });
}

let workersRefused = false;

export async function runCore<T extends WorkerRequest['op']>(request: WorkerRequest & { op: T }): Promise<Answer<T>> {
  let answer: WorkerAnswer | undefined;
  if (!workersRefused && typeof Worker !== 'undefined') {
    try {
      answer = await inWorker(request);
    } catch {
      // The sandbox refused a worker from a blob URL: from now on, in the page.
      workersRefused = true;
    }
  }
  if (!answer) answer = await inPage(request);
  if (!answer.ok) throw new Error(`Pemeriksaan gagal: ${answer.message}`);
  return answer as Answer<T>;
}

/** For the sidebar's tests: whether the last run fell back to the page. */
export function ranInPage(): boolean {
  return workersRefused;
}
