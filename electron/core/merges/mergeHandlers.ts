import { KedangError } from '../../../shared/contract/errors';
import { paperLocationText } from '../../../shared/customers/paperLocation';
import type { MergeBlock, MergeField, MergeFileView } from '../../../shared/merges/mergeTypes';
import { mergeFieldLabels } from '../../../shared/merges/mergeTypes';
import type { HandlerContext, HandlersOf } from '../rpc/handler';
import { decideApproval, submitApproval } from '../approvals/approvalWorkflow';
import { visibleFiles } from '../customers/fileAccess';
import { locationOf, reindexCustomer } from '../customers/customerStore';
import { maskIdNumber, maskPhone } from '../customers/masking';
import { refreshFollowUp } from '../customers/followUps';
import { findUser } from '../users/userStore';
import { mergeChain } from './mergeApproval';
import { mergeDone, mergeRequested, mergeSubject, mergeUndone, snapshotsExpired } from './mergeAudit';
import { mergeVisible, visibleMerge } from './mergeAccess';
import { differingFields, followerAfter, mergedSecrecy, resolveChoices, survivorPatch, type CustomerColumns } from './mergeFields';
import {
  applyMerge,
  attachApproval,
  expireSnapshots,
  fileRow,
  findMerge,
  hasOpenLoan,
  hasPendingRequest,
  insertMerge,
  listMerges,
  markMerged,
  phoneNumbers,
  recordCounts,
  setRejected,
  snapshotOf,
  undoMerge,
  type MergeRow,
} from './mergeStore';
import { toMergeView } from './mergeView';

/** 撤销合并 is possible for 30 days; then the snapshot that makes it possible is erased. */
export const UNDO_DAYS = 30;

/** What stops these two files from being merged now, checked at the request and again when it is carried out. */
function blockOf(ctx: HandlerContext, survivor: CustomerColumns, merged: CustomerColumns, exceptMerge: number | null): MergeBlock | null {
  if (survivor.status !== 'active' || merged.status !== 'active') return 'MERGE_FILE_NOT_ACTIVE';
  if (survivor.kind !== merged.kind) return 'MERGE_KIND_DIFFERS';
  const ids = [survivor.id, merged.id];
  if (hasOpenLoan(ctx.db, ids, ctx.clock.now().toISOString())) return 'MERGE_LOAN_OPEN';
  if (hasPendingRequest(ctx.db, ids, exceptMerge)) return 'MERGE_PENDING';
  return null;
}

function refuse(block: MergeBlock): never {
  throw new KedangError(block, `Cannot merge: ${block}`);
}

/** The picker's view of one file: coded fields as codes (the screen words them), phones and ID numbers masked. */
function pickerView(ctx: HandlerContext, f: CustomerColumns): MergeFileView {
  const owner = f.ownerId !== null ? findUser(ctx.db, f.ownerId) : null;
  const values: Record<MergeField, string | null> = {
    name: f.name,
    gender: f.gender,
    birthDate: f.birthDate,
    idNumber: f.idNumber ? maskIdNumber(f.idType, f.idNumber) : null,
    wechat: f.wechat,
    email: f.email,
    address: f.address,
    region: f.region,
    occupation: f.occupation,
    creditCode: f.creditCode,
    legalRep: f.legalRep,
    contactPerson: f.contactPerson,
    sourceChannel: f.sourceChannel,
    category: f.grade ? `${f.category}:${f.grade}` : f.category,
    ownerId: owner?.displayName ?? null,
    location: paperLocationText(locationOf(f)) || null,
    retentionUntil: f.retentionUntil,
    note: f.note,
  };
  return { id: f.id, archiveNo: f.archiveNo, kind: f.kind, createdAt: f.createdAt, values, phones: phoneNumbers(ctx.db, f.id).map(maskPhone), records: recordCounts(ctx.db, f.id) };
}

/** Snapshots whose 30 days are over are erased by the next merge command (they hold personal data). */
function expire(ctx: HandlerContext): void {
  const expired = expireSnapshots(ctx.db, ctx.clock.now().toISOString());
  if (expired) ctx.audit(snapshotsExpired(expired));
}

function viewOf(ctx: HandlerContext, id: number) {
  return toMergeView(ctx.db, findMerge(ctx.db, id)!, ctx.clock.now());
}

/** The last signature carries the merge out in the same transaction: both files are checked again first. */
function carryOut(ctx: HandlerContext, row: MergeRow): void {
  const user = ctx.requireUser();
  const survivor = fileRow(ctx.db, row.survivorId)!;
  const merged = fileRow(ctx.db, row.mergedId)!;
  const block = blockOf(ctx, survivor, merged, row.id);
  if (block) refuse(block);
  const now = ctx.clock.now();
  const { snapshot, moved } = applyMerge(ctx.db, { survivor, merged, patch: survivorPatch(survivor, merged, row.facts.fields), byUser: user.id, now: now.toISOString() });
  reindexCustomer(ctx.db, survivor.id);
  reindexCustomer(ctx.db, merged.id);
  refreshFollowUp(ctx.db, survivor.id, now);
  const undoUntil = new Date(now.getTime() + UNDO_DAYS * 86_400_000).toISOString();
  markMerged(ctx.db, row.id, { at: now.toISOString(), snapshot, undoUntil, facts: { ...row.facts, moved } });
  ctx.audit(mergeDone(row, moved, undoUntil));
}

