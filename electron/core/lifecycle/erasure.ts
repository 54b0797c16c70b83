import type Database from 'better-sqlite3';
import { reindexCustomer } from '../customers/customerStore';

/**
 * Erasing a file's personal data: not flagged, deleted — with `secure_delete` on (every connection
 * sets it, encryptedConnection.ts) SQLite overwrites the freed bytes, and the caller checkpoints the
 * WAL afterwards. What stays is the tombstone: archive number, kind, category, secrecy, dates,
 * retention date and status; the record of the request says why and who approved.
 *
 * Every table that refers to a customer is named here or in KEPT_REFERENCES (a test lists the
 * schema's tables and fails when a new one is in neither).
 */
export const ERASED_TABLES = [
  'customer_phones',
  'consents',
  'intentions',
  'contacts',
  'service_records',
  'feedback',
  'attachments',
  'grade_history',
  'location_history',
  'vehicle_owners',
  'vehicles',
  'search_tokens',
  'duplicate_dismissals',
  'merges',
] as const;

/**
 * References kept on purpose: registers that must outlive the file and hold no personal data of
 * their own (archive numbers, ids, dates): the loan register, the document register, the lifecycle
 * records themselves.
 */
export const KEPT_REFERENCES = ['loan_items', 'documents', 'lifecycle_items'] as const;

export function eraseFile(db: Database.Database, customerId: number, to: 'cleaned' | 'destroyed', byUser: number, now: Date): void {
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
  // Vehicles on this file go with it; another file's service record that named one keeps the record, not the car.
  const cars = db.prepare('SELECT id FROM vehicles WHERE customer_id = ?').pluck().all(customerId) as number[];
  for (const car of cars) {
    run('UPDATE service_records SET vehicle_id = NULL WHERE vehicle_id = ? AND customer_id <> ?', car, customerId);
    run('DELETE FROM vehicle_owners WHERE vehicle_id = ?', car);
  }
  run('DELETE FROM vehicle_owners WHERE customer_id = ?', customerId);
  for (const table of ['customer_phones', 'consents', 'intentions', 'contacts', 'service_records', 'feedback', 'attachments', 'grade_history', 'location_history']) {
    run(`DELETE FROM ${table} WHERE customer_id = ?`, customerId);
  }
  run('DELETE FROM vehicles WHERE customer_id = ?', customerId);
  run('DELETE FROM duplicate_dismissals WHERE customer_a = ? OR customer_b = ?', customerId, customerId);
  // A merge's undo snapshot holds both files as they were: the undo goes with the data.
  run(`UPDATE merges SET snapshot = NULL, undo_until = NULL WHERE survivor_id = ? OR merged_id = ?`, customerId, customerId);
  run(
    `UPDATE customers SET name = '', gender = NULL, birth_date = NULL, id_type = NULL, id_number = NULL, wechat = NULL, email = NULL, address = NULL,
       region = NULL, occupation = NULL, credit_code = NULL, legal_rep = NULL, contact_person = NULL, note = NULL, grade = NULL, owner_id = NULL,
       loc_room = NULL, loc_cabinet = NULL, loc_shelf = NULL, loc_box = NULL, loc_folder = NULL, last_contact_at = NULL, next_contact_at = NULL,
       delivered_at = NULL, restriction_reason = NULL, restricted_at = NULL, restricted_by = NULL, restriction_review_at = NULL, status_before_restriction = NULL,
       status = ?, version = version + 1, updated_at = ?, updated_by = ?
     WHERE id = ?`,
    to,
    now.toISOString(),
    byUser,
    customerId,
  );
  // Only the archive number stays findable.
  reindexCustomer(db, customerId);
  // A duplicate merged into this file kept its name on its tombstone (已并入 …): the name goes too.
  const merged = db.prepare(`SELECT id FROM customers WHERE merged_into = ? AND status = 'merged'`).pluck().all(customerId) as number[];
  for (const id of merged) {
    run(`UPDATE customers SET name = '', contact_person = NULL, updated_at = ?, updated_by = ? WHERE id = ?`, now.toISOString(), byUser, id);
    reindexCustomer(db, id);
  }
}
