import { open } from 'node:fs/promises';
import { targetError } from './backupErrors';

const PIECE_BYTES = 2 * 1024 * 1024;
/** Reads under way while the caller works: on a busy machine a single one is often not back in time. */
const AHEAD = 2;
/** The reads ahead, the piece the caller holds and the one before it (still valid, see below). */
const RING = AHEAD + 2;

/**
 * A file as 2 MiB pieces, the next two reads already under way while the caller works on the
 * current one. Four buffers are reused in turn (no allocation per piece, so no garbage collector
 * churn on a 500 MB database): a piece stays valid until two more pieces have been taken — long
 * enough for the backup writer and reader, which copy or hash each piece before asking for the next.
 * Use it as an entry's `source` for writeBackup. `limit` stops after that many bytes (a snapshot's size).
 */
export async function* readFileChunks(path: string, limit = Number.POSITIVE_INFINITY): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r').catch((err: unknown) => Promise.reject(targetError(err)));
  const ring = Array.from({ length: RING }, () => Buffer.allocUnsafe(PIECE_BYTES));
  const reads: Array<Promise<{ buffer: Buffer; position: number; asked: number; bytesRead: number }>> = [];
  let slot = 0;
  let issued = 0;
  const issue = () => {
    const buffer = ring[slot]!;
    const position = issued;
    const asked = Math.max(0, Math.min(PIECE_BYTES, limit - position));
    const read = handle.read(buffer, 0, asked, position).then(({ bytesRead }) => ({ buffer, position, asked, bytesRead }));
    // Awaited in turn; failing while the caller still works on an earlier piece is not "unhandled".
    read.catch(() => undefined);
    reads.push(read);
    issued += asked;
    slot = (slot + 1) % RING;
  };
  try {
    for (let i = 0; i < AHEAD; i += 1) issue();
    for (;;) {
      const read = await reads.shift()!;
      let got = read.bytesRead;
      if (got === 0) return;
      // A short read before the end (a network share may give one): fill the rest of this piece
      // in place, so the reads ahead still start where they should.
      while (got < read.asked) {
        const { bytesRead } = await handle.read(read.buffer, got, read.asked - got, read.position + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      issue();
      yield read.buffer.subarray(0, got);
    }
  } catch (err) {
    throw targetError(err);
  } finally {
    await Promise.allSettled(reads.splice(0));
    await handle.close().catch(() => undefined);
  }
}
