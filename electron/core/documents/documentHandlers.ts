import { KedangError } from '../../../shared/contract/errors';
import { departmentHeads } from '../../../shared/loans/loanPolicy';
import type { LoanRequest } from '../../../shared/loans/loanTypes';
import type { Role } from '../../../shared/roles/permissions';
import type { PrintedPdf } from '../../../shared/documents/documentTypes';
import { sessionHandler, type HandlerContext, type HandlersOf } from '../rpc/handler';
import { auditHead, listAudit, verifyAudit } from '../audit/auditLog';
import { buildCard } from '../customers/customerCard';
import { canSee, scopeOf } from '../customers/customerScope';
import { customerIdByArchiveNo, findCustomer, locationOf, phonesOf } from '../customers/customerStore';
import { visibleFile } from '../customers/fileAccess';
import { managesLoans, view, visibleLoan } from '../loans/loanAccess';
import { effectiveStatus } from '../loans/loanState';
import { listLoanRows, loanFiles } from '../loans/loanStore';
import { readSettings } from '../settings/settingsStore';
import { visibleMerge } from '../merges/mergeAccess';
import { toMergeView } from '../merges/mergeView';
import { secrecyLevels } from '../../../shared/customers/vocabularies';
import { parseDocumentQr } from '../reports/qrPayload';
import { indexRows } from './documentData';
import { viewOf, visibleRequest } from '../lifecycle/lifecycleAccess';
import { lifecycleKindLabels } from '../../../shared/lifecycle/lifecycleTypes';
import { findDocument, listDocuments, reprintsOf, type DocumentRow } from './documentStore';
import { recordOf, startPrint, type PrintJobResult } from './printDocument';

/** Longer documents are refused with DOCUMENT_TOO_LARGE: print them in parts (a narrower period or range). */
export const MAX_DOCUMENT_LINES = 20_000;

/** The store's days are China Standard Time (no daylight saving): a day's first instant, and the next day's. */
const STORE_OFFSET = '+08:00';
const dayStart = (day: string) => new Date(`${day}T00:00:00.000${STORE_OFFSET}`);
const dayEnd = (day: string) => new Date(dayStart(day).getTime() + 86_400_000 - 1);

function tooLarge(lines: number): never {
  throw new KedangError('DOCUMENT_TOO_LARGE', `More than ${MAX_DOCUMENT_LINES} lines`, { details: { lines, max: MAX_DOCUMENT_LINES } });
}

function requirePermission(ctx: HandlerContext, allowed: boolean, what: string): void {
  if (allowed) return;
  const user = ctx.requireUser();
  ctx.auditOnFailure({ action: 'access.denied', targetType: 'channel', targetId: what, summary: `无权打印：${what}` });
  throw new KedangError('FORBIDDEN', `${user.role} may not print ${what}`);
}

/** The register line's file name, only for a reader who may see that file (the system admin sees numbers only). */
function shownName(ctx: HandlerContext, row: Pick<DocumentRow, 'customerId'>): string | null {
  const user = ctx.requireUser();
  if (row.customerId === null || !user.permissions.includes('customer.read')) return null;
  const file = findCustomer(ctx.db, row.customerId);
  return file && canSee(scopeOf(user), file) ? file.name : null;
}

/** The roles of a request's chain of sign-offs, in order, for the printed rule. */
function approverRoles(request: LoanRequest): Role[] {
  const roles = request.approval ? request.approval.steps.flatMap((s) => s.roles) : departmentHeads[request.department];
  return [...new Set(roles)];
}

function signedSteps(request: LoanRequest) {
  return (request.approval?.steps ?? [])
    .filter((s) => s.decidedAt !== null && (s.status === 'approved' || s.status === 'rejected'))
    .map((s) => ({
      name: s.delegation ? `${s.decidedByName ?? ''}（受 ${s.delegation.delegatorName} 委托）` : (s.decidedByName ?? ''),
      role: s.delegation?.role ?? s.roles[0] ?? null,
      at: s.decidedAt!,
      approved: s.status === 'approved',
      note: s.note,
    }));
}

