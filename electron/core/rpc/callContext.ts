import type Database from 'better-sqlite3';
import type { SessionUser } from '../../../shared/app/status';
import type { ChannelKind } from '../../../shared/contract/channel';
import { KedangError } from '../../../shared/contract/errors';
import type { Clock } from '../clock';
import { appendAudit } from '../audit/auditLog';
import type { JobStarter } from '../jobs/jobRunner';
import type { ArchiveSession } from '../session/archiveSession';
import type { AuditNote, CoreServices, FileOpenings, HandlerContext, KeyService, Printer, SessionControl, SessionHandlerContext } from './handler';

/** One call's view of core: its caller, its transaction and the audit entries it writes. */
export class CallContext implements HandlerContext {
  readonly clock: Clock;
  private auditCount = 0;
  private failureNotes: AuditNote[] = [];
  private inTransaction = false;
  private afterCallHooks: Array<() => void> = [];

  constructor(
    private readonly archiveSession: ArchiveSession,
    readonly user: SessionUser | null,
    private readonly services: CoreServices,
    private readonly kind: ChannelKind,
  ) {
    this.clock = archiveSession.clock;
  }

  get jobs(): JobStarter {
    return this.services.jobs;
  }

  get printer(): Printer {
    return this.services.printer;
  }

  requireUser(): SessionUser {
    if (!this.user) throw new KedangError('NOT_AUTHENTICATED', 'Log in first');
    return this.user;
  }

  get db(): Database.Database {
    const archive = this.archiveSession.openArchive;
    if (!archive) throw new KedangError('NOT_AUTHENTICATED', 'The archive is not open');
    return archive.db.sqlite;
  }

  get keys(): KeyService {
    return this.archiveSession;
  }

  get openings(): FileOpenings {
    return this.archiveSession;
  }

  audit(note: AuditNote): void {
    this.write(this.db, note);
    this.auditCount += 1;
  }

  auditOnFailure(note: AuditNote): void {
    this.failureNotes.push(note);
  }

  afterCall(hook: () => void): void {
    this.afterCallHooks.push(hook);
  }

  /** This context with the session's controls, for the handlers the table marks as session handlers. */
  withSession(): SessionHandlerContext {
    const s = this.archiveSession;
    const session: SessionControl = {
      get state() {
        return s.state;
      },
      isSetUp: () => s.isSetUp(),
      status: () => s.status(),
      createArchive: (firstUser) => s.createArchive(firstUser),
      discardArchive: () => s.discardArchive(),
      openWithPassword: (username, password) => s.openWithPassword(username, password),
      openWithRecoveryCode: (code) => s.openWithRecoveryCode(code),
      recoveryLockout: (username) => s.recoveryLockout(username),
      recordRecoveryAttempt: (username, ok) => s.recordRecoveryAttempt(username, ok),
      closeArchive: () => s.closeArchive(),
      startSession: (user, recovery) => s.startSession(user, recovery),
      sessionUser: () => s.sessionUser(),
      setRecoveryPending: (recovery) => s.setRecoveryPending(recovery),
      lock: () => s.lock(),
      unlockSession: () => s.unlockSession(),
      idleLockSeconds: () => s.idleLockSeconds(),
      transaction: <T>(fn: () => T): T => (this.inTransaction ? fn() : this.db.transaction(fn).immediate()),
      files: s.files,
    };
    this.sessionControl = session;
    return this as CallContext & SessionHandlerContext;
  }

  private sessionControl: SessionControl | null = null;

  get session(): SessionControl {
    if (!this.sessionControl) throw new KedangError('INTERNAL', 'Not a session handler');
    return this.sessionControl;
  }

  private write(db: Database.Database, note: AuditNote): void {
    const actor = note.actor ?? (this.user ? { id: this.user.id, name: this.user.displayName } : { id: null, name: '系统' });
    appendAudit(db, { ...note, actorId: actor.id, actorName: actor.name }, this.clock.now());
  }

  /**
   * Runs the handler. With the archive open, inside one transaction (calls are serialised by core, so
   * an await inside cannot interleave another call's statements): a command takes the write lock at
   * once (BEGIN IMMEDIATE), a query reads a snapshot (BEGIN) and so keeps answering while a job holds
   * the write lock on its own connection. A command that succeeds without an audit entry is a bug and
   * is rolled back.
   */
  async runInTransaction<T>(fn: () => T | Promise<T>): Promise<T> {
    const archive = this.archiveSession.openArchive;
    if (!archive) {
      const result = await fn();
      this.assertAudited();
      this.runAfterCall();
      return result;
    }
    const db = archive.db.sqlite;
    db.exec(this.kind === 'command' ? 'BEGIN IMMEDIATE' : 'BEGIN');
    this.inTransaction = true;
    try {
      const result = await fn();
      this.assertAudited();
      if (db.open && db.inTransaction) db.exec('COMMIT');
      this.inTransaction = false;
      this.runAfterCall();
      return result;
    } catch (err) {
      if (db.open && db.inTransaction) db.exec('ROLLBACK');
      throw err;
    } finally {
      this.inTransaction = false;
    }
  }

  /** Called by dispatch once the call is over, whether it succeeded or failed. */
  runAfterCall(): void {
    const hooks = this.afterCallHooks;
    this.afterCallHooks = [];
    for (const hook of hooks) hook();
  }

  private assertAudited(): void {
    if (this.kind === 'command' && this.auditCount === 0 && this.archiveSession.openArchive) {
      throw new KedangError('INTERNAL', 'A command finished without an audit entry');
    }
  }

  /** After a failed call: writes the entries that must outlive the rollback, in their own transaction. */
  flushFailureAudits(): void {
    const archive = this.archiveSession.openArchive;
    if (!archive || this.failureNotes.length === 0) return;
    const notes = this.failureNotes;
    this.failureNotes = [];
    const db = archive.db.sqlite;
    db.transaction(() => {
      for (const note of notes) this.write(db, note);
    })();
  }
}
