import type { SessionUser } from '../../../shared/app/status';
import { KedangError } from '../../../shared/contract/errors';
import { sessionHandler, type HandlersOf, type SessionHandlerContext } from '../rpc/handler';
import { findUser, findUserByUsername, getUser, touchLogin, touchPasswordChanged, type UserRecord } from '../users/userStore';
import { recoverySheet } from '../setup/recoveryConfirmation';

function requireSetUp(ctx: SessionHandlerContext): void {
  if (!ctx.session.isSetUp()) throw new KedangError('SETUP_REQUIRED', 'Run the first-run setup first');
}

/** Ends whatever session is open (audited) before another user's begins. */
const logoutReasons = { otherUser: '另一用户登录', recovery: '使用恢复码重设密码', fromLock: '从锁定界面退出', self: '退出登录' } as const;

function endSession(ctx: SessionHandlerContext, reason: keyof typeof logoutReasons): void {
  const state = ctx.session.state;
  if (!state) return;
  const user = findUser(ctx.db, state.userId);
  ctx.session.transaction(() => ctx.audit({ actor: { id: state.userId, name: user?.displayName ?? '' }, action: 'auth.logout', targetType: 'user', targetId: state.userId, summary: logoutReasons[reason], params: { user: state.userId, reason } }));
}

function loginUser(ctx: SessionHandlerContext, user: UserRecord | null, via: 'password' | 'recovery'): SessionUser {
  if (!user || user.deletedAt) throw new KedangError('AUTH_INVALID_CREDENTIALS', 'No such user');
  if (!user.active) {
    ctx.auditOnFailure({ actor: { id: user.id, name: user.displayName }, action: 'auth.loginRefused', targetType: 'user', targetId: user.id, summary: '账号已停用', params: { user: user.id } });
    throw new KedangError('AUTH_USER_INACTIVE', 'Account disabled');
  }
  ctx.session.transaction(() => {
    touchLogin(ctx.db, user.id, ctx.clock.now());
    ctx.audit({ actor: { id: user.id, name: user.displayName }, action: 'auth.login', targetType: 'user', targetId: user.id, summary: via === 'password' ? '密码登录' : '恢复码重设密码后登录', params: { user: user.id, via } });
  });
  ctx.session.startSession(user);
  return ctx.session.sessionUser()!;
}

