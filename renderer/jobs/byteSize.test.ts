import { describe, expect, it } from 'vitest';
import { formatBytes, formatSpeed } from './byteSize';

describe('sizes and speeds on screen', () => {
  it('small files in bytes and KB, whole numbers', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(900)).toBe('900 B');
    expect(formatBytes(4096)).toBe('4 KB');
  });

  it('MB and GB with one decimal below a hundred', () => {
    expect(formatBytes(27.4 * 1048576)).toBe('27.4 MB');
    expect(formatBytes(1.8 * 1073741824)).toBe('1.8 GB');
    expect(formatBytes(512 * 1048576)).toBe('512 MB');
  });

  it('speeds in MB/s, a decimal only where it matters', () => {
    expect(formatSpeed(56.2 * 1048576)).toBe('56 MB/s');
    expect(formatSpeed(3.44 * 1048576)).toBe('3.4 MB/s');
  });
});
