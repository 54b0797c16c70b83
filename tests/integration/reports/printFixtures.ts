import type { AuditEntry } from '../../../shared/audit/auditEntry';
import type { CustomerCard, CustomerFile } from '../../../shared/customers/customerTypes';
import type { LoanRequest } from '../../../shared/loans/loanTypes';
import type { PrintFrame } from '../../../electron/core/reports/documentFrame';

/** Printed documents' sample data: readable values the tests look for in the PDFs' text. */

export const frame = (overrides: Partial<PrintFrame> = {}): PrintFrame => ({
  storeName: '宏达汽车销售服务有限公司',
  serial: 'DOC-2026-000123',
  printedBy: '李档案',
  printedAt: '2026-03-05T06:30:00.000Z', // 14:30 in Shanghai
  ...overrides,
});

export function customerFile(overrides: Partial<CustomerFile> = {}): CustomerFile {
  return {
    id: 42,
    archiveNo: 'KD2026000042',
    kind: 'person',
    name: '张晓明',
    gender: 'male',
    birthDate: '1985-06-15',
    idType: 'resident',
    idNumberMasked: '110105********1234',
    phones: [
      { id: 7, masked: '138****5678', kind: 'mobile' },
      { id: 8, masked: '010-****4321', kind: 'other' },
    ],
    wechat: 'zxm_1985',
    email: 'zxm@example.com',
    address: '北京市朝阳区建国路 88 号',
    region: '华北区',
    occupation: '工程师',
    creditCode: null,
    legalRep: null,
    contactPerson: null,
    sourceChannel: 'showroom',
    category: 'owner',
    grade: 'A',
    ownerId: 3,
    ownerName: '王顾问',
    secrecy: 'normal',
    location: { room: '一号档案室', cabinet: 'A', shelf: '2', box: '15', folder: '4' },
    retentionUntil: '2036-12-31',
    status: 'active',
    note: '老客户，偏好周末到店',
    version: 3,
    createdAt: '2024-05-10T02:00:00.000Z',
    updatedAt: '2026-02-28T08:15:00.000Z',
    lastContactAt: '2026-02-20T03:00:00.000Z',
    followUp: { state: 'ok', dueAt: '2026-03-20T03:00:00.000Z', overdueDays: 0 },
    stale: false,
    missing: [],
    ...overrides,
  };
}

export function customerCard(file: Partial<CustomerFile> = {}): CustomerCard {
  return {
    customer: customerFile(file),
    loanOut: null,
    vehicles: [
      {
        id: 101, vin: 'LSVAA4182E2123456', plate: '京A12345', brand: '大众', series: '帕萨特', model: '2024款 330TSI', config: '豪华版', colour: '曜石黑',
        engineNo: 'EA888-778899', displacement: '2.0T', purchaseDate: '2024-05-12', registrationDate: '2024-05-20', contractNo: 'HT-2024-0512',
        priceCents: 23_580_000, paymentMethod: 'loan', deliveryDate: '2024-05-18', insurer: '中国人保', customerId: 42,
      },
      {
        id: 102, vin: 'LFV2A21K7M4098765', plate: '京N67890', brand: '大众', series: '途观L', model: '2021款 380TSI', config: null, colour: '珍珠白',
        engineNo: null, displacement: '2.0T', purchaseDate: '2021-09-01', registrationDate: null, contractNo: null,
        priceCents: null, paymentMethod: 'cash', deliveryDate: null, insurer: null, customerId: 42,
      },
    ],
    intentions: [{ id: 1, model: 'ID.4 CROZZ', budgetMin: 20, budgetMax: 25, expectedDate: '2026-06-30', focus: '续航与充电', tradeIn: '途观L', createdAt: '2026-01-08T06:00:00.000Z', byName: '王顾问' }],
    contacts: [
      { id: 11, at: '2026-02-20T03:00:00.000Z', method: 'phone', content: '邀约试驾 ID.4', feedback: '周末有空', nextStep: '安排试驾', nextAt: '2026-03-01T02:00:00.000Z', byName: '王顾问' },
      { id: 10, at: '2026-01-08T06:00:00.000Z', method: 'visit', content: '到店看车', feedback: null, nextStep: null, nextAt: null, byName: '王顾问' },
    ],
    services: [
      { id: 21, vehicleId: 101, kind: 'firstService', date: '2024-08-10', mileage: 5012, items: '首次保养：机油、机滤', costCents: 0, technician: '赵师傅' },
      { id: 22, vehicleId: 101, kind: 'maintenance', date: '2025-08-02', mileage: 21000, items: '常规保养', costCents: 98_000, technician: '赵师傅' },
    ],
    feedback: [{ id: 31, kind: 'complaint', receivedAt: '2025-08-03T01:00:00.000Z', content: '保养等待时间过长', handling: '致电道歉并赠送洗车券', result: '客户接受', closedAt: '2025-08-05T01:00:00.000Z', satisfaction: 4 }],
    attachments: [
      { id: 41, kind: 'idCard', fileName: 'id.jpg', mime: 'image/jpeg', size: 120_000, createdAt: '2024-05-10T02:00:00.000Z' },
      { id: 42, kind: 'contract', fileName: 'ht.pdf', mime: 'application/pdf', size: 800_000, createdAt: '2024-05-12T02:00:00.000Z' },
    ],
    consents: [
      { id: 51, kind: 'contact', givenAt: '2024-05-10T02:00:00.000Z', channel: 'paper', withdrawnAt: null, note: null },
      { id: 52, kind: 'marketing', givenAt: '2024-05-10T02:00:00.000Z', channel: 'paper', withdrawnAt: '2025-01-02T02:00:00.000Z', note: '客户要求停止推送' },
    ],
    grades: [{ at: '2026-01-08T06:00:00.000Z', category: 'owner', grade: 'A', reason: '有增购意向', byName: '王顾问' }],
    locations: [{ at: '2024-05-11T02:00:00.000Z', from: null, to: null, text: '一号档案室 A 柜 2 架 15 盒 4 卷', reason: '建档入库', byName: '李档案' }],
  };
}

