import type { SessionUser } from '../../../shared/app/status';
import { KedangError } from '../../../shared/contract/errors';
import type { CoreContext } from '../context';
import type { Handler } from '../rpc/handler';
import { getUser, findUser, touchLogin, touchPasswordChanged, type UserRecord } from '../users/userStore';
import { recoverySheet } from '../setup/recoveryConfirmation';
import { Vault } from '../vault/vault';
import { checkPassword } from './passwordCheck';

function requireSetUp(ctx: CoreContext): void {
  if (!Vault.exists(ctx.core.dataDir)) throw new KedangError('SETUP_REQUIRED', 'Run the first-run setup first');
}

/** Ends whatever session is open (audited) before another user's begins. */
function endSession(ctx: CoreContext, reason: string): void {
  const state = ctx.core.sessionState;
  if (!state || !ctx.core.openArchive) return;
  const user = findUser(ctx.archive().db.sqlite, state.userId);
  ctx.transaction(() => ctx.audit({ actor: { id: state.userId, name: user?.displayName ?? '' }, action: 'auth.logout', targetType: 'user', targetId: state.userId, summary: reason }));
}

function loginUser(ctx: CoreContext, user: UserRecord | null, summary: string): SessionUser {
  if (!user || user.deletedAt) throw new KedangError('AUTH_INVALID_CREDENTIALS', 'No such user');
  if (!user.active) {
    ctx.auditOnFailure({ actor: { id: user.id, name: user.displayName }, action: 'auth.loginRefused', targetType: 'user', targetId: user.id, summary: '账号已停用' });
    throw new KedangError('AUTH_USER_INACTIVE', 'Account disabled');
  }
  ctx.transaction(() => {
    touchLogin(ctx.archive().db.sqlite, user.id, ctx.clock.now());
    ctx.audit({ actor: { id: user.id, name: user.displayName }, action: 'auth.login', targetType: 'user', targetId: user.id, summary });
  });
  return ctx.core.startSession(user);
}

export const login: Handler<'auth.login'> = async (ctx, input) => {
  requireSetUp(ctx);
  const { masterKey, userId, vault } = await checkPassword(ctx, input.username, input.password, 'AUTH_INVALID_CREDENTIALS');
  endSession(ctx, '另一用户登录');
  ctx.core.open(masterKey, vault);
  try {
    return loginUser(ctx, findUser(ctx.archive().db.sqlite, userId), 'password');
  } catch (err) {
    if (!ctx.core.sessionState) ctx.afterCall(() => ctx.core.close());
    throw err;
  }
};

export const logout: Handler<'auth.logout'> = (ctx) => {
  const state = ctx.core.sessionState;
  if (state && ctx.core.openArchive) {
    const user = findUser(ctx.archive().db.sqlite, state.userId);
    ctx.audit({ actor: { id: state.userId, name: user?.displayName ?? '' }, action: 'auth.logout', targetType: 'user', targetId: state.userId, summary: state.locked ? '从锁定界面退出' : '退出登录' });
  }
  // The key is wiped only after the logout entry is committed.
  ctx.afterCall(() => ctx.core.close());
  return { loggedOut: true };
};

export const lock: Handler<'auth.lock'> = (ctx) => {
  const user = ctx.requireUser();
  ctx.audit({ action: 'auth.lock', targetType: 'user', targetId: user.id, summary: '本人锁定' });
  ctx.core.lock();
  return { locked: true };
};

export const unlock: Handler<'auth.unlock'> = async (ctx, input) => {
  const state = ctx.core.sessionState;
  if (!state || !state.locked || !ctx.core.openArchive) throw new KedangError('CONFLICT', 'Nothing is locked');
  const user = getUser(ctx.archive().db.sqlite, state.userId);
  try {
    const proven = await checkPassword(ctx, user.username, input.password, 'AUTH_INVALID_CREDENTIALS');
    if (proven.userId !== user.id) throw new KedangError('AUTH_INVALID_CREDENTIALS', 'Wrong password');
  } catch (err) {
    if (err instanceof KedangError) {
      ctx.auditOnFailure({ actor: { id: user.id, name: user.displayName }, action: 'auth.unlockFailed', targetType: 'user', targetId: user.id, summary: err.code });
    }
    throw err;
  }
  ctx.core.unlockSession();
  ctx.audit({ actor: { id: user.id, name: user.displayName }, action: 'auth.unlock', targetType: 'user', targetId: user.id, summary: '密码解锁' });
  return ctx.core.sessionUser() as SessionUser;
};

