import { getTableColumns } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

const cache = new WeakMap<SQLiteTable, Map<string, string>>();

/**
 * `c."archive_no" AS "archiveNo", …` for every column of a table, from the schema: hand-written SQL
 * on hot paths then returns rows shaped like the table's `$inferSelect`, so there is one model.
 * Only for tables whose columns need no mapping from the driver (text and plain integers).
 */
export function selectList(table: SQLiteTable, alias: string): string {
  let perAlias = cache.get(table);
  if (!perAlias) {
    perAlias = new Map();
    cache.set(table, perAlias);
  }
  let list = perAlias.get(alias);
  if (!list) {
    list = Object.entries(getTableColumns(table))
      .map(([key, column]) => {
        if (column.columnType === 'SQLiteBoolean' || column.columnType === 'SQLiteTextJson' || column.columnType === 'SQLiteTimestamp') {
          throw new Error(`selectList: ${column.name} needs mapping from the driver; use the orm for this table`);
        }
        return `${alias}."${column.name}" AS "${key}"`;
      })
      .join(', ');
    perAlias.set(alias, list);
  }
  return list;
}
