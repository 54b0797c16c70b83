import { labelsIn, type Label, type LabelLocale } from '../i18n/label';
import type {
  AttachmentKind,
  Category,
  ConsentChannel,
  ConsentKind,
  ContactMethod,
  CustomerKind,
  CustomerStatus,
  FeedbackKind,
  Gender,
  Grade,
  IdType,
  PaymentMethod,
  SecrecyLevel,
  ServiceKind,
  SourceChannel,
} from './vocabularies';

/** The names of the customer file's fixed vocabularies, in both languages (screens, audit, print). */
export const secrecyLabels: Record<SecrecyLevel, Label> = {
  normal: { zh: '普通', en: 'Normal' },
  secret: { zh: '秘密', en: 'Secret' },
  confidential: { zh: '机密', en: 'Confidential' },
  topSecret: { zh: '绝密', en: 'Top secret' },
};

export const categoryLabels: Record<Category, Label> = {
  potential: { zh: '潜在', en: 'Potential' },
  intent: { zh: '意向', en: 'Intending' },
  key: { zh: '重点', en: 'Key' },
  deal: { zh: '成交', en: 'Closed deal' },
  owner: { zh: '保有/基盘', en: 'Owner (base)' },
  vip: { zh: 'VIP', en: 'VIP' },
  lost: { zh: '战败', en: 'Lost' },
  churned: { zh: '流失', en: 'Churned' },
};

export const gradeLabels: Record<Grade, Label> = {
  O: { zh: 'O 已订车', en: 'O ordered' },
  H: { zh: 'H 7 天内', en: 'H within 7 days' },
  A: { zh: 'A 一个月内', en: 'A within a month' },
  B: { zh: 'B 1–3 个月', en: 'B in 1–3 months' },
  C: { zh: 'C 未定', en: 'C undecided' },
};

export const customerKindLabels: Record<CustomerKind, Label> = {
  person: { zh: '个人', en: 'Person' },
  company: { zh: '单位', en: 'Company' },
};

export const sourceChannelLabels: Record<SourceChannel, Label> = {
  showroom: { zh: '展厅来访', en: 'Showroom visit' },
  phone: { zh: '来电', en: 'Phone call' },
  online: { zh: '网络留资', en: 'Online lead' },
  referral: { zh: '转介绍', en: 'Referral' },
  event: { zh: '车展/活动', en: 'Motor show / event' },
  otherDealer: { zh: '他销', en: 'Other dealer' },
  other: { zh: '其他', en: 'Other' },
};

export const customerStatusLabels: Record<CustomerStatus, Label> = {
  active: { zh: '在档', en: 'Active' },
  invalid: { zh: '无效', en: 'Invalid' },
  merged: { zh: '已合并', en: 'Merged' },
  cleaned: { zh: '已清理', en: 'Cleaned up' },
  destroyed: { zh: '已销毁', en: 'Destroyed' },
  restricted: { zh: '已封存', en: 'Restricted' },
};

export const idTypeLabels: Record<IdType, Label> = {
  resident: { zh: '居民身份证', en: 'Resident ID card' },
  passport: { zh: '护照', en: 'Passport' },
  hkMacauPermit: { zh: '港澳通行证', en: 'HK/Macau permit' },
  taiwanPermit: { zh: '台胞证', en: 'Taiwan permit' },
  foreignResident: { zh: '外国人永久居留证', en: 'Foreign permanent resident ID' },
  other: { zh: '其他证件', en: 'Other ID' },
};

export const genderLabels: Record<Gender, Label> = {
  male: { zh: '男', en: 'Male' },
  female: { zh: '女', en: 'Female' },
};

export const contactMethodLabels: Record<ContactMethod, Label> = {
  phone: { zh: '电话', en: 'Phone' },
  visit: { zh: '到店', en: 'Showroom visit' },
  wechat: { zh: '微信', en: 'WeChat' },
  sms: { zh: '短信', en: 'SMS' },
  email: { zh: '邮件', en: 'Email' },
  homeVisit: { zh: '上门拜访', en: 'Home visit' },
  other: { zh: '其他', en: 'Other' },
};

