import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { copyFile, open, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateAgeIdentity } from '../electron/core/backup/ageKeys';
import { verifyBackup } from '../electron/core/backup/backupReader';
import { readFileChunks } from '../electron/core/backup/fileChunks';
import { writeBackup, type BackupRecipient } from '../electron/core/backup/backupWriter';
import type { BackupMeta } from '../shared/backup/backupFormat';

/**
 * npx tsx scripts/backupThroughput.ts [--size-mb 500] [--target <dir>] [--work-factor 18] [--out <file.json>]
 *
 * Backup encryption against a plain copy of the same file to the same folder (budget
 * backup_over_copy_ratio ≤ 2.0, DESIGN §5; the snapshot's VACUUM INTO is not measured here).
 * The source is random bytes in the OS temp dir, created once and reused. Copies are fsynced like
 * the backup is, so both pay for reaching the disk. Wall time lives here, never in tests.
 */
const { values } = parseArgs({
  options: { 'size-mb': { type: 'string', default: '500' }, target: { type: 'string' }, 'work-factor': { type: 'string', default: '18' }, out: { type: 'string' } },
});
const sizeMb = Number(values['size-mb']);
const workFactor = Number(values['work-factor']);
const source = join(tmpdir(), `kedang-throughput-${sizeMb}mb.bin`);
const target = values.target ?? join(tmpdir(), 'kedang-throughput-target');
const log = (line: string) => process.stdout.write(`${line}\n`);
let rssPeak = process.memoryUsage.rss();
const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage.rss())), 50);

async function makeSource(): Promise<void> {
  if (existsSync(source) && statSync(source).size === sizeMb * 1024 * 1024) return;
  const handle = await open(source, 'w');
  for (let i = 0; i < sizeMb; i += 1) await handle.write(randomBytes(1024 * 1024));
  await handle.close();
}

async function timed<T>(fn: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, value };
}

async function plainCopy(name: string): Promise<void> {
  const path = join(target, name);
  await copyFile(source, path);
  const handle = await open(path, 'r+');
  await handle.sync();
  await handle.close();
}

const meta: BackupMeta = {
  storeName: '吞吐测试',
  createdAt: new Date().toISOString(),
  appVersion: 'throughput',
  schemaVersion: 0,
  rowCounts: {},
  auditAnchor: null,
  madeBy: { userId: null, name: 'throughput' },
};

async function backup(name: string, recipient: BackupRecipient) {
  const vault = Buffer.from('{"format":"kedang-vault"}\n');
  const write = await timed(() =>
    writeBackup({
      targetPath: join(target, name),
      entries: [
        { name: 'kedang.db', size: statSync(source).size, source: readFileChunks(source) },
        { name: 'vault.json', size: vault.length, source: [vault] as unknown as AsyncIterable<Uint8Array> },
      ],
      meta,
      recipient,
    }),
  );
  const verify = await timed(() => write.value.verify());
  await write.value.publish();
  return { write: write.seconds, verify: verify.seconds, path: join(target, name) };
}

async function main(): Promise<void> {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  await makeSource();
  const mb = statSync(source).size / 1e6;
  const rate = (s: number) => Math.round(mb / s);
  log(`source ${source}: ${mb.toFixed(0)} MB; target ${target}`);

  const copy = await timed(() => plainCopy('copy-1.db'));
  const copy2 = await timed(() => plainCopy('copy-2.db'));
  const copySeconds = Math.min(copy.seconds, copy2.seconds);
  log(`plain copy + fsync:            ${copySeconds.toFixed(2)} s  ${rate(copySeconds)} MB/s`);
  rmSync(join(target, 'copy-1.db'));
  rmSync(join(target, 'copy-2.db'));

  const keys = generateAgeIdentity();
  const pass = await backup('pass.kdbak', { passphrase: 'correct horse battery staple', workFactor });
  log(`passphrase (scrypt 2^${workFactor}) write: ${pass.write.toFixed(2)} s  ${rate(pass.write)} MB/s; read-back verify ${pass.verify.toFixed(2)} s  ${rate(pass.verify)} MB/s`);
  rmSync(pass.path);
  const x = await backup('x25519.kdbak', { x25519: [keys.recipient] });
  log(`X25519 write:                  ${x.write.toFixed(2)} s  ${rate(x.write)} MB/s; read-back verify ${x.verify.toFixed(2)} s  ${rate(x.verify)} MB/s`);
  const decrypt = await timed(() => verifyBackup({ path: x.path, secret: { identity: keys.identity } }));
  log(`decrypt + verify (X25519):     ${decrypt.seconds.toFixed(2)} s  ${rate(decrypt.seconds)} MB/s`);
  rmSync(x.path);

  const result = {
    payload_mb: Math.round(mb),
    copy_s: copySeconds,
    passphrase_write_s: pass.write,
    passphrase_verify_s: pass.verify,
    x25519_write_s: x.write,
    x25519_verify_s: x.verify,
    decrypt_verify_s: decrypt.seconds,
    backup_over_copy_ratio_passphrase: (pass.write + pass.verify) / copySeconds,
    backup_over_copy_ratio_x25519: (x.write + x.verify) / copySeconds,
    rss_peak_mb: Math.round(rssPeak / 1e6),
  };
  log(`encrypt+write+verify ÷ copy: passphrase ${result.backup_over_copy_ratio_passphrase.toFixed(2)}, X25519 ${result.backup_over_copy_ratio_x25519.toFixed(2)} (budget ≤ 2.0 includes the snapshot)`);
  log(`rss peak ${result.rss_peak_mb} MB`);
  if (values.out) await writeFile(values.out, `${JSON.stringify(result, null, 2)}\n`);
  rmSync(target, { recursive: true, force: true });
  clearInterval(sampler);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
