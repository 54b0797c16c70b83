import type Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupCheck, RestorePreview } from '../../../shared/backup/backupTypes';
import type { BackupManifest } from '../../../shared/backup/backupFormat';
import { KedangError } from '../../../shared/contract/errors';
import { verifyAudit } from '../audit/auditLog';
import type { JobContext } from '../jobs/jobRunner';
import { cachedStatement } from '../db/statementCache';
import { latestSchemaVersion } from '../db/migrations';
import type { ArchiveFiles, StagedUnlock } from './archiveFiles';
import { readBackup, type BackupSecret } from './backupReader';
import type { OnBackupEntry } from './backupContainer';
import { writeEntryFile } from './entryFile';

/** Writes every entry of a backup being read into the staging folder (still encrypted: the database under its own key). */
function stageEntries(dir: string): OnBackupEntry {
  return (entry, data) => writeEntryFile(join(dir, entry.name), data);
}

/** Decrypts a backup into a staging folder of the data dir; the manifest vouches for the entries only once this resolves. */
async function stage(job: JobContext, files: ArchiveFiles, path: string, secret: BackupSecret): Promise<{ dir: string; manifest: BackupManifest; sha256: string; bytes: number }> {
  const dir = files.newStagingDir();
  try {
    const started = performance.now();
    const read = await readBackup({
      path,
      secret,
      signal: job.signal,
      onEntry: stageEntries(dir),
      onProgress: (done, total) => {
        const seconds = (performance.now() - started) / 1000;
        job.progress({ done, total, unit: 'bytes', phase: 'decrypt', ...(seconds > 0.05 ? { bytesPerSecond: Math.round(done / seconds) } : {}) });
      },
    });
    return { dir, manifest: read.manifest, sha256: read.sha256OfFile, bytes: read.bytes };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

/** The backup's own chain holds together, and holds the head its manifest names (the anchor it carried out). */
function anchorHolds(db: Database.Database, manifest: BackupManifest): boolean {
  const chain = verifyAudit(db);
  const anchor = manifest.meta.auditAnchor;
  if (!chain.ok) return false;
  if (!anchor) return chain.checked === 0;
  const hash = cachedStatement(db, 'SELECT hash FROM audit_log WHERE seq = ?').pluck().get(anchor.seq) as string | undefined;
  return hash === anchor.hash;
}

/**
 * The backup's audit log against the live one, entry by entry up to the backup's head: a backup holds
 * every hash of its time, so an entry edited in the live log since — even with the chain recomputed
 * after it — shows here as the first sequence number whose hash differs.
 */
function compareWithLive(backup: Database.Database, live: Database.Database, upTo: number): { comparedUpTo: number; firstDifferentSeq: number | null } {
  const liveHash = live.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck();
  for (const row of backup.prepare('SELECT seq, hash FROM audit_log WHERE seq <= ? ORDER BY seq').iterate(upTo) as IterableIterator<{ seq: number; hash: string }>) {
    if (liveHash.get(row.seq) !== row.hash) return { comparedUpTo: upTo, firstDifferentSeq: row.seq };
  }
  return { comparedUpTo: upTo, firstDifferentSeq: null };
}

/**
 * 校验备份 without restoring: decrypt, hashes, SQLite's full integrity_check, the backup's own audit
 * chain and anchor, and its audit log compared with the live one. A backup of this archive opens with
 * the live key; one from elsewhere needs one of its own passwords (or its recovery code) to be opened.
 */
export async function checkBackup(job: JobContext, files: ArchiveFiles, path: string, secret: BackupSecret, unlock: StagedUnlock | undefined): Promise<BackupCheck> {
  const staged = await stage(job, files, path, secret);
  let stagingId: string | null = null;
  try {
    job.progress({ done: 0, total: null, unit: 'steps', phase: 'integrity' });
    let db = files.openStagedUnderLiveKey(staged.dir);
    let integrity: 'ok' | 'notChecked' | 'damaged' = 'notChecked';
    if (db) {
      integrity = (await files.checkUnderLiveKey(join(staged.dir, 'kedang.db'), 'integrity_check', job.signal)).ok ? 'ok' : 'damaged';
    } else if (unlock) {
      stagingId = (await files.unlockStaged(staged.dir, unlock)).stagingId;
      integrity = (await files.checkStaged(stagingId, 'integrity_check', job.signal)).ok ? 'ok' : 'damaged';
      db = files.openStagedReadonly(stagingId);
    }
    let holds: boolean | null = null;
    let comparison: BackupCheck['comparison'] = null;
    if (db) {
      try {
        holds = anchorHolds(db.sqlite, staged.manifest);
        const head = staged.manifest.meta.auditAnchor?.seq ?? 0;
        const live = files.liveAvailable() ? job.connect() : null;
        if (live) comparison = compareWithLive(db.sqlite, live, head);
      } finally {
        db.sqlite.close();
      }
    }
    return { path, bytes: staged.bytes, sha256: staged.sha256, summary: staged.manifest.meta, integrity, anchorHolds: holds, comparison };
  } finally {
    if (stagingId) files.discardStaged(stagingId);
    rmSync(staged.dir, { recursive: true, force: true });
  }
}

/**
 * The first half of a restore: the backup decrypted into the data folder, opened with one of its own
 * key slots, checked (integrity_check, its audit chain and anchor), an older schema migrated in the
 * staged copy, a newer one refused. The live archive is untouched; the preview says what would come back.
 */
export async function prepareRestore(job: JobContext, files: ArchiveFiles, path: string, secret: BackupSecret, unlock: StagedUnlock): Promise<RestorePreview> {
  const staged = await stage(job, files, path, secret);
  let stagingId: string | null = null;
  let kept = false;
  try {
    const unlocked = await files.unlockStaged(staged.dir, unlock, { source: { path, bytes: staged.bytes, sha256: staged.sha256 }, summary: staged.manifest.meta });
    stagingId = unlocked.stagingId;
    job.progress({ done: 0, total: null, unit: 'steps', phase: 'integrity' });
    if (!(await files.checkStaged(stagingId, 'integrity_check', job.signal)).ok) throw new KedangError('RESTORE_NOT_READY', 'The backup’s database failed integrity_check', { details: { reason: 'integrity' } });
    const db = files.openStaged(stagingId);
    let holds: boolean;
    try {
      holds = anchorHolds(db.sqlite, staged.manifest);
    } finally {
      db.sqlite.close();
    }
    if (!holds) throw new KedangError('RESTORE_NOT_READY', 'The backup’s audit chain does not hold its anchor', { details: { reason: 'anchor' } });
    const preview: RestorePreview = {
      stagingId,
      summary: staged.manifest.meta,
      schema: { backup: unlocked.schemaVersion, app: latestSchemaVersion, migrates: unlocked.schemaVersion < latestSchemaVersion },
      integrity: 'ok',
      anchorHolds: holds,
    };
    kept = true;
    return preview;
  } finally {
    if (!kept) {
      if (stagingId) files.discardStaged(stagingId);
      rmSync(staged.dir, { recursive: true, force: true });
    }
  }
}
