import { describe, expect, it } from 'vitest';
import { printTime } from '../../../electron/core/reports/printTime';

describe('printed times', () => {
  it('are Asia/Shanghai local time by default, whatever zone the machine is in', () => {
    const time = printTime();
    expect(time.dateTime('2026-03-05T06:30:00.000Z')).toBe('2026-03-05 14:30');
    expect(time.dateTime('2026-03-05T23:59:59+08:00')).toBe('2026-03-05 23:59');
    expect(time.date('2026-03-05T17:30:00.000Z')).toBe('2026-03-06');
    expect(time.zone('2026-03-05T06:30:00.000Z')).toBe('GMT+8');
  });

  it('follow another zone, daylight saving included', () => {
    const berlin = printTime('Europe/Berlin');
    expect(berlin.dateTime('2026-03-29T00:59:00Z')).toBe('2026-03-29 01:59');
    expect(berlin.dateTime('2026-03-29T01:00:00Z')).toBe('2026-03-29 03:00');
    expect(berlin.dateTime('2026-10-25T00:30:00Z')).toBe('2026-10-25 02:30');
    expect(berlin.dateTime('2026-10-25T01:30:00Z')).toBe('2026-10-25 02:30');
  });

  it('keep a plain date as it is and print anything else unchanged', () => {
    const time = printTime();
    expect(time.date('1985-06-15')).toBe('1985-06-15');
    expect(time.dateTime('1985-06-15')).toBe('1985-06-15');
    expect(time.dateTime('不是时间')).toBe('不是时间');
  });
});
