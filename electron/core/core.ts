import { mkdirSync } from 'node:fs';
import type { Envelope } from '../../shared/contract/errors';
import type { SessionUser } from '../../shared/app/status';
import { systemClock, type Clock } from './clock';
import type { CoreContext } from './context';
import { dispatch } from './rpc/dispatch';
import { handlers } from './rpc/handlers';

export interface CoreOptions {
  dataDir: string;
  appVersion: string;
  clock?: Clock;
}

/**
 * The application behind the contract. One instance per data directory and per app window:
 * a shop-floor PC has one person at the keyboard at a time, so the session lives here.
 */
export class Core {
  readonly dataDir: string;
  readonly appVersion: string;
  readonly clock: Clock;
  private sessionUser: SessionUser | null = null;

  constructor(options: CoreOptions) {
    this.dataDir = options.dataDir;
    this.appVersion = options.appVersion;
    this.clock = options.clock ?? systemClock;
    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
  }

  call(channel: string, input: unknown): Promise<Envelope<unknown>> {
    return dispatch(handlers, () => this.context(), channel, input);
  }

  close(): void {
    this.sessionUser = null;
  }

  private context(): CoreContext {
    return { clock: this.clock, dataDir: this.dataDir, appVersion: this.appVersion, user: this.sessionUser };
  }
}
