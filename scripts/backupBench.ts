import { copyFile, mkdtemp, open, readdir, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BackupDone, RestorePreview } from '../shared/backup/backupTypes';
import type { JobEvent } from '../shared/jobs/jobTypes';
import type { Core } from '../electron/core/core';

/**
 * The backup keys of `npm run bench` (DESIGN §5, issue 12 item 7), measured through the app's own
 * jobs. `backup.start` is the export job exactly as the app runs it: snapshot (row counts, audit
 * head), encrypt and write, fsync, read the whole file back from the target (every chunk
 * authenticated, the manifest compared, the database entry written aside still encrypted), SQLite's
 * quick_check of that copy, publish. `backup.prepareRestore` is the first half of a restore.
 *
 * The plain copy is `fs.copyFile` of the database file into the same folder, then fsync (a copy
 * still in the page cache is not on the stick). Each run does a copy, a backup to the store's key
 * and a passphrase backup (scrypt 2^18, as the app), so each ratio compares runs made under the
 * same load; the ratio is the median of the per-run ratios.
 *
 * `backup_over_copy_ratio` counts what the issue lists — snapshot + encrypt + write + read-back
 * verify — and is the worse of the two kinds; SQLite's check of the copy read back is reported on
 * its own (`backup_check_s`), and the whole job to "已校验" as `backup_job_over_copy_ratio_*`.
 */
export interface BackupBenchOptions {
  core: Core;
  /** Job events as core pushed them (Core's `emit`), with the time each arrived and the process's CPU seconds then. */
  events: Array<{ at: number; cpu: number; event: JobEvent }>;
  dbFile: string;
  admin: { username: string; password: string };
  runs: number;
  /** prepareRestore runs (≈ 40 s each at 100k, most of it integrity_check). */
  restoreRuns: number;
  log: (line: string) => void;
}

