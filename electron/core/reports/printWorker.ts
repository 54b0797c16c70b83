import { parentPort, workerData } from 'node:worker_threads';
import { fontFiles } from './fontFiles';
import { createPdfRenderer } from './pdfRenderer';
import { errorPayload, runPrintJob } from './printJob';
import type { WorkerMessage, WorkerReply, PrintWorkerData } from './printService';

/**
 * The print worker's thread (built as its own chunk: printService.ts imports it with ?modulePath). It keeps the fonts
 * and renders one job at a time; its heap is capped by the service (printService.ts).
 */
const port = parentPort!;
const { resourcesDir } = workerData as PrintWorkerData;
const renderer = createPdfRenderer(fontFiles(resourcesDir));
const running = new Map<number, AbortController>();
let queue: Promise<void> = Promise.resolve();

const reply = (message: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.on('message', (message: WorkerMessage) => {
  if (message.type === 'cancel') {
    running.get(message.id)?.abort();
    return;
  }
  const controller = new AbortController();
  running.set(message.id, controller);
  queue = queue.then(async () => {
    try {
      const printed = await runPrintJob(renderer, message.request, { signal: controller.signal, onProgress: (pages) => reply({ type: 'progress', id: message.id, pages }) });
      // The bytes move to the other thread rather than being copied.
      const pdf = new Uint8Array(printed.pdf);
      reply({ type: 'done', id: message.id, printed: { ...printed, pdf } }, [pdf.buffer]);
    } catch (error) {
      reply({ type: 'failed', id: message.id, error: errorPayload(error) });
    } finally {
      running.delete(message.id);
    }
  });
});
