import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

/** Reads a real file, but up to `by` bytes (at most half) less than asked, as a network share may. */
const short = vi.hoisted(() => ({ by: 0 }));
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  return {
    ...fs,
    open: async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args);
      const read = handle.read.bind(handle) as (buffer: Buffer, offset: number, length: number, position: number) => Promise<{ bytesRead: number; buffer: Buffer }>;
      return Object.assign(handle, {
        read: (buffer: Buffer, offset: number, length: number, position: number) => read(buffer, offset, Math.max(Math.ceil(length / 2), length - short.by), position),
      });
    },
  };
});

const { readFileChunks } = await import('../../../electron/core/backup/fileChunks');

const dir = mkdtempSync(join(tmpdir(), 'kedang-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readAll(path: string, limit?: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const piece of readFileChunks(path, limit)) parts.push(Buffer.from(piece));
  return Buffer.concat(parts);
}

describe('a file read in pieces', () => {
  const data = randomBytes(9 * 1024 * 1024 + 123);
  const path = join(dir, 'data.bin');
  writeFileSync(path, data);

  it.each([0, 1, 4096, 1024 * 1024])('comes whole and in order, with reads ahead, even when the disk gives %i bytes less than asked', async (by) => {
    short.by = by;
    expect((await readAll(path)).equals(data)).toBe(true);
    expect((await readAll(path, 5_000_000)).equals(data.subarray(0, 5_000_000))).toBe(true);
  });
});
