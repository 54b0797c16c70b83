import { accessSync, constants, existsSync, statSync, unlinkSync } from 'node:fs';
import { KedangError } from '../../../shared/contract/errors';
import type { BackupCheck, BackupDone, RestorePreview } from '../../../shared/backup/backupTypes';
import { sessionHandler, type HandlerContext, type HandlersOf } from '../rpc/handler';
import { readSettings, writeSettings } from '../settings/settingsStore';
import { proveSignOff } from '../signOff/signOff';
import { backupRecords, lastVerifiedBackup, liveBackups, markRotated } from './backupStore';
import { executedErasures } from '../lifecycle/lifecycleStore';
import { erasedStillHeld } from './erasedStillHeld';
import { generateAgeIdentity, formatAgeIdentityFile } from './ageKeys';
import { runBackup } from './backupExport';
import { checkBackup, prepareRestore } from './backupCheck';
import { removableDrives } from './removableDrives';
import type { BackupSecret } from './backupReader';

const DAY = 86_400_000;
/** scrypt work factor for passphrase backups: 2^18, as the age CLI uses (tests pass a cheaper one through core's options). */
export const DEFAULT_BACKUP_WORK_FACTOR = 18;

/** A folder that exists, is a folder, and may be written: otherwise the stick is not there (any more). */
function usableFolder(folder: string): string {
  try {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new Error('not a folder');
    accessSync(folder, constants.W_OK);
  } catch {
    throw new KedangError('BACKUP_TARGET_UNAVAILABLE', 'The backup folder is not there or cannot be written', { fields: [{ path: 'folder', code: 'BACKUP_TARGET_UNAVAILABLE' }] });
  }
  return folder;
}

function openSecret(open: { kind: 'passphrase'; passphrase: string } | { kind: 'identity'; identity: string }): BackupSecret {
  return open.kind === 'passphrase' ? { passphrase: open.passphrase } : { identity: open.identity };
}

/** Long backup work runs one job at a time: a backup, a check and a restore never overlap. */
const ARCHIVE_JOBS = 'archive';

function jobResult<T>(ctx: HandlerContext, jobId: string): T {
  return ctx.jobs.result(jobId, ctx.requireUser().id) as T;
}

