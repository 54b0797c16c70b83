import { mkdirSync, rmSync } from 'node:fs';
import type { AppStatus, SessionUser } from '../../../shared/app/status';
import { KedangError } from '../../../shared/contract/errors';
import { roleLabels } from '../../../shared/users/users';
import type { Access } from '../../../shared/contract/channel';
import type { ChannelName } from '../../../shared/contract/channels';
import type { Clock } from '../clock';
import { appendAudit } from '../audit/auditLog';
import { closeArchiveDb, dbPath, openArchiveDb, type ArchiveDb } from '../db/database';
import { LockoutStore } from '../auth/lockout';
import { effectiveMatrix } from '../roles/permissionMatrix';
import { readSettings } from '../settings/settingsStore';
import { getUser, type UserRecord } from '../users/userStore';
import { Vault, type KdfCost } from '../vault/vault';
import { vaultPath } from '../vault/vaultFile';
import type { LockoutEvent } from '../auth/lockout';
import type { FileOpenings, KeyService, PasswordFailure, SessionState } from '../rpc/handler';
import { ArchiveFiles } from '../backup/archiveFiles';

export interface OpenArchive {
  db: ArchiveDb;
  masterKey: Buffer;
  vault: Vault;
}

export interface ArchiveSessionOptions {
  dataDir: string;
  appVersion: string;
  clock: Clock;
  kdfCost?: KdfCost;
  idleLockSeconds?: number;
  backupWorkFactor?: number;
}

/**
 * The open archive and the person at the keyboard. A shop-floor PC has one person at the keyboard at
 * a time, so there is one session per core. Handlers never hold this object: ordinary handlers see
 * the database, the key service and the caller; only auth and setup handlers get its SessionControl.
 */
export class ArchiveSession implements KeyService, FileOpenings {
  readonly dataDir: string;
  readonly appVersion: string;
  readonly clock: Clock;
  readonly kdfCost: KdfCost | undefined;
  readonly lockout: LockoutStore;
  private readonly idleOverrideSeconds: number | undefined;
  private archive: OpenArchive | null = null;
  private current: SessionState | null = null;

  constructor(options: ArchiveSessionOptions) {
    this.dataDir = options.dataDir;
    this.appVersion = options.appVersion;
    this.clock = options.clock;
    this.kdfCost = options.kdfCost;
    this.idleOverrideSeconds = options.idleLockSeconds;
    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    this.lockout = new LockoutStore(this.dataDir, this.clock);
    this.files = new ArchiveFiles(this.dataDir, this.clock, () => this.archive?.masterKey ?? null, () => this.close(), options.backupWorkFactor);
  }

  get openArchive(): OpenArchive | null {
    return this.archive;
  }

  get state(): Readonly<SessionState> | null {
    return this.current;
  }

  isSetUp(): boolean {
    return Vault.exists(this.dataDir);
  }

  /** The vault of the open archive, or the one on disk while nobody is logged in. */
  private vault(): Vault {
    return this.archive?.vault ?? Vault.load(this.dataDir, { cost: this.kdfCost, clock: this.clock });
  }

  /** Opens the encrypted DB with an unwrapped master key and records what happened while it was shut. */
  open(masterKey: Buffer, vault: Vault): OpenArchive {
    if (this.archive) {
      if (this.archive.masterKey.equals(masterKey)) return this.archive;
      this.close();
    }
    const db = openArchiveDb(dbPath(this.dataDir), masterKey);
    this.archive = { db, masterKey, vault };
    const events = this.lockout.drainEvents();
    if (events.length > 0) {
      db.sqlite.transaction(() => {
        for (const event of events) {
          appendAudit(db.sqlite, { actorId: null, actorName: event.username, action: `auth.${event.kind}`, targetType: 'user', targetId: event.username, summary: lockoutEventText(event), params: { username: event.username, at: event.at } }, this.clock.now());
        }
      })();
    }
    return this.archive;
  }

  private closeListeners: Array<() => void> = [];
  /** The archive as files (backup, check, restore); it uses the live key without handing it out. */
  readonly files: ArchiveFiles;

  /** Called just before the archive closes (logout, restore): running jobs are told to stop. */
  onClose(listener: () => void): void {
    this.closeListeners.push(listener);
  }

  /** The open archive's file and key, for a worker thread that reads it on a connection of its own. */
  archiveForWorker(): { path: string; masterKey: Buffer } {
    const archive = this.requireArchive();
    return { path: archive.db.path, masterKey: archive.masterKey };
  }

