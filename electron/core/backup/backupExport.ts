import { existsSync, readFileSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BackupDone } from '../../../shared/backup/backupTypes';
import type { BackupMeta } from '../../../shared/backup/backupFormat';
import { KedangError } from '../../../shared/contract/errors';
import { auditHead } from '../audit/auditLog';
import type { JobContext } from '../jobs/jobRunner';
import type { ArchiveFiles } from './archiveFiles';
import { backupFileName } from './backupName';
import { liveBackups, markRotated, recordBackup } from './backupStore';
import { discardAgeEncryption, startAgeEncryption } from './age';
import { writeBackup, type BackupRecipient, type PendingBackup } from './backupWriter';
import { withSnapshot } from './snapshot';
import { writeEntryFile } from './entryFile';
import type { OnBackupEntry } from './backupContainer';

export interface BackupJobInput {
  folder: string;
  recipient: BackupRecipient;
  secret: 'passphrase' | 'key';
  storeName: string;
  appVersion: string;
  madeBy: { userId: number; name: string };
  keepLast: number;
  files: ArchiveFiles;
}

/** Reports bytes done with the speed since the phase began. */
function phaseReporter(job: JobContext, phase: string) {
  const started = performance.now();
  return (done: number, total: number) => {
    const seconds = (performance.now() - started) / 1000;
    job.progress({ done, total, unit: 'bytes', phase, ...(seconds > 0.05 ? { bytesPerSecond: Math.round(done / seconds) } : {}) });
  };
}

/** The database entry read back is written aside (still encrypted) for SQLite to check; the rest is drained. */
export function keepDatabaseEntry(path: string): OnBackupEntry {
  return async (entry, data) => {
    if (entry.name === 'kedang.db') await writeEntryFile(path, data);
    else for await (const _piece of data) void _piece;
  };
}

function tableCounts(conn: import('better-sqlite3').Database): Record<string, number> {
  const tables = conn.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, conn.prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`).pluck().get() as number]));
}

/**
 * One backup, start to "备份已校验": a snapshot of the live archive (still encrypted under its master
 * key) and its key slots, in one age file written to the target as `…partial-…`; read back in full,
 * every chunk authenticated under this backup's key and the database entry checked by SQLite
 * (quick_check) from the bytes read back; only then does the file get its name. Older backups this
 * app made in that folder beyond the last N are removed. Cancel or failure leaves no finished-looking
 * file and no staged copy.
 */
export async function runBackup(job: JobContext, input: BackupJobInput): Promise<BackupDone> {
  const started = performance.now();
  const conn = job.connect();
  const now = job.clock.now();
  const targetPath = join(input.folder, backupFileName(input.storeName, now));
  job.progress({ done: 0, total: null, unit: 'bytes', phase: 'snapshot' });
  // A passphrase's scrypt (≈ 1 s at 2^18) runs on libuv's pool from here, beside the row counts below.
  const encryption = startAgeEncryption(input.recipient);
  let handedOver = false;
  let snapshotTaken: { pending: PendingBackup; meta: BackupMeta };
  try {
    snapshotTaken = await withSnapshot(
      conn,
      input.files.dbFile,
      async (snapshot) => {
        const head = auditHead(conn);
        const meta: BackupMeta = {
          storeName: input.storeName,
          createdAt: now.toISOString(),
          appVersion: input.appVersion,
          schemaVersion: conn.pragma('user_version', { simple: true }) as number,
          rowCounts: tableCounts(conn),
          auditAnchor: head,
          madeBy: input.madeBy,
        };
        const vaultBytes = readFileSync(input.files.vaultFile);
        // Each phase shows as it starts, not only after its first 4 MiB.
        const onProgress = phaseReporter(job, 'write');
        onProgress(0, snapshot.size + vaultBytes.length);
        handedOver = true;
        const pending = await writeBackup({
          targetPath,
          entries: [
            { name: 'kedang.db', size: snapshot.size, source: snapshot.chunks() },
            { name: 'vault.json', size: vaultBytes.length, source: [vaultBytes] },
          ],
          meta,
          encryption,
          signal: job.signal,
          onProgress,
        });
        return { pending, meta };
      },
      job.signal,
    );
  } finally {
    if (!handedOver) discardAgeEncryption(encryption);
  }
  const { pending, meta } = snapshotTaken;

  const staging = input.files.newStagingDir();
  let published: { path: string; sha256OfFile: string; bytes: number };
  try {
    const readBack = join(staging, 'kedang.db');
    const onProgress = phaseReporter(job, 'verify');
    onProgress(0, pending.bytes);
    await pending.verify({ signal: job.signal, onProgress, onEntry: keepDatabaseEntry(readBack) });
    // One step, reported when it starts and when it ends: how long SQLite's check took shows apart.
    job.progress({ done: 0, total: 1, unit: 'steps', phase: 'integrity' });
    const integrity = await input.files.checkUnderLiveKey(readBack, 'quick_check', job.signal);
    job.progress({ done: 1, total: 1, unit: 'steps', phase: 'integrity' });
    if (!integrity.ok) throw new KedangError('BACKUP_INTEGRITY_FAILED', 'The database read back failed quick_check', { details: { finding: integrity.findings[0] ?? '' } });
    job.throwIfCancelled();
    published = await pending.publish();
  } catch (err) {
    await pending.discard();
    throw err;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }

  // What the archive keeps of it: the history row, the older backups rotated out, the audit entry.
  const at = job.clock.now().toISOString();
  const rotated: string[] = [];
  conn
    .transaction(() => {
      recordBackup(conn, {
        kind: 'backup',
        at,
        path: published.path,
        bytes: published.bytes,
        sha256: published.sha256OfFile,
        verified: true,
        secret: input.secret,
        byUser: input.madeBy.userId,
        snapshotAt: meta.createdAt,
        auditSeq: meta.auditAnchor?.seq ?? null,
        auditHash: meta.auditAnchor?.hash ?? null,
      });
      const here = liveBackups(conn).filter((b) => dirname(b.path) === dirname(published.path));
      for (const old of here.slice(input.keepLast)) {
        // Only a file that is still the one this app wrote (same size) is removed.
        if (existsSync(old.path) && statSync(old.path).size === old.bytes) {
          unlinkSync(old.path);
          rotated.push(old.path);
        }
        markRotated(conn, old.id, at);
      }
    })
    .immediate();
  const seconds = (performance.now() - started) / 1000;
  job.audit({
    actorId: input.madeBy.userId,
    actorName: input.madeBy.name,
    action: 'backup.done',
    targetType: 'backup',
    targetId: null,
    summary: `备份已校验：${published.path}（${Math.round(published.bytes / 1048576)} MB，${input.secret === 'key' ? '备份密钥' : '口令'}加密）${rotated.length ? `；按保留份数移除旧备份 ${rotated.length} 份` : ''}`,
    params: { path: published.path, bytes: published.bytes, sha256: published.sha256OfFile, secret: input.secret, auditSeq: meta.auditAnchor?.seq ?? null, rotated: rotated.length },
  });
  // The restored state is now in a verified backup: the copy kept for 撤销恢复 may go.
  input.files.dropRollback();
  return {
    path: published.path,
    bytes: published.bytes,
    sha256: published.sha256OfFile,
    snapshotAt: meta.createdAt,
    auditAnchor: meta.auditAnchor,
    seconds,
    mbPerSecond: published.bytes / 1048576 / seconds,
    rotated,
  };
}
