import { KedangError } from '../../../shared/contract/errors';
import type { StepAuthority } from '../../../shared/approvals/approvalTypes';
import { lifecycleKindLabels, retentionRuleLabels, type BackupStillHolding, type RestrictedFile, type RetentionPolicy } from '../../../shared/lifecycle/lifecycleTypes';
import type { HandlerContext, HandlersOf } from '../rpc/handler';
import { approvalView } from '../approvals/approvalStore';
import { cancelApproval, countersign, decideApproval, submitApproval } from '../approvals/approvalWorkflow';
import { liveBackups } from '../backup/backupStore';
import { canSee, scopeOf } from '../customers/customerScope';
import { visibleFile, visibleFiles } from '../customers/fileAccess';
import { proveSignOff } from '../signOff/signOff';
import { eraseFile } from './erasure';
import { attachApproval, candidateRows, filesInOpenRequests, filesOnLoan, findRequest, insertRequest, itemsOf, listRequests, moveRequest, recordShredding, retentionPolicy, saveRetentionPolicy, type LifecycleRow } from './lifecycleStore';
import { liftRestriction, restrictedRows, restrictFile } from './restrictionStore';
import { concerns, subjectOf, viewOf, visibleRequest } from './lifecycleAccess';

function wrongState(row: LifecycleRow, expected: string): never {
  throw new KedangError('LIFECYCLE_WRONG_STATE', `Request ${row.id} is ${row.status}, not ${expected}`, { details: { status: row.status } });
}

function changedRules(before: RetentionPolicy, after: RetentionPolicy): string[] {
  const changes = after.rules.flatMap((rule) => {
    const old = before.rules.find((r) => r.code === rule.code);
    if (old && old.enabled === rule.enabled && old.months === rule.months && old.action === rule.action) return [];
    return [`${retentionRuleLabels[rule.code].zh}：${rule.enabled ? `启用，${rule.months !== null ? `${rule.months} 个月，` : ''}${lifecycleKindLabels[rule.action].zh}` : '停用'}`];
  });
  for (const kind of ['cleanup', 'destruction'] as const) {
    if (before.approvers[kind].join() !== after.approvers[kind].join()) changes.push(`${lifecycleKindLabels[kind].zh}审批：${after.approvers[kind].join(' → ')}`);
  }
  return changes;
}

