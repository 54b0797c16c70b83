import { createHmac, timingSafeEqual } from 'node:crypto';
import { KedangError } from '../../../shared/contract/errors';
import { corrupt, truncated } from './backupErrors';
import type { ByteReader } from './byteReader';

/**
 * The age v1 header (age-encryption.org/v1): the version line, one stanza per recipient
 * (`-> type args…` then the body in unpadded base64 wrapped at 64 columns, its last line always
 * shorter than 64), and `--- ` + HMAC-SHA256 over everything up to and including `---`, keyed by
 * HKDF(file key, no salt, "header"). Parsing is strict: canonical base64, LF only, printable ASCII.
 */
export const AGE_VERSION_LINE = 'age-encryption.org/v1';
const ARMOR_LINE = '-----BEGIN AGE ENCRYPTED FILE-----';
const COLUMNS = 64;
const MAX_LINE = 8 * 1024;
const MAX_HEADER = 1024 * 1024;

export interface Stanza {
  /** args[0] is the stanza type (`scrypt`, `X25519`, …). */
  args: string[];
  body: Buffer;
}

export interface AgeHeader {
  stanzas: Stanza[];
  /** The bytes the MAC covers: from the version line through `---`. */
  macInput: Buffer;
  mac: Buffer;
  /** The whole header as it was in the file, MAC line included. */
  bytes: Buffer;
}

/**
 * HKDF-SHA256 (RFC 5869) over HMAC, for at most 32 bytes (one expand block: all age needs). Built on
 * HMAC rather than crypto.hkdfSync so it rests only on what every BoringSSL-based Node has.
 */
export function hkdfSha256(ikm: Uint8Array, salt: Uint8Array, info: string, length = 32): Buffer {
  if (length > 32) throw new Error('hkdfSha256 gives at most 32 bytes');
  const prk = createHmac('sha256', salt.length > 0 ? salt : Buffer.alloc(32)).update(ikm).digest();
  return createHmac('sha256', prk).update(info, 'latin1').update(Buffer.from([1])).digest().subarray(0, length);
}

export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64').replace(/=+$/, '');
}

/** Unpadded standard base64, canonical only (Node's decoder alone would accept almost anything). */
export function decodeBase64(text: string): Buffer | null {
  if (!/^[A-Za-z0-9+/]*$/.test(text) || text.length % 4 === 1) return null;
  const bytes = Buffer.from(text, 'base64');
  return encodeBase64(bytes) === text ? bytes : null;
}

function headerMac(fileKey: Uint8Array, macInput: Buffer): Buffer {
  return createHmac('sha256', hkdfSha256(fileKey, Buffer.alloc(0), 'header')).update(macInput).digest();
}

export function encodeHeader(stanzas: Stanza[], fileKey: Uint8Array): Buffer {
  let text = `${AGE_VERSION_LINE}\n`;
  for (const stanza of stanzas) {
    text += `-> ${stanza.args.join(' ')}\n`;
    const body = encodeBase64(stanza.body);
    for (let i = 0; i < body.length; i += COLUMNS) text += `${body.slice(i, i + COLUMNS)}\n`;
    if (body.length % COLUMNS === 0) text += '\n';
  }
  const macInput = Buffer.from(`${text}---`, 'latin1');
  return Buffer.concat([macInput, Buffer.from(` ${encodeBase64(headerMac(fileKey, macInput))}\n`, 'latin1')]);
}

export function headerMacMatches(header: AgeHeader, fileKey: Uint8Array): boolean {
  return timingSafeEqual(headerMac(fileKey, header.macInput), header.mac);
}

/** Reads the header and leaves the reader at the first byte after it (the payload nonce). */
export async function readHeader(reader: ByteReader): Promise<AgeHeader> {
  const lines: Buffer[] = [];
  let size = 0;
  const nextLine = async (): Promise<string> => {
    const line = await reader.readLine(MAX_LINE);
    if (line === 'end') throw truncated('The file ends inside the age header');
    if (line === 'too-long') throw corrupt('header-syntax', 'An age header line is too long');
    size += line.length + 1;
    if (size > MAX_HEADER) throw corrupt('header-syntax', 'The age header is too large');
    for (const byte of line) if (byte < 0x20 || byte > 0x7e) throw corrupt('header-syntax', 'The age header holds a byte that is not printable ASCII');
    lines.push(line);
    return line.toString('latin1');
  };

  const first = await reader.readLine(ARMOR_LINE.length);
  if (first === 'end') {
    // Nothing but a piece of the version line: the start of an age file, cut short.
    const head = (await reader.readExact(AGE_VERSION_LINE.length)).toString('latin1');
    if (head.length > 0 && AGE_VERSION_LINE.startsWith(head)) throw truncated('The file ends inside the age version line');
    throw new KedangError('BACKUP_NOT_AGE', 'Not an age v1 file');
  }
  if (first === 'too-long' || first.toString('latin1') !== AGE_VERSION_LINE) {
    const armored = first !== 'too-long' && first.toString('latin1').startsWith(ARMOR_LINE);
    throw new KedangError('BACKUP_NOT_AGE', armored ? 'ASCII-armored age files are not backups' : 'Not an age v1 file');
  }
  lines.push(first);
  size += first.length + 1;

  const stanzas: Stanza[] = [];
  for (;;) {
    const line = await nextLine();
    if (line.startsWith('---')) {
      const match = /^--- ([A-Za-z0-9+/]{43})$/.exec(line);
      const mac = match ? decodeBase64(match[1]!) : null;
      if (!mac) throw corrupt('header-syntax', 'The age header MAC line is malformed');
      lines.pop();
      const macInput = Buffer.concat([...lines.flatMap((l) => [l, Buffer.from('\n')]), Buffer.from('---')]);
      return { stanzas, macInput, mac, bytes: Buffer.concat([macInput, Buffer.from(line.slice(3) + '\n', 'latin1')]) };
    }
    if (!line.startsWith('-> ')) throw corrupt('header-syntax', 'Expected a stanza or the MAC line in the age header');
    const args = line.slice(3).split(' ');
    if (args.some((a) => a.length === 0)) throw corrupt('header-syntax', 'An age stanza has an empty argument');
    const body: Buffer[] = [];
    for (;;) {
      const bodyLine = await nextLine();
      const bytes = bodyLine.length <= COLUMNS ? decodeBase64(bodyLine) : null;
      if (!bytes) throw corrupt('header-syntax', 'An age stanza body line is not canonical base64 of at most 64 columns');
      body.push(bytes);
      if (bodyLine.length < COLUMNS) break;
    }
    stanzas.push({ args, body: Buffer.concat(body) });
  }
}
