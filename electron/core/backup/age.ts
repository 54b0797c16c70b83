import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { KedangError } from '../../../shared/contract/errors';
import { corrupt, truncated } from './backupErrors';
import { encodeHeader, headerMacMatches, readHeader, type AgeHeader, type Stanza } from './ageHeader';
import { parseAgeIdentityFile, parseAgeRecipient } from './ageKeys';
import { DEFAULT_MAX_WORK_FACTOR, DEFAULT_WORK_FACTOR, FILE_KEY_BYTES, scryptStanza, unwrapWithIdentities, unwrapWithPassphrase, x25519Stanza } from './ageStanzas';
import { openPayload, PAYLOAD_NONCE_BYTES, payloadKey, sealPayload } from './ageStream';
import { ByteReader } from './byteReader';

/**
 * age-encryption.org/v1 in both directions, streaming: header + payload nonce + STREAM.
 * Interoperable with the age CLI and typage (tests/integration/backup prove it both ways).
 */

/** Who can open the file: one passphrase (scrypt, log2 N = workFactor, default 18) or one or more `age1…` recipients. */
export type AgeRecipient = { passphrase: string; workFactor?: number } | { x25519: string[] };
/** What opens it: the passphrase, or identity text (`AGE-SECRET-KEY-1…` lines, an identity file's content). */
export type AgeSecret = { passphrase: string; maxWorkFactor?: number } | { identity: string };

export interface AgeEncryption {
  /** The header and payload nonce: the first bytes of the file. */
  preamble: Buffer;
  fileKey: Buffer;
  payloadKey: Buffer;
}

export async function startAgeEncryption(recipient: AgeRecipient, random: (n: number) => Buffer = nodeRandomBytes): Promise<AgeEncryption> {
  const fileKey = random(FILE_KEY_BYTES);
  let stanzas: Stanza[];
  if ('passphrase' in recipient) {
    if (recipient.passphrase === '') throw new KedangError('INVALID_INPUT', 'The backup passphrase is empty', { fields: [{ path: 'passphrase', code: 'REQUIRED' }] });
    stanzas = [await scryptStanza(fileKey, recipient.passphrase, recipient.workFactor ?? DEFAULT_WORK_FACTOR, random)];
  } else {
    if (recipient.x25519.length === 0) throw new KedangError('BACKUP_KEY_INVALID', 'No age1… recipient given');
    stanzas = recipient.x25519.map((r) => x25519Stanza(fileKey, parseAgeRecipient(r), random));
  }
  const nonce = random(PAYLOAD_NONCE_BYTES);
  return { preamble: Buffer.concat([encodeHeader(stanzas, fileKey), nonce]), fileKey, payloadKey: payloadKey(fileKey, nonce) };
}

/** Encrypts a plaintext stream; yields the preamble, then ~2 MiB ciphertext blocks. */
export async function* encryptAge(plaintext: AsyncIterable<Uint8Array>, recipient: AgeRecipient, options: { signal?: AbortSignal; random?: (n: number) => Buffer } = {}): AsyncGenerator<Buffer> {
  const { preamble, payloadKey: key } = await startAgeEncryption(recipient, options.random);
  yield preamble;
  yield* sealPayload(key, plaintext, options.signal);
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
export async function openAgeStream(reader: ByteReader, fileKeyFor: (header: AgeHeader) => Promise<Buffer>, signal?: AbortSignal): Promise<AsyncGenerator<Buffer>> {
  const header = await readHeader(reader);
  const fileKey = await fileKeyFor(header);
  if (!headerMacMatches(header, fileKey)) throw corrupt('header-mac', 'The age header MAC does not match');
  const nonce = await reader.readExact(PAYLOAD_NONCE_BYTES);
  if (nonce.length < PAYLOAD_NONCE_BYTES) throw truncated('The file ends before the payload nonce');
  return openPayload(payloadKey(fileKey, nonce), reader, signal);
}

/** Decrypts an age stream; resolves once the header is authenticated, then yields plaintext. */
export async function decryptAge(ciphertext: AsyncIterable<Uint8Array>, secret: AgeSecret, options: { signal?: AbortSignal } = {}): Promise<AsyncGenerator<Buffer>> {
  const reader = new ByteReader(ciphertext, options.signal);
  let payload: AsyncGenerator<Buffer>;
  try {
    payload = await openAgeStream(reader, (header) => unwrapAgeFileKey(header, secret), options.signal);
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
