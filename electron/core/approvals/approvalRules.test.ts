import { describe, expect, it } from 'vitest';
import type { StepAuthority } from '../../../shared/approvals/approvalTypes';
import { authorityFor, currentStep, delegationInForce, initialStatuses, outcome, type ActiveDelegation, type StepState } from './approvalRules';

const now = new Date('2026-12-01T10:00:00Z');
const head: StepAuthority = { kind: 'departmentHead', roles: ['salesManager'] };
const archive: StepAuthority = { kind: 'approver', roles: ['archiveAdmin'] };
const gm: StepAuthority = { kind: 'approver', roles: ['generalManager'] };
const policy: StepAuthority = { kind: 'countersign', roles: [], permission: 'policy.approve' };
const signer = (id: number, role: 'salesManager' | 'archiveAdmin' | 'generalManager' | 'consultant', permissions: string[] = []) => ({ id, role, permissions: permissions as never[] });
const delegation = (over: Partial<ActiveDelegation> = {}): ActiveDelegation => ({ id: 7, delegatorId: 50, delegateId: 60, role: 'generalManager', fromAt: '2026-11-30T00:00:00Z', untilAt: '2026-12-02T00:00:00Z', revokedAt: null, ...over });

describe('who may sign a step', () => {
  it('nobody signs their own request, whatever their role', () => {
    expect(authorityFor(head, signer(1, 'salesManager'), 1, [], now)).toEqual({ ok: false, code: 'APPROVAL_SELF' });
  });

  it('a role the step names signs; another role does not', () => {
    expect(authorityFor(head, signer(2, 'salesManager'), 1, [], now)).toEqual({ ok: true, delegationId: null });
    expect(authorityFor(head, signer(2, 'archiveAdmin'), 1, [], now)).toEqual({ ok: false, code: 'APPROVAL_ROLE' });
  });

  it('a countersign step goes by permission, not role', () => {
    expect(authorityFor(policy, signer(2, 'generalManager', ['policy.approve']), 1, [], now).ok).toBe(true);
    expect(authorityFor(policy, signer(2, 'generalManager'), 1, [], now).ok).toBe(false);
  });

  it('a deputy signs for the delegator’s role only while the delegation is in force, and the approval names it', () => {
    expect(authorityFor(gm, signer(60, 'salesManager'), 1, [delegation()], now)).toEqual({ ok: true, delegationId: 7 });
    expect(authorityFor(gm, signer(60, 'salesManager'), 1, [delegation({ untilAt: '2026-12-01T09:59:59Z' })], now).ok).toBe(false);
    expect(authorityFor(gm, signer(60, 'salesManager'), 1, [delegation({ fromAt: '2026-12-01T10:00:01Z' })], now).ok).toBe(false);
    expect(authorityFor(gm, signer(60, 'salesManager'), 1, [delegation({ revokedAt: '2026-12-01T08:00:00Z' })], now).ok).toBe(false);
    // A delegation for another role does not help, nor one held by somebody else.
    expect(authorityFor(archive, signer(60, 'salesManager'), 1, [delegation()], now).ok).toBe(false);
    expect(authorityFor(gm, signer(61, 'salesManager'), 1, [delegation()], now).ok).toBe(false);
  });

  it('a delegation does not let the delegator’s own request be signed by their deputy', () => {
    expect(authorityFor(gm, signer(60, 'salesManager'), 50, [delegation()], now).ok).toBe(false);
  });

  it('a delegation is in force from its start up to, not including, its end', () => {
    expect(delegationInForce(delegation(), new Date('2026-11-30T00:00:00Z'))).toBe(true);
    expect(delegationInForce(delegation(), new Date('2026-12-02T00:00:00Z'))).toBe(false);
  });
});

describe('a chain of steps', () => {
  const steps = (...statuses: StepState['status'][]): StepState[] => statuses.map((status, position) => ({ ...(position === 0 ? head : archive), position, status }));

  it('waits for the first step neither signed nor skipped', () => {
    expect(currentStep(steps('waiting', 'waiting'))?.position).toBe(0);
    expect(currentStep(steps('approved', 'waiting'))?.position).toBe(1);
    expect(currentStep(steps('skipped', 'waiting'))?.position).toBe(1);
    expect(currentStep(steps('approved', 'approved'))).toBeNull();
    expect(currentStep(steps('rejected', 'waiting'))).toBeNull();
  });

  it('is approved when every step is signed or skipped, rejected at the first refusal, pending otherwise', () => {
    expect(outcome(steps('approved', 'approved'))).toBe('approved');
    expect(outcome(steps('skipped', 'approved'))).toBe('approved');
    expect(outcome(steps('approved', 'rejected'))).toBe('rejected');
    expect(outcome(steps('rejected', 'waiting'))).toBe('rejected');
    expect(outcome(steps('approved', 'waiting'))).toBe('pending');
  });

  it('skips the department-head step when the requester is that head, never the last step', () => {
    expect(initialStatuses([head, archive], 'salesManager')).toEqual(['skipped', 'waiting']);
    expect(initialStatuses([head, archive], 'consultant')).toEqual(['waiting', 'waiting']);
    expect(initialStatuses([head], 'salesManager')).toEqual(['waiting']);
  });
});
