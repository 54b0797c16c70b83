import { labelsIn } from '../../../shared/i18n/label';
import type { AuditAction } from '../../../shared/audit/auditActionLabels';
import { attachmentKindLabels, categoryLabels, consentKindLabels } from '../../../shared/customers/vocabularyLabels';
import { customerFieldLabels } from '../../../shared/customers/customerFieldLabels';
import type { Category, Grade } from '../../../shared/customers/vocabularies';
import type { PaperLocation } from '../../../shared/customers/customerTypes';
import { paperLocationText } from '../../../shared/customers/paperLocation';
import type { AuditNote } from '../rpc/handler';
import type { CustomerRecord } from './customerStore';

/**
 * What core writes about a customer file: a code, parameters the UI says in either language, and a
 * Chinese summary for anyone reading the log as stored. A file is named by id and archive number,
 * never by the person's name: the log is append-only, and a destroyed file's name must not outlive
 * it here. Values that could identify a person (phones, ID numbers) never go in.
 */

type FileRef = Pick<CustomerRecord, 'id' | 'archiveNo'>;

/** Every field an edit can change, with its Chinese name; a new column must be named in customerFieldLabels to compile. */
const fieldNames: Record<Exclude<keyof CustomerRecord, 'id' | 'archiveNo' | 'version' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy' | 'ownerName' | 'nextContactAt'> | 'phones', string> = labelsIn(customerFieldLabels, 'zh');

const note = (action: AuditAction, file: FileRef, summary: string, params: AuditNote['params'] = {}): AuditNote => ({
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
  const names = all.map((f) => fieldNames[f as keyof typeof fieldNames] ?? f);
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

const parts = (l: PaperLocation | null): string[] => (l ? [l.room, l.cabinet, l.shelf, l.box, l.folder] : []);

/** From → to as the box labels read (档案室 C柜 4架 13盒 85卷), and the parts, so a reader in English gets cabinet/shelf/box. */
export function movedNote(file: FileRef, from: PaperLocation | null, to: PaperLocation, reason: string): AuditNote {
  const fromText = paperLocationText(from);
  const toText = paperLocationText(to);
  return note('customers.moveFile', file, `纸质档案由 ${fromText || '未登记'} 移至 ${toText}（${reason}）`, { from: fromText, to: toText, fromParts: parts(from), toParts: parts(to), reason });
}

export function revealedNote(file: FileRef, field: 'idNumber' | 'phone', phoneId: number | undefined): AuditNote {
  return note('customers.reveal', file, `查看完整${field === 'idNumber' ? '证件号码' : `电话${phoneId ? ` #${phoneId}` : ''}`}`, { field, ...(phoneId ? { phone: phoneId } : {}) });
}

const recordNames = { intention: '购车意向', contact: '沟通记录', service: '维修保养', feedback: '反馈投诉', consent: '授权同意' } as const;

export function recordAddedNote(type: keyof typeof recordNames, file: FileRef): AuditNote {
  return note(`customers.add.${type}` as const, file, `添加${recordNames[type]}`, { record: type });
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
