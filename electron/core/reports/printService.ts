import type { Worker } from 'node:worker_threads';
import printWorkerPath from './printWorker?modulePath';
import { startWorker } from '../workers/runWorker';
import { KedangError, type ErrorPayload } from '../../../shared/contract/errors';
import type { DocumentKind, PrintFrame } from './documentFrame';
import type { DocumentInputs } from './documents';
import { errorFromPayload, type PrintedDocument, type PrintRequest } from './printJob';

/**
 * Printing off the main thread, in bounded memory. PDF work allocates fast (pdfmake measures
 * every word with fresh objects): left in the main isolate, V8 lets its heap grow to ~220 MB of
 * mostly garbage before collecting, for ~70 MB of live data. In a worker with a capped old
 * generation it collects sooner and the process stays far below the 400 MB budget; the main
 * thread meanwhile keeps answering the UI. One worker keeps the fonts (parsed once) while there
 * is printing to do, takes jobs one at a time and stops after a while idle; a job can be
 * cancelled; a crashed worker is replaced on the next job.
 */

export interface PrintWorkerData {
  resourcesDir: string | null;
}

export type WorkerMessage = { type: 'print'; id: number; request: PrintRequest } | { type: 'cancel'; id: number };
export type WorkerReply =
  | { type: 'progress'; id: number; pages: number }
  | { type: 'done'; id: number; printed: PrintedDocument }
  | { type: 'failed'; id: number; error: ErrorPayload };

export interface PrintServiceOptions {
  /** The worker's file; by default the chunk the build makes of printWorker.ts (its source under tests). */
  workerFile?: string;
  /** Where the build put the fonts (see fontFiles.ts); null runs from the npm package. */
  resourcesDir: string | null;
  /** Cap on the worker's old generation, in MB. */
  heapLimitMb?: number;
  /** An idle worker stops after this long, giving back the fonts' memory; the next print starts a new one. */
  idleMs?: number;
}

export interface PrintOptions {
  signal?: AbortSignal;
  onProgress?: (pages: number) => void;
}

export interface PrintService {
  print<K extends DocumentKind>(kind: K, data: DocumentInputs[K], frame: PrintFrame, options?: PrintOptions): Promise<PrintedDocument>;
  /** Whether a worker is up (it stops when idle). */
  isRunning(): boolean;
  /** Stops the worker; jobs still waiting fail. */
  close(): Promise<void>;
}

export const DEFAULT_PRINT_HEAP_MB = 160;
/**
 * The young generation's cap, in MB. V8's default reserves 32 MB for it; pdfmake's garbage is
 * short-lived words and lines, which a small nursery collects just as well, and cheaply.
 */
const PRINT_YOUNG_MB = 16;
export const DEFAULT_PRINT_IDLE_MS = 5 * 60_000;

interface Pending {
  resolve(printed: PrintedDocument): void;
  reject(error: Error): void;
  onProgress?: (pages: number) => void;
}

export function createPrintService(options: PrintServiceOptions): PrintService {
  let worker: Worker | null = null;
  let nextId = 1;
  let idleTimer: NodeJS.Timeout | null = null;
  const pending = new Map<number, Pending>();

  const stopWhenIdle = (idle: Worker) => {
    idleTimer = setTimeout(() => {
      idleTimer = null;
      if (worker === idle && pending.size === 0) {
        worker = null;
        void idle.terminate();
      }
    }, options.idleMs ?? DEFAULT_PRINT_IDLE_MS);
    idleTimer.unref();
  };

  const failAll = (error: Error) => {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };

  const start = (): Worker => {
    const started = startWorker(options.workerFile ?? printWorkerPath, {
      workerData: { resourcesDir: options.resourcesDir } satisfies PrintWorkerData,
      resourceLimits: { maxOldGenerationSizeMb: options.heapLimitMb ?? DEFAULT_PRINT_HEAP_MB, maxYoungGenerationSizeMb: PRINT_YOUNG_MB },
    });
    started.on('message', (reply: WorkerReply) => {
      const job = pending.get(reply.id);
      if (!job) return;
      if (reply.type === 'progress') {
        job.onProgress?.(reply.pages);
        return;
      }
      pending.delete(reply.id);
      if (pending.size === 0) {
        started.unref();
        stopWhenIdle(started);
      }
      if (reply.type === 'done') job.resolve({ ...reply.printed, pdf: Buffer.from(reply.printed.pdf.buffer, reply.printed.pdf.byteOffset, reply.printed.pdf.byteLength) });
      else job.reject(errorFromPayload(reply.error));
    });
    started.on('error', (error) => {
      if (worker === started) worker = null;
      failAll(new KedangError('PRINT_FAILED', `print worker failed: ${error.message}`, { details: { reason: 'PRINT_WORKER_FAILED' } }));
    });
    started.on('exit', (code) => {
      if (worker === started) worker = null;
      if (pending.size) failAll(new KedangError('PRINT_FAILED', `print worker exited (${code})`, { details: { reason: 'PRINT_WORKER_FAILED' } }));
    });
    return started;
  };

  return {
    print(kind, data, frame, printOptions = {}) {
      return new Promise<PrintedDocument>((resolve, reject) => {
        if (printOptions.signal?.aborted) {
          reject(new KedangError('JOB_CANCELLED', 'print cancelled'));
          return;
        }
        if (idleTimer) clearTimeout(idleTimer);
        idleTimer = null;
        worker ??= start();
        const current = worker;
        current.ref();
        const id = nextId++;
        pending.set(id, { resolve, reject, onProgress: printOptions.onProgress });
        printOptions.signal?.addEventListener('abort', () => current.postMessage({ type: 'cancel', id } satisfies WorkerMessage), { once: true });
        current.postMessage({ type: 'print', id, request: { kind, data, frame } as PrintRequest } satisfies WorkerMessage);
      });
    },
    isRunning: () => worker !== null,
    async close() {
      if (idleTimer) clearTimeout(idleTimer);
      const stopping = worker;
      worker = null;
      if (stopping) await stopping.terminate();
      failAll(new KedangError('PRINT_FAILED', 'print service closed', { details: { reason: 'PRINT_WORKER_FAILED' } }));
    },
  };
}
