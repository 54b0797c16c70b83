import { createHash } from 'node:crypto';
import type { AuditEntry } from '../../../shared/audit/auditEntry';

/** The hash a chain starts from: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** Every field of an entry but its own hash. */
export type ChainedFields = Omit<AuditEntry, 'hash'>;

/**
 * The canonical form hashed for each entry: a JSON array in a fixed field order, so the hash does
 * not depend on object key order or on how a driver returns rows. Nulls stay null.
 */
export function canonicalForm(e: ChainedFields): string {
  // Entries written before parameters existed keep their v1 form, so old chains still verify.
  if (e.params === null) return JSON.stringify(['kedang-audit-v1', e.seq, e.at, e.actorId, e.actorName, e.action, e.targetType, e.targetId, e.summary, e.prevHash]);
  return JSON.stringify(['kedang-audit-v2', e.seq, e.at, e.actorId, e.actorName, e.action, e.targetType, e.targetId, e.summary, e.params, e.prevHash]);
}

export function entryHash(e: ChainedFields): string {
  return createHash('sha256').update(canonicalForm(e), 'utf8').digest('hex');
}
