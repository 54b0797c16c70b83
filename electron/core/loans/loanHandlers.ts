import { labelsIn } from '../../../shared/i18n/label';
import { secrecyLabels } from '../../../shared/customers/vocabularyLabels';
import { loanKindLabels } from '../../../shared/loans/loanLabels';
import { decideLoan, type LoanPolicy } from '../../../shared/loans/loanPolicy';
import { KedangError } from '../../../shared/contract/errors';
import type { SecrecyLevel } from '../../../shared/customers/vocabularies';
import type { CoreContext } from '../context';
import type { Handler } from '../rpc/handler';
import { acceptSignOff } from '../auth/signOff';
import { findCustomer } from '../customers/customerStore';
import { getLoanRow, hasOverdue, listLoanRows, loanPolicy, loanSettings, toLoan, transition } from './loanStore';
import { roleLabels } from '../../../shared/users/users';

const kindNames = labelsIn(loanKindLabels, 'zh');
const levelNames = labelsIn(secrecyLabels, 'zh');

function loanOf(ctx: CoreContext, id: number) {
  return toLoan(ctx.archive().db.sqlite, getLoanRow(ctx.archive().db.sqlite, id), ctx.clock.now());
}

/** Requesters see their own requests; approvers and the archive room see all. */
function mayManage(ctx: CoreContext): boolean {
  const user = ctx.requireUser();
  return user.permissions.includes('loan.approve') || user.permissions.includes('loan.handle');
}

function ownOrManaged(ctx: CoreContext, id: number) {
  const row = getLoanRow(ctx.archive().db.sqlite, id);
  if (row.requester_id !== ctx.requireUser().id && !mayManage(ctx)) throw new KedangError('NOT_FOUND', `No loan request ${id}`);
  return row;
}

