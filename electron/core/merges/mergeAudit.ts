import type { AuditAction } from '../../../shared/audit/auditActionLabels';
import type { AuditNote } from '../rpc/handler';
import type { Subject } from '../approvals/approvalWorkflow';

/**
 * What merges write to the log: both archive numbers and the merge's number, never a name. The entry
 * targets the survivor, so its history shows where the other file went; params name both files.
 */
interface MergeRef {
  id: number;
  survivorId: number;
  mergedId: number;
  survivorArchiveNo: string;
  mergedArchiveNo: string;
}

export function mergeSubject(m: MergeRef): Subject {
  return { type: 'merge', id: m.id, label: `合并档案 ${m.mergedArchiveNo} → ${m.survivorArchiveNo}（合并 #${m.id}）` };
}

const note = (action: AuditAction, m: MergeRef, summary: string, params: AuditNote['params'] = {}): AuditNote => ({
  action,
  targetType: 'customer',
  targetId: m.survivorId,
  summary: `${m.mergedArchiveNo} → ${m.survivorArchiveNo}：${summary}`,
  params: { merge: m.id, file: m.mergedId, toFile: m.survivorId, ...params },
});

export const mergeRequested = (m: MergeRef, fields: string[], steps: number) =>
  note('merges.request', m, `申请合并（合并 #${m.id}），取另一份档案的字段：${fields.length ? fields.join('、') : '无'}；待 ${steps} 步签字`, { fields: fields.length, steps });

export const mergeDone = (m: MergeRef, moved: Record<string, number>, undoUntil: string) =>
  note('merges.merged', m, `已合并（合并 #${m.id}），${Object.values(moved).reduce((a, b) => a + b, 0)} 条记录移入 ${m.survivorArchiveNo}；${m.mergedArchiveNo} 已并入，可撤销至 ${undoUntil.slice(0, 10)}`, { undoUntil });

export const mergeUndone = (m: MergeRef) => note('merges.undo', m, `撤销合并 #${m.id}：两份档案恢复到合并前，记录移回 ${m.mergedArchiveNo}`);

export const snapshotsExpired = (count: number): AuditNote => ({
  action: 'merges.snapshotsExpired',
  targetType: 'merge',
  targetId: null,
  summary: `${count} 次合并已过 30 天撤销期，删除其撤销快照`,
  params: { count },
});
