import { beforeAll, describe, expect, it } from 'vitest';
import { Decrypter } from 'age-encryption';
import { encryptAge, startAgeEncryption } from '../../../electron/core/backup/age';
import { encodeBase64, encodeHeader, readHeader } from '../../../electron/core/backup/ageHeader';
import { generateAgeIdentity } from '../../../electron/core/backup/ageKeys';
import { scryptStanzaTemplate } from '../../../electron/core/backup/ageStanzas';
import { CHUNK_BYTES, SEALED_CHUNK_BYTES, sealedPayloadSize } from '../../../electron/core/backup/ageStream';
import { ByteReader } from '../../../electron/core/backup/byteReader';
import { sealInPlace } from '../../../electron/core/backup/sodium';
import { collect, decryptBuffer, encryptBuffer, failure, outcome, piecesOf, random, TEST_WORK_FACTOR } from './support/bytes';

const PASSPHRASE = '客档 backup passphrase';
const alice = generateAgeIdentity();
const bob = generateAgeIdentity();

function headerLength(file: Buffer): number {
  return file.indexOf('\n', file.indexOf('\n--- ') + 1) + 1;
}

function flipped(file: Buffer, at: number, mask = 0x01): Buffer {
  const copy = Buffer.from(file);
  copy[at]! ^= mask;
  return copy;
}

/** Replaces one character of the header text (keeps the file otherwise identical). */
function withHeaderChar(file: Buffer, at: number, char: string): Buffer {
  const copy = Buffer.from(file);
  copy.write(char, at, 'latin1');
  return copy;
}

async function headerOutcome(text: string): Promise<string> {
  return outcome(readHeader(new ByteReader(piecesOf(Buffer.from(text, 'latin1'), [5, 13]))));
}

