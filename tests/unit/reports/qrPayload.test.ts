import { describe, expect, it } from 'vitest';
import { anchorQrText, formatAnchor, parseAnchor } from '../../../shared/audit/auditAnchor';
import { documentQrPayload, parseDocumentQr } from '../../../electron/core/reports/qrPayload';

const hash = '3f9a0c1d77e2b845' + 'ab'.repeat(24);

describe('QR payloads', () => {
  it('a document QR holds the serial and the first 32 hex of the content hash, and reads back', () => {
    const payload = documentQrPayload('DOC-2026-000123', hash.toUpperCase());
    expect(payload).toBe(`KEDANG-DOC|DOC-2026-000123|${hash.slice(0, 32)}`);
    expect(parseDocumentQr(payload)).toEqual({ serial: 'DOC-2026-000123', hashPrefix: hash.slice(0, 32) });
  });

  it('refuses a serial that would break the format, and reads nothing from a foreign code', () => {
    for (const serial of ['', 'DOC|1', 'DOC 1', '文档-1', 'x'.repeat(41)]) expect(() => documentQrPayload(serial, hash)).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
    expect(() => documentQrPayload('DOC-1', 'not-hex')).toThrow();
    for (const foreign of ['https://example.com', 'KEDANG-DOC|DOC-1', `KEDANG-DOC|DOC-1|${hash.slice(0, 31)}`, `KEDANG-DOC|DOC-1|${hash.slice(0, 32)}|x`, `KEDANG-ANCHOR|1|${hash.slice(0, 16)}`]) {
      expect(parseDocumentQr(foreign), foreign).toBeNull();
    }
  });

  it('an anchor QR holds the sequence number and the first 16 hex of the head hash', () => {
    const anchor = { seq: 1234, hash };
    expect(anchorQrText(anchor)).toBe('KEDANG-ANCHOR|1234|3f9a0c1d77e2b845');
    expect(parseAnchor(anchorQrText(anchor))).toEqual({ seq: 1234, hash: '3f9a0c1d77e2b845' });
    expect(parseAnchor('KEDANG-ANCHOR|0|3f9a0c1d77e2b845')).toBeNull();
  });

  it('the anchor is printed in groups of four to be read aloud', () => {
    expect(formatAnchor({ seq: 1234, hash })).toBe('#1234 · 3f9a 0c1d 77e2 b845');
    expect(parseAnchor(formatAnchor({ seq: 1234, hash }))).toEqual({ seq: 1234, hash: '3f9a0c1d77e2b845' });
  });
});
