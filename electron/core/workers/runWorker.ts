import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { KedangError } from '../../../shared/contract/errors';
import type { ErrorPayload } from '../../../shared/contract/errors';

/**
 * Runs CPU-bound work (an integrity check, rendering a long PDF) on a worker thread, so core's
 * calls keep answering meanwhile. The worker answers one message: `{ ok: true, value }` or
 * `{ ok: false, error }` (a KedangError's payload), after any number of `{ progress }` messages.
 * Cancel terminates the thread; so does the answer, so everything the work allocated (its whole
 * V8 heap) goes back to the system when it ends.
 * In tests the worker is the TypeScript source, run through tsx.
 */
/** Tests run the worker's TypeScript source: register tsx in the thread, then load the entry with its own workerData. */
const TS_BOOTSTRAP = `
const threads = require('node:worker_threads');
const { entry, tsx, data } = threads.workerData;
Object.defineProperty(threads, 'workerData', { value: data });
import(tsx).then((api) => api.register()).then(() => import(entry));
`;

export interface WorkerStart {
  workerData: unknown;
  transferList?: ReadonlyArray<ArrayBuffer>;
  resourceLimits?: ResourceLimits;
}

/** Starts the worker at `modulePath` (a built chunk, or in tests its TypeScript source through tsx). */
export function startWorker(modulePath: string, options: WorkerStart): Worker {
  const { workerData, transferList = [], resourceLimits } = options;
  return modulePath.endsWith('.ts')
    ? new Worker(TS_BOOTSTRAP, {
        eval: true,
        resourceLimits,
        workerData: { entry: pathToFileURL(modulePath).href, tsx: pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href, data: workerData },
      })
    : new Worker(modulePath, { workerData, resourceLimits, transferList: transferList as ArrayBuffer[] });
}

export interface RunWorkerOptions {
  signal?: AbortSignal;
  transferList?: ReadonlyArray<ArrayBuffer>;
  /** The worker's `{ progress }` messages, as they come; the answer is the first message with `ok`. */
  onProgress?: (progress: unknown) => void;
}

type WorkerAnswer<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload } | { progress: unknown };

export function runWorker<T>(modulePath: string, workerData: unknown, options: RunWorkerOptions = {}): Promise<T> {
  const { signal, transferList = [], onProgress } = options;
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) return reject(new KedangError('JOB_CANCELLED', 'Cancelled'));
    const worker = startWorker(modulePath, { workerData, transferList });
    let settled = false;
    const onAbort = () => {
      settled = true;
      void worker.terminate();
      reject(new KedangError('JOB_CANCELLED', 'Cancelled'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const onMessage = (message: WorkerAnswer<T>) => {
      if ('progress' in message) {
        if (!settled) onProgress?.(message.progress);
        return;
      }
      worker.off('message', onMessage);
      void worker.terminate();
      done(() => (message.ok ? resolve(message.value) : reject(KedangError.fromPayload(message.error))));
    };
    worker.on('message', onMessage);
    worker.once('error', (err) => done(() => reject(err)));
    worker.once('exit', (code) => done(() => reject(new KedangError('INTERNAL', `Worker stopped (${code})`))));
  });
}
