import { Worker } from 'node:worker_threads';
import { KedangError } from '../../../shared/contract/errors';
import type { ErrorPayload } from '../../../shared/contract/errors';

/**
 * Runs CPU-bound work (an integrity check, rendering a long PDF) on a worker thread, so core's
 * calls keep answering meanwhile. The worker answers one message: `{ ok: true, value }` or
 * `{ ok: false, error }` (a KedangError's payload). Cancel terminates the thread.
 * In tests the worker is the TypeScript source, run through tsx.
 */
export function runWorker<T>(modulePath: string, workerData: unknown, signal?: AbortSignal, transferList: ReadonlyArray<ArrayBuffer> = []): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) return reject(new KedangError('JOB_CANCELLED', 'Cancelled'));
    const worker = new Worker(modulePath, {
      workerData,
      transferList: transferList as ArrayBuffer[],
      ...(modulePath.endsWith('.ts') ? { execArgv: ['--import', 'tsx'] } : {}),
    });
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
    worker.once('message', (message: { ok: true; value: T } | { ok: false; error: ErrorPayload }) =>
      done(() => (message.ok ? resolve(message.value) : reject(KedangError.fromPayload(message.error)))),
    );
    worker.once('error', (err) => done(() => reject(err)));
    worker.once('exit', (code) => done(() => reject(new KedangError('INTERNAL', `Worker stopped (${code})`))));
  });
}
