import { toAsciiUpperCase } from '../validation/asciiUpperCase';

/**
 * Recovery codes: 32 Crockford base32 characters (160 bits) in 8 groups of 4, e.g. `7K3Q-…`.
 * Crockford's alphabet has no I, L, O or U, so a code read aloud or copied by hand survives;
 * input is normalised (case, spaces, dashes, and the look-alikes O→0, I/L→1).
 */
export const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_GROUPS = 8;
export const RECOVERY_GROUP_LENGTH = 4;

export function normaliseRecoveryCode(input: string): string {
  return toAsciiUpperCase(input)
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export function formatRecoveryCode(raw: string): string {
  const groups: string[] = [];
  for (let i = 0; i < raw.length; i += RECOVERY_GROUP_LENGTH) groups.push(raw.slice(i, i + RECOVERY_GROUP_LENGTH));
  return groups.join('-');
}

export function isWellFormedRecoveryCode(input: string): boolean {
  const raw = normaliseRecoveryCode(input);
  return raw.length === RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH && [...raw].every((c) => RECOVERY_ALPHABET.includes(c));
}

/** A freshly generated recovery code, shown once, and which groups the admin must type back. */
export interface RecoveryCodeSheet {
  recoveryCode: string;
  confirmGroups: number[];
}
