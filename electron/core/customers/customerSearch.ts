import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { searchQuerySchema } from '../../../shared/customers/customerSchemas';
import type { SearchResult } from '../../../shared/customers/customerTypes';
import { queryPlan } from './searchTokens';
import { scopeSql, type CustomerScope } from './customerScope';
import { readSettings } from '../settings/settingsStore';
import { toRow, type CustomerDbRow } from './customerStore';
import { cachedStatement } from '../db/statementCache';

export type SearchQuery = Omit<z.output<typeof searchQuerySchema>, 'overdue' | 'sort'> & {
  overdue?: boolean;
  sort?: z.output<typeof searchQuerySchema>['sort'] | 'due';
};

export interface FollowUpFilter {
  /** Only files whose next follow-up falls before this instant. */
  dueBefore?: string;
  /** Only files last contacted (or created, if never contacted) before this instant. */
  contactedBefore?: string;
}

/** Beyond this many matching files the count says "more than" and only these are sorted. */
export const MAX_HITS = 5000;

const sortSql: Record<NonNullable<SearchQuery['sort']>, string> = {
  newest: 'c.id DESC',
  updated: 'c.updated_at DESC, c.id DESC',
  name: 'c.name COLLATE NOCASE, c.id',
  archiveNo: 'c.archive_no, c.id',
  lastContact: 'c.last_contact_at IS NULL, c.last_contact_at DESC, c.id DESC',
  due: 'c.next_contact_at, c.id',
};

/**
 * The one search box plus filters, in two steps so an encrypted page is decrypted only when it is
 * needed: first the ids of one page, decided from small indexes (search tokens, then a covering
 * index of each file's status, secrecy, owner, date, category and grade), then the full rows of
 * just those ids. Phone digits are only looked up for callers who may reveal phones, so a masked
 * value can never be probed digit by digit.
 */
export function searchCustomers(db: Database.Database, scope: CustomerScope, q: SearchQuery, now: Date, followUp: FollowUpFilter = {}): SearchResult {
  const text = q.query.trim();
  const sort = q.sort ?? (text ? 'newest' : 'updated');
  const onlyScope = !q.category && !q.grade && !q.ownerId && !q.region && !q.secrecy && !q.overdue && !followUp.dueBefore && !followUp.contactedBefore;
  if (text && sort === 'newest' && onlyScope) return searchTokensOnly(db, scope, q, now);
  const scoped = scopeSql(scope);
  const where: string[] = [scoped.sql, 'c.status = @status'];
  const params: Record<string, string | number> = { ...scoped.params, status: q.status };
  // Filters on columns the covering index lacks make the id step read table rows.
  let covered = sort === 'updated' || sort === 'newest';
  const filter = (clause: string, key: string, value: string | number | undefined, inCover: boolean) => {
    if (value === undefined || value === '') return;
    where.push(clause);
    params[key] = value;
    covered &&= inCover;
  };
  filter('c.category = @category', 'category', q.category, true);
  filter('c.grade = @grade', 'grade', q.grade, true);
  filter('c.owner_id = @ownerId', 'ownerId', q.ownerId, true);
  filter('c.secrecy = @secrecy', 'secrecy', q.secrecy, true);
  filter('c.region = @region', 'region', q.region, false);
  if (q.overdue) {
    const start = new Date(now);
    start.setHours(0, 0, 0, 0);
    filter('c.next_contact_at IS NOT NULL AND c.next_contact_at < @startOfToday', 'startOfToday', start.toISOString(), false);
  }
  filter('c.next_contact_at IS NOT NULL AND c.next_contact_at < @dueBefore', 'dueBefore', followUp.dueBefore, false);
  filter('coalesce(c.last_contact_at, c.created_at) < @contactedBefore', 'contactedBefore', followUp.contactedBefore, false);

  let from = 'customers c';
  if (q.query.trim()) {
    const plan = queryPlan(q.query, scope.canReveal);
    if (plan.length === 0) return { total: 0, capped: false, rows: [] };
    const ranges = plan.map((p, i) => {
      params[`f${i}`] = p.field;
      params[`lo${i}`] = p.prefix;
      params[`hi${i}`] = `${p.prefix}\uffff`;
      return `SELECT customer_id FROM search_tokens WHERE token >= @lo${i} AND token < @hi${i} AND field = @f${i}`;
    });
    // Tokens first, then the matching files by id (CROSS JOIN fixes that order: left to itself the
    // planner may walk every customer by date and probe the tokens for each). Very broad queries
    // are capped so a one-letter search cannot sort the whole archive.
    const index = covered ? ' INDEXED BY customers_id_cover' : '';
    from = `(SELECT customer_id FROM (${ranges.join(' UNION ')}) LIMIT ${MAX_HITS + 1}) hit CROSS JOIN customers c${index} ON c.id = hit.customer_id`;
  }

  const whereSql = where.join(' AND ');
  const total = (cachedStatement(db, `SELECT count(*) AS n FROM ${from} WHERE ${whereSql}`).get(params) as { n: number }).n;
  const ids = cachedStatement(db, `SELECT c.id FROM ${from} WHERE ${whereSql} ORDER BY ${sortSql[sort]} LIMIT @limit OFFSET @offset`)
    .pluck()
    .all({ ...params, limit: q.limit, offset: q.offset }) as number[];
  // Only a text search is capped (its hits subquery stops at MAX_HITS + 1); the plain list counts every file.
  const capped = text !== '' && total > MAX_HITS;
  return { total: capped ? MAX_HITS : total, capped, rows: rowsFor(db, ids, now) };
}

