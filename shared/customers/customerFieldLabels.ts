import type { Label } from '../i18n/label';

/**
 * The customer file's stored fields by name, in both languages: an edit's audit entry lists the
 * fields it changed (never their values), and the log reads them in the reader's language.
 */
export const customerFieldLabels = {
  kind: { zh: '档案类型', en: 'file type' },
  name: { zh: '姓名/名称', en: 'name' },
  gender: { zh: '性别', en: 'gender' },
  birthDate: { zh: '出生日期', en: 'birth date' },
  idType: { zh: '证件类型', en: 'ID type' },
  idNumber: { zh: '证件号码', en: 'ID number' },
  phones: { zh: '电话', en: 'phones' },
  wechat: { zh: '微信', en: 'WeChat' },
  email: { zh: '电子邮箱', en: 'email' },
  address: { zh: '地址', en: 'address' },
  region: { zh: '区域', en: 'region' },
  occupation: { zh: '职业', en: 'occupation' },
  creditCode: { zh: '统一社会信用代码', en: 'credit code' },
  legalRep: { zh: '法定代表人', en: 'legal representative' },
  contactPerson: { zh: '联系人', en: 'contact person' },
  sourceChannel: { zh: '客户来源', en: 'source' },
  category: { zh: '客户类别', en: 'category' },
  grade: { zh: '意向等级', en: 'intent grade' },
  ownerId: { zh: '销售顾问', en: 'consultant' },
  secrecy: { zh: '密级', en: 'secrecy' },
  locRoom: { zh: '档案室', en: 'room' },
  locCabinet: { zh: '柜', en: 'cabinet' },
  locShelf: { zh: '架', en: 'shelf' },
  locBox: { zh: '盒', en: 'box' },
  locFolder: { zh: '卷', en: 'folder' },
  retentionUntil: { zh: '保管期限', en: 'keep until' },
  status: { zh: '状态', en: 'status' },
  note: { zh: '备注', en: 'note' },
  lastContactAt: { zh: '最近联系', en: 'last contact' },
  deliveredAt: { zh: '交车日期', en: 'delivery date' },
  mergedInto: { zh: '并入档案', en: 'merged into' },
  restrictionReason: { zh: '封存原因', en: 'restriction reason' },
  restrictedAt: { zh: '封存时间', en: 'restricted at' },
  restrictedBy: { zh: '封存人', en: 'restricted by' },
  restrictionReviewAt: { zh: '封存复核日期', en: 'restriction review date' },
  statusBeforeRestriction: { zh: '封存前状态', en: 'status before restriction' },
} as const satisfies Record<string, Label>;

export type CustomerField = keyof typeof customerFieldLabels;
