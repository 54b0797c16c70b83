import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pinyin } from 'pinyin-pro';
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { Core } from '../electron/core/core';
import { handlers } from '../electron/core/handlerTable';
import { Vault } from '../electron/core/vault/vault';
import { searchCustomers, type SearchQuery } from '../electron/core/customers/customerSearch';
import { buildCard } from '../electron/core/customers/customerCard';
import { findCustomer } from '../electron/core/customers/customerStore';
import { scopeOf } from '../electron/core/customers/customerScope';
import { Random } from '../electron/core/seed/random';
import { getUser } from '../electron/core/users/userStore';
import type { SessionUser } from '../shared/app/status';
import type { JobEvent, JobHandle } from '../shared/jobs/jobTypes';
import { benchBackup, cpuSeconds } from './backupBench';
import { PAGE_CACHE_KIB } from '../electron/core/db/encryptedConnection';
import { benchPdf } from './pdfBench';
import type { DuplicateResult } from '../shared/duplicates/duplicateTypes';

/**
 * npm run bench -- [--customers 100000] [--data <dir>] [--backup-runs 5] [--restore-runs 3] [--only backup] --out <file.json>
 * Builds (or reuses) a seeded store and times the same core functions the app calls.
 * `--only backup` skips everything but unlock and the backup keys (scripts/backupBench.ts).
 * Wall time lives here, never in tests.
 */
