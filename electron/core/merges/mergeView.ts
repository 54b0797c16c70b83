import type Database from 'better-sqlite3';
import type { MergeStatus, MergeView } from '../../../shared/merges/mergeTypes';
import { approvalView } from '../approvals/approvalStore';
import { findUser } from '../users/userStore';
import { fileRow, type MergeRow } from './mergeStore';

/** How a merge leaves core: both files by number and name, who asked and who confirms, its sign-offs, and whether it can still be undone. */
export function toMergeView(db: Database.Database, row: MergeRow, now: Date): MergeView {
  const survivor = fileRow(db, row.survivorId);
  const merged = fileRow(db, row.mergedId);
  const follower = row.facts.followerId !== null ? findUser(db, row.facts.followerId) : null;
  const open = row.status === 'merged' && row.snapshot !== null && row.undoUntil !== null && now.getTime() < new Date(row.undoUntil).getTime();
  return {
    id: row.id,
    status: row.status as MergeStatus,
    survivor: { id: row.survivorId, archiveNo: row.survivorArchiveNo, name: survivor?.name ?? null },
    merged: { id: row.mergedId, archiveNo: row.mergedArchiveNo, name: merged?.name ?? null },
    reason: row.reason,
    choices: row.facts.fields,
    requestedById: row.requestedBy,
    requestedByName: row.requestedByName,
    requestedAt: row.requestedAt,
    follower: follower ? { id: follower.id, name: follower.displayName } : null,
    approval: row.approvalId !== null ? approvalView(db, row.approvalId) : null,
    mergedAt: row.mergedAt,
    undoUntil: open ? row.undoUntil : null,
    canUndo: open,
    undoneAt: row.undoneAt,
    undoneByName: row.undoneByName,
    moved: row.facts.moved ?? {},
  };
}
