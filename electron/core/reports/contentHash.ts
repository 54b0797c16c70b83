import { createHash } from 'node:crypto';
import { KedangError } from '../../../shared/contract/errors';

/**
 * A printed document's content hash is taken over the data it was rendered from (a PDF cannot
 * hold its own hash). The data is written canonically first, so the hash does not depend on key
 * order or on how a caller built the object:
 * - object keys sorted by UTF-16 code units (as JavaScript sorts), members whose value is
 *   `undefined` left out (as JSON.stringify does); arrays keep their order, `undefined` → null;
 * - strings and finite numbers as JSON.stringify writes them; a Date as its ISO string;
 * - NaN, ±Infinity, bigint, functions and symbols are refused: they have no JSON form.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set());
}

function refuse(what: string): never {
  throw new KedangError('INTERNAL', `canonicalJson: ${what} has no canonical JSON form`);
}

function write(value: unknown, ancestors: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) refuse(String(value));
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      return refuse(typeof value);
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) refuse('an invalid Date');
    return JSON.stringify(value.toISOString());
  }
  if (ancestors.has(value)) refuse('a cycle');
  ancestors.add(value);
  let json: string;
  if (Array.isArray(value)) {
    json = `[${value.map((item) => (item === undefined ? 'null' : write(item, ancestors))).join(',')}]`;
  } else {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${write(record[key], ancestors)}`);
    json = `{${members.join(',')}}`;
  }
  ancestors.delete(value);
  return json;
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** SHA-256 (hex) of the canonical JSON of `data`, as UTF-8. */
export function contentHash(data: unknown): string {
  return sha256(canonicalJson(data));
}
