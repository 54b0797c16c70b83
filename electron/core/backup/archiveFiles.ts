import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditInput } from '../audit/auditLog';
import { appendAudit } from '../audit/auditLog';
import type { Clock } from '../clock';
import { closeArchiveDb, dbPath, openArchiveDb, type ArchiveDb } from '../db/database';
import { openEncrypted } from '../db/encryptedConnection';
import { latestSchemaVersion } from '../db/migrations';
import { Vault } from '../vault/vault';
import { vaultPath } from '../vault/vaultFile';
import { KedangError } from '../../../shared/contract/errors';
import { checkIntegrity, type IntegrityResult } from './integrity';
import type { BackupMeta } from '../../../shared/backup/backupFormat';
import { recordBackup } from './backupStore';

export type StagedUnlock = { username: string; password: string } | { recoveryCode: string };

/** What a prepared restore is of: the file it came from and its manifest's summary. */
export interface StagedAbout {
  source: { path: string; bytes: number; sha256: string };
  summary: BackupMeta;
}

const STAGING_PREFIX = 'restore-';
const ROLLBACK_DIR = 'rollback';
const ARCHIVE_FILES = ['kedang.db', 'kedang.db-wal', 'kedang.db-shm', 'vault.json'];

/**
 * The archive as files: staging a backup's files inside the data folder (they stay SQLCipher-
 * encrypted; nothing is ever written elsewhere), opening and checking them, swapping them in with
 * the previous archive kept for 撤销恢复. It holds master keys only in memory, and hands none out:
 * callers get connections and check results.
 */
export class ArchiveFiles {
  private readonly staged = new Map<string, { dir: string; key: Buffer; about: StagedAbout | null }>();

  constructor(
    readonly dataDir: string,
    private readonly clock: Clock,
    private readonly liveKey: () => Buffer | null,
    private readonly closeLive: () => void,
    /** scrypt work factor (log2 N) of passphrase backups; tests use a cheaper one. */
    readonly scryptWorkFactor: number = 18,
  ) {
    // Staging folders left by a crash hold an encrypted copy no one will finish: remove them.
    for (const entry of existsSync(dataDir) ? readdirSync(dataDir) : []) {
      if (entry.startsWith(STAGING_PREFIX)) rmSync(join(dataDir, entry), { recursive: true, force: true });
    }
  }

  get dbFile(): string {
    return dbPath(this.dataDir);
  }

  get vaultFile(): string {
    return vaultPath(this.dataDir);
  }

  /** A new folder for one backup's files, inside the data folder. */
  newStagingDir(): string {
    const dir = join(this.dataDir, `${STAGING_PREFIX}${randomBytes(8).toString('hex')}`);
    mkdirSync(dir, { mode: 0o700 });
    return dir;
  }

  /** SQLite's check of a database file made under the live archive's key (a backup read back). */
  checkUnderLiveKey(path: string, check: 'quick_check' | 'integrity_check', signal?: AbortSignal): Promise<IntegrityResult> {
    const key = this.liveKey();
    if (!key) throw new KedangError('NOT_AUTHENTICATED', 'The archive is not open');
    return checkIntegrity(path, key, check, signal);
  }

  /** A staged backup of this very archive opens with the live key; another store's does not (null). */
  openStagedUnderLiveKey(dir: string): ArchiveDb | null {
    const key = this.liveKey();
    if (!key || !Vault.load(dir).holdsKey(key)) return null;
    return { sqlite: openEncrypted(dbPath(dir), key, { readonly: true }), path: dbPath(dir) };
  }

  /**
   * Opens a staged backup with one of its own key slots (a password or its recovery code) and keeps
   * the key for applying it. Refuses a schema newer than this app's; an older one is migrated here,
   * in the staged copy, never in the live archive.
   */
  async unlockStaged(dir: string, unlock: StagedUnlock, about: StagedAbout | null = null): Promise<{ stagingId: string; schemaVersion: number }> {
    const vault = Vault.load(dir);
    const key = 'recoveryCode' in unlock ? await vault.unlockWithRecovery(unlock.recoveryCode) : (await vault.unlockWithPassword(unlock.username, unlock.password))?.masterKey;
    if (!key) throw new KedangError('BACKUP_UNLOCK_INVALID', 'No key slot in the backup opens with that');
    const probe = openEncrypted(dbPath(dir), key, { readonly: true });
    const schemaVersion = probe.pragma('user_version', { simple: true }) as number;
    probe.close();
    if (schemaVersion > latestSchemaVersion) {
      key.fill(0);
      throw new KedangError('BACKUP_SCHEMA_TOO_NEW', 'The backup was made by a newer KeDang', { details: { schemaVersion, knownVersion: latestSchemaVersion } });
    }
    const stagingId = randomBytes(8).toString('hex');
    this.staged.set(stagingId, { dir, key, about });
    return { stagingId, schemaVersion };
  }

  checkStaged(stagingId: string, check: 'quick_check' | 'integrity_check', signal?: AbortSignal): Promise<IntegrityResult> {
    const staged = this.stagedOrThrow(stagingId);
    return checkIntegrity(dbPath(staged.dir), staged.key, check, signal);
  }

  /** Opens the staged copy (migrating an older schema); the caller closes it. */
  openStaged(stagingId: string): ArchiveDb {
    const staged = this.stagedOrThrow(stagingId);
    return openArchiveDb(dbPath(staged.dir), staged.key);
  }

