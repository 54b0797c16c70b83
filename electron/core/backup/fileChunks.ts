import { open } from 'node:fs/promises';
import { targetError } from './backupErrors';

const PIECE_BYTES = 2 * 1024 * 1024;
const RING = 3;

/**
 * A file as 2 MiB pieces, the next read already under way while the caller works on the current
 * one. Three buffers are reused in turn (no allocation per piece, so no garbage collector churn
 * on a 500 MB database): a piece stays valid until two more pieces have been taken — long enough
 * for the backup writer and reader, which copy or hash each piece before asking for the next.
 * Use it as an entry's `source` for writeBackup. `limit` stops after that many bytes (a snapshot's size).
 */
export async function* readFileChunks(path: string, limit = Number.POSITIVE_INFINITY): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r').catch((err: unknown) => Promise.reject(targetError(err)));
  const ring = Array.from({ length: RING }, () => Buffer.allocUnsafe(PIECE_BYTES));
  let slot = 0;
  let position = 0;
  const want = (at: number) => Math.max(0, Math.min(PIECE_BYTES, limit - at));
  let inFlight = handle.read(ring[0]!, 0, want(0), 0);
  try {
    for (;;) {
      const { bytesRead } = await inFlight;
      if (bytesRead === 0) return;
      const piece = ring[slot]!.subarray(0, bytesRead);
      position += bytesRead;
      slot = (slot + 1) % RING;
      inFlight = handle.read(ring[slot]!, 0, want(position), position);
      yield piece;
    }
  } catch (err) {
    throw targetError(err);
  } finally {
    await inFlight.catch(() => undefined);
    await handle.close().catch(() => undefined);
  }
}
