import { corrupt, throwIfCancelled, truncated } from './backupErrors';
import { hkdfSha256 } from './ageHeader';
import type { ByteReader } from './byteReader';
import { openInto, sealInPlace, TAG_BYTES } from './sodium';

/**
 * The age payload: a 16-byte nonce, then STREAM — 64 KiB chunks, each sealed with
 * ChaCha20-Poly1305 under HKDF(file key, salt = nonce, "payload") and a 12-byte nonce of an
 * 11-byte big-endian counter plus a last-chunk flag. The last chunk may be short; it is empty
 * only when the whole payload is.
 *
 * Speed: plaintext is copied once into a block of 32 sealed-chunk slots and encrypted there in
 * place, so each 2 MiB block goes to the disk in one write with no further copies.
 */
export const CHUNK_BYTES = 64 * 1024;
export const SEALED_CHUNK_BYTES = CHUNK_BYTES + TAG_BYTES;
export const PAYLOAD_NONCE_BYTES = 16;
const CHUNKS_PER_BLOCK = 32;
const SEALED_BLOCK_BYTES = CHUNKS_PER_BLOCK * SEALED_CHUNK_BYTES;

/**
 * Ciphertext blocks handed back by the writer once on disk, for the sealer to fill again: no
 * fresh 2 MiB allocation (page faults, garbage collection) per block.
 */
export class BlockPool {
  private readonly free: Buffer[] = [];

  take(): Buffer {
    return this.free.pop() ?? Buffer.allocUnsafe(SEALED_BLOCK_BYTES);
  }

  /** Only whole blocks come back; the last, shorter one is left to the garbage collector. */
  give(block: Buffer): void {
    if (block.length === SEALED_BLOCK_BYTES && this.free.length < 4) this.free.push(block);
  }
}

export function payloadKey(fileKey: Uint8Array, nonce: Uint8Array): Buffer {
  return hkdfSha256(fileKey, nonce, 'payload');
}

/** The age file size for a payload of `plaintextBytes` (without the header and nonce). */
export function sealedPayloadSize(plaintextBytes: number): number {
  return plaintextBytes + TAG_BYTES * Math.max(1, Math.ceil(plaintextBytes / CHUNK_BYTES));
}

function nextNonce(nonce: Buffer): void {
  for (let i = 10; i >= 0; i -= 1) {
    nonce[i] = (nonce[i]! + 1) & 0xff;
    if (nonce[i] !== 0) return;
  }
  throw new Error('STREAM counter overflow');
}

/**
 * Seals plaintext into ciphertext blocks of ~2 MiB. A yielded block belongs to the consumer; with
 * a `pool`, the consumer gives it back when done (otherwise each block is a fresh buffer).
 */
export async function* sealPayload(key: Buffer, plaintext: AsyncIterable<Uint8Array>, options: { signal?: AbortSignal; pool?: BlockPool } = {}): AsyncGenerator<Buffer> {
  const { signal } = options;
  const take = () => options.pool?.take() ?? Buffer.allocUnsafe(SEALED_BLOCK_BYTES);
  const nonce = Buffer.alloc(12);
  let block = take();
  let chunk = 0;
  let fill = 0;
  const seal = (last: boolean) => {
    const start = chunk * SEALED_CHUNK_BYTES;
    if (last) nonce[11] = 1;
    sealInPlace(key, nonce, block.subarray(start, start + fill), block.subarray(start + fill, start + fill + TAG_BYTES));
    nextNonce(nonce);
  };
  for await (const piece of plaintext) {
    throwIfCancelled(signal);
    let offset = 0;
    while (offset < piece.length) {
      // A full chunk is sealed only once more data shows it is not the last one.
      if (fill === CHUNK_BYTES) {
        seal(false);
        chunk += 1;
        fill = 0;
        if (chunk === CHUNKS_PER_BLOCK) {
          yield block;
          block = take();
          chunk = 0;
        }
      }
      const n = Math.min(CHUNK_BYTES - fill, piece.length - offset);
      block.set(piece.subarray(offset, offset + n), chunk * SEALED_CHUNK_BYTES + fill);
      fill += n;
      offset += n;
    }
  }
  throwIfCancelled(signal);
  seal(true);
  yield block.subarray(0, chunk * SEALED_CHUNK_BYTES + fill + TAG_BYTES);
}

