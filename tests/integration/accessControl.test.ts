import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels, channelNames } from '../../shared/contract/channels';
import { defaultPermissionMatrix, roles, type Permission, type Role } from '../../shared/roles/permissions';
import { addUser, makeCore, passwordOf, setUpStore, type TestCore } from './support/testCore';
import { sampleInputs } from './support/sampleInputs';

let t: TestCore;

function tableCounts(t: TestCore): Record<string, number> {
  const db = t.core.openArchive!.db.sqlite;
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as Array<{ name: string }>;
  return Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
}

beforeAll(async () => {
  t = makeCore();
  await setUpStore(t);
  for (const role of roles) await addUser(t, `u_${role}`, role);
  await t.call('auth.logout', {});
});

afterAll(() => t.dispose());

const guarded = channelNames.filter((name) => !['public', 'session'].includes(channels[name].access));
const cases = roles.flatMap((role) =>
  guarded
    .filter((name) => !defaultPermissionMatrix[role].includes(channels[name].access as Permission))
    .map((name) => [role, name] as const),
);

describe('every role × every channel it lacks the permission for', () => {
  it('the table covers every role', () => {
    expect([...new Set(cases.map(([role]) => role))].sort()).toEqual([...roles].sort());
    expect(cases.length).toBeGreaterThan(15);
  });

  let current: Role | null = null;
  it.each(cases)('%s calling %s is refused with FORBIDDEN and only the refusal is written', async (role, channel) => {
    if (current !== role) {
      if (current) await t.call('auth.logout', {});
      await t.call('auth.login', { username: `u_${role}`, password: passwordOf(`u_${role}`) });
      current = role;
    }
    const before = tableCounts(t);
    const error = await t.fail(channel, sampleInputs[channel] as never);
    expect(error.code).toBe('FORBIDDEN');
    const after = tableCounts(t);
    expect(after).toEqual({ ...before, audit_log: before['audit_log']! + 1 });
    const last = t.core.openArchive!.db.sqlite.prepare('SELECT action, target_id FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { action: string; target_id: string };
    expect(last).toEqual({ action: 'access.denied', target_id: channel });
  });

  it('without a session every non-public channel says NOT_AUTHENTICATED', async () => {
    await t.call('auth.logout', {});
    for (const name of channelNames.filter((n) => channels[n].access !== 'public')) {
      expect((await t.fail(name, sampleInputs[name] as never)).code, name).toBe('NOT_AUTHENTICATED');
    }
  });
});
