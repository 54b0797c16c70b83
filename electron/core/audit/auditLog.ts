import type Database from 'better-sqlite3';
import type { AuditEntry, AuditPage, AuditParams, AuditVerifyResult } from '../../../shared/audit/auditEntry';
import type { z } from 'zod';
import type { auditQuerySchema } from '../../../shared/audit/auditEntry';
import type { AuditAction } from '../../../shared/audit/auditActionLabels';
import type { AnchorCheck, AnchorVerifyResult, AuditAnchor } from '../../../shared/audit/auditAnchor';
import { cachedStatement } from '../db/statementCache';
import { Where } from '../db/where';
import { entryHash, GENESIS_HASH } from './auditChain';
import { maskSensitiveText } from './sensitiveText';

export interface AuditInput {
  actorId: number | null;
  actorName: string;
  /** Named in shared/audit/auditActionLabels.ts, so every screen and report can say what it was. */
  action: AuditAction;
  targetType?: string | null;
  targetId?: string | number | null;
  summary?: string;
  params?: AuditParams;
}

interface AuditRow {
  seq: number;
  at: string;
  actor_id: number | null;
  actor_name: string;
  action: string;
  target_type: string | null;
  target_id: string | null;
  summary: string;
  params: string | null;
  prev_hash: string;
  hash: string;
}

const MAX_SUMMARY = 500;

function fromRow(r: AuditRow): AuditEntry {
  return {
    seq: r.seq,
    at: r.at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    summary: r.summary,
    params: r.params,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** Appends one entry, chained to the current head. Must run inside the caller's transaction. */
export function appendAudit(db: Database.Database, input: AuditInput, at: Date): AuditEntry {
  const head = auditHead(db);
  const fields = {
    seq: (head?.seq ?? 0) + 1,
    at: at.toISOString(),
    actorId: input.actorId,
    actorName: maskSensitiveText(input.actorName).slice(0, 80),
    action: input.action,
    targetType: input.targetType ?? null,
    targetId: input.targetId === undefined || input.targetId === null ? null : maskSensitiveText(String(input.targetId)),
    summary: maskSensitiveText(input.summary ?? '').slice(0, MAX_SUMMARY),
    params: input.params ? maskedParams(input.params) : null,
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  const hash = entryHash(fields);
  cachedStatement(
    db,
    `INSERT INTO audit_log (seq, at, actor_id, actor_name, action, target_type, target_id, summary, params, prev_hash, hash)
     VALUES (@seq, @at, @actorId, @actorName, @action, @targetType, @targetId, @summary, @params, @prevHash, @hash)`,
  ).run({ ...fields, hash });
  return { ...fields, hash };
}

/** Parameters as stored: texts masked like summaries (a reason may quote a phone), keys sorted so the hash is stable. */
function maskedParams(params: AuditParams): string {
  const mask = (v: unknown): unknown => (typeof v === 'string' ? maskSensitiveText(v).slice(0, MAX_SUMMARY) : Array.isArray(v) ? v.map(mask) : v);
  return JSON.stringify(Object.fromEntries(Object.keys(params).sort().map((k) => [k, mask(params[k])])));
}

export function auditHead(db: Database.Database): { seq: number; hash: string } | null {
  return (cachedStatement(db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined) ?? null;
}

/** Walks the whole chain in order; the first entry whose hash, link or number is wrong is named. */
export function verifyAudit(db: Database.Database): AuditVerifyResult {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
    const e = fromRow(row);
    if (e.seq !== expectedSeq || e.prevHash !== prevHash || entryHash(e) !== e.hash) {
      return { ok: false, checked, brokenSeq: e.seq !== expectedSeq ? expectedSeq : e.seq };
    }
    prevHash = e.hash;
    expectedSeq += 1;
    checked += 1;
  }
  return { ok: true, checked, head: checked === 0 ? null : { seq: expectedSeq - 1, hash: prevHash } };
}

export function listAudit(db: Database.Database, query: Omit<z.output<typeof auditQuerySchema>, 'archiveNo'>): { entries: AuditEntry[]; head: AuditPage['head']; hasMore: boolean } {
  const where = new Where()
    .when('actor_id = @actorId', { actorId: query.actorId })
    .when('actor_name = @actorName', { actorName: query.actorName })
    .when('action = @action', { action: query.action })
    .when('target_type = @targetType', { targetType: query.targetType })
    .when('target_id = @targetId', { targetId: query.targetId })
    .when('at >= @from', { from: query.from && new Date(query.from).toISOString() })
    .when('at <= @to', { to: query.to && new Date(query.to).toISOString() })
    .when('seq < @beforeSeq', { beforeSeq: query.beforeSeq });
  const rows = cachedStatement(db, `SELECT * FROM audit_log ${where.toSql()} ORDER BY seq DESC LIMIT @limit`).all({ ...where.params, limit: query.limit + 1 }) as AuditRow[];
  return { entries: rows.slice(0, query.limit).map(fromRow), head: auditHead(db), hasMore: rows.length > query.limit };
}

/**
 * Checks anchors kept outside the database against the chain: the chain is recomputed from the
 * start, and each anchored entry must still be there with the anchored hash. Someone who edits a row
 * and recomputes every hash after it passes verifyAudit, but not the anchors taken before the edit.
 */
export function verifyAnchors(db: Database.Database, anchors: AuditAnchor[]): AnchorVerifyResult {
  const sorted = [...anchors].sort((a, b) => a.seq - b.seq);
  const wanted = new Set(sorted.map((a) => a.seq));
  const stored = new Map<number, string>();
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let brokenSeq: number | null = null;
  const last = sorted.at(-1)?.seq ?? 0;
  for (const row of cachedStatement(db, 'SELECT * FROM audit_log WHERE seq <= ? ORDER BY seq').iterate(last) as IterableIterator<AuditRow>) {
    const e = fromRow(row);
    if (brokenSeq === null && (e.seq !== expectedSeq || e.prevHash !== prevHash || entryHash(e) !== e.hash)) brokenSeq = e.seq !== expectedSeq ? expectedSeq : e.seq;
    if (wanted.has(e.seq)) stored.set(e.seq, e.hash);
    prevHash = e.hash;
    expectedSeq = e.seq + 1;
  }
  const checks: AnchorCheck[] = sorted.map((a) => {
    const hash = stored.get(a.seq);
    const problem = hash === undefined ? 'missing' : !hash.startsWith(a.hash.toLowerCase()) || (brokenSeq !== null && a.seq >= brokenSeq) ? 'hashDiffers' : null;
    return { seq: a.seq, hash: a.hash.toLowerCase(), matches: problem === null, problem };
  });
  const firstBad = checks.findIndex((c) => !c.matches);
  const changedRange = firstBad === -1 ? null : { afterSeq: firstBad === 0 ? 0 : checks[firstBad - 1]!.seq, upToSeq: checks[firstBad]!.seq };
  return { chainOk: brokenSeq === null, brokenSeq, anchors: checks, changedRange };
}
