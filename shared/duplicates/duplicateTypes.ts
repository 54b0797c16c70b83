import { z } from 'zod';
import type { Label } from '../i18n/label';
import type { CustomerKind, SecrecyLevel } from '../customers/vocabularies';
import { id } from '../validation/schemaParts';

/**
 * The monthly duplicate check (客户信息管理办法 第十条): pairs of files that may be one customer, each
 * with the evidence found and a score. Exact matches (ID number, credit code, phone, VIN) make a pair
 * on their own; a name match (same name, similar given name, same pinyin, same company) only with a
 * second, independent sign (phone tail, birth date, e-mail, WeChat, address): in a store of 100,000
 * files, two 王芳 are more often two people than one.
 */
export const duplicateReasons = [
  'idNumber',
  'creditCode',
  'phone',
  'vin',
  'sameName',
  'sameCompany',
  'similarName',
  'samePinyin',
  'phoneTail',
  'birthDate',
  'email',
  'wechat',
  'address',
  'idNumberDiffers',
] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

export const duplicateReasonLabels: Record<DuplicateReason, Label> = {
  idNumber: { zh: '证件号码相同', en: 'Same ID number' },
  creditCode: { zh: '统一社会信用代码相同', en: 'Same credit code' },
  phone: { zh: '电话相同', en: 'Same phone' },
  vin: { zh: '车架号相同', en: 'Same VIN' },
  sameName: { zh: '姓名相同', en: 'Same name' },
  sameCompany: { zh: '单位名称相同', en: 'Same company name' },
  similarName: { zh: '同姓、名字相近', en: 'Same surname, similar given name' },
  samePinyin: { zh: '姓名拼音相同', en: 'Same name in pinyin' },
  phoneTail: { zh: '电话尾号相同', en: 'Same last four digits of a phone' },
  birthDate: { zh: '出生日期相同', en: 'Same birth date' },
  email: { zh: '邮箱相同', en: 'Same e-mail' },
  wechat: { zh: '微信相同', en: 'Same WeChat' },
  address: { zh: '地址相同', en: 'Same address' },
  idNumberDiffers: { zh: '但证件号码不同', en: 'But the ID numbers differ' },
};

/** One side of a pair, as the list shows it (the phone masked, like every list). */
export interface DuplicateFile {
  id: number;
  archiveNo: string;
  kind: CustomerKind;
  name: string;
  phone: string | null;
  ownerName: string | null;
  secrecy: SecrecyLevel;
  createdAt: string;
}

export interface DuplicatePair {
  /** The older file first (the usual survivor). */
  a: DuplicateFile;
  b: DuplicateFile;
  /** 0–100: how sure the check is that both files are one customer. */
  score: number;
  reasons: DuplicateReason[];
}

/** What one run of the check found, kept with the job until the screen collects it. */
export interface DuplicateScan {
  checkId: number;
  at: string;
  scanned: number;
  pairs: Array<{ a: number; b: number; score: number; reasons: DuplicateReason[] }>;
  /** Values shared by so many files (a shop's own phone typed as the customer's) that they were not paired. */
  crowdedValues: number;
}

/** A finished check as the screen shows it: the pairs still open, and what the run looked at. */
export interface DuplicateResult {
  at: string;
  scanned: number;
  crowdedValues: number;
  pairs: DuplicatePair[];
}

export interface DuplicateCheckStatus {
  /** The last check over the whole archive (run by someone who sees every file), if any. */
  last: { at: string; byName: string; scanned: number; pairs: number } | null;
  /** A month has passed since that check, or there never was one. */
  due: boolean;
  /** When the next monthly check is due. */
  dueAt: string | null;
}

export const dismissSchema = z
  .object({
    customerIds: z.tuple([id, id]).refine(([a, b]) => a !== b, { message: 'DUPLICATE_SAME_FILE' }),
    reason: z.string().trim().max(200).default(''),
  })
  .strict();
