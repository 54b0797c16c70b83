import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { searchQuerySchema } from '../../../shared/customers/customerSchemas';
import type { SearchMatch, SearchResult } from '../../../shared/customers/customerTypes';
import { normaliseQueryText, queryPlan, searchFields, type SearchField } from './searchTokens';
import type { CustomerScope } from './customerScope';
import { readSettings } from '../settings/settingsStore';
import { toRow } from './customerView';
import type { CustomerRecord } from './customerStore';
import { cachedStatement } from '../db/statementCache';
import { customers } from '../db/schema';
import { selectList } from '../db/selectList';
import { Where } from '../db/where';

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

/** The scope as SQL over a table alias holding secrecy and owner_id (customers, or search_tokens). */
function scopeWhere(where: Where, scope: CustomerScope, alias: string): Where {
  const levels = Object.fromEntries(scope.levels.map((level, i) => [`lvl${i}`, level]));
  where.always(scope.levels.length ? `${alias}.secrecy IN (${Object.keys(levels).map((k) => `@${k}`).join(', ')})` : '0', levels);
  if (scope.ownerOnly !== null) where.always(`${alias}.owner_id = @scopeOwner`, { scopeOwner: scope.ownerOnly });
  return where;
}

/** One index range scan per field the query may hit, each bound by name. */
function tokenRanges(plan: ReturnType<typeof queryPlan>, where: Where, alias: string, extra = ''): string[] {
  return plan.map((p, i) => {
    where.always('1', { [`f${i}`]: p.field, [`lo${i}`]: p.prefix, [`hi${i}`]: `${p.prefix}\u{10ffff}` });
    return `SELECT customer_id FROM search_tokens ${alias} WHERE ${alias}.token >= @lo${i} AND ${alias}.token < @hi${i} AND ${alias}.field = @f${i}${extra}`;
  });
}

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
  const plan = text ? queryPlan(text, scope.canReveal) : [];
  if (text && plan.length === 0) return { total: 0, capped: false, rows: [] };
  const onlyScope = !q.category && !q.grade && !q.ownerId && !q.region && !q.secrecy && !q.overdue && !followUp.dueBefore && !followUp.contactedBefore;
  if (text && sort === 'newest' && onlyScope) return searchTokensOnly(db, scope, q, plan, now);

  const where = scopeWhere(new Where(), scope, 'c').always('c.status = @status', { status: q.status });
  let startOfToday: string | undefined;
  if (q.overdue) {
    const start = new Date(now);
    start.setHours(0, 0, 0, 0);
    startOfToday = start.toISOString();
  }
  where
    .when('c.category = @category', { category: q.category })
    .when('c.grade = @grade', { grade: q.grade })
    .when('c.owner_id = @ownerId', { ownerId: q.ownerId })
    .when('c.secrecy = @secrecy', { secrecy: q.secrecy })
    .when('c.region = @region', { region: q.region })
    .when('c.next_contact_at IS NOT NULL AND c.next_contact_at < @startOfToday', { startOfToday })
    .when('c.next_contact_at IS NOT NULL AND c.next_contact_at < @dueBefore', { dueBefore: followUp.dueBefore })
    .when('coalesce(c.last_contact_at, c.created_at) < @contactedBefore', { contactedBefore: followUp.contactedBefore });
  // Filters on columns the covering index lacks make the id step read table rows.
  const covered = (sort === 'updated' || sort === 'newest') && !q.region && !q.overdue && !followUp.dueBefore && !followUp.contactedBefore;

  let from = 'customers c';
  if (text) {
    // Tokens first, then the matching files by id (CROSS JOIN fixes that order: left to itself the
    // planner may walk every customer by date and probe the tokens for each). Very broad queries
    // are capped so a one-letter search cannot sort the whole archive.
    const index = covered ? ' INDEXED BY customers_id_cover' : '';
    from = `(SELECT customer_id FROM (${tokenRanges(plan, where, 't').join(' UNION ')}) LIMIT ${MAX_HITS + 1}) hit CROSS JOIN customers c${index} ON c.id = hit.customer_id`;
  }
  const conditions = where.conditions();
  const total = (cachedStatement(db, `SELECT count(*) AS n FROM ${from} WHERE ${conditions}`).get(where.params) as { n: number }).n;
  const ids = cachedStatement(db, `SELECT c.id FROM ${from} WHERE ${conditions} ORDER BY ${sortSql[sort]} LIMIT @limit OFFSET @offset`)
    .pluck()
    .all({ ...where.params, limit: q.limit, offset: q.offset }) as number[];
  // Only a text search is capped (its hits subquery stops at MAX_HITS + 1); the plain list counts every file.
  const capped = text !== '' && total > MAX_HITS;
  return { total: capped ? MAX_HITS : total, capped, rows: rowsFor(db, ids, now, text ? matchesFor(db, ids, plan, text) : null) };
}

/**
 * The quick-search path (text, newest files first, no extra filters): the token rows carry each
 * file's status, secrecy and owner, so the page is decided inside the token index alone.
 */
