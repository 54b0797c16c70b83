import { roleLabels } from '../../../shared/users/users';
import { KedangError } from '../../../shared/contract/errors';
import type { Handler } from '../rpc/handler';
import { countOtherActiveAdmins, getUser, insertUser, listUsers, markDeleted, toSummary, touchPasswordChanged, updateUser } from './userStore';

export const list: Handler<'users.list'> = (ctx) => listUsers(ctx.archive().db.sqlite).map(toSummary);

/** Only those who can own files: consultants and sales managers, active and not deleted. */
export const staff: Handler<'users.staff'> = (ctx) =>
  listUsers(ctx.archive().db.sqlite)
    .filter((u) => u.active && !u.deletedAt && (u.role === 'consultant' || u.role === 'salesManager'))
    .map((u) => ({ id: u.id, displayName: u.displayName, role: u.role }));

export const create: Handler<'users.create'> = async (ctx, input) => {
  const archive = ctx.archive();
  const user = insertUser(archive.db.sqlite, input, ctx.clock.now());
  ctx.audit({ action: 'users.create', targetType: 'user', targetId: user.id, summary: `${user.username} (${roleLabels[user.role].zh})` });
  // The key slot is written last, once the row and its audit entry are in the transaction.
  await archive.vault.setUserSlot(archive.masterKey, { userId: user.id, username: user.username, password: input.password });
  return toSummary(user);
};

export const update: Handler<'users.update'> = (ctx, input) => {
  const db = ctx.archive().db.sqlite;
  const before = getUser(db, input.id);
  const losesAdmin = before.role === 'systemAdmin' && before.active && ((input.role !== undefined && input.role !== 'systemAdmin') || input.active === false);
  if (losesAdmin && countOtherActiveAdmins(db, before.id) === 0) throw new KedangError('USER_LAST_ADMIN', 'The last active system admin must stay');
  const after = updateUser(db, input.id, input);
  const changes = [
    before.displayName !== after.displayName ? `姓名 ${before.displayName} → ${after.displayName}` : null,
    before.role !== after.role ? `岗位 ${roleLabels[before.role].zh} → ${roleLabels[after.role].zh}` : null,
    before.active !== after.active ? (after.active ? '启用' : '停用') : null,
  ].filter(Boolean);
  ctx.audit({ action: 'users.update', targetType: 'user', targetId: after.id, summary: `${after.username}：${changes.join('；') || '无变化'}` });
  return toSummary(after);
};

export const resetPassword: Handler<'users.resetPassword'> = async (ctx, input) => {
  const archive = ctx.archive();
  const user = getUser(archive.db.sqlite, input.id);
  touchPasswordChanged(archive.db.sqlite, user.id, ctx.clock.now());
  ctx.audit({ action: 'users.resetPassword', targetType: 'user', targetId: user.id, summary: `${user.username}：管理员重设密码` });
  await archive.vault.setUserSlot(archive.masterKey, { userId: user.id, username: user.username, password: input.newPassword });
  ctx.core.lockout.recordSuccess(user.username);
  return { reset: true };
};

export const remove: Handler<'users.delete'> = (ctx, input) => {
  const caller = ctx.requireUser();
  const archive = ctx.archive();
  const db = archive.db.sqlite;
  if (input.id === caller.id) throw new KedangError('USER_SELF_DELETE', 'Cannot delete the logged-in account');
  const user = getUser(db, input.id);
  if (user.role === 'systemAdmin' && user.active && countOtherActiveAdmins(db, user.id) === 0) throw new KedangError('USER_LAST_ADMIN', 'The last active system admin must stay');
  markDeleted(db, user.id, ctx.clock.now());
  ctx.audit({ action: 'users.delete', targetType: 'user', targetId: user.id, summary: `${user.username} 已删除；密钥槽已移除` });
  archive.vault.removeUserSlot(user.id);
  return { deleted: true };
};