export const backupHandlers: HandlersOf<'backup'> = {
  'backup.targets': async (ctx) => {
    const folder = readSettings(ctx.db).backupFolder;
    const drives = await removableDrives();
    return [...drives, ...(folder && !drives.some((d) => d.path === folder) ? [{ path: folder, label: folder, removable: false, freeBytes: null }] : [])];
  },

  'backup.start': sessionHandler((ctx, input) => {
    const user = ctx.requireUser();
    const settings = readSettings(ctx.db);
    const folder = usableFolder(input.folder);
    if (input.secret.kind === 'key' && !settings.backupRecipient) throw new KedangError('BACKUP_NO_KEY', 'The store has no backup key yet', { fields: [{ path: 'secret', code: 'BACKUP_NO_KEY' }] });
    const recipient = input.secret.kind === 'key' ? { x25519: [settings.backupRecipient] } : { passphrase: input.secret.passphrase, workFactor: ctx.session.files.scryptWorkFactor };
    const job = ctx.jobs.start<BackupDone>({
      kind: 'backup',
      ownerId: user.id,
      ownerName: user.displayName,
      exclusive: ARCHIVE_JOBS,
      run: (j) => runBackup(j, { folder, recipient, secret: input.secret.kind, storeName: settings.storeName, appVersion: ctx.session.status().appVersion, madeBy: { userId: user.id, name: user.displayName }, keepLast: settings.backupKeepLast, files: ctx.session.files }),
    });
    if (settings.backupFolder !== folder) writeSettings(ctx.db, { backupFolder: folder });
    ctx.audit({ action: 'backup.start', targetType: 'backup', targetId: job.jobId, summary: `开始备份到 ${folder}（${input.secret.kind === 'key' ? '备份密钥' : '口令'}加密）`, params: { folder, secret: input.secret.kind } });
    return job;
  }),

  'backup.result': (ctx, input) => jobResult<BackupDone>(ctx, input.jobId),

  'backup.check': sessionHandler((ctx, input) => {
    const user = ctx.requireUser();
    const job = ctx.jobs.start<BackupCheck>({
      kind: 'backupCheck',
      ownerId: user.id,
      ownerName: user.displayName,
      exclusive: ARCHIVE_JOBS,
      run: async (j) => {
        const result = await checkBackup(j, ctx.session.files, input.path, openSecret(input.open), input.unlock);
        j.audit({
          actorId: user.id,
          actorName: user.displayName,
          action: 'backup.checked',
          targetType: 'backup',
          targetId: null,
          summary: `校验备份 ${input.path}：完整性 ${result.integrity}${result.comparison?.firstDifferentSeq ? `；与现有审计日志不同之处始于 #${result.comparison.firstDifferentSeq}` : ''}`,
          params: { path: input.path, integrity: result.integrity, anchorHolds: result.anchorHolds, firstDifferentSeq: result.comparison?.firstDifferentSeq ?? null },
        });
        return result;
      },
    });
    ctx.audit({ action: 'backup.check', targetType: 'backup', targetId: job.jobId, summary: `开始校验备份 ${input.path}`, params: { path: input.path } });
    return job;
  }),

  'backup.checkResult': (ctx, input) => jobResult<BackupCheck>(ctx, input.jobId),

  'backup.history': (ctx, input) => backupRecords(ctx.db, input.limit),

  'backup.status': sessionHandler((ctx) => {
    const settings = readSettings(ctx.db);
    const last = lastVerifiedBackup(ctx.db);
    const ageDays = last ? Math.floor((ctx.clock.now().getTime() - new Date(last.at).getTime()) / DAY) : null;
    return { lastVerifiedAt: last?.at ?? null, ageDays, warn: ageDays === null || ageDays >= settings.backupWarnDays, warnAfterDays: settings.backupWarnDays, rollbackAvailable: ctx.session.files.rollbackAvailable() };
  }),

  'backup.erasedStillHeld': (ctx) => erasedStillHeld(executedErasures(ctx.db), liveBackups(ctx.db)),

  /**
   * Erasure is complete once the backups made before it are gone. The file goes first, then the
   * history says so: a failure in between leaves a backup marked live whose file is gone (retired
   * again with fileGone), never one marked gone whose data is still on the stick.
   */
  'backup.retire': (ctx, input) => {
    const live = liveBackups(ctx.db);
    const backup = live.find((b) => b.id === input.id);
    if (!backup) throw new KedangError('NOT_FOUND', 'No such backup in service');
    if (live[0]!.id === backup.id) throw new KedangError('BACKUP_KEEP_LATEST', 'The newest verified backup is kept');
    const present = existsSync(backup.path);
    if (present && statSync(backup.path).size !== backup.bytes) throw new KedangError('BACKUP_FILE_CHANGED', 'The file there is not the backup this app wrote');
    if (!present && !input.fileGone) throw new KedangError('BACKUP_FILE_ABSENT', 'The backup file is not where it was written', { details: { path: backup.path } });
    const erasures = executedErasures(ctx.db);
    const held = erasedStillHeld(erasures, live).backups.find((b) => b.id === backup.id)?.requests ?? [];
    if (present) {
      try {
        unlinkSync(backup.path);
      } catch (error) {
        throw new KedangError('BACKUP_TARGET_UNAVAILABLE', `The backup file cannot be removed (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      }
    }
    markRotated(ctx.db, backup.id, ctx.clock.now().toISOString());
    ctx.audit({
      action: 'backup.retire',
      targetType: 'backup',
      targetId: String(backup.id),
      summary: `移除旧备份 ${backup.path}（${present ? '文件已删除' : '文件已不存在'}）${held.length ? `；其中仍含已执行的清理/销毁申请 ${held.map((r) => `#${r}`).join('、')} 的数据` : ''}`,
      params: { path: backup.path, fileGone: !present, requests: held },
    });
    return erasedStillHeld(erasures, live.filter((b) => b.id !== backup.id));
  },

  /** The private half is shown once and never stored: backups to the key need no passphrase, and only whoever keeps that file can open them. */
  'backup.createKey': (ctx) => {
    const keys = generateAgeIdentity();
    writeSettings(ctx.db, { backupRecipient: keys.recipient });
    ctx.audit({ action: 'backup.createKey', targetType: 'settings', targetId: null, summary: `生成备份密钥 ${keys.recipient.slice(0, 12)}…（私钥文件只显示一次，须离线保管）`, params: { recipient: keys.recipient } });
    return { recipient: keys.recipient, identityFile: formatAgeIdentityFile(keys, ctx.clock.now()) };
  },

  'backup.prepareRestore': sessionHandler((ctx, input) => {
    const user = ctx.requireUser();
    const job = ctx.jobs.start<RestorePreview>({
      kind: 'restorePrepare',
      ownerId: user.id,
      ownerName: user.displayName,
      exclusive: ARCHIVE_JOBS,
      run: (j) => prepareRestore(j, ctx.session.files, input.path, openSecret(input.open), input.unlock),
    });
    ctx.audit({ action: 'backup.prepareRestore', targetType: 'backup', targetId: job.jobId, summary: `准备从备份恢复：${input.path}`, params: { path: input.path } });
    return job;
  }),

  'backup.preview': (ctx, input) => jobResult<RestorePreview>(ctx, input.jobId),

  /** The live archive is replaced only after a system admin signs; it stays as the rollback copy until the next backup. */
  'backup.applyRestore': sessionHandler(async (ctx, input) => {
    const user = ctx.requireUser();
    const files = ctx.session.files;
    const staged = files.stagedSummary(input.stagingId);
    const signer = await proveSignOff(ctx, input.signOff, { action: '从备份恢复档案库', targetType: 'backup', targetId: null });
    if (signer.role !== 'systemAdmin') throw new KedangError('SIGNOFF_NOT_PERMITTED', 'A system admin signs a restore');
    const when = staged.summary.createdAt;
    ctx.audit({
      action: 'backup.restoreApplied',
      targetType: 'backup',
      targetId: null,
      summary: `档案库由备份替换：${staged.source.path}（备份时间 ${when}）；本档案库保留为撤销恢复副本；签字 ${signer.displayName}`,
      params: { path: staged.source.path, backupAt: when, countersigner: signer.id },
    });
    ctx.afterCall(() =>
      files.applyStaged(input.stagingId, {
        actorId: user.id,
        actorName: user.displayName,
        action: 'backup.restored',
        targetType: 'backup',
        targetId: null,
        summary: `由备份恢复：${staged.source.path}（备份时间 ${when}）；操作 ${user.displayName}，签字 ${signer.displayName}`,
        params: { path: staged.source.path, backupAt: when, auditSeq: staged.summary.auditAnchor?.seq ?? null },
      }),
    );
    return { restored: true };
  }),

  'backup.undoRestore': sessionHandler(async (ctx, input) => {
    const files = ctx.session.files;
    if (!files.rollbackAvailable()) throw new KedangError('RESTORE_NO_ROLLBACK', 'Nothing to undo');
    const signer = await proveSignOff(ctx, input.signOff, { action: '撤销恢复', targetType: 'backup', targetId: null });
    if (signer.role !== 'systemAdmin') throw new KedangError('SIGNOFF_NOT_PERMITTED', 'A system admin signs an undo');
    ctx.audit({ action: 'backup.restoreUndone', targetType: 'backup', targetId: null, summary: `撤销恢复：换回恢复前的档案库；签字 ${signer.displayName}`, params: { countersigner: signer.id } });
    const key = await files.unlockRollback({ username: input.signOff.username, password: input.signOff.password });
    ctx.afterCall(() => files.swapBackRollback(key, { actorId: null, actorName: signer.displayName, action: 'backup.restoreUndone', targetType: 'backup', targetId: null, summary: `撤销恢复：本档案库重新启用；签字 ${signer.displayName}` }));
    return { undone: true };
  }),
};
