import { spawnSync, type SpawnSyncReturns } from 'node:child_process';

/**
 * The Debian `age` CLI (1.1.x). It reads a passphrase only from a terminal, so passphrase runs go
 * through util-linux `script`, which gives it a pseudo-terminal and forwards our stdin to it. The
 * lines are queued in the terminal before age turns echo off (it does not flush), so this is not
 * timing-dependent.
 */
export const ageCliAvailable = spawnSync('age', ['--version']).status === 0 && spawnSync('script', ['--version']).status === 0;

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

function run(command: string, args: string[], input?: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { input, encoding: 'utf8', timeout: 60_000 });
}

function inTerminal(argv: string[], lines: string[]): SpawnSyncReturns<string> {
  // -e: exit with age's status; -q: no banner; the typescript file is /dev/null.
  return run('script', ['-qec', argv.map(quote).join(' '), '/dev/null'], lines.map((l) => `${l}\n`).join(''));
}

export function ageDecryptWithPassphrase(input: string, output: string, passphrase: string): SpawnSyncReturns<string> {
  return inTerminal(['age', '-d', '-o', output, input], [passphrase]);
}

/** age -p asks twice; the CLI always uses scrypt work factor 18 (about a second here). */
export function ageEncryptWithPassphrase(input: string, output: string, passphrase: string): SpawnSyncReturns<string> {
  return inTerminal(['age', '-p', '-o', output, input], [passphrase, passphrase]);
}

export function ageDecryptWithIdentity(input: string, output: string, identityFile: string): SpawnSyncReturns<string> {
  return run('age', ['-d', '-i', identityFile, '-o', output, input]);
}

export function ageEncryptToRecipients(input: string, output: string, recipients: string[]): SpawnSyncReturns<string> {
  return run('age', [...recipients.flatMap((r) => ['-r', r]), '-o', output, input]);
}

export function ageKeygen(output: string): SpawnSyncReturns<string> {
  return run('age-keygen', ['-o', output]);
}

/** Throws with age's own words if it failed. */
export function ok(result: SpawnSyncReturns<string>): void {
  if (result.status !== 0) throw new Error(`age failed (${result.status}): ${result.stderr || result.stdout}`);
}
