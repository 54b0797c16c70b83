import { entryHash } from '../../../electron/core/audit/auditChain';
import type { TestCore } from './testCore';

/** What someone holding one account's password can do: edit a row, then recompute every hash after it. */
export function rewriteFrom(t: TestCore, seq: number, summary: string): void {
  const db = t.core.openArchive!.db.sqlite;
  db.exec('DROP TRIGGER IF EXISTS audit_log_no_update');
  db.prepare('UPDATE audit_log SET summary = ? WHERE seq = ?').run(summary, seq);
  const rows = db.prepare('SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq').all(seq) as Array<Record<string, unknown>>;
  let prev = (db.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck().get(seq - 1) as string | undefined) ?? '0'.repeat(64);
  for (const r of rows) {
    const hash = entryHash({
      seq: r['seq'] as number,
      at: r['at'] as string,
      actorId: r['actor_id'] as number | null,
      actorName: r['actor_name'] as string,
      action: r['action'] as string,
      targetType: r['target_type'] as string | null,
      targetId: r['target_id'] as string | null,
      summary: r['summary'] as string,
      params: r['params'] as string | null,
      prevHash: prev,
    });
    db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, hash, r['seq']);
    prev = hash;
  }
}