/** Plaintext buffers a reused read takes turns with: a block's buffer is filled again four blocks later. */
const OUTPUT_TURNS = 4;

/**
 * Opens the STREAM that follows the nonce, block by block, and insists the reader ends exactly
 * after the last chunk. A file cut at a chunk boundary is BACKUP_TRUNCATED; a chunk that does
 * not authenticate (a changed byte, or a cut inside a chunk: the two look alike) is BACKUP_CORRUPT.
 * `reuseOutput`: four plaintext buffers take turns, so a yielded block stays valid until the
 * consumer asks for the fourth block after it (reading back and staging entries); otherwise every
 * block is fresh.
 */
export async function* openPayload(key: Buffer, reader: ByteReader, options: { signal?: AbortSignal; reuseOutput?: boolean } = {}): AsyncGenerator<Buffer> {
  const { signal } = options;
  const turns = options.reuseOutput ? Array.from({ length: OUTPUT_TURNS }, () => Buffer.allocUnsafe(CHUNKS_PER_BLOCK * CHUNK_BYTES)) : null;
  let turn = 0;
  const nonce = Buffer.alloc(12);
  const capacity = SEALED_BLOCK_BYTES;
  // One byte more than a block: seeing it proves the block's chunks are not the last.
  const block = Buffer.allocUnsafe(capacity + 1);
  let chunksOpened = 0;

  const open = (start: number, length: number, out: Buffer, at: number, last: boolean): boolean => {
    nonce[11] = last ? 1 : 0;
    const body = length - TAG_BYTES;
    const ok = openInto(key, nonce, block.subarray(start, start + body), block.subarray(start + body, start + length), out.subarray(at, at + body));
    if (ok) {
      nextNonce(nonce);
      chunksOpened += 1;
    }
    return ok;
  };
  const openMiddle = (start: number, out: Buffer, at: number) => {
    if (open(start, SEALED_CHUNK_BYTES, out, at, false)) return;
    // A full chunk that opens as the last one but has bytes after it: data appended to the file.
    if (open(start, SEALED_CHUNK_BYTES, out, at, true)) throw corrupt('trailing-data', 'Data follows the last chunk of the age payload');
    throw corrupt('chunk', `Chunk ${chunksOpened} of the age payload does not authenticate`);
  };

  let carry = 0;
  for (;;) {
    throwIfCancelled(signal);
    const got = carry + (await reader.fill(block, carry, capacity + 1 - carry));
    if (got === capacity + 1) {
      turn = (turn + 1) % OUTPUT_TURNS;
      const out = turns?.[turn] ?? Buffer.allocUnsafe(CHUNKS_PER_BLOCK * CHUNK_BYTES);
      for (let i = 0; i < CHUNKS_PER_BLOCK; i += 1) openMiddle(i * SEALED_CHUNK_BYTES, out, i * CHUNK_BYTES);
      yield out;
      block[0] = block[capacity]!;
      carry = 1;
      continue;
    }

    if (got === 0) throw truncated('The age payload is missing');
    const full = Math.floor(got / SEALED_CHUNK_BYTES);
    const rest = got % SEALED_CHUNK_BYTES;
    const middle = rest === 0 ? full - 1 : full;
    const lastStart = middle * SEALED_CHUNK_BYTES;
    const lastLength = got - lastStart;
    const out = Buffer.allocUnsafe(middle * CHUNK_BYTES + Math.max(0, lastLength - TAG_BYTES));
    for (let i = 0; i < middle; i += 1) openMiddle(i * SEALED_CHUNK_BYTES, out, i * CHUNK_BYTES);
    if (lastLength < TAG_BYTES) throw truncated('The age payload ends inside a chunk');
    if (!open(lastStart, lastLength, out, middle * CHUNK_BYTES, true)) {
      if (lastLength === SEALED_CHUNK_BYTES && open(lastStart, lastLength, out, middle * CHUNK_BYTES, false)) {
        throw truncated('The age payload ends without its last chunk');
      }
      throw corrupt('chunk', `The last chunk (${chunksOpened}) of the age payload does not authenticate`);
    }
    if (lastLength === TAG_BYTES && chunksOpened > 1) throw corrupt('empty-last-chunk', 'The last chunk is empty although earlier chunks exist');
    if (out.length > 0) yield out;
    return;
  }
}
