/**
 * Every failure that crosses the contract carries one of these stable codes.
 * The renderer maps codes to zh-CN / en-US text; main never sends prose the UI must parse.
 */
export const errorCodes = [
  'INVALID_INPUT',
  'UNKNOWN_CHANNEL',
  'HARNESS_TOKEN_REQUIRED',
  'NOT_AUTHENTICATED',
  'FORBIDDEN',
  'SESSION_LOCKED',
  'NOT_FOUND',
  'CONFLICT',
  'SETUP_ALREADY_DONE',
  'SETUP_REQUIRED',
  'AUTH_INVALID_CREDENTIALS',
  'AUTH_LOCKED_OUT',
  'AUTH_USER_INACTIVE',
  'AUTH_WEAK_PASSWORD',
  'AUTH_RECOVERY_INVALID',
  'RECOVERY_CONFIRM_MISMATCH',
  'SIGNOFF_INVALID',
  'SIGNOFF_SELF',
  'SIGNOFF_NOT_PERMITTED',
  'USER_EXISTS',
  'USER_LAST_ADMIN',
  'USER_SELF_DELETE',
  'LOAN_SELF_APPROVAL',
  'LOAN_NOT_ALLOWED',
  'LOAN_PERIOD_TOO_LONG',
  'LOAN_NO_FILES',
  'LOAN_WRONG_STATE',
  'LOAN_APPROVER_ROLE',
  'LOAN_OVERDUE_BLOCK',
  'DB_SCHEMA_TOO_NEW',
  'DB_NOT_ENCRYPTED',
  'VAULT_CORRUPT',
  'SESSION_NOT_LOCKED',
  'RECOVERY_NOT_PENDING',
  'CONSENT_ALREADY_WITHDRAWN',
  'VIN_EXISTS',
  'CUSTOMER_DUPLICATE',
  'FILE_ARCHIVE_ROOM_ONLY',
  'FILE_NO_VIEW_GRANT',
  'SIGNOFF_WRONG_PERSON',
  'APPROVAL_ROLE',
  'APPROVAL_WRONG_STATE',
  'DELEGATION_REVOKED',
  'LOAN_NOT_REQUESTER',
  'JOB_CONFLICT',
  'JOB_CANCELLED',
  'JOB_RUNNING',
  'BACKUP_NOT_AGE',
  'BACKUP_WRONG_SECRET',
  'BACKUP_KEY_INVALID',
  'BACKUP_WORK_FACTOR_TOO_HIGH',
  'BACKUP_CORRUPT',
  'BACKUP_TRUNCATED',
  'BACKUP_SCHEMA_TOO_NEW',
  'BACKUP_TARGET_FULL',
  'BACKUP_TARGET_UNAVAILABLE',
  'BACKUP_KEEP_LATEST',
  'BACKUP_FILE_ABSENT',
  'BACKUP_FILE_CHANGED',
  'BACKUP_TARGET_EXISTS',
  'BACKUP_CANCELLED',
  'BACKUP_UNLOCK_INVALID',
  'BACKUP_INTEGRITY_FAILED',
  'RESTORE_NO_ROLLBACK',
  'RESTORE_NOT_READY',
  'BACKUP_NO_KEY',
  'PRINT_FAILED',
  'DOCUMENT_NOT_FOUND',
  'DOCUMENT_TOO_LARGE',
  'COPY_NOT_APPROVED',
  'LIFECYCLE_WRONG_STATE',
  'LIFECYCLE_FILE_STATE',
  'LIFECYCLE_ALREADY_REQUESTED',
  'LIFECYCLE_LOAN_OUT',
  'MERGE_KIND_DIFFERS',
  'MERGE_FILE_NOT_ACTIVE',
  'MERGE_LOAN_OPEN',
  'MERGE_PENDING',
  'MERGE_WRONG_STATE',
  'MERGE_UNDO_EXPIRED',
  'MERGE_CHANGED_SINCE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** A field-level problem: `path` is the dotted field name, `code` a stable message key. */
export interface FieldIssue {
  path: string;
  code: string;
  /** Values the message needs, e.g. `{ minimum: 8 }`. */
  params?: Record<string, string | number>;
}

export interface ErrorPayload {
  code: ErrorCode;
  /** Developer-facing English detail; the UI shows the localised text of `code` instead. */
  message: string;
  fields?: FieldIssue[];
  /** Extra machine-readable facts, e.g. `{ lockedUntil: '2026-…' }`. */
  details?: Record<string, string | number | boolean | null>;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorPayload };

/** The one error type that core throws on purpose; anything else becomes INTERNAL. */
export class KedangError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldIssue[];
  readonly details?: ErrorPayload['details'];

  constructor(code: ErrorCode, message: string, extra: { fields?: FieldIssue[]; details?: ErrorPayload['details'] } = {}) {
    super(message);
    this.name = 'KedangError';
    this.code = code;
    this.fields = extra.fields;
    this.details = extra.details;
  }

  toPayload(): ErrorPayload {
    return {
      code: this.code,
      message: this.message,
      ...(this.fields ? { fields: this.fields } : {}),
      ...(this.details ? { details: this.details } : {}),
    };
  }

  static fromPayload(payload: ErrorPayload): KedangError {
    return new KedangError(payload.code, payload.message, { fields: payload.fields, details: payload.details });
  }
}
