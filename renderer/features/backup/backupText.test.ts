import { describe, expect, it } from 'vitest';
import { anchorText, splitPath } from './backupText';

describe('a backup’s place on screen', () => {
  it('splits Windows and POSIX paths into folder and file name', () => {
    expect(splitPath('E:\\客档备份\\客档备份-星辰-20260501-100000.kdbak')).toEqual({ folder: 'E:\\客档备份', name: '客档备份-星辰-20260501-100000.kdbak' });
    expect(splitPath('/media/usb/a.kdbak')).toEqual({ folder: '/media/usb', name: 'a.kdbak' });
    expect(splitPath('/a.kdbak')).toEqual({ folder: '/', name: 'a.kdbak' });
  });

  it('names an audit anchor by its sequence and the first 16 hex of its hash', () => {
    expect(anchorText({ seq: 42, hash: 'ab'.repeat(32) })).toBe('#42 · abababababababab');
    expect(anchorText(null)).toBeNull();
  });
});
