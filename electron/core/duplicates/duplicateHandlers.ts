import type { DuplicateCheckStatus, DuplicatePair, DuplicateResult, DuplicateScan } from '../../../shared/duplicates/duplicateTypes';
import type { HandlersOf } from '../rpc/handler';
import { effectiveMatrix } from '../roles/permissionMatrix';
import { canSee, scopeOf } from '../customers/customerScope';
import { visibleFiles } from '../customers/fileAccess';
import { maskPhone } from '../customers/masking';
import { checkDue, nextCheckDue } from './checkSchedule';
import { dismissalKey, findDuplicatesInSlices } from './duplicateRules';
import { dismissedPairs, insertCheck, insertDismissal, pairFiles, recentChecks, scanFiles, type PairFileRow } from './duplicateStore';
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
   * The scan reads on the job's own connection and compares in memory, so the call queue does not
   * wait on it; the run is recorded when it ends, in a short transaction of its own.
   */
  'duplicates.run': (ctx) => {
    const user = ctx.requireUser();
    const scope = scopeOf(user);
    const job = ctx.jobs.start<DuplicateScan>({
      kind: 'duplicateCheck',
      ownerId: user.id,
      ownerName: user.displayName,
      run: async (j) => {
        const db = j.connect();
        // One pass over each table: a page is read once, so the archive's 64 MiB page cache would only hold memory.
        db.pragma('cache_size = -4096');
        j.progress({ done: 0, total: 2, unit: 'steps', phase: 'read' });
        const files = scanFiles(db, scope);
        const dismissed = dismissedPairs(db);
        j.throwIfCancelled();
        const found = await findDuplicatesInSlices(files, { dismissed, checkpoint: () => j.throwIfCancelled(), progress: (done, total) => j.progress({ done, total, unit: 'items', phase: 'compare' }) });
        const at = j.clock.now().toISOString();
        const checkId = db.transaction(() => insertCheck(db, { at, byUser: user.id, scanned: files.length, pairs: found.pairs.length })).immediate();
        j.audit({ actorId: user.id, actorName: user.displayName, ...checkFinished(checkId, files.length, found.pairs.length) });
        return { checkId, at, scanned: files.length, pairs: found.pairs, crowdedValues: found.crowdedValues };
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
