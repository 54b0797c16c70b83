import journal from './migrations/meta/_journal.json';

/**
 * The SQL migrations drizzle-kit generated, bundled into the build (vite inlines each file as a
 * string), in journal order. Version N of the schema = the first N migrations applied.
 */
const files = import.meta.glob<string>('./migrations/*.sql', { query: '?raw', import: 'default', eager: true });

export interface Migration {
  version: number;
  tag: string;
  statements: string[];
}

export const migrations: Migration[] = journal.entries.map((entry, i) => {
  const sql = files[`./migrations/${entry.tag}.sql`];
  if (sql === undefined) throw new Error(`migration ${entry.tag} is in the journal but not bundled`);
  return {
    version: i + 1,
    tag: entry.tag,
    statements: sql
      .split('--> statement-breakpoint')
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  };
});

export const latestSchemaVersion = migrations.length;
