import { KedangError } from '../../../shared/contract/errors';
import { approvalChain, borrowsDirectly, periodAllowed, ruleFor } from '../../../shared/loans/loanPolicy';
import type { HandlerContext, HandlersOf } from '../rpc/handler';
import { cancelApproval, countersign, decideApproval, submitApproval, type Subject } from '../approvals/approvalWorkflow';
import { authorityFor, delegationInForce } from '../approvals/approvalRules';
import { delegationsTo } from '../approvals/approvalStore';
import { effectiveMatrix } from '../roles/permissionMatrix';
import { visibleFiles } from '../customers/fileAccess';
import { proveSignOff } from '../signOff/signOff';
import { attachApproval, findLoanRow, hasOverdue, insertLoan, listLoanRows, loanPolicy, loanSettings, saveLoanRules, transition, type LoanRow } from './loanStore';
import { managesLoans, view, viewOf, visibleLoan } from './loanAccess';
import { toLoan } from './loanView';
import { changedRules, loanNote, loanSubject } from './loanAudit';

/** Submits a request into its chain of sign-offs, fixed now from the rule that applied when it was made. */
function submit(ctx: HandlerContext, row: LoanRow, subject: Subject): void {
  const user = ctx.requireUser();
  const choice = ruleFor(loanPolicy(ctx.db), { kind: row.kind, levels: [row.level] });
  if (!choice.ok) throw new KedangError(choice.code, 'The policy no longer allows this request');
  const approvalId = submitApproval(ctx, subject, { id: user.id, role: user.role }, approvalChain(choice.rule, row.department));
  attachApproval(ctx.db, row.id, approvalId);
}

