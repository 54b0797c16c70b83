import type { SessionUser } from '../../shared/app/status';
import type { Clock } from './clock';

/** What a handler sees of the running core for one call. */
export interface CoreContext {
  readonly clock: Clock;
  readonly dataDir: string;
  readonly appVersion: string;
  /** The logged-in, unlocked caller, or null for public channels called without a session. */
  readonly user: SessionUser | null;
}
