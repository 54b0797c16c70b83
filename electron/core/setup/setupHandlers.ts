import { KedangError } from '../../../shared/contract/errors';
import { sessionHandler, type HandlersOf } from '../rpc/handler';
import { writeSettings } from '../settings/settingsStore';
import { insertUser, touchLogin } from '../users/userStore';
import { groupsMatch, recoverySheet } from './recoveryConfirmation';
import type { RestorePreview } from '../../../shared/backup/backupTypes';
import { prepareRestore } from '../backup/backupCheck';

/** Jobs started before anyone can log in belong to nobody in particular. */
const FIRST_RUN = 0;

function requireFirstRun(isSetUp: boolean): void {
  if (isSetUp) throw new KedangError('SETUP_ALREADY_DONE', 'This PC already has an archive');
}

const FIRST_ADMIN_ID = 1;

export const setupHandlers: HandlersOf<'setup'> = {
  'setup.initialize': sessionHandler(async (ctx, input) => {
    // Calls are serialised by core, so two setups cannot both pass this check.
    if (ctx.session.isSetUp()) throw new KedangError('SETUP_ALREADY_DONE', 'This PC already has an archive');
    const { recoveryCode } = await ctx.session.createArchive({ userId: FIRST_ADMIN_ID, username: input.admin.username, password: input.admin.password });
    try {
      const now = ctx.clock.now();
      const admin = ctx.session.transaction(() => {
        writeSettings(ctx.db, { storeName: input.store.name, storeAddress: input.store.address });
        const user = insertUser(ctx.db, { id: FIRST_ADMIN_ID, username: input.admin.username, displayName: input.admin.displayName, role: 'systemAdmin' }, now);
        touchLogin(ctx.db, user.id, now);
        ctx.audit({ actor: { id: user.id, name: user.displayName }, action: 'setup.initialize', targetType: 'store', targetId: null, summary: `门店 ${input.store.name}；首个系统管理员 ${user.username}`, params: { store: input.store.name, user: user.id } });
        ctx.audit({ actor: { id: user.id, name: user.displayName }, action: 'auth.login', targetType: 'user', targetId: user.id, summary: '设置完成后首次登录', params: { user: user.id, via: 'setup' } });
        return user;
      });
      const sheet = recoverySheet(recoveryCode);
      ctx.session.startSession(admin, { code: recoveryCode, groups: sheet.confirmGroups });
      return sheet;
    } catch (err) {
      // First run left half-done: remove it so the setup can simply be tried again.
      ctx.session.discardArchive();
      throw err;
    }
  }),

  /** Moving to a new PC: the backup's passphrase (or key file) and one of its own passwords (or its recovery code). */
  'setup.prepareRestore': sessionHandler((ctx, input) => {
    requireFirstRun(ctx.session.isSetUp());
    const open = input.open.kind === 'passphrase' ? { passphrase: input.open.passphrase } : { identity: input.open.identity };
    return ctx.jobs.start<RestorePreview>({ kind: 'restorePrepare', ownerId: FIRST_RUN, exclusive: 'archive', run: (job) => prepareRestore(job, ctx.session.files, input.path, open, input.unlock) });
  }),

  'setup.restorePreview': sessionHandler((ctx, input) => {
    requireFirstRun(ctx.session.isSetUp());
    return ctx.jobs.result(input.jobId, FIRST_RUN) as RestorePreview;
  }),

  /** Before anyone can log in, the first-run restore's own way to stop (jobs.cancel needs a session). */
  'setup.cancelRestore': sessionHandler((ctx, input) => {
    requireFirstRun(ctx.session.isSetUp());
    return ctx.jobs.cancel(input.jobId, FIRST_RUN);
  }),

  'setup.applyRestore': sessionHandler((ctx, input) => {
    requireFirstRun(ctx.session.isSetUp());
    const about = ctx.session.files.stagedSummary(input.stagingId);
    ctx.session.files.applyStaged(input.stagingId, {
      actorId: null,
      actorName: '首次使用',
      action: 'backup.restored',
      targetType: 'backup',
      targetId: null,
      summary: `在新电脑上由备份恢复：${about.source.path}（备份时间 ${about.summary.createdAt}）`,
      params: { path: about.source.path, backupAt: about.summary.createdAt, auditSeq: about.summary.auditAnchor?.seq ?? null, newPc: true },
    });
    return { restored: true };
  }),

  'setup.confirmRecovery': sessionHandler((ctx, input) => {
    const pending = ctx.session.state?.recovery;
    if (!pending) throw new KedangError('RECOVERY_NOT_PENDING', 'No recovery code is waiting for confirmation');
    if (!groupsMatch(pending.code, pending.groups, input.groups)) {
      ctx.auditOnFailure({ action: 'recovery.confirmFailed', targetType: 'vault', targetId: null, summary: '输入的恢复码分组不一致' });
      throw new KedangError('RECOVERY_CONFIRM_MISMATCH', 'The typed groups do not match', {
        fields: pending.groups.map((_, i) => ({ path: `groups.${i}.value`, code: 'RECOVERY_CONFIRM_MISMATCH' })),
      });
    }
    ctx.session.setRecoveryPending(null);
    ctx.audit({ action: 'recovery.confirmed', targetType: 'vault', targetId: null, summary: '已核对恢复码并妥善保存' });
    return { confirmed: true };
  }),
};
