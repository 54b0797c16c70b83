import { describe, expect, it } from 'vitest';
import { decideLoan, defaultLoanPolicy, departments, loanKinds, strictestLevel, type Department, type LoanKind } from '../../shared/loans/loanPolicy';
import { roles, type Role } from '../../shared/roles/permissions';
import { secrecyLevels, type SecrecyLevel } from '../../shared/customers/vocabularies';

/**
 * The store's rules written out by hand, independently of the policy data:
 * 普通 外借 ≤ 3 天 by the requester's department head; 秘密 ≤ 4 小时 by 总经理; 机密 read in the
 * archive room only, approved by 客服经理, never lent; 绝密 never viewed or lent; 复制 of any file
 * approved by 总经理 or 客服经理.
 */
const H = 60;
const D = 24 * H;
const head: Record<Department, Role[]> = { sales: ['salesManager'], service: ['serviceManager'], management: ['generalManager'], archive: ['serviceManager'] };
const rules: Record<SecrecyLevel, Record<LoanKind, { max: number; approvers: (d: Department) => Role[] } | null>> = {
  normal: {
    view: { max: 3 * D, approvers: (d) => head[d] },
    checkout: { max: 3 * D, approvers: (d) => head[d] },
    copy: { max: 3 * D, approvers: () => ['generalManager', 'serviceManager'] },
  },
  secret: {
    view: { max: 4 * H, approvers: () => ['generalManager'] },
    checkout: { max: 4 * H, approvers: () => ['generalManager'] },
    copy: { max: 4 * H, approvers: () => ['generalManager', 'serviceManager'] },
  },
  confidential: {
    view: { max: 4 * H, approvers: () => ['serviceManager'] },
    checkout: null,
    copy: { max: 4 * H, approvers: () => ['generalManager', 'serviceManager'] },
  },
  topSecret: { view: null, checkout: null, copy: null },
};

const periods = [{ name: '1 hour', minutes: H }, { name: '4 hours', minutes: 4 * H }, { name: '3 days', minutes: 3 * D }, { name: '4 days', minutes: 4 * D }];
const cases = secrecyLevels.flatMap((level) =>
  loanKinds.flatMap((kind) => departments.flatMap((department) => roles.flatMap((approver) => periods.map((period) => ({ level, kind, department, approver, period }))))),
);

describe('loan policy matrix: level × kind × requester department × approver role × period', () => {
  it('has every combination', () => {
    expect(cases).toHaveLength(4 * 3 * 4 * 6 * 4);
  });

  it.each(cases)('$level $kind from $department for $period.name, approved by $approver', ({ level, kind, department, approver, period }) => {
    const rule = rules[level][kind];
    const decision = decideLoan(defaultLoanPolicy, { kind, levels: [level], department, minutes: period.minutes });
    if (!rule) {
      expect(decision).toMatchObject({ ok: false, code: 'LOAN_NOT_ALLOWED' });
      return;
    }
    if (period.minutes > rule.max) {
      expect(decision).toMatchObject({ ok: false, code: 'LOAN_PERIOD_TOO_LONG', maxMinutes: rule.max });
      return;
    }
    expect(decision.ok).toBe(true);
    if (!decision.ok) return;
    expect(decision.maxMinutes).toBe(rule.max);
    expect(decision.approverRoles.includes(approver)).toBe(rule.approvers(department).includes(approver));
  });
});

describe('requests covering several files', () => {
  it('follow the strictest level among them', () => {
    expect(strictestLevel(['normal', 'secret', 'normal'])).toBe('secret');
    expect(decideLoan(defaultLoanPolicy, { kind: 'checkout', levels: ['normal', 'secret'], department: 'sales', minutes: 3 * D })).toMatchObject({ ok: false, code: 'LOAN_PERIOD_TOO_LONG', maxMinutes: 4 * H });
    expect(decideLoan(defaultLoanPolicy, { kind: 'checkout', levels: ['normal', 'confidential'], department: 'sales', minutes: H })).toMatchObject({ ok: false, code: 'LOAN_NOT_ALLOWED', level: 'confidential' });
  });

  it('with no file at all are refused', () => {
    expect(decideLoan(defaultLoanPolicy, { kind: 'view', levels: [], department: 'sales', minutes: H })).toEqual({ ok: false, code: 'LOAN_NO_FILES' });
  });

  it('a confidential view is marked archive-room only', () => {
    expect(decideLoan(defaultLoanPolicy, { kind: 'view', levels: ['confidential'], department: 'service', minutes: H })).toMatchObject({ ok: true, archiveRoomOnly: true });
  });
});
