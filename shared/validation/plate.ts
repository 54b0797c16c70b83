import { z } from 'zod';

/**
 * Chinese licence plates. Ordinary: province + issuing-office letter + 5 characters (the last may be
 * 学/警/挂/港/澳/领/试/超). New energy (GA 36-2018), 8 characters: small vehicles put the energy type
 * first (D/A/B/C/E/F/G/H/J/K, then a letter or digit and 4 digits), large vehicles last (5 digits + type).
 */
export type PlateResult = { ok: true; value: string; kind: 'ordinary' | 'newEnergy' } | { ok: false; code: 'PLATE_FORMAT' };

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const LETTER = 'A-HJ-NP-Z';
const ALNUM = `${LETTER}0-9`;
const ENERGY = 'DABCEFGHJK';

const ordinary = new RegExp(`^[${PROVINCES}][${LETTER}][${ALNUM}]{4}[${ALNUM}学警挂港澳领试超]$`);
const newEnergySmall = new RegExp(`^[${PROVINCES}][${LETTER}][${ENERGY}][${ALNUM}]\\d{4}$`);
const newEnergyLarge = new RegExp(`^[${PROVINCES}][${LETTER}]\\d{5}[${ENERGY}]$`);

export function normalisePlate(input: string): string {
  return input.normalize('NFKC').replace(/[\s·・.-]/g, '').toUpperCase();
}

export function parsePlate(input: string): PlateResult {
  const value = normalisePlate(input);
  if (ordinary.test(value)) return { ok: true, value, kind: 'ordinary' };
  if (newEnergySmall.test(value) || newEnergyLarge.test(value)) return { ok: true, value, kind: 'newEnergy' };
  return { ok: false, code: 'PLATE_FORMAT' };
}

export const plateSchema = z.string().transform((v, ctx) => {
  const r = parsePlate(v);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.code });
    return z.NEVER;
  }
  return r.value;
});
