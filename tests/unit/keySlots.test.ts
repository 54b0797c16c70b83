import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Vault, generateRecoveryCode } from '../../electron/core/vault/vault';
import { vaultPath } from '../../electron/core/vault/vaultFile';
import { RECOVERY_ALPHABET } from '../../shared/auth/recoveryCode';

const cost = { N: 1024, r: 8, p: 1 };
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

async function freshVault() {
  const dir = mkdtempSync(join(tmpdir(), 'kedang-vault-'));
  dirs.push(dir);
  const created = await Vault.create(dir, { userId: 1, username: 'admin', password: 'Admin1234' }, { cost });
  return { dir, ...created };
}

describe('key slots', () => {
  it('the right password unwraps the same master key; a wrong one or an unknown name gets nothing and writes nothing', async () => {
    const { dir, vault, masterKey } = await freshVault();
    expect((await vault.unlockWithPassword('admin', 'Admin1234'))?.masterKey.equals(masterKey)).toBe(true);
    expect((await vault.unlockWithPassword('ADMIN', 'Admin1234'))?.userId).toBe(1);
    const before = readFileSync(vaultPath(dir));
    expect(await vault.unlockWithPassword('admin', 'admin1234')).toBeNull();
    expect(await vault.unlockWithPassword('ghost', 'Admin1234')).toBeNull();
    expect(readFileSync(vaultPath(dir)).equals(before)).toBe(true);
  });

  it('neither the master key nor any password or recovery code is in the file', async () => {
    const { dir, masterKey, recoveryCode } = await freshVault();
    const bytes = readFileSync(vaultPath(dir));
    for (const secret of [masterKey, Buffer.from(masterKey.toString('hex')), Buffer.from(masterKey.toString('base64')), Buffer.from('Admin1234'), Buffer.from(recoveryCode), Buffer.from(recoveryCode.replace(/-/g, ''))]) {
      expect(bytes.includes(secret)).toBe(false);
    }
  });

  it('a slot copied onto another user does not open (each slot is bound to its user)', async () => {
    const { dir, vault, masterKey } = await freshVault();
    await vault.setUserSlot(masterKey, { userId: 2, username: 'li', password: 'Li123456' });
    const file = JSON.parse(readFileSync(vaultPath(dir), 'utf8')) as { users: Array<{ userId: number; wrap: unknown; kdf: unknown }> };
    const admin = file.users.find((s) => s.userId === 1)!;
    const li = file.users.find((s) => s.userId === 2)!;
    li.wrap = admin.wrap;
    li.kdf = admin.kdf;
    writeFileSync(vaultPath(dir), JSON.stringify(file));
    expect(await Vault.load(dir, { cost }).unlockWithPassword('li', 'Admin1234')).toBeNull();
  });

  it('changing one password rewrites one slot and leaves the others byte-identical', async () => {
    const { dir, vault, masterKey } = await freshVault();
    await vault.setUserSlot(masterKey, { userId: 2, username: 'li', password: 'Li123456' });
    const slotsBefore = JSON.parse(readFileSync(vaultPath(dir), 'utf8')).users as Array<{ userId: number }>;
    await vault.setUserSlot(masterKey, { userId: 2, username: 'li', password: 'Li654321' });
    const slotsAfter = JSON.parse(readFileSync(vaultPath(dir), 'utf8')).users as Array<{ userId: number }>;
    expect(slotsAfter.find((s) => s.userId === 1)).toEqual(slotsBefore.find((s) => s.userId === 1));
    expect(slotsAfter.find((s) => s.userId === 2)).not.toEqual(slotsBefore.find((s) => s.userId === 2));
    expect(await vault.unlockWithPassword('li', 'Li123456')).toBeNull();
    expect((await vault.unlockWithPassword('li', 'Li654321'))?.userId).toBe(2);
  });

  it('refuses to write a slot with a key that is not the vault’s master key', async () => {
    const { vault } = await freshVault();
    await expect(vault.setUserSlot(Buffer.alloc(32, 7), { userId: 3, username: 'x', password: 'X1234567' })).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('a removed slot no longer opens the archive', async () => {
    const { vault, masterKey } = await freshVault();
    await vault.setUserSlot(masterKey, { userId: 2, username: 'li', password: 'Li123456' });
    vault.removeUserSlot(2);
    expect(await vault.unlockWithPassword('li', 'Li123456')).toBeNull();
    expect(vault.hasUser('li')).toBe(false);
  });

  it('the recovery code opens the vault however it is typed, and rotating it retires the old one', async () => {
    const { vault, masterKey, recoveryCode } = await freshVault();
    const sloppy = ` ${recoveryCode.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `;
    expect((await vault.unlockWithRecovery(sloppy))?.equals(masterKey)).toBe(true);
    const next = await vault.rotateRecovery(masterKey);
    expect(await vault.unlockWithRecovery(recoveryCode)).toBeNull();
    expect((await vault.unlockWithRecovery(next))?.equals(masterKey)).toBe(true);
  });

  it('recovery codes are 8 groups of 4 Crockford characters (160 bits) and never repeat', () => {
    const a = generateRecoveryCode();
    const b = generateRecoveryCode();
    expect(a).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect([...a.replace(/-/g, '')].every((c) => RECOVERY_ALPHABET.includes(c))).toBe(true);
    expect(RECOVERY_ALPHABET.length ** 32).toBeGreaterThanOrEqual(2 ** 128);
    expect(a).not.toBe(b);
  });

  it('a damaged vault file is reported as such', async () => {
    const { dir } = await freshVault();
    writeFileSync(vaultPath(dir), '{"format":"kedang-vault","version":1');
    expect(() => Vault.load(dir)).toThrow(expect.objectContaining({ code: 'VAULT_CORRUPT' }));
  });

  it('a second setup on the same folder is refused', async () => {
    const { dir } = await freshVault();
    await expect(Vault.create(dir, { userId: 1, username: 'other', password: 'Other1234' }, { cost })).rejects.toMatchObject({ code: 'SETUP_ALREADY_DONE' });
  });
});