export const touch: Handler<'auth.touch'> = (ctx) => ({ idleLockSeconds: ctx.core.idleLockSeconds() });

export const changePassword: Handler<'auth.changePassword'> = async (ctx, input) => {
  const user = ctx.requireUser();
  const archive = ctx.archive();
  const proven = await checkPassword(ctx, user.username, input.currentPassword, 'AUTH_INVALID_CREDENTIALS').catch((err: unknown) => {
    if (err instanceof KedangError && err.code === 'AUTH_INVALID_CREDENTIALS') {
      throw new KedangError('AUTH_INVALID_CREDENTIALS', 'Current password is wrong', { fields: [{ path: 'currentPassword', code: 'AUTH_INVALID_CREDENTIALS' }] });
    }
    throw err;
  });
  if (proven.userId !== user.id) throw new KedangError('AUTH_INVALID_CREDENTIALS', 'Current password is wrong');
  touchPasswordChanged(archive.db.sqlite, user.id, ctx.clock.now());
  ctx.audit({ action: 'auth.changePassword', targetType: 'user', targetId: user.id, summary: '修改本人密码' });
  // Last: the slot is rewritten only once everything else in the transaction has succeeded.
  await archive.vault.setUserSlot(archive.masterKey, { userId: user.id, username: user.username, password: input.newPassword });
  return { changed: true };
};

export const recover: Handler<'auth.recover'> = async (ctx, input) => {
  requireSetUp(ctx);
  const lockoutName = `recovery:${input.username}`;
  const status = ctx.core.lockout.status(lockoutName);
  if (status.locked) throw new KedangError('AUTH_LOCKED_OUT', 'Too many failed attempts', { details: { lockedUntil: status.until?.toISOString() ?? null } });
  const vault = ctx.core.openArchive?.vault ?? Vault.load(ctx.core.dataDir, { cost: ctx.core.kdfCost, clock: ctx.clock });
  const masterKey = await vault.unlockWithRecovery(input.recoveryCode);
  if (!masterKey) {
    ctx.core.lockout.recordFailure(lockoutName);
    throw new KedangError('AUTH_RECOVERY_INVALID', 'Wrong recovery code', { fields: [{ path: 'recoveryCode', code: 'AUTH_RECOVERY_INVALID' }] });
  }
  ctx.core.lockout.recordSuccess(lockoutName);
  endSession(ctx, '使用恢复码重设密码');
  ctx.core.open(masterKey, vault);
  const db = ctx.archive().db.sqlite;
  const target = ctx.transaction(() => {
    const found = db.prepare('SELECT id FROM users WHERE lower(username) = lower(?) AND deleted_at IS NULL').get(input.username) as { id: number } | undefined;
    return found ? getUser(db, found.id) : null;
  });
  if (!target || !target.active) {
    ctx.afterCall(() => ctx.core.close());
    throw new KedangError('NOT_FOUND', 'No active user with that name', { fields: [{ path: 'username', code: 'NOT_FOUND' }] });
  }
  const newCode = await vault.rotateRecovery(masterKey);
  await vault.setUserSlot(masterKey, { userId: target.id, username: target.username, password: input.newPassword });
  ctx.core.lockout.recordSuccess(target.username);
  ctx.transaction(() => {
    touchPasswordChanged(db, target.id, ctx.clock.now());
    ctx.audit({ actor: { id: target.id, name: target.displayName }, action: 'auth.recover', targetType: 'user', targetId: target.id, summary: '用恢复码重设密码；恢复码已更换' });
  });
  const user = loginUser(ctx, target, 'after recovery');
  const sheet = recoverySheet(newCode);
  ctx.core.setRecoveryPending({ code: newCode, groups: sheet.confirmGroups });
  return { ...sheet, user };
};
