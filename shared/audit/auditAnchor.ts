import { z } from 'zod';

/**
 * An audit anchor: the chain's head at a moment (sequence number + the first 16 hex characters of
 * its hash), short enough to print, copy or read aloud — `#1234 · 3f9a 0c1d 77e2 b845`. Kept outside
 * the database (on paper, in a backup's manifest), it proves later that the chain still holds that
 * entry with that hash, even if someone recomputed every hash after an edit.
 */
export interface AuditAnchor {
  seq: number;
  /** The first 16 hex characters of the entry's hash. */
  hash: string;
}

export const ANCHOR_HASH_LENGTH = 16;

export function formatAnchor(a: AuditAnchor): string {
  const groups = a.hash.slice(0, ANCHOR_HASH_LENGTH).toLowerCase().match(/.{4}/g) ?? [];
  return `#${a.seq} · ${groups.join(' ')}`;
}

const ANCHOR_QR = /^\s*KEDANG-ANCHOR\|([1-9]\d{0,11})\|([0-9a-f]{16})\s*$/i;

/**
 * Reads an anchor as a person types it back from paper (any spacing, case, dots or dashes) or as a
 * scanner types the printed QR code (`KEDANG-ANCHOR|1234|3f9a0c1d77e2b845`).
 */
export function parseAnchor(text: string): AuditAnchor | null {
  const qr = ANCHOR_QR.exec(text);
  if (qr) return { seq: Number(qr[1]), hash: qr[2]!.toLowerCase() };
  const m = /^\s*#?\s*(\d{1,12})\s*[·.:\-\s]\s*((?:[0-9a-f][\s-]*){16,64})\s*$/i.exec(text.normalize('NFKC'));
  if (!m) return null;
  const hash = m[2]!.replace(/[\s-]/g, '').toLowerCase();
  return { seq: Number(m[1]), hash: hash.slice(0, Math.max(ANCHOR_HASH_LENGTH, hash.length)) };
}

/** What a QR code on a printed audit report holds. */
export function anchorQrText(a: AuditAnchor): string {
  return `KEDANG-ANCHOR|${a.seq}|${a.hash.slice(0, ANCHOR_HASH_LENGTH)}`;
}

export const anchorSchema = z
  .object({ seq: z.number().int().positive(), hash: z.string().regex(/^[0-9a-fA-F]{16,64}$/, { message: 'ANCHOR_HASH' }) })
  .strict();

export interface AnchorCheck extends AuditAnchor {
  matches: boolean;
  /** Why it does not: no entry with that number, or a different hash there. */
  problem: 'missing' | 'hashDiffers' | null;
}

export interface AnchorVerifyResult {
  /** The chain recomputed from the start holds together (it may still have been rewritten: that is what anchors catch). */
  chainOk: boolean;
  brokenSeq: number | null;
  anchors: AnchorCheck[];
  /** Where a change lies: after the last anchor that still matches, up to the first that does not. */
  changedRange: { afterSeq: number; upToSeq: number } | null;
}
