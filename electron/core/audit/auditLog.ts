import type Database from 'better-sqlite3';
import type { AuditEntry, AuditPage, AuditVerifyResult } from '../../../shared/audit/auditEntry';
import type { z } from 'zod';
import type { auditQuerySchema } from '../../../shared/audit/auditEntry';
import { entryHash, GENESIS_HASH } from './auditChain';
import { maskSensitiveText } from './sensitiveText';

export interface AuditInput {
  actorId: number | null;
  actorName: string;
  action: string;
  targetType?: string | null;
  targetId?: string | number | null;
  summary?: string;
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
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** Appends one entry, chained to the current head. Must run inside the caller's transaction. */
export function appendAudit(db: Database.Database, input: AuditInput, at: Date): AuditEntry {
  const head = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  const fields = {
    seq: (head?.seq ?? 0) + 1,
    at: at.toISOString(),
    actorId: input.actorId,
    actorName: maskSensitiveText(input.actorName).slice(0, 80),
    action: input.action,
    targetType: input.targetType ?? null,
    targetId: input.targetId === undefined || input.targetId === null ? null : maskSensitiveText(String(input.targetId)),
    summary: maskSensitiveText(input.summary ?? '').slice(0, MAX_SUMMARY),
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  const hash = entryHash(fields);
  db.prepare(
    `INSERT INTO audit_log (seq, at, actor_id, actor_name, action, target_type, target_id, summary, prev_hash, hash)
     VALUES (@seq, @at, @actorId, @actorName, @action, @targetType, @targetId, @summary, @prevHash, @hash)`,
  ).run({ ...fields, hash });
  return { ...fields, hash };
}

export function auditHead(db: Database.Database): { seq: number; hash: string } | null {
  return (db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined) ?? null;
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

export function listAudit(db: Database.Database, query: z.output<typeof auditQuerySchema>): AuditPage {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  const filter = (clause: string, key: string, value: string | number | undefined) => {
    if (value === undefined || value === '') return;
    where.push(clause);
    params[key] = value;
  };
  filter('actor_id = @actorId', 'actorId', query.actorId);
  filter('action = @action', 'action', query.action);
  filter('target_type = @targetType', 'targetType', query.targetType);
  filter('target_id = @targetId', 'targetId', query.targetId);
  filter('at >= @from', 'from', query.from && new Date(query.from).toISOString());
  filter('at <= @to', 'to', query.to && new Date(query.to).toISOString());
  filter('seq < @beforeSeq', 'beforeSeq', query.beforeSeq);
  const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT @limit`;
  const rows = db.prepare(sql).all({ ...params, limit: query.limit + 1 }) as AuditRow[];
  return { entries: rows.slice(0, query.limit).map(fromRow), head: auditHead(db), hasMore: rows.length > query.limit };
}
