import { describe, expect, it } from 'vitest';
import { checkDue, nextCheckDue } from './checkSchedule';

describe('the monthly duplicate check', () => {
  it('is due at once when it never ran', () => {
    expect(checkDue(null, new Date('2026-11-01T00:00:00Z'))).toBe(true);
  });

  it('is due on the same day of the next month, in the store’s days', () => {
    // 2026-10-15 07:00 in Beijing is still the 14th in UTC.
    expect(nextCheckDue('2026-10-14T23:00:00Z')!.toISOString()).toBe('2026-11-14T23:00:00.000Z');
    expect(checkDue('2026-10-14T23:00:00Z', new Date('2026-11-14T22:59:59Z'))).toBe(false);
    expect(checkDue('2026-10-14T23:00:00Z', new Date('2026-11-14T23:00:00Z'))).toBe(true);
  });

  it('after the 31st, a shorter month’s last day', () => {
    expect(nextCheckDue('2027-01-31T02:00:00Z')!.toISOString()).toBe('2027-02-28T02:00:00.000Z');
  });
});
