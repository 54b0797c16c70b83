import { KedangError } from '../../../shared/contract/errors';
import { documentKindLabels, type DocumentKind, type DocumentRecord, type PrintedPdf } from '../../../shared/documents/documentTypes';
import type { JobHandle } from '../../../shared/jobs/jobTypes';
import type { HandlerContext } from '../rpc/handler';
import type { DocumentInputs } from '../reports/documents';
import { readSettings } from '../settings/settingsStore';
import { findDocument, markPrinted, markVoid, reserveDocument, type DocumentRow } from './documentStore';

/** What a print channel decided to print: the data (gathered in its call) and what to register. */
export interface PrintOrder<K extends DocumentKind> {
  kind: K;
  data: DocumentInputs[K];
  /** The file the document is about (its card, its copy), if any. */
  file?: { id: number; archiveNo: string } | null;
  /** What else chose the content, without personal data: `#318`, a period, a range. */
  subject?: string | null;
  /** How to print the same document again: the channel's input without the reprint itself. */
  params: Record<string, unknown>;
  /** A reprint: the serial of the document this one copies. */
  reprintOf?: string;
  /** What the audit entry adds (e.g. that full numbers were printed). */
  auditParams?: Record<string, unknown>;
}

/** The job's result until the renderer collects it with documents.result. */
export interface PrintJobResult {
  record: DocumentRecord;
  pdf: Buffer;
  missingGlyphs: PrintedPdf['missingGlyphs'];
}

function sameParams(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => JSON.stringify(a[k] ?? null) === JSON.stringify(b[k] ?? null));
}

/**
 * A reprint copies a printed document of the same kind, about the same thing; a copy of a copy
 * names the original. Anything else is refused as if the serial did not exist.
 */
function originalFor(ctx: HandlerContext, order: PrintOrder<DocumentKind>): string | null {
  if (!order.reprintOf) return null;
  const original = findDocument(ctx.db, order.reprintOf);
  const matches = original && original.state === 'printed' && original.kind === order.kind && original.customerId === (order.file?.id ?? null) && sameParams(JSON.parse(original.params) as Record<string, unknown>, order.params);
  if (!matches) throw new KedangError('DOCUMENT_NOT_FOUND', 'No printed document with that serial for this reprint', { fields: [{ path: 'reprintOf', code: 'DOCUMENT_NOT_FOUND' }] });
  return original.reprintOf ?? original.serial;
}

export function recordOf(row: DocumentRow, nameShown: string | null): DocumentRecord {
  return {
    serial: row.serial,
    kind: row.kind,
    title: row.title,
    state: row.state,
    archiveNo: row.archiveNo,
    name: nameShown,
    subject: row.subject,
    printedAt: row.printedAt,
    printedByName: row.printedByName,
    pages: row.pages,
    sha256: row.sha256,
    contentHash: row.contentHash,
    secrecy: row.secrecy ?? 'normal',
    unmasked: row.unmasked ?? false,
    reprintOf: row.reprintOf,
    params: JSON.parse(row.params) as Record<string, unknown>,
  };
}

/**
 * Every print goes through here: a serial is taken from the register and the print audited inside
 * the caller's call, then a job renders the PDF in the print worker and completes the register's
 * line (pages, SHA-256 of the PDF, content hash). A print that fails or is cancelled keeps its
 * serial, marked void, so the numbers in the register have no gaps and are never reused.
 */
export function startPrint<K extends DocumentKind>(ctx: HandlerContext, order: PrintOrder<K>, nameShown: string | null = null): JobHandle {
  const user = ctx.requireUser();
  const now = ctx.clock.now();
  const reprintOf = originalFor(ctx, order);
  const title = documentKindLabels[order.kind].zh;
  const { id, serial } = reserveDocument(ctx.db, {
    kind: order.kind,
    title,
    customerId: order.file?.id ?? null,
    archiveNo: order.file?.archiveNo ?? null,
    subject: order.subject ?? null,
    params: JSON.stringify(order.params),
    printedBy: user.id,
    printedAt: now,
    reprintOf,
  });
  const about = [order.file?.archiveNo, order.subject].filter(Boolean).join(' ');
  ctx.audit({
    action: 'documents.print',
    targetType: order.file ? 'customer' : 'document',
    targetId: order.file ? order.file.id : serial,
    summary: `打印${title} ${serial}${about ? `（${about}）` : ''}${reprintOf ? `，${reprintOf} 的副本` : ''}`,
    params: { serial, kind: order.kind, ...(order.file ? { file: order.file.id } : {}), ...(reprintOf ? { reprintOf } : {}), ...(order.auditParams ?? {}) },
  });
  const frame = { storeName: readSettings(ctx.db).storeName, serial, printedBy: user.displayName, printedAt: now.toISOString(), reprintOf };
  const printer = ctx.printer;
  return ctx.jobs.start<PrintJobResult>({
    kind: 'print',
    ownerId: user.id,
    ownerName: user.displayName,
    run: async (job) => {
      try {
        const printed = await printer.print(order.kind, order.data, frame, {
          signal: job.signal,
          onProgress: (pages) => job.progress({ done: pages, total: null, unit: 'items', phase: 'pages' }),
        });
        job.throwIfCancelled();
        const db = job.connect();
        db.transaction(() => markPrinted(db, id, { at: job.clock.now(), pages: printed.pages, sha256: printed.sha256, contentHash: printed.contentHash, secrecy: printed.secrecy, unmasked: printed.watermarked })).immediate();
        const row = findDocument(db, serial)!;
        return { record: recordOf(row, nameShown), pdf: Buffer.from(printed.pdf), missingGlyphs: printed.missingGlyphs.map((g) => ({ char: g.char, codePoint: g.codePoint })) };
      } catch (error) {
        const db = job.connect();
        db.transaction(() => markVoid(db, id, job.clock.now())).immediate();
        throw error;
      }
    },
  });
}
