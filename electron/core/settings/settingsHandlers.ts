import type { AppSettings } from '../../../shared/settings/settings';
import { refreshAllFollowUps } from '../customers/followUps';
import { sessionHandler, type HandlersOf } from '../rpc/handler';
import { recoverySheet } from '../setup/recoveryConfirmation';
import { readSettings, writeSettings } from './settingsStore';

const settingNames: Record<keyof AppSettings, string> = {
  storeName: '门店名称',
  storeAddress: '门店地址',
  idleLockMinutes: '自动锁定（分钟）',
  archivePattern: '档案编号规则',
  attachmentMaxMb: '附件上限（MB）',
  staleDays: '久未联系（天）',
  followUpDaysO: 'O 级跟进间隔（天）',
  followUpDaysH: 'H 级跟进间隔（天）',
  followUpDaysA: 'A 级跟进间隔（天）',
  followUpDaysB: 'B 级跟进间隔（天）',
  backupKeepLast: '备份保留份数',
  backupWarnDays: '备份提醒（天）',
  backupFolder: '备份文件夹',
  backupRecipient: '备份密钥',
};

export const settingsHandlers: HandlersOf<'settings'> = {
  'settings.get': (ctx) => readSettings(ctx.db),

  'settings.update': (ctx, input) => {
    const before = readSettings(ctx.db);
    const changedFields = writeSettings(ctx.db, input);
    const after = readSettings(ctx.db);
    const changed = changedFields.map((field) => `${settingNames[field]} ${String(before[field])} → ${String(after[field])}`);
    // A new cadence moves every file's due date, in this same transaction.
    const moved = changedFields.some((field) => field.startsWith('followUpDays')) ? refreshAllFollowUps(ctx.db, ctx.clock.now()) : 0;
    ctx.audit({
      action: 'settings.update',
      targetType: 'settings',
      targetId: null,
      summary: changed.length ? `修改 ${changed.join('、')}${moved ? `；${moved} 份档案的下次跟进日期随之调整` : ''}` : '无变化',
      params: { fields: changedFields, ...(moved ? { moved } : {}) },
    });
    return readSettings(ctx.db);
  },

  /** The new code must be typed back before work goes on, so this handler marks it pending in the session. */
  'settings.rotateRecovery': sessionHandler(async (ctx) => {
    ctx.audit({ action: 'recovery.rotate', targetType: 'vault', targetId: null, summary: '生成新恢复码，旧恢复码作废' });
    const code = await ctx.keys.rotateRecovery();
    const sheet = recoverySheet(code);
    ctx.session.setRecoveryPending({ code, groups: sheet.confirmGroups });
    return sheet;
  }),
};
