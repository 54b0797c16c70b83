import { z } from 'zod';
import { channel, type ChannelDef } from '../contract/channel';
import type { RecoveryCodeSheet } from '../auth/recoveryCode';
import { storeInfoSchema } from '../settings/settings';
import { displayNameSchema, newPasswordSchema, usernameSchema } from '../users/users';
import type { JobHandle, JobStatus } from '../jobs/jobTypes';
import { absolutePathSchema, backupOpenSchema, backupUnlockSchema, type RestorePreview } from '../backup/backupTypes';

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
  'setup.prepareRestore': channel<JobHandle>()({
    kind: 'command',
    access: 'public',
    input: z.object({ path: absolutePathSchema, open: backupOpenSchema, unlock: backupUnlockSchema }).strict(),
    summary: 'A PC that has never seen KeDang: decrypts a backup with its passphrase or key file and opens it with one of its users’ passwords or its recovery code, then checks it.',
  }),
  'setup.restorePreview': channel<RestorePreview>()({
    kind: 'query',
    access: 'public',
    input: z.object({ jobId: z.string().uuid() }).strict(),
    summary: 'What the prepared first-run restore holds (store, date, counts), once its job has finished.',
  }),
  // A query, like jobs.cancel: it changes no archive data (there is none yet); the job undoes its own work.
  'setup.cancelRestore': channel<JobStatus>()({
    kind: 'query',
    access: 'public',
    input: z.object({ jobId: z.string().uuid() }).strict(),
    summary: 'Stops a first-run restore being prepared (jobs.cancel needs a session a new PC does not have yet); its decrypted copy is removed.',
  }),
  'setup.applyRestore': channel<{ restored: true }>()({
    kind: 'command',
    access: 'public',
    input: z.object({ stagingId: z.string().regex(/^[0-9a-f]{16}$/) }).strict(),
    summary: 'Puts the prepared backup in place as this PC’s archive; the login screen follows (its users log in with their passwords).',
  }),
} as const satisfies Record<string, ChannelDef>;
