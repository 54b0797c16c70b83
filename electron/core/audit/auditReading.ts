import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { AuditEntry, AuditLine, AuditPage, auditQuerySchema } from '../../../shared/audit/auditEntry';
import type { CustomerStatus, SecrecyLevel } from '../../../shared/customers/vocabularies';
import type { HandlerContext } from '../rpc/handler';
import { canSee, scopeOf } from '../customers/customerScope';
import { cachedStatement } from '../db/statementCache';
import { listAudit } from './auditLog';

const fileKeys = ['file', 'fromFile', 'toFile', 'files'];
const personKeys = ['user', 'countersigner', 'receivedBy'];

function idsIn(params: Record<string, unknown>, keys: string[]): number[] {
  return keys.flatMap((k) => {
    const v = params[k];
    return typeof v === 'number' ? [v] : Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : [];
  });
}

/**
 * Entries as a person reads them: the files they name by archive number, with the customer's name
 * only where this reader may see that file (the system admin, who reads no files, sees numbers only),
 * and the people they name by display name. Names are looked up now, never stored in the log.
 */
export function readable(ctx: HandlerContext, entries: AuditEntry[]): AuditLine[] {
  const user = ctx.requireUser();
  const scope = user.permissions.includes('customer.read') ? scopeOf(user) : null;
  const parsed = entries.map((e) => (e.params ? (JSON.parse(e.params) as Record<string, unknown>) : {}));
  const fileIds = new Set<number>();
  const userIds = new Set<number>();
  entries.forEach((e, i) => {
    idsIn(parsed[i]!, fileKeys).forEach((id) => fileIds.add(id));
    if (e.targetType === 'customer' && e.targetId && /^\d+$/.test(e.targetId)) fileIds.add(Number(e.targetId));
    idsIn(parsed[i]!, personKeys).forEach((id) => userIds.add(id));
    if (e.targetType === 'user' && e.targetId && /^\d+$/.test(e.targetId)) userIds.add(Number(e.targetId));
  });
  const files = filesById(ctx.db, [...fileIds]);
  const people = peopleById(ctx.db, [...userIds]);
  return entries.map((e, i) => {
    const ids = new Set(idsIn(parsed[i]!, fileKeys));
    if (e.targetType === 'customer' && e.targetId && /^\d+$/.test(e.targetId)) ids.add(Number(e.targetId));
    const persons = new Set(idsIn(parsed[i]!, personKeys));
    if (e.targetType === 'user' && e.targetId && /^\d+$/.test(e.targetId)) persons.add(Number(e.targetId));
    return {
      ...e,
      files: [...ids].flatMap((id) => {
        const f = files.get(id);
        return f ? [{ id, archiveNo: f.archiveNo, name: scope && canSee(scope, f) ? f.name : null }] : [];
      }),
      people: [...persons].flatMap((id) => (people.has(id) ? [{ id, name: people.get(id)! }] : [])),
    };
  });
}

function filesById(db: Database.Database, ids: number[]) {
  const rows = ids.length
    ? (cachedStatement(db, 'SELECT id, archive_no AS archiveNo, name, secrecy, owner_id AS ownerId, status FROM customers WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Array<{
        id: number;
        archiveNo: string;
        name: string;
        secrecy: SecrecyLevel;
        ownerId: number | null;
        status: CustomerStatus;
      }>)
    : [];
  return new Map(rows.map((r) => [r.id, r]));
}

function peopleById(db: Database.Database, ids: number[]): Map<number, string> {
  const rows = ids.length ? (cachedStatement(db, 'SELECT id, display_name AS name FROM users WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Array<{ id: number; name: string }>) : [];
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The audit viewer's page; a filter by archive number becomes the file it names. */
export function auditPage(ctx: HandlerContext, query: z.output<typeof auditQuerySchema>): AuditPage {
  let q = query;
  if (query.archiveNo) {
    const id = cachedStatement(ctx.db, 'SELECT id FROM customers WHERE archive_no = ?').pluck().get(query.archiveNo.toUpperCase()) as number | undefined;
    q = { ...query, targetType: 'customer', targetId: id === undefined ? '0' : String(id) };
  }
  const page = listAudit(ctx.db, q);
  return { ...page, entries: readable(ctx, page.entries) };
}

/** The card's history tab: the file's own entries, newest first. */
export function customerHistory(ctx: HandlerContext, customerId: number): AuditLine[] {
  return readable(ctx, listAudit(ctx.db, { targetType: 'customer', targetId: String(customerId), limit: 200 }).entries);
}
