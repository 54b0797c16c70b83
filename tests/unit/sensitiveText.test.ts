import { describe, expect, it } from 'vitest';
import { maskSensitiveText } from '../../electron/core/audit/sensitiveText';
import { parseMobile } from '../../shared/validation/mobile';
import { parseResidentId } from '../../shared/validation/residentId';
import { toHalfWidth } from '../../shared/validation/fullWidth';
import { referenceIdCheckChar, seededRandom } from './validation/reference';

const withCheck = (first17: string) => first17 + referenceIdCheckChar(first17);

/** Real-format mobiles from several blocks, and what identifies the holder: the middle four digits. */
const mobiles = ['13712345678', '19945009001', '16623456789', '14966778899', '17400512345', '15898761234'];
/** Real-format ID numbers (a resident, a leap-day birth, Taiwan and 2023 permanent-residence permits); the birth date and sequence identify the holder. */
const idNumbers = ['11010519491231002X', withCheck('44030419850615123'), withCheck('51010720000229004'), '830000199201300022', withCheck('93184019800501002')];

/** Sentences a reason or summary might be typed in, with no digits of their own. */
const sentences = ['客户来电 {} 要求改约', '电话{}', '（{}）', '换号：{}，旧号作废', 'reason: call {}.', '{}'];

/** Every character in its full-width form, spaces as the ideographic space: how a Chinese input method types. */
function fullWidth(text: string): string {
  return text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
}
const digitsFullWidth = (text: string) => text.replace(/[0-9]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const widths = [(s: string) => s, fullWidth, digitsFullWidth];

function grouped(number: string, sizes: number[], separator: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(number.slice(at, at + size));
    at += size;
  }
  return parts.join(separator);
}

/** The mobile's spellings: groupings × separators × country prefixes × widths, each one proven to be accepted by the validator. */
function mobileSpellings(mobile: string): string[] {
  const groupings = [[11], [3, 4, 4], [3, 8], [4, 4, 3], Array<number>(11).fill(1)];
  const separators = [' ', '\u3000', '\u00a0', '-', '－', '.', '．', '—', '–', '‐', '−', ' - '];
  const prefixes = ['', '+86', '+86 ', '0086', '0086-', '86', '86 ', '(+86)', '(+86) ', '（+86）'];
  const spellings = new Set<string>(['(' + mobile.slice(0, 3) + ')' + mobile.slice(3, 7) + '-' + mobile.slice(7)]);
  for (const sizes of groupings) for (const separator of separators) for (const prefix of prefixes) for (const width of widths) spellings.add(width(prefix + grouped(mobile, sizes, separator)));
  return [...spellings];
}

/** The ID number's spellings: groupings × whitespace × case of X × widths, each one proven to be accepted by the validator. */
function idSpellings(id: string): string[] {
  const groupings = [[18], [6, 8, 4], [6, 4, 4, 4], [3, 3, 4, 4, 4], [6, 8, 3, 1], Array<number>(18).fill(1)];
  const separators = [' ', '\u3000', '\u00a0', '  '];
  const spellings = new Set<string>();
  for (const sizes of groupings) for (const separator of separators) for (const x of ['X', 'x']) for (const width of widths) spellings.add(width(grouped(id.replace('X', x), sizes, separator)));
  return [...spellings];
}

const digitsOf = (text: string) => toHalfWidth(text).replace(/[^0-9]/g, '');

