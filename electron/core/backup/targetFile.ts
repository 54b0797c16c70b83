import { open } from 'node:fs/promises';

/** The part of fs.promises.FileHandle a backup writes through; tests wrap it to fail on purpose. */
export interface WritableTarget {
  write(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export type OpenTarget = (path: string) => Promise<WritableTarget>;

/** Creates the file, never replaces one; only the owner may read it. */
export const openNewFile: OpenTarget = (path) => open(path, 'wx', 0o600);

/** Writes in flight at once: enough to keep the disk busy while the next block is encrypted. */
const DEPTH = 4;

/** Writes all of `buffer` at `position`, however many calls it takes. */
export async function writeAll(file: Pick<WritableTarget, 'write'>, buffer: Buffer, position: number): Promise<void> {
  let done = 0;
  while (done < buffer.length) {
    const { bytesWritten } = await file.write(buffer, done, buffer.length - done, position + done);
    if (bytesWritten <= 0) throw Object.assign(new Error('No progress writing the backup'), { code: 'ENOSPC' });
    done += bytesWritten;
  }
}

/**
 * Appends blocks with positional writes that overlap each other and the caller's work (libuv's
 * thread pool does the I/O). The first failure surfaces on the next call. No hashing here: the
 * file's SHA-256 is taken when it is read back, which also proves what reached the target.
 */
export class TargetFileWriter {
  private readonly inFlight: Promise<void>[] = [];
  private position = 0;
  private failure: { error: unknown } | null = null;
  private closed = false;

  /** `written` gets each appended buffer back once it is on disk (to reuse it). */
  constructor(
    private readonly file: WritableTarget,
    private readonly written: (buffer: Buffer) => void = () => undefined,
  ) {}

  get bytes(): number {
    return this.position;
  }

  /** Appends `buffer`; the caller must not touch it until it comes back through `written`. */
  async write(buffer: Buffer): Promise<void> {
    const position = this.position;
    this.position += buffer.length;
    await this.writeAt(buffer, position);
  }

  /** Leaves a gap to fill later with writeAt (the age header, while scrypt still runs). */
  skip(bytes: number): void {
    this.position += bytes;
  }

  async writeAt(buffer: Buffer, position: number): Promise<void> {
    this.throwIfFailed();
    this.inFlight.push(
      writeAll(this.file, buffer, position).then(
        () => this.written(buffer),
        (error: unknown) => {
          this.failure ??= { error };
        },
      ),
    );
    if (this.inFlight.length >= DEPTH) await this.inFlight.shift();
    this.throwIfFailed();
  }

  /** Waits for every write, fsyncs and closes; returns the file's size. */
  async finish(): Promise<number> {
    await Promise.all(this.inFlight.splice(0));
    this.throwIfFailed();
    await this.file.sync();
    this.closed = true;
    await this.file.close();
    return this.position;
  }

  /** Lets pending writes settle and closes, swallowing errors: the caller is already failing. */
  async abandon(): Promise<void> {
    await Promise.allSettled(this.inFlight.splice(0));
    if (this.closed) return;
    this.closed = true;
    await this.file.close().catch(() => undefined);
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }
}
