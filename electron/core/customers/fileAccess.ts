import { KedangError } from '../../../shared/contract/errors';
import { readsInArchiveRoomOnly } from '../../../shared/customers/access';
import type { HandlerContext } from '../rpc/handler';
import { activeViewGrant } from '../loans/loanStore';
import { canSee, scopeOf } from './customerScope';
import { findCustomer, type CustomerRecord } from './customerStore';

/** The one answer for "no such file" and "not yours to see": same code, same message, nothing else. */
export function noSuchFile(): KedangError {
  return new KedangError('NOT_FOUND', 'No such customer file');
}

export interface Access {
  /**
   * True (the default) when the call reads or changes the file's content; false when it only names
   * the file (asking to borrow it, filtering a list by it). A 机密 file's content opens only in the
   * archive room.
   */
  content?: boolean;
}

/**
 * The file, if the caller may see it — checked before anything else, by every channel that takes a
 * file's id (or a vehicle's, an attachment's, a record's: they ask for their file's id first). A file
 * outside the caller's scope answers exactly like an id that does not exist; the attempt is audited.
 * An approved 查阅 opens a file outside the scope to its requester until the grant ends.
 */
export function visibleFile(ctx: HandlerContext, customerId: number, access: Access = {}): CustomerRecord {
  const user = ctx.requireUser();
  const file = findCustomer(ctx.db, customerId);
  if (!file) throw noSuchFile();
  const now = ctx.clock.now();
  if (!canSee(scopeOf(user), file)) {
    const grant = file.secrecy === 'topSecret' ? null : activeViewGrant(ctx.db, user.id, file.id, now);
    if (grant === null) {
      ctx.auditOnFailure({ action: 'access.denied', targetType: 'customer', targetId: file.id, summary: '档案不在本人可见范围内', params: { file: file.id, outOfScope: true } });
      throw noSuchFile();
    }
    if (access.content !== false && !readsInArchiveRoomOnly(file.secrecy, user.role)) {
      ctx.audit({ action: 'loans.grantOpen', targetType: 'customer', targetId: file.id, summary: `${file.archiveNo}：凭查阅申请 #${grant} 打开档案`, params: { file: file.id, loan: grant } });
    }
  }
  if (access.content !== false && readsInArchiveRoomOnly(file.secrecy, user.role) && !ctx.openings.isOpened(file.id)) {
    const grant = activeViewGrant(ctx.db, user.id, file.id, now);
    throw new KedangError('FILE_ARCHIVE_ROOM_ONLY', 'A confidential file opens in the archive room, with the archive admin countersigning', { details: { grantId: grant } });
  }
  return file;
}

/** Visible files among several ids; the first one that is not answers NOT_FOUND for its place in the list. */
export function visibleFiles(ctx: HandlerContext, ids: number[], access: Access = {}): CustomerRecord[] {
  return [...new Set(ids)].map((id) => visibleFile(ctx, id, access));
}

/**
 * The file a record belongs to (a vehicle, an attachment, a feedback, a consent), for a channel that
 * takes the record's id: a record that does not exist and a record on a file the caller may not see
 * get the same answer, naming the record, never the file.
 */
export function fileOfRecord(ctx: HandlerContext, customerId: number | null, what: string, access: Access = {}): CustomerRecord {
  const noSuch = () => new KedangError('NOT_FOUND', `No such ${what}`);
  if (customerId === null) throw noSuch();
  try {
    return visibleFile(ctx, customerId, access);
  } catch (err) {
    if (err instanceof KedangError && err.code === 'NOT_FOUND') throw noSuch();
    throw err;
  }
}
