import type { AuditNote } from '../context';

const recordNames = { intention: '购车意向', contact: '沟通记录', service: '维修保养', feedback: '反馈投诉', consent: '授权同意' } as const;

export function appendAuditNoteFor(type: keyof typeof recordNames, archiveNo: string, customerId: number): AuditNote {
  return { action: `customers.add.${type}`, targetType: 'customer', targetId: customerId, summary: `${archiveNo}: ${recordNames[type]}` };
}
