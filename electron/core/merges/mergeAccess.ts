import { KedangError } from '../../../shared/contract/errors';
import type { HandlerContext } from '../rpc/handler';
import { canSee, scopeOf } from '../customers/customerScope';
import { fileRow, findMerge, type MergeRow } from './mergeStore';

/**
 * A merge is as visible as its two files: a caller who may not see both gets the answer of a merge
 * that does not exist (the pair itself would tell that the hidden file exists).
 */
export function mergeVisible(ctx: HandlerContext, row: Pick<MergeRow, 'survivorId' | 'mergedId'>): boolean {
  const scope = scopeOf(ctx.requireUser());
  return [row.survivorId, row.mergedId].every((id) => {
    const file = fileRow(ctx.db, id);
    return file !== null && canSee(scope, file);
  });
}

export function visibleMerge(ctx: HandlerContext, id: number): MergeRow {
  const row = findMerge(ctx.db, id);
  if (!row) throw new KedangError('NOT_FOUND', 'No such merge');
  if (!mergeVisible(ctx, row)) {
    ctx.auditOnFailure({ action: 'access.denied', targetType: 'merge', targetId: id, summary: '合并涉及的档案不在本人可见范围内' });
    throw new KedangError('NOT_FOUND', 'No such merge');
  }
  return row;
}