const MB = 1024 * 1024;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A worker thread that keeps the highest RSS it sees: the main thread is busy while a backup runs. */
class RssSampler {
  private readonly worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     let peak = 0;
     const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 5);
     parentPort.on('message', (m) => {
       if (m === 'stop') { clearInterval(timer); parentPort.close(); }
       else { parentPort.postMessage(peak); if (m === 'reset') peak = 0; }
     });`,
    { eval: true },
  );

  /** The highest RSS since the last reset; with `reset`, starts counting again. */
  peak(reset = false): Promise<number> {
    return new Promise((done) => {
      this.worker.once('message', (peak: number) => done(Math.max(peak, process.memoryUsage.rss())));
      this.worker.postMessage(reset ? 'reset' : 'peak');
    });
  }

  async stop(): Promise<void> {
    this.worker.postMessage('stop');
    await this.worker.terminate();
  }
}

function describe(timed: Timed<unknown>): string {
  return Object.entries(timed.phases)
    .map(([name, p]) => `${name} ${p.seconds.toFixed(2)}/${p.cpu.toFixed(2)} cpu`)
    .join(', ');
}

async function call<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const envelope = await core.call(channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.data as T;
}

async function fsyncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** CPU seconds of the whole process so far (all threads: the job, libuv's pool, the check's worker). */
export function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

interface Timed<T> {
  seconds: number;
  cpu: number;
  /** Wall and CPU seconds per phase. */
  phases: Record<string, { seconds: number; cpu: number }>;
  value: T;
}

/**
 * Each phase of a job, from the first progress event that names it to the next phase's; a phase
 * counted in steps ends at the event that finishes it (the SQLite check), and what follows until
 * the job ends (publish, history, audit) is `finish`.
 */
function phases(events: BackupBenchOptions['events'], jobId: string, start: { at: number; cpu: number }, end: { at: number; cpu: number }): Timed<unknown>['phases'] {
  const marks: Array<{ phase: string; at: number; cpu: number }> = [];
  for (const { at, cpu, event } of events) {
    if (event.jobId !== jobId || event.type !== 'progress') continue;
    const { phase = '', unit, done, total } = event.progress;
    if (!marks.some((m) => m.phase === phase)) marks.push({ phase, at, cpu });
    if (unit === 'steps' && total !== null && done >= total && !marks.some((m) => m.phase === 'finish')) marks.push({ phase: 'finish', at, cpu });
  }
  const out: Timed<unknown>['phases'] = {};
  marks.forEach((mark, i) => {
    const from = i === 0 ? start : mark;
    const to = marks[i + 1] ?? end;
    out[mark.phase] = { seconds: (to.at - from.at) / 1000, cpu: to.cpu - from.cpu };
  });
  return out;
}

async function timedJob<T>(options: BackupBenchOptions, start: () => Promise<{ jobId: string }>, result: string): Promise<Timed<T>> {
  const begun = { at: performance.now(), cpu: cpuSeconds() };
  const { jobId } = await start();
  const status = await options.core.jobs.settle(jobId);
  const ended = { at: performance.now(), cpu: cpuSeconds() };
  if (status?.state !== 'succeeded') throw new Error(`job ${status?.state}: ${status?.error?.code} ${status?.error?.message}`);
  const value = await call<T>(options.core, result, { jobId });
  return { seconds: (ended.at - begun.at) / 1000, cpu: ended.cpu - begun.cpu, phases: phases(options.events, jobId, begun, ended), value };
}

export async function benchBackup(options: BackupBenchOptions): Promise<Record<string, number | string>> {
  const { core, admin, log } = options;
  const target = await mkdtemp(join(tmpdir(), 'kedang-bench-backup-'));
  const sampler = new RssSampler();
  const passphrase = 'bench passphrase 备份口令';
  const load: number[] = [];
  try {
    await call(core, 'auth.logout', {});
    await call(core, 'auth.login', admin);
    // The store's own backup key, as a system admin makes it; backups to it need no passphrase.
    const key = await call<{ recipient: string; identityFile: string }>(core, 'backup.createKey', {});
    const dbBytes = (await stat(options.dbFile)).size;

    const copies: number[] = [];
    const copyCpu: number[] = [];
    const kinds = { key: [] as Array<Timed<BackupDone>>, passphrase: [] as Array<Timed<BackupDone>> };
    const rssBefore = process.memoryUsage.rss();
    const rssPeaks = { key: 0, passphrase: 0 };
    for (let run = 0; run < options.runs; run += 1) {
      load.push(loadavg()[0]!);
      const copyPath = join(target, 'copy.db');
      const begun = performance.now();
      const cpu = cpuSeconds();
      await copyFile(options.dbFile, copyPath);
      await fsyncFile(copyPath);
      copies.push((performance.now() - begun) / 1000);
      copyCpu.push(cpuSeconds() - cpu);
      await rm(copyPath);
      for (const kind of ['key', 'passphrase'] as const) {
        const secret = kind === 'key' ? { kind: 'key' } : { kind: 'passphrase', passphrase };
        await sampler.peak(true);
        const done = await timedJob<BackupDone>(options, () => call(core, 'backup.start', { folder: target, secret }), 'backup.result');
        rssPeaks[kind] = Math.max(rssPeaks[kind], await sampler.peak(true));
        kinds[kind].push(done);
        await rm(done.value.path);
        log(`  run ${run + 1}: copy ${copies.at(-1)!.toFixed(2)} s, ${kind} backup ${done.seconds.toFixed(2)} s (${describe(done)}), load ${loadavg()[0]!.toFixed(2)}`);
      }
    }

    // Restore's first half: decrypt into the data folder, open with a password (its KDF included), integrity_check, audit anchor.
    const restoreSource = options.restoreRuns > 0 ? await timedJob<BackupDone>(options, () => call(core, 'backup.start', { folder: target, secret: { kind: 'key' } }), 'backup.result') : null;
    const restores: Array<Timed<RestorePreview>> = [];
    for (let run = 0; restoreSource && run < options.restoreRuns; run += 1) {
      const prepared = await timedJob<RestorePreview>(
        options,
        () => call(core, 'backup.prepareRestore', { path: restoreSource.value.path, open: { kind: 'identity', identity: key.identityFile }, unlock: admin }),
        'backup.preview',
      );
      core.session.files.discardStaged(prepared.value.stagingId);
      restores.push(prepared);
      log(`  restore (prepare) ${prepared.seconds.toFixed(2)} s (${describe(prepared)})`);
    }

    type Kind = 'key' | 'passphrase';
    const phase = (b: Timed<unknown>, name: string) => b.phases[name] ?? { seconds: 0, cpu: 0 };
    // By the definition (snapshot + encrypt + write + read-back verify): the job less SQLite's check of the copy read back.
    const pipeline = (b: Timed<unknown>) => b.seconds - phase(b, 'integrity').seconds;
    const perRun = (kind: Kind, seconds: (b: Timed<BackupDone>) => number) => median(kinds[kind].map((b, i) => seconds(b) / copies[i]!));
    const round = (n: number) => Math.round(n * 1000) / 1000;
    const keys: Record<string, number | string> = {
      backup_runs: options.runs,
      backup_load_avg_1m: round(median(load)),
      backup_db_mb: round(dbBytes / MB),
      backup_copy_s: round(median(copies)),
      backup_copy_cpu_s: round(median(copyCpu)),
      // As the app reports it when done (BackupDone.mbPerSecond: the file's size over the whole job).
      backup_mb_per_s: round(median(kinds.key.map((b) => b.value.mbPerSecond))),
      backup_over_copy_ratio: round(Math.max(perRun('key', pipeline), perRun('passphrase', pipeline))),
      backup_over_copy_ratio_key: round(perRun('key', pipeline)),
      backup_over_copy_ratio_passphrase: round(perRun('passphrase', pipeline)),
      backup_check_s: round(median([...kinds.key, ...kinds.passphrase].map((b) => phase(b, 'integrity').seconds))),
      backup_check_cpu_s: round(median([...kinds.key, ...kinds.passphrase].map((b) => phase(b, 'integrity').cpu))),
      backup_job_over_copy_ratio_key: round(perRun('key', (b) => b.seconds)),
      backup_job_over_copy_ratio_passphrase: round(perRun('passphrase', (b) => b.seconds)),
    };
    for (const kind of ['key', 'passphrase'] as const) {
      keys[`backup_${kind}_job_s`] = round(median(kinds[kind].map((b) => b.seconds)));
      keys[`backup_${kind}_pipeline_cpu_s`] = round(median(kinds[kind].map((b) => b.cpu - phase(b, 'integrity').cpu)));
      for (const name of ['snapshot', 'write', 'verify', 'integrity', 'finish']) {
        keys[`backup_${kind}_${name}_s`] = round(median(kinds[kind].map((b) => phase(b, name).seconds)));
        keys[`backup_${kind}_${name}_cpu_s`] = round(median(kinds[kind].map((b) => phase(b, name).cpu)));
      }
    }
    if (restoreSource) {
      const fileMb = restoreSource.value.bytes / MB;
      Object.assign(keys, {
        restore_mb_per_s: round(median(restores.map((r) => fileMb / r.seconds))),
        restore_prepare_s: round(median(restores.map((r) => r.seconds))),
        restore_decrypt_s: round(median(restores.map((r) => phase(r, 'decrypt').seconds))),
        restore_check_s: round(median(restores.map((r) => phase(r, 'integrity').seconds))),
      });
    }
    return {
      ...keys,
      backup_peak_rss_mb: round(Math.max(rssPeaks.key, rssPeaks.passphrase) / MB),
      backup_peak_rss_mb_key: round(rssPeaks.key / MB),
      backup_peak_rss_mb_passphrase: round(rssPeaks.passphrase / MB),
      backup_rss_before_mb: round(rssBefore / MB),
    };
  } finally {
    await sampler.stop();
    for (const name of await readdir(target).catch(() => [])) await rm(join(target, name), { force: true });
    await rm(target, { recursive: true, force: true });
  }
}