function searchTokensOnly(db: Database.Database, scope: CustomerScope, q: SearchQuery, plan: ReturnType<typeof queryPlan>, now: Date): SearchResult {
  const where = scopeWhere(new Where(), scope, 't').always('t.status = @status', { status: q.status });
  const conditions = where.conditions();
  // Each range says which field it searched, so why a file matched comes out of the same pass.
  const ranges = plan.map((p, i) => {
    where.always('1', { [`f${i}`]: p.field, [`lo${i}`]: p.prefix, [`hi${i}`]: `${p.prefix}\u{10ffff}` });
    return `SELECT customer_id, field FROM search_tokens t WHERE t.token >= @lo${i} AND t.token < @hi${i} AND t.field = @f${i} AND ${conditions}`;
  });
  // One pass over the index gives the count, the page and the reasons (ids are small; sorting them here is cheap).
  const pairs = cachedStatement(db, `SELECT customer_id AS id, field FROM (${ranges.join(' UNION ')}) LIMIT ${(MAX_HITS + 1) * plan.length}`).all(where.params) as Array<{ id: number; field: SearchField }>;
  const fieldsOf = new Map<number, Set<SearchField>>();
  for (const { id, field } of pairs) (fieldsOf.get(id) ?? fieldsOf.set(id, new Set()).get(id)!).add(field);
  const hits = [...fieldsOf.keys()].slice(0, MAX_HITS + 1).sort((a, b) => b - a);
  const ids = hits.slice(q.offset, q.offset + q.limit);
  return { total: Math.min(hits.length, MAX_HITS), capped: hits.length > MAX_HITS, rows: rowsFor(db, ids, now, describeMatches(db, ids, fieldsOf, q.query)) };
}

const matchOrder: SearchField[] = [searchFields.archiveNo, searchFields.phone, searchFields.plate, searchFields.vin, searchFields.name, searchFields.pinyin, searchFields.initials];

/**
 * Why each file of the page matched, so the list can say so (手机号含 2300, 车牌 鲁JZSP98): the typed
 * digits for a phone (never more of the number), the whole plate or VIN tail for a car.
 */
function matchesFor(db: Database.Database, ids: number[], plan: ReturnType<typeof queryPlan>, typed: string): Map<number, SearchMatch> {
  if (ids.length === 0 || plan.length === 0) return new Map();
  const params: Record<string, string> = { ids: JSON.stringify(ids) };
  const ranges = plan.map((p, i) => {
    params[`f${i}`] = p.field;
    params[`lo${i}`] = p.prefix;
    params[`hi${i}`] = `${p.prefix}\u{10ffff}`;
    return `(field = @f${i} AND token >= @lo${i} AND token < @hi${i})`;
  });
  const rows = cachedStatement(db, `SELECT customer_id AS id, field FROM search_tokens WHERE customer_id IN (SELECT value FROM json_each(@ids)) AND (${ranges.join(' OR ')})`).all(params) as Array<{ id: number; field: SearchField }>;
  const fieldsOf = new Map<number, Set<SearchField>>();
  for (const r of rows) (fieldsOf.get(r.id) ?? fieldsOf.set(r.id, new Set()).get(r.id)!).add(r.field);
  return describeMatches(db, ids, fieldsOf, typed);
}

/** The reason to show for each file of the page, from the fields its tokens matched. */
function describeMatches(db: Database.Database, ids: number[], fieldsOf: Map<number, Set<SearchField>>, typed: string): Map<number, SearchMatch> {
  const found = new Map<number, SearchMatch>();
  const q = normaliseQueryText(typed);
  for (const id of ids) {
    const fields = fieldsOf.get(id);
    const field = matchOrder.find((f) => fields?.has(f));
    if (!field) continue;
    if (field === searchFields.plate || field === searchFields.vin) {
      const cars = cachedStatement(db, 'SELECT vin, plate FROM vehicles WHERE customer_id = ?').all(id) as Array<{ vin: string; plate: string | null }>;
      const car = field === searchFields.plate ? cars.find((c) => c.plate && normaliseQueryText(c.plate).includes(q)) : cars.find((c) => c.vin.toLowerCase().includes(q));
      if (car) found.set(id, field === searchFields.plate ? { field: 'plate', value: car.plate! } : { field: 'vin', value: car.vin.slice(-6) });
    } else if (field === searchFields.archiveNo) found.set(id, { field: 'archiveNo', value: typed.trim() });
    else if (field === searchFields.phone) found.set(id, { field: 'phone', value: q });
    else found.set(id, { field: field === searchFields.name ? 'name' : 'pinyin', value: typed.trim() });
  }
  return found;
}

/** Full rows for one page of ids, in that order. */
function rowsFor(db: Database.Database, ids: number[], now: Date, matches: Map<number, SearchMatch> | null): SearchResult['rows'] {
  if (ids.length === 0) return [];
  const rows = cachedStatement(
    db,
    `SELECT ${selectList(customers, 'c')}, u.display_name AS ownerName,
        (SELECT number FROM customer_phones p WHERE p.customer_id = c.id ORDER BY position LIMIT 1) AS phone,
        (SELECT plate FROM vehicles v WHERE v.customer_id = c.id AND v.plate IS NOT NULL ORDER BY v.id LIMIT 1) AS plate
       FROM customers c LEFT JOIN users u ON u.id = c.owner_id
       WHERE c.id IN (SELECT value FROM json_each(@ids))`,
  ).all({ ids: JSON.stringify(ids) }) as Array<CustomerRecord & { phone: string | null; plate: string | null }>;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const { staleDays } = readSettings(db);
  return ids.map((id) => toRow(byId.get(id)!, now, staleDays, matches?.get(id) ?? null));
}
