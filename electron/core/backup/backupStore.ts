import type Database from 'better-sqlite3';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { BackupRecord } from '../../../shared/backup/backupTypes';
import { ormOf } from '../db/orm';
import { backupHistory, users } from '../db/schema';

type NewRecord = typeof backupHistory.$inferInsert;

export function recordBackup(db: Database.Database, r: NewRecord): number {
  return ormOf(db).insert(backupHistory).values(r).returning({ id: backupHistory.id }).get().id;
}

export function backupRecords(db: Database.Database, limit: number): BackupRecord[] {
  return ormOf(db)
    .select({
      id: backupHistory.id,
      kind: backupHistory.kind,
      at: backupHistory.at,
      path: backupHistory.path,
      bytes: backupHistory.bytes,
      sha256: backupHistory.sha256,
      verified: backupHistory.verified,
      secret: backupHistory.secret,
      byName: users.displayName,
      snapshotAt: backupHistory.snapshotAt,
      auditSeq: backupHistory.auditSeq,
      rotatedAt: backupHistory.rotatedAt,
    })
    .from(backupHistory)
    .leftJoin(users, eq(users.id, backupHistory.byUser))
    .orderBy(desc(backupHistory.id))
    .limit(limit)
    .all();
}

/** The newest backup that was read back and found whole. */
export function lastVerifiedBackup(db: Database.Database): { at: string } | null {
  return ormOf(db).select({ at: backupHistory.at }).from(backupHistory).where(and(eq(backupHistory.kind, 'backup'), eq(backupHistory.verified, true))).orderBy(desc(backupHistory.id)).limit(1).get() ?? null;
}

/** Backups this app wrote that are still where it put them, newest first. */
export function liveBackups(db: Database.Database): Array<{ id: number; at: string; path: string; bytes: number }> {
  return ormOf(db)
    .select({ id: backupHistory.id, at: backupHistory.at, path: backupHistory.path, bytes: backupHistory.bytes })
    .from(backupHistory)
    .where(and(eq(backupHistory.kind, 'backup'), eq(backupHistory.verified, true), isNull(backupHistory.rotatedAt)))
    .orderBy(desc(backupHistory.id))
    .all();
}

export function markRotated(db: Database.Database, id: number, at: string): void {
  ormOf(db).update(backupHistory).set({ rotatedAt: at }).where(eq(backupHistory.id, id)).run();
}

