import { pinyin } from 'pinyin-pro';
import { traditionalPairs } from './traditionalChars';

/**
 * How the duplicate check reads names: the same person typed twice rarely looks the same twice —
 * full-width letters, spaces inside a name (张 三), traditional characters (陳偉 for 陈伟), a company's
 * 有限公司 or 有限责任公司, brackets of either width. Everything is compared as code points, so 𠮷
 * counts as one character, not two UTF-16 units.
 */

const simplified = new Map<string, string>();
{
  const chars = [...traditionalPairs];
  for (let i = 0; i + 1 < chars.length; i += 2) simplified.set(chars[i]!, chars[i + 1]!);
}

const SEPARATORS = /[\s·・.\-_'"“”‘’,，、()（）[\]【】]/gu;

/** NFKC (full-width → half-width), lower case, simplified characters, no spaces or punctuation. */
export function foldText(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKC').toLowerCase().replace(SEPARATORS, '')) out += simplified.get(ch) ?? ch;
  return out;
}

/** Compound surnames (复姓) people still carry; anything else takes its first character as the surname. */
const compoundSurnames = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '令狐', '慕容', '司徒', '夏侯', '尉迟', '公孙', '长孙', '宇文', '轩辕', '端木',
  '南宫', '西门', '独孤', '呼延', '申屠', '太史', '闻人', '赫连', '澹台', '公冶', '宗政', '濮阳', '淳于', '单于', '钟离', '万俟',
]);

export interface PersonName {
  /** The whole name, folded. */
  full: string;
  surname: string;
  /** The given name as code points. */
  given: string[];
}

export function personName(name: string): PersonName {
  const full = foldText(name);
  const chars = [...full];
  const surnameLength = chars.length > 2 && compoundSurnames.has(chars.slice(0, 2).join('')) ? 2 : 1;
  return { full, surname: chars.slice(0, surnameLength).join(''), given: chars.slice(surnameLength) };
}

/** Words a company's name carries or not, as people type it: 有限公司, 有限责任公司 (after folding brackets and spaces away). */
const companyForms = /有限责任公司|有限公司/gu;

export function companyName(name: string): string {
  return foldText(name).replace(companyForms, '');
}

/** At most one character inserted, removed or replaced (Levenshtein ≤ 1), over code points. */
export function withinOneEdit(a: readonly string[], b: readonly string[]): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * Same surname and a given name one character apart (张晓明 / 张小明). A one-character given name
 * one character apart is another name altogether (王芳 / 王方), so those must match exactly.
 */
export function similarGivenNames(a: PersonName, b: PersonName): boolean {
  // Most pairs a check looks at differ in the surname: they leave here, before any work.
  if (a.surname !== b.surname || a.given.length === 0 || b.given.length === 0) return false;
  if (Math.min(a.given.length, b.given.length) < 2) return a.given.join('') === b.given.join('');
  return withinOneEdit(a.given, b.given);
}

const surnameReadings = new Map<string, string>();
const charReadings = new Map<string, string>();

function reading(cache: Map<string, string>, ch: string, surname: boolean): string {
  let r = cache.get(ch);
  if (r === undefined) {
    r = pinyin(ch, { toneType: 'none', surname: surname ? 'head' : 'off', v: true }).toLowerCase();
    cache.set(ch, r);
  }
  return r;
}

/**
 * The name as toneless pinyin (章三 and 张三 both read zhangsan), the first character read as a
 * surname (单 shan, 曾 zeng). Read character by character from a cache: names draw on a few thousand
 * characters, so 100,000 names cost a few thousand look-ups in pinyin-pro, not 100,000.
 */
export function pinyinKey(folded: string): string {
  let out = '';
  let first = true;
  for (const ch of folded) {
    out += reading(first ? surnameReadings : charReadings, ch, first);
    first = false;
  }
  return out;
}

/** Digits only (full-width folded), +86/0086 dropped: the form a phone is compared in. */
export function phoneKey(phone: string): string {
  let digits = phone.normalize('NFKC').replace(/\D/g, '');
  if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  else if (digits.length === 15 && digits.startsWith('0086')) digits = digits.slice(4);
  return digits;
}

/** A VIN never holds I, O or Q: people who type one mean 1, 0 and 0. */
export function vinKey(vin: string): string {
  return vin
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/I/g, '1')
    .replace(/[OQ]/g, '0');
}

/** ID numbers and credit codes: half-width, upper case, no spaces. */
export function codeKey(code: string): string {
  return code.normalize('NFKC').toUpperCase().replace(/\s/g, '');
}
