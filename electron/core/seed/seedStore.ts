import { Core } from '../core';
import { handlers } from '../handlerTable';
import { appendAudit } from '../audit/auditLog';
import { generateLoans } from './loanGenerator';
import { generateStore, type GenerateResult } from './storeGenerator';
import type { Role } from '../../../shared/roles/permissions';
import type { LoanStatus } from '../../../shared/loans/loanTypes';
import type { KdfCost } from '../vault/vault';

export interface SeedOptions {
  dataDir: string;
  customers: number;
  password: string;
  seed?: number;
  kdfCost?: KdfCost;
  onProgress?: (done: number, total: number) => void;
}

/** The staff of the demo store: every role, a dozen consultants; all share the seed password. */
const staff: Array<[string, string, Role]> = [
  ['archivist', '周档案', 'archiveAdmin'],
  ['salesmgr', '吴销售经理', 'salesManager'],
  ['servicemgr', '郑客服经理', 'serviceManager'],
  ['gm', '王总经理', 'generalManager'],
  ...Array.from({ length: 12 }, (_, i): [string, string, Role] => [`sales${String(i + 1).padStart(2, '0')}`, `顾问${'甲乙丙丁戊己庚辛壬癸子丑'[i]}`, 'consultant']),
];

async function must<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const envelope = await core.call(channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.data as T;
}

/**
 * Sets up a store through the real channels (first-run setup, users), then fills it with the
 * deterministic generator and leaves one audit entry saying so. Returns the open core, logged
 * in as the system admin.
 */
export async function seedStore(o: SeedOptions): Promise<{ core: Core; result: GenerateResult & { loans: Record<LoanStatus, number> }; recoveryCode: string }> {
  const core = new Core({ dataDir: o.dataDir, appVersion: 'seed', kdfCost: o.kdfCost, handlers });
  const sheet = await must<{ recoveryCode: string; confirmGroups: number[] }>(core, 'setup.initialize', {
    store: { name: '客档演示 4S 店', address: '北京市朝阳区东三环北路 8 号' },
    admin: { username: 'admin', displayName: '系统管理员', password: o.password },
  });
  const raw = sheet.recoveryCode.replace(/-/g, '');
  await must(core, 'setup.confirmRecovery', { groups: sheet.confirmGroups.map((index) => ({ index, value: raw.slice(index * 4, index * 4 + 4) })) });
  const consultantIds: number[] = [];
  const idOf: Partial<Record<Role, number>> = {};
  for (const [username, displayName, role] of staff) {
    const user = await must<{ id: number }>(core, 'users.create', { username, displayName, role, password: o.password });
    if (role === 'consultant') consultantIds.push(user.id);
    else idOf[role] = user.id;
  }
  const db = core.openArchive!.db.sqlite;
  const now = core.clock.now();
  const seed = o.seed ?? 20261123;
  const generated = generateStore(db, { customers: o.customers, seed, now, consultantIds, byUser: 1, onProgress: o.onProgress });
  const loans = generateLoans(db, {
    seed,
    now,
    count: Math.min(400, Math.max(16, Math.round(o.customers / 250))),
    consultantIds,
    salesManagerId: idOf.salesManager!,
    generalManagerId: idOf.generalManager!,
    archivistId: idOf.archiveAdmin!,
  });
  const result = { ...generated, loans };
  const loanCount = Object.values(loans).reduce((a, b) => a + b, 0);
  db.transaction(() => {
    appendAudit(db, { actorId: 1, actorName: '系统管理员', action: 'seed.generate', targetType: 'store', targetId: null, summary: `演示数据：客户 ${result.customers}，车辆 ${result.vehicles}，联系记录 ${result.contacts}，借阅申请 ${loanCount}（种子 ${seed}）`, params: { customers: result.customers, vehicles: result.vehicles, contacts: result.contacts, loans: loanCount, seed } }, now);
  })();
  db.pragma('optimize');
  return { core, result, recoveryCode: sheet.recoveryCode };
}
