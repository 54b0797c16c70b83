import { describe, expect, it } from 'vitest';
import { erasedStillHeld } from './erasedStillHeld';

const backup = (id: number, at: string) => ({ id, at, path: `/media/u/backup-${id}.kdbak`, bytes: 1000 + id });

describe('which backups still hold erased data', () => {
  it('lists the live backups an erase found, with the requests whose data they hold, oldest first', () => {
    const live = [backup(3, '2026-11-03T00:00:00Z'), backup(1, '2026-11-01T00:00:00Z'), backup(2, '2026-11-02T00:00:00Z')];
    const held = erasedStillHeld(
      [
        { requestId: 7, executedAt: '2026-11-02T12:00:00Z', backupsHolding: [backup(2, '2026-11-02T00:00:00Z'), backup(1, '2026-11-01T00:00:00Z')] },
        { requestId: 9, executedAt: '2026-11-02T13:00:00Z', backupsHolding: [backup(2, '2026-11-02T00:00:00Z'), backup(1, '2026-11-01T00:00:00Z')] },
      ],
      live,
    );
    expect(held.backups.map((b) => [b.id, b.requests, b.retirable])).toEqual([
      [1, [7, 9], true],
      [2, [7, 9], true],
    ]);
    expect(held.latestErasureAt).toBe('2026-11-02T13:00:00Z');
    expect(held.newerBackupAt).toBe('2026-11-03T00:00:00Z');
  });

  it('never offers the newest backup, and asks for a newer one while none was made after the erase', () => {
    const held = erasedStillHeld([{ requestId: 1, executedAt: '2026-11-05T00:00:00Z', backupsHolding: [backup(4, '2026-11-04T00:00:00Z'), backup(3, '2026-11-03T00:00:00Z')] }], [backup(3, '2026-11-03T00:00:00Z'), backup(4, '2026-11-04T00:00:00Z')]);
    expect(held.backups.map((b) => [b.id, b.retirable])).toEqual([
      [3, true],
      [4, false],
    ]);
    expect(held.newerBackupAt).toBeNull();
  });

  it('forgets backups already rotated out or retired, and erasures none of whose backups remain', () => {
    const held = erasedStillHeld([{ requestId: 1, executedAt: '2026-11-05T00:00:00Z', backupsHolding: [backup(3, '2026-11-03T00:00:00Z')] }], [backup(6, '2026-11-06T00:00:00Z')]);
    expect(held).toEqual({ backups: [], latestErasureAt: null, newerBackupAt: null });
    expect(erasedStillHeld([], [])).toEqual({ backups: [], latestErasureAt: null, newerBackupAt: null });
  });
});