export const mergesHandlers: HandlersOf<'merges'> = {
  'merges.preview': (ctx, input) => {
    visibleFiles(ctx, [input.survivorId, input.mergedId]);
    const survivor = fileRow(ctx.db, input.survivorId)!;
    const merged = fileRow(ctx.db, input.mergedId)!;
    return {
      survivor: pickerView(ctx, survivor),
      merged: pickerView(ctx, merged),
      differing: differingFields(survivor, merged),
      secrecy: mergedSecrecy(survivor, merged),
      blocked: blockOf(ctx, survivor, merged, null),
    };
  },

  'merges.request': (ctx, input) => {
    const user = ctx.requireUser();
    visibleFiles(ctx, [input.survivorId, input.mergedId]);
    const survivor = fileRow(ctx.db, input.survivorId)!;
    const merged = fileRow(ctx.db, input.mergedId)!;
    const block = blockOf(ctx, survivor, merged, null);
    if (block) refuse(block);
    expire(ctx);
    const fields = resolveChoices(survivor, merged, input.choices);
    const followerId = followerAfter(survivor, merged, fields);
    const owner = followerId !== null ? findUser(ctx.db, followerId) : null;
    // A consultant who left (inactive, deleted) cannot confirm: the sales manager's signature stands alone.
    const follower = owner && owner.active && !owner.deletedAt ? owner : null;
    const steps = mergeChain(follower && { id: follower.id, role: follower.role }, user.id);
    const id = insertMerge(ctx.db, {
      survivor,
      merged,
      reason: input.reason,
      facts: { fields, followerId: follower && follower.id !== user.id ? follower.id : null },
      requestedBy: user.id,
      requestedAt: ctx.clock.now().toISOString(),
    });
    const row = findMerge(ctx.db, id)!;
    attachApproval(ctx.db, id, submitApproval(ctx, mergeSubject(row), { id: user.id, role: user.role }, steps));
    const taken = (Object.keys(fields) as MergeField[]).filter((f) => fields[f] === 'merged').map((f) => mergeFieldLabels[f].zh);
    ctx.audit(mergeRequested(row, taken, steps.length));
    return viewOf(ctx, id);
  },

  /**
   * The waiting step is signed on this PC: the following consultant's by that consultant only, the
   * approval by a sales manager (or their deputy); nobody signs their own request.
   */
  'merges.decide': async (ctx, input) => {
    const row = visibleMerge(ctx, input.id);
    if (row.status !== 'pending' || row.approvalId === null) throw new KedangError('MERGE_WRONG_STATE', `Merge ${row.id} is ${row.status}`);
    expire(ctx);
    const follower = row.facts.followerId;
    const decided = await decideApproval(ctx, row.approvalId, mergeSubject(row), input, {
      action: (approve) => (approve ? 'merges.approve' : 'merges.reject'),
      targetType: 'merge',
      onlyBy: (step) => (step.kind === 'followerConfirms' && follower !== null ? follower : undefined),
    });
    if (decided.status === 'approved') carryOut(ctx, row);
    if (decided.status === 'rejected') setRejected(ctx.db, row.id);
    return viewOf(ctx, row.id);
  },

  'merges.undo': (ctx, input) => {
    const user = ctx.requireUser();
    const row = visibleMerge(ctx, input.id);
    if (row.status !== 'merged') throw new KedangError('MERGE_WRONG_STATE', `Merge ${row.id} is ${row.status}`);
    const now = ctx.clock.now();
    const snapshot = snapshotOf(row);
    if (!snapshot || row.undoUntil === null || now.getTime() >= new Date(row.undoUntil).getTime()) throw new KedangError('MERGE_UNDO_EXPIRED', 'The undo window is over');
    const survivor = fileRow(ctx.db, row.survivorId)!;
    const merged = fileRow(ctx.db, row.mergedId)!;
    const untouched = survivor.status === 'active' && survivor.version === snapshot.survivorVersion && merged.status === 'merged' && merged.mergedInto === survivor.id;
    if (!untouched) throw new KedangError('MERGE_CHANGED_SINCE', 'The files changed since the merge');
    undoMerge(ctx.db, row.id, snapshot, { userId: user.id, now: now.toISOString() });
    for (const id of [row.survivorId, row.mergedId]) {
      reindexCustomer(ctx.db, id);
      refreshFollowUp(ctx.db, id, now);
    }
    ctx.audit(mergeUndone(row));
    expire(ctx);
    return viewOf(ctx, row.id);
  },

  'merges.list': (ctx, input) => {
    const now = ctx.clock.now();
    return listMerges(ctx.db, input)
      .filter((row) => mergeVisible(ctx, row))
      .map((row) => toMergeView(ctx.db, row, now));
  },
};
