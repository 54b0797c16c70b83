import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Clock } from '../clock';
import { writeFileAtomic } from '../fs/atomicWrite';

export const LOCKOUT_FILE = 'lockout.json';

export interface LockoutPolicy {
  maxFailures: number;
  lockMs: number;
}

/** 5 wrong passwords in a row lock the name for 5 minutes. */
export const DEFAULT_LOCKOUT_POLICY: LockoutPolicy = { maxFailures: 5, lockMs: 5 * 60_000 };

const eventSchema = z.object({ username: z.string(), at: z.string(), kind: z.enum(['failure', 'lockout', 'lockedAttempt']) }).strict();
export type LockoutEvent = z.infer<typeof eventSchema>;

const fileSchema = z
  .object({
    accounts: z.record(z.string(), z.object({ failures: z.number().int().min(0), lockedUntil: z.string().nullable() }).strict()),
    events: z.array(eventSchema),
  })
  .strict();
type LockoutFile = z.infer<typeof fileSchema>;

/**
 * Failed-login counting that survives restarts. It lives in its own file beside the vault,
 * because a wrong password must leave the vault and the database untouched, and because the
 * encrypted audit log cannot be opened while nobody knows the key: the events wait here and core
 * writes them into the audit log at the next successful unlock.
 */
export class LockoutStore {
  private readonly path: string;
  private data: LockoutFile;

  constructor(
    dataDir: string,
    private readonly clock: Clock,
    private readonly policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY,
  ) {
    this.path = join(dataDir, LOCKOUT_FILE);
    this.data = this.read();
  }

  status(username: string): { locked: boolean; until: Date | null; failures: number } {
    const account = this.data.accounts[username.toLowerCase()];
    if (!account) return { locked: false, until: null, failures: 0 };
    const until = account.lockedUntil ? new Date(account.lockedUntil) : null;
    const locked = until !== null && until.getTime() > this.clock.now().getTime();
    if (!locked && until !== null) return { locked: false, until: null, failures: 0 };
    if (locked) this.addEvent(username, 'lockedAttempt');
    return { locked, until: locked ? until : null, failures: account.failures };
  }

  recordFailure(username: string): { locked: boolean; until: Date | null } {
    const key = username.toLowerCase();
    const now = this.clock.now();
    const previous = this.data.accounts[key];
    const expired = previous?.lockedUntil && new Date(previous.lockedUntil).getTime() <= now.getTime();
    const failures = (expired ? 0 : (previous?.failures ?? 0)) + 1;
    const locked = failures >= this.policy.maxFailures;
    const until = locked ? new Date(now.getTime() + this.policy.lockMs) : null;
    this.data.accounts[key] = { failures, lockedUntil: until ? until.toISOString() : null };
    this.data.events.push({ username: key, at: now.toISOString(), kind: 'failure' });
    if (locked) this.data.events.push({ username: key, at: now.toISOString(), kind: 'lockout' });
    this.save();
    return { locked, until };
  }

  recordSuccess(username: string): void {
    const key = username.toLowerCase();
    if (!this.data.accounts[key]) return;
    delete this.data.accounts[key];
    this.save();
  }

  /** Returns the events waiting for the audit log and forgets them. */
  drainEvents(): LockoutEvent[] {
    const events = this.data.events;
    if (events.length === 0) return [];
    this.data.events = [];
    this.save();
    return events;
  }

  private addEvent(username: string, kind: LockoutEvent['kind']): void {
    this.data.events.push({ username: username.toLowerCase(), at: this.clock.now().toISOString(), kind });
    this.save();
  }

  private read(): LockoutFile {
    if (!existsSync(this.path)) return { accounts: {}, events: [] };
    try {
      return fileSchema.parse(JSON.parse(readFileSync(this.path, 'utf8')));
    } catch {
      // A damaged counter file must not lock everybody out forever, nor silently forget a lock:
      // start clean but record that it happened.
      return { accounts: {}, events: [{ username: '(lockout file)', at: this.clock.now().toISOString(), kind: 'failure' }] };
    }
  }

  private save(): void {
    writeFileAtomic(this.path, `${JSON.stringify(this.data)}\n`);
  }
}
