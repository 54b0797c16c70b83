import type Database from 'better-sqlite3';
import type { LoanKind } from '../../../shared/loans/loanPolicy';
import { loanStatuses, type LoanStatus } from '../../../shared/loans/loanTypes';
import { Random } from './random';
import { approvalChain, defaultLoanPolicy } from '../../../shared/loans/loanPolicy';
import { insertApproval, setApprovalStatus, signStep } from '../approvals/approvalStore';
import { attachApproval } from '../loans/loanStore';

export interface LoanSeedOptions {
  seed: number;
  now: Date;
  count: number;
  consultantIds: number[];
  salesManagerId: number;
  generalManagerId: number;
  archivistId: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const purposes: Array<[string, string]> = [
  ['核对购车合同', '客户来电询问付款条款，需要核对合同原件'],
  ['办理保险续保', '续保需核对车辆登记信息'],
  ['客户投诉处理', '处理投诉需查阅历次维修记录'],
  ['二手车置换评估', '置换评估需核对原购车发票'],
  ['年度回访', '回访前了解客户历史服务情况'],
];

/**
 * Loans, views and copies of the demo store's ordinary files, in every state of the workflow:
 * consultants ask for their own customers' files, the sales manager (or, for copies, the general
 * manager) decides, the archivist hands over and takes back. The first eight cover each state once;
 * the rest are mostly history. Some checked-out files are overdue.
 */
export function generateLoans(db: Database.Database, o: LoanSeedOptions): Record<LoanStatus, number> {
  const r = new Random(o.seed ^ 0x10a115);
  const counts = Object.fromEntries(loanStatuses.map((s) => [s, 0])) as Record<LoanStatus, number>;
  const filesOf = db.prepare(`SELECT id FROM customers WHERE owner_id = ? AND secrecy = 'normal' AND status = 'active' ORDER BY id LIMIT 40`).pluck();
  const insert = db.prepare(`INSERT INTO loan_requests (requester_id, department, kind, purpose, reason, level, start_at, end_at, status, created_at,
      checked_out_at, checked_out_by, received_by, returned_at, returned_to, condition_note)
    VALUES (@requester, 'sales', @kind, @purpose, @reason, 'normal', @start, @end, @status, @created,
      @outAt, @outBy, @receivedBy, @backAt, @backTo, @condition)`);
  const item = db.prepare('INSERT INTO loan_items (request_id, customer_id) VALUES (?, ?)');
  const iso = (ms: number) => new Date(ms).toISOString();
  const now = o.now.getTime();

  db.transaction(() => {
    for (let i = 0; i < o.count; i += 1) {
      const status: LoanStatus = i < loanStatuses.length ? loanStatuses[i]! : r.weighted([['returned', 12], ['rejected', 2], ['cancelled', 1], ['expired', 1], ['checkedOut', 2], ['submitted', 1]] as const);
      // A consultant with files of their own to ask for (in a small store some have none).
      const withFiles = o.consultantIds.filter((id) => (filesOf.all(id) as number[]).length > 0);
      if (withFiles.length === 0) break;
      const requester = r.pick(withFiles);
      const files = filesOf.all(requester) as number[];
      const paper = status === 'checkedOut' || status === 'returned' || status === 'expired';
      const kind: LoanKind = paper ? 'checkout' : r.weighted([['view', 3], ['checkout', 3], ['copy', 1]] as const);
      const past = status === 'returned' || status === 'rejected' || status === 'cancelled' || status === 'expired' || (status === 'checkedOut' && r.chance(0.4));
      const created = past ? now - r.int(4, 180) * DAY - r.int(0, 8) * HOUR : now - r.int(1, 20) * HOUR;
      const start = past ? created + r.int(1, 20) * HOUR : status === 'checkedOut' || status === 'approved' ? now - r.int(1, 6) * HOUR : now + r.int(2, 30) * HOUR;
      const end = start + r.int(1, kind === 'checkout' ? 3 : 2) * DAY;
      const decided = status !== 'draft' && status !== 'submitted' && status !== 'cancelled';
      const out = status === 'checkedOut' || status === 'returned';
      const [purpose, reason] = r.pick(purposes);
      const info = insert.run({
        requester,
        kind,
        purpose,
        reason,
        start: iso(start),
        end: iso(end),
        status,
        created: iso(created),
        outAt: out ? iso(start) : null,
        outBy: out ? o.archivistId : null,
        receivedBy: out ? requester : null,
        backAt: status === 'returned' ? iso(end - r.int(-12, 20) * HOUR) : null,
        backTo: status === 'returned' ? o.archivistId : null,
        condition: status === 'returned' ? r.pick(['完好，页数齐全', '完好', '封皮略有磨损']) : null,
      });
      const id = Number(info.lastInsertRowid);
      if (status !== 'draft') {
        // The chain the default policy gives a consultant's request: the sales manager signs, then the
        // archive side approves; copies go to the general manager.
        const chain = approvalChain(defaultLoanPolicy.normal[kind], 'sales');
        const decidedAt = iso(Math.min(created + r.int(1, 6) * HOUR, start));
        const signers = kind === 'copy' ? [o.generalManagerId] : [o.salesManagerId, o.archivistId];
        // The first request waiting for approval waits for the sales manager; later ones may already be with the archive room.
        const signedSteps = decided ? (status === 'rejected' ? 1 : chain.length) : status === 'submitted' && i >= loanStatuses.length && r.chance(0.5) ? 1 : 0;
        const approvalId = insertApproval(db, {
          subjectType: 'loan',
          subjectId: String(id),
          requesterId: requester,
          summary: `借阅申请 #${id}`,
          createdAt: iso(created),
          steps: chain.map((step) => ({ ...step, status: 'waiting' as const })),
        });
        for (let position = 0; position < signedSteps; position += 1) {
          const rejects = status === 'rejected' && position === signedSteps - 1;
          signStep(db, approvalId, position, { status: rejects ? 'rejected' : 'approved', by: signers[position]!, at: decidedAt, note: rejects ? '用途说明不充分，请补充后重新申请' : '同意，按期归还', delegationId: null });
        }
        const approvalStatus = status === 'cancelled' ? 'cancelled' : status === 'rejected' ? 'rejected' : decided ? 'approved' : null;
        if (approvalStatus) setApprovalStatus(db, approvalId, ['pending'], approvalStatus, decidedAt);
        attachApproval(db, id, approvalId);
      }
      const picked = new Set([r.pick(files), ...(r.chance(0.3) ? [r.pick(files)] : [])]);
      for (const customerId of picked) item.run(id, customerId);
      counts[status] += 1;
    }
  })();
  return counts;
}
