import { describe, expect, it } from 'vitest';
import { approvalChain, borrowsDirectly, defaultLoanPolicy, departments, loanKinds, normalisePolicy, periodAllowed, ruleFor, strictestLevel, type Department, type LoanKind } from '../../shared/loans/loanPolicy';
import { roles, type Role } from '../../shared/roles/permissions';
import { secrecyLevels, type SecrecyLevel } from '../../shared/customers/vocabularies';

/**
 * The store's rules written out by hand, independently of the policy data:
 * 查阅: the requester's department head signs, then 客户服务部 (客服经理) or the archive admin approves
 * (篇三 第18条); 外借: the department head signs, then the archive admin (信息管理专员) approves, ≤ 3 天
 * (第19条); 秘密 ≤ 4 小时, approved by 总经理 (七.3); 机密 read in the archive room only, approved by
 * 客服经理, never lent; 绝密 never viewed or lent; 复制 approved by 总经理 or 客服经理 (第21条);
 * 总经理 borrows non-secret files directly (七.1).
 */
const H = 60;
const D = 24 * H;
const head: Record<Department, Role[]> = { sales: ['salesManager'], service: ['serviceManager'], management: ['generalManager'], archive: ['serviceManager'] };
type Expected = { max: number; steps: (d: Department) => Role[][]; direct: Role[]; archiveRoomOnly: boolean } | null;
const rules: Record<SecrecyLevel, Record<LoanKind, Expected>> = {
  normal: {
    view: { max: 3 * D, steps: (d) => [head[d], ['serviceManager', 'archiveAdmin']], direct: ['generalManager'], archiveRoomOnly: false },
    checkout: { max: 3 * D, steps: (d) => [head[d], ['archiveAdmin']], direct: ['generalManager'], archiveRoomOnly: false },
    copy: { max: 3 * D, steps: () => [['generalManager', 'serviceManager']], direct: [], archiveRoomOnly: false },
  },
  secret: {
    view: { max: 4 * H, steps: (d) => [head[d], ['generalManager']], direct: [], archiveRoomOnly: false },
    checkout: { max: 4 * H, steps: (d) => [head[d], ['generalManager']], direct: [], archiveRoomOnly: false },
    copy: { max: 4 * H, steps: () => [['generalManager', 'serviceManager']], direct: [], archiveRoomOnly: false },
  },
  confidential: {
    view: { max: 4 * H, steps: (d) => [head[d], ['serviceManager']], direct: [], archiveRoomOnly: true },
    checkout: null,
    copy: { max: 4 * H, steps: () => [['generalManager', 'serviceManager']], direct: [], archiveRoomOnly: false },
  },
  topSecret: { view: null, checkout: null, copy: null },
};

const periods = [{ name: '1 hour', minutes: H }, { name: '4 hours', minutes: 4 * H }, { name: '3 days', minutes: 3 * D }, { name: '4 days', minutes: 4 * D }];
const cases = secrecyLevels.flatMap((level) => loanKinds.flatMap((kind) => departments.flatMap((department) => periods.map((period) => ({ level, kind, department, period })))));

describe('loan policy matrix: level × kind × requester department × period', () => {
  it('has every combination', () => {
    expect(cases).toHaveLength(4 * 3 * 4 * 4);
  });

  it.each(cases)('$level $kind from $department for $period.name', ({ level, kind, department, period }) => {
    const expected = rules[level][kind];
    const choice = ruleFor(defaultLoanPolicy, { kind, levels: [level] });
    if (!expected) {
      expect(choice).toEqual({ ok: false, code: 'LOAN_NOT_ALLOWED', level });
      return;
    }
    expect(choice.ok).toBe(true);
    if (!choice.ok) return;
    expect(periodAllowed(choice.rule, period.minutes)).toEqual(period.minutes <= expected.max ? { ok: true } : { ok: false, code: 'LOAN_PERIOD_TOO_LONG', maxMinutes: expected.max });
    expect(approvalChain(choice.rule, department).map((s) => [...s.roles].sort())).toEqual(expected.steps(department).map((r) => [...r].sort()));
    expect(!!choice.rule.archiveRoomOnly).toBe(expected.archiveRoomOnly);
    for (const role of roles) expect(borrowsDirectly(choice.rule, role), role).toBe(expected.direct.includes(role));
  });

  it('the first step of a view or checkout is the requester’s department head, named as such', () => {
    expect(approvalChain(defaultLoanPolicy.normal.checkout, 'sales')[0]).toEqual({ kind: 'departmentHead', roles: ['salesManager'] });
    expect(approvalChain(defaultLoanPolicy.normal.copy, 'sales')[0]).toEqual({ kind: 'approver', roles: ['generalManager', 'serviceManager'] });
  });
});

describe('requests covering several files', () => {
  it('follow the strictest level among them', () => {
    expect(strictestLevel(['normal', 'secret', 'normal'])).toBe('secret');
    const mixed = ruleFor(defaultLoanPolicy, { kind: 'checkout', levels: ['normal', 'secret'] });
    expect(mixed.ok && mixed.level).toBe('secret');
    expect(mixed.ok && periodAllowed(mixed.rule, 3 * D)).toEqual({ ok: false, code: 'LOAN_PERIOD_TOO_LONG', maxMinutes: 4 * H });
    expect(ruleFor(defaultLoanPolicy, { kind: 'checkout', levels: ['normal', 'confidential'] })).toEqual({ ok: false, code: 'LOAN_NOT_ALLOWED', level: 'confidential' });
  });

  it('with no file at all are refused', () => {
    expect(ruleFor(defaultLoanPolicy, { kind: 'view', levels: [] })).toEqual({ ok: false, code: 'LOAN_NO_FILES' });
  });

  it('no period, or a negative one, is refused', () => {
    expect(periodAllowed(defaultLoanPolicy.normal.view, 0).ok).toBe(false);
    expect(periodAllowed(defaultLoanPolicy.normal.view, -5).ok).toBe(false);
  });
});

describe('policies saved before chains', () => {
  it('read their one list of approvers as a one-step chain', () => {
    const old = JSON.parse(JSON.stringify(defaultLoanPolicy)) as Record<string, Record<string, Record<string, unknown>>>;
    for (const level of Object.values(old)) for (const rule of Object.values(level)) {
      rule['approvers'] = rule['allowed'] ? ['generalManager'] : [];
      delete rule['steps'];
    }
    const read = normalisePolicy(old);
    expect(read.normal.checkout.steps).toEqual([['generalManager']]);
    expect(read.topSecret.view.steps).toEqual([]);
    expect('approvers' in read.normal.checkout).toBe(false);
  });
});
