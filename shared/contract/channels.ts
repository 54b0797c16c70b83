import { z } from 'zod';
import { channel, type ChannelDef } from './channel';
import type { AppStatus, SessionUser } from '../app/status';
import { settingsPatchSchema, storeInfoSchema, type AppSettings } from '../app/settings';
import { auditQuerySchema, type AuditPage, type AuditVerifyResult } from '../audit/auditEntry';
import { permissions, roles, type Permission, type PermissionMatrix, type Role } from '../auth/permissions';
import {
  displayNameSchema,
  newPasswordSchema,
  passwordSchema,
  roleSchema,
  signOffSchema,
  usernameSchema,
  type StaffMember,
  type UserSummary,
} from '../auth/users';

import {
  attachmentInputSchema,
  consentInputSchema,
  contactInputSchema,
  customerInputSchema,
  feedbackInputSchema,
  intentionInputSchema,
  paperLocationSchema,
  searchQuerySchema,
  serviceInputSchema,
  vehicleInputSchema,
} from '../customers/customerSchemas';
import type { AuditEntry } from '../audit/auditEntry';
import type { CustomerCard, CustomerRow, SearchResult, Vehicle, VehicleOwnership } from '../customers/customerTypes';
import { categories, grades } from '../customers/vocabularies';
import { loanPolicySchema } from '../loans/loanPolicy';
import { loanCreateSchema, loanDecideSchema, loanListSchema, loanSettingsSchema, type LoanRequest, type LoanRules } from '../loans/loanTypes';

const empty = z.object({}).strict();
const id = z.number().int().positive();

/** A freshly generated recovery code, shown once, and which groups the admin must type back. */
export interface RecoveryCodeSheet {
  recoveryCode: string;
  confirmGroups: number[];
}

export interface RoleMatrixView {
  roles: readonly Role[];
  permissions: readonly Permission[];
  matrix: PermissionMatrix;
  defaults: PermissionMatrix;
}

/**
 * The table of contents of the app: every call the renderer can make, declared once.
 * Main registers a handler for each, preload exposes each on window.kedang, the web harness serves each.
 */
