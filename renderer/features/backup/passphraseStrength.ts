import { NEW_PASSPHRASE_MIN } from './backupForms';

export type PassphraseStrength = 'tooShort' | 'weak' | 'fair' | 'strong';

const CJK = /\p{Script=Han}/u;

/**
 * A rough guide while a backup passphrase is typed, not a guarantee: length counts most (a Chinese
 * character counts as two letters), then how many different characters and words it uses. A long
 * sentence only the store knows beats a short jumble; the same few characters repeated stay weak.
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const chars = [...passphrase];
  if (chars.length < NEW_PASSPHRASE_MIN) return 'tooShort';
  const distinct = new Set(chars).size;
  if (distinct < 6) return 'weak';
  const effective = chars.reduce((sum, c) => sum + (CJK.test(c) ? 2 : 1), 0);
  const words = passphrase.split(/[\s\-_.,，。、;；:：]+/u).filter((w) => w.length > 0).length;
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^\p{L}\p{N}]/u, CJK].filter((re) => re.test(passphrase)).length;
  if (effective >= 24 || (words >= 4 && effective >= 16)) return 'strong';
  if (effective >= 16 || kinds >= 3) return 'fair';
  return 'weak';
}
