import type { Handler } from '../rpc/handler';
import { recoverySheet } from '../setup/recoveryConfirmation';
import { readSettings, writeSettings } from './settingsStore';

export const get: Handler<'settings.get'> = (ctx) => readSettings(ctx.archive().db.sqlite);

export const update: Handler<'settings.update'> = (ctx, input) => {
  const db = ctx.archive().db.sqlite;
  const changed = writeSettings(db, input);
  ctx.audit({ action: 'settings.update', targetType: 'settings', targetId: null, summary: changed.length ? `changed ${changed.join(', ')}` : 'no change' });
  return readSettings(db);
};

export const rotateRecovery: Handler<'settings.rotateRecovery'> = async (ctx) => {
  const archive = ctx.archive();
  ctx.audit({ action: 'recovery.rotate', targetType: 'vault', targetId: null, summary: 'new recovery code generated; the old one no longer works' });
  const code = await archive.vault.rotateRecovery(archive.masterKey);
  const sheet = recoverySheet(code);
  ctx.core.setRecoveryPending({ code, groups: sheet.confirmGroups });
  return sheet;
};