export const channels = {
  'app.status': channel<AppStatus>()({
    kind: 'query',
    access: 'public',
    input: empty,
    summary: 'Where the app stands: first-run setup, locked or ready, and who is logged in.',
  }),

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

  'roles.matrix': channel<RoleMatrixView>()({
    kind: 'query',
    access: 'role.manage',
    input: empty,
    summary: 'The permission matrix in force, with the built-in defaults beside it.',
  }),
  'roles.setGrant': channel<RoleMatrixView>()({
    kind: 'command',
    access: 'role.manage',
    input: z.object({ role: z.enum(roles), permission: z.enum(permissions), granted: z.boolean(), signOff: signOffSchema }).strict(),
    summary: 'Grants or withdraws one permission of one role; countersigned by a second person holding policy.approve.',
  }),

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

  'customers.search': channel<SearchResult>()({
    kind: 'query',
    access: 'customer.read',
    input: searchQuerySchema,
    summary: 'The one search box (name, pinyin, phone digits, plate, VIN tail, archive number) with filters and sort; only files the caller may see.',
  }),
  'customers.get': channel<CustomerCard>()({
    kind: 'query',
    access: 'customer.read',
    input: z.object({ id }).strict(),
    summary: 'A customer card: the file, masked, with the first page of every tab.',
  }),
  'customers.create': channel<CustomerCard>()({
    kind: 'command',
    access: 'customer.write',
    input: z.object({ customer: customerInputSchema }).strict(),
    summary: 'Opens a new customer file with the next archive number.',
  }),
  'customers.update': channel<CustomerCard>()({
    kind: 'command',
    access: 'customer.write',
    input: z.object({ id, version: z.number().int().positive(), customer: customerInputSchema, reason: z.string().trim().max(200).optional() }).strict(),
    summary: 'Saves an edited customer file; refused with CONFLICT when someone saved it since it was opened.',
  }),
  'customers.setGrade': channel<CustomerCard>()({
    kind: 'command',
    access: 'customer.write',
    input: z.object({ id, category: z.enum(categories), grade: z.enum(grades).nullable(), reason: z.string().trim().min(1).max(200) }).strict(),
    summary: 'Changes category and intent grade with a dated reason.',
  }),
  'customers.moveFile': channel<CustomerCard>()({
    kind: 'command',
    access: 'customer.write',
    input: z.object({ id, location: paperLocationSchema }).strict(),
    summary: 'Records that the paper file moved (room, cabinet, shelf, box, folder).',
  }),
  'customers.reveal': channel<{ value: string }>()({
    kind: 'command',
    access: 'customer.reveal',
    input: z.object({ id, field: z.enum(['idNumber', 'phone']), phoneId: id.optional() }).strict(),
    summary: 'Shows one masked value in full; every reveal is audited.',
  }),
  'customers.history': channel<AuditEntry[]>()({
    kind: 'query',
    access: 'customer.read',
    input: z.object({ id }).strict(),
    summary: 'The audit entries of one customer file and its records, newest first.',
  }),
  'customers.addRecord': channel<CustomerCard>()({
    kind: 'command',
    access: 'customer.write',
    input: z
      .discriminatedUnion('type', [
        z.object({ type: z.literal('intention'), customerId: id, record: intentionInputSchema }).strict(),
        z.object({ type: z.literal('contact'), customerId: id, record: contactInputSchema }).strict(),
        z.object({ type: z.literal('service'), customerId: id, record: serviceInputSchema }).strict(),
        z.object({ type: z.literal('feedback'), customerId: id, record: feedbackInputSchema }).strict(),
        z.object({ type: z.literal('consent'), customerId: id, record: consentInputSchema }).strict(),
      ]),
    summary: 'Adds a purchase intention, contact, service record, feedback/complaint or consent to a file.',
  }),
  'customers.updateFeedback': channel<CustomerCard>()({
    kind: 'command',
    access: 'customer.write',
    input: z.object({ id, record: feedbackInputSchema }).strict(),
    summary: 'Records the handling, result and closing of a feedback or complaint.',
  }),
  'customers.withdrawConsent': channel<CustomerCard>()({
    kind: 'command',
    access: 'customer.write',
    input: z.object({ id, at: z.iso.datetime({ offset: true }) }).strict(),
    summary: 'Marks a consent as withdrawn (kept, with the date).',
  }),
  'customers.followUps': channel<CustomerRow[]>()({
    kind: 'query',
    access: 'customer.read',
    input: z.object({ ownerId: id.optional(), include: z.enum(['due', 'overdue', 'stale']).default('due') }).strict(),
    summary: 'Follow-ups due today or overdue by the cadence, or files not contacted for too long; own files for consultants.',
  }),
  'vehicles.save': channel<CustomerCard>()({
    kind: 'command',
    access: 'customer.write',
    input: z.object({ customerId: id, vehicleId: id.optional(), vehicle: vehicleInputSchema }).strict(),
    summary: 'Adds a vehicle to a file (one car, one file) or edits it.',
  }),
  'vehicles.transfer': channel<Vehicle>()({
    kind: 'command',
    access: 'customer.write',
    input: z.object({ vehicleId: id, toCustomerId: id, reason: z.string().trim().min(1).max(200) }).strict(),
    summary: 'Moves a vehicle to another customer; its ownership history stays.',
  }),
  'vehicles.owners': channel<VehicleOwnership[]>()({
    kind: 'query',
    access: 'customer.read',
    input: z.object({ vehicleId: id }).strict(),
    summary: 'Every owner a vehicle has had in this store, oldest first.',
  }),
  'attachments.add': channel<CustomerCard>()({
    kind: 'command',
    access: 'customer.write',
    input: z.object({ customerId: id, attachment: attachmentInputSchema }).strict(),
    summary: 'Stores a scan (image or PDF) inside the encrypted archive.',
  }),
  'attachments.open': channel<{ mime: string; fileName: string; dataBase64: string }>()({
    kind: 'command',
    access: 'customer.read',
    input: z.object({ id }).strict(),
    summary: 'Returns a stored scan for preview; every opening is audited.',
  }),

  'loans.create': channel<LoanRequest>()({
    kind: 'command',
    access: 'loan.request',
    input: loanCreateSchema,
    summary: 'Asks to view, check out or copy files; the policy decides whether it may be asked at all, for how long and who approves.',
  }),
  'loans.submit': channel<LoanRequest>()({
    kind: 'command',
    access: 'loan.request',
    input: z.object({ id }).strict(),
    summary: 'Submits a draft request for approval.',
  }),
  'loans.decide': channel<LoanRequest>()({
    kind: 'command',
    access: 'loan.request',
    input: loanDecideSchema,
    summary: 'Approves or rejects a request; the approver signs with their own password, never the requester.',
  }),
  'loans.checkout': channel<LoanRequest>()({
    kind: 'command',
    access: 'loan.handle',
    input: z.object({ id }).strict(),
    summary: 'The archive admin records handing over the paper files of an approved checkout.',
  }),
  'loans.return': channel<LoanRequest>()({
    kind: 'command',
    access: 'loan.handle',
    input: z.object({ id, condition: z.string().trim().max(300).default('') }).strict(),
    summary: 'The archive admin records the files coming back, with notes on their condition.',
  }),
  'loans.cancel': channel<LoanRequest>()({
    kind: 'command',
    access: 'loan.request',
    input: z.object({ id }).strict(),
    summary: 'The requester withdraws a request that has not been handed over.',
  }),
  'loans.list': channel<LoanRequest[]>()({
    kind: 'query',
    access: 'loan.request',
    input: loanListSchema,
    summary: 'The register (外借登记册): out now, overdue, pending, or history by person, file, period and status.',
  }),
  'loans.rules': channel<LoanRules>()({
    kind: 'query',
    access: 'session',
    input: empty,
    summary: 'The loan policy (who may view, borrow or copy which level, for how long, approved by whom) and the reminder settings.',
  }),
  'loans.updateRules': channel<LoanRules>()({
    kind: 'command',
    access: 'settings.manage',
    input: z.object({ policy: loanPolicySchema, settings: loanSettingsSchema, signOff: signOffSchema }).strict(),
    summary: 'Replaces the loan policy table and the reminder settings; countersigned by a second person holding policy.approve, audited cell by cell.',
  }),

  'audit.list': channel<AuditPage>()({
    kind: 'query',
    access: 'audit.read',
    input: auditQuerySchema,
    summary: 'Audit entries, newest first, filtered by actor, action, target and period, with the chain head.',
  }),
  'audit.verify': channel<AuditVerifyResult>()({
    kind: 'query',
    access: 'audit.read',
    input: empty,
    summary: 'Recomputes the hash chain; names the first broken sequence number if any entry was altered.',
  }),
} as const satisfies Record<string, ChannelDef>;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = NonNullable<Channels[C]['__output']>;

export const channelNames = Object.keys(channels) as ChannelName[];

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(channels, name);
}
