import { labelsIn } from '../../../shared/i18n/label';
import { attachmentKindLabels, categoryLabels, consentKindLabels } from '../../../shared/customers/vocabularyLabels';
import type { AuditNote } from '../context';

/**
 * The audit log is read by the store's staff (the card's history tab, the audit viewer), so what core
 * writes about a customer file is in Chinese. Values that could identify a person never go in.
 */
const columnNames: Record<string, string> = {
  kind: '档案类型', name: '姓名/名称', gender: '性别', birth_date: '出生日期', id_type: '证件类型', id_number: '证件号码',
  wechat: '微信', email: '电子邮箱', address: '地址', region: '区域', occupation: '职业', credit_code: '统一社会信用代码',
  legal_rep: '法定代表人', contact_person: '联系人', source_channel: '客户来源', category: '客户类别', grade: '意向等级',
  owner_id: '销售顾问', secrecy: '密级', loc_room: '档案室', loc_cabinet: '柜', loc_shelf: '架', loc_box: '盒', loc_folder: '卷',
  retention_until: '保管期限', status: '状态', note: '备注', last_contact_at: '最近联系', delivered_at: '交车日期',
};

/** "修改 地址、电话" from the names of the changed columns (phones live in their own table). */
export function changedFieldsText(columns: string[], phonesChanged: boolean): string {
  const names = columns.map((c) => columnNames[c] ?? c);
  if (phonesChanged) names.push('电话');
  return names.length ? `修改 ${names.join('、')}` : '保存（无变化）';
}

export const consentNames = labelsIn(consentKindLabels, 'zh');
export const attachmentNames = labelsIn(attachmentKindLabels, 'zh');

const recordNames = { intention: '购车意向', contact: '沟通记录', service: '维修保养', feedback: '反馈投诉', consent: '授权同意' } as const;

export function appendAuditNoteFor(type: keyof typeof recordNames, archiveNo: string, customerId: number): AuditNote {
  return { action: `customers.add.${type}`, targetType: 'customer', targetId: customerId, summary: `${archiveNo}：添加${recordNames[type]}` };
}

const categoryNames: Record<string, string> = labelsIn(categoryLabels, 'zh');

/** 意向 H, 成交 – … */
export function gradeText(category: string, grade: string | null): string {
  return `${categoryNames[category] ?? category}${grade ? ` ${grade}` : ''}`;
}
