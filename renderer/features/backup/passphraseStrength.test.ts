import { describe, expect, it } from 'vitest';
import { passphraseStrength } from './passphraseStrength';

describe('a backup passphrase as it is typed', () => {
  it('under 12 characters is too short, whatever it holds', () => {
    expect(passphraseStrength('')).toBe('tooShort');
    expect(passphraseStrength('Xy7#qL9!pW2')).toBe('tooShort');
  });

  it('the same few characters repeated stay weak however long', () => {
    expect(passphraseStrength('aaaaaaaaaaaaaaaaaaaaaaaaaaaa')).toBe('weak');
    expect(passphraseStrength('abcabcabcabcabc')).toBe('weak');
  });

  it('twelve plain letters are weak, with digits and signs fair', () => {
    expect(passphraseStrength('kedangbackup')).toBe('weak');
    expect(passphraseStrength('Kedang-2026-x')).toBe('fair');
  });

  it('four unrelated words or a long sentence are strong', () => {
    expect(passphraseStrength('correct horse battery staple')).toBe('strong');
    expect(passphraseStrength('星辰店档案室的钥匙在二楼保险柜里')).toBe('strong');
  });

  it('a Chinese character counts as two letters', () => {
    expect(passphraseStrength('客户档案每月备份一次吧')).toBe('tooShort');
    expect(passphraseStrength('客户档案每月备份一次到U盘')).toBe('strong');
  });
});
