import { channel, empty, type ChannelDef } from '../contract/channel';
import type { RecoveryCodeSheet } from '../auth/recoveryCode';
import { settingsPatchSchema, type AppSettings } from './settings';

/** Store-wide settings. */
export const settingsChannels = {
  'settings.get': channel<AppSettings>()({
    kind: 'query',
    access: 'session',
    input: empty,
    summary: 'Store name and address, idle auto-lock minutes.',
  }),
  'settings.update': channel<AppSettings>()({
    kind: 'command',
    access: 'settings.manage',
    input: settingsPatchSchema,
    summary: 'Changes store details or the idle auto-lock minutes.',
  }),
  'settings.rotateRecovery': channel<RecoveryCodeSheet>()({
    kind: 'command',
    access: 'settings.manage',
    input: empty,
    summary: 'Replaces the recovery code (e.g. the printed sheet was lost); the old code stops working.',
  }),
} as const satisfies Record<string, ChannelDef>;
