import { scrypt } from 'node:crypto';
import { KedangError } from '../../../shared/contract/errors';
import { corrupt } from './backupErrors';
import { decodeBase64, encodeBase64, hkdfSha256, type Stanza } from './ageHeader';
import { openInto, sealInPlace, x25519, x25519Base } from './sodium';

/**
 * The two recipient types: a passphrase (scrypt stanza, alone in its header) and X25519 keys.
 * Each stanza carries the 16-byte file key sealed with ChaCha20-Poly1305 under a zero nonce.
 */
export const FILE_KEY_BYTES = 16;
/** The age CLI's default; about a second and 256 MiB on a shop-floor PC. */
export const DEFAULT_WORK_FACTOR = 18;
/** Highest scrypt log2(N) we agree to spend on a file we read (2^20 × 1 KiB = 1 GiB of memory), as typage. */
export const DEFAULT_MAX_WORK_FACTOR = 20;

const SCRYPT_LABEL = 'age-encryption.org/v1/scrypt';
const X25519_LABEL = 'age-encryption.org/v1/X25519';
const ZERO_NONCE = Buffer.alloc(12);
const SCRYPT_R = 8;

function wrapFileKey(wrapKey: Buffer, fileKey: Buffer): Buffer {
  const body = Buffer.alloc(FILE_KEY_BYTES + 16);
  fileKey.copy(body);
  sealInPlace(wrapKey, ZERO_NONCE, body.subarray(0, FILE_KEY_BYTES), body.subarray(FILE_KEY_BYTES));
  return body;
}

function unwrapFileKey(wrapKey: Buffer, body: Buffer): Buffer | null {
  const fileKey = Buffer.alloc(FILE_KEY_BYTES);
  return openInto(wrapKey, ZERO_NONCE, body.subarray(0, FILE_KEY_BYTES), body.subarray(FILE_KEY_BYTES), fileKey) ? fileKey : null;
}

/** scrypt runs in libuv's thread pool, so a 2^18 derivation does not freeze the main process. */
function scryptKey(passphrase: string, salt: Buffer, logN: number): Promise<Buffer> {
  const N = 2 ** logN;
  const maxmem = 128 * SCRYPT_R * (N + 3) + 1024 * 1024;
  const labelled = Buffer.concat([Buffer.from(SCRYPT_LABEL, 'latin1'), salt]);
  // The passphrase's UTF-8 bytes exactly as typed (no normalisation), as the age CLI derives them.
  return new Promise((resolve, reject) =>
    scrypt(Buffer.from(passphrase, 'utf8'), labelled, 32, { N, r: SCRYPT_R, p: 1, maxmem }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export function checkWorkFactor(logN: number): void {
  if (!Number.isInteger(logN) || logN < 1 || logN > DEFAULT_MAX_WORK_FACTOR) {
    throw new KedangError('INTERNAL', `scrypt work factor must be an integer from 1 to ${DEFAULT_MAX_WORK_FACTOR}`);
  }
}

/** The stanza's shape before scrypt has run: same length as the real one (the header's length is known early). */
export function scryptStanzaTemplate(salt: Buffer, logN: number): Stanza {
  return { args: ['scrypt', encodeBase64(salt), String(logN)], body: Buffer.alloc(FILE_KEY_BYTES + 16) };
}

export async function scryptStanza(fileKey: Buffer, passphrase: string, logN: number, salt: Buffer): Promise<Stanza> {
  checkWorkFactor(logN);
  return { ...scryptStanzaTemplate(salt, logN), body: wrapFileKey(await scryptKey(passphrase, salt, logN), fileKey) };
}

function x25519WrapKey(sharedSecret: Buffer, share: Buffer, recipient: Buffer): Buffer {
  return hkdfSha256(sharedSecret, Buffer.concat([share, recipient]), X25519_LABEL);
}

export function x25519Stanza(fileKey: Buffer, recipient: Buffer, random: (n: number) => Buffer): Stanza {
  const ephemeral = random(32);
  const share = x25519Base(ephemeral);
  const secret = x25519(ephemeral, recipient);
  if (!secret) throw new KedangError('BACKUP_KEY_INVALID', 'The recipient is a low-order X25519 point');
  return { args: ['X25519', encodeBase64(share)], body: wrapFileKey(x25519WrapKey(secret, share, recipient), fileKey) };
}

export async function unwrapWithPassphrase(stanzas: Stanza[], passphrase: string, maxWorkFactor: number): Promise<Buffer> {
  const stanza = stanzas.find((s) => s.args[0] === 'scrypt');
  if (!stanza) throw new KedangError('BACKUP_WRONG_SECRET', 'This file is encrypted to key files, not a passphrase', { details: { needs: 'identity' } });
  if (stanzas.length !== 1) throw corrupt('stanza', 'A scrypt stanza must be the only one in the header');
  const [, saltText, logNText] = stanza.args;
  const salt = stanza.args.length === 3 ? decodeBase64(saltText!) : null;
  if (!salt || salt.length !== 16 || !/^[1-9][0-9]*$/.test(logNText!) || stanza.body.length !== 32) {
    throw corrupt('stanza', 'Malformed scrypt stanza');
  }
  const logN = Number(logNText);
  if (logN > maxWorkFactor) {
    throw new KedangError('BACKUP_WORK_FACTOR_TOO_HIGH', `scrypt work factor ${logN} is above the cap of ${maxWorkFactor}`, { details: { workFactor: logN, maxWorkFactor } });
  }
  const fileKey = unwrapFileKey(await scryptKey(passphrase, salt, logN), stanza.body);
  if (!fileKey) throw new KedangError('BACKUP_WRONG_SECRET', 'Wrong passphrase', { details: { needs: 'passphrase' } });
  return fileKey;
}

/** Tries every X25519 stanza with every identity (32-byte scalars); other stanza types are not ours and are skipped. */
export function unwrapWithIdentities(stanzas: Stanza[], identities: Buffer[]): Buffer {
  if (stanzas.some((s) => s.args[0] === 'scrypt')) {
    throw new KedangError('BACKUP_WRONG_SECRET', 'This file is encrypted to a passphrase, not key files', { details: { needs: 'passphrase' } });
  }
  const keys = identities.map((scalar) => ({ scalar, publicKey: x25519Base(scalar) }));
  for (const stanza of stanzas) {
    if (stanza.args[0] !== 'X25519') continue;
    const share = stanza.args.length === 2 ? decodeBase64(stanza.args[1]!) : null;
    if (!share || share.length !== 32 || stanza.body.length !== 32) throw corrupt('stanza', 'Malformed X25519 stanza');
    for (const key of keys) {
      const secret = x25519(key.scalar, share);
      if (!secret) throw corrupt('stanza', 'X25519 stanza with a low-order share');
      const fileKey = unwrapFileKey(x25519WrapKey(secret, share, key.publicKey), stanza.body);
      if (fileKey) return fileKey;
    }
  }
  throw new KedangError('BACKUP_WRONG_SECRET', 'None of these identities opens this file', { details: { needs: 'identity' } });
}
