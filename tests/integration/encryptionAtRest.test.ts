import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dbPath } from '../../electron/core/db/database';
import { vaultPath } from '../../electron/core/vault/vaultFile';
import { ADMIN, makeCore, setUpStore, type TestCore } from './support/testCore';
import { residentIdCheckChar } from '../../shared/validation/residentId';

let t: TestCore | undefined;
afterEach(() => t?.dispose());

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full) : [full];
  });
}

/** Twenty people with names, mobiles and resident ID numbers nobody could guess by chance. */
const markers = Array.from({ length: 20 }, (_, i) => ({
  name: `欧阳标记${String.fromCharCode(0x4e00 + 37 * i)}${i}`,
  phone: `1390017${String(4000 + i).padStart(4, '0')}`,
  idNumber: `11010519900307${String(200 + i)}` + residentIdCheckChar(`11010519900307${String(200 + i)}`),
}));

describe('encryption at rest', () => {
  it('no name, phone or ID number written to the archive appears in any file under the data dir', async () => {
    t = makeCore();
    await setUpStore(t);
    await t.call('users.create', { username: 'archivist', displayName: '档案员', role: 'archiveAdmin', password: 'Archive123' });
    await t.call('auth.logout', {});
    await t.call('auth.login', { username: 'archivist', password: 'Archive123' });
    for (const m of markers) {
      const card = await t.call('customers.create', {
        customer: { kind: 'person', name: m.name, idType: 'resident', idNumber: m.idNumber, phones: [{ number: m.phone, kind: 'mobile' }], sourceChannel: 'showroom', category: 'intent', grade: 'A', address: `${m.name}家` },
      });
      await t.call('customers.addRecord', { type: 'contact', customerId: card.customer.id, record: { at: t.clock.now().toISOString(), method: 'phone', content: `与${m.name}通话，号码 ${m.phone}` } });
      expect(await t.call('customers.reveal', { id: card.customer.id, field: 'idNumber' })).toEqual({ value: m.idNumber });
    }
    const db = t.core.openArchive!.db.sqlite;

    const check = (stage: string) => {
      const files = allFiles(t!.dataDir);
      if (stage === 'before checkpoint') {
        const wal = files.find((f) => f.endsWith('-wal'));
        expect(wal && statSync(wal).size, 'the WAL holds the writes before the checkpoint').toBeGreaterThan(0);
      }
      for (const file of files) {
        const bytes = readFileSync(file);
        for (const m of markers) {
          for (const needle of [m.name, m.phone, m.idNumber]) {
            expect(bytes.includes(Buffer.from(needle, 'utf8')), `${stage}: ${needle} in ${file}`).toBe(false);
          }
        }
        const key = t!.core.openArchive!.masterKey;
        expect(bytes.includes(key), `${stage}: raw master key in ${file}`).toBe(false);
        expect(bytes.includes(Buffer.from(key.toString('hex'))), `${stage}: hex master key in ${file}`).toBe(false);
      }
    };
    check('before checkpoint');
    db.pragma('wal_checkpoint(TRUNCATE)');
    check('after checkpoint');
  });

  it('the sqlite3 command-line tool cannot read the archive', async () => {
    t = makeCore();
    await setUpStore(t);
    await t.call('auth.logout', {});
    let output: string;
    try {
      output = execFileSync('sqlite3', [dbPath(t.dataDir), 'SELECT name FROM sqlite_master;'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      output = String((err as { stderr?: string }).stderr);
    }
    expect(output).toMatch(/file is not a database|encrypted/);
    expect(output).not.toContain('users');
  });

  it('a wrong password is a clear error and leaves the database and vault files byte-for-byte unchanged', async () => {
    t = makeCore();
    await setUpStore(t);
    await t.call('auth.logout', {});
    const before = { db: readFileSync(dbPath(t.dataDir)), vault: readFileSync(vaultPath(t.dataDir)) };
    const error = await t.fail('auth.login', { username: ADMIN.username, password: 'Wrong1234' });
    expect(error.code).toBe('AUTH_INVALID_CREDENTIALS');
    const unknown = await t.fail('auth.login', { username: 'ghost', password: 'Wrong1234' });
    expect(unknown.code).toBe('AUTH_INVALID_CREDENTIALS');
    expect(readFileSync(dbPath(t.dataDir)).equals(before.db)).toBe(true);
    expect(readFileSync(vaultPath(t.dataDir)).equals(before.vault)).toBe(true);
    expect(readdirSync(t.dataDir).filter((f) => f.includes('-wal') || f.includes('-shm'))).toEqual([]);
  });
});
