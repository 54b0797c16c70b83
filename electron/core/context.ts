import type { SessionUser } from '../../shared/app/status';
import type { Clock } from './clock';
import type { AuditInput } from './audit/auditLog';
import type { Core, OpenArchive } from './core';

/** An audit entry as a handler states it; the actor defaults to the caller. */
export type AuditNote = Omit<AuditInput, 'actorId' | 'actorName'> & { actor?: { id: number | null; name: string } };

/** What a handler sees of the running core for one call. */
export interface CoreContext {
  readonly clock: Clock;
  readonly core: Core;
  /** The logged-in, unlocked caller; null on public channels called without a session. */
  readonly user: SessionUser | null;
  /** The caller, or NOT_AUTHENTICATED. */
  requireUser(): SessionUser;
  /** The open archive, or NOT_AUTHENTICATED when nobody has opened it. */
  archive(): OpenArchive;
  /** Writes an audit entry now, inside the call's transaction. */
  audit(note: AuditNote): void;
  /** Records an entry that must survive even if the call fails (refusals, wrong passwords). */
  auditOnFailure(note: AuditNote): void;
  /** Runs once the call is over: after its commit, or after its rollback and failure audits (closing the archive on logout, say). */
  afterCall(hook: () => void): void;
  /** Runs `fn` in a transaction when the call did not start with one (the archive was opened during the call). */
  transaction<T>(fn: () => T): T;
}
