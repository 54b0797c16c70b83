import { toAsciiUpperCase } from './asciiUpperCase';
import { toHalfWidth } from './fullWidth';
import { parserSchema } from './parserSchema';

/**
 * Chinese licence plates (GA 36-2018). Ordinary, 7 characters: province, issuing-office letter, then
 * 5 letters/digits, the last of which may instead be 学 警 挂 领 试 超 (or 港/澳 on 粤Z plates).
 * Consulate plates are ordinary ones ending in 领 (沪A0023领); embassy plates have no province or
 * office letter: 使 and six digits (使014001). GA 36-2018 writes no consulate plate as 领 + digits.
 * New energy, 8 characters: small vehicles put the energy-type letter first (then a letter or digit and
 * 4 digits), large vehicles last (5 digits, then the letter).
 */
export const plateCodes = ['PLATE_FORMAT'] as const;
export type PlateCode = (typeof plateCodes)[number];
export type PlateKind = 'ordinary' | 'newEnergy' | 'embassy';

export type PlateResult = { ok: true; value: string; kind: PlateKind } | { ok: false; code: PlateCode };

export const plateProvinces = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const LETTER = 'A-HJ-NP-Z';
const ALNUM = `${LETTER}0-9`;
/**
 * Energy-type letters. GA 36-2018 defines D (pure electric) and F (any other new energy) for both sizes.
 * Small plates only were widened afterwards by the Ministry of Public Security, for offices that ran out of
 * D and F serials, without a change to the standard's text: A B C E join D, and G H J K join F.
 * Large plates were not widened and still end in D or F.
 */
const SMALL_ENERGY = 'DABCEFGHJK';
const LARGE_ENERGY = 'DF';

const HEAD = `[${plateProvinces}][${LETTER}]`;
const ordinary = new RegExp(`^${HEAD}[${ALNUM}]{4}[${ALNUM}学警挂领试超]$`);
const hongKongMacau = new RegExp(`^粤Z[${ALNUM}]{4}[港澳]$`);
const embassy = /^使\d{6}$/;
const newEnergySmall = new RegExp(`^${HEAD}[${SMALL_ENERGY}][${ALNUM}]\\d{4}$`);
const newEnergyLarge = new RegExp(`^${HEAD}\\d{5}[${LARGE_ENERGY}]$`);

/** Half-width, a–z upper-cased, without the spaces, dots and middle dots printed or typed between groups (京A·12345). */
export function normalisePlate(input: string): string {
  return toAsciiUpperCase(toHalfWidth(input).replace(/[\s.·・•‧∙-]/g, ''));
}

export function parsePlate(input: string): PlateResult {
  const value = normalisePlate(input);
  if (ordinary.test(value) || hongKongMacau.test(value)) return { ok: true, value, kind: 'ordinary' };
  if (newEnergySmall.test(value) || newEnergyLarge.test(value)) return { ok: true, value, kind: 'newEnergy' };
  if (embassy.test(value)) return { ok: true, value, kind: 'embassy' };
  return { ok: false, code: 'PLATE_FORMAT' };
}

export const plateSchema = parserSchema(parsePlate);
