import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { copyFile, open, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { generateAgeIdentity } from '../electron/core/backup/ageKeys';
import { verifyBackup } from '../electron/core/backup/backupReader';
import { writeBackup, type BackupRecipient } from '../electron/core/backup/backupWriter';
import { readFileChunks } from '../electron/core/backup/fileChunks';
import type { BackupMeta } from '../shared/backup/backupFormat';

/**
 * npx tsx scripts/backupThroughput.ts [--size-mb 500] [--target <dir>] [--work-factor 18] [--runs 3] [--out <file.json>]
 *
 * Backup encryption against a plain copy of the same file to the same folder (DESIGN §5:
 * backup_over_copy_ratio ≤ 2.0 for snapshot + encrypt + write + read-back verify; the snapshot's
 * VACUUM INTO is not measured here). The source is random bytes in the OS temp dir, made once and
 * reused. Copies are fsynced as the backup is. Each step runs --runs times; the best time counts
 * (the machine is shared). Wall time lives here, never in tests.
 */
const { values } = parseArgs({
  options: {
    'size-mb': { type: 'string', default: '500' },
    target: { type: 'string' },
    'work-factor': { type: 'string', default: '18' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string' },
  },
});
const sizeMb = Number(values['size-mb']);
const workFactor = Number(values['work-factor']);
const runs = Number(values.runs);
const source = join(tmpdir(), `kedang-throughput-${sizeMb}mb.bin`);
const target = values.target ?? join(tmpdir(), 'kedang-throughput-target');
const log = (line: string) => process.stdout.write(`${line}\n`);
let rssPeak = process.memoryUsage.rss();
const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage.rss())), 50);

const meta: BackupMeta = {
  storeName: '吞吐测试',
  createdAt: new Date().toISOString(),
  appVersion: 'throughput',
  schemaVersion: 0,
  rowCounts: {},
  auditAnchor: null,
  madeBy: { userId: null, name: 'throughput' },
};

async function makeSource(): Promise<void> {
  if (existsSync(source) && statSync(source).size === sizeMb * 1024 * 1024) return;
  const handle = await open(source, 'w');
  for (let i = 0; i < sizeMb; i += 1) await handle.write(randomBytes(1024 * 1024));
  await handle.close();
}

async function fsync(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  await handle.sync();
  await handle.close();
}

interface Sample {
  seconds: number;
  cpu: number;
}

/** Best of `runs` (wall seconds, with the process CPU seconds of that run). */
async function best(step: () => Promise<void>): Promise<Sample> {
  let result: Sample = { seconds: Infinity, cpu: 0 };
  for (let i = 0; i < runs; i += 1) {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    await step();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const used = process.cpuUsage(cpu);
    if (seconds < result.seconds) result = { seconds, cpu: (used.user + used.system) / 1e6 };
  }
  return result;
}

async function backup(name: string, recipient: BackupRecipient): Promise<{ write: Sample; verify: Sample; publishedPath: string }> {
  const vault = Buffer.from('{"format":"kedang-vault"}\n');
  const path = join(target, name);
  let write: Sample = { seconds: Infinity, cpu: 0 };
  let verify: Sample = { seconds: Infinity, cpu: 0 };
  for (let i = 0; i < runs; i += 1) {
    rmSync(path, { force: true });
    let cpu = process.cpuUsage();
    let start = process.hrtime.bigint();
    const pending = await writeBackup({
      targetPath: path,
      entries: [
        { name: 'kedang.db', size: statSync(source).size, source: readFileChunks(source) },
        { name: 'vault.json', size: vault.length, source: [vault] },
      ],
      meta,
      recipient,
    });
    const w = { seconds: Number(process.hrtime.bigint() - start) / 1e9, cpu: cpuSeconds(process.cpuUsage(cpu)) };
    cpu = process.cpuUsage();
    start = process.hrtime.bigint();
    await pending.verify();
    const v = { seconds: Number(process.hrtime.bigint() - start) / 1e9, cpu: cpuSeconds(process.cpuUsage(cpu)) };
    await pending.publish();
    if (w.seconds + v.seconds < write.seconds + verify.seconds) [write, verify] = [w, v];
  }
  return { write, verify, publishedPath: path };
}

function cpuSeconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}

async function main(): Promise<void> {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  await makeSource();
  const mb = statSync(source).size / 1e6;
  const rate = (s: Sample) => `${s.seconds.toFixed(2)} s ${String(Math.round(mb / s.seconds)).padStart(5)} MB/s (cpu ${s.cpu.toFixed(2)} s)`;
  log(`source ${source}: ${mb.toFixed(0)} MB → ${target}; best of ${runs}`);

  const copy = await best(async () => {
    await copyFile(source, join(target, 'copy.db'));
    await fsync(join(target, 'copy.db'));
  });
  log(`fs.copyFile + fsync                     ${rate(copy)}`);
  const streamCopy = await best(async () => {
    await pipeline(createReadStream(source), createWriteStream(join(target, 'copy.db')));
    await fsync(join(target, 'copy.db'));
  });
  log(`stream copy + fsync                     ${rate(streamCopy)}`);
  rmSync(join(target, 'copy.db'));

  const keys = generateAgeIdentity();
  let ageCli: Sample | null = null;
  if (spawnSync('age', ['--version']).status === 0) {
    ageCli = await best(async () => {
      spawnSync('age', ['-r', keys.recipient, '-o', join(target, 'cli.age'), source]);
      await fsync(join(target, 'cli.age'));
    });
    log(`age CLI -r + fsync (reference)          ${rate(ageCli)}`);
    rmSync(join(target, 'cli.age'));
  }

  const pass = await backup('pass.kdbak', { passphrase: 'correct horse battery staple', workFactor });
  log(`passphrase (scrypt 2^${workFactor}) write            ${rate(pass.write)}`);
  log(`passphrase read-back verify             ${rate(pass.verify)}`);
  rmSync(pass.publishedPath);
  const x = await backup('x25519.kdbak', { x25519: [keys.recipient] });
  log(`X25519 write                            ${rate(x.write)}`);
  log(`X25519 read-back verify                 ${rate(x.verify)}`);
  const decrypt = await best(async () => {
    await verifyBackup({ path: x.publishedPath, secret: { identity: keys.identity } });
  });
  log(`decrypt + full verify (校验备份, X25519)  ${rate(decrypt)}`);
  rmSync(x.publishedPath);

  const ratio = (b: { write: Sample; verify: Sample }, base: Sample) => (b.write.seconds + b.verify.seconds) / base.seconds;
  const result = {
    payload_mb: Math.round(mb),
    runs,
    copy_file_s: copy.seconds,
    stream_copy_s: streamCopy.seconds,
    age_cli_unverified_s: ageCli?.seconds ?? null,
    passphrase_write_s: pass.write.seconds,
    passphrase_verify_s: pass.verify.seconds,
    x25519_write_s: x.write.seconds,
    x25519_verify_s: x.verify.seconds,
    decrypt_full_verify_s: decrypt.seconds,
    encrypt_write_verify_over_copy_file: { passphrase: ratio(pass, copy), x25519: ratio(x, copy) },
    encrypt_write_verify_over_stream_copy: { passphrase: ratio(pass, streamCopy), x25519: ratio(x, streamCopy) },
    rss_peak_mb: Math.round(rssPeak / 1e6),
  };
  const fmt = (r: { passphrase: number; x25519: number }) => `passphrase ${r.passphrase.toFixed(2)}, X25519 ${r.x25519.toFixed(2)}`;
  log(`(write + read-back verify) ÷ copyFile:    ${fmt(result.encrypt_write_verify_over_copy_file)}`);
  log(`(write + read-back verify) ÷ stream copy: ${fmt(result.encrypt_write_verify_over_stream_copy)}`);
  log(`rss peak ${result.rss_peak_mb} MB (scrypt 2^${workFactor} alone takes ${2 ** workFactor / 1024} MiB)`);
  if (values.out) await writeFile(values.out, `${JSON.stringify(result, null, 2)}\n`);
  rmSync(target, { recursive: true, force: true });
  clearInterval(sampler);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
