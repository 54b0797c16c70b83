import { residentIdCheckChar } from '../../../shared/validation/residentId';
import { vinCheckDigit } from '../../../shared/validation/vin';
import { creditCodeCheckChar } from '../../../shared/validation/creditCode';
import type { Random } from './random';

/** Common surnames roughly by frequency, compound surnames, and given-name characters including some rare ones. */
const surnames: ReadonlyArray<readonly [string, number]> = [
  ['王', 72], ['李', 70], ['张', 68], ['刘', 55], ['陈', 45], ['杨', 31], ['黄', 24], ['赵', 23], ['吴', 21], ['周', 20],
  ['徐', 17], ['孙', 15], ['马', 14], ['朱', 13], ['胡', 12], ['郭', 12], ['何', 11], ['高', 10], ['林', 10], ['罗', 9],
  ['郑', 9], ['梁', 9], ['谢', 8], ['宋', 7], ['唐', 7], ['许', 6], ['韩', 6], ['冯', 6], ['邓', 6], ['曹', 6],
  ['彭', 5], ['曾', 5], ['肖', 5], ['田', 5], ['董', 5], ['袁', 5], ['潘', 4], ['蒋', 4], ['蔡', 4], ['余', 4],
  ['单', 1], ['解', 1], ['欧阳', 1], ['司马', 1], ['上官', 1], ['诸葛', 1], ['东方', 1], ['皇甫', 1], ['令狐', 1], ['慕容', 1],
];
const givenChars = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红春建文辉力斌志鹏宇浩然子轩梓涵欣怡雨萱思远嘉琪俊杰晨阳一鸣诗琪佳怡';
const rareChars = ['䶮', '堃', '喆', '昇', '珺', '淼', '燚', '犇', '垚', '鑫', '𡒄', '赟'];

export function personName(r: Random): string {
  const surname = r.weighted(surnames);
  const length = r.chance(0.35) ? 1 : 2;
  let given = '';
  for (let i = 0; i < length; i += 1) given += r.chance(0.01) ? r.pick(rareChars) : r.pick([...givenChars]);
  return surname + given;
}

const areaCodes = ['110105', '110108', '310104', '310115', '440304', '440106', '320102', '330106', '510107', '420106', '370202', '610113', '120101', '500103'];

export function residentId(r: Random, birth: Date, gender: 'male' | 'female'): string {
  const y = String(birth.getFullYear());
  const m = String(birth.getMonth() + 1).padStart(2, '0');
  const d = String(birth.getDate()).padStart(2, '0');
  let seq = r.int(0, 99) * 10 + r.int(0, 4) * 2;
  if (gender === 'male') seq += 1;
  const first17 = `${r.pick(areaCodes)}${y}${m}${d}${String(seq).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

const mobilePrefixes = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '158', '159', '166', '176', '177', '180', '182', '183', '186', '187', '188', '189', '191', '198', '199'];

export function mobile(r: Random): string {
  return r.pick(mobilePrefixes) + String(r.int(0, 99_999_999)).padStart(8, '0');
}

const wmis = ['LSV', 'LFV', 'LGB', 'LHG', 'LVS', 'LSG', 'LDC', 'LBV', 'LVG', 'LGW', 'LRW', 'LNB'];
const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const YEAR_CODES = 'ABCDEFGHJKLMNPRSTVWXY123456789';

export function vin(r: Random, serial: number): string {
  const body = r.pick(wmis) + r.chars(VIN_CHARS, 5) + '0' + r.pick([...YEAR_CODES]) + r.chars(VIN_CHARS, 1) + String(serial % 1_000_000).padStart(6, '0');
  const check = vinCheckDigit(body);
  return body.slice(0, 8) + check + body.slice(9);
}

const provinces = '京京京津沪沪冀豫辽鲁苏苏浙浙粤粤粤川鄂湘闽皖';
const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const PLATE_ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

export function plate(r: Random): string {
  const head = r.pick([...provinces]) + r.pick([...PLATE_LETTERS.replace(/[IO]/g, '')]);
  if (r.chance(0.2)) {
    return r.chance(0.85)
      ? head + r.pick(['D', 'F', 'A', 'B', 'C', 'E']) + r.chars(PLATE_ALNUM, 1) + String(r.int(0, 9999)).padStart(4, '0')
      : head + String(r.int(0, 99999)).padStart(5, '0') + r.pick(['D', 'F']);
  }
  return head + r.chars(PLATE_ALNUM, 5);
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const companyWords = ['顺达', '华通', '宏远', '鑫盛', '恒信', '嘉禾', '远航', '中联', '金桥', '瑞丰', '天成', '汇通'];
const companyKinds = ['物流有限公司', '科技有限公司', '建设工程有限公司', '商贸有限公司', '租赁有限公司', '餐饮管理有限公司'];

export function company(r: Random): { name: string; creditCode: string } {
  const city = r.pick(['北京', '上海', '深圳', '杭州', '成都', '武汉']);
  const first17 = '91' + r.pick(areaCodes) + r.chars(USCC_CHARS, 9);
  return { name: city + r.pick(companyWords) + r.pick(companyKinds), creditCode: first17 + creditCodeCheckChar(first17) };
}