export function loanRequest(overrides: Partial<LoanRequest> = {}): LoanRequest {
  return {
    id: 318,
    requesterId: 5,
    requesterName: '陈销售',
    department: 'sales',
    kind: 'checkout',
    purpose: '核对购车合同',
    reason: '客户申请开具补充协议，需要核对原合同条款',
    level: 'normal',
    startAt: '2026-03-02T01:00:00.000Z',
    endAt: '2026-03-04T09:00:00.000Z',
    status: 'checkedOut',
    createdAt: '2026-03-01T08:00:00.000Z',
    decidedAt: '2026-03-01T09:30:00.000Z',
    deciderName: '刘经理',
    decisionNote: '同意，按期归还',
    checkedOutAt: '2026-03-02T01:10:00.000Z',
    returnedAt: null,
    conditionNote: null,
    files: [
      { customerId: 42, archiveNo: 'KD2026000042', name: '张晓明' },
      { customerId: 43, archiveNo: 'KD2026000043', name: '𠮷䶮' },
    ],
    approverRoles: ['salesManager'],
    archiveRoomOnly: false,
    overdue: true,
    reminderStage: 1,
    approval: null,
    direct: false,
    handedOverByName: '李档案',
    receivedByName: '陈销售',
    returnedToName: null,
    ...overrides,
  };
}

const surnames = '王李张刘陈杨黄赵吴周';
const given = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平';

/** `count` register lines over March 2026; every 7th is overdue. */
export function registerRequests(count: number): LoanRequest[] {
  return Array.from({ length: count }, (_, i) => {
    const day = 1 + (i % 28);
    const overdue = i % 7 === 3;
    return loanRequest({
      id: 1000 + i,
      requesterName: `${surnames[i % 10]}${given[(i * 3) % 20]}`,
      department: i % 3 === 0 ? 'service' : 'sales',
      kind: i % 5 === 0 ? 'view' : 'checkout',
      level: i % 11 === 0 ? 'secret' : 'normal',
      startAt: `2026-03-${String(day).padStart(2, '0')}T01:00:00.000Z`,
      endAt: `2026-03-${String(Math.min(28, day + 2)).padStart(2, '0')}T09:00:00.000Z`,
      status: overdue ? 'checkedOut' : 'returned',
      checkedOutAt: `2026-03-${String(day).padStart(2, '0')}T01:30:00.000Z`,
      returnedAt: overdue ? null : `2026-03-${String(Math.min(28, day + 1)).padStart(2, '0')}T08:00:00.000Z`,
      overdue,
      reminderStage: overdue ? 1 : 0,
      files: [{ customerId: 5000 + i, archiveNo: `KD2026${String(5000 + i).padStart(6, '0')}`, name: `${surnames[(i + 3) % 10]}${given[i % 20]}${given[(i * 7) % 20]}` }],
    });
  });
}

export function auditEntries(count: number, startSeq = 1200): AuditEntry[] {
  const actions = ['auth.login', 'customers.update', 'customers.reveal', 'loans.checkout', 'loans.return', 'documents.print'];
  return Array.from({ length: count }, (_, i) => ({
    seq: startSeq + i,
    at: new Date(Date.UTC(2026, 2, 1, 1, 0) + i * 3_600_000).toISOString(),
    actorId: 2,
    actorName: i % 2 ? '李档案' : '王顾问',
    action: actions[i % actions.length]!,
    targetType: 'customer',
    targetId: String(42 + (i % 3)),
    summary: `KD20260000${42 + (i % 3)}：第 ${i + 1} 条操作摘要`,
    params: null,
    prevHash: (i + 1).toString(16).padStart(64, '0'),
    hash: (i + 2).toString(16).padStart(64, 'a'),
  }));
}
