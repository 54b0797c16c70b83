import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontFiles } from '../../../electron/core/reports/fontFiles';
import { createPdfRenderer } from '../../../electron/core/reports/pdfRenderer';
import { runPrintJob } from '../../../electron/core/reports/printJob';
import { createPrintService, type PrintService } from '../../../electron/core/reports/printService';
import { customerCard, frame, loanRequest, registerRequests } from './printFixtures';
import { PdfScratch } from './pdfTools';

/**
 * The print worker as the app runs it: its entry built on its own, as electron-vite builds
 * out/main/printWorker.js (dependencies left to node_modules), started in a worker thread.
 */
const repo = resolve(import.meta.dirname, '../../..');
const outDir = mkdtempSync(join(repo, 'out', 'test-print-worker-'));
const workerFile = join(outDir, 'printWorker.mjs');
const scratch = new PdfScratch();
let service: PrintService;

beforeAll(async () => {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: join(repo, 'electron/core/reports/printWorker.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: 'printWorker.mjs' } },
    },
  });
  service = createPrintService({ workerFile, resourcesDir: null });
}, 120_000);

afterAll(async () => {
  await service?.close();
  rmSync(outDir, { recursive: true, force: true });
  scratch.remove();
});

describe('the print worker', () => {
  it('prints a document from its data, the same bytes as printing in this thread', async () => {
    const data = { card: customerCard({ name: '𠮷䶮' }) };
    const printed = await service.print('customerCard', data, frame());
    const here = await runPrintJob(createPdfRenderer(fontFiles(null)), { kind: 'customerCard', data, frame: frame() });
    expect(printed.sha256).toBe(here.sha256);
    expect(Buffer.compare(Buffer.from(printed.pdf), Buffer.from(here.pdf))).toBe(0);
    expect(printed).toMatchObject({ kind: 'customerCard', title: '客户档案卡', serial: 'DOC-2026-000123', qrPayload: here.qrPayload, contentHash: here.contentHash, missingGlyphs: [] });
    const file = scratch.file(Buffer.from(printed.pdf));
    expect(file.pages()).toBe(printed.pages);
    expect(file.text(1)).toContain('𠮷䶮');
  });

  it('reports progress on a long register, and a cancelled print stops with PRINT_CANCELLED', async () => {
    const progress: number[] = [];
    const done = await service.print('loanRegister', { period: { from: '2026-03-01', to: '2026-03-31' }, requests: registerRequests(600) }, frame(), { onProgress: (pages) => progress.push(pages) });
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(done.pages);

    const controller = new AbortController();
    const cancelled = service.print('loanRegister', { period: { from: '2026-03-01', to: '2026-03-31' }, requests: registerRequests(3000) }, frame(), {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(cancelled).rejects.toMatchObject({ code: 'INTERNAL', details: { reason: 'PRINT_CANCELLED' } });
    // The worker carries on with the next job.
    await expect(service.print('loanRequest', { request: loanRequest(), rule: { maxMinutes: 4320, approverRoles: ['salesManager'], archiveRoomOnly: false } }, frame())).resolves.toMatchObject({ kind: 'loanRequest' });
  });

  it('stops an idle worker, giving its memory back, and starts one again for the next print', async () => {
    const brief = createPrintService({ workerFile, resourcesDir: null, idleMs: 50 });
    try {
      await brief.print('customerCard', { card: customerCard() }, frame());
      expect(brief.isRunning()).toBe(true);
      await new Promise((done) => setTimeout(done, 300));
      expect(brief.isRunning()).toBe(false);
      await expect(brief.print('customerCard', { card: customerCard() }, frame())).resolves.toMatchObject({ kind: 'customerCard' });
    } finally {
      await brief.close();
    }
  });

  it('returns a refused document as the same typed error', async () => {
    await expect(service.print('loanReminder', { request: loanRequest({ status: 'returned', overdue: false, reminderStage: 0 }) }, frame())).rejects.toMatchObject({ code: 'LOAN_WRONG_STATE' });
  });

  it('fails a print that outgrows the worker’s heap without taking this thread down, and starts a new worker for the next job', async () => {
    const starved = createPrintService({ workerFile, resourcesDir: null, heapLimitMb: 8 });
    const register = { period: { from: '2026-03-01', to: '2026-03-31' }, requests: registerRequests(2000) };
    try {
      await expect(starved.print('loanRegister', register, frame())).rejects.toMatchObject({ details: { reason: 'PRINT_WORKER_FAILED' } });
      // Not left waiting on the dead worker: a new one takes the job (and fails the same way).
      await expect(starved.print('loanRegister', register, frame())).rejects.toMatchObject({ details: { reason: 'PRINT_WORKER_FAILED' } });
    } finally {
      await starved.close();
    }
    await expect(service.print('customerCard', { card: customerCard() }, frame())).resolves.toMatchObject({ kind: 'customerCard' });
  });
});
