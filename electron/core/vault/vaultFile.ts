import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const VAULT_FILE = 'vault.json';

export function vaultPath(dataDir: string): string {
  return join(dataDir, VAULT_FILE);
}

export function vaultExists(dataDir: string): boolean {
  return existsSync(vaultPath(dataDir));
}
