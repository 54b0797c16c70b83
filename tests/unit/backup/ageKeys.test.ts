import { hkdfSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { identityToRecipient } from 'age-encryption';
import { hkdfSha256 } from '../../../electron/core/backup/ageHeader';
import { bech32Decode, bech32Encode } from '../../../electron/core/backup/bech32';
import {
  formatAgeIdentityFile,
  generateAgeIdentity,
  parseAgeIdentity,
  parseAgeIdentityFile,
  parseAgeRecipient,
  recipientOfIdentity,
} from '../../../electron/core/backup/ageKeys';
import { KedangError } from '../../../shared/contract/errors';

// BIP 173's test vectors (bech32, not bech32m); the 90-character limit is left out on purpose, as age does.
const validBech32 = [
  'A12UEL5L',
  'a12uel5l',
  'an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs',
  'abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw',
  `11${'q'.repeat(82)}c8247j`,
  'split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w',
  '?1ezyfcl',
];
const invalidBech32 = [
  '\x201nwldj5',
  '\x7f1axkwrx',
  'pzry9x0s0muk',
  '1pzry9x0s0muk',
  'x1b4n0q5v',
  'li1dgmt3',
  'de1lg7wt\xff',
  'A1G7SGD8',
  '10a06t8',
  '1qzzfhee',
  'a12UEL5L',
];

function keyError(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof KedangError ? err.code : 'not a KedangError';
  }
  return undefined;
}

describe('age keys', () => {
  it.each(validBech32)('bech32 accepts %s and encodes it back the same way', (text) => {
    const decoded = bech32Decode(text);
    expect(decoded).not.toBeNull();
    expect(bech32Encode(decoded!.hrp, decoded!.data)).toBe(text.toLowerCase());
  });

  it.each(invalidBech32)('bech32 refuses %j', (text) => {
    expect(bech32Decode(text)).toBeNull();
  });

  it('a generated key pair agrees with typage on the recipient', async () => {
    for (let i = 0; i < 5; i += 1) {
      const keys = generateAgeIdentity();
      expect(keys.identity).toMatch(/^AGE-SECRET-KEY-1[02-9ACDEFGHJKLMNPQRSTUVWXYZ]{58}$/);
      expect(keys.recipient).toMatch(/^age1[02-9acdefghjklmnpqrstuvwxyz]{58}$/);
      expect(await identityToRecipient(keys.identity)).toBe(keys.recipient);
      expect(recipientOfIdentity(keys.identity)).toBe(keys.recipient);
    }
  });

  it('an identity file reads like the age CLI reads it: comments and blank lines skipped, CRLF tolerated', () => {
    const a = generateAgeIdentity();
    const b = generateAgeIdentity();
    const file = `${formatAgeIdentityFile(a, new Date('2026-11-23T08:00:00Z'))}\r\n# another key\r\n${b.identity}\r\n\n`;
    expect(file.startsWith('# created: 2026-11-23T08:00:00Z\n# public key: age1')).toBe(true);
    expect(parseAgeIdentityFile(file)).toEqual([parseAgeIdentity(a.identity), parseAgeIdentity(b.identity)]);
  });

  it('a key with a changed character, the wrong prefix or the wrong length is refused as BACKUP_KEY_INVALID', () => {
    const keys = generateAgeIdentity();
    const flip = (s: string, at: number) => s.slice(0, at) + (s[at] === 'q' || s[at] === 'Q' ? (s[at] === 'q' ? 'p' : 'P') : s[at] === s[at]!.toLowerCase() ? 'q' : 'Q') + s.slice(at + 1);
    expect(keyError(() => parseAgeRecipient(flip(keys.recipient, 20)))).toBe('BACKUP_KEY_INVALID');
    expect(keyError(() => parseAgeRecipient(keys.recipient.toUpperCase()))).toBe('BACKUP_KEY_INVALID');
    expect(keyError(() => parseAgeRecipient(bech32Encode('age', Buffer.alloc(31, 1))))).toBe('BACKUP_KEY_INVALID');
    expect(keyError(() => parseAgeRecipient(bech32Encode('agx', Buffer.alloc(32, 1))))).toBe('BACKUP_KEY_INVALID');
    expect(keyError(() => parseAgeIdentity(flip(keys.identity, 30)))).toBe('BACKUP_KEY_INVALID');
    expect(keyError(() => parseAgeIdentity(keys.identity.toLowerCase()))).toBe('BACKUP_KEY_INVALID');
    expect(keyError(() => parseAgeIdentity(keys.recipient))).toBe('BACKUP_KEY_INVALID');
    expect(keyError(() => parseAgeIdentityFile('# only a comment\n\n'))).toBe('BACKUP_KEY_INVALID');
    expect(keyError(() => parseAgeIdentityFile(`${keys.identity}\nnot a key\n`))).toBe('BACKUP_KEY_INVALID');
  });
});

describe('HKDF-SHA256', () => {
  it('matches RFC 5869 test case 3 (no salt, no info) and Node’s hkdfSync on random inputs', () => {
    const ikm = Buffer.alloc(22, 0x0b);
    expect(hkdfSha256(ikm, Buffer.alloc(0), '', 32).toString('hex')).toBe('8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d');
    for (const saltLength of [0, 16, 64]) {
      const [key, salt] = [randomBytes(16), randomBytes(saltLength)];
      for (const info of ['header', 'payload', 'age-encryption.org/v1/X25519']) {
        expect(hkdfSha256(key, salt, info).equals(Buffer.from(hkdfSync('sha256', key, salt, info, 32)))).toBe(true);
      }
    }
  });
});
