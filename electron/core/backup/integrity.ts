import integrityWorkerPath from './integrityWorker?modulePath';
import { runWorker } from '../workers/runWorker';

export interface IntegrityResult {
  ok: boolean;
  /** SQLite's own words for what is wrong, at most 20 (never customer data: page and table numbers). */
  findings: string[];
}

/**
 * SQLite's check of an encrypted database file, on a worker thread. `quick_check` verifies the
 * structure of every page and b-tree (what a bad copy or disk would break) in a fraction of the time
 * of `integrity_check`, which also matches every index entry against its row.
 */
export function checkIntegrity(path: string, masterKey: Buffer, check: 'quick_check' | 'integrity_check', signal?: AbortSignal): Promise<IntegrityResult> {
  return runWorker<IntegrityResult>(integrityWorkerPath, { path, keyHex: masterKey.toString('hex'), check }, { signal });
}
