import { refreshAllFollowUps } from '../customers/followUps';
import type { Handler } from '../rpc/handler';
import { recoverySheet } from '../setup/recoveryConfirmation';
import { readSettings, writeSettings } from './settingsStore';

export const get: Handler<'settings.get'> = (ctx) => readSettings(ctx.archive().db.sqlite);

export const update: Handler<'settings.update'> = (ctx, input) => {
  const db = ctx.archive().db.sqlite;
  const changed = writeSettings(db, input);
  // A new cadence moves every file's due date, in this same transaction.
  const moved = changed.some((field) => field.startsWith('followUpDays')) ? refreshAllFollowUps(db, ctx.clock.now()) : 0;
  ctx.audit({ action: 'settings.update', targetType: 'settings', targetId: null, summary: changed.length ? `修改 ${changed.join('、')}${moved ? `；${moved} 份档案的下次跟进日期随之调整` : ''}` : '无变化' });
  return readSettings(db);
};

export const rotateRecovery: Handler<'settings.rotateRecovery'> = async (ctx) => {
  const archive = ctx.archive();
  ctx.audit({ action: 'recovery.rotate', targetType: 'vault', targetId: null, summary: '生成新恢复码，旧恢复码作废' });
  const code = await archive.vault.rotateRecovery(archive.masterKey);
  const sheet = recoverySheet(code);
  ctx.core.setRecoveryPending({ code, groups: sheet.confirmGroups });
  return sheet;
};
