import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { KedangError } from '../../../shared/contract/errors';
import { corrupt, truncated } from './backupErrors';
import { encodeHeader, headerMacMatches, readHeader, type AgeHeader, type Stanza } from './ageHeader';
import { parseAgeIdentityFile, parseAgeRecipient } from './ageKeys';
import {
  checkWorkFactor,
  DEFAULT_MAX_WORK_FACTOR,
  DEFAULT_WORK_FACTOR,
  FILE_KEY_BYTES,
  scryptStanza,
  scryptStanzaTemplate,
  unwrapWithIdentities,
  unwrapWithPassphrase,
  x25519Stanza,
} from './ageStanzas';
import { openPayload, PAYLOAD_NONCE_BYTES, payloadKey, sealPayload } from './ageStream';
import { ByteReader } from './byteReader';
import { wipe } from './sodium';

/**
 * age-encryption.org/v1 in both directions, streaming: header + payload nonce + STREAM.
 * Interoperable with the age CLI and typage (tests/integration/backup prove it both ways).
 */

/** Who can open the file: one passphrase (scrypt, log2 N = workFactor, default 18) or one or more `age1…` recipients. */
export type AgeRecipient = { passphrase: string; workFactor?: number } | { x25519: readonly string[] };
/** What opens it: the passphrase, or identity text (`AGE-SECRET-KEY-1…` lines, an identity file's content). */
export type AgeSecret = { passphrase: string; maxWorkFactor?: number } | { identity: string };

export interface AgeEncryption {
  /**
   * The header and payload nonce, the file's first bytes. For a passphrase it waits for scrypt
   * (libuv's thread pool); the payload does not depend on it, so it can be written meanwhile.
   */
  preamble: Promise<Buffer>;
  /** Known at once: the scrypt stanza's length does not depend on its content. */
  preambleLength: number;
  fileKey: Buffer;
  payloadKey: Buffer;
}

export function startAgeEncryption(recipient: AgeRecipient, random: (n: number) => Buffer = nodeRandomBytes): AgeEncryption {
  const fileKey = random(FILE_KEY_BYTES);
  const nonce = random(PAYLOAD_NONCE_BYTES);
  const withNonce = (stanzas: Stanza[]) => Buffer.concat([encodeHeader(stanzas, fileKey), nonce]);
  if ('passphrase' in recipient) {
    if (recipient.passphrase === '') throw new KedangError('INVALID_INPUT', 'The backup passphrase is empty', { fields: [{ path: 'passphrase', code: 'REQUIRED' }] });
    const logN = recipient.workFactor ?? DEFAULT_WORK_FACTOR;
    checkWorkFactor(logN);
    const salt = random(16);
    const preamble = scryptStanza(fileKey, recipient.passphrase, logN, salt).then((stanza) => withNonce([stanza]));
    // Awaited later by the writer; a rejection before then is not "unhandled".
    preamble.catch(() => undefined);
    return { preamble, preambleLength: withNonce([scryptStanzaTemplate(salt, logN)]).length, fileKey, payloadKey: payloadKey(fileKey, nonce) };
  }
  if (recipient.x25519.length === 0) throw new KedangError('BACKUP_KEY_INVALID', 'No age1… recipient given');
  const preamble = withNonce(recipient.x25519.map((r) => x25519Stanza(fileKey, parseAgeRecipient(r), random)));
  return { preamble: Promise.resolve(preamble), preambleLength: preamble.length, fileKey, payloadKey: payloadKey(fileKey, nonce) };
}

/** Forgets the keys of an encryption that will not be used (a backup that stopped before writing). */
export function discardAgeEncryption(encryption: AgeEncryption): void {
  wipe(encryption.fileKey);
  wipe(encryption.payloadKey);
}

/** Encrypts a plaintext stream; yields the preamble, then ~2 MiB ciphertext blocks. */
export async function* encryptAge(plaintext: AsyncIterable<Uint8Array>, recipient: AgeRecipient, options: { signal?: AbortSignal; random?: (n: number) => Buffer } = {}): AsyncGenerator<Buffer> {
  const encryption = startAgeEncryption(recipient, options.random);
  yield await encryption.preamble;
  yield* sealPayload(encryption.payloadKey, plaintext, { signal: options.signal });
}

/** The file key from the header's stanzas, MAC not yet checked. */
export async function unwrapAgeFileKey(header: AgeHeader, secret: AgeSecret): Promise<Buffer> {
  return 'passphrase' in secret
    ? unwrapWithPassphrase(header.stanzas, secret.passphrase, secret.maxWorkFactor ?? DEFAULT_MAX_WORK_FACTOR)
    : unwrapWithIdentities(header.stanzas, parseAgeIdentityFile(secret.identity));
}

/**
 * Reads and authenticates the header (the file key comes from `fileKeyFor`), then the payload
 * nonce; returns the plaintext stream. Errors about the secret or the header surface here, before
 * any plaintext.
 */
export async function openAgeStream(
  reader: ByteReader,
  fileKeyFor: (header: AgeHeader) => Promise<Buffer>,
  options: { signal?: AbortSignal; reuseOutput?: boolean } = {},
): Promise<AsyncGenerator<Buffer>> {
  const header = await readHeader(reader);
  const fileKey = await fileKeyFor(header);
  if (!headerMacMatches(header, fileKey)) throw corrupt('header-mac', 'The age header MAC does not match');
  const nonce = await reader.readExact(PAYLOAD_NONCE_BYTES);
  if (nonce.length < PAYLOAD_NONCE_BYTES) throw truncated('The file ends before the payload nonce');
  return openPayload(payloadKey(fileKey, nonce), reader, options);
}

/** Decrypts an age stream; resolves once the header is authenticated, then yields plaintext. */
export async function decryptAge(ciphertext: AsyncIterable<Uint8Array>, secret: AgeSecret, options: { signal?: AbortSignal } = {}): Promise<AsyncGenerator<Buffer>> {
  const reader = new ByteReader(ciphertext, options.signal);
  let payload: AsyncGenerator<Buffer>;
  try {
    payload = await openAgeStream(reader, (header) => unwrapAgeFileKey(header, secret), { signal: options.signal });
  } catch (err) {
    await reader.close();
    throw err;
  }
  return (async function* () {
    try {
      yield* payload;
    } finally {
      await reader.close();
    }
  })();
}