export const documentsHandlers: HandlersOf<'documents'> = {
  'documents.printCard': (ctx, input) => {
    const user = ctx.requireUser();
    const file = visibleFile(ctx, input.id);
    if (input.reveal) requirePermission(ctx, user.permissions.includes('customer.reveal'), 'documents.printCard:reveal');
    const card = buildCard(ctx.db, file, ctx.clock.now());
    const revealed = input.reveal ? { idNumber: file.idNumber, phones: Object.fromEntries(phonesOf(ctx.db, file.id).map((p) => [p.id, p.number])) } : undefined;
    return startPrint(
      ctx,
      { kind: 'customerCard', data: { card, revealed }, file: { id: file.id, archiveNo: file.archiveNo }, params: { id: file.id, reveal: input.reveal }, reprintOf: input.reprintOf, auditParams: input.reveal ? { reveal: true } : {} },
      file.name,
    );
  },

  'documents.printCopy': (ctx, input) => {
    const user = ctx.requireUser();
    const file = visibleFile(ctx, input.id);
    const now = ctx.clock.now();
    const loan = visibleLoan(ctx, input.loanId);
    const approved = loan.kind === 'copy' && effectiveStatus(loan.status, loan.end_at, now) === 'approved';
    const mayPrint = loan.requester_id === user.id || user.permissions.includes('loan.handle');
    if (!approved || !mayPrint || !loanFiles(ctx.db, loan.id).some((f) => f.customerId === file.id)) {
      throw new KedangError('COPY_NOT_APPROVED', 'No approved copy request of the caller covers this file', { fields: [{ path: 'loanId', code: 'COPY_NOT_APPROVED' }] });
    }
    const card = buildCard(ctx.db, file, now, { complete: true });
    const full = { idNumber: file.idNumber, phones: Object.fromEntries(phonesOf(ctx.db, file.id).map((p) => [p.id, p.number])) };
    return startPrint(
      ctx,
      { kind: 'personalInfoCopy', data: { card, full, request: { at: loan.created_at, note: loan.reason } }, file: { id: file.id, archiveNo: file.archiveNo }, subject: `复制申请 #${loan.id}`, params: { id: file.id, loanId: loan.id }, reprintOf: input.reprintOf, auditParams: { loan: loan.id, reveal: true } },
      file.name,
    );
  },

  'documents.printIndex': (ctx, input) => {
    const scope = scopeOf(ctx.requireUser());
    const rows = indexRows(ctx.db, { region: input.region, fromNo: input.fromNo?.toUpperCase(), toNo: input.toNo?.toUpperCase(), limit: MAX_DOCUMENT_LINES + 1 });
    if (rows.length > MAX_DOCUMENT_LINES) tooLarge(rows.length);
    const entries = rows.map((r) => ({
      archiveNo: r.archiveNo,
      // A file beyond the reader's clearance is listed by number only, like everywhere else.
      name: canSee(scope, r) ? r.name : '—',
      region: r.region,
      secrecy: r.secrecy,
      status: r.status,
      location: locationOf(r),
    }));
    const range = input.fromNo || input.toNo ? { from: input.fromNo ?? null, to: input.toNo ?? null } : undefined;
    const subject = [input.region, range ? `${range.from ?? '…'}–${range.to ?? '…'}` : null].filter(Boolean).join(' ') || '全部';
    return startPrint(ctx, { kind: 'archiveIndex', data: { region: input.region ?? null, range, entries }, subject, params: { region: input.region ?? null, fromNo: input.fromNo ?? null, toNo: input.toNo ?? null }, reprintOf: input.reprintOf });
  },

  'documents.printLoanRequest': (ctx, input) => {
    const request = view(ctx, visibleLoan(ctx, input.id));
    const rule = { maxMinutes: Math.round((new Date(request.endAt).getTime() - new Date(request.startAt).getTime()) / 60_000), approverRoles: approverRoles(request), archiveRoomOnly: request.archiveRoomOnly };
    return startPrint(ctx, { kind: 'loanRequest', data: { request, rule, approvals: signedSteps(request) }, subject: `#${request.id}`, params: { id: request.id }, reprintOf: input.reprintOf });
  },

  'documents.printRegister': (ctx, input) => {
    const user = ctx.requireUser();
    requirePermission(ctx, managesLoans(ctx), 'documents.printRegister');
    const now = ctx.clock.now();
    const rows = listLoanRows(ctx.db, {
      onlyRequester: null,
      viewer: user.id,
      now: now.toISOString(),
      from: dayStart(input.from).toISOString(),
      to: dayEnd(input.to).toISOString(),
      view: input.view === 'history' ? 'all' : input.view,
      status: input.view === 'history' ? 'returned' : undefined,
      limit: MAX_DOCUMENT_LINES + 1,
    }).filter((r) => r.kind === 'checkout');
    if (rows.length > MAX_DOCUMENT_LINES) tooLarge(rows.length);
    const requests = rows.map((r) => view(ctx, r)).reverse();
    const period = { from: dayStart(input.from).toISOString(), to: dayEnd(input.to).toISOString() };
    return startPrint(ctx, { kind: 'loanRegister', data: { period, filter: { view: input.view }, requests }, subject: `${input.from} 至 ${input.to}`, params: { from: input.from, to: input.to, view: input.view }, reprintOf: input.reprintOf });
  },

  'documents.printReminder': (ctx, input) => {
    const request = view(ctx, visibleLoan(ctx, input.id));
    const stage = input.stage ?? request.reminderStage;
    if (request.status !== 'checkedOut' || !request.overdue || (stage !== 1 && stage !== 2)) throw new KedangError('LOAN_WRONG_STATE', 'Only an overdue checkout gets a reminder');
    return startPrint(ctx, { kind: 'loanReminder', data: { request, stage }, subject: `#${request.id} 第${stage === 1 ? '一' : '二'}次催还`, params: { id: request.id, stage }, reprintOf: input.reprintOf });
  },

  'documents.printAuditReport': (ctx, input) => {
    let target: { targetType?: string; targetId?: string } = {};
    if (input.archiveNo) {
      const fileId = customerIdByArchiveNo(ctx.db, input.archiveNo.toUpperCase());
      target = { targetType: 'customer', targetId: String(fileId ?? 0) };
    }
    const page = listAudit(ctx.db, { ...target, action: input.action, from: dayStart(input.from).toISOString(), to: dayEnd(input.to).toISOString(), limit: MAX_DOCUMENT_LINES });
    if (page.hasMore) tooLarge(MAX_DOCUMENT_LINES + 1);
    // The head before this print's own entry: the anchor the paper keeps, checked with audit.verifyAnchor.
    const head = auditHead(ctx.db);
    const anchor = head ? { seq: head.seq, hash: head.hash.slice(0, 16) } : null;
    const verification = verifyAudit(ctx.db);
    const period = { from: dayStart(input.from).toISOString(), to: dayEnd(input.to).toISOString() };
    return startPrint(ctx, {
      kind: 'auditReport',
      data: { period, filter: { action: input.action, targetId: input.archiveNo }, entries: page.entries.reverse(), anchor, verification },
      subject: `${input.from} 至 ${input.to}${input.archiveNo ? ` ${input.archiveNo.toUpperCase()}` : ''}`,
      params: { from: input.from, to: input.to, action: input.action ?? null, archiveNo: input.archiveNo ?? null },
      reprintOf: input.reprintOf,
      auditParams: anchor ? { anchorSeq: anchor.seq, anchorHash: anchor.hash } : {},
    });
  },

  'documents.printMergeRecord': (ctx, input) => {
    const row = visibleMerge(ctx, input.id);
    const merge = toMergeView(ctx.db, row, ctx.clock.now());
    const levels = [row.survivorId, row.mergedId].map((id) => findCustomer(ctx.db, id)?.secrecy ?? 'normal');
    const secrecy = secrecyLevels[Math.max(...levels.map((l) => secrecyLevels.indexOf(l)))]!;
    return startPrint(ctx, {
      kind: 'mergeRecord',
      data: { merge, secrecy },
      file: { id: row.survivorId, archiveNo: row.survivorArchiveNo },
      subject: `合并 #${row.id}：${row.mergedArchiveNo} → ${row.survivorArchiveNo}`,
      params: { id: row.id },
      reprintOf: input.reprintOf,
      auditParams: { merge: row.id, toFile: row.mergedId },
    });
  },

  'documents.printRecoverySheet': sessionHandler((ctx) => {
    const pending = ctx.session.state?.recovery;
    if (!pending) throw new KedangError('RECOVERY_NOT_PENDING', 'No recovery code is waiting to be kept');
    const { storeName } = readSettings(ctx.db);
    return startPrint(ctx, { kind: 'recoverySheet', data: { storeName, createdAt: ctx.clock.now().toISOString(), recoveryCode: pending.code }, params: {} });
  }),

  'documents.printLifecycleRecord': (ctx, input) => {
    const request = viewOf(ctx, visibleRequest(ctx, input.id));
    if (input.certificate && (request.kind !== 'destruction' || request.status !== 'executed')) throw new KedangError('LIFECYCLE_WRONG_STATE', 'A certificate is for an executed destruction');
    const kind = input.certificate ? 'destructionCertificate' : 'lifecycleRecord';
    return startPrint(ctx, { kind, data: { request }, subject: `${lifecycleKindLabels[request.kind].zh}申请 #${request.id}`, params: { id: request.id, certificate: input.certificate }, reprintOf: input.reprintOf });
  },

  'documents.result': (ctx, input) => {
    const done = ctx.jobs.result(input.jobId, ctx.requireUser().id) as PrintJobResult;
    if (!done || !('pdf' in done)) throw new KedangError('NOT_FOUND', 'No such print job');
    return { record: done.record, pdfBase64: done.pdf.toString('base64'), missingGlyphs: done.missingGlyphs } satisfies PrintedPdf;
  },

  'documents.list': (ctx, input) => {
    const { rows, total } = listDocuments(ctx.db, {
      kind: input.kind,
      archiveNo: input.archiveNo?.toUpperCase(),
      from: input.from ? dayStart(input.from).toISOString() : undefined,
      to: input.to ? new Date(dayEnd(input.to).getTime() + 1).toISOString() : undefined,
      offset: input.offset,
      limit: input.limit,
    });
    return { records: rows.map((r) => recordOf(r, shownName(ctx, r))), total };
  },

  'documents.verify': (ctx, input) => {
    const qr = parseDocumentQr(input.code);
    const serial = qr ? qr.serial : input.code.trim().toUpperCase();
    const row = findDocument(ctx.db, serial);
    if (!row) throw new KedangError('DOCUMENT_NOT_FOUND', 'No document with that serial', { fields: [{ path: 'code', code: 'DOCUMENT_NOT_FOUND' }] });
    return {
      record: recordOf(row, shownName(ctx, row)),
      qrMatches: qr ? row.contentHash !== null && row.contentHash.startsWith(qr.hashPrefix) : null,
      fileMatches: input.sha256 ? row.sha256 === input.sha256 : null,
      reprints: reprintsOf(ctx.db, row.serial),
    };
  },
};
