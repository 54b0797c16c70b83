import { refreshAllFollowUps } from '../customers/followUps';
import type { Handler } from '../rpc/handler';
import { recoverySheet } from '../setup/recoveryConfirmation';
import type { AppSettings } from '../../../shared/settings/settings';
import { readSettings, writeSettings } from './settingsStore';

export const get: Handler<'settings.get'> = (ctx) => readSettings(ctx.archive().db.sqlite);

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
};

export const update: Handler<'settings.update'> = (ctx, input) => {
  const db = ctx.archive().db.sqlite;
  const before = readSettings(db);
  const changedFields = writeSettings(db, input);
  const changed = changedFields.map((field) => `${settingNames[field]} ${String(before[field])} → ${String(input[field])}`);
  // A new cadence moves every file's due date, in this same transaction.
  const moved = changedFields.some((field) => field.startsWith('followUpDays')) ? refreshAllFollowUps(db, ctx.clock.now()) : 0;
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