  /**
   * A second connection to the open archive, for a job that runs beside the call queue (WAL lets it
   * read a consistent snapshot or write in its own transaction). The job closes it when it ends.
   */
  connectAgain(): ArchiveDb {
    const archive = this.requireArchive();
    return openArchiveDb(archive.db.path, archive.masterKey, { migrate: false });
  }

  /** Closes the archive and forgets the master key and the session. */
  close(): void {
    for (const listener of this.closeListeners) listener();
    this.current = null;
    if (!this.archive) return;
    closeArchiveDb(this.archive.db);
    this.archive.masterKey.fill(0);
    this.archive = null;
  }

  // ---- What auth and setup handlers may do (through SessionControl) ----

  async createArchive(firstUser: { userId: number; username: string; password: string }): Promise<{ recoveryCode: string }> {
    if (this.isSetUp()) throw new KedangError('SETUP_ALREADY_DONE', 'This PC already has an archive');
    const { vault, masterKey, recoveryCode } = await Vault.create(this.dataDir, firstUser, { cost: this.kdfCost, clock: this.clock });
    this.open(masterKey, vault);
    return { recoveryCode };
  }

  /** First run left half-done: remove it so the setup can simply be tried again. */
  discardArchive(): void {
    this.close();
    rmSync(vaultPath(this.dataDir), { force: true });
    for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath(this.dataDir) + suffix, { force: true });
  }

  async openWithPassword(username: string, password: string): Promise<number> {
    const proven = await this.provePassword(username, password, 'AUTH_INVALID_CREDENTIALS');
    this.open(proven.masterKey, proven.vault);
    return proven.userId;
  }

  async openWithRecoveryCode(code: string): Promise<boolean> {
    const vault = this.vault();
    const masterKey = await vault.unlockWithRecovery(code);
    if (!masterKey) return false;
    this.open(masterKey, vault);
    return true;
  }

  closeArchive(): void {
    this.close();
  }

  /**
   * Restore's door: closes the archive, lets `swap` replace the files in the data folder, and leaves
   * the archive closed, so the next login opens whatever is there now. Nothing else closes an open
   * archive under a logged-in user.
   */
  replaceArchiveFiles(swap: (files: { db: string; vault: string }) => void): void {
    this.close();
    swap({ db: dbPath(this.dataDir), vault: vaultPath(this.dataDir) });
  }

  startSession(user: UserRecord, recovery: SessionState['recovery'] = null): SessionUser {
    this.current = { userId: user.id, locked: false, lastActivityMs: this.clock.now().getTime(), recovery, openings: new Map() };
    return this.sessionUser()!;
  }

  setRecoveryPending(recovery: SessionState['recovery']): void {
    if (this.current) this.current.recovery = recovery;
  }

  lock(): void {
    if (this.current) {
      this.current.locked = true;
      this.current.openings.clear();
    }
  }

  isOpened(customerId: number): boolean {
    const until = this.current?.openings.get(customerId);
    return until !== undefined && until > this.clock.now().getTime();
  }

  markOpened(customerId: number, until: Date): void {
    this.current?.openings.set(customerId, until.getTime());
  }

  unlockSession(): void {
    if (this.current) {
      this.current.locked = false;
      this.current.lastActivityMs = this.clock.now().getTime();
    }
  }

  noteActivity(): void {
    if (this.current && !this.current.locked) this.current.lastActivityMs = this.clock.now().getTime();
  }

  idleLockSeconds(): number {
    if (this.idleOverrideSeconds !== undefined) return this.idleOverrideSeconds;
    return this.archive ? readSettings(this.archive.db.sqlite).idleLockMinutes * 60 : 600;
  }

  /** Auto-lock: decided here, not in the UI, so a frozen or hostile page cannot keep data visible. */
  lockIfIdle(): void {
    const session = this.current;
    if (!session || session.locked || !this.archive) return;
    const idleMs = this.clock.now().getTime() - session.lastActivityMs;
    if (idleMs < this.idleLockSeconds() * 1000) return;
    session.locked = true;
    session.openings.clear();
    const user = this.sessionUser();
    const db = this.archive.db.sqlite;
    db.transaction(() => {
      appendAudit(db, { actorId: session.userId, actorName: user?.displayName ?? '', action: 'auth.autoLock', targetType: 'user', targetId: session.userId, summary: `无操作 ${Math.round(idleMs / 1000)} 秒`, params: { user: session.userId, seconds: Math.round(idleMs / 1000) } }, this.clock.now());
    })();
  }

  /** The logged-in user with the permissions their role holds right now. */
  sessionUser(): SessionUser | null {
    if (!this.current || !this.archive) return null;
    const db = this.archive.db.sqlite;
    const record = getUser(db, this.current.userId);
    return {
      id: record.id,
      username: record.username,
      displayName: record.displayName,
      role: record.role,
      permissions: [...effectiveMatrix(db)[record.role]],
    };
  }

  /** Checks a channel's access rule for the current session; a refused permission is audited. */
  authorize(channel: ChannelName, access: Access): SessionUser | null {
    if (access === 'public') return this.current && !this.current.locked ? this.sessionUser() : null;
    if (!this.current || !this.archive) throw new KedangError('NOT_AUTHENTICATED', 'Log in first');
    if (this.current.locked) throw new KedangError('SESSION_LOCKED', 'The session is locked');
    const user = this.sessionUser();
    if (!user) throw new KedangError('NOT_AUTHENTICATED', 'Log in first');
    if (access === 'session' || user.permissions.includes(access)) return user;
    const db = this.archive.db.sqlite;
    db.transaction(() => {
      appendAudit(db, { actorId: user.id, actorName: user.displayName, action: 'access.denied', targetType: 'channel', targetId: channel, summary: `需要 ${access} 权限；当前岗位 ${roleLabels[user.role].zh}`, params: { channel, permission: access, role: user.role } }, this.clock.now());
    })();
    throw new KedangError('FORBIDDEN', `${channel} needs ${access}`, { details: { permission: access } });
  }

  status(): AppStatus {
    const session = this.current;
    const phase = !this.isSetUp() ? 'setup' : session && !session.locked && this.archive ? 'ready' : 'locked';
    return {
      phase,
      appVersion: this.appVersion,
      storeName: this.archive ? readSettings(this.archive.db.sqlite).storeName : null,
      user: this.sessionUser(),
      idleLockSeconds: this.idleLockSeconds(),
      recoveryPending: !!session && !session.locked && session.recovery !== null,
    };
  }

  // ---- KeyService: password proofs and key slots, without handing out the master key ----

  /**
   * Proves a password through the vault (the KDF unwraps the master key), with the lockout rule:
   * 5 failures lock the name for 5 minutes, across restarts. Used by login, unlock and sign-off.
   */
  private async provePassword(username: string, password: string, failure: PasswordFailure): Promise<{ userId: number; masterKey: Buffer; vault: Vault }> {
    const status = this.lockout.status(username);
    if (status.locked) {
      throw new KedangError('AUTH_LOCKED_OUT', 'Too many failed attempts', { details: { lockedUntil: status.until?.toISOString() ?? null } });
    }
    const vault = this.vault();
    const unlocked = await vault.unlockWithPassword(username, password);
    if (!unlocked) {
      const after = this.lockout.recordFailure(username);
      if (after.locked) {
        throw new KedangError('AUTH_LOCKED_OUT', 'Too many failed attempts', { details: { lockedUntil: after.until?.toISOString() ?? null } });
      }
      throw new KedangError(failure, 'Wrong username or password');
    }
    this.lockout.recordSuccess(username);
    return { ...unlocked, vault };
  }

  async checkPassword(username: string, password: string, failure: PasswordFailure): Promise<{ userId: number }> {
    const proven = await this.provePassword(username, password, failure);
    // The key stays where it is; a proof only says whose password it was.
    if (!this.archive || !proven.masterKey.equals(this.archive.masterKey)) proven.masterKey.fill(0);
    return { userId: proven.userId };
  }

  recoveryLockout(username: string) {
    return this.lockout.status(`recovery:${username}`);
  }

  recordRecoveryAttempt(username: string, ok: boolean): void {
    if (ok) this.lockout.recordSuccess(`recovery:${username}`);
    else this.lockout.recordFailure(`recovery:${username}`);
  }

  clearLockout(username: string): void {
    this.lockout.recordSuccess(username);
  }

  private requireArchive(): OpenArchive {
    if (!this.archive) throw new KedangError('NOT_AUTHENTICATED', 'The archive is not open');
    return this.archive;
  }

  async setUserSlot(user: { userId: number; username: string; password: string }): Promise<void> {
    const archive = this.requireArchive();
    await archive.vault.setUserSlot(archive.masterKey, user);
  }

  removeUserSlot(userId: number): void {
    this.requireArchive().vault.removeUserSlot(userId);
  }

  async rotateRecovery(): Promise<string> {
    const archive = this.requireArchive();
    return archive.vault.rotateRecovery(archive.masterKey);
  }
}

function lockoutEventText(event: LockoutEvent): string {
  const what = event.kind === 'lockout' ? '连续输错密码，账号锁定' : event.kind === 'failure' ? '密码错误' : '账号锁定期间再次尝试';
  return `${what}（${event.at}）`;
}
