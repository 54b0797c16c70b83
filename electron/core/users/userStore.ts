import type Database from 'better-sqlite3';
import type { Role } from '../../../shared/roles/permissions';
import type { UserSummary } from '../../../shared/users/users';
import { KedangError } from '../../../shared/contract/errors';

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  active: number;
  deleted_at: string | null;
  created_at: string;
  last_login_at: string | null;
}

export interface UserRecord extends UserSummary {
  deletedAt: string | null;
}

function fromRow(r: UserRow): UserRecord {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    active: r.active === 1,
    deletedAt: r.deleted_at,
    createdAt: r.created_at,
    lastLoginAt: r.last_login_at,
  };
}

export function toSummary(u: UserRecord): UserSummary {
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, active: u.active, createdAt: u.createdAt, lastLoginAt: u.lastLoginAt };
}

export function findUser(db: Database.Database, id: number): UserRecord | null {
  const row = db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
  return row ? fromRow(row) : null;
}

/** A user that exists and is not deleted, or NOT_FOUND. */
export function getUser(db: Database.Database, id: number): UserRecord {
  const user = findUser(db, id);
  if (!user || user.deletedAt) throw new KedangError('NOT_FOUND', `No user ${id}`);
  return user;
}

export function findUserByUsername(db: Database.Database, username: string): UserRecord | null {
  const row = db.prepare('SELECT * FROM users WHERE lower(username) = lower(?) AND deleted_at IS NULL').get(username) as UserRow | undefined;
  return row ? fromRow(row) : null;
}

export function listUsers(db: Database.Database): UserRecord[] {
  return (db.prepare('SELECT * FROM users WHERE deleted_at IS NULL ORDER BY id').all() as UserRow[]).map(fromRow);
}

export function insertUser(
  db: Database.Database,
  user: { id?: number; username: string; displayName: string; role: Role },
  now: Date,
): UserRecord {
  // Usernames are never reused, not even after deletion, so audit entries stay unambiguous.
  const taken = db.prepare('SELECT 1 FROM users WHERE lower(username) = lower(?)').get(user.username);
  if (taken) throw new KedangError('USER_EXISTS', 'Username taken', { fields: [{ path: 'username', code: 'USER_EXISTS' }] });
  const result = db
    .prepare('INSERT INTO users (id, username, display_name, role, active, created_at) VALUES (@id, @username, @displayName, @role, 1, @createdAt)')
    .run({ id: user.id ?? null, username: user.username, displayName: user.displayName, role: user.role, createdAt: now.toISOString() });
  return getUser(db, Number(result.lastInsertRowid));
}

export function updateUser(db: Database.Database, id: number, patch: { displayName?: string; role?: Role; active?: boolean }): UserRecord {
  const current = getUser(db, id);
  db.prepare('UPDATE users SET display_name = @displayName, role = @role, active = @active WHERE id = @id').run({
    id,
    displayName: patch.displayName ?? current.displayName,
    role: patch.role ?? current.role,
    active: (patch.active ?? current.active) ? 1 : 0,
  });
  return getUser(db, id);
}

export function markDeleted(db: Database.Database, id: number, now: Date): void {
  db.prepare('UPDATE users SET active = 0, deleted_at = ? WHERE id = ?').run(now.toISOString(), id);
}

export function touchLogin(db: Database.Database, id: number, now: Date): void {
  db.prepare('UPDATE users SET last_login_at = ? WHERE id = ?').run(now.toISOString(), id);
}

export function touchPasswordChanged(db: Database.Database, id: number, now: Date): void {
  db.prepare('UPDATE users SET password_changed_at = ? WHERE id = ?').run(now.toISOString(), id);
}

/** Active system admins other than `exceptId`: there must always be one left. */
export function countOtherActiveAdmins(db: Database.Database, exceptId: number): number {
  const row = db
    .prepare(`SELECT count(*) AS n FROM users WHERE role = 'systemAdmin' AND active = 1 AND deleted_at IS NULL AND id <> ?`)
    .get(exceptId) as { n: number };
  return row.n;
}
