import type { DuplicateCheckStatus, DuplicatePair, DuplicateResult, DuplicateScan } from '../../../shared/duplicates/duplicateTypes';
import type { HandlersOf } from '../rpc/handler';
import { effectiveMatrix } from '../roles/permissionMatrix';
import { canSee, scopeOf } from '../customers/customerScope';
import { visibleFiles } from '../customers/fileAccess';
import { maskPhone } from '../customers/masking';
import { checkDue, nextCheckDue } from './checkSchedule';
import { dismissalKey } from './duplicateRules';
import { scanForDuplicates } from './duplicateScan';
import { dismissedPairs, insertCheck, insertDismissal, pairFiles, recentChecks, type PairFileRow } from './duplicateStore';
import { checkFinished, checkStarted, pairDismissed } from './duplicateAudit';

function shown(f: PairFileRow) {
  return { id: f.id, archiveNo: f.archiveNo, kind: f.kind, name: f.name, phone: f.phone ? maskPhone(f.phone) : null, ownerName: f.ownerName, secrecy: f.secrecy, createdAt: f.createdAt };
}

export const duplicatesHandlers: HandlersOf<'duplicates'> = {
  /** The store's monthly check is one over the whole archive: a consultant's check of their own files does not count. */
  'duplicates.status': (ctx): DuplicateCheckStatus => {
    const matrix = effectiveMatrix(ctx.db);
    const last = recentChecks(ctx.db).find((c) => matrix[c.byRole].includes('customer.readAll')) ?? null;
    const now = ctx.clock.now();
    return {
      last: last && { at: last.at, byName: last.byName, scanned: last.scanned, pairs: last.pairs },
      due: checkDue(last?.at ?? null, now),
      dueAt: nextCheckDue(last?.at ?? null)?.toISOString() ?? null,
    };
  },

  /**
   * The scan runs on a thread of its own (duplicateScan.ts), so the call queue does not wait on it
   * and its memory is given back when it ends; the run is recorded when it ends, in a short
   * transaction on the job's connection.
   */
  'duplicates.run': (ctx) => {
    const user = ctx.requireUser();
    const scope = scopeOf(user);
    const job = ctx.jobs.start<DuplicateScan>({
      kind: 'duplicateCheck',
      ownerId: user.id,
      ownerName: user.displayName,
      run: async (j) => {
        const found = await scanForDuplicates(j, scope);
        j.throwIfCancelled();
        const db = j.connect();
        const at = j.clock.now().toISOString();
        const checkId = db.transaction(() => insertCheck(db, { at, byUser: user.id, scanned: found.scanned, pairs: found.pairs.length })).immediate();
        j.audit({ actorId: user.id, actorName: user.displayName, ...checkFinished(checkId, found.scanned, found.pairs.length) });
        return { checkId, at, scanned: found.scanned, pairs: found.pairs, crowdedValues: found.crowdedValues };
      },
    });
    ctx.audit(checkStarted(job.jobId));
    return job;
  },

  /** A finished check's pairs as they stand now: dismissed and merged pairs drop out, as do files the caller may no longer see. */
  'duplicates.pairs': (ctx, input): DuplicateResult => {
    const user = ctx.requireUser();
    const scan = ctx.jobs.result(input.jobId, user.id) as DuplicateScan;
    const scope = scopeOf(user);
    const dismissed = dismissedPairs(ctx.db);
    const files = pairFiles(ctx.db, [...new Set(scan.pairs.flatMap((p) => [p.a, p.b]))]);
    const current = (id: number) => {
      const f = files.get(id);
      return f && f.status === 'active' && canSee(scope, f) ? f : null;
    };
    const pairs = scan.pairs.flatMap((p): DuplicatePair[] => {
      const a = current(p.a);
      const b = current(p.b);
      if (!a || !b || dismissed.has(dismissalKey(p.a, p.b))) return [];
      return [{ a: shown(a), b: shown(b), score: p.score, reasons: p.reasons }];
    });
    return { at: scan.at, scanned: scan.scanned, crowdedValues: scan.crowdedValues, pairs };
  },

  'duplicates.dismiss': (ctx, input) => {
    const user = ctx.requireUser();
    const [a, b] = visibleFiles(ctx, input.customerIds, { content: false });
    insertDismissal(ctx.db, { a: a!.id, b: b!.id, at: ctx.clock.now().toISOString(), byUser: user.id, reason: input.reason });
    ctx.audit(pairDismissed(a!, b!, input.reason));
    return { dismissed: true };
  },
};
