import type { AuditNote } from '../rpc/handler';

/** What the duplicate check writes to the log: archive numbers and counts, never a name or a phone. */
type FileRef = { id: number; archiveNo: string };

export function checkStarted(jobId: string): AuditNote {
  return { action: 'duplicates.run', targetType: 'job', targetId: jobId, summary: '开始客户信息查重', params: {} };
}

export function checkFinished(checkId: number, scanned: number, pairs: number): Omit<AuditNote, 'actor'> {
  return { action: 'duplicates.checked', targetType: 'duplicateCheck', targetId: checkId, summary: `客户信息查重完成：检查 ${scanned} 份档案，发现 ${pairs} 对疑似重复`, params: { scanned, pairs } };
}

export function pairDismissed(a: FileRef, b: FileRef, reason: string): AuditNote {
  return {
    action: 'duplicates.dismiss',
    targetType: 'customer',
    targetId: a.id,
    summary: `${a.archiveNo} 与 ${b.archiveNo}：判定不是同一客户${reason ? `（${reason}）` : ''}`,
    params: { file: a.id, toFile: b.id },
  };
}
