import { labelsIn } from '../../../shared/i18n/label';
import { settingLabels } from '../../../shared/settings/settingLabels';
import { refreshAllFollowUps } from '../customers/followUps';
import { sessionHandler, type HandlersOf } from '../rpc/handler';
import { recoverySheet } from '../setup/recoveryConfirmation';
import { readSettings, writeSettings } from './settingsStore';

const settingNames = labelsIn(settingLabels, 'zh');

const shown = (field: string, value: unknown): string => (field === 'backupRecipient' ? `${String(value).slice(0, 12)}…` : String(value));

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
      // Old and new value of each field, so the entry reads in either language (a backup key shortened as on screen).
      params: { fields: changedFields, from: changedFields.map((f) => shown(f, before[f])), to: changedFields.map((f) => shown(f, after[f])), ...(moved ? { moved } : {}) },
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
