import { throwIfCancelled } from './backupErrors';

/**
 * Pull-style reading over any async iterable of bytes (a file, a decrypted payload): exact
 * reads, lines and block fills, with what was read too far handed back for the next reader.
 * Only next() returns a slice of the source's own buffer; everything else is copied, so a source
 * may reuse a buffer once a newer one has been taken (see readFileChunks).
 */
export class ByteReader {
  private readonly iterator: AsyncIterator<Uint8Array>;
  private pending: Buffer = Buffer.alloc(0);
  private ended = false;

  constructor(
    source: AsyncIterable<Uint8Array>,
    private readonly signal?: AbortSignal,
  ) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  /** Up to `max` bytes (at least one), or null at the end. */
  async next(max: number): Promise<Buffer | null> {
    while (this.pending.length === 0) {
      if (!(await this.pull())) return null;
    }
    const out = this.pending.subarray(0, max);
    this.pending = this.pending.subarray(out.length);
    return out;
  }

  /** Exactly `n` bytes (a copy: sources may reuse their buffers), or fewer if the source ends first. */
  async readExact(n: number): Promise<Buffer> {
    const out = Buffer.allocUnsafe(n);
    const got = await this.fill(out, 0, n);
    return got === n ? out : out.subarray(0, got);
  }

  /** Copies up to `length` bytes into `target` at `offset`; returns how many (fewer only at the end). */
  async fill(target: Buffer, offset: number, length: number): Promise<number> {
    let done = 0;
    while (done < length) {
      const part = await this.next(length - done);
      if (!part) break;
      part.copy(target, offset + done);
      done += part.length;
    }
    return done;
  }

  /** One line without its `\n`, or why there is none: the source ended first, or the line is longer than `maxLength`. */
  async readLine(maxLength: number): Promise<Buffer | 'end' | 'too-long'> {
    const parts: Buffer[] = [];
    let length = 0;
    for (;;) {
      const part = await this.next(maxLength + 1 - length);
      if (!part) {
        this.unread(Buffer.concat(parts, length));
        return 'end';
      }
      const newline = part.indexOf(0x0a);
      if (newline >= 0) {
        parts.push(part.subarray(0, newline));
        this.unread(part.subarray(newline + 1));
        return Buffer.concat(parts, length + newline);
      }
      parts.push(part);
      length += part.length;
      if (length > maxLength) return 'too-long';
    }
  }

  unread(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.pending = this.pending.length === 0 ? bytes : Buffer.concat([bytes, this.pending]);
  }

  async atEnd(): Promise<boolean> {
    while (this.pending.length === 0) {
      if (!(await this.pull())) return true;
    }
    return false;
  }

  /** Stops the source early (closes a file stream). */
  async close(): Promise<void> {
    if (!this.ended) {
      this.ended = true;
      await this.iterator.return?.();
    }
  }

  private async pull(): Promise<boolean> {
    if (this.ended) return false;
    throwIfCancelled(this.signal);
    const { value, done } = await this.iterator.next();
    if (done) {
      this.ended = true;
      return false;
    }
    this.pending = Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    return true;
  }
}
