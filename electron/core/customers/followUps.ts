import type Database from 'better-sqlite3';
import { cadenceFromSettings, followUpStatus, type CadenceRules } from '../../../shared/customers/cadence';
import { readSettings } from '../settings/settingsStore';

interface DueInputs {
  id: number;
  grade: string | null;
  last_contact_at: string | null;
  created_at: string;
  delivered_at: string | null;
  next_at: string | null;
}

const inputsSql = `SELECT c.id, c.grade, c.last_contact_at, c.created_at, c.delivered_at,
    (SELECT next_at FROM contacts k WHERE k.customer_id = c.id ORDER BY k.at DESC LIMIT 1) AS next_at
  FROM customers c`;

function dueAt(row: DueInputs, now: Date, cadence: CadenceRules): string | null {
  const grade = row.grade as Parameters<typeof followUpStatus>[0]['grade'];
  return followUpStatus({ grade, lastContactAt: row.last_contact_at, since: row.created_at, nextPlannedAt: row.next_at, delivered: !!row.delivered_at }, now, cadence).dueAt;
}

/** Stores when a file's next follow-up is due, from the store's cadence, its last contact and the planned next one. */
export function refreshFollowUp(db: Database.Database, customerId: number, now: Date): void {
  const row = db.prepare(`${inputsSql} WHERE c.id = ?`).get(customerId) as DueInputs;
  db.prepare('UPDATE customers SET next_contact_at = ? WHERE id = ?').run(dueAt(row, now, cadenceFromSettings(readSettings(db))), customerId);
}

/** After the cadence changed: every active file's due date again (about a second per 100,000 files). Returns how many moved. */
export function refreshAllFollowUps(db: Database.Database, now: Date): number {
  const cadence = cadenceFromSettings(readSettings(db));
  const update = db.prepare('UPDATE customers SET next_contact_at = ? WHERE id = ? AND next_contact_at IS NOT ?');
  // In pages of ids: the connection cannot write while a statement is still iterating.
  const page = db.prepare(`${inputsSql} WHERE c.status = 'active' AND c.id > ? ORDER BY c.id LIMIT 1000`);
  let moved = 0;
  for (let after = 0, rows = page.all(after) as DueInputs[]; rows.length; after = rows.at(-1)!.id, rows = page.all(after) as DueInputs[]) {
    for (const row of rows) {
      const due = dueAt(row, now, cadence);
      moved += update.run(due, row.id, due).changes;
    }
  }
  return moved;
}