export const lifecycleHandlers: HandlersOf<'lifecycle'> = {
  'lifecycle.rules': (ctx) => retentionPolicy(ctx.db),

  /** Which files may be erased is policy: like the loan rules, a second person countersigns. */
  'lifecycle.updateRules': async (ctx, input) => {
    const before = retentionPolicy(ctx.db);
    const countersigner = await countersign(ctx, { type: 'settings', id: 'lifecycle', label: '修改档案清理与销毁规则' }, { kind: 'countersign', roles: [], permission: 'policy.approve' }, input.signOff);
    saveRetentionPolicy(ctx.db, input.policy);
    const changes = changedRules(before, input.policy);
    ctx.audit({ action: 'lifecycle.updateRules', targetType: 'settings', targetId: 'lifecycle', summary: `${changes.length ? changes.join('；') : '无变化'}；会签人 ${countersigner.displayName}`, params: { changes, countersigner: countersigner.id } });
    return retentionPolicy(ctx.db);
  },

  'lifecycle.candidates': (ctx, input) => {
    const user = ctx.requireUser();
    const rule = retentionPolicy(ctx.db).rules.find((r) => r.code === input.rule);
    if (!rule?.enabled) return { candidates: [], total: 0 };
    const scope = scopeOf(user);
    const { rows, total } = candidateRows(ctx.db, input.rule, rule.months, scope, ctx.clock.now(), input);
    return {
      candidates: rows.map((r) => ({ customerId: r.customerId, archiveNo: r.archiveNo, name: canSee(scope, r) ? r.name : null, category: r.category, status: r.status, lastContactAt: r.lastContactAt, retentionUntil: r.retentionUntil, createdAt: r.createdAt })),
      total,
    };
  },

  'lifecycle.request': (ctx, input) => {
    const user = ctx.requireUser();
    // Naming a file asks nothing of its content: a 机密 file may be requested outside the archive room.
    const files = visibleFiles(ctx, input.customerIds, { content: false });
    const wrong = files.filter((f) => f.status !== 'active' && f.status !== 'invalid');
    if (wrong.length) throw new KedangError('LIFECYCLE_FILE_STATE', 'Only active or invalid files can be cleaned up or destroyed', { details: { archiveNo: wrong[0]!.archiveNo, status: wrong[0]!.status } });
    const held = filesInOpenRequests(ctx.db, files.map((f) => f.id));
    if (held.length) throw new KedangError('LIFECYCLE_ALREADY_REQUESTED', 'A file is already in an open request', { details: { archiveNo: files.find((f) => f.id === held[0])!.archiveNo } });
    const now = ctx.clock.now().toISOString();
    const id = insertRequest(ctx.db, {
      kind: input.kind,
      reason: input.reason,
      requesterId: user.id,
      createdAt: now,
      items: files.map((f) => ({ customerId: f.id, archiveNo: f.archiveNo, rule: input.rule ?? null, categoryBefore: f.category, statusBefore: f.status, fileCreatedAt: f.createdAt })),
    });
    const steps: StepAuthority[] = retentionPolicy(ctx.db).approvers[input.kind].map((role) => ({ kind: 'approver', roles: [role] }));
    const subject = subjectOf({ id, kind: input.kind });
    attachApproval(ctx.db, id, submitApproval(ctx, subject, { id: user.id, role: user.role }, steps));
    const numbers = files.map((f) => f.archiveNo);
    ctx.audit({
      action: 'lifecycle.request',
      targetType: 'lifecycle',
      targetId: id,
      summary: `申请${lifecycleKindLabels[input.kind].zh} ${numbers.slice(0, 20).join('、')}${numbers.length > 20 ? ` 等 ${numbers.length} 份` : ''}：${input.reason}`,
      params: { request: id, kind: input.kind, files: files.map((f) => f.id).slice(0, 500), ...(input.rule ? { rule: input.rule } : {}) },
    });
    return viewOf(ctx, findRequest(ctx.db, id)!);
  },

  'lifecycle.decide': async (ctx, input) => {
    const row = visibleRequest(ctx, input.id);
    if (row.status !== 'submitted' || row.approvalId === null) wrongState(row, 'submitted');
    const decided = await decideApproval(ctx, row.approvalId, subjectOf(row), input, { action: (approve) => (approve ? 'lifecycle.approve' : 'lifecycle.reject'), targetType: 'lifecycle' });
    if (decided.status === 'approved') moveRequest(ctx.db, row.id, ['submitted'], 'approved');
    if (decided.status === 'rejected') moveRequest(ctx.db, row.id, ['submitted'], 'rejected');
    return viewOf(ctx, findRequest(ctx.db, row.id)!);
  },

  'lifecycle.cancel': (ctx, input) => {
    const row = visibleRequest(ctx, input.id);
    if (!moveRequest(ctx.db, row.id, ['submitted', 'approved'], 'cancelled')) wrongState(row, 'submitted or approved');
    if (row.approvalId !== null && approvalView(ctx.db, row.approvalId).status === 'pending') cancelApproval(ctx, row.approvalId);
    ctx.audit({ action: 'lifecycle.cancel', targetType: 'lifecycle', targetId: row.id, summary: `撤销${lifecycleKindLabels[row.kind].zh}申请 #${row.id}`, params: { request: row.id } });
    return viewOf(ctx, findRequest(ctx.db, row.id)!);
  },

  /**
   * One transaction: every file of the request is erased or none is. A file out on loan blocks it
   * (its paper is not in the archive room to shred). Backups made before still hold the data: the
   * record lists them, so the erase is known complete once they are rotated out.
   */
  'lifecycle.execute': (ctx, input) => {
    const user = ctx.requireUser();
    const row = visibleRequest(ctx, input.id);
    if (row.status !== 'approved') wrongState(row, 'approved');
    const items = itemsOf(ctx.db, row.id);
    const out = filesOnLoan(ctx.db, items.map((i) => i.customerId));
    if (out.length) throw new KedangError('LIFECYCLE_LOAN_OUT', 'A file of the request is out on loan', { details: { archiveNo: items.find((i) => i.customerId === out[0])!.archiveNo } });
    const moved = items.find((i) => i.status !== 'active' && i.status !== 'invalid');
    if (moved) throw new KedangError('LIFECYCLE_FILE_STATE', 'A file changed since the request', { details: { archiveNo: moved.archiveNo, status: moved.status } });
    const now = ctx.clock.now();
    const to = row.kind === 'cleanup' ? 'cleaned' : 'destroyed';
    for (const item of items) {
      eraseFile(ctx.db, item.customerId, to, user.id, now);
      ctx.audit({
        action: row.kind === 'cleanup' ? 'lifecycle.cleaned' : 'lifecycle.destroyed',
        targetType: 'customer',
        targetId: item.customerId,
        summary: `${item.archiveNo}：个人信息已${row.kind === 'cleanup' ? '清理' : '销毁'}（申请 #${row.id}）`,
        params: { file: item.customerId, request: row.id },
      });
    }
    const holding: BackupStillHolding[] = liveBackups(ctx.db)
      .filter((b) => b.at <= now.toISOString())
      .map((b) => ({ id: b.id, at: b.at, path: b.path }));
    moveRequest(ctx.db, row.id, ['approved'], 'executed', { executedAt: now.toISOString(), executedBy: user.id, backupsHolding: JSON.stringify(holding) });
    ctx.audit({ action: 'lifecycle.execute', targetType: 'lifecycle', targetId: row.id, summary: `执行${lifecycleKindLabels[row.kind].zh}申请 #${row.id}，共 ${items.length} 份；仍含这些数据的备份 ${holding.length} 份`, params: { request: row.id, files: items.length, backups: holding.length } });
    // The erased pages leave the write-ahead log once the transaction is in the main file.
    const db = ctx.db;
    ctx.afterCall(() => {
      try {
        db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // A reader holds the log; the next checkpoint (at the latest on close) moves it.
      }
    });
    return viewOf(ctx, findRequest(ctx.db, row.id)!);
  },

  'lifecycle.confirmShredding': async (ctx, input) => {
    const row = visibleRequest(ctx, input.id);
    if (row.kind !== 'destruction' || row.status !== 'executed' || row.shreddedAt !== null) wrongState(row, 'executed destruction without shredding');
    const what = `销毁申请 #${row.id} 的纸质档案粉碎`;
    const shredder = await proveSignOff(ctx, input.shredder, { action: `${what}（执行人）`, targetType: 'lifecycle', targetId: row.id });
    const witness = await proveSignOff(ctx, input.witness, { action: `${what}（监销人）`, targetType: 'lifecycle', targetId: row.id, notBy: shredder.id });
    const now = ctx.clock.now().toISOString();
    recordShredding(ctx.db, row.id, { shreddedAt: now, shreddedBy: shredder.id, witnessId: witness.id });
    ctx.audit({ action: 'lifecycle.shredded', targetType: 'lifecycle', targetId: row.id, summary: `${what}：执行人 ${shredder.displayName}，监销人 ${witness.displayName}`, params: { request: row.id, user: shredder.id, countersigner: witness.id } });
    return viewOf(ctx, findRequest(ctx.db, row.id)!);
  },

  'lifecycle.requests': (ctx, input) => {
    const all = listRequests(ctx.db, { kind: input.kind, status: input.status, offset: 0, limit: 100_000 }).rows.filter((r) => concerns(ctx, r, input.waitingForMe));
    return { requests: all.slice(input.offset, input.offset + input.limit).map((r) => viewOf(ctx, r)), total: all.length };
  },

  'lifecycle.restrict': (ctx, input) => {
    const user = ctx.requireUser();
    const file = visibleFile(ctx, input.id, { content: false });
    if (file.status !== 'active' && file.status !== 'invalid') throw new KedangError('LIFECYCLE_FILE_STATE', 'Only an active or invalid file can be restricted', { details: { archiveNo: file.archiveNo, status: file.status } });
    if (filesInOpenRequests(ctx.db, [file.id]).length) throw new KedangError('LIFECYCLE_ALREADY_REQUESTED', 'The file is in an open cleanup or destruction request', { details: { archiveNo: file.archiveNo } });
    const now = ctx.clock.now();
    restrictFile(ctx.db, file.id, { reason: input.reason, reviewAt: input.reviewAt, by: user.id, now, statusBefore: file.status });
    ctx.audit({ action: 'lifecycle.restrict', targetType: 'customer', targetId: file.id, summary: `${file.archiveNo}：封存，复核日期 ${input.reviewAt}；${input.reason}`, params: { file: file.id, reviewAt: input.reviewAt } });
    return restrictedView(ctx).find((r) => r.customerId === file.id)!;
  },

  'lifecycle.unrestrict': (ctx, input) => {
    const user = ctx.requireUser();
    const file = visibleFile(ctx, input.id, { content: false });
    if (file.status !== 'restricted') throw new KedangError('LIFECYCLE_FILE_STATE', 'The file is not restricted', { details: { archiveNo: file.archiveNo, status: file.status } });
    liftRestriction(ctx.db, file.id, file.statusBeforeRestriction ?? 'active', user.id, ctx.clock.now());
    ctx.audit({ action: 'lifecycle.unrestrict', targetType: 'customer', targetId: file.id, summary: `${file.archiveNo}：解除封存；${input.reason}`, params: { file: file.id } });
    return { id: file.id };
  },

  'lifecycle.restricted': (ctx) => restrictedView(ctx),
};

function restrictedView(ctx: HandlerContext): RestrictedFile[] {
  const scope = scopeOf(ctx.requireUser());
  const today = ctx.clock.now().toISOString().slice(0, 10);
  return restrictedRows(ctx.db)
    .filter((r) => canSee(scope, { ...r, status: 'restricted' }))
    .map((r) => ({ customerId: r.customerId, archiveNo: r.archiveNo, name: r.name, reason: r.reason ?? '', restrictedAt: r.restrictedAt ?? '', restrictedByName: r.restrictedByName, reviewAt: r.reviewAt, reviewDue: r.reviewAt !== null && r.reviewAt <= today }))
    .sort((a, b) => Number(b.reviewDue) - Number(a.reviewDue));
}
