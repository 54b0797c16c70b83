import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();
const MAX_STATEMENTS = 500;

/**
 * Prepared statements for SQL that is built at run time (search filters, paging), kept per
 * connection: preparing re-parses the schema every time, which the hot search path cannot afford.
 */
export function cachedStatement(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value as string);
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
