import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLoanPolicy } from '../../shared/loans/loanPolicy';
import { defaultLoanSettings } from '../../shared/loans/loanTypes';
import { ADMIN, addUser, makeCore, passwordOf, setUpStore, type TestCore } from './support/testCore';

let t: TestCore;
const ids: Record<string, number> = {};
const users: Record<string, number> = {};
const HOUR = 3_600_000;

async function as(username: string) {
  await t.call('auth.logout', {});
  await t.call('auth.login', { username, password: username === ADMIN.username ? ADMIN.password : passwordOf(username) });
}

const sign = (username: string) => ({ username, password: passwordOf(username) });

function actions(): string[] {
  return (t.core.openArchive!.db.sqlite.prepare('SELECT action FROM audit_log ORDER BY seq').all() as Array<{ action: string }>).map((r) => r.action);
}

function window(hours: number) {
  const start = t.clock.now();
  return { startAt: start.toISOString(), endAt: new Date(start.getTime() + hours * HOUR).toISOString() };
}

beforeAll(async () => {
  t = makeCore(undefined, undefined, { idleLockSeconds: 30 * 86_400 });
  await setUpStore(t);
  for (const [u, role] of [['archivist', 'archiveAdmin'], ['sales_a', 'consultant'], ['sales_b', 'consultant'], ['salesmgr', 'salesManager'], ['servicemgr', 'serviceManager'], ['gm', 'generalManager'], ['deputy', 'salesManager']] as const) {
    users[u] = (await addUser(t, u, role)).id;
  }
  await as('archivist');
  const file = async (name: string, secrecy: 'normal' | 'secret' | 'confidential' | 'topSecret', ownerId: number | null) =>
    (await t.call('customers.create', { customer: { kind: 'person', name, sourceChannel: 'showroom', category: 'owner', secrecy, ownerId } })).customer.id;
  ids.normal = await file('甲的客户', 'normal', users['sales_a']!);
  ids.normalB = await file('乙的客户', 'normal', users['sales_b']!);
  ids.secret = await file('秘密客户', 'secret', null);
  ids.confidential = await file('机密客户', 'confidential', null);
  ids.topSecret = await file('绝密客户', 'topSecret', null);
  await as('sales_a');
});
afterAll(() => t.dispose());

const request = (kind: 'view' | 'checkout' | 'copy', customerIds: number[], hours: number, department: 'sales' | 'service' | 'management' | 'archive' = 'sales') => ({ department, kind, purpose: '核对合同', reason: '客户来电要求核对购车合同', customerIds, ...window(hours) });

