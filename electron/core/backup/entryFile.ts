import { open } from 'node:fs/promises';
import { writeAll } from './targetFile';

/**
 * Writes one entry of a backup being read into a new file of the data folder (the database stays
 * SQLCipher-encrypted under its key), owner-only, never over an existing file. Each piece is on
 * its way to disk before the next is asked for: the reader hands out pieces of reused buffers, so
 * nothing is queued or copied on the way.
 */
export async function writeEntryFile(path: string, data: AsyncIterable<Buffer>): Promise<void> {
  const handle = await open(path, 'wx', 0o600);
  try {
    let position = 0;
    for await (const piece of data) {
      await writeAll(handle, piece, position);
      position += piece.length;
    }
  } finally {
    await handle.close();
  }
}
