export type OnProgress = (bytesDone: number, bytesTotal: number) => void;

const STEP = 4 * 1024 * 1024;

/** Counts bytes and tells `onProgress` every 4 MiB and at the end, not on every piece. */
export class ProgressCounter {
  private count = 0;
  private reported = 0;

  constructor(
    private readonly total: number,
    private readonly onProgress?: OnProgress,
  ) {}

  get done(): number {
    return this.count;
  }

  add(bytes: number): void {
    this.count += bytes;
    if (this.onProgress && (this.count - this.reported >= STEP || this.count === this.total)) {
      this.reported = this.count;
      this.onProgress(this.count, this.total);
    }
  }
}
