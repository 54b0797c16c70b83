import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract/channels';
import type { ErrorPayload } from '../../../shared/contract/errors';
import type { Role } from '../../../shared/roles/permissions';
import { Core } from '../../../electron/core/core';
import { handlers } from '../../../electron/core/handlerTable';
import { ManualClock } from '../../../electron/core/clock';

/** scrypt N=2^10: the same code path as production, a thousand times cheaper, for tests only. */
export const TEST_KDF = { N: 1024, r: 8, p: 1 };
export const ADMIN = { username: 'admin', displayName: '王管理', password: 'Admin1234' };
export const STORE = { name: '测试4S店', address: '北京市朝阳区测试路1号' };

export interface TestCore {
  core: Core;
  /** Events core pushed (job progress), in order. */
  events: Array<{ name: string; payload: unknown }>;
  clock: ManualClock;
  dataDir: string;
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  fail<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ErrorPayload>;
  restart(): TestCore;
  dispose(): void;
}

export function makeCore(dataDir = mkdtempSync(join(tmpdir(), 'kedang-it-')), clock = new ManualClock(), options: { idleLockSeconds?: number } = {}): TestCore {
  const events: Array<{ name: string; payload: unknown }> = [];
  const core = new Core({ dataDir, appVersion: 'test', clock, kdfCost: TEST_KDF, backupWorkFactor: 10, handlers, emit: (name, payload) => events.push({ name, payload }), ...options });
  const t: TestCore = {
    core,
    events,
    clock,
    dataDir,
    async call(channel, input) {
      const envelope = await core.call(channel, input);
      if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.code} ${envelope.error.message} ${JSON.stringify(envelope.error.fields ?? [])}`);
      return envelope.data as never;
    },
    async fail(channel, input) {
      const envelope = await core.call(channel, input);
      if (envelope.ok) throw new Error(`${channel} was expected to fail but succeeded`);
      return envelope.error;
    },
    restart() {
      core.close();
      return makeCore(dataDir, clock, options);
    },
    dispose() {
      core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return t;
}

/** A store after first-run setup, with the admin logged in and the recovery sheet confirmed. */
export async function setUpStore(t: TestCore) {
  const sheet = await t.call('setup.initialize', { store: STORE, admin: ADMIN });
  const raw = sheet.recoveryCode.replace(/-/g, '');
  await t.call('setup.confirmRecovery', { groups: sheet.confirmGroups.map((index) => ({ index, value: raw.slice(index * 4, index * 4 + 4) })) });
  return sheet;
}

export async function addUser(t: TestCore, username: string, role: Role, displayName = username) {
  return t.call('users.create', { username, displayName, role, password: `${username}Pass123` });
}

export function passwordOf(username: string): string {
  return `${username}Pass123`;
}
