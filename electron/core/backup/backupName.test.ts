import { describe, expect, it } from 'vitest';
import { backupFileName } from './backupName';

describe('a backup file’s name', () => {
  it('says what, whose and when, sortable by time', () => {
    expect(backupFileName('星辰汽车 4S 店', new Date(2026, 11, 1, 15, 30, 5))).toBe('客档备份-星辰汽车4S店-20261201-153005.kdbak');
  });

  it('drops what a Windows or FAT32 drive refuses in a name', () => {
    expect(backupFileName('A/B\\C:D*E?"F<G>H|I', new Date(2026, 0, 2, 3, 4, 5))).toBe('客档备份-ABCDEFGHI-20260102-030405.kdbak');
    expect(backupFileName('///', new Date(2026, 0, 2, 3, 4, 5))).toBe('客档备份-store-20260102-030405.kdbak');
  });
});