const PASSWORD = 'Kedang2026';
const budgets: Record<string, { limit: number; op: '<' | '<=' }> = {
  unlock_ms: { limit: 500, op: '<' },
  search_p95_ms: { limit: 10, op: '<' },
  search_p95_ms_name2: { limit: 10, op: '<' },
  search_p95_ms_pinyin_initials: { limit: 10, op: '<' },
  search_p95_ms_phone_tail: { limit: 10, op: '<' },
  search_p95_ms_plate: { limit: 10, op: '<' },
  search_p95_ms_vin_tail: { limit: 10, op: '<' },
  card_open_p95_ms: { limit: 20, op: '<' },
  encrypted_over_plain_ratio: { limit: 1.3, op: '<=' },
  rss_peak_mb: { limit: 400, op: '<' },
  backup_over_copy_ratio: { limit: 2, op: '<=' },
  search_growth_ratio: { limit: 2, op: '<=' },
  duplicate_scan_ms: { limit: 10_000, op: '<' },
  pdf_card_ms: { limit: 300, op: '<' },
  pdf_register_5000_ms: { limit: 5_000, op: '<' },
  pdf_rss_peak_mb: { limit: 400, op: '<' },
};

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function time(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** An unencrypted copy of the same data and indexes, for encrypted_over_plain_ratio (bench only, deleted after). */
function copyToPlain(db: Database.Database, path: string): void {
  db.exec(`ATTACH DATABASE '${path.replace(/'/g, "''")}' AS plain KEY ''`);
  const objects = db.prepare(`SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND type IN ('table', 'index')`).all() as Array<{ type: string; name: string; sql: string }>;
  const inPlain = (sql: string) => sql.replace(/^CREATE (UNIQUE )?(TABLE|INDEX) [`"]?(\w+)[`"]?/, (_m, u: string | undefined, kind: string, name: string) => `CREATE ${u ?? ''}${kind} plain."${name}"`);
  const tables = objects.filter((o) => o.type === 'table');
  // Parents and children are copied table by table; the data was consistent where it came from.
  db.pragma('foreign_keys = OFF');
  db.transaction(() => {
    for (const t of tables) db.exec(inPlain(t.sql));
    for (const t of tables) db.exec(`INSERT INTO plain."${t.name}" SELECT * FROM main."${t.name}"`);
    for (const i of objects.filter((o) => o.type === 'index')) db.exec(inPlain(i.sql));
  })();
  db.pragma('foreign_keys = ON');
  db.exec('DETACH DATABASE plain');
}

/** Seeds a store once (in a child process, so building it stays out of the core's memory figures), or reuses it. */
function ensureStore(dataDir: string, customers: number, log: (line: string) => void): void {
  if (existsSync(join(dataDir, 'vault.json'))) {
    log(`reusing ${dataDir}`);
    return;
  }
  if (existsSync(dataDir) && readdirSync(dataDir).length) rmSync(dataDir, { recursive: true, force: true });
  log(`seeding ${customers} customers into ${dataDir} …`);
  const seeded = spawnSync(process.execPath, [join(import.meta.dirname, 'seed.js'), '--data', dataDir, '--customers', String(customers), '--password', PASSWORD], { stdio: 'inherit' });
  if (seeded.status !== 0) throw new Error('seeding failed');
}

/** Logs the archivist in the way the app does after the KDF: open the archive, start the session. */
async function openStore(dataDir: string) {
  const core = new Core({ dataDir, appVersion: 'bench', idleLockSeconds: 86_400, handlers });
  const vault = Vault.load(dataDir);
  const unlocked = await vault.unlockWithPassword('archivist', PASSWORD);
  if (!unlocked) throw new Error('bench store: wrong password');
  core.session.open(unlocked.masterKey, vault);
  const db = core.openArchive!.db.sqlite;
  core.session.startSession(getUser(db, unlocked.userId));
  return { core, db, user: core.session.sessionUser()! };
}

/** The search box's query mix, drawn from the store's own data (deterministic), timed after one warm-up pass. */
function searchMix(db: Database.Database, user: SessionUser, now: Date, perType: number) {
  const r = new Random(99);
  const maxId = db.prepare('SELECT max(id) FROM customers').pluck().get() as number;
  const sampleIds = Array.from({ length: perType }, () => r.int(1, maxId));
  const names = db.prepare(`SELECT name FROM customers WHERE kind = 'person' AND id IN (${sampleIds.join(',')})`).pluck().all() as string[];
  const phones = db.prepare(`SELECT number FROM customer_phones WHERE customer_id IN (${sampleIds.join(',')})`).pluck().all() as string[];
  const maxVehicle = db.prepare('SELECT max(id) FROM vehicles').pluck().get() as number;
  const cars = db.prepare(`SELECT vin, plate FROM vehicles WHERE id IN (${Array.from({ length: perType }, () => r.int(1, maxVehicle)).join(',')})`).all() as Array<{ vin: string; plate: string }>;
  const mix: Record<string, string[]> = {
    name2: names.map((n) => [...n].slice(-2).join('')),
    pinyin_initials: names.map((n) => pinyin(n, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' }).join('').toLowerCase()),
    phone_tail: phones.map((p) => p.slice(-4)),
    plate: cars.map((c) => c.plate.slice(0, 4)),
    vin_tail: cars.map((c) => c.vin.slice(-6)),
  };
  const scope = scopeOf(user);
  // The search box's own defaults: newest files first for text, most recently updated for the list.
  const query = (q: string): SearchQuery => ({ query: q, status: 'active', offset: 0, limit: 50 });
  const runMix = (search: (q: string) => unknown) => {
    const perTypeTimes: Record<string, number[]> = {};
    for (const [type, qs] of Object.entries(mix)) perTypeTimes[type] = qs.map((q) => time(() => search(q)));
    return perTypeTimes;
  };
  runMix((q) => searchCustomers(db, scope, query(q), now));
  return { times: runMix((q) => searchCustomers(db, scope, query(q), now)), mix, query, runMix };
}

/** The monthly duplicate check over the whole archive, as the archivist runs it: the job from its start to its recorded end. */
async function duplicateScan(core: Core): Promise<{ duplicate_scan_ms: number; duplicate_pairs: number }> {
  const start = process.hrtime.bigint();
  const started = await core.call('duplicates.run', {});
  if (!started.ok) throw new Error(`duplicate check: ${started.error.code}`);
  const { jobId } = started.data as JobHandle;
  const status = await core.jobs.settle(jobId);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (status?.state !== 'succeeded') throw new Error(`duplicate check ${status?.state}: ${status?.error?.code}`);
  const found = await core.call('duplicates.pairs', { jobId });
  if (!found.ok) throw new Error(`duplicate pairs: ${found.error.code}`);
  return { duplicate_scan_ms: round(ms), duplicate_pairs: (found.data as DuplicateResult).pairs.length };
}

/** Search, card, list and save times over the open store; `comparePlain` then runs the same mix on an unencrypted copy. */
async function queryKeys(core: Core, db: Database.Database, user: SessionUser, perType: number) {
  const { times: searchTimes, mix, query, runMix } = searchMix(db, user, core.clock.now(), perType);
  const all = Object.values(searchTimes).flat();
  const scope = scopeOf(user);
  const now = core.clock.now();
  const r = new Random(98);
  const maxId = db.prepare('SELECT max(id) FROM customers').pluck().get() as number;
  const sampleIds = Array.from({ length: perType }, () => r.int(1, maxId));

  const cardTimes = sampleIds.slice(0, 100).map((id) => time(() => buildCard(db, findCustomer(db, id)!, now)));
  const total = db.prepare('SELECT count(*) FROM customers').pluck().get() as number;
  const listTimes = Array.from({ length: 100 }, () => time(() => searchCustomers(db, scope, { ...query(''), sort: 'updated', limit: 100, offset: r.int(0, Math.max(0, total - 100)) }, now)));

  const saveTimes: number[] = [];
  for (const id of sampleIds.slice(0, 100)) {
    const card = buildCard(db, findCustomer(db, id)!, now).customer;
    const input = {
      id,
      version: card.version,
      customer: { kind: card.kind, name: card.name, sourceChannel: card.sourceChannel, category: card.category, grade: card.grade, secrecy: card.secrecy, region: card.region, address: card.address, note: `bench ${id}`, ownerId: card.ownerId, creditCode: card.creditCode, creditCodeChecksumConfirmed: true },
    };
    const start = process.hrtime.bigint();
    const result = await core.call('customers.update', input);
    saveTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (!result.ok && result.error.code !== 'NOT_FOUND') throw new Error(`save failed: ${result.error.code} ${JSON.stringify(result.error.fields)}`);
  }

  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    all,
    keys: {
      search_p50_ms: round(percentile(all, 50)),
      search_p95_ms: round(percentile(all, 95)),
      search_p95_ms_name2: round(percentile(searchTimes['name2']!, 95)),
      search_p95_ms_pinyin_initials: round(percentile(searchTimes['pinyin_initials']!, 95)),
      search_p95_ms_phone_tail: round(percentile(searchTimes['phone_tail']!, 95)),
      search_p95_ms_plate: round(percentile(searchTimes['plate']!, 95)),
      search_p95_ms_vin_tail: round(percentile(searchTimes['vin_tail']!, 95)),
      card_open_p95_ms: round(percentile(cardTimes, 95)),
      list_page_p95_ms: round(percentile(listTimes, 95)),
      customer_save_p95_ms: round(percentile(saveTimes, 95)),
    },
    /** The same query mix against an unencrypted copy, and against a naive LIKE scan; `live` is the archive's connection now (a new one after the backups' logins). */
    comparePlain(dataDir: string, live: Database.Database) {
      const plainPath = join(dataDir, 'bench-plain-copy.db');
      rmSync(plainPath, { force: true });
      copyToPlain(live, plainPath);
      const plain = new Database(plainPath);
      // The archive's own page cache: the ratio is the cost of encryption alone.
      plain.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
      plain.pragma('temp_store = MEMORY');
      runMix((q) => searchCustomers(plain, scope, query(q), now));
      const plainTimes = Object.values(runMix((q) => searchCustomers(plain, scope, query(q), now))).flat();
      const likeSql = live.prepare(`SELECT DISTINCT c.id FROM customers c LEFT JOIN customer_phones p ON p.customer_id = c.id LEFT JOIN vehicles v ON v.customer_id = c.id
        WHERE c.status = 'active' AND (c.name LIKE @q OR p.number LIKE @q OR v.plate LIKE @q OR v.vin LIKE @q OR c.archive_no LIKE @q) LIMIT 50`);
      const likeTimes = Object.values(mix).flat().slice(0, 100).map((q) => time(() => likeSql.all({ q: `%${q}%` })));
      const appTimes = Object.values(searchTimes).flat().slice(0, 100);
      plain.close();
      rmSync(plainPath, { force: true });
      return {
        encrypted_over_plain_ratio: round(sum(all) / sum(plainTimes)),
        search_like_over_index_ratio: round(sum(likeTimes) / sum(appTimes)),
      };
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string', default: '100000' },
      data: { type: 'string' },
      out: { type: 'string' },
      queries: { type: 'string', default: '200' },
      'backup-runs': { type: 'string', default: '5' },
      'restore-runs': { type: 'string', default: '3' },
      only: { type: 'string' },
    },
    strict: true,
  });
  if (!values.out) {
    process.stderr.write('usage: npm run bench -- [--customers N] [--data <dir>] [--backup-runs N] [--restore-runs N] [--only backup] --out <file.json>\n');
    process.exit(2);
  }
  if (values.only !== undefined && values.only !== 'backup') {
    process.stderr.write('--only takes one section: backup\n');
    process.exit(2);
  }
  const customers = Number(values.customers);
  const perType = Number(values.queries);
  const dataDir = resolve(values.data ?? join(tmpdir(), `kedang-bench-${customers}`));
  const log = (line: string) => process.stdout.write(`${line}\n`);

  ensureStore(dataDir, customers, log);
  const onlyBackup = values.only === 'backup';

  // Search growth: the same kind of query mix against a store a tenth the size, in this same run.
  const smallCustomers = Math.max(1000, Math.round(customers / 10));
  let smallSearch: number[] = [];
  if (!onlyBackup) {
    const smallDir = `${dataDir}-growth-${smallCustomers}`;
    ensureStore(smallDir, smallCustomers, log);
    const small = await openStore(smallDir);
    smallSearch = Object.values(searchMix(small.db, small.user, small.core.clock.now(), perType).times).flat();
    small.core.close();
  }

  // Unlock: the KDF, then (timed) opening the archive and loading the dashboard's data.
  const jobEvents: Array<{ at: number; cpu: number; event: JobEvent }> = [];
  const core = new Core({
    dataDir,
    appVersion: 'bench',
    idleLockSeconds: 86_400,
    handlers,
    emit: (name, payload) => {
      if (name === 'jobs.event') jobEvents.push({ at: performance.now(), cpu: cpuSeconds(), event: payload as JobEvent });
    },
  });
  const vault = Vault.load(dataDir);
  const kdfStart = Date.now();
  const unlocked = await vault.unlockWithPassword('archivist', PASSWORD);
  const kdf_ms = Date.now() - kdfStart;
  if (!unlocked) throw new Error('bench store: wrong password');
  const unlockStart = process.hrtime.bigint();
  core.session.open(unlocked.masterKey, vault);
  const db = core.openArchive!.db.sqlite;
  core.session.startSession(getUser(db, unlocked.userId));
  const user = core.session.sessionUser()!;
  const dashboard = await core.call('customers.followUps', { include: 'overdue' });
  if (!dashboard.ok) throw new Error('dashboard query failed');
  const unlock_ms = Number(process.hrtime.bigint() - unlockStart) / 1e6;

  const counts = {
    customers: (db.prepare('SELECT count(*) FROM customers').pluck().get() as number),
    contacts: (db.prepare('SELECT count(*) FROM contacts').pluck().get() as number),
  };
  const result: Record<string, number | string> = {
    customers: counts.customers,
    contacts: counts.contacts,
    kdf_ms,
    unlock_ms: round(unlock_ms),
  };
  // Where the core's memory goes: the resident size now and its high-water mark, after each part.
  const memory = (part: string) => {
    const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
    const mb = (n: number) => Math.round(n / 2 ** 20);
    log(`  rss after ${part}: ${mb(rss)} MB now, ${Math.round(process.resourceUsage().maxRSS / 1024)} MB peak (main heap ${mb(heapUsed)}/${mb(heapTotal)} MB, external ${mb(external)} MB)`);
  };
  memory('unlock');
  const queries = onlyBackup ? null : await queryKeys(core, db, user, perType);
  if (queries) memory('search');
  if (queries) {
    Object.assign(result, queries.keys, {
      [`search_p95_ms_at_${smallCustomers}`]: round(percentile(smallSearch, 95)),
      search_growth_ratio: round(percentile(queries.all, 95) / percentile(smallSearch, 95)),
    });
  }

  if (!onlyBackup) {
    // The monthly check as the archivist runs it, then printing through the app's print worker.
    Object.assign(result, await duplicateScan(core));
    memory('duplicate check');
    log('pdf: card and 5,000-line register …');
    const pdf = await benchPdf({ resourcesDir: join(import.meta.dirname, '../resources') });
    Object.assign(result, { pdf_card_ms: pdf.pdf_card_ms, pdf_register_5000_ms: pdf.pdf_register_5000_ms, pdf_card_cpu_ms: pdf.pdf_card_cpu_ms, pdf_register_5000_cpu_ms: pdf.pdf_register_5000_cpu_ms, pdf_rss_peak_mb: pdf.rss_peak_mb });
    memory('pdf');
  }

  // Backups go through the app's jobs as a system admin (the archivist stays logged out from here).
  log(`backup: ${Number(values['backup-runs'])} runs …`);
  Object.assign(result, await benchBackup({ core, events: jobEvents, dbFile: join(dataDir, 'kedang.db'), admin: { username: 'admin', password: PASSWORD }, runs: Number(values['backup-runs']), restoreRuns: Number(values['restore-runs']), log }));

  // The core's own high-water mark (backups included), taken before the bench builds its comparison copy below.
  const coreRssPeakMb = process.resourceUsage().maxRSS / 1024;
  if (queries) Object.assign(result, queries.comparePlain(dataDir, core.openArchive!.db.sqlite));
  Object.assign(result, {
    db_size_mb: round(statSync(join(dataDir, 'kedang.db')).size / 1024 / 1024),
    rss_peak_mb: round(coreRssPeakMb),
    bench_rss_peak_mb: round(process.resourceUsage().maxRSS / 1024),
  });
  core.close();
  writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);

  log(`\nKeDang bench — ${new Date().toISOString()} — ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
  log('| key | value | budget | holds |');
  log('| --- | ---: | --- | --- |');
  for (const [key, value] of Object.entries(result)) {
    const budget = budgets[key];
    const holds = budget && typeof value === 'number' ? (budget.op === '<' ? value < budget.limit : value <= budget.limit) : null;
    log(`| ${key} | ${value} | ${budget ? `${budget.op} ${budget.limit}` : ''} | ${holds === null ? '' : holds ? 'yes' : '**NO**'} |`);
  }
  log(`\nwritten to ${resolve(values.out)}`);
}

void main();
