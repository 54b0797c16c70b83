import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * The archive's tables. drizzle-kit generates the SQL migrations from this file
 * (`npm run db:generate`); raw SQL (triggers) lives in hand-written migrations beside them.
 */

/** Store-wide settings as key/value rows (store name, idle lock minutes …). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** Deleted accounts keep their row so audit entries still name them; their key slot is gone. */
    deletedAt: text('deleted_at'),
    createdAt: text('created_at').notNull(),
    lastLoginAt: text('last_login_at'),
    passwordChangedAt: text('password_changed_at'),
  },
  (t) => [uniqueIndex('users_username_unique').on(sql`lower(${t.username})`)],
);

/** Edits of the permission matrix; the defaults live in shared/auth/permissions.ts. */
export const roleGrants = sqliteTable(
  'role_grants',
  {
    role: text('role').notNull(),
    permission: text('permission').notNull(),
    granted: integer('granted', { mode: 'boolean' }).notNull(),
    changedAt: text('changed_at').notNull(),
    changedBy: integer('changed_by').notNull(),
    approvedBy: integer('approved_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.role, t.permission] })],
);

/** Append-only (triggers refuse UPDATE and DELETE) and hash-chained; see electron/core/audit. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey(),
    at: text('at').notNull(),
    actorId: integer('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    summary: text('summary').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_at').on(t.at),
    index('audit_log_actor').on(t.actorId, t.seq),
    index('audit_log_action').on(t.action, t.seq),
    index('audit_log_target').on(t.targetType, t.targetId, t.seq),
  ],
);
