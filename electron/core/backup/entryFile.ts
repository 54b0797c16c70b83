import { open } from 'node:fs/promises';
import { writeAll } from './targetFile';

/** Writes still under way while the next piece is asked for; OnBackupEntry allows two. */
const IN_FLIGHT = 2;

/**
 * Writes one entry of a backup being read into a new file of the data folder (the database stays
 * SQLCipher-encrypted under its key), owner-only, never over an existing file. The reader hands
 * out pieces of reused buffers: two writes may be under way while the next piece is decrypted, and
 * the oldest is awaited before a third is asked for, so nothing is copied or queued without bound.
 */
export async function writeEntryFile(path: string, data: AsyncIterable<Buffer>): Promise<void> {
  const handle = await open(path, 'wx', 0o600);
  const inFlight: Promise<void>[] = [];
  try {
    let position = 0;
    for await (const piece of data) {
      const write = writeAll(handle, piece, position);
      // Awaited below or in finally; a failure is not "unhandled" meanwhile.
      write.catch(() => undefined);
      inFlight.push(write);
      position += piece.length;
      if (inFlight.length > IN_FLIGHT) await inFlight.shift();
    }
    await Promise.all(inFlight.splice(0));
  } finally {
    await Promise.allSettled(inFlight);
    await handle.close();
  }
}
