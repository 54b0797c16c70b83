/**
 * Mainland mobile numbers: 11 digits in a block the numbering plan gives to mobile subscribers, however
 * people type them.
 *
 * The blocks are a table here rather than libphonenumber-js, because shared/ is also bundled into the
 * renderer: even libphonenumber-js/mobile carries 99 KB of metadata for every country to answer a question
 * about one, while the table is a screen long and a reviewer can hold it against MIIT's allocations.
 * tests/unit/validation/differential.test.ts checks it against libphonenumber-js over every 5-digit prefix,
 * so a dependency update that adds or drops a block fails there and is decided here. The one deliberate
 * difference is 149 (China Telecom data cards, allocated like 145 and 147), which libphonenumber declines
 * (google/libphonenumber#1976).
 */
import { toHalfWidth } from './fullWidth';
import { parserSchema } from './parserSchema';

export const mobileCodes = ['MOBILE_FORMAT', 'MOBILE_UNALLOCATED'] as const;
export type MobileCode = (typeof mobileCodes)[number];

export type MobileResult = { ok: true; value: string } | { ok: false; code: MobileCode };

/**
 * Prefixes of the blocks allocated to mobile subscribers. Refused, because they are unallocated or no person
 * holds such a number: 140–144, 146 and 148 (13-digit IoT numbers), 154, 160, 1611–1619, 163, 164, 168, 169,
 * 17406–17412 (the MIIT emergency-communication network), 1749 (maritime satellite) and the rest of 174, 179, 194.
 */
export const mobileBlocks = [
  '13', // 130–139; 1349 is China Telecom's satellite service
  '145', '147', '149', // data cards of China Unicom, China Mobile and China Telecom, with SMS
  '150', '151', '152', '153', '155', '156', '157', '158', '159',
  '1610', // China Broadnet
  '162', '165', '167', // virtual operators on China Telecom, China Mobile and China Unicom
  '166',
  '170', '171', // virtual operators
  '172', '173', '175', '176', '177', '178',
  '17400', '17401', '17402', '17403', '17404', '17405', // China Telecom's Tiantong satellite phones
  '18',
  '190', '191', '192', '193', '195', '196', '197', '198', '199', // 192 is China Broadnet
] as const;

const ALLOCATED = new RegExp(`^(?:${mobileBlocks.join('|')})`);

/**
 * Spaces, dots, parentheses and every dash people paste (hyphen, non-breaking hyphen, en/em dash, minus), as a
 * character-class body: the audit log's masking reads numbers with the same separators.
 */
export const mobileSeparatorChars = '\\s.()\\-\\u2010-\\u2015\\u2212';
const SEPARATORS = new RegExp(`[${mobileSeparatorChars}]`, 'g');

export function parseMobile(input: string): MobileResult {
  let digits = toHalfWidth(input).replace(SEPARATORS, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  // A bare 86 only when it makes 13 digits: an 11-digit number never starts with 86 anyway.
  else if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  if (!/^1[3-9]\d{9}$/.test(digits)) return { ok: false, code: 'MOBILE_FORMAT' };
  return ALLOCATED.test(digits) ? { ok: true, value: digits } : { ok: false, code: 'MOBILE_UNALLOCATED' };
}

/** 138****8000. Anything that is not a normalised mobile keeps only its last four. */
export function maskMobile(mobile: string): string {
  if (/^\d{11}$/.test(mobile)) return `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;
  return mobile.length > 4 ? `${'*'.repeat(mobile.length - 4)}${mobile.slice(-4)}` : '****';
}

export const mobileSchema = parserSchema(parseMobile);
