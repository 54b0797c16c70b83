import { pinyin } from 'pinyin-pro';

/**
 * Search tokens: every query the one search box accepts becomes a prefix scan over these.
 * A substring of a value is a prefix of one of its suffixes, so indexing suffixes answers
 * "any part of the name / phone / plate" with an index range scan instead of a LIKE over every row
 * (FTS5's trigram tokenizer cannot match the two-character names that are most Chinese names).
 */
export const searchFields = {
  name: 'n',
  pinyin: 'p',
  initials: 'i',
  phone: 't',
  plate: 'l',
  vin: 'v',
  archiveNo: 'a',
} as const;
export type SearchField = (typeof searchFields)[keyof typeof searchFields];

export interface Token {
  token: string;
  field: SearchField;
}

const MIN_PHONE_DIGITS = 4;
const VIN_TAIL_LENGTHS = [4, 5, 6, 7, 8];
/** A Chinese character by Unicode script, so Extensions B–G (𠮷, 𰀀) count as much as 王 does. */
const han = /\p{Script=Han}/u;

export function normaliseQueryText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s·・.\-_()（）]/g, '')
    .toLowerCase();
}

function suffixes(value: string, minLength = 1): string[] {
  const chars = [...value];
  const out: string[] = [];
  for (let i = 0; i <= chars.length - minLength; i += 1) out.push(chars.slice(i).join(''));
  return out;
}

/** Full pinyin and initials, suffixed at syllable boundaries: 张三 → zhangsan, san; zs, s. */
function pinyinTokens(name: string): Token[] {
  const hanzi = [...name].filter((c) => han.test(c)).join('');
  if (!hanzi) return [];
  // surname: 'head' reads the first character as a surname (单 shàn, 曾 zēng, 解 xiè).
  const syllables = pinyin(hanzi, { toneType: 'none', type: 'array', surname: 'head', v: true }).map((s) => s.toLowerCase());
  const tokens: Token[] = [];
  for (let i = 0; i < syllables.length; i += 1) {
    tokens.push({ token: syllables.slice(i).join(''), field: searchFields.pinyin });
    tokens.push({ token: syllables.slice(i).map((s) => s[0]).join(''), field: searchFields.initials });
  }
  return tokens;
}

export interface SearchableCustomer {
  name: string;
  contactPerson?: string | null;
  archiveNo: string;
  phones: string[];
  plates: string[];
  vins: string[];
}

export function customerTokens(c: SearchableCustomer): Token[] {
  const tokens: Token[] = [];
  for (const name of [c.name, c.contactPerson].filter((n): n is string => !!n)) {
    const normalised = normaliseQueryText(name);
    for (const s of suffixes(normalised)) tokens.push({ token: s, field: searchFields.name });
    tokens.push(...pinyinTokens(normalised));
  }
  for (const phone of c.phones) for (const s of suffixes(phone, MIN_PHONE_DIGITS)) tokens.push({ token: s, field: searchFields.phone });
  for (const plate of c.plates) for (const s of suffixes(normaliseQueryText(plate), 2)) tokens.push({ token: s, field: searchFields.plate });
  for (const vin of c.vins) {
    const v = vin.toLowerCase();
    tokens.push({ token: v, field: searchFields.vin });
    for (const n of VIN_TAIL_LENGTHS) tokens.push({ token: v.slice(-n), field: searchFields.vin });
  }
  tokens.push({ token: normaliseQueryText(c.archiveNo), field: searchFields.archiveNo });
  const seen = new Set<string>();
  return tokens.filter((t) => {
    const key = `${t.field}\u0000${t.token}`;
    if (seen.has(key) || t.token.length === 0) return false;
    seen.add(key);
    return true;
  });
}

/** Which fields a query may hit: digits look for phones, letters for pinyin, Chinese for names. */
export function queryPlan(raw: string, canSearchPhones: boolean): Array<{ field: SearchField; prefix: string }> {
  const q = normaliseQueryText(raw);
  if (!q) return [];
  const plan: Array<{ field: SearchField; prefix: string }> = [];
  const add = (field: SearchField) => plan.push({ field, prefix: q });
  if (han.test(q)) {
    add(searchFields.name);
    add(searchFields.plate);
  } else if (/^\d+$/.test(q)) {
    if (canSearchPhones && q.length >= MIN_PHONE_DIGITS) add(searchFields.phone);
    add(searchFields.plate);
    add(searchFields.archiveNo);
    if (q.length >= 4) add(searchFields.vin);
  } else {
    if (/^[a-z]+$/.test(q)) {
      add(searchFields.pinyin);
      add(searchFields.initials);
      add(searchFields.name);
    }
    add(searchFields.plate);
    add(searchFields.archiveNo);
    if (q.length >= 4) add(searchFields.vin);
  }
  return plan;
}
