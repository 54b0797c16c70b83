import type { FormErrors } from '@mantine/form';
import { z } from 'zod';
import { absolutePathSchema, backupOpenSchema, backupSecretSchema, backupUnlockSchema } from '../../../shared/backup/backupTypes';
import { schemaErrors } from '../../forms/fieldIssues';

/**
 * The form fields the backup screens share, and how they become channel input. Each field is checked
 * with the same shared zod schema core checks it with; the unions are checked branch by branch so a
 * message lands under the field it is about.
 */

/** How an existing backup is opened: its passphrase, or the key file (identity) it was made for. */
export interface OpenSecretValues {
  openKind: 'passphrase' | 'identity';
  passphrase: string;
  identity: string;
}

/** The backup's own key slots: one of its users' passwords, or its recovery code. */
export interface UnlockValues {
  unlockKind: 'password' | 'recoveryCode';
  username: string;
  password: string;
  recoveryCode: string;
}

const [openWithPassphrase, openWithIdentity] = backupOpenSchema.options;
const [unlockWithPassword, unlockWithRecovery] = backupUnlockSchema.options;
/** A new backup's passphrase: 12 characters or more. */
export const newPassphraseSchema = backupSecretSchema.options[0].shape.passphrase;
export const NEW_PASSPHRASE_MIN = 12;

export const emptyOpenSecret: OpenSecretValues = { openKind: 'passphrase', passphrase: '', identity: '' };
export const emptyUnlock = (username = ''): UnlockValues => ({ unlockKind: 'password', username, password: '', recoveryCode: '' });

export function pathErrors(path: string, field = 'path'): FormErrors {
  return schemaErrors(z.object({ [field]: absolutePathSchema }), { [field]: path });
}

export function openSecretErrors(values: OpenSecretValues): FormErrors {
  return values.openKind === 'passphrase' ? schemaErrors(openWithPassphrase, toOpen(values)) : schemaErrors(openWithIdentity, toOpen(values));
}

export function unlockErrors(values: UnlockValues): FormErrors {
  return values.unlockKind === 'password' ? schemaErrors(unlockWithPassword, toUnlock(values)) : schemaErrors(unlockWithRecovery, toUnlock(values));
}

export function toOpen(values: OpenSecretValues): z.infer<typeof backupOpenSchema> {
  return values.openKind === 'passphrase' ? { kind: 'passphrase', passphrase: values.passphrase } : { kind: 'identity', identity: values.identity.trim() };
}

export function toUnlock(values: UnlockValues): z.infer<typeof backupUnlockSchema> {
  return values.unlockKind === 'password' ? { username: values.username.trim(), password: values.password } : { recoveryCode: values.recoveryCode.trim() };
}

/** The secrets typed into a form, wiped once they have been sent (they are never kept). */
export const wipedSecrets = { passphrase: '', identity: '', password: '', recoveryCode: '' } as const;
