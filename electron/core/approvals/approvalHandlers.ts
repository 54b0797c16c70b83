import { KedangError } from '../../../shared/contract/errors';
import { roleLabels } from '../../../shared/users/users';
import type { HandlersOf } from '../rpc/handler';
import { findUser } from '../users/userStore';
import { findDelegation, insertDelegation, listDelegations, revokeDelegation } from './approvalStore';

export const approvalsHandlers: HandlersOf<'approvals'> = {
  'approvals.delegations': (ctx) => listDelegations(ctx.db, { userId: ctx.requireUser().id }),

  /** Recorded like a 委托书: who, to whom, which role's authority, from when to when, and why. */
  'approvals.delegate': (ctx, input) => {
    const user = ctx.requireUser();
    const deputy = findUser(ctx.db, input.delegateId);
    if (!deputy || deputy.deletedAt || !deputy.active || deputy.id === user.id) {
      throw new KedangError('INVALID_INPUT', 'Choose another active colleague', { fields: [{ path: 'delegateId', code: 'DELEGATE_INVALID' }] });
    }
    const id = insertDelegation(ctx.db, {
      delegatorId: user.id,
      delegateId: deputy.id,
      role: user.role,
      fromAt: new Date(input.fromAt).toISOString(),
      untilAt: new Date(input.untilAt).toISOString(),
      reason: input.reason,
      createdAt: ctx.clock.now().toISOString(),
    });
    ctx.audit({
      action: 'approvals.delegate',
      targetType: 'delegation',
      targetId: id,
      summary: `委托书 #${id}：${deputy.displayName} 代行${roleLabels[user.role].zh}审批，${input.fromAt} 至 ${input.untilAt}（${input.reason}）`,
      params: { delegation: id, user: deputy.id, role: user.role, fromAt: input.fromAt, untilAt: input.untilAt, reason: input.reason },
    });
    return findDelegation(ctx.db, id)!;
  },

  'approvals.revokeDelegation': (ctx, input) => {
    const delegation = findDelegation(ctx.db, input.id);
    if (!delegation || delegation.delegatorId !== ctx.requireUser().id) throw new KedangError('NOT_FOUND', 'No such delegation');
    revokeDelegation(ctx.db, input.id, ctx.clock.now().toISOString());
    ctx.audit({ action: 'approvals.revokeDelegation', targetType: 'delegation', targetId: input.id, summary: `收回委托书 #${input.id}`, params: { delegation: input.id } });
    return findDelegation(ctx.db, input.id)!;
  },
};
