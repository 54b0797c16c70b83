import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { KedangError } from '../../../shared/contract/errors';
import { bech32Decode, bech32Encode } from './bech32';
import { x25519Base } from './sodium';

/**
 * age X25519 keys as text: recipients `age1…` (public, bech32 of the 32-byte point) and identities
 * `AGE-SECRET-KEY-1…` (secret, upper-case bech32 of the 32-byte scalar), in identity files the way
 * `age-keygen` writes them. Scheduled backups encrypt to a recipient; the identity stays offline.
 */
const RECIPIENT_HRP = 'age';
const IDENTITY_HRP = 'age-secret-key-';

export interface AgeKeyPair {
  /** `AGE-SECRET-KEY-1…` */
  identity: string;
  /** `age1…` */
  recipient: string;
}

export function generateAgeIdentity(random: (n: number) => Buffer = nodeRandomBytes): AgeKeyPair {
  const scalar = random(32);
  return { identity: bech32Encode(IDENTITY_HRP, scalar).toUpperCase(), recipient: bech32Encode(RECIPIENT_HRP, x25519Base(scalar)) };
}

export function recipientOfIdentity(identity: string): string {
  return bech32Encode(RECIPIENT_HRP, x25519Base(parseAgeIdentity(identity)));
}

/** The 32-byte X25519 public key of an `age1…` recipient. */
export function parseAgeRecipient(text: string): Buffer {
  const decoded = text.startsWith('age1') ? bech32Decode(text) : null;
  if (!decoded || decoded.hrp !== RECIPIENT_HRP || decoded.data.length !== 32) {
    throw new KedangError('BACKUP_KEY_INVALID', 'Not an age X25519 recipient (age1…)');
  }
  return decoded.data;
}

/** The 32-byte X25519 scalar of an `AGE-SECRET-KEY-1…` identity. */
export function parseAgeIdentity(text: string): Buffer {
  const decoded = text.startsWith('AGE-SECRET-KEY-1') ? bech32Decode(text) : null;
  if (!decoded || decoded.hrp !== IDENTITY_HRP || decoded.data.length !== 32) {
    throw new KedangError('BACKUP_KEY_INVALID', 'Not an age X25519 identity (AGE-SECRET-KEY-1…)');
  }
  return decoded.data;
}

/** Every identity in an identity file: one per line, `#` comments and blank lines skipped, as the age CLI reads `-i`. */
export function parseAgeIdentityFile(text: string): Buffer[] {
  const identities: Buffer[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    identities.push(parseAgeIdentity(line));
  }
  if (identities.length === 0) throw new KedangError('BACKUP_KEY_INVALID', 'The identity file holds no AGE-SECRET-KEY-1 line');
  return identities;
}

/** The identity file `age-keygen` would write: creation time, public key, secret key. */
export function formatAgeIdentityFile(keys: AgeKeyPair, createdAt: Date): string {
  const created = createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `# created: ${created}\n# public key: ${keys.recipient}\n${keys.identity}\n`;
}