  /** The staged copy as it is (no migration), for reading only. */
  openStagedReadonly(stagingId: string): ArchiveDb {
    const staged = this.stagedOrThrow(stagingId);
    return { sqlite: openEncrypted(dbPath(staged.dir), staged.key, { readonly: true }), path: dbPath(staged.dir) };
  }

  /** Whether a live archive is open (a check then compares against it). */
  liveAvailable(): boolean {
    return this.liveKey() !== null;
  }

  discardStaged(stagingId: string): void {
    const staged = this.staged.get(stagingId);
    if (!staged) return;
    staged.key.fill(0);
    this.staged.delete(stagingId);
    rmSync(staged.dir, { recursive: true, force: true });
  }

  /** What a prepared restore holds, for its confirmation and its audit entries. */
  stagedSummary(stagingId: string): StagedAbout {
    const about = this.stagedOrThrow(stagingId).about;
    if (!about) throw new KedangError('NOT_FOUND', 'No such prepared restore');
    return about;
  }

  private stagedOrThrow(stagingId: string) {
    const staged = this.staged.get(stagingId);
    if (!staged) throw new KedangError('NOT_FOUND', 'No such prepared restore');
    return staged;
  }

  /**
   * Restore's swap: the live archive closes, its files move to `rollback/` (replacing an older
   * rollback), the staged files move in, and the restored archive gets its own entry saying so.
   * Renames within one folder, so each step is atomic; a failure puts the previous archive back.
   */
  applyStaged(stagingId: string, entry: Omit<AuditInput, 'summary'> & { summary: string }): void {
    const staged = this.stagedOrThrow(stagingId);
    this.closeLive();
    const rollback = join(this.dataDir, ROLLBACK_DIR);
    const hadArchive = existsSync(this.dbFile);
    if (hadArchive) {
      rmSync(rollback, { recursive: true, force: true });
      mkdirSync(rollback, { mode: 0o700 });
      this.moveArchive(this.dataDir, rollback);
    }
    try {
      this.moveArchive(staged.dir, this.dataDir);
      this.record(staged.key, entry, (db) => {
        const about = staged.about;
        if (!about) return;
        recordBackup(db, {
          kind: 'restore',
          at: this.clock.now().toISOString(),
          path: about.source.path,
          bytes: about.source.bytes,
          sha256: about.source.sha256,
          verified: true,
          secret: 'passphrase',
          byUser: null,
          snapshotAt: about.summary.createdAt,
          auditSeq: about.summary.auditAnchor?.seq ?? null,
          auditHash: about.summary.auditAnchor?.hash ?? null,
        });
      });
    } catch (err) {
      // Put the previous archive back as it was.
      for (const name of ARCHIVE_FILES) rmSync(join(this.dataDir, name), { force: true });
      if (hadArchive) this.moveArchive(rollback, this.dataDir);
      throw err;
    } finally {
      staged.key.fill(0);
      this.staged.delete(stagingId);
      rmSync(staged.dir, { recursive: true, force: true });
    }
  }

  rollbackAvailable(): boolean {
    return existsSync(join(this.dataDir, ROLLBACK_DIR, 'kedang.db'));
  }

  /** 撤销恢复, first half: the previous archive's key, from its own vault, so it can be told what happened (null if the signer has no slot there). */
  async unlockRollback(unlock: StagedUnlock): Promise<Buffer | null> {
    if (!this.rollbackAvailable()) throw new KedangError('RESTORE_NO_ROLLBACK', 'There is no archive to go back to');
    const vault = Vault.load(join(this.dataDir, ROLLBACK_DIR));
    return ('recoveryCode' in unlock ? await vault.unlockWithRecovery(unlock.recoveryCode) : (await vault.unlockWithPassword(unlock.username, unlock.password))?.masterKey) ?? null;
  }

  /** 撤销恢复, second half: the restored archive is dropped and the previous one comes back, with an entry saying so. */
  swapBackRollback(key: Buffer | null, entry: AuditInput): void {
    if (!this.rollbackAvailable()) throw new KedangError('RESTORE_NO_ROLLBACK', 'There is no archive to go back to');
    const rollback = join(this.dataDir, ROLLBACK_DIR);
    this.closeLive();
    for (const name of ARCHIVE_FILES) rmSync(join(this.dataDir, name), { force: true });
    this.moveArchive(rollback, this.dataDir);
    rmSync(rollback, { recursive: true, force: true });
    if (!key) return;
    try {
      this.record(key, entry);
    } finally {
      key.fill(0);
    }
  }

  /** The next verified backup holds the restored state: the rollback copy is no longer needed. */
  dropRollback(): void {
    rmSync(join(this.dataDir, ROLLBACK_DIR), { recursive: true, force: true });
  }

  private moveArchive(from: string, to: string): void {
    for (const name of ARCHIVE_FILES) {
      if (existsSync(join(from, name))) renameSync(join(from, name), join(to, name));
    }
  }

  private record(key: Buffer, entry: AuditInput, alsoWrite: (db: import('better-sqlite3').Database) => void = () => undefined): void {
    const db = openArchiveDb(this.dbFile, key);
    try {
      db.sqlite
        .transaction(() => {
          alsoWrite(db.sqlite);
          appendAudit(db.sqlite, entry, this.clock.now());
        })
        .immediate();
    } finally {
      closeArchiveDb(db);
    }
  }
}
