import { roleLabels } from '../../../shared/users/users';
import { KedangError } from '../../../shared/contract/errors';
import type { HandlersOf } from '../rpc/handler';
import { ownsFiles, takesLastAdmin } from './adminRule';
import { countOtherActiveAdmins, getUser, insertUser, listUsers, markDeleted, toSummary, touchPasswordChanged, updateUser } from './userStore';

export const usersHandlers: HandlersOf<'users'> = {
  'users.list': (ctx) => listUsers(ctx.db).map(toSummary),

  'users.staff': (ctx) =>
    listUsers(ctx.db)
      .filter(ownsFiles)
      .map((u) => ({ id: u.id, displayName: u.displayName, role: u.role })),

  'users.create': async (ctx, input) => {
    const user = insertUser(ctx.db, input, ctx.clock.now());
    ctx.audit({ action: 'users.create', targetType: 'user', targetId: user.id, summary: `${user.username} (${roleLabels[user.role].zh})`, params: { user: user.id, role: user.role } });
    // The key slot is written last, once the row and its audit entry are in the transaction.
    await ctx.keys.setUserSlot({ userId: user.id, username: user.username, password: input.password });
    return toSummary(user);
  },

  'users.update': (ctx, input) => {
    const before = getUser(ctx.db, input.id);
    if (takesLastAdmin(before, input, countOtherActiveAdmins(ctx.db, before.id))) throw new KedangError('USER_LAST_ADMIN', 'The last active system admin must stay');
    const after = updateUser(ctx.db, input.id, input);
    const changes = [
      before.displayName !== after.displayName ? `姓名 ${before.displayName} → ${after.displayName}` : null,
      before.role !== after.role ? `岗位 ${roleLabels[before.role].zh} → ${roleLabels[after.role].zh}` : null,
      before.active !== after.active ? (after.active ? '启用' : '停用') : null,
    ].filter(Boolean);
    ctx.audit({
      action: 'users.update',
      targetType: 'user',
      targetId: after.id,
      summary: `${after.username}：${changes.join('；') || '无变化'}`,
      params: {
        user: after.id,
        ...(before.displayName !== after.displayName ? { renamedFrom: before.displayName } : {}),
        ...(before.role !== after.role ? { fromRole: before.role, toRole: after.role } : {}),
        ...(before.active !== after.active ? { active: after.active } : {}),
      },
    });
    return toSummary(after);
  },

  'users.resetPassword': async (ctx, input) => {
    const user = getUser(ctx.db, input.id);
    touchPasswordChanged(ctx.db, user.id, ctx.clock.now());
    ctx.audit({ action: 'users.resetPassword', targetType: 'user', targetId: user.id, summary: `${user.username}：管理员重设密码`, params: { user: user.id } });
    await ctx.keys.setUserSlot({ userId: user.id, username: user.username, password: input.newPassword });
    ctx.keys.clearLockout(user.username);
    return { reset: true };
  },

  'users.delete': (ctx, input) => {
    const caller = ctx.requireUser();
    if (input.id === caller.id) throw new KedangError('USER_SELF_DELETE', 'Cannot delete the logged-in account');
    const user = getUser(ctx.db, input.id);
    if (takesLastAdmin(user, { deleted: true }, countOtherActiveAdmins(ctx.db, user.id))) throw new KedangError('USER_LAST_ADMIN', 'The last active system admin must stay');
    markDeleted(ctx.db, user.id, ctx.clock.now());
    ctx.audit({ action: 'users.delete', targetType: 'user', targetId: user.id, summary: `${user.username} 已删除；密钥槽已移除`, params: { user: user.id } });
    ctx.keys.removeUserSlot(user.id);
    return { deleted: true };
  },
};
