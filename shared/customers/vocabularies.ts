/**
 * Fixed vocabularies of the customer file (客户信息管理办法 第六条: standard naming of source
 * channels, categories and grades). Codes are stored; labels are for display only.
 */
export const customerKinds = ['person', 'company'] as const;
export type CustomerKind = (typeof customerKinds)[number];

export const sourceChannels = ['showroom', 'phone', 'online', 'referral', 'event', 'otherDealer', 'other'] as const;
export type SourceChannel = (typeof sourceChannels)[number];

/** 潜在/意向/重点/成交/保有(基盘)/VIP/战败/流失 */
export const categories = ['potential', 'intent', 'key', 'deal', 'owner', 'vip', 'lost', 'churned'] as const;
export type Category = (typeof categories)[number];

/** 意向等级: O ordered, H within 7 days, A within a month, B in 1–3 months, C undecided. */
export const grades = ['O', 'H', 'A', 'B', 'C'] as const;
export type Grade = (typeof grades)[number];

/** 密级: 普通 / 秘密 / 机密 / 绝密, in increasing order. */
export const secrecyLevels = ['normal', 'secret', 'confidential', 'topSecret'] as const;
export type SecrecyLevel = (typeof secrecyLevels)[number];

/** restricted: 封存 — kept because law or a dispute requires it, hidden from everyone but the archive admin. */
export const customerStatuses = ['active', 'invalid', 'merged', 'cleaned', 'destroyed', 'restricted'] as const;
export type CustomerStatus = (typeof customerStatuses)[number];

export const idTypes = ['resident', 'passport', 'hkMacauPermit', 'taiwanPermit', 'foreignResident', 'other'] as const;
export type IdType = (typeof idTypes)[number];

export const genders = ['male', 'female'] as const;
export type Gender = (typeof genders)[number];

export const contactMethods = ['phone', 'visit', 'wechat', 'sms', 'email', 'homeVisit', 'other'] as const;
export type ContactMethod = (typeof contactMethods)[number];

/** 首保/保养/三包/小修/二保/大修/事故 */
export const serviceKinds = ['firstService', 'maintenance', 'warranty', 'minorRepair', 'secondService', 'majorRepair', 'accident'] as const;
export type ServiceKind = (typeof serviceKinds)[number];

export const feedbackKinds = ['suggestion', 'praise', 'complaint', 'inquiry'] as const;
export type FeedbackKind = (typeof feedbackKinds)[number];

export const paymentMethods = ['cash', 'loan', 'lease', 'transfer', 'card', 'other'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

export const consentKinds = ['contact', 'marketing', 'sensitive'] as const;
export type ConsentKind = (typeof consentKinds)[number];

export const consentChannels = ['paper', 'inApp', 'phone', 'wechat', 'other'] as const;
export type ConsentChannel = (typeof consentChannels)[number];

export const attachmentKinds = ['idCard', 'businessLicence', 'contract', 'invoice', 'other'] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];
