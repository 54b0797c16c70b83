import type { SessionUser } from '../../../shared/app/status';
import type { ChannelKind } from '../../../shared/contract/channel';
import { KedangError } from '../../../shared/contract/errors';
import { appendAudit } from '../audit/auditLog';
import type { AuditNote, CoreContext } from '../context';
import type { Core, OpenArchive } from '../core';

/** One call's view of core: its caller, its transaction and the audit entries it writes. */
export class CallContext implements CoreContext {
  readonly clock;
  private auditCount = 0;
  private failureNotes: AuditNote[] = [];
  private inTransaction = false;
  private afterCallHooks: Array<() => void> = [];

  constructor(
    readonly core: Core,
    readonly user: SessionUser | null,
    private readonly kind: ChannelKind,
  ) {
    this.clock = core.clock;
  }

  requireUser(): SessionUser {
    if (!this.user) throw new KedangError('NOT_AUTHENTICATED', 'Log in first');
    return this.user;
  }

  archive(): OpenArchive {
    const archive = this.core.openArchive;
    if (!archive) throw new KedangError('NOT_AUTHENTICATED', 'The archive is not open');
    return archive;
  }

  audit(note: AuditNote): void {
    const actor = note.actor ?? (this.user ? { id: this.user.id, name: this.user.displayName } : { id: null, name: '系统' });
    appendAudit(this.archive().db.sqlite, { ...note, actorId: actor.id, actorName: actor.name }, this.clock.now());
    this.auditCount += 1;
  }

  auditOnFailure(note: AuditNote): void {
    this.failureNotes.push(note);
  }

  afterCall(hook: () => void): void {
    this.afterCallHooks.push(hook);
  }

  transaction<T>(fn: () => T): T {
    if (this.inTransaction) return fn();
    const db = this.archive().db.sqlite;
    return db.transaction(fn).immediate();
  }

  /**
   * Runs the handler. With the archive open, inside BEGIN IMMEDIATE … COMMIT (calls are serialised
   * by core, so an await inside cannot interleave another call's statements); a command that
   * succeeds without an audit entry is a bug and is rolled back.
   */
  async runInTransaction<T>(fn: () => T | Promise<T>): Promise<T> {
    const archive = this.core.openArchive;
    if (!archive) {
      const result = await fn();
      this.assertAudited();
      this.runAfterCall();
      return result;
    }
    const db = archive.db.sqlite;
    db.exec('BEGIN IMMEDIATE');
    this.inTransaction = true;
    try {
      const result = await fn();
      this.assertAudited();
      if (db.inTransaction) db.exec('COMMIT');
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
    if (this.kind === 'command' && this.auditCount === 0 && this.core.openArchive) {
      throw new KedangError('INTERNAL', 'A command finished without an audit entry');
    }
  }

  /** After a failed call: writes the entries that must outlive the rollback, in their own transaction. */
  flushFailureAudits(): void {
    const archive = this.core.openArchive;
    if (!archive || this.failureNotes.length === 0) return;
    const notes = this.failureNotes;
    this.failureNotes = [];
    archive.db.sqlite.transaction(() => {
      for (const note of notes) {
        const actor = note.actor ?? (this.user ? { id: this.user.id, name: this.user.displayName } : { id: null, name: '系统' });
        appendAudit(archive.db.sqlite, { ...note, actorId: actor.id, actorName: actor.name }, this.clock.now());
      }
    })();
  }
}
