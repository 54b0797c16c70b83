import { KedangError } from '../../../shared/contract/errors';

/**
 * What the QR codes on printed documents hold, as text a phone or `zbarimg` reads back:
 *
 *   KEDANG-DOC|<serial>|<32 hex>      on every page: the document register's serial and the first
 *                                     128 bits of the document's content hash (contentHash.ts)
 *   KEDANG-ANCHOR|<seq>|<16 hex>      on audit reports: the audit chain's head, sequence number
 *                                     and the first 64 bits of its hash
 *
 * Fields are separated by `|`, which a serial may not contain; hex is lower case.
 */
export const DOCUMENT_QR_PREFIX = 'KEDANG-DOC';
export const ANCHOR_QR_PREFIX = 'KEDANG-ANCHOR';
export const DOCUMENT_HASH_CHARS = 32;
export const ANCHOR_HASH_CHARS = 16;

const SERIAL = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$/;
const HEX = /^[0-9a-f]+$/;

export function assertSerial(serial: string): void {
  if (!SERIAL.test(serial)) throw new KedangError('INTERNAL', `Not a document serial: ${JSON.stringify(serial)}`);
}

function hexPrefix(hash: string, chars: number): string {
  const hex = hash.toLowerCase();
  if (hex.length < chars || !HEX.test(hex)) throw new KedangError('INTERNAL', 'Not a hex digest');
  return hex.slice(0, chars);
}

export function documentQrPayload(serial: string, contentHash: string): string {
  assertSerial(serial);
  return `${DOCUMENT_QR_PREFIX}|${serial}|${hexPrefix(contentHash, DOCUMENT_HASH_CHARS)}`;
}

export function parseDocumentQr(payload: string): { serial: string; hashPrefix: string } | null {
  const [prefix, serial, hash, ...rest] = payload.trim().split('|');
  if (prefix !== DOCUMENT_QR_PREFIX || rest.length || !serial || !SERIAL.test(serial) || !hash || hash.length !== DOCUMENT_HASH_CHARS || !HEX.test(hash)) return null;
  return { serial, hashPrefix: hash };
}

export interface AuditAnchor {
  seq: number;
  hash: string;
}

export function anchorQrPayload(anchor: AuditAnchor): string {
  return `${ANCHOR_QR_PREFIX}|${anchor.seq}|${hexPrefix(anchor.hash, ANCHOR_HASH_CHARS)}`;
}

export function parseAnchorQr(payload: string): { seq: number; hashPrefix: string } | null {
  const [prefix, seq, hash, ...rest] = payload.trim().split('|');
  if (prefix !== ANCHOR_QR_PREFIX || rest.length || !seq || !/^[1-9]\d*$/.test(seq) || !hash || hash.length !== ANCHOR_HASH_CHARS || !HEX.test(hash)) return null;
  return { seq: Number(seq), hashPrefix: hash };
}

/** The anchor as printed to be read aloud: `#1234 · 3f9a 0c1d 77e2 b845`. */
export function anchorReading(anchor: AuditAnchor): string {
  const hex = hexPrefix(anchor.hash, ANCHOR_HASH_CHARS);
  return `#${anchor.seq} · ${hex.match(/.{4}/g)!.join(' ')}`;
}