export const create: Handler<'loans.create'> = (ctx, input) => {
  const user = ctx.requireUser();
  const db = ctx.archive().db.sqlite;
  const now = ctx.clock.now();
  if (loanSettings(db).blockWhenOverdue && hasOverdue(db, user.id, now)) throw new KedangError('LOAN_OVERDUE_BLOCK', 'Return overdue files first');
  const files = [...new Set(input.customerIds)].map((id) => {
    const c = findCustomer(db, id);
    if (!c || c.status !== 'active') throw new KedangError('NOT_FOUND', `No customer ${id}`, { fields: [{ path: 'customerIds', code: 'NOT_FOUND' }] });
    return c;
  });
  const minutes = Math.round((new Date(input.endAt).getTime() - new Date(input.startAt).getTime()) / 60_000);
  const decision = decideLoan(loanPolicy(db), { kind: input.kind, levels: files.map((f) => f.secrecy as SecrecyLevel), department: input.department, minutes });
  if (!decision.ok) {
    ctx.auditOnFailure({ action: 'loans.refused', targetType: 'loan', targetId: null, summary: `${kindNames[input.kind]} ${files.map((f) => f.archive_no).join('、')}：按借阅规定拒绝（${decision.code}）` });
    throw new KedangError(decision.code, `Request refused: ${decision.code}`, {
      fields: [{ path: decision.code === 'LOAN_PERIOD_TOO_LONG' ? 'endAt' : 'kind', code: decision.code, ...(decision.maxMinutes ? { params: { maximum: decision.maxMinutes } } : {}) }],
      details: { level: decision.level ?? null, maxMinutes: decision.maxMinutes ?? null },
    });
  }
  const status = input.submit ? 'submitted' : 'draft';
  const id = Number(
    db
      .prepare(`INSERT INTO loan_requests (requester_id, department, kind, purpose, reason, level, start_at, end_at, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(user.id, input.department, input.kind, input.purpose, input.reason, decision.level, new Date(input.startAt).toISOString(), new Date(input.endAt).toISOString(), status, now.toISOString()).lastInsertRowid,
  );
  const item = db.prepare('INSERT INTO loan_items (request_id, customer_id) VALUES (?, ?)');
  for (const f of files) item.run(id, f.id);
  ctx.audit({ action: input.submit ? 'loans.submit' : 'loans.draft', targetType: 'loan', targetId: id, summary: `${kindNames[input.kind]} ${files.map((f) => f.archive_no).join('、')}（${levelNames[decision.level]}），至 ${input.endAt}` });
  return loanOf(ctx, id);
};

export const submit: Handler<'loans.submit'> = (ctx, input) => {
  const row = ownOrManaged(ctx, input.id);
  if (row.requester_id !== ctx.requireUser().id) throw new KedangError('FORBIDDEN', 'Only the requester submits');
  transition(ctx.archive().db.sqlite, input.id, ['draft'], 'submitted');
  ctx.audit({ action: 'loans.submit', targetType: 'loan', targetId: input.id, summary: `${kindNames[row.kind]}申请已提交` });
  return loanOf(ctx, input.id);
};

/** Second-person sign-off: the approver types their own password; the requester never approves. */
export const decide: Handler<'loans.decide'> = async (ctx, input) => {
  const db = ctx.archive().db.sqlite;
  const row = getLoanRow(db, input.id);
  if (row.status !== 'submitted') throw new KedangError('LOAN_WRONG_STATE', `Request ${input.id} is ${row.status}`);
  const loan = toLoan(db, row, ctx.clock.now());
  let approver;
  try {
    approver = await acceptSignOff(ctx, input.signOff, { requesterId: row.requester_id, permission: 'loan.approve', action: `${input.approve ? '批准' : '驳回'}${kindNames[row.kind]}申请 #${input.id}`, targetType: 'loan', targetId: input.id });
  } catch (err) {
    if (err instanceof KedangError && err.code === 'SIGNOFF_SELF') throw new KedangError('LOAN_SELF_APPROVAL', 'The requester cannot approve their own request');
    throw err;
  }
  if (!loan.approverRoles.includes(approver.role)) {
    ctx.auditOnFailure({ actor: { id: approver.id, name: approver.displayName }, action: 'loans.refused', targetType: 'loan', targetId: input.id, summary: `${roleLabels[approver.role].zh}无权审批${levelNames[row.level]}档案的${kindNames[row.kind]}申请` });
    throw new KedangError('LOAN_APPROVER_ROLE', 'This approver may not decide this request', { details: { approverRoles: loan.approverRoles.join(',') } });
  }
  // Only one decision wins: the update requires the request to still be waiting.
  transition(db, input.id, ['submitted'], input.approve ? 'approved' : 'rejected', { decided_at: ctx.clock.now().toISOString(), decided_by: approver.id, decision_note: input.note });
  ctx.audit({ actor: { id: approver.id, name: approver.displayName }, action: input.approve ? 'loans.approve' : 'loans.reject', targetType: 'loan', targetId: input.id, summary: `${input.approve ? '批准' : '驳回'}${levelNames[row.level]}档案${kindNames[row.kind]}${input.note ? `：${input.note}` : ''}` });
  return loanOf(ctx, input.id);
};

export const checkout: Handler<'loans.checkout'> = (ctx, input) => {
  const db = ctx.archive().db.sqlite;
  const row = getLoanRow(db, input.id);
  const loan = toLoan(db, row, ctx.clock.now());
  if (row.kind !== 'checkout' || loan.archiveRoomOnly) throw new KedangError('LOAN_NOT_ALLOWED', 'Only approved checkouts leave the archive room');
  if (loan.status !== 'approved') throw new KedangError('LOAN_WRONG_STATE', `Request ${input.id} is ${loan.status}`);
  transition(db, input.id, ['approved'], 'checkedOut', { checked_out_at: ctx.clock.now().toISOString(), checked_out_by: ctx.requireUser().id });
  ctx.audit({ action: 'loans.checkout', targetType: 'loan', targetId: input.id, summary: `纸质档案交付 ${row.requester_name}，应还 ${row.end_at}` });
  return loanOf(ctx, input.id);
};

export const giveBack: Handler<'loans.return'> = (ctx, input) => {
  const db = ctx.archive().db.sqlite;
  const row = getLoanRow(db, input.id);
  transition(db, input.id, ['checkedOut'], 'returned', { returned_at: ctx.clock.now().toISOString(), returned_to: ctx.requireUser().id, condition_note: input.condition });
  const late = ctx.clock.now().getTime() > new Date(row.end_at).getTime();
  ctx.audit({ action: 'loans.return', targetType: 'loan', targetId: input.id, summary: `${row.requester_name} 归还${late ? '（逾期）' : ''}${input.condition ? `：${input.condition}` : ''}` });
  return loanOf(ctx, input.id);
};

export const cancel: Handler<'loans.cancel'> = (ctx, input) => {
  const row = ownOrManaged(ctx, input.id);
  if (row.requester_id !== ctx.requireUser().id) throw new KedangError('FORBIDDEN', 'Only the requester cancels');
  transition(ctx.archive().db.sqlite, input.id, ['draft', 'submitted', 'approved'], 'cancelled');
  ctx.audit({ action: 'loans.cancel', targetType: 'loan', targetId: input.id, summary: `申请人撤销${kindNames[row.kind]}申请` });
  return loanOf(ctx, input.id);
};

export const list: Handler<'loans.list'> = (ctx, input) => {
  const user = ctx.requireUser();
  const db = ctx.archive().db.sqlite;
  const now = ctx.clock.now().toISOString();
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  const add = (clause: string, key: string, value: string | number | undefined) => {
    if (value === undefined) return;
    where.push(clause);
    params[key] = value;
  };
  if (!mayManage(ctx) || input.view === 'mine') add('r.requester_id = @me', 'me', user.id);
  // A draft is the requester's own until it is submitted: the archive room does not see it either.
  else add(`(r.status != 'draft' OR r.requester_id = @self)`, 'self', user.id);
  add('r.requester_id = @requesterId', 'requesterId', input.requesterId);
  add('r.id IN (SELECT request_id FROM loan_items WHERE customer_id = @customerId)', 'customerId', input.customerId);
  add('r.created_at >= @from', 'from', input.from && new Date(input.from).toISOString());
  add('r.created_at <= @to', 'to', input.to && new Date(input.to).toISOString());
  if (input.status === 'expired') add(`(r.status = 'expired' OR (r.status = 'approved' AND r.end_at <= @now))`, 'now', now);
  else if (input.status === 'approved') add(`r.status = 'approved' AND r.end_at > @now`, 'now', now);
  else add('r.status = @status', 'status', input.status);
  if (input.view === 'out') where.push(`r.status = 'checkedOut'`);
  if (input.view === 'overdue') add(`r.status = 'checkedOut' AND r.end_at < @nowOverdue`, 'nowOverdue', now);
  if (input.view === 'pending') where.push(`r.status = 'submitted'`);
  const settings = loanSettings(db);
  const policy = loanPolicy(db);
  return listLoanRows(db, where, params, input.limit).map((r) => toLoan(db, r, ctx.clock.now(), settings, policy));
};

export const rules: Handler<'loans.rules'> = (ctx) => {
  const db = ctx.archive().db.sqlite;
  return { policy: loanPolicy(db), settings: loanSettings(db) };
};

/** Every cell that changed, e.g. "secret.checkout.maxMinutes 240→120", so the audit says what the new rules are. */
function changedRules(before: LoanPolicy, after: LoanPolicy): string[] {
  const changes: string[] = [];
  for (const level of Object.keys(after) as Array<keyof LoanPolicy>) {
    for (const kind of Object.keys(after[level]) as Array<keyof LoanPolicy[typeof level]>) {
      const a = before[level][kind];
      const b = after[level][kind];
      for (const field of ['allowed', 'maxMinutes', 'approvers', 'archiveRoomOnly'] as const) {
        const was = JSON.stringify(a[field] ?? false);
        const now = JSON.stringify(b[field] ?? false);
        if (was !== now) changes.push(`${level}.${kind}.${field} ${was}→${now}`);
      }
    }
  }
  return changes;
}

export const updateRules: Handler<'loans.updateRules'> = async (ctx, input) => {
  const caller = ctx.requireUser();
  const db = ctx.archive().db.sqlite;
  const before = { policy: loanPolicy(db), settings: loanSettings(db) };
  // Who may see or take which file is access policy: like the permission matrix, a second person signs.
  const approver = await acceptSignOff(ctx, input.signOff, { requesterId: caller.id, permission: 'policy.approve', action: '修改借阅规定', targetType: 'settings', targetId: 'loans' });
  const upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  upsert.run('loans.policy', JSON.stringify(input.policy));
  upsert.run('loans.settings', JSON.stringify(input.settings));
  const changes = [
    ...changedRules(before.policy, input.policy),
    ...(Object.keys(input.settings) as Array<keyof typeof input.settings>).filter((k) => before.settings[k] !== input.settings[k]).map((k) => `${k} ${String(before.settings[k])}→${String(input.settings[k])}`),
  ];
  ctx.audit({ action: 'loans.updateRules', targetType: 'settings', targetId: null, summary: `${changes.length ? changes.join('；').slice(0, 2000) : '无变化'}；会签人 ${approver.displayName}` });
  return { policy: loanPolicy(db), settings: loanSettings(db) };
};
