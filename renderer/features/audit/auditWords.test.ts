import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditActions } from '../../../shared/audit/auditActionLabels';
import type { AuditLine } from '../../../shared/audit/auditEntry';
import zhCN from '../../i18n/zh-CN';
import enUS from '../../i18n/en-US';
import { auditSentence, auditTarget } from './auditWords';

const i18n = i18next.createInstance();
beforeAll(() => i18n.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } }, interpolation: { escapeValue: false } }));

function line(action: string, params: Record<string, unknown> | null, extra: Partial<AuditLine> = {}): AuditLine {
  return {
    seq: 7,
    at: '2026-03-05T02:04:05.000Z',
    actorId: 2,
    actorName: '周档案',
    action,
    targetType: 'customer',
    targetId: '12',
    summary: '（存档时的中文摘要）',
    params: params ? JSON.stringify(params) : null,
    prevHash: '',
    hash: '',
    files: [
      { id: 12, archiveNo: 'KD2026000012', name: '王小明' },
      { id: 13, archiveNo: 'KD2026000013', name: null },
    ],
    people: [
      { id: 4, name: '吴销售经理' },
      { id: 5, name: '周档案' },
    ],
    ...extra,
  };
}

const say = (l: AuditLine, lang: 'zh' | 'en') => auditSentence(l, i18n.getFixedT(lang === 'zh' ? 'zh-CN' : 'en-US'), lang);

describe('an audit entry in words', () => {
  it('says a move, a grade change and a settings change in the reader’s language, from the parameters', () => {
    const move = line('customers.moveFile', { file: 12, from: '档案室 C柜 4架 13盒 85卷', to: '档案室 D柜 1架 2盒 3卷', fromParts: ['档案室', 'C', '4', '13', '85'], toParts: ['档案室', 'D', '1', '2', '3'], reason: '整理' });
    expect(say(move, 'zh')).toBe('档案室 C柜 4架 13盒 85卷 → 档案室 D柜 1架 2盒 3卷（整理）');
    expect(say(move, 'en')).toBe('档案室, cabinet C, shelf 4, box 13, folder 85 → 档案室, cabinet D, shelf 1, box 2, folder 3 (整理)');
    const graded = line('customers.setGrade', { file: 12, fromCategory: 'intent', fromGrade: 'B', toCategory: 'deal', toGrade: 'O', reason: '已签合同' });
    expect(say(graded, 'zh')).toBe('意向 B → 成交 O（已签合同）');
    expect(say(graded, 'en')).toBe('Intending B → Closed deal O (已签合同)');
    const settings = line('settings.update', { fields: ['staleDays'], from: ['90'], to: ['45'] }, { targetType: 'settings', targetId: null });
    expect(say(settings, 'en')).toBe('Changed Not contacted for (days) 90 → 45');
  });

  it('names people by name and files by archive number, with the name only where core gave it', () => {
    const transfer = line('vehicles.transfer', { file: 12, vehicle: 3, vinTail: '123456', fromFile: 12, toFile: 13, reason: '过户' });
    expect(say(transfer, 'zh')).toBe('车辆 #3（车架号后六位 123456）：KD2026000012 王小明 → KD2026000013（过户）');
    const decided = line('loans.approve', { loan: 9, step: 1, steps: 2, stepKind: 'departmentHead', delegation: 3, note: '同意' }, { targetType: 'loan', targetId: '9' });
    expect(say(decided, 'zh')).toBe('批准申请 #9（第 1/2 步：部门负责人签字）；依委托书 #3：同意');
    expect(say(decided, 'en')).toBe('Approved request #9 (step 1 of 2: Department head signs); under delegation #3: 同意');
    const handedOver = line('loans.checkout', { loan: 9, receivedBy: 4, dueAt: '2026-03-08T02:00:00.000Z' }, { targetType: 'loan', targetId: '9' });
    expect(say(handedOver, 'zh')).toMatch(/^申请 #9：交付 吴销售经理（本人签收），应还 2026-03-08 \d\d:00$/);
    expect(auditTarget(line('customers.create', { file: 13 }, { targetId: '13' }), i18n.getFixedT('zh-CN'), 'zh')).toBe('KD2026000013');
    expect(auditTarget(line('loans.cancel', { loan: 9 }, { targetType: 'loan', targetId: '9' }), i18n.getFixedT('en-US'), 'en')).toBe('Loan request #9');
  });

  it('an entry written before parameters existed keeps its stored summary', () => {
    expect(say(line('customers.update', null), 'en')).toBe('（存档时的中文摘要）');
  });

  it('every action reads without a message key or “undefined”, in both languages', () => {
    const params = {
      file: 12, user: 4, role: 'salesManager', via: 'password', reason: 'self', seconds: 300, code: 'SIGNOFF_INVALID', username: 'sales01', at: '2026-03-05T02:04:05.000Z',
      fields: ['address'], from: ['a'], to: ['b'], fromParts: [], toParts: ['档案室', 'A', '1', '2', '3'], fromCategory: 'intent', toCategory: 'deal', toGrade: 'O', field: 'phone',
      loan: 9, countersigner: 5, feedback: 2, closed: true, consent: 'marketing', vehicle: 3, vinTail: '123456', fromFile: 12, toFile: 13, attachment: 4, kind: 'view', bytes: 2048,
      files: [12], level: 'normal', endAt: '2026-03-08T02:00:00.000Z', step: 1, steps: 2, stepKind: 'approver', note: '好', receivedBy: 4, dueAt: '2026-03-08T02:00:00.000Z', late: true, condition: '完好',
      changes: ['normal.view.maxMinutes 4320→1440'], delegation: 2, fromAt: '2026-03-05T02:00:00.000Z', untilAt: '2026-03-06T02:00:00.000Z', seq: 12, hash: '3f9a0c1d77e2b845', purpose: 'print',
      folder: 'E:\\', secret: 'key', path: 'E:\\kedang.kdbak', integrity: 'ok', firstDifferentSeq: 20, recipient: 'age1qqqqqqqqqqqqqqq', backupAt: '2026-03-01T02:00:00.000Z', rotated: 1,
      customers: 10, vehicles: 12, contacts: 30, loans: 4, seed: 1, channel: 'users.list', permission: 'user.manage', signer: 'sales01', store: '星辰', granted: true,
      serial: 'DOC-2026-000001', merge: 4, scanned: 100, pairs: 2, undoUntil: '2026-04-05T02:00:00.000Z', count: 2, request: 3, lifecycle: 3, reviewAt: '2027-06-30', backups: 1,
    };
    for (const action of auditActions) {
      for (const lang of ['zh', 'en'] as const) {
        const text = say(line(action, params), lang);
        expect(text, `${action} ${lang}`).not.toMatch(/audit\.says|undefined|\[object|errors\.|permissions\./);
        if (!action.startsWith('customers.add.')) expect(text, `${action} ${lang}`).not.toBe('');
        expect(text, `${action} ${lang}`).not.toBe('（存档时的中文摘要）');
      }
    }
  });
});
