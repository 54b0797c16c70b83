/**
 * Independent implementations written from the standards, for the tests to hold shared/validation against.
 * They share no code or tables with it: the weights are derived rather than copied, the tables are written
 * as the standards print them.
 */

/** GB 11643-1999 check character: ISO 7064 MOD 11-2 in its recursive form. */
export function referenceIdCheckChar(first17: string): string {
  let p = 0;
  for (const digit of first17) p = ((p + Number(digit)) * 2) % 11;
  const check = (12 - p) % 11;
  return check === 10 ? 'X' : String(check);
}

/**
 * ISO 3779 / 49 CFR 565.15 check digit, written from the rule rather than the table: letters count their
 * place in A–I, J–R, S–Z (S starting at 2); weights run 8…2, 10, 0 (the check digit itself), 9…2.
 */
export function referenceVinCheckDigit(vin: string): string {
  const value = (ch: string): number => {
    if (/\d/.test(ch)) return Number(ch);
    for (const [group, start] of [['ABCDEFGHI', 1], ['JKLMNOPQR', 1], ['STUVWXYZ', 2]] as const) {
      const at = group.indexOf(ch);
      if (at >= 0) return at + start;
    }
    throw new Error(`not a VIN character: ${ch}`);
  };
  const weight = (i: number) => (i < 7 ? 8 - i : i === 7 ? 10 : i === 8 ? 0 : 18 - i);
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += value(vin[i]!) * weight(i);
  return sum % 11 === 10 ? 'X' : String(sum % 11);
}

/** GB 32100-2015's 31 code characters: digits and capitals without I, O, Z, S, V. */
export const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 32100-2015 check character with the weights derived as 3^i mod 31 rather than copied. */
export function referenceCreditCodeCheckChar(first17: string): string {
  let sum = 0;
  let weight = 1;
  for (const ch of first17) {
    sum += CREDIT_CODE_CHARS.indexOf(ch) * weight;
    weight = (weight * 3) % 31;
  }
  return CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31]!;
}

/** GB/T 2260 province-level codes as the standard lists them, by region. */
export const MAINLAND_PROVINCE_CODES = [
  [11, 15], // 华北: 京 津 冀 晋 蒙
  [21, 23], // 东北: 辽 吉 黑
  [31, 37], // 华东: 沪 苏 浙 皖 闽 赣 鲁
  [41, 46], // 中南: 豫 鄂 湘 粤 桂 琼
  [50, 54], // 西南: 渝 川 贵 云 藏
  [61, 65], // 西北: 陕 甘 青 宁 新
].flatMap(([from, to]) => Array.from({ length: to! - from! + 1 }, (_, i) => String(from! + i)));

/** A small deterministic generator (mulberry32), so generated cases are the same on every run. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  function pick(items: string): string;
  function pick<T>(items: readonly T[]): T;
  function pick<T>(items: readonly T[] | string): T | string {
    return items[int(0, items.length - 1)]!;
  }
  return { next, int, pick, chance: (p: number) => next() < p, digits: (n: number) => Array.from({ length: n }, () => String(int(0, 9))).join('') };
}