describe('audit summaries are masked before they are written', () => {
  it.each([
    ['电话 13900174321', '电话 139****4321'],
    ['+86 139-0017-4321', '139****4321'],
    ['身份证 11010519491231002X', '身份证 110105********X'],
    ['旧证 110105491231002', '旧证 110105********2'],
    ['座机 01065123456', '座机 01****56'],
  ])('%s → %s', (input, masked) => {
    expect(maskSensitiveText(input)).toBe(masked);
  });

  it.each([
    ['dots', '改号 137.1234.5678', '改号 137****5678'],
    ['full-width digits', '改号 １３７１２３４５６７８', '改号 137****5678'],
    ['full-width digits and dashes', '电话：１３８－００１３－８０００。', '电话：138****8000。'],
    ['a full-width country code in full-width brackets', '（＋８６）１３８ ００１３ ８０００', '138****8000'],
    ['a full-width ID number with a lower-case x', '身份证 １１０１０５１９４９１２３１００２ｘ，男', '身份证 110105********X，男'],
    ['a spaced ID number', '身份证 110105 19491231 002X', '身份证 110105********X'],
    ['two mobiles separated by a space', '电话 138 0013 8000 139 0013 9000', '电话 138****8000 139****9000'],
    ['a count before the mobile', '第 2 次 13800138000', '第 2 次 138****8000'],
    ['a mobile in brackets', '客户(13800138000)', '客户(138****8000)'],
    ['a dashed landline', '座机 010-6512 3456', '座机 01****56'],
  ])('a reason typed with %s is stored masked', (_what, input, masked) => {
    expect(maskSensitiveText(input)).toBe(masked);
  });

  it.each(mobiles)('every spelling of the mobile %s that the validator accepts is masked, in any sentence', (mobile) => {
    const middle = mobile.slice(3, 7);
    const spellings = mobileSpellings(mobile);
    expect(spellings.length).toBeGreaterThan(1000);
    for (const spelling of spellings) {
      expect(parseMobile(spelling), spelling).toEqual({ ok: true, value: mobile });
      for (const sentence of sentences) {
        const masked = maskSensitiveText(sentence.replace('{}', spelling));
        expect(digitsOf(masked), `${sentence.replace('{}', spelling)} → ${masked}`).not.toContain(middle);
      }
    }
  });

  it.each(idNumbers)('every spelling of the ID number %s that the validator accepts is masked, in any sentence', (id) => {
    const birthDate = id.slice(6, 14);
    const dayAndSequence = id.slice(10, 17);
    const spellings = idSpellings(id);
    for (const spelling of spellings) {
      expect(parseResidentId(spelling), spelling).toMatchObject({ ok: true, value: id });
      for (const sentence of sentences) {
        const masked = maskSensitiveText(sentence.replace('{}', spelling));
        const digits = digitsOf(masked);
        expect(digits, `${sentence.replace('{}', spelling)} → ${masked}`).not.toContain(birthDate);
        expect(digits, `${sentence.replace('{}', spelling)} → ${masked}`).not.toContain(dayAndSequence);
      }
    }
  });

  it('randomly spelled mobiles and ID numbers, separators between any digits, are masked', () => {
    const r = seededRandom(2026);
    const mobileSeparators = [' ', '\u3000', '\u00a0', '-', '－', '.', '．', '(', ')', '—', '−'];
    const idSeparators = [' ', '\u3000', '\u00a0', '\t'];
    const spell = (number: string, separators: string[]) =>
      [...number].map((ch) => (r.chance(0.5) ? digitsFullWidth(ch) : ch) + (r.chance(0.3) ? r.pick(separators) + (r.chance(0.2) ? r.pick(separators) : '') : '')).join('');
    for (let n = 0; n < 3000; n += 1) {
      const mobile = r.pick(['135', '139', '150', '166', '177', '186', '191', '199']) + r.digits(8);
      const mobileSpelling = r.pick(['', '+86', '＋８６ ', '0086', '(+86)']) + spell(mobile, mobileSeparators);
      const id = withCheck(`${r.pick(['110105', '310115', '440304', '510107', '650102'])}${r.int(1930, 2010)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}${r.digits(3)}`);
      const idSpelling = spell(id, idSeparators);
      expect(parseMobile(mobileSpelling), mobileSpelling).toEqual({ ok: true, value: mobile });
      expect(parseResidentId(idSpelling), idSpelling).toMatchObject({ ok: true, value: id });
      const masked = maskSensitiveText(`客户电话${mobileSpelling}，身份证 ${idSpelling}。`);
      // Random digits can repeat by chance, so each half is held to exactly the digits the mask keeps.
      const [phonePart, idPart] = masked.split('，');
      expect(digitsOf(phonePart!), masked).toBe(mobile.slice(0, 3) + mobile.slice(-4));
      expect(digitsOf(idPart!), masked).toBe(id.slice(0, 6) + id.slice(-1).replace('X', ''));
    }
  });

  it.each([
    'KD2026000001：修改 地址、电话',
    '档案 KD2026S0000123 借出 3 天',
    '到期 2026-11-23',
    '到期 ２０２６－１１－２３',
    '2026年11月23日 09:30',
    '借期 2026-11-23 至 2026-12-01',
    '2026-11-23T09:00:00.000Z',
    '成交价 189800 元',
    '成交价 ¥1,898,000.00',
    '成交价 １８９８００ 元',
    '定金 20000.00 元，尾款 169800.00 元',
    '车架号后六位 042788',
    '车架号 LSVAM4187C2184847',
    '车牌 京A12345',
    'normal.checkout.maxMinutes 4320→1440',
    '修改 H 级跟进间隔（天） 2 → 1；1 份档案的下次跟进日期随之调整',
  ])('leaves %s readable', (text) => {
    expect(maskSensitiveText(text)).toBe(text);
  });
});