describe('loan requests', () => {
  it('a file the requester may not see answers exactly like one that does not exist: no name, number or level', async () => {
    await as('sales_a');
    const missing = await t.fail('loans.create', request('view', [999_999], 1));
    for (const hidden of [ids.normalB!, ids.secret!, ids.confidential!, ids.topSecret!]) {
      const refused = await t.fail('loans.create', request('view', [hidden], 1));
      expect(refused).toEqual(missing);
      expect(JSON.stringify(refused)).not.toMatch(/KD\d|客户|secret|confidential|topSecret/);
    }
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('绝密 files are refused at request time, 机密 files are never checked out, and the period follows the strictest file', async () => {
    await as('archivist');
    expect((await t.fail('loans.create', request('view', [ids.topSecret!], 1, 'archive'))).code).toBe('LOAN_NOT_ALLOWED');
    expect((await t.fail('loans.create', request('checkout', [ids.confidential!], 1, 'archive'))).code).toBe('LOAN_NOT_ALLOWED');
    expect((await t.fail('loans.create', request('checkout', [ids.normal!, ids.secret!], 24, 'archive'))).code).toBe('LOAN_PERIOD_TOO_LONG');
    expect(actions().slice(-3)).toEqual(['loans.refused', 'loans.refused', 'loans.refused']);
  });

  it('a checkout waits for the department head, then the archive admin; nobody approves their own, a wrong password or role is refused', async () => {
    await as('sales_a');
    const loan = await t.call('loans.create', request('checkout', [ids.normal!], 48));
    expect(loan).toMatchObject({ status: 'submitted', level: 'normal', approverRoles: ['salesManager'] });
    expect(loan.approval?.steps.map((s) => [s.kind, s.roles, s.status])).toEqual([
      ['departmentHead', ['salesManager'], 'waiting'],
      ['approver', ['archiveAdmin'], 'waiting'],
    ]);
    expect((await t.fail('loans.decide', { id: loan.id, approve: true, signOff: sign('sales_a') })).code).toBe('LOAN_SELF_APPROVAL');
    expect((await t.fail('loans.decide', { id: loan.id, approve: true, signOff: { username: 'salesmgr', password: 'Wrong1234' } })).code).toBe('SIGNOFF_INVALID');
    expect((await t.fail('loans.decide', { id: loan.id, approve: true, signOff: sign('servicemgr') })).code).toBe('LOAN_APPROVER_ROLE');
    // The archive admin signs the second step, not the first.
    expect((await t.fail('loans.decide', { id: loan.id, approve: true, signOff: sign('archivist') })).code).toBe('LOAN_APPROVER_ROLE');
    const first = await t.call('loans.decide', { id: loan.id, step: 0, approve: true, signOff: sign('salesmgr') });
    expect(first).toMatchObject({ status: 'submitted', approverRoles: ['archiveAdmin'] });
    expect(first.approval?.steps[0]).toMatchObject({ status: 'approved', decidedByName: 'salesmgr' });
    const second = await t.call('loans.decide', { id: loan.id, step: 1, approve: true, note: '同意', signOff: sign('archivist') });
    expect(second).toMatchObject({ status: 'approved', deciderName: 'archivist', decisionNote: '同意', approverRoles: [] });
  });

  it('two approvers acting on the same step at once leave exactly one decision', async () => {
    await as('sales_a');
    const loan = await t.call('loans.create', request('checkout', [ids.normal!], 24));
    const [a, b] = await Promise.all([
      t.core.call('loans.decide', { id: loan.id, step: 0, approve: true, signOff: sign('salesmgr') }),
      t.core.call('loans.decide', { id: loan.id, step: 0, approve: false, note: '不同意', signOff: sign('deputy') }),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'LOAN_WRONG_STATE' } });
    const decisions = t.core.openArchive!.db.sqlite.prepare(`SELECT count(*) FROM audit_log WHERE target_type = 'loan' AND target_id = ? AND action IN ('loans.approve', 'loans.reject')`).pluck().get(String(loan.id)) as number;
    expect(decisions).toBe(1);
  });

  it('a checkout is approved, handed over against the receiver’s signature, goes overdue with reminders, and comes back — one audit entry per step', async () => {
    await as('sales_a');
    const loan = await t.call('loans.create', request('checkout', [ids.normal!], 24));
    const before = actions().length;
    await t.call('loans.decide', { id: loan.id, approve: true, signOff: sign('salesmgr') });
    await t.call('loans.decide', { id: loan.id, approve: true, signOff: sign('archivist') });
    expect(actions().slice(before)).toEqual(['loans.approve', 'loans.approve']);
    await as('archivist');
    expect((await t.call('loans.list', { view: 'handover' })).map((l) => l.id)).toContain(loan.id);
    // Only the requester signs for the files.
    expect((await t.fail('loans.checkout', { id: loan.id, receiver: sign('salesmgr') })).code).toBe('SIGNOFF_WRONG_PERSON');
    expect((await t.fail('loans.checkout', { id: loan.id, receiver: { username: 'sales_a', password: 'Wrong1234' } })).code).toBe('SIGNOFF_INVALID');
    const handedFrom = t.clock.now().toISOString();
    const out = await t.call('loans.checkout', { id: loan.id, receiver: sign('sales_a') });
    expect(out).toMatchObject({ status: 'checkedOut', handedOverByName: 'archivist', receivedByName: 'sales_a' });
    expect(out.checkedOutAt! >= handedFrom && out.checkedOutAt! <= t.clock.now().toISOString()).toBe(true);
    expect((await t.call('loans.list', { view: 'handover' })).map((l) => l.id)).not.toContain(loan.id);
    expect((await t.call('customers.get', { id: ids.normal! })).loanOut).toMatchObject({ requestId: loan.id, holder: 'sales_a' });
    expect((await t.call('loans.list', { view: 'overdue' })).map((l) => l.id)).not.toContain(loan.id);
    t.clock.advance(25 * HOUR);
    expect((await t.call('loans.list', { view: 'overdue' })).find((l) => l.id === loan.id)).toMatchObject({ overdue: true, reminderStage: 0 });
    t.clock.advance(24 * HOUR);
    expect((await t.call('loans.list', { view: 'overdue' })).find((l) => l.id === loan.id)?.reminderStage).toBe(1);
    t.clock.advance(48 * HOUR);
    expect((await t.call('loans.list', { view: 'overdue' })).find((l) => l.id === loan.id)?.reminderStage).toBe(2);

    await as('sales_a');
    expect((await t.fail('loans.create', request('view', [ids.normal!], 1))).code).toBe('LOAN_OVERDUE_BLOCK');
    await as('archivist');
    const returnedFrom = t.clock.now().toISOString();
    const back = await t.call('loans.return', { id: loan.id, condition: '完好' });
    expect(back).toMatchObject({ status: 'returned', returnedToName: 'archivist', conditionNote: '完好', overdue: false });
    expect(back.returnedAt! >= returnedFrom).toBe(true);
    const trail = await t.call('audit.list', { targetType: 'loan', targetId: String(loan.id) });
    // The two refused signatures at the hand-over are in the trail too.
    expect(trail.entries.map((e) => e.action)).toEqual(['loans.return', 'loans.checkout', 'signoff.refused', 'signoff.refused', 'loans.approve', 'loans.approve', 'loans.submit']);
    expect((await t.call('customers.get', { id: ids.normal! })).loanOut).toBeNull();
  });

  it('each signature’s entry carries the request, the step and the note, and each refused signature why, so the log reads in either language', async () => {
    await as('sales_a');
    const loan = await t.call('loans.create', request('view', [ids.normal!], 2));
    await t.fail('loans.decide', { id: loan.id, approve: true, signOff: { username: 'salesmgr', password: 'Wrong1234' } });
    await t.fail('loans.decide', { id: loan.id, approve: true, signOff: sign('servicemgr') });
    await t.call('loans.decide', { id: loan.id, step: 0, approve: true, note: '同意', signOff: sign('salesmgr') });
    await as('archivist');
    const trail = (await t.call('audit.list', { targetType: 'loan', targetId: String(loan.id) })).entries;
    const params = (action: string) => trail.filter((e) => e.action === action).map((e) => JSON.parse(e.params ?? 'null') as Record<string, unknown>);
    expect(params('loans.approve')).toEqual([{ loan: loan.id, step: 1, steps: 2, stepKind: 'departmentHead', note: '同意' }]);
    expect(params('signoff.refused')).toEqual([{ code: 'SIGNOFF_INVALID', signer: 'salesmgr' }]);
    expect(params('approvals.refused')).toEqual([{ loan: loan.id, role: 'serviceManager', stepKind: 'departmentHead', step: 1 }]);
  });

  it('a request of someone else’s answers like one that does not exist, except to approvers and the archive room', async () => {
    await as('sales_a');
    const loan = await t.call('loans.create', request('view', [ids.normal!], 2));
    await as('sales_b');
    for (const [channel, input] of [
      ['loans.cancel', { id: loan.id }],
      ['loans.submit', { id: loan.id }],
      ['loans.decide', { id: loan.id, approve: true, signOff: sign('salesmgr') }],
    ] as const) {
      const theirs = await t.fail(channel, input as never);
      const none = await t.fail(channel, { ...input, id: 999_999 } as never);
      expect(theirs, channel).toEqual(none);
    }
    expect((await t.call('loans.list', {})).map((l) => l.id)).not.toContain(loan.id);
    await as('salesmgr');
    expect((await t.call('loans.list', { view: 'pending' })).map((l) => l.id)).toContain(loan.id);
    // Waiting for the sales manager's step: the archive admin's pending list does not show it yet.
    await as('archivist');
    expect((await t.call('loans.list', { view: 'pending' })).map((l) => l.id)).not.toContain(loan.id);
  });

  it('a 机密 file opens only in the archive room: under an approved 查阅, with the archive admin countersigning, audited with both names', async () => {
    await as('gm');
    const blocked = await t.fail('customers.get', { id: ids.confidential! });
    expect(blocked).toMatchObject({ code: 'FILE_ARCHIVE_ROOM_ONLY', details: { grantId: null } });
    const loan = await t.call('loans.create', request('view', [ids.confidential!], 2, 'management'));
    // The general manager is the head of his own department: that step shows as skipped.
    expect(loan.approval?.steps.map((s) => s.status)).toEqual(['skipped', 'waiting']);
    expect(loan.archiveRoomOnly).toBe(true);
    await t.call('loans.decide', { id: loan.id, approve: true, signOff: sign('servicemgr') });
    expect(await t.fail('customers.get', { id: ids.confidential! })).toMatchObject({ code: 'FILE_ARCHIVE_ROOM_ONLY', details: { grantId: loan.id } });
    expect((await t.fail('customers.openInArchiveRoom', { id: ids.confidential!, countersign: sign('salesmgr') })).code).toBe('SIGNOFF_NOT_PERMITTED');
    // The refused countersignature is on the record, naming who tried.
    expect(actions().at(-1)).toBe('signoff.refused');
    const card = await t.call('customers.openInArchiveRoom', { id: ids.confidential!, countersign: sign('archivist') });
    expect(card.customer.name).toBe('机密客户');
    const entry = (await t.call('audit.list', { action: 'customers.openInArchiveRoom', limit: 1 })).entries[0]!;
    expect(entry).toMatchObject({ actorName: 'gm' });
    expect(entry.summary).toContain('档案管理员 archivist 会签');
    expect(entry.people.map((p) => p.name)).toContain('archivist');
    expect((await t.call('customers.get', { id: ids.confidential! })).customer.name).toBe('机密客户');
    // Locking the screen closes the room: the next opening needs the countersignature again.
    await t.call('auth.lock', {});
    await t.call('auth.unlock', { password: passwordOf('gm') });
    expect((await t.fail('customers.get', { id: ids.confidential! })).code).toBe('FILE_ARCHIVE_ROOM_ONLY');
    await t.call('customers.openInArchiveRoom', { id: ids.confidential!, countersign: sign('archivist') });
    t.clock.advance(3 * HOUR);
    expect(await t.fail('customers.get', { id: ids.confidential! })).toMatchObject({ code: 'FILE_ARCHIVE_ROOM_ONLY', details: { grantId: null } });
    // The archive admin, who keeps the room, reads it directly.
    await as('archivist');
    expect((await t.call('customers.get', { id: ids.confidential! })).customer.name).toBe('机密客户');
  });

  it('an approved checkout never handed over expires, and a requester can cancel before hand-over', async () => {
    await as('sales_a');
    const loan = await t.call('loans.create', request('checkout', [ids.normal!], 4));
    await t.call('loans.decide', { id: loan.id, approve: true, signOff: sign('salesmgr') });
    await t.call('loans.decide', { id: loan.id, approve: true, signOff: sign('archivist') });
    const cancelled = await t.call('loans.create', request('checkout', [ids.normal!], 4));
    expect((await t.call('loans.cancel', { id: cancelled.id })).status).toBe('cancelled');
    expect(cancelled.approval?.id).toBeTruthy();
    expect((await t.call('loans.list', { view: 'mine' })).find((l) => l.id === cancelled.id)?.approval?.status).toBe('cancelled');
    t.clock.advance(5 * HOUR);
    expect((await t.call('loans.list', { view: 'mine' })).find((l) => l.id === loan.id)?.status).toBe('expired');
    await as('archivist');
    expect((await t.fail('loans.checkout', { id: loan.id, receiver: sign('sales_a') })).code).toBe('LOAN_WRONG_STATE');
  });

  it('the general manager borrows a non-secret file directly through the archive admin: registered and audited, no approval', async () => {
    await as('gm');
    const loan = await t.call('loans.create', request('checkout', [ids.normalB!], 24, 'management'));
    expect(loan).toMatchObject({ status: 'approved', direct: true, approval: null });
    expect(actions().at(-1)).toBe('loans.direct');
    // Secret files still need the chain.
    expect((await t.call('loans.create', request('view', [ids.secret!], 2, 'management'))).status).toBe('submitted');
    await as('archivist');
    expect((await t.call('loans.checkout', { id: loan.id, receiver: sign('gm') })).status).toBe('checkedOut');
    await t.call('loans.return', { id: loan.id, condition: '' });
  });

  it('a deputy signs for the general manager only under a delegation in force, and the approval names it', async () => {
    await as('gm');
    const from = t.clock.now();
    const delegation = await t.call('approvals.delegate', { delegateId: users['deputy']!, fromAt: from.toISOString(), untilAt: new Date(from.getTime() + 48 * HOUR).toISOString(), reason: '总经理出差' });
    expect(delegation).toMatchObject({ delegatorName: 'gm', delegateName: 'deputy', role: 'generalManager' });
    await as('salesmgr');
    const loan = await t.call('loans.create', request('view', [ids.secret!], 2));
    expect(loan.approval?.steps.map((s) => s.status)).toEqual(['skipped', 'waiting']);
    const signed = await t.call('loans.decide', { id: loan.id, approve: true, signOff: sign('deputy') });
    expect(signed.status).toBe('approved');
    expect(signed.approval?.steps[1]).toMatchObject({ decidedByName: 'deputy', delegation: { id: delegation.id, delegatorName: 'gm', role: 'generalManager' } });
    const lastApproval = t.core.openArchive!.db.sqlite.prepare(`SELECT summary FROM audit_log WHERE action = 'loans.approve' ORDER BY seq DESC LIMIT 1`).pluck().get() as string;
    expect(lastApproval).toContain(`依委托书 #${delegation.id}`);

    const later = await t.call('loans.create', request('view', [ids.secret!], 2));
    t.clock.advance(49 * HOUR);
    expect((await t.fail('loans.decide', { id: later.id, approve: true, signOff: sign('deputy') })).code).toBe('LOAN_APPROVER_ROLE');
    await as('gm');
    await t.call('approvals.revokeDelegation', { id: delegation.id });
    expect((await t.fail('approvals.revokeDelegation', { id: delegation.id })).code).toBe('DELEGATION_REVOKED');
    await as('deputy');
    expect((await t.fail('approvals.revokeDelegation', { id: delegation.id })).code).toBe('NOT_FOUND');
  });

  it('a consultant sees only their own requests in the register; the archive room sees all but others’ drafts', async () => {
    await as('sales_b');
    const draft = await t.call('loans.create', { ...request('view', [ids.normalB!], 2), submit: false });
    expect(draft.approval).toBeNull();
    const mine = await t.call('loans.list', {});
    expect(mine.every((l) => l.requesterName === 'sales_b')).toBe(true);
    expect(mine.map((l) => l.id)).toContain(draft.id);
    await as('archivist');
    const all = await t.call('loans.list', {});
    expect(new Set(all.map((l) => l.requesterName))).toContain('sales_a');
    expect(all.map((l) => l.id)).not.toContain(draft.id);
    expect(all.some((l) => l.status === 'draft')).toBe(false);
  });

  it('the policy is data the system admin replaces: periods, chains and refusals follow the new table', async () => {
    await as(ADMIN.username);
    const { policy, settings } = await t.call('loans.rules', {});
    expect(policy.normal.checkout).toEqual(defaultLoanPolicy.normal.checkout);
    const gm = sign('gm');
    const broken = await t.fail('loans.updateRules', { policy: { ...policy, normal: { ...policy.normal, view: { ...policy.normal.view, steps: [['departmentHead'], []] } } }, settings, signOff: gm });
    expect(broken.fields).toEqual([{ path: 'policy.normal.view.steps.1', code: 'LOAN_RULE_APPROVERS' }]);
    const stricter = { ...policy, normal: { ...policy.normal, checkout: { allowed: true, maxMinutes: 24 * 60, steps: [['generalManager' as const]] } }, secret: { ...policy.secret, view: { allowed: false, maxMinutes: 0, steps: [] } } };
    // A second person holding policy.approve countersigns; the admin alone, or a sales manager, cannot.
    expect((await t.fail('loans.updateRules', { policy: stricter, settings, signOff: { username: ADMIN.username, password: ADMIN.password } })).code).toBe('SIGNOFF_SELF');
    expect((await t.fail('loans.updateRules', { policy: stricter, settings, signOff: sign('salesmgr') })).code).toBe('SIGNOFF_NOT_PERMITTED');
    expect((await t.call('loans.rules', {})).policy.normal.checkout.maxMinutes).toBe(3 * 24 * 60);
    await t.call('loans.updateRules', { policy: stricter, settings: { ...settings, firstReminderHours: 2 }, signOff: gm });
    const audit = (await t.call('audit.list', { action: 'loans.updateRules', limit: 1 })).entries[0]!;
    expect(audit.summary).toContain('normal.checkout.maxMinutes 4320→1440');
    expect(audit.summary).toContain('normal.checkout.steps [["departmentHead"],["archiveAdmin"]]→[["generalManager"]]');
    expect(audit.summary).toContain('secret.view.allowed true→false');
    expect(audit.summary).toContain('firstReminderHours 24→2');
    expect(audit.summary).toContain('会签人 gm');

    await as('sales_b');
    expect(await t.fail('loans.create', request('checkout', [ids.normalB!], 48))).toMatchObject({ code: 'LOAN_PERIOD_TOO_LONG' });
    const loan = await t.call('loans.create', request('checkout', [ids.normalB!], 20));
    expect(loan.approverRoles).toEqual(['generalManager']);
    expect((await t.fail('loans.decide', { id: loan.id, approve: true, signOff: sign('salesmgr') })).code).toBe('LOAN_APPROVER_ROLE');
    expect((await t.call('loans.decide', { id: loan.id, approve: true, signOff: sign('gm') })).status).toBe('approved');
    expect((await t.fail('loans.updateRules', { policy, settings, signOff: gm })).code).toBe('FORBIDDEN');
    await as('salesmgr');
    expect((await t.fail('loans.create', request('view', [ids.secret!], 1))).code).toBe('LOAN_NOT_ALLOWED');

    await as(ADMIN.username);
    await t.call('loans.updateRules', { policy: defaultLoanPolicy, settings: defaultLoanSettings, signOff: gm });
  });
});
