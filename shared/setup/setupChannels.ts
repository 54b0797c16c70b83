import { z } from 'zod';
import { channel, type ChannelDef } from '../contract/channel';
import type { RecoveryCodeSheet } from '../auth/recoveryCode';
import { storeInfoSchema } from '../settings/settings';
import { displayNameSchema, newPasswordSchema, usernameSchema } from '../users/users';

/** First-run setup. */
export const setupChannels = {
  'setup.initialize': channel<RecoveryCodeSheet>()({
    kind: 'command',
    access: 'public',
    input: z
      .object({
        store: storeInfoSchema,
        admin: z.object({ username: usernameSchema, displayName: displayNameSchema, password: newPasswordSchema }).strict(),
      })
      .strict(),
    summary: 'First run only: creates the encrypted archive, the store record and the first system admin; returns the recovery code once.',
  }),
  'setup.confirmRecovery': channel<{ confirmed: true }>()({
    kind: 'command',
    access: 'session',
    input: z.object({ groups: z.array(z.object({ index: z.number().int().min(0).max(7), value: z.string().max(8) }).strict()).min(2).max(8) }).strict(),
    summary: 'The admin types back groups of the recovery code just shown, proving the sheet was kept.',
  }),
} as const satisfies Record<string, ChannelDef>;