describe('age format', () => {
  describe('round trips', () => {
    const sizes = [0, 1, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, 32 * CHUNK_BYTES, 32 * CHUNK_BYTES + 1, 5_000_000];

    it.each(sizes)('%i bytes round-trip under a passphrase, with the size age predicts', async (size) => {
      const data = random(size);
      const file = await encryptBuffer(data, { passphrase: PASSPHRASE, workFactor: TEST_WORK_FACTOR });
      expect(file.length).toBe(headerLength(file) + 16 + sealedPayloadSize(size));
      expect((await decryptBuffer(file, { passphrase: PASSPHRASE })).equals(data)).toBe(true);
    });

    it.each(sizes)('%i bytes round-trip to two X25519 recipients; either identity opens the file', async (size) => {
      const data = random(size);
      const file = await encryptBuffer(data, { x25519: [alice.recipient, bob.recipient] });
      expect((await decryptBuffer(file, { identity: alice.identity })).equals(data)).toBe(true);
      expect((await decryptBuffer(file, { identity: `# two keys\n${generateAgeIdentity().identity}\n${bob.identity}\n` })).equals(data)).toBe(true);
    });

    it('an empty payload is a single 16-byte last chunk', async () => {
      const file = await encryptBuffer(Buffer.alloc(0), { x25519: [alice.recipient] });
      expect(file.length - headerLength(file)).toBe(16 + 16);
    });

    it('the header is written as the spec shows it', async () => {
      const scrypt = (await encryptBuffer(Buffer.from('x'), { passphrase: PASSPHRASE, workFactor: 12 })).toString('latin1');
      expect(scrypt).toMatch(/^age-encryption\.org\/v1\n-> scrypt [A-Za-z0-9+/]{22} 12\n[A-Za-z0-9+/]{43}\n--- [A-Za-z0-9+/]{43}\n/);
      const x25519 = (await encryptBuffer(Buffer.from('x'), { x25519: [alice.recipient, bob.recipient] })).toString('latin1');
      expect(x25519).toMatch(/^age-encryption\.org\/v1\n(-> X25519 [A-Za-z0-9+/]{43}\n[A-Za-z0-9+/]{43}\n){2}--- [A-Za-z0-9+/]{43}\n/);
    });

    it.each([0, 1, 47, 48, 49, 96, 200])('a stanza body of %i bytes wraps at 64 columns, always ending with a short line, and parses back', async (size) => {
      const body = random(size);
      const header = encodeHeader([{ args: ['example.com/test', 'arg'], body }], random(16));
      const lines = header.toString('latin1').split('\n').slice(2, -2);
      expect(lines.slice(0, -1).every((l) => l.length === 64)).toBe(true);
      expect(lines.at(-1)!.length).toBeLessThan(64);
      const parsed = await readHeader(new ByteReader(piecesOf(Buffer.concat([header, Buffer.from('payload')]), [3])));
      expect(parsed.stanzas).toEqual([{ args: ['example.com/test', 'arg'], body }]);
      expect(parsed.bytes.equals(header)).toBe(true);
    });

    it('typage refuses a final empty chunk after data, and so do we', async () => {
      const encryption = startAgeEncryption({ x25519: [alice.recipient] });
      const chunk = Buffer.alloc(SEALED_CHUNK_BYTES + 16);
      const nonce = Buffer.alloc(12);
      sealInPlace(encryption.payloadKey, nonce, chunk.subarray(0, CHUNK_BYTES), chunk.subarray(CHUNK_BYTES, SEALED_CHUNK_BYTES));
      nonce[10] = 1;
      nonce[11] = 1;
      sealInPlace(encryption.payloadKey, nonce, Buffer.alloc(0), chunk.subarray(SEALED_CHUNK_BYTES));
      const file = Buffer.concat([await encryption.preamble, chunk]);
      const typage = new Decrypter();
      typage.addIdentity(alice.identity);
      await expect(typage.decrypt(file)).rejects.toThrow();
      const err = await failure(decryptBuffer(file, { identity: alice.identity }));
      expect([err.code, err.details?.reason]).toEqual(['BACKUP_CORRUPT', 'empty-last-chunk']);
    });
  });

  describe('a damaged, cut or foreign file is refused with its own code', () => {
    let file: Buffer;
    let fullLast: Buffer;
    let twoRecipients: Buffer;
    let payload: number;

    beforeAll(async () => {
      // 3 full chunks and a short last one; and a payload whose last chunk is full.
      file = await encryptBuffer(random(3 * CHUNK_BYTES + 3392), { passphrase: PASSPHRASE, workFactor: TEST_WORK_FACTOR });
      fullLast = await encryptBuffer(random(2 * CHUNK_BYTES), { passphrase: PASSPHRASE, workFactor: TEST_WORK_FACTOR });
      twoRecipients = await encryptBuffer(random(100_000), { x25519: [alice.recipient, bob.recipient] });
      payload = headerLength(file) + 16;
    });

    const pass = { passphrase: PASSPHRASE };
    const cases: Array<[string, string, () => Buffer, string?]> = [
      ['cut at a chunk boundary (no last chunk)', 'BACKUP_TRUNCATED', () => file.subarray(0, payload + 3 * SEALED_CHUNK_BYTES)],
      ['cut at a chunk boundary of a full-last-chunk file', 'BACKUP_TRUNCATED', () => fullLast.subarray(0, headerLength(fullLast) + 16 + SEALED_CHUNK_BYTES)],
      ['cut a few bytes after a chunk boundary', 'BACKUP_TRUNCATED', () => file.subarray(0, payload + SEALED_CHUNK_BYTES + 5)],
      ['cut inside the header', 'BACKUP_TRUNCATED', () => file.subarray(0, 30)],
      ['cut inside the version line', 'BACKUP_TRUNCATED', () => file.subarray(0, 10)],
      ['cut right after the header', 'BACKUP_TRUNCATED', () => file.subarray(0, headerLength(file))],
      ['cut inside the payload nonce', 'BACKUP_TRUNCATED', () => file.subarray(0, headerLength(file) + 7)],
      ['cut right after the nonce', 'BACKUP_TRUNCATED', () => file.subarray(0, payload)],
      ['cut inside a chunk (looks like a damaged chunk)', 'BACKUP_CORRUPT', () => file.subarray(0, payload + SEALED_CHUNK_BYTES + 1000), 'chunk'],
      ['a byte changed in the version line', 'BACKUP_NOT_AGE', () => flipped(file, 3)],
      ['a byte changed in the header MAC', 'BACKUP_CORRUPT', () => withHeaderChar(file, headerLength(file) - 44, file[headerLength(file) - 44] === 0x41 ? 'B' : 'A'), 'header-mac'],
      ['another recipient’s stanza changed (caught by the header MAC)', 'BACKUP_CORRUPT', () => withHeaderChar(twoRecipients, twoRecipients.indexOf('\n-> X25519', 30) + 12, twoRecipients[twoRecipients.indexOf('\n-> X25519', 30) + 12] === 0x41 ? 'B' : 'A'), 'header-mac'],
      ['a non-canonical base64 salt', 'BACKUP_CORRUPT', () => withHeaderChar(file, file.indexOf(' ', 34) - 1, 'B'), 'stanza'],
      ['a byte changed in the payload nonce', 'BACKUP_CORRUPT', () => flipped(file, headerLength(file) + 3), 'chunk'],
      ['a byte changed in the first chunk', 'BACKUP_CORRUPT', () => flipped(file, payload + 10), 'chunk'],
      ['a byte changed in a middle chunk', 'BACKUP_CORRUPT', () => flipped(file, payload + SEALED_CHUNK_BYTES + 40_000), 'chunk'],
      ['a byte changed in a chunk tag', 'BACKUP_CORRUPT', () => flipped(file, payload + 2 * SEALED_CHUNK_BYTES - 3), 'chunk'],
      ['a byte changed in the last chunk', 'BACKUP_CORRUPT', () => flipped(file, file.length - 100), 'chunk'],
      ['a byte changed at the very end', 'BACKUP_CORRUPT', () => flipped(file, file.length - 1), 'chunk'],
      ['one byte of trailing garbage', 'BACKUP_CORRUPT', () => Buffer.concat([file, Buffer.from([0])])],
      ['100 KB of trailing garbage', 'BACKUP_CORRUPT', () => Buffer.concat([file, random(100_000)])],
      ['trailing garbage after a full last chunk', 'BACKUP_CORRUPT', () => Buffer.concat([fullLast, random(20)]), 'trailing-data'],
      ['a copy of the last chunk appended', 'BACKUP_CORRUPT', () => Buffer.concat([fullLast, fullLast.subarray(fullLast.length - SEALED_CHUNK_BYTES)]), 'trailing-data'],
      ['random bytes', 'BACKUP_NOT_AGE', () => random(5000)],
      ['an empty file', 'BACKUP_NOT_AGE', () => Buffer.alloc(0)],
      ['an ASCII-armored age file', 'BACKUP_NOT_AGE', () => Buffer.from('-----BEGIN AGE ENCRYPTED FILE-----\nYWdlLWVuY3J5cHRpb24ub3JnL3YxCg==\n-----END AGE ENCRYPTED FILE-----\n')],
    ];

    it.each(cases)('%s → %s', async (name, code, mutate, reason) => {
      const err = await failure(decryptBuffer(mutate(), name.includes('recipient') ? { identity: alice.identity } : pass));
      expect(err.code).toBe(code);
      if (reason) expect(err.details?.reason).toBe(reason);
    });

    it('a byte changed anywhere in the file, header to last tag, is refused', async () => {
      const codes = new Set<string>();
      for (let at = 0; at < twoRecipients.length; at += 661) codes.add(await outcome(decryptBuffer(flipped(twoRecipients, at, 0x10), { identity: alice.identity })));
      codes.add(await outcome(decryptBuffer(flipped(twoRecipients, twoRecipients.length - 1, 0x10), { identity: alice.identity })));
      expect([...codes].every((c) => c.startsWith('BACKUP_'))).toBe(true);
    });

    it('a changed scrypt salt reads as a wrong passphrase (the two cannot be told apart)', async () => {
      expect(await outcome(decryptBuffer(withHeaderChar(file, 32, file[32] === 0x41 ? 'B' : 'A'), pass))).toBe('BACKUP_WRONG_SECRET');
    });

    it('a wrong passphrase, a wrong identity, or the wrong kind of secret is BACKUP_WRONG_SECRET and says which secret is needed', async () => {
      const wrongPass = await failure(decryptBuffer(file, { passphrase: 'not it' }));
      expect([wrongPass.code, wrongPass.details?.needs]).toEqual(['BACKUP_WRONG_SECRET', 'passphrase']);
      const wrongKey = await failure(decryptBuffer(twoRecipients, { identity: generateAgeIdentity().identity }));
      expect([wrongKey.code, wrongKey.details?.needs]).toEqual(['BACKUP_WRONG_SECRET', 'identity']);
      const keyForPassphraseFile = await failure(decryptBuffer(file, { identity: alice.identity }));
      expect([keyForPassphraseFile.code, keyForPassphraseFile.details?.needs]).toEqual(['BACKUP_WRONG_SECRET', 'passphrase']);
      const passphraseForKeyFile = await failure(decryptBuffer(twoRecipients, pass));
      expect([passphraseForKeyFile.code, passphraseForKeyFile.details?.needs]).toEqual(['BACKUP_WRONG_SECRET', 'identity']);
    });

    it('a scrypt work factor above the cap is refused before any scrypt runs', async () => {
      const crafted = Buffer.concat([encodeHeader([scryptStanzaTemplate(random(16), 30)], random(16)), random(100)]);
      const started = Date.now();
      const err = await failure(decryptBuffer(crafted, pass));
      expect([err.code, err.details?.workFactor]).toEqual(['BACKUP_WORK_FACTOR_TOO_HIGH', 30]);
      expect(Date.now() - started).toBeLessThan(1000);
      const twelve = await encryptBuffer(random(10), { passphrase: PASSPHRASE, workFactor: 12 });
      expect(await outcome(decryptBuffer(twelve, { passphrase: PASSPHRASE, maxWorkFactor: 11 }))).toBe('BACKUP_WORK_FACTOR_TOO_HIGH');
      expect(await outcome(decryptBuffer(twelve, { passphrase: PASSPHRASE, maxWorkFactor: 12 }))).toBe('ok');
    });

    it('a scrypt stanza next to another stanza is refused', async () => {
      const x25519 = { args: ['X25519', encodeBase64(random(32))], body: random(32) };
      const crafted = Buffer.concat([encodeHeader([scryptStanzaTemplate(random(16), 10), x25519], random(16)), random(100)]);
      const err = await failure(decryptBuffer(crafted, pass));
      expect([err.code, err.details?.reason]).toEqual(['BACKUP_CORRUPT', 'stanza']);
    });

    it('stanzas of other types are skipped, as the spec asks', async () => {
      const encryption = startAgeEncryption({ x25519: [alice.recipient] });
      const preamble = await encryption.preamble;
      expect(preamble.includes('-> X25519')).toBe(true);
      const file = await collect(encryptAge(piecesOf(random(10)), { x25519: [alice.recipient] }));
      const header = await readHeader(new ByteReader(piecesOf(file)));
      const withGrease = Buffer.concat([
        Buffer.from('age-encryption.org/v1\n-> grease-x \\!@#\n'),
        Buffer.from(`${encodeBase64(random(10))}\n`),
        header.macInput.subarray('age-encryption.org/v1\n'.length),
      ]);
      // The MAC no longer matches (it covers the grease), which proves the grease stanza was parsed and skipped.
      const err = await failure(decryptBuffer(Buffer.concat([withGrease, file.subarray(header.macInput.length)]), { identity: alice.identity }));
      expect([err.code, err.details?.reason]).toEqual(['BACKUP_CORRUPT', 'header-mac']);
    });
  });

  describe('header grammar', () => {
    const salt = encodeBase64(random(16));
    const body = encodeBase64(random(32));
    const mac = encodeBase64(random(32));
    it.each([
      ['CRLF line ends', 'BACKUP_NOT_AGE', `age-encryption.org/v1\r\n-> scrypt ${salt} 10\r\n${body}\r\n--- ${mac}\r\n`],
      ['CR inside the header', 'BACKUP_CORRUPT', `age-encryption.org/v1\n-> scrypt ${salt} 10\r\n${body}\n--- ${mac}\n`],
      ['an empty argument', 'BACKUP_CORRUPT', `age-encryption.org/v1\n-> scrypt  ${salt} 10\n${body}\n--- ${mac}\n`],
      ['a stanza line without arguments', 'BACKUP_CORRUPT', `age-encryption.org/v1\n-> \n${body}\n--- ${mac}\n`],
      ['a body line of 65 columns', 'BACKUP_CORRUPT', `age-encryption.org/v1\n-> x\n${'A'.repeat(64)}A\n\n--- ${mac}\n`],
      ['a 48-byte body without its closing short line', 'BACKUP_CORRUPT', `age-encryption.org/v1\n-> x\n${'A'.repeat(64)}\n--- ${mac}\n`],
      ['padded base64', 'BACKUP_CORRUPT', `age-encryption.org/v1\n-> x\nAA==\n--- ${mac}\n`],
      ['a short MAC', 'BACKUP_CORRUPT', `age-encryption.org/v1\n-> x\n\n--- ${mac.slice(1)}\n`],
      ['no space after ---', 'BACKUP_CORRUPT', `age-encryption.org/v1\n-> x\n\n---${mac}\n`],
      ['a line that is neither stanza nor MAC', 'BACKUP_CORRUPT', `age-encryption.org/v1\nhello\n--- ${mac}\n`],
      ['non-ASCII in an argument', 'BACKUP_CORRUPT', `age-encryption.org/v1\n-> 客档\n\n--- ${mac}\n`],
      ['another age version', 'BACKUP_NOT_AGE', `age-encryption.org/v2\n-> x\n\n--- ${mac}\n`],
      ['the header ends before the MAC', 'BACKUP_TRUNCATED', `age-encryption.org/v1\n-> x\n\n`],
      ['a well-formed header', 'ok', `age-encryption.org/v1\n-> x\n\n--- ${mac}\n`],
    ])('%s → %s', async (_name, code, text) => {
      expect(await headerOutcome(text)).toBe(code);
    });
  });

  it('cancelling encryption stops it with BACKUP_CANCELLED', async () => {
    const controller = new AbortController();
    async function* endless() {
      for (;;) {
        yield random(100_000);
        controller.abort();
      }
    }
    expect(await outcome(collect(encryptAge(endless(), { x25519: [alice.recipient] }, { signal: controller.signal })))).toBe('BACKUP_CANCELLED');
  });
});
