import { describe, expect, it } from 'vitest';
import { dismissalKey, findDuplicates, MAX_GROUP, type ScanFile } from './duplicateRules';

let nextId = 1;
function file(values: Partial<ScanFile> & { name: string }): ScanFile {
  return { id: nextId++, kind: 'person', idNumber: null, creditCode: null, birthDate: null, email: null, wechat: null, address: null, phones: [], vins: [], ...values };
}

function reasonsFor(a: ScanFile, b: ScanFile, others: ScanFile[] = []) {
  const { pairs } = findDuplicates([a, b, ...others]);
  return pairs.find((p) => (p.a === a.id && p.b === b.id) || (p.a === b.id && p.b === a.id))?.reasons ?? null;
}

describe('the duplicate check finds one customer filed twice', () => {
  it.each([
    ['a phone typed with +86 and spaces', { name: '李雷', phones: ['+86 138 0013 8000'] }, { name: '李雷雷', phones: ['13800138000'] }, 'phone'],
    ['a phone typed in full-width digits', { name: '韩梅梅', phones: ['１３８００１３８０００'] }, { name: '韩梅', phones: ['0086-138-0013-8000'] }, 'phone'],
    ['an ID number with a lower-case x', { name: '赵六', idNumber: '11010519491231002x' }, { name: '赵陆', idNumber: '11010519491231002X' }, 'idNumber'],
    ['a VIN typed with the letter O', { name: '孙七', vins: ['LSVAU218XN2183294'.replace('0', 'O')] }, { name: '孙琪', vins: ['lsvau218xn2183294'] }, 'vin'],
    ['a credit code typed in full width', { name: 'A', kind: 'company' as const, creditCode: '９１１１０１０５ＭＡ０１ＡＢＣＤ１Ｘ' }, { name: 'B', kind: 'company' as const, creditCode: '91110105MA01ABCD1X' }, 'creditCode'],
    ['a name with a space in it, and the same birth date', { name: '张 三', birthDate: '1985-03-02' }, { name: '张三', birthDate: '1985-03-02' }, 'sameName'],
    ['a name in traditional characters, and the same e-mail', { name: '陳偉', email: 'Chen.Wei@example.com' }, { name: '陈伟', email: 'chen.wei@example.com' }, 'sameName'],
    ['有限公司 and （有限责任公司）, and a phone tail', { name: '北京順達物流有限公司', kind: 'company' as const, phones: ['01065529876'] }, { name: '北京顺达物流（有限责任公司）', kind: 'company' as const, phones: ['13911119876'] }, 'sameCompany'],
    ['a similar given name, and the same birth date', { name: '张晓明', birthDate: '1990-01-01' }, { name: '张小明', birthDate: '1990-01-01' }, 'similarName'],
    ['a homophone typed by the input method, and the same birth date', { name: '王芳', birthDate: '1980-05-05' }, { name: '王方', birthDate: '1980-05-05' }, 'samePinyin'],
    ['the same pinyin, and a phone tail', { name: '章三', phones: ['13700001234'] }, { name: '张三', phones: ['13600001234'] }, 'samePinyin'],
    ['a name with a character outside the BMP', { name: '𠮷野家', wechat: 'yoshino' }, { name: '𠮷野佳', wechat: 'YOSHINO' }, 'similarName'],
    ['a compound surname', { name: '欧阳修', address: '北京市朝阳区建国路88号' }, { name: '歐陽修', address: '北京市朝阳区 建国路88号' }, 'sameName'],
  ])('%s', (_what, a, b, reason) => {
    const found = reasonsFor(file(a), file(b));
    expect(found).toContain(reason);
  });

  it('scores an ID number above a name with a birth date, and says both reasons', () => {
    const a = file({ name: '王五', idNumber: '110105194912310021', birthDate: '1949-12-31' });
    const b = file({ name: '王五', idNumber: '110105194912310021', birthDate: '1949-12-31' });
    const c = file({ name: '钱八', birthDate: '1970-01-01' });
    const d = file({ name: '钱八', birthDate: '1970-01-01' });
    const { pairs } = findDuplicates([a, b, c, d]);
    expect(pairs.map((p) => [p.a, p.b])).toEqual([
      [a.id, b.id],
      [c.id, d.id],
    ]);
    expect(pairs[0]!.reasons).toEqual(['idNumber', 'sameName', 'birthDate']);
    expect(pairs[0]!.score).toBeGreaterThan(pairs[1]!.score);
  });

  it('a shared phone with different ID numbers is still shown, scored down and saying so', () => {
    const found = findDuplicates([file({ name: '周一', phones: ['13800138000'], idNumber: '110105194912310021' }), file({ name: '吴二', phones: ['13800138000'], idNumber: '11010519491231004X' })]);
    expect(found.pairs[0]!.reasons).toEqual(['phone', 'idNumberDiffers']);
    expect(found.pairs[0]!.score).toBe(5);
  });
});

describe('near misses are not offered', () => {
  it.each([
    ['the same common name and nothing else', { name: '王芳' }, { name: '王芳' }],
    ['one-character given names one character apart, read differently', { name: '王芳', birthDate: '1980-05-05' }, { name: '王丽', birthDate: '1980-05-05' }],
    ['the same name and birth date but different ID numbers', { name: '李娜', birthDate: '1980-05-05', idNumber: '110105198005050021' }, { name: '李娜', birthDate: '1980-05-05', idNumber: '110105198005050048' }],
    ['phones one digit apart', { name: '刘一', phones: ['13800138000'] }, { name: '刘二', phones: ['13800138001'] }],
    ['a phone tail shared by two different names', { name: '陈静', phones: ['13800001111'] }, { name: '杨磊', phones: ['13900001111'] }],
    ['a person and a company of the same name', { name: '华通', birthDate: '1980-05-05' }, { name: '华通', kind: 'company' as const, phones: [] }],
    ['different given names with the same surname and e-mail domain only', { name: '赵敏', email: 'a@example.com' }, { name: '赵强', email: 'b@example.com' }],
  ])('%s', (_what, a, b) => {
    expect(reasonsFor(file(a), file(b))).toBeNull();
  });

  it('a pair someone dismissed', () => {
    const a = file({ name: '郑一', phones: ['13800138000'] });
    const b = file({ name: '郑一', phones: ['13800138000'] });
    expect(findDuplicates([a, b], { dismissed: new Set([dismissalKey(b.id, a.id)]) }).pairs).toEqual([]);
  });

  it(`a phone on more than ${MAX_GROUP} files pairs none of them and is counted`, () => {
    const files = Array.from({ length: MAX_GROUP + 1 }, (_, i) => file({ name: `客户${i}`, phones: ['4008001234'] }));
    const found = findDuplicates(files);
    expect(found.pairs).toEqual([]);
    expect(found.crowdedValues).toBeGreaterThan(0);
  });
});
