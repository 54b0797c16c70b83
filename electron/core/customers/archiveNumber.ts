import type Database from 'better-sqlite3';

/**
 * 档案编号 from a configurable pattern: {YYYY} year, {YY}, {MM} month, {SEQ:n} a counter of n digits
 * that restarts each period the pattern names (per year with {YYYY}, per month with {MM}).
 * Numbers come from a counter that only grows, and customers rows are never deleted, so a number
 * is never handed out twice.
 */
export const DEFAULT_ARCHIVE_PATTERN = 'KD{YYYY}{SEQ:6}';

export function isValidArchivePattern(pattern: string): boolean {
  return /\{SEQ:[3-9]\}/.test(pattern) && !/[^A-Za-z0-9{}:\-/_]/.test(pattern) && pattern.length <= 40;
}

function periodOf(pattern: string, now: Date): string {
  const y = String(now.getFullYear());
  const m = String(now.getMonth() + 1).padStart(2, '0');
  if (pattern.includes('{MM}')) return `${y}-${m}`;
  if (pattern.includes('{YYYY}') || pattern.includes('{YY}')) return y;
  return 'all';
}

export function nextArchiveNo(db: Database.Database, pattern: string, now: Date): string {
  const period = `${pattern}|${periodOf(pattern, now)}`;
  for (;;) {
    const row = db
      .prepare('INSERT INTO archive_counters (period, last) VALUES (?, 1) ON CONFLICT(period) DO UPDATE SET last = last + 1 RETURNING last')
      .get(period) as { last: number };
    const y = String(now.getFullYear());
    const candidate = pattern
      .replace('{YYYY}', y)
      .replace('{YY}', y.slice(2))
      .replace('{MM}', String(now.getMonth() + 1).padStart(2, '0'))
      .replace(/\{SEQ:(\d)\}/, (_m, n: string) => String(row.last).padStart(Number(n), '0'));
    // A number typed in by hand (import) may already exist; skip it rather than reuse it.
    const taken = db.prepare('SELECT 1 FROM customers WHERE archive_no = ?').get(candidate);
    if (!taken) return candidate;
  }
}
