import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { dueDateText } from './dueDate';

describe('a follow-up’s due date', () => {
  const now = dayjs('2026-12-01T10:00:00');
  it('this year’s reads without the year', () => {
    expect(dueDateText('2026-11-20T09:30:00', now)).toBe('11-20 09:30');
  });
  it('another year’s says which year, before and after', () => {
    expect(dueDateText('2025-11-20T09:30:00', now)).toBe('2025-11-20 09:30');
    expect(dueDateText('2027-01-03T08:00:00', now)).toBe('2027-01-03 08:00');
  });
});
