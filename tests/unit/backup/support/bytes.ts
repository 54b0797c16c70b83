import { randomBytes } from 'node:crypto';
import { decryptAge, encryptAge, type AgeRecipient, type AgeSecret } from '../../../../electron/core/backup/age';
import { KedangError } from '../../../../shared/contract/errors';

/** Feeds `data` in irregular pieces (1 byte, 3 bytes, just under and over a chunk…), as real streams do. */
export async function* piecesOf(data: Buffer, sizes: number[] = [1, 70_000, 3, 65_536, 500_000, 65_535]): AsyncGenerator<Buffer> {
  let offset = 0;
  for (let i = 0; offset < data.length; i += 1) {
    const size = sizes[i % sizes.length]!;
    yield data.subarray(offset, offset + size);
    offset += size;
  }
}

export async function collect(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(Buffer.from(part));
  return Buffer.concat(parts);
}

export async function encryptBuffer(data: Buffer, recipient: AgeRecipient): Promise<Buffer> {
  return collect(encryptAge(piecesOf(data), recipient));
}

/** Decrypts from pieces of the ciphertext, so nothing depends on the reader getting it in one go. */
export async function decryptBuffer(data: Buffer, secret: AgeSecret): Promise<Buffer> {
  return collect(await decryptAge(piecesOf(data, [7, 100_000, 65_552]), secret));
}

/** The KedangError code a promise fails with, or 'ok'. */
export async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (err) {
    if (err instanceof KedangError) return err.code;
    throw err;
  }
}

export async function failure(promise: Promise<unknown>): Promise<KedangError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof KedangError) return err;
    throw err;
  }
  throw new Error('expected a KedangError, got success');
}

export function random(size: number): Buffer {
  return randomBytes(size);
}

/** A low scrypt work factor keeps tests fast; production uses 18. */
export const TEST_WORK_FACTOR = 10;
