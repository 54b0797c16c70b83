import type { EventSink } from '../../shared/contract/events';
import type { Envelope } from '../../shared/contract/errors';
import { systemClock, type Clock } from './clock';
import { JobRunner } from './jobs/jobRunner';
import { createPrintService, type PrintService } from './reports/printService';
import type { HandlerTable } from './rpc/handler';
import { dispatch } from './rpc/dispatch';
import { ArchiveSession, type OpenArchive } from './session/archiveSession';
import type { KdfCost } from './vault/vault';

export interface CoreOptions {
  dataDir: string;
  appVersion: string;
  /** One handler per channel; the composer (Electron main, the web harness, tests) passes the table in. */
  handlers: HandlerTable;
  clock?: Clock;
  /** Where pushed events go (job progress): Electron's webContents, the harness's event stream. */
  emit?: EventSink;
  /** Cheaper KDF for tests; production uses the vault's default (≥ 250 ms). */
  kdfCost?: KdfCost;
  /** Overrides the stored idle auto-lock minutes (the e2e tests use a few seconds). */
  idleLockSeconds?: number;
  /** scrypt work factor of passphrase backups (tests: cheaper); default 18 like the age CLI. */
  backupWorkFactor?: number;
  /**
   * Where the build put the print fonts (`<dir>/fonts`): out/resources from a build, the installer's
   * resources folder when packaged; null or absent uses the font package in node_modules.
   */
  printResourcesDir?: string | null;
}

/**
 * The application behind the contract: one instance per data directory. Calls run strictly one
 * after another through one door (dispatch); long work runs as jobs beside that queue.
 */
export class Core {
  readonly clock: Clock;
  readonly session: ArchiveSession;
  readonly jobs: JobRunner;
  readonly printer: PrintService;
  private readonly handlers: HandlerTable;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: CoreOptions) {
    this.clock = options.clock ?? systemClock;
    this.handlers = options.handlers;
    this.session = new ArchiveSession({ dataDir: options.dataDir, appVersion: options.appVersion, clock: this.clock, kdfCost: options.kdfCost, idleLockSeconds: options.idleLockSeconds, backupWorkFactor: options.backupWorkFactor });
    this.jobs = new JobRunner(this.clock, options.emit ?? (() => undefined), () => this.session.connectAgain(), () => this.session.archiveForWorker());
    this.session.onClose(() => this.jobs.abortAll());
    this.printer = createPrintService({ resourcesDir: options.printResourcesDir ?? null });
  }

  /** Calls run strictly one after another, so a handler may await inside its transaction. */
  call(channel: string, input: unknown): Promise<Envelope<unknown>> {
    const result = this.queue.then(() => dispatch(this.session, { jobs: this.jobs, printer: this.printer }, this.handlers, channel, input));
    this.queue = result.catch(() => undefined);
    return result;
  }

  get dataDir(): string {
    return this.session.dataDir;
  }

  /** For tools and tests that look inside (seed, bench); handlers never get this. */
  get openArchive(): OpenArchive | null {
    return this.session.openArchive;
  }

  /** Stops running jobs, then closes the archive and forgets the key. */
  async shutdown(): Promise<void> {
    await this.jobs.stopAll();
    await this.printer.close();
    this.session.close();
  }

  /** Closes at once (process exit paths that cannot wait). */
  close(): void {
    void this.printer.close();
    this.session.close();
  }
}
