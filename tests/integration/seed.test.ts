import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedStore } from '../../electron/core/seed/seedStore';
import { parseResidentId } from '../../shared/validation/residentId';
import { parseMobile } from '../../shared/validation/mobile';
import { parseVin } from '../../shared/validation/vin';
import { parsePlate } from '../../shared/validation/plate';
import { parseCreditCode } from '../../shared/validation/creditCode';
import { TEST_KDF } from './support/testCore';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function seed(customers: number, seedNumber: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kedang-seed-'));
  dirs.push(dataDir);
  return seedStore({ dataDir, customers, password: 'Seed12345', seed: seedNumber, kdfCost: TEST_KDF });
}

describe('the demo store generator', () => {
  it('writes only values the shared validators accept', async () => {
    const { core, result } = await seed(600, 7);
    const db = core.openArchive!.db.sqlite;
    const ids = db.prepare(`SELECT id_number FROM customers WHERE id_type = 'resident'`).pluck().all() as string[];
    const phones = db.prepare('SELECT number FROM customer_phones').pluck().all() as string[];
    const vins = db.prepare('SELECT vin FROM vehicles').pluck().all() as string[];
    const plates = db.prepare('SELECT plate FROM vehicles').pluck().all() as string[];
    const codes = db.prepare(`SELECT credit_code FROM customers WHERE kind = 'company'`).pluck().all() as string[];
    expect(ids.length).toBeGreaterThan(400);
    expect(codes.length).toBeGreaterThan(10);
    expect(vins.length).toBe(result.vehicles);
    expect(ids.filter((v) => !parseResidentId(v).ok)).toEqual([]);
    expect(phones.filter((v) => !parseMobile(v).ok)).toEqual([]);
    expect(vins.filter((v) => !parseVin(v).ok)).toEqual([]);
    expect(plates.filter((v) => !parsePlate(v).ok)).toEqual([]);
    expect(plates.some((p) => parsePlate(p).ok && (parsePlate(p) as { kind: string }).kind === 'newEnergy')).toBe(true);
    expect(codes.filter((v) => { const r = parseCreditCode(v); return !r.ok || !r.checksumValid; })).toEqual([]);
    // Realistic shape: about ten contacts per customer, compound surnames, every category.
    expect(result.contacts / result.customers).toBeGreaterThan(8);
    expect(result.contacts / result.customers).toBeLessThan(12);
    const names = db.prepare('SELECT name FROM customers').pluck().all() as string[];
    expect(names.some((n) => /^(欧阳|司马|上官|诸葛|东方|皇甫|令狐|慕容)/.test(n))).toBe(true);
    const categories = db.prepare('SELECT DISTINCT category FROM customers').pluck().all();
    expect(categories.length).toBeGreaterThanOrEqual(7);
    core.close();
  });

  it('numbers files the way the app does, keeps no prospect years overdue, and the next new file takes the next number', async () => {
    const { core } = await seed(400, 11);
    const db = core.openArchive!.db.sqlite;
    const numbers = db.prepare('SELECT archive_no FROM customers').pluck().all() as string[];
    expect(numbers.filter((n) => !/^KD20\d{2}\d{6}$/.test(n))).toEqual([]);
    expect(new Set(numbers).size).toBe(numbers.length);
    const now = core.clock.now().getTime();
    const overdueDays = db.prepare(`SELECT next_contact_at FROM customers WHERE status = 'active' AND next_contact_at IS NOT NULL`).pluck().all().map((d) => (now - new Date(d as string).getTime()) / 86_400_000);
    expect(Math.max(...overdueDays)).toBeLessThanOrEqual(61);
    const gaveUp = db.prepare(`SELECT count(*) FROM grade_history WHERE reason LIKE '长期未能跟进%'`).pluck().get() as number;
    expect(gaveUp).toBeGreaterThan(0);
    await core.call('auth.logout', {});
    await core.call('auth.login', { username: 'archivist', password: 'Seed12345' });
    const created = await core.call('customers.create', { customer: { kind: 'person', name: '新客户', sourceChannel: 'showroom', category: 'potential' } });
    expect(created.ok).toBe(true);
    const archiveNo = (created as { data: { customer: { archiveNo: string } } }).data.customer.archiveNo;
    expect(archiveNo).toMatch(new RegExp(`^KD${new Date().getFullYear()}\\d{6}$`));
    expect(numbers).not.toContain(archiveNo);
    core.close();
  });

  it('is deterministic for a seed number and different for another', async () => {
    const a = await seed(50, 42);
    const b = await seed(50, 42);
    const c = await seed(50, 43);
    const rows = (core: typeof a.core) => core.openArchive!.db.sqlite.prepare('SELECT name, id_number, category FROM customers ORDER BY id').all();
    expect(rows(a.core)).toEqual(rows(b.core));
    expect(rows(a.core)).not.toEqual(rows(c.core));
    [a, b, c].forEach((s) => s.core.close());
  });

  it('the seeded staff can log in and find customers through search', async () => {
    const { core } = await seed(100, 9);
    await core.call('auth.logout', {});
    const login = await core.call('auth.login', { username: 'archivist', password: 'Seed12345' });
    expect(login.ok).toBe(true);
    const found = await core.call('customers.search', { query: '' });
    expect(found.ok && (found.data as { total: number }).total).toBe(100);
    core.close();
  });

  it('has loans in every state, and the register shows the out and overdue ones', async () => {
    const { core, result } = await seed(300, 11);
    expect(Object.entries(result.loans).filter(([, n]) => n === 0)).toEqual([]);
    await core.call('auth.logout', {});
    await core.call('auth.login', { username: 'archivist', password: 'Seed12345' });
    const list = async (view: string) => {
      const envelope = await core.call('loans.list', { view });
      if (!envelope.ok) throw new Error(envelope.error.code);
      return envelope.data as Array<{ status: string; overdue: boolean; files: unknown[]; deciderName: string | null }>;
    };
    const all = await list('all');
    // Drafts stay with their requesters; the archive room sees every other state.
    expect(new Set(all.map((l) => l.status))).toEqual(new Set(['submitted', 'approved', 'rejected', 'checkedOut', 'returned', 'cancelled', 'expired']));
    expect(all.every((l) => l.files.length > 0)).toBe(true);
    expect(all.filter((l) => l.status === 'returned').every((l) => l.deciderName)).toBe(true);
    const out = await list('out');
    expect(out.length).toBe(result.loans.checkedOut);
    expect((await list('overdue')).every((l) => l.status === 'checkedOut' && l.overdue)).toBe(true);
    core.close();
  });

  it('the plain list counts every file; only a broad text search is capped at 5,000', async () => {
    const { core } = await seed(5200, 13);
    await core.call('auth.logout', {});
    await core.call('auth.login', { username: 'archivist', password: 'Seed12345' });
    const search = async (query: string, offset = 0) => {
      const envelope = await core.call('customers.search', { query, offset, limit: 100 });
      if (!envelope.ok) throw new Error(envelope.error.code);
      return envelope.data as { total: number; capped?: boolean; rows: unknown[] };
    };
    expect(await search('')).toMatchObject({ total: 5200, capped: false });
    expect((await search('', 5150)).rows).toHaveLength(50);
    expect(await search('KD')).toMatchObject({ total: 5000, capped: true });
    core.close();
  }, 60_000);
});
