import { KedangError } from '../../../shared/contract/errors';

/**
 * What the QR codes on printed documents hold, as text a phone or `zbarimg` reads back:
 *
 *   KEDANG-DOC|<serial>|<32 hex>      on every page: the document register's serial and the first
 *                                     128 bits of the document's content hash (contentHash.ts)
 *   KEDANG-ANCHOR|<seq>|<16 hex>      on audit reports: the audit chain's anchor (shared/audit/auditAnchor.ts)
 *
 * Fields are separated by `|`, which a serial may not contain; hex is lower case.
 */
export const DOCUMENT_QR_PREFIX = 'KEDANG-DOC';
export const DOCUMENT_HASH_CHARS = 32;

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
