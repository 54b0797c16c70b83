import type Database from 'better-sqlite3';
import type { AppStatus, SessionUser } from '../../../shared/app/status';
import type { ChannelName, ChannelOutput, ChannelParsedInput } from '../../../shared/contract/channels';
import type { Clock } from '../clock';
import type { AuditInput } from '../audit/auditLog';
import type { UserRecord } from '../users/userStore';
import type { JobStarter } from '../jobs/jobRunner';
import type { ArchiveFiles } from '../backup/archiveFiles';
import type { PrintService } from '../reports/printService';

/** An audit entry as a handler states it; the actor defaults to the caller. */
export type AuditNote = Omit<AuditInput, 'actorId' | 'actorName'> & { actor?: { id: number | null; name: string } };

export type PasswordFailure = 'AUTH_INVALID_CREDENTIALS' | 'SIGNOFF_INVALID';

/** Password proofs and key slots. The master key itself never reaches a handler. */
export interface KeyService {
  /** Whose password this is (lockout applies: 5 failures lock the name for 5 minutes). */
  checkPassword(username: string, password: string, failure: PasswordFailure): Promise<{ userId: number }>;
  clearLockout(username: string): void;
  setUserSlot(user: { userId: number; username: string; password: string }): Promise<void>;
  removeUserSlot(userId: number): void;
  rotateRecovery(): Promise<string>;
}

/**
 * What any handler may do for one call: know the caller and the time, read and write the open
 * archive inside the call's one transaction, prove passwords, write audit entries, start long jobs.
 */
export interface HandlerContext {
  readonly clock: Clock;
  /** The logged-in, unlocked caller; null on public channels called without a session. */
  readonly user: SessionUser | null;
  /** The caller, or NOT_AUTHENTICATED. */
  requireUser(): SessionUser;
  /** The open archive's connection, or NOT_AUTHENTICATED when nobody has opened it. */
  readonly db: Database.Database;
  readonly keys: KeyService;
  readonly jobs: JobStarter;
  /** Renders documents to PDF off the main thread (one print worker per process). */
  readonly printer: Printer;
  /** 机密 files opened in the archive room in this session, with the archive admin's countersignature. */
  readonly openings: FileOpenings;
  /** Writes an audit entry now, inside the call's transaction. */
  audit(note: AuditNote): void;
  /** Records an entry that must survive even if the call fails (refusals, wrong passwords). */
  auditOnFailure(note: AuditNote): void;
  /** Runs once the call is over: after its commit, or after its rollback and failure audits. */
  afterCall(hook: () => void): void;
}

export type Printer = Pick<PrintService, 'print'>;

/** What core lends every call besides the archive: long jobs and the printer. */
export interface CoreServices {
  jobs: JobStarter;
  printer: Printer;
}

export interface FileOpenings {
  isOpened(customerId: number): boolean;
  /** Until the given time, or until the session is locked or ends, whichever comes first. */
  markOpened(customerId: number, until: Date): void;
}

export interface SessionState {
  userId: number;
  locked: boolean;
  lastActivityMs: number;
  /** A recovery code shown in this session that the admin has not typed back yet. */
  recovery: { code: string; groups: number[] } | null;
  /** customer id → until (ms): archive-room openings of 机密 files. */
  openings: Map<number, number>;
}

/** Opening, closing and the session itself: given only to the auth, setup and app-status handlers. */
export interface SessionControl {
  readonly state: Readonly<SessionState> | null;
  isSetUp(): boolean;
  status(): AppStatus;
  createArchive(firstUser: { userId: number; username: string; password: string }): Promise<{ recoveryCode: string }>;
  discardArchive(): void;
  /** Proves the password and opens the archive with the key it unwraps; returns the user's id. */
  openWithPassword(username: string, password: string): Promise<number>;
  openWithRecoveryCode(code: string): Promise<boolean>;
  recoveryLockout(username: string): { locked: boolean; until: Date | null };
  recordRecoveryAttempt(username: string, ok: boolean): void;
  closeArchive(): void;
  startSession(user: UserRecord, recovery?: SessionState['recovery']): unknown;
  sessionUser(): SessionUser | null;
  setRecoveryPending(recovery: SessionState['recovery']): void;
  lock(): void;
  unlockSession(): void;
  idleLockSeconds(): number;
  /** Runs `fn` in a transaction when the call did not start with one (the archive was opened during the call). */
  transaction<T>(fn: () => T): T;
  /** The archive as files: backup snapshots, checks, restore and its rollback. */
  readonly files: ArchiveFiles;
}

export interface SessionHandlerContext extends HandlerContext {
  readonly session: SessionControl;
}

type Run<C extends ChannelName, X> = (ctx: X, input: ChannelParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/**
 * A channel's behaviour. Calls are serialised by core, and a handler executes inside the call's one
 * transaction (when the archive is open), so it may await slow work such as a KDF run.
 */
export type Handler<C extends ChannelName> = Run<C, HandlerContext>;

/** A handler that may open, close or change the session: marked so in the table, never by accident. */
export interface SessionHandler<C extends ChannelName> {
  readonly session: Run<C, SessionHandlerContext>;
}

export function sessionHandler<C extends ChannelName>(run: Run<C, SessionHandlerContext>): SessionHandler<C> {
  return { session: run };
}

export type HandlerTable = { [C in ChannelName]: Handler<C> | SessionHandler<C> };

/** A feature's slice of the table: one handler for each of its channels, nothing else. */
export type HandlersOf<NS extends string> = { [C in Extract<ChannelName, `${NS}.${string}`>]: Handler<C> | SessionHandler<C> };
