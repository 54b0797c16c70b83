import { rmSync } from 'node:fs';
import { KedangError } from '../../../shared/contract/errors';
import type { Handler } from '../rpc/handler';
import { dbPath } from '../db/database';
import { Vault } from '../vault/vault';
import { vaultPath } from '../vault/vaultFile';
import { writeSettings } from '../settings/settingsStore';
import { insertUser, touchLogin } from '../users/userStore';
import { groupsMatch, recoverySheet } from './recoveryConfirmation';

const FIRST_ADMIN_ID = 1;
export const initialize: Handler<'setup.initialize'> = async (ctx, input) => {
  // Calls are serialised by core, so two setups cannot both pass this check.
  if (Vault.exists(ctx.core.dataDir)) throw new KedangError('SETUP_ALREADY_DONE', 'This PC already has an archive');
  {
    const { vault, masterKey, recoveryCode } = await Vault.create(
      ctx.core.dataDir,
      { userId: FIRST_ADMIN_ID, username: input.admin.username, password: input.admin.password },
      { cost: ctx.core.kdfCost, clock: ctx.clock },
    );
    try {
      ctx.core.open(masterKey, vault);
      const now = ctx.clock.now();
      const admin = ctx.transaction(() => {
        const db = ctx.archive().db.sqlite;
        writeSettings(db, { storeName: input.store.name, storeAddress: input.store.address });
        const user = insertUser(db, { id: FIRST_ADMIN_ID, username: input.admin.username, displayName: input.admin.displayName, role: 'systemAdmin' }, now);
        touchLogin(db, user.id, now);
        ctx.audit({ actor: { id: user.id, name: user.displayName }, action: 'setup.initialize', targetType: 'store', targetId: null, summary: `门店 ${input.store.name}；首个系统管理员 ${user.username}` });
        ctx.audit({ actor: { id: user.id, name: user.displayName }, action: 'auth.login', targetType: 'user', targetId: user.id, summary: '设置完成后首次登录' });
        return user;
      });
      const sheet = recoverySheet(recoveryCode);
      ctx.core.startSession(admin, { code: recoveryCode, groups: sheet.confirmGroups });
      return sheet;
    } catch (err) {
      // First run left half-done: remove it so the setup can simply be tried again.
      ctx.core.close();
      rmSync(vaultPath(ctx.core.dataDir), { force: true });
      for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath(ctx.core.dataDir) + suffix, { force: true });
      throw err;
    }
  }
};

export const confirmRecovery: Handler<'setup.confirmRecovery'> = (ctx, input) => {
  const pending = ctx.core.sessionState?.recovery;
  if (!pending) throw new KedangError('CONFLICT', 'No recovery code is waiting for confirmation');
  if (!groupsMatch(pending.code, pending.groups, input.groups)) {
    ctx.auditOnFailure({ action: 'recovery.confirmFailed', targetType: 'vault', targetId: null, summary: '输入的恢复码分组不一致' });
    throw new KedangError('RECOVERY_CONFIRM_MISMATCH', 'The typed groups do not match', {
      fields: pending.groups.map((_, i) => ({ path: `groups.${i}.value`, code: 'RECOVERY_CONFIRM_MISMATCH' })),
    });
  }
  ctx.core.setRecoveryPending(null);
  ctx.audit({ action: 'recovery.confirmed', targetType: 'vault', targetId: null, summary: '已核对恢复码并妥善保存' });
  return { confirmed: true };
};
