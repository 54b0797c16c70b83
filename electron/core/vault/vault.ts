import { createCipheriv, createDecipheriv, createHmac, randomBytes as nodeRandomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { KedangError } from '../../../shared/contract/errors';
import { formatRecoveryCode, normaliseRecoveryCode, RECOVERY_ALPHABET, RECOVERY_GROUPS, RECOVERY_GROUP_LENGTH } from '../../../shared/auth/recoveryCode';
import { systemClock, type Clock } from '../clock';
import { writeFileAtomic } from '../fs/atomicWrite';
import { vaultPath } from './vaultFile';

export interface KdfCost {
  N: number;
  r: number;
  p: number;
}

/** scrypt with 128 MiB of memory: 335 ms per run on the reference 2-core machine (2026-11-23). */
export const DEFAULT_KDF_COST: KdfCost = { N: 2 ** 17, r: 8, p: 1 };

const KEY_BYTES = 32;
const FORMAT = 'kedang-vault';

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const kdfSchema = z.object({ alg: z.literal('scrypt'), N: z.number().int().min(2), r: z.number().int().min(1), p: z.number().int().min(1), salt: b64 }).strict();
const wrapSchema = z.object({ iv: b64, ct: b64, tag: b64 }).strict();
const userSlotSchema = z.object({ userId: z.number().int().positive(), username: z.string().min(1), kdf: kdfSchema, wrap: wrapSchema, updatedAt: z.string() }).strict();
const recoverySlotSchema = z.object({ kdf: kdfSchema, wrap: wrapSchema, createdAt: z.string() }).strict();
const vaultSchema = z
  .object({
    format: z.literal(FORMAT),
    version: z.literal(1),
    createdAt: z.string(),
    /** HMAC-SHA256(masterKey, 'kedang-key-check'): lets core refuse a wrong key before writing a slot. */
    keyCheck: b64,
    users: z.array(userSlotSchema),
    recovery: recoverySlotSchema,
  })
  .strict();

type VaultData = z.infer<typeof vaultSchema>;
type KdfParams = z.infer<typeof kdfSchema>;
type Wrap = z.infer<typeof wrapSchema>;

export interface VaultOptions {
  cost?: KdfCost;
  clock?: Clock;
  randomBytes?: (n: number) => Buffer;
}

function userAad(userId: number, username: string): Buffer {
  return Buffer.from(`kedang-vault-v1|user|${userId}|${username.toLowerCase()}`, 'utf8');
}
const RECOVERY_AAD = Buffer.from('kedang-vault-v1|recovery', 'utf8');

function deriveKek(secret: string, kdf: KdfParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const maxmem = 128 * kdf.N * kdf.r * kdf.p + 64 * 1024 * 1024;
    scrypt(secret.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), KEY_BYTES, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem }, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

function wrapKey(kek: Buffer, masterKey: Buffer, aad: Buffer, random: (n: number) => Buffer): Wrap {
  const iv = random(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(aad);
  const ct = Buffer.concat([cipher.update(masterKey), cipher.final()]);
  return { iv: iv.toString('base64'), ct: ct.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

function unwrapKey(kek: Buffer, wrap: Wrap, aad: Buffer): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrap.iv, 'base64'));
    decipher.setAAD(aad);
    decipher.setAuthTag(Buffer.from(wrap.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrap.ct, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

function keyCheck(masterKey: Buffer): string {
  return createHmac('sha256', masterKey).update('kedang-key-check').digest('base64');
}

/** 160 random bits as 32 Crockford base32 characters (5 bits each), grouped 4 by 4 for reading aloud. */
export function generateRecoveryCode(random: (n: number) => Buffer = nodeRandomBytes): string {
  const length = RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH;
  const bytes = random(length);
  let raw = '';
  for (let i = 0; i < length; i += 1) raw += RECOVERY_ALPHABET[bytes[i]! & 31];
  return formatRecoveryCode(raw);
}

/**
 * LUKS-style key slots beside the database: the random master key exists on disk only wrapped,
 * once per user (password → scrypt → AES-256-GCM) and once under the recovery code.
 */
export class Vault {
  private constructor(
    private readonly path: string,
    private data: VaultData,
    private readonly cost: KdfCost,
    private readonly clock: Clock,
    private readonly random: (n: number) => Buffer,
  ) {}

  static exists(dataDir: string): boolean {
    return existsSync(vaultPath(dataDir));
  }

  static async create(
    dataDir: string,
    firstUser: { userId: number; username: string; password: string },
    options: VaultOptions = {},
  ): Promise<{ vault: Vault; masterKey: Buffer; recoveryCode: string }> {
    if (Vault.exists(dataDir)) throw new KedangError('SETUP_ALREADY_DONE', 'A vault already exists here');
    const random = options.randomBytes ?? nodeRandomBytes;
    const cost = options.cost ?? DEFAULT_KDF_COST;
    const clock = options.clock ?? systemClock;
    const masterKey = random(KEY_BYTES);
    const recoveryCode = generateRecoveryCode(random);
    const now = clock.now().toISOString();
    const recoveryKdf: KdfParams = { alg: 'scrypt', ...cost, salt: random(16).toString('base64') };
    const recovery = { kdf: recoveryKdf, wrap: wrapKey(await deriveKek(normaliseRecoveryCode(recoveryCode), recoveryKdf), masterKey, RECOVERY_AAD, random), createdAt: now };
    const vault = new Vault(vaultPath(dataDir), { format: FORMAT, version: 1, createdAt: now, keyCheck: keyCheck(masterKey), users: [], recovery }, cost, clock, random);
    vault.data.users.push(await vault.makeUserSlot(masterKey, firstUser));
    vault.save();
    return { vault, masterKey, recoveryCode };
  }

  static load(dataDir: string, options: VaultOptions = {}): Vault {
    const path = vaultPath(dataDir);
    let parsed: VaultData;
    try {
      parsed = vaultSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    } catch {
      throw new KedangError('VAULT_CORRUPT', 'vault.json is missing or damaged');
    }
    return new Vault(path, parsed, options.cost ?? DEFAULT_KDF_COST, options.clock ?? systemClock, options.randomBytes ?? nodeRandomBytes);
  }

  hasUser(username: string): boolean {
    return this.data.users.some((s) => s.username.toLowerCase() === username.toLowerCase());
  }

  async unlockWithPassword(username: string, password: string): Promise<{ masterKey: Buffer; userId: number } | null> {
    const slot = this.data.users.find((s) => s.username.toLowerCase() === username.toLowerCase());
    if (!slot) {
      // Spend the same KDF time for an unknown name, so timing does not tell which names exist.
      await deriveKek(password, { alg: 'scrypt', ...this.cost, salt: this.data.recovery.kdf.salt });
      return null;
    }
    const masterKey = unwrapKey(await deriveKek(password, slot.kdf), slot.wrap, userAad(slot.userId, slot.username));
    return masterKey && this.isMasterKey(masterKey) ? { masterKey, userId: slot.userId } : null;
  }

  async unlockWithRecovery(code: string): Promise<Buffer | null> {
    const slot = this.data.recovery;
    const masterKey = unwrapKey(await deriveKek(normaliseRecoveryCode(code), slot.kdf), slot.wrap, RECOVERY_AAD);
    return masterKey && this.isMasterKey(masterKey) ? masterKey : null;
  }

  async setUserSlot(masterKey: Buffer, user: { userId: number; username: string; password: string }): Promise<void> {
    this.assertMasterKey(masterKey);
    const slot = await this.makeUserSlot(masterKey, user);
    this.data = { ...this.data, users: [...this.data.users.filter((s) => s.userId !== user.userId), slot] };
    this.save();
  }

  removeUserSlot(userId: number): void {
    this.data = { ...this.data, users: this.data.users.filter((s) => s.userId !== userId) };
    this.save();
  }

  async rotateRecovery(masterKey: Buffer): Promise<string> {
    this.assertMasterKey(masterKey);
    const code = generateRecoveryCode(this.random);
    const kdf: KdfParams = { alg: 'scrypt', ...this.cost, salt: this.random(16).toString('base64') };
    const wrap = wrapKey(await deriveKek(normaliseRecoveryCode(code), kdf), masterKey, RECOVERY_AAD, this.random);
    this.data = { ...this.data, recovery: { kdf, wrap, createdAt: this.clock.now().toISOString() } };
    this.save();
    return code;
  }

  private async makeUserSlot(masterKey: Buffer, user: { userId: number; username: string; password: string }) {
    const kdf: KdfParams = { alg: 'scrypt', ...this.cost, salt: this.random(16).toString('base64') };
    const kek = await deriveKek(user.password, kdf);
    return { userId: user.userId, username: user.username, kdf, wrap: wrapKey(kek, masterKey, userAad(user.userId, user.username), this.random), updatedAt: this.clock.now().toISOString() };
  }

  /** Whether this vault's slots wrap this master key (a backup of this very archive). */
  holdsKey(candidate: Buffer): boolean {
    return this.isMasterKey(candidate);
  }

  private isMasterKey(candidate: Buffer): boolean {
    const expected = Buffer.from(this.data.keyCheck, 'base64');
    const actual = Buffer.from(keyCheck(candidate), 'base64');
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }

  private assertMasterKey(masterKey: Buffer): void {
    if (!this.isMasterKey(masterKey)) throw new KedangError('INTERNAL', 'That is not this vault’s master key');
  }

  private save(): void {
    writeFileAtomic(this.path, `${JSON.stringify(this.data, null, 2)}\n`);
  }
}
