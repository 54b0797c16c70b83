import { mkdirSync } from 'node:fs';
import type { AppStatus, SessionUser } from '../../shared/app/status';
import type { Access } from '../../shared/contract/channel';
import type { ChannelName } from '../../shared/contract/channels';
import { KedangError, type Envelope } from '../../shared/contract/errors';
import { roleLabels } from '../../shared/users/users';
import { systemClock, type Clock } from './clock';
import { appendAudit } from './audit/auditLog';
import { closeArchiveDb, dbPath, openArchiveDb, type ArchiveDb } from './db/database';
import { LockoutStore } from './auth/lockout';
import { effectiveMatrix } from './roles/permissionMatrix';
import { readSettings } from './settings/settingsStore';
import { getUser, type UserRecord } from './users/userStore';
import { Vault, type KdfCost } from './vault/vault';
import { dispatch } from './rpc/dispatch';
import { handlers } from './rpc/handlers';

export interface CoreOptions {
  dataDir: string;
  appVersion: string;
  clock?: Clock;
  /** Cheaper KDF for tests; production uses the vault's default (≥ 250 ms). */
  kdfCost?: KdfCost;
  /** Overrides the stored idle auto-lock minutes (the e2e tests use a few seconds). */
  idleLockSeconds?: number;
}

export interface OpenArchive {
  db: ArchiveDb;
  masterKey: Buffer;
  vault: Vault;
}

interface Session {
  userId: number;
  locked: boolean;
  lastActivityMs: number;
  /** A recovery code shown in this session that the admin has not typed back yet. */
  recovery: { code: string; groups: number[] } | null;
}

/**
 * The application behind the contract: one instance per data directory. A shop-floor PC has one
 * person at the keyboard at a time, so the session lives here, and calls run one after another.
 */
export class Core {
  readonly dataDir: string;
  readonly appVersion: string;
  readonly clock: Clock;
  readonly kdfCost: KdfCost | undefined;
  readonly lockout: LockoutStore;
  private readonly idleOverrideSeconds: number | undefined;
  private archive: OpenArchive | null = null;
  private session: Session | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: CoreOptions) {
    this.dataDir = options.dataDir;
    this.appVersion = options.appVersion;
    this.clock = options.clock ?? systemClock;
    this.kdfCost = options.kdfCost;
    this.idleOverrideSeconds = options.idleLockSeconds;
    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    this.lockout = new LockoutStore(this.dataDir, this.clock);
  }

  /** Calls run strictly one after another, so a handler may await inside its transaction. */
  call(channel: string, input: unknown): Promise<Envelope<unknown>> {
    const result = this.queue.then(() => dispatch(this, handlers, channel, input));
    this.queue = result.catch(() => undefined);
    return result;
  }

  get openArchive(): OpenArchive | null {
    return this.archive;
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
          appendAudit(db.sqlite, { actorId: null, actorName: event.username, action: `auth.${event.kind}`, targetType: 'user', targetId: event.username, summary: `${event.kind === 'lockout' ? '连续输错密码，账号锁定' : event.kind === 'failure' ? '密码错误' : event.kind}（${event.at}）` }, this.clock.now());
        }
      })();
    }
    return this.archive;
  }

  /** Closes the archive and forgets the master key. */
  close(): void {
    this.session = null;
    if (!this.archive) return;
    closeArchiveDb(this.archive.db);
    this.archive.masterKey.fill(0);
    this.archive = null;
  }

  startSession(user: UserRecord, recovery: Session['recovery'] = null): SessionUser {
    this.session = { userId: user.id, locked: false, lastActivityMs: this.clock.now().getTime(), recovery };
    return this.sessionUser()!;
  }

  get sessionState(): Readonly<Session> | null {
    return this.session;
  }

  setRecoveryPending(recovery: Session['recovery']): void {
    if (this.session) this.session.recovery = recovery;
  }

  lock(): void {
    if (this.session) this.session.locked = true;
  }

  unlockSession(): void {
    if (this.session) {
      this.session.locked = false;
      this.session.lastActivityMs = this.clock.now().getTime();
    }
  }

  noteActivity(): void {
    if (this.session && !this.session.locked) this.session.lastActivityMs = this.clock.now().getTime();
  }

  idleLockSeconds(): number {
    if (this.idleOverrideSeconds !== undefined) return this.idleOverrideSeconds;
    return this.archive ? readSettings(this.archive.db.sqlite).idleLockMinutes * 60 : 600;
  }

  /** Auto-lock: decided here, not in the UI, so a frozen or hostile page cannot keep data visible. */
  lockIfIdle(): void {
    const session = this.session;
    if (!session || session.locked || !this.archive) return;
    const idleMs = this.clock.now().getTime() - session.lastActivityMs;
    if (idleMs < this.idleLockSeconds() * 1000) return;
    session.locked = true;
    const user = this.sessionUser();
    const db = this.archive.db.sqlite;
    db.transaction(() => {
      appendAudit(db, { actorId: session.userId, actorName: user?.displayName ?? '', action: 'auth.autoLock', targetType: 'user', targetId: session.userId, summary: `无操作 ${Math.round(idleMs / 1000)} 秒` }, this.clock.now());
    })();
  }

  /** The logged-in user with the permissions their role holds right now. */
  sessionUser(): SessionUser | null {
    if (!this.session || !this.archive) return null;
    const db = this.archive.db.sqlite;
    const record = getUser(db, this.session.userId);
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
    if (access === 'public') return this.session && !this.session.locked ? this.sessionUser() : null;
    if (!this.session || !this.archive) throw new KedangError('NOT_AUTHENTICATED', 'Log in first');
    if (this.session.locked) throw new KedangError('SESSION_LOCKED', 'The session is locked');
    const user = this.sessionUser();
    if (!user) throw new KedangError('NOT_AUTHENTICATED', 'Log in first');
    if (access === 'session' || user.permissions.includes(access)) return user;
    const db = this.archive.db.sqlite;
    db.transaction(() => {
      appendAudit(db, { actorId: user.id, actorName: user.displayName, action: 'access.denied', targetType: 'channel', targetId: channel, summary: `需要 ${access} 权限；当前岗位 ${roleLabels[user.role].zh}` }, this.clock.now());
    })();
    throw new KedangError('FORBIDDEN', `${channel} needs ${access}`, { details: { permission: access } });
  }

  status(): AppStatus {
    const session = this.session;
    const phase = !Vault.exists(this.dataDir) ? 'setup' : session && !session.locked && this.archive ? 'ready' : 'locked';
    const user = this.sessionUser();
    return {
      phase,
      appVersion: this.appVersion,
      storeName: this.archive ? readSettings(this.archive.db.sqlite).storeName : null,
      user,
      idleLockSeconds: this.idleLockSeconds(),
      recoveryPending: !!session && !session.locked && session.recovery !== null,
    };
  }
}