/**
 * The quick-search path (text, newest files first, no extra filters): the token rows carry each
 * file's status, secrecy and owner, so the page is decided inside the token index alone.
 */
function searchTokensOnly(db: Database.Database, scope: CustomerScope, q: SearchQuery, now: Date): SearchResult {
  const plan = queryPlan(q.query, scope.canReveal);
  if (plan.length === 0) return { total: 0, capped: false, rows: [] };
  const scoped = scopeSql(scope, 't');
  const params: Record<string, string | number> = { ...scoped.params, status: q.status };
  const ranges = plan.map((p, i) => {
    params[`f${i}`] = p.field;
    params[`lo${i}`] = p.prefix;
    params[`hi${i}`] = `${p.prefix}\uffff`;
    return `SELECT customer_id FROM search_tokens t WHERE t.token >= @lo${i} AND t.token < @hi${i} AND t.field = @f${i} AND t.status = @status AND ${scoped.sql}`;
  });
  // One pass over the index gives both the count and the page (ids are small; sorting them here is cheap).
  const hits = cachedStatement(db, `SELECT customer_id FROM (${ranges.join(' UNION ')}) LIMIT ${MAX_HITS + 1}`)
    .pluck()
    .all(params) as number[];
  hits.sort((a, b) => b - a);
  const ids = hits.slice(q.offset, q.offset + q.limit);
  return { total: Math.min(hits.length, MAX_HITS), capped: hits.length > MAX_HITS, rows: rowsFor(db, ids, now) };
}

/** Full rows for one page of ids, in that order. */
function rowsFor(db: Database.Database, ids: number[], now: Date): SearchResult['rows'] {
  if (ids.length === 0) return [];
  const rows = cachedStatement(
    db,
    `SELECT c.*, u.display_name AS owner_name,
        (SELECT number FROM customer_phones p WHERE p.customer_id = c.id ORDER BY position LIMIT 1) AS phone,
        (SELECT plate FROM vehicles v WHERE v.customer_id = c.id AND v.plate IS NOT NULL ORDER BY v.id LIMIT 1) AS plate
       FROM customers c LEFT JOIN users u ON u.id = c.owner_id
       WHERE c.id IN (SELECT value FROM json_each(@ids))`,
  ).all({ ids: JSON.stringify(ids) }) as Array<CustomerDbRow & { phone: string | null; plate: string | null }>;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const { staleDays } = readSettings(db);
  return ids.map((id) => toRow(byId.get(id)!, now, staleDays));
}
