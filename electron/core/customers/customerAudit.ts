import { labelsIn } from '../../../shared/i18n/label';
import { attachmentKindLabels, categoryLabels, consentKindLabels } from '../../../shared/customers/vocabularyLabels';
import type { Category, Grade } from '../../../shared/customers/vocabularies';
import type { AuditNote } from '../rpc/handler';
import type { CustomerRecord } from './customerStore';

/**
 * What core writes about a customer file: a code, parameters the UI says in either language, and a
 * Chinese summary for anyone reading the log as stored. A file is named by id and archive number,
 * never by the person's name: the log is append-only, and a destroyed file's name must not outlive
 * it here. Values that could identify a person (phones, ID numbers) never go in.
 */

type FileRef = Pick<CustomerRecord, 'id' | 'archiveNo'>;

/** Every field an edit can change, with its Chinese name; a new column must be named here to compile. */
const fieldNames: Record<Exclude<keyof CustomerRecord, 'id' | 'archiveNo' | 'version' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy' | 'ownerName' | 'nextContactAt'>, string> = {
  kind: '档案类型',
  name: '姓名/名称',
  gender: '性别',
  birthDate: '出生日期',
  idType: '证件类型',
  idNumber: '证件号码',
  wechat: '微信',
  email: '电子邮箱',
  address: '地址',
  region: '区域',
  occupation: '职业',
  creditCode: '统一社会信用代码',
  legalRep: '法定代表人',
  contactPerson: '联系人',
  sourceChannel: '客户来源',
  category: '客户类别',
  grade: '意向等级',
  ownerId: '销售顾问',
  secrecy: '密级',
  locRoom: '档案室',
  locCabinet: '柜',
  locShelf: '架',
  locBox: '盒',
  locFolder: '卷',
  retentionUntil: '保管期限',
  status: '状态',
  note: '备注',
  lastContactAt: '最近联系',
  deliveredAt: '交车日期',
  mergedInto: '并入档案',
  restrictionReason: '封存原因',
  restrictedAt: '封存时间',
  restrictedBy: '封存人',
  restrictionReviewAt: '封存复核日期',
  statusBeforeRestriction: '封存前状态',
};

const note = (action: string, file: FileRef, summary: string, params: AuditNote['params'] = {}): AuditNote => ({
  action,
  targetType: 'customer',
  targetId: file.id,
  summary: `${file.archiveNo}：${summary}`,
  params: { file: file.id, ...params },
});

export function createdNote(file: FileRef): AuditNote {
  return note('customers.create', file, '建档');
}

/** "修改 地址、电话" from the names of the changed fields (phones live in their own table). */
export function updatedNote(file: FileRef, fields: string[], phonesChanged: boolean, reason: string | undefined): AuditNote {
  const all = phonesChanged ? [...fields, 'phones'] : fields;
  const names = all.map((f) => (f === 'phones' ? '电话' : (fieldNames[f as keyof typeof fieldNames] ?? f)));
  return note('customers.update', file, `${names.length ? `修改 ${names.join('、')}` : '保存（无变化）'}${reason ? `（${reason}）` : ''}`, { fields: all, ...(reason ? { reason } : {}) });
}

const categoryNames = labelsIn(categoryLabels, 'zh');

/** 意向 H, 成交 O … */
function gradeText(category: Category, grade: Grade | null): string {
  return `${categoryNames[category]}${grade ? ` ${grade}` : ''}`;
}

export function gradedNote(file: FileRef, before: { category: Category; grade: Grade | null }, after: { category: Category; grade: Grade | null }, reason: string): AuditNote {
  return note('customers.setGrade', file, `${gradeText(before.category, before.grade)} → ${gradeText(after.category, after.grade)}（${reason}）`, {
    fromCategory: before.category,
    fromGrade: before.grade,
    toCategory: after.category,
    toGrade: after.grade,
    reason,
  });
}

export function movedNote(file: FileRef, from: string, to: string, reason: string): AuditNote {
  return note('customers.moveFile', file, `纸质档案由 ${from || '未登记'} 移至 ${to}（${reason}）`, { from, to, reason });
}

export function revealedNote(file: FileRef, field: 'idNumber' | 'phone', phoneId: number | undefined): AuditNote {
  return note('customers.reveal', file, `查看完整${field === 'idNumber' ? '证件号码' : `电话${phoneId ? ` #${phoneId}` : ''}`}`, { field, ...(phoneId ? { phone: phoneId } : {}) });
}

const recordNames = { intention: '购车意向', contact: '沟通记录', service: '维修保养', feedback: '反馈投诉', consent: '授权同意' } as const;

export function recordAddedNote(type: keyof typeof recordNames, file: FileRef): AuditNote {
  return note(`customers.add.${type}`, file, `添加${recordNames[type]}`, { record: type });
}

export function feedbackHandledNote(file: FileRef, feedbackId: number, closed: boolean): AuditNote {
  return note('customers.updateFeedback', file, `处理反馈投诉 #${feedbackId}${closed ? '，已结案' : ''}`, { feedback: feedbackId, closed });
}

const consentNames = labelsIn(consentKindLabels, 'zh');

export function consentWithdrawnNote(file: FileRef, kind: keyof typeof consentNames): AuditNote {
  return note('customers.withdrawConsent', file, `撤回${consentNames[kind]}`, { consent: kind });
}

export const attachmentNames = labelsIn(attachmentKindLabels, 'zh');

export function openedInArchiveRoomNote(file: FileRef, grantId: number, keeper: { id: number; name: string }): AuditNote {
  return note('customers.openInArchiveRoom', file, `凭查阅申请 #${grantId} 在档案室打开机密档案；档案管理员 ${keeper.name} 会签`, { loan: grantId, countersigner: keeper.id });
}