export const loansHandlers: HandlersOf<'loans'> = {
  'loans.create': (ctx, input) => {
    const user = ctx.requireUser();
    const db = ctx.db;
    const now = ctx.clock.now();
    // Only files the caller may see can be asked for; the answer for any other id is "no such file".
    const files = visibleFiles(ctx, input.customerIds, { content: false });
    if (files.some((f) => f.status !== 'active')) throw new KedangError('NOT_FOUND', 'No such customer file');
    if (loanSettings(db).blockWhenOverdue && hasOverdue(db, user.id, now)) throw new KedangError('LOAN_OVERDUE_BLOCK', 'Return overdue files first');
    const subjectFiles = files.map((f) => f.archiveNo);
    const choice = ruleFor(loanPolicy(db), { kind: input.kind, levels: files.map((f) => f.secrecy) });
    const minutes = Math.round((new Date(input.endAt).getTime() - new Date(input.startAt).getTime()) / 60_000);
    const period = choice.ok ? periodAllowed(choice.rule, minutes) : null;
    if (!choice.ok || (period && !period.ok)) {
      const code = !choice.ok ? choice.code : 'LOAN_PERIOD_TOO_LONG';
      const maxMinutes = period && !period.ok ? period.maxMinutes : null;
      ctx.auditOnFailure(loanNote('loans.refused', null, `${input.kind}`, subjectFiles, `按借阅规定拒绝（${code}）`, { kind: input.kind, files: files.map((f) => f.id), code }));
      throw new KedangError(code, `Request refused: ${code}`, {
        fields: [{ path: code === 'LOAN_PERIOD_TOO_LONG' ? 'endAt' : 'kind', code, ...(maxMinutes ? { params: { maximum: maxMinutes } } : {}) }],
        details: { level: choice.level ?? null, maxMinutes },
      });
    }
    const direct = borrowsDirectly(choice.rule, user.role);
    const status = direct ? 'approved' : input.submit ? 'submitted' : 'draft';
    const id = insertLoan(
      db,
      {
        requesterId: user.id,
        department: input.department,
        kind: input.kind,
        purpose: input.purpose,
        reason: input.reason,
        level: choice.level,
        startAt: new Date(input.startAt).toISOString(),
        endAt: new Date(input.endAt).toISOString(),
        status,
        createdAt: now.toISOString(),
        archiveRoomOnly: !!choice.rule.archiveRoomOnly,
        direct,
      },
      files.map((f) => f.id),
    );
    const subject = loanSubject(id, input.kind, subjectFiles);
    if (status === 'submitted') submit(ctx, findLoanRow(db, id)!, subject);
    const action = direct ? 'loans.direct' : input.submit ? 'loans.submit' : 'loans.draft';
    ctx.audit(loanNote(action, id, input.kind, subjectFiles, `（${choice.level}），至 ${input.endAt}${direct ? '；直接借阅（七.1）' : ''}`, { kind: input.kind, level: choice.level, files: files.map((f) => f.id), endAt: input.endAt }));
    return viewOf(ctx, id);
  },

  'loans.submit': (ctx, input) => {
    const row = visibleLoan(ctx, input.id);
    if (row.requester_id !== ctx.requireUser().id) throw new KedangError('LOAN_NOT_REQUESTER', 'Only the requester submits');
    transition(ctx.db, input.id, ['draft'], 'submitted');
    const subject = loanSubject(row.id, row.kind, []);
    submit(ctx, row, subject);
    ctx.audit(loanNote('loans.submit', row.id, row.kind, [], '申请已提交', { kind: row.kind }));
    return viewOf(ctx, input.id);
  },

  /**
   * The approver of the waiting step signs with their own password; the requester never approves.
   * The request is approved when its last step is signed, rejected at the first refusal.
   */
  'loans.decide': async (ctx, input) => {
    const row = visibleLoan(ctx, input.id);
    if (row.status !== 'submitted' || row.approval_id === null) throw new KedangError('LOAN_WRONG_STATE', `Request ${input.id} is ${row.status}`);
    const subject = loanSubject(row.id, row.kind, []);
    let decided;
    try {
      decided = await decideApproval(ctx, row.approval_id, subject, input, { action: (approve) => (approve ? 'loans.approve' : 'loans.reject'), targetType: 'loan' });
    } catch (err) {
      if (err instanceof KedangError && err.code === 'SIGNOFF_SELF') throw new KedangError('LOAN_SELF_APPROVAL', 'The requester cannot approve their own request');
      if (err instanceof KedangError && err.code === 'APPROVAL_ROLE') throw new KedangError('LOAN_APPROVER_ROLE', 'This approver may not decide this request', { details: err.details ?? {} });
      if (err instanceof KedangError && err.code === 'APPROVAL_WRONG_STATE') throw new KedangError('LOAN_WRONG_STATE', 'Someone signed this step meanwhile');
      throw err;
    }
    if (decided.status === 'approved') transition(ctx.db, row.id, ['submitted'], 'approved');
    if (decided.status === 'rejected') transition(ctx.db, row.id, ['submitted'], 'rejected');
    return viewOf(ctx, row.id);
  },

  /** Paper files leave the archive room: the archive admin hands them over and the receiver signs for them. */
  'loans.checkout': async (ctx, input) => {
    const row = visibleLoan(ctx, input.id);
    const loan = view(ctx, row);
    if (row.kind !== 'checkout' || loan.archiveRoomOnly) throw new KedangError('LOAN_NOT_ALLOWED', 'Only approved checkouts leave the archive room');
    if (loan.status !== 'approved') throw new KedangError('LOAN_WRONG_STATE', `Request ${input.id} is ${loan.status}`);
    const receiver = await proveSignOff(ctx, input.receiver, { action: `签收外借档案（申请 #${row.id}）`, targetType: 'loan', targetId: row.id, onlyBy: row.requester_id });
    const now = ctx.clock.now().toISOString();
    transition(ctx.db, input.id, ['approved'], 'checkedOut', { checked_out_at: now, checked_out_by: ctx.requireUser().id, received_by: receiver.id });
    ctx.audit(loanNote('loans.checkout', row.id, row.kind, [], `纸质档案交付 ${row.requester_name}（本人签收），应还 ${row.end_at}`, { receivedBy: receiver.id, dueAt: row.end_at }));
    return viewOf(ctx, input.id);
  },

  'loans.return': (ctx, input) => {
    const row = visibleLoan(ctx, input.id);
    const now = ctx.clock.now();
    transition(ctx.db, input.id, ['checkedOut'], 'returned', { returned_at: now.toISOString(), returned_to: ctx.requireUser().id, condition_note: input.condition });
    const late = now.getTime() > new Date(row.end_at).getTime();
    ctx.audit(loanNote('loans.return', row.id, row.kind, [], `${row.requester_name} 归还${late ? '（逾期）' : ''}${input.condition ? `：${input.condition}` : ''}`, { late, condition: input.condition }));
    return viewOf(ctx, input.id);
  },

  'loans.cancel': (ctx, input) => {
    const row = visibleLoan(ctx, input.id);
    if (row.requester_id !== ctx.requireUser().id) throw new KedangError('LOAN_NOT_REQUESTER', 'Only the requester cancels');
    transition(ctx.db, input.id, ['draft', 'submitted', 'approved'], 'cancelled');
    if (row.status === 'submitted' && row.approval_id !== null) cancelApproval(ctx, row.approval_id);
    ctx.audit(loanNote('loans.cancel', row.id, row.kind, [], '申请人撤销申请', {}));
    return viewOf(ctx, input.id);
  },

  'loans.list': (ctx, input) => {
    const user = ctx.requireUser();
    const db = ctx.db;
    const now = ctx.clock.now().toISOString();
    if (input.customerId !== undefined) visibleFiles(ctx, [input.customerId], { content: false });
    const rows = listLoanRows(db, {
      ...input,
      onlyRequester: !managesLoans(ctx) || input.view === 'mine' ? user.id : null,
      viewer: user.id,
      now,
    });
    const settings = loanSettings(db);
    const loans = rows.map((r) => toLoan(db, r, user, ctx.clock.now(), settings));
    if (input.view !== 'pending') return loans;
    // Waiting for the caller: the step now open names their role, or a role delegated to them.
    const signer = { id: user.id, role: user.role, permissions: effectiveMatrix(db)[user.role] };
    const delegations = delegationsTo(db, user.id).filter((d) => delegationInForce(d, ctx.clock.now()));
    return loans.filter((l) => {
      const step = l.approval?.current !== null && l.approval?.current !== undefined ? l.approval.steps[l.approval.current] : null;
      return step !== null && step !== undefined && authorityFor(step, signer, l.requesterId, delegations, ctx.clock.now()).ok;
    });
  },

  'loans.rules': (ctx) => ({ policy: loanPolicy(ctx.db), settings: loanSettings(ctx.db) }),

  /** Who may see or take which file is access policy: like the permission matrix, a second person countersigns. */
  'loans.updateRules': async (ctx, input) => {
    const db = ctx.db;
    const before = { policy: loanPolicy(db), settings: loanSettings(db) };
    const countersigner = await countersign(ctx, { type: 'settings', id: 'loans', label: '修改借阅规定' }, { kind: 'countersign', roles: [], permission: 'policy.approve' }, input.signOff);
    saveLoanRules(db, input.policy, input.settings);
    const changes = [
      ...changedRules(before.policy, input.policy),
      ...(Object.keys(input.settings) as Array<keyof typeof input.settings>).filter((k) => before.settings[k] !== input.settings[k]).map((k) => `${k} ${String(before.settings[k])}→${String(input.settings[k])}`),
    ];
    ctx.audit({ action: 'loans.updateRules', targetType: 'settings', targetId: null, summary: `${changes.length ? changes.join('；').slice(0, 2000) : '无变化'}；会签人 ${countersigner.displayName}`, params: { changes: changes.slice(0, 50), countersigner: countersigner.id } });
    return { policy: loanPolicy(db), settings: loanSettings(db) };
  },
};
