import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { searchQuerySchema } from '../../../shared/customers/customerSchemas';
import type { SearchResult } from '../../../shared/customers/customerTypes';
import { queryPlan } from './searchTokens';
import { scopeSql, type CustomerScope } from './customerScope';
import { toRow, type CustomerDbRow } from './customerStore';

export type SearchQuery = Omit<z.output<typeof searchQuerySchema>, 'overdue'> & { overdue?: boolean };

const sortSql: Record<SearchQuery['sort'], string> = {
  updated: 'c.updated_at DESC, c.id DESC',
  name: 'c.name COLLATE NOCASE, c.id',
  archiveNo: 'c.archive_no, c.id',
  lastContact: 'c.last_contact_at IS NULL, c.last_contact_at DESC, c.id DESC',
};

/**
 * The one search box plus filters. The text part becomes prefix range scans over search_tokens
 * (see searchTokens.ts); phone digits are only looked up for callers who may reveal phones, so a
 * masked value can never be probed digit by digit.
 */
export interface FollowUpFilter {
  /** Only files whose next follow-up falls before this instant. */
  dueBefore?: string;
  /** Only files last contacted (or created, if never contacted) before this instant. */
  contactedBefore?: string;
}

export function searchCustomers(db: Database.Database, scope: CustomerScope, q: SearchQuery, now: Date, followUp: FollowUpFilter = {}): SearchResult {
  const scoped = scopeSql(scope);
  const where: string[] = [scoped.sql, 'c.status = @status'];
  const params: Record<string, string | number> = { ...scoped.params, status: q.status };
  const filter = (clause: string, key: string, value: string | number | undefined) => {
    if (value === undefined || value === '') return;
    where.push(clause);
    params[key] = value;
  };
  filter('c.category = @category', 'category', q.category);
  filter('c.grade = @grade', 'grade', q.grade);
  filter('c.owner_id = @ownerId', 'ownerId', q.ownerId);
  filter('c.region = @region', 'region', q.region);
  filter('c.secrecy = @secrecy', 'secrecy', q.secrecy);
  if (q.overdue) {
    where.push('c.next_contact_at IS NOT NULL AND c.next_contact_at < @startOfToday');
    const start = new Date(now);
    start.setHours(0, 0, 0, 0);
    params.startOfToday = start.toISOString();
  }

  if (followUp.dueBefore) {
    where.push('c.next_contact_at IS NOT NULL AND c.next_contact_at < @dueBefore');
    params.dueBefore = followUp.dueBefore;
  }
  if (followUp.contactedBefore) {
    where.push('coalesce(c.last_contact_at, c.created_at) < @contactedBefore');
    params.contactedBefore = followUp.contactedBefore;
  }

  let from = 'customers c';
  if (q.query.trim()) {
    const plan = queryPlan(q.query, scope.canReveal);
    if (plan.length === 0) return { total: 0, rows: [] };
    const ranges = plan.map((p, i) => {
      params[`f${i}`] = p.field;
      params[`lo${i}`] = p.prefix;
      params[`hi${i}`] = `${p.prefix}\uffff`;
      return `SELECT customer_id FROM search_tokens WHERE token >= @lo${i} AND token < @hi${i} AND field = @f${i}`;
    });
    from = `(${ranges.join(' UNION ')}) hit JOIN customers c ON c.id = hit.customer_id`;
  }

  const whereSql = where.join(' AND ');
  const total = (db.prepare(`SELECT count(*) AS n FROM ${from} WHERE ${whereSql}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT c.*, u.display_name AS owner_name,
        (SELECT number FROM customer_phones p WHERE p.customer_id = c.id ORDER BY position LIMIT 1) AS phone,
        (SELECT plate FROM vehicles v WHERE v.customer_id = c.id AND v.plate IS NOT NULL ORDER BY v.id LIMIT 1) AS plate
       FROM ${from} LEFT JOIN users u ON u.id = c.owner_id
       WHERE ${whereSql} ORDER BY ${sortSql[q.sort]} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: q.limit, offset: q.offset }) as Array<CustomerDbRow & { phone: string | null; plate: string | null }>;
  return { total, rows: rows.map((r) => toRow(r, now)) };
}
