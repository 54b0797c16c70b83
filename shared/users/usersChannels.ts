import { z } from 'zod';
import { id } from '../validation/schemaParts';
import { channel, empty, type ChannelDef } from '../contract/channel';
import { displayNameSchema, newPasswordSchema, roleSchema, usernameSchema, type StaffMember, type UserSummary } from './users';

/** Accounts. */
export const usersChannels = {
  'users.list': channel<UserSummary[]>()({
    kind: 'query',
    access: 'user.manage',
    input: empty,
    summary: 'All accounts with role, state and last login.',
  }),
  'users.staff': channel<StaffMember[]>()({
    kind: 'query',
    access: 'customer.read',
    input: empty,
    summary: 'Active consultants and sales managers (id, name, role): the owners a customer file can have.',
  }),
  'users.create': channel<UserSummary>()({
    kind: 'command',
    access: 'user.manage',
    input: z.object({ username: usernameSchema, displayName: displayNameSchema, role: roleSchema, password: newPasswordSchema }).strict(),
    summary: 'Creates an account and its key slot.',
  }),
  'users.update': channel<UserSummary>()({
    kind: 'command',
    access: 'user.manage',
    input: z.object({ id, displayName: displayNameSchema.optional(), role: roleSchema.optional(), active: z.boolean().optional() }).strict(),
    summary: 'Changes an account’s display name, role or active state.',
  }),
  'users.resetPassword': channel<{ reset: true }>()({
    kind: 'command',
    access: 'user.manage',
    input: z.object({ id, newPassword: newPasswordSchema }).strict(),
    summary: 'Sets a new password for another account (rewrites that account’s key slot).',
  }),
  'users.delete': channel<{ deleted: true }>()({
    kind: 'command',
    access: 'user.manage',
    input: z.object({ id }).strict(),
    summary: 'Deletes an account: its key slot is removed; its name stays in the audit log.',
  }),
} as const satisfies Record<string, ChannelDef>;