export const serviceKindLabels: Record<ServiceKind, Label> = {
  firstService: { zh: '首保', en: 'First service' },
  maintenance: { zh: '保养', en: 'Maintenance' },
  warranty: { zh: '三包', en: 'Warranty (3R)' },
  minorRepair: { zh: '小修', en: 'Minor repair' },
  secondService: { zh: '二保', en: 'Second service' },
  majorRepair: { zh: '大修', en: 'Major repair' },
  accident: { zh: '事故', en: 'Accident' },
};

export const feedbackKindLabels: Record<FeedbackKind, Label> = {
  suggestion: { zh: '建议', en: 'Suggestion' },
  praise: { zh: '表扬', en: 'Praise' },
  complaint: { zh: '投诉', en: 'Complaint' },
  inquiry: { zh: '咨询', en: 'Inquiry' },
};

export const paymentMethodLabels: Record<PaymentMethod, Label> = {
  cash: { zh: '全款', en: 'Full payment' },
  loan: { zh: '贷款', en: 'Loan' },
  lease: { zh: '融资租赁', en: 'Finance lease' },
  transfer: { zh: '转账', en: 'Bank transfer' },
  card: { zh: '刷卡', en: 'Card' },
  other: { zh: '其他', en: 'Other' },
};

export const consentKindLabels: Record<ConsentKind, Label> = {
  contact: { zh: '联系同意', en: 'Contact' },
  marketing: { zh: '营销同意', en: 'Marketing' },
  sensitive: { zh: '敏感信息同意', en: 'Sensitive data' },
};

export const consentChannelLabels: Record<ConsentChannel, Label> = {
  paper: { zh: '纸质签字', en: 'Signed on paper' },
  inApp: { zh: '系统内确认', en: 'Confirmed in the app' },
  phone: { zh: '电话确认', en: 'By phone' },
  wechat: { zh: '微信确认', en: 'By WeChat' },
  other: { zh: '其他', en: 'Other' },
};

export const attachmentKindLabels: Record<AttachmentKind, Label> = {
  idCard: { zh: '身份证', en: 'ID card' },
  businessLicence: { zh: '营业执照', en: 'Business licence' },
  contract: { zh: '合同', en: 'Contract' },
  invoice: { zh: '发票', en: 'Invoice' },
  other: { zh: '其他', en: 'Other' },
};

export const phoneKindLabels: Record<'mobile' | 'other', Label> = {
  mobile: { zh: '手机', en: 'Mobile' },
  other: { zh: '其他电话', en: 'Other phone' },
};

/** The vocabularies as the renderer's message tree (`customers.vocab.secrecy.normal`). */
export function vocabularyMessages(locale: LabelLocale) {
  return {
    kind: labelsIn(customerKindLabels, locale),
    sourceChannel: labelsIn(sourceChannelLabels, locale),
    category: labelsIn(categoryLabels, locale),
    grade: labelsIn(gradeLabels, locale),
    secrecy: labelsIn(secrecyLabels, locale),
    status: labelsIn(customerStatusLabels, locale),
    idType: labelsIn(idTypeLabels, locale),
    gender: labelsIn(genderLabels, locale),
    contactMethod: labelsIn(contactMethodLabels, locale),
    serviceKind: labelsIn(serviceKindLabels, locale),
    feedbackKind: labelsIn(feedbackKindLabels, locale),
    paymentMethod: labelsIn(paymentMethodLabels, locale),
    consentKind: labelsIn(consentKindLabels, locale),
    consentChannel: labelsIn(consentChannelLabels, locale),
    attachmentKind: labelsIn(attachmentKindLabels, locale),
    phoneKind: labelsIn(phoneKindLabels, locale),
  };
}
