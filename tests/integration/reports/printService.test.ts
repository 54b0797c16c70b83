import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontFiles } from '../../../electron/core/reports/fontFiles';
import { createPdfRenderer } from '../../../electron/core/reports/pdfRenderer';
import { runPrintJob } from '../../../electron/core/reports/printJob';
import { createPrintService, type PrintService } from '../../../electron/core/reports/printService';
import { customerCard, frame, loanRequest, registerRequests } from './printFixtures';
import { PdfScratch } from './pdfTools';

/**
 * The print worker as the app runs it, in a worker thread of its own (under tests its TypeScript
 * source runs through tsx; the build makes it a chunk of its own, started the same way).
 */
const scratch = new PdfScratch();
let service: PrintService;

beforeAll(() => {
  service = createPrintService({ resourcesDir: null });
});

afterAll(async () => {
  await service?.close();
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

  it('reports progress on a long register, and a cancelled print stops with JOB_CANCELLED', async () => {
    const progress: number[] = [];
    const done = await service.print('loanRegister', { period: { from: '2026-03-01', to: '2026-03-31' }, requests: registerRequests(600) }, frame(), { onProgress: (pages) => progress.push(pages) });
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(done.pages);

    const controller = new AbortController();
    const cancelled = service.print('loanRegister', { period: { from: '2026-03-01', to: '2026-03-31' }, requests: registerRequests(3000) }, frame(), {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(cancelled).rejects.toMatchObject({ code: 'JOB_CANCELLED' });
    // The worker carries on with the next job.
    await expect(service.print('loanRequest', { request: loanRequest(), rule: { maxMinutes: 4320, approverRoles: ['salesManager'], archiveRoomOnly: false } }, frame())).resolves.toMatchObject({ kind: 'loanRequest' });
  });

  it('stops an idle worker, giving its memory back, and starts one again for the next print', async () => {
    const brief = createPrintService({ resourcesDir: null, idleMs: 50 });
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
    const starved = createPrintService({ resourcesDir: null, heapLimitMb: 8 });
    const register = { period: { from: '2026-03-01', to: '2026-03-31' }, requests: registerRequests(2000) };
    try {
      await expect(starved.print('loanRegister', register, frame())).rejects.toMatchObject({ code: 'PRINT_FAILED', details: { reason: 'PRINT_WORKER_FAILED' } });
      // Not left waiting on the dead worker: a new one takes the job (and fails the same way).
      await expect(starved.print('loanRegister', register, frame())).rejects.toMatchObject({ code: 'PRINT_FAILED', details: { reason: 'PRINT_WORKER_FAILED' } });
    } finally {
      await starved.close();
    }
    await expect(service.print('customerCard', { card: customerCard() }, frame())).resolves.toMatchObject({ kind: 'customerCard' });
  });
});
