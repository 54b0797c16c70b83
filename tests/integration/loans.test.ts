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
  for (const [u, role] of [['archivist', 'archiveAdmin'], ['sales_a', 'consultant'], ['sales_b', 'consultant'], ['salesmgr', 'salesManager'], ['servicemgr', 'serviceManager'], ['gm', 'generalManager']] as const) {
    users[u] = (await addUser(t, u, role)).id;
  }
  await as('archivist');
  for (const [key, secrecy] of [['normal', 'normal'], ['secret', 'secret'], ['confidential', 'confidential'], ['topSecret', 'topSecret']] as const) {
    ids[key] = (await t.call('customers.create', { customer: { kind: 'person', name: `${key}客户`, sourceChannel: 'showroom', category: 'owner', secrecy } })).customer.id;
  }
  await as('sales_a');
});
afterAll(() => t.dispose());

const request = (kind: 'view' | 'checkout' | 'copy', customerIds: number[], hours: number) => ({ department: 'sales' as const, kind, purpose: '核对合同', reason: '客户来电要求核对购车合同', customerIds, ...window(hours) });

describe('loan requests', () => {
  it('绝密 files are refused at request time, and 机密 files are never checked out', async () => {
    expect((await t.fail('loans.create', request('view', [ids.topSecret!], 1))).code).toBe('LOAN_NOT_ALLOWED');
    expect((await t.fail('loans.create', request('checkout', [ids.confidential!], 1))).code).toBe('LOAN_NOT_ALLOWED');
    expect((await t.fail('loans.create', request('checkout', [ids.normal!, ids.secret!], 24))).code).toBe('LOAN_PERIOD_TOO_LONG');
    expect(actions().slice(-3)).toEqual(['loans.refused', 'loans.refused', 'loans.refused']);
  });

  it('nobody approves their own request, a wrong password is refused, and the wrong role cannot approve', async () => {
    const loan = await t.call('loans.create', request('checkout', [ids.normal!], 48));
    expect(loan).toMatchObject({ status: 'submitted', level: 'normal', approverRoles: ['salesManager'] });
    expect((await t.fail('loans.decide', { id: loan.id, approve: true, signOff: { username: 'sales_a', password: passwordOf('sales_a') } })).code).toBe('LOAN_SELF_APPROVAL');
    expect((await t.fail('loans.decide', { id: loan.id, approve: true, signOff: { username: 'salesmgr', password: 'Wrong1234' } })).code).toBe('SIGNOFF_INVALID');
    expect((await t.fail('loans.decide', { id: loan.id, approve: true, signOff: { username: 'servicemgr', password: passwordOf('servicemgr') } })).code).toBe('LOAN_APPROVER_ROLE');
    expect((await t.call('loans.list', { view: 'mine' })).find((l) => l.id === loan.id)?.status).toBe('submitted');
  });

  it('two approvers acting at once leave exactly one decision', async () => {
    const loan = await t.call('loans.create', request('checkout', [ids.normal!], 24));
    const [a, b] = await Promise.all([
      t.core.call('loans.decide', { id: loan.id, approve: true, signOff: { username: 'salesmgr', password: passwordOf('salesmgr') } }),
      t.core.call('loans.decide', { id: loan.id, approve: false, note: '不同意', signOff: { username: 'salesmgr', password: passwordOf('salesmgr') } }),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'LOAN_WRONG_STATE' } });
    const decisions = (t.core.openArchive!.db.sqlite.prepare(`SELECT count(*) FROM audit_log WHERE target_type = 'loan' AND target_id = ? AND action IN ('loans.approve', 'loans.reject')`).pluck().get(String(loan.id)) as number);
    expect(decisions).toBe(1);
  });

  it('a checkout is approved, handed over, goes overdue with reminders, and comes back — one audit entry per step', async () => {
    const loan = await t.call('loans.create', request('checkout', [ids.normal!], 24));
    const before = actions().length;
    await t.call('loans.decide', { id: loan.id, approve: true, note: '同意', signOff: { username: 'salesmgr', password: passwordOf('salesmgr') } });
    expect(actions().slice(before)).toEqual(['signoff.accepted', 'loans.approve']);
    await as('archivist');
    const out = await t.call('loans.checkout', { id: loan.id });
    expect(out.status).toBe('checkedOut');
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
    const back = await t.call('loans.return', { id: loan.id, condition: '完好' });
    expect(back).toMatchObject({ status: 'returned', conditionNote: '完好', overdue: false });
    const trail = await t.call('audit.list', { targetType: 'loan', targetId: String(loan.id) });
    expect(trail.entries.map((e) => e.action)).toEqual(['loans.return', 'loans.checkout', 'loans.approve', 'signoff.accepted', 'loans.submit']);
    expect((await t.call('customers.get', { id: ids.normal! })).loanOut).toBeNull();
    await as('sales_a');
  });

  it('an approved view opens another consultant’s file until the grant ends, every opening audited', async () => {
    await as('archivist');
    const other = await t.call('customers.create', { customer: { kind: 'person', name: '他人客户', sourceChannel: 'phone', category: 'potential', ownerId: users['sales_a'] } });
    await as('sales_b');
    expect((await t.fail('customers.get', { id: other.customer.id })).code).toBe('NOT_FOUND');
    const loan = await t.call('loans.create', { ...request('view', [other.customer.id], 2), department: 'sales' });
    await t.call('loans.decide', { id: loan.id, approve: true, signOff: { username: 'salesmgr', password: passwordOf('salesmgr') } });
    const card = await t.call('customers.get', { id: other.customer.id });
    expect(card.customer.name).toBe('他人客户');
    expect(actions().at(-1)).toBe('loans.grantOpen');
    t.clock.advance(3 * HOUR);
    expect((await t.fail('customers.get', { id: other.customer.id })).code).toBe('NOT_FOUND');
    expect((await t.call('loans.list', { view: 'mine' })).find((l) => l.id === loan.id)?.status).toBe('expired');
  });

  it('an approved checkout never handed over expires, and a requester can cancel before hand-over', async () => {
    await as('sales_a');
    const loan = await t.call('loans.create', request('checkout', [ids.normal!], 4));
    await t.call('loans.decide', { id: loan.id, approve: true, signOff: { username: 'salesmgr', password: passwordOf('salesmgr') } });
    const cancelled = await t.call('loans.create', request('checkout', [ids.normal!], 4));
    expect((await t.call('loans.cancel', { id: cancelled.id })).status).toBe('cancelled');
    t.clock.advance(5 * HOUR);
    expect((await t.call('loans.list', { view: 'mine' })).find((l) => l.id === loan.id)?.status).toBe('expired');
    await as('archivist');
    expect((await t.fail('loans.checkout', { id: loan.id })).code).toBe('LOAN_WRONG_STATE');
  });

  it('a consultant sees only their own requests in the register; the archive room sees all but others’ drafts', async () => {
    await as('sales_b');
    const draft = await t.call('loans.create', { ...request('view', [ids.normal!], 2), submit: false });
    const mine = await t.call('loans.list', {});
    expect(mine.every((l) => l.requesterName === 'sales_b')).toBe(true);
    expect(mine.map((l) => l.id)).toContain(draft.id);
    await as('archivist');
    const all = await t.call('loans.list', {});
    expect(new Set(all.map((l) => l.requesterName))).toEqual(new Set(['sales_a', 'sales_b']));
    expect(all.map((l) => l.id)).not.toContain(draft.id);
    expect(all.some((l) => l.status === 'draft')).toBe(false);
  });

  it('the policy is data the system admin replaces: periods, approvers and refusals follow the new table', async () => {
    await as(ADMIN.username);
    const { policy, settings } = await t.call('loans.rules', {});
    expect(policy.normal.checkout).toEqual(defaultLoanPolicy.normal.checkout);
    const gm = { username: 'gm', password: passwordOf('gm') };
    const broken = await t.fail('loans.updateRules', { policy: { ...policy, normal: { ...policy.normal, view: { ...policy.normal.view, approvers: [] } } }, settings, signOff: gm });
    expect(broken.fields).toEqual([{ path: 'policy.normal.view.approvers', code: 'LOAN_RULE_APPROVERS' }]);
    const stricter = { ...policy, normal: { ...policy.normal, checkout: { allowed: true, maxMinutes: 24 * 60, approvers: ['generalManager' as const] } }, secret: { ...policy.secret, view: { allowed: false, maxMinutes: 0, approvers: [] } } };
    // A second person holding policy.approve countersigns; the admin alone, or a sales manager, cannot.
    expect((await t.fail('loans.updateRules', { policy: stricter, settings, signOff: { username: ADMIN.username, password: ADMIN.password } })).code).toBe('SIGNOFF_SELF');
    expect((await t.fail('loans.updateRules', { policy: stricter, settings, signOff: { username: 'salesmgr', password: passwordOf('salesmgr') } })).code).toBe('SIGNOFF_NOT_PERMITTED');
    expect((await t.call('loans.rules', {})).policy.normal.checkout.maxMinutes).toBe(3 * 24 * 60);
    await t.call('loans.updateRules', { policy: stricter, settings: { ...settings, firstReminderHours: 2 }, signOff: gm });
    const audit = (await t.call('audit.list', { action: 'loans.updateRules', limit: 1 })).entries[0]!;
    expect(audit.summary).toContain('normal.checkout.maxMinutes 4320→1440');
    expect(audit.summary).toContain('normal.checkout.approvers ["departmentHead"]→["generalManager"]');
    expect(audit.summary).toContain('secret.view.allowed true→false');
    expect(audit.summary).toContain('firstReminderHours 24→2');
    expect(audit.summary).toContain('会签人 gm');

    await as('sales_b');
    expect(await t.fail('loans.create', request('checkout', [ids.normal!], 48))).toMatchObject({ code: 'LOAN_PERIOD_TOO_LONG' });
    expect((await t.fail('loans.create', request('view', [ids.secret!], 1))).code).toBe('LOAN_NOT_ALLOWED');
    const loan = await t.call('loans.create', request('checkout', [ids.normal!], 20));
    expect(loan.approverRoles).toEqual(['generalManager']);
    expect((await t.fail('loans.decide', { id: loan.id, approve: true, signOff: { username: 'salesmgr', password: passwordOf('salesmgr') } })).code).toBe('LOAN_APPROVER_ROLE');
    expect((await t.call('loans.decide', { id: loan.id, approve: true, signOff: { username: 'gm', password: passwordOf('gm') } })).status).toBe('approved');
    expect((await t.fail('loans.updateRules', { policy, settings, signOff: gm })).code).toBe('FORBIDDEN');

    await as(ADMIN.username);
    await t.call('loans.updateRules', { policy: defaultLoanPolicy, settings: defaultLoanSettings, signOff: gm });
  });
});