export const authHandlers: HandlersOf<'auth'> = {
  'auth.login': sessionHandler(async (ctx, input) => {
    requireSetUp(ctx);
    const opened = ctx.session.state !== null;
    if (opened) endSession(ctx, 'otherUser');
    const userId = await ctx.session.openWithPassword(input.username, input.password);
    try {
      return loginUser(ctx, findUser(ctx.db, userId), 'password');
    } catch (err) {
      if (!ctx.session.state) ctx.afterCall(() => ctx.session.closeArchive());
      throw err;
    }
  }),

  'auth.logout': sessionHandler((ctx) => {
    const state = ctx.session.state;
    if (state) {
      const user = findUser(ctx.db, state.userId);
      ctx.audit({ actor: { id: state.userId, name: user?.displayName ?? '' }, action: 'auth.logout', targetType: 'user', targetId: state.userId, summary: logoutReasons[state.locked ? 'fromLock' : 'self'], params: { user: state.userId, reason: state.locked ? 'fromLock' : 'self' } });
    }
    // The key is wiped only after the logout entry is committed.
    ctx.afterCall(() => ctx.session.closeArchive());
    return { loggedOut: true };
  }),

  'auth.lock': sessionHandler((ctx) => {
    const user = ctx.requireUser();
    ctx.audit({ action: 'auth.lock', targetType: 'user', targetId: user.id, summary: '本人锁定', params: { user: user.id } });
    ctx.session.lock();
    return { locked: true };
  }),

  'auth.unlock': sessionHandler(async (ctx, input) => {
    const state = ctx.session.state;
    if (!state || !state.locked) throw new KedangError('SESSION_NOT_LOCKED', 'Nothing is locked');
    const user = getUser(ctx.db, state.userId);
    try {
      const proven = await ctx.keys.checkPassword(user.username, input.password, 'AUTH_INVALID_CREDENTIALS');
      if (proven.userId !== user.id) throw new KedangError('AUTH_INVALID_CREDENTIALS', 'Wrong password');
    } catch (err) {
      if (err instanceof KedangError) {
        ctx.auditOnFailure({ actor: { id: user.id, name: user.displayName }, action: 'auth.unlockFailed', targetType: 'user', targetId: user.id, summary: err.code, params: { user: user.id, code: err.code } });
      }
      throw err;
    }
    ctx.session.unlockSession();
    ctx.audit({ actor: { id: user.id, name: user.displayName }, action: 'auth.unlock', targetType: 'user', targetId: user.id, summary: '密码解锁', params: { user: user.id } });
    return ctx.session.sessionUser()!;
  }),

  'auth.touch': sessionHandler((ctx) => ({ idleLockSeconds: ctx.session.idleLockSeconds() })),

  'auth.changePassword': async (ctx, input) => {
    const user = ctx.requireUser();
    const proven = await ctx.keys.checkPassword(user.username, input.currentPassword, 'AUTH_INVALID_CREDENTIALS').catch((err: unknown) => {
      if (err instanceof KedangError && err.code === 'AUTH_INVALID_CREDENTIALS') {
        throw new KedangError('AUTH_INVALID_CREDENTIALS', 'Current password is wrong', { fields: [{ path: 'currentPassword', code: 'AUTH_INVALID_CREDENTIALS' }] });
      }
      throw err;
    });
    if (proven.userId !== user.id) throw new KedangError('AUTH_INVALID_CREDENTIALS', 'Current password is wrong');
    touchPasswordChanged(ctx.db, user.id, ctx.clock.now());
    ctx.audit({ action: 'auth.changePassword', targetType: 'user', targetId: user.id, summary: '修改本人密码', params: { user: user.id } });
    // Last: the slot is rewritten only once everything else in the transaction has succeeded.
    await ctx.keys.setUserSlot({ userId: user.id, username: user.username, password: input.newPassword });
    return { changed: true };
  },

  'auth.recover': sessionHandler(async (ctx, input) => {
    requireSetUp(ctx);
    const status = ctx.session.recoveryLockout(input.username);
    if (status.locked) throw new KedangError('AUTH_LOCKED_OUT', 'Too many failed attempts', { details: { lockedUntil: status.until?.toISOString() ?? null } });
    if (ctx.session.state) endSession(ctx, 'recovery');
    const opened = await ctx.session.openWithRecoveryCode(input.recoveryCode);
    ctx.session.recordRecoveryAttempt(input.username, opened);
    if (!opened) throw new KedangError('AUTH_RECOVERY_INVALID', 'Wrong recovery code', { fields: [{ path: 'recoveryCode', code: 'AUTH_RECOVERY_INVALID' }] });
    const target = ctx.session.transaction(() => findUserByUsername(ctx.db, input.username));
    if (!target || !target.active) {
      ctx.afterCall(() => ctx.session.closeArchive());
      throw new KedangError('NOT_FOUND', 'No active user with that name', { fields: [{ path: 'username', code: 'NOT_FOUND' }] });
    }
    const newCode = await ctx.keys.rotateRecovery();
    await ctx.keys.setUserSlot({ userId: target.id, username: target.username, password: input.newPassword });
    ctx.keys.clearLockout(target.username);
    ctx.session.transaction(() => {
      touchPasswordChanged(ctx.db, target.id, ctx.clock.now());
      ctx.audit({ actor: { id: target.id, name: target.displayName }, action: 'auth.recover', targetType: 'user', targetId: target.id, summary: '用恢复码重设密码；恢复码已更换', params: { user: target.id } });
    });
    const user = loginUser(ctx, target, 'recovery');
    const sheet = recoverySheet(newCode);
    ctx.session.setRecoveryPending({ code: newCode, groups: sheet.confirmGroups });
    return { ...sheet, user };
  }),
};
