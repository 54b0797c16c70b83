import { z } from 'zod';
import { channel, empty, type ChannelDef } from '../contract/channel';
import type { SessionUser } from '../app/status';
import type { RecoveryCodeSheet } from './recoveryCode';
import { newPasswordSchema, passwordSchema, usernameSchema } from '../users/users';

/** Logging in and out, locking, passwords and recovery. */
export const authChannels = {
  'auth.login': channel<SessionUser>()({
    kind: 'command',
    access: 'public',
    input: z.object({ username: usernameSchema, password: passwordSchema }).strict(),
    summary: 'Opens the archive with a user’s password; 5 failures lock the account for 5 minutes.',
  }),
  'auth.logout': channel<{ loggedOut: true }>()({
    kind: 'command',
    access: 'public',
    input: empty,
    summary: 'Ends the session (also from the lock screen, to switch user) and closes the archive.',
  }),
  'auth.lock': channel<{ locked: true }>()({
    kind: 'command',
    access: 'session',
    input: empty,
    summary: 'Locks the screen now; all data stays hidden until the same user’s password is entered.',
  }),
  'auth.unlock': channel<SessionUser>()({
    kind: 'command',
    access: 'public',
    input: z.object({ password: passwordSchema }).strict(),
    summary: 'Unlocks a locked session with the password of the user who was logged in.',
  }),
  'auth.touch': channel<{ idleLockSeconds: number }>()({
    kind: 'query',
    access: 'session',
    input: empty,
    summary: 'Tells core the person at the keyboard is active, pushing back the idle auto-lock.',
  }),
  'auth.changePassword': channel<{ changed: true }>()({
    kind: 'command',
    access: 'session',
    input: z.object({ currentPassword: passwordSchema, newPassword: newPasswordSchema }).strict(),
    summary: 'Changes the caller’s own password (rewrites only their key slot).',
  }),
  'auth.recover': channel<RecoveryCodeSheet & { user: SessionUser }>()({
    kind: 'command',
    access: 'public',
    input: z.object({ username: usernameSchema, recoveryCode: z.string().min(20).max(64), newPassword: newPasswordSchema }).strict(),
    summary: 'Resets a user’s password with the store’s recovery code, logs them in and rotates the recovery code.',
  }),
} as const satisfies Record<string, ChannelDef>;
