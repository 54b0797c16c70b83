import { getTableName } from 'drizzle-orm';
import { attachments, consents, contacts, feedback, gradeHistory, intentions, locationHistory, serviceRecords, vehicleOwners, vehicles } from '../db/schema';

/**
 * Every place in the archive that names a customer file, and what a merge does with it. A record of
 * the customer moves to the survivor ("nothing lost"); a record of the archive's own history (which
 * paper file was lent, which document was printed, what was requested) keeps the file it named, whose
 * tombstone says where it went. tests/integration/merges/mergeReferences.test.ts reads the live
 * schema and fails when a table that names a file is missing here.
 */

/** Records of the customer: re-pointed to the survivor; undo moves the same rows back. */
export const movedTables = [gradeHistory, locationHistory, consents, vehicles, vehicleOwners, intentions, contacts, serviceRecords, feedback, attachments] as const;
export type MovedTable = (typeof movedTables)[number];

export type Handling =
  | { how: 'move' }
  /** Phones: the merged file's numbers the survivor lacks move, duplicates are dropped; undo restores both lists. */
  | { how: 'phones' }
  /** Derived from the files and rebuilt for both (search tokens). */
  | { how: 'rebuild' }
  /** "Not the same customer" judgements: a judgement about the merged file now holds for the survivor. */
  | { how: 'dismissals' }
  | { how: 'keep'; why: string };

export interface Reference {
  table: string;
  column: string;
  handling: Handling;
}

const moved: Reference[] = movedTables.map((t) => ({ table: getTableName(t), column: t.customerId.name, handling: { how: 'move' } }));

export const customerReferences: Reference[] = [
  ...moved,
  { table: 'customer_phones', column: 'customer_id', handling: { how: 'phones' } },
  { table: 'search_tokens', column: 'customer_id', handling: { how: 'rebuild' } },
  { table: 'duplicate_dismissals', column: 'customer_a', handling: { how: 'dismissals' } },
  { table: 'duplicate_dismissals', column: 'customer_b', handling: { how: 'dismissals' } },
  {
    table: 'loan_items',
    column: 'customer_id',
    handling: { how: 'keep', why: 'The register records which paper file was lent; a file with a loan still open is not merged until it is back.' },
  },
  { table: 'documents', column: 'customer_id', handling: { how: 'keep', why: 'The document register records which file a printed document was about, under the number it had then.' } },
  { table: 'lifecycle_items', column: 'customer_id', handling: { how: 'keep', why: 'A cleanup or destruction record names the file it was made for; a file with one pending is not merged.' } },
  { table: 'merges', column: 'survivor_id', handling: { how: 'keep', why: 'Earlier merges are history; undoing one needs its files as that merge left them.' } },
  { table: 'merges', column: 'merged_id', handling: { how: 'keep', why: 'Earlier merges are history; undoing one needs its files as that merge left them.' } },
  { table: 'customers', column: 'merged_into', handling: { how: 'keep', why: 'A tombstone of an earlier merge names the file it went into; that file’s own tombstone leads on.' } },
];

/** The table's name as in the schema (the snapshot and the record count moves by it). */
export function movedTableName(table: MovedTable): string {
  return getTableName(table);
}
