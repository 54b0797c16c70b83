import type Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

export type Orm = BetterSQLite3Database<typeof schema>;

const orms = new WeakMap<Database.Database, Orm>();

/**
 * drizzle over a connection, made once per connection. Stores use it for rows by id and simple
 * filters, so a column added to the schema reaches them by type; hot paths (search, lists) keep
 * hand-written SQL with cached statements.
 */
export function ormOf(db: Database.Database): Orm {
  let orm = orms.get(db);
  if (!orm) {
    orm = drizzle(db, { schema });
    orms.set(db, orm);
  }
  return orm;
}
