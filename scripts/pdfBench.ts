import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { CustomerCard } from '../shared/customers/customerTypes';
import type { LoanRequest } from '../shared/loans/loanTypes';
import type { PrintFrame } from '../electron/core/reports/documentFrame';
import { createPrintService } from '../electron/core/reports/printService';
import { mobile, personName, plate, vin } from '../electron/core/seed/identities';
import { Random } from '../electron/core/seed/random';

/**
 * DESIGN §5's PDF budgets: `pdf_card_ms` (a customer card, fonts already loaded), and
 * `pdf_register_5000_ms` (外借登记册 of 5,000 lines), each the median of several runs through the
 * print worker (printService.ts: data in, PDF bytes out), with `rss_peak_mb` the whole process's
 * resident memory, both threads, sampled every 5 ms from a third thread while they run (the
 * sampler's own few MB included). Every run prints different data, so no cache of an earlier
 * run's text helps the next. CPU time is reported beside wall time: the machine is shared.
 * Wall time lives here, never in tests.
 *
 *   node out/main/pdfBench.js [--runs 5] [--card-runs 15] [--rows 5000] [--heap-mb 160] [--out pdf-bench.json]
 *
 * scripts/bench.ts can call benchPdf() and merge the keys into its own report.
 */

export interface PdfBenchResult {
  pdf_card_ms: number;
  pdf_register_5000_ms: number;
  rss_peak_mb: number;
  /** RSS after the fonts are loaded, before any measured render. */
  rss_fonts_loaded_mb: number;
  pdf_card_pages: number;
  pdf_register_pages: number;
  pdf_register_rows: number;
  /** CPU time of the same runs (all threads, GC included): what the work costs when the machine is shared. */
  pdf_card_cpu_ms: number;
  pdf_register_5000_cpu_ms: number;
  pdf_card_runs_ms: number[];
  pdf_register_runs_ms: number[];
}

export const pdfBudgets: Record<string, { limit: number; op: '<' }> = {
  pdf_card_ms: { limit: 300, op: '<' },
  pdf_register_5000_ms: { limit: 5000, op: '<' },
  rss_peak_mb: { limit: 400, op: '<' },
};

const MB = 1024 * 1024;
const round = (n: number) => Math.round(n * 10) / 10;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A worker thread that keeps the highest RSS it sees: the main thread is busy while a PDF renders. */
class RssSampler {
  private readonly worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     let peak = 0;
     const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 5);
     parentPort.on('message', (m) => { if (m === 'stop') { clearInterval(timer); parentPort.close(); } else parentPort.postMessage(peak); });`,
    { eval: true },
  );

  peak(): Promise<number> {
    return new Promise((done) => {
      this.worker.once('message', (peak: number) => done(Math.max(peak, process.memoryUsage.rss())));
      this.worker.postMessage('peak');
    });
  }

  async stop(): Promise<void> {
    this.worker.postMessage('stop');
    await this.worker.terminate();
  }
}

const ISO = (ms: number) => new Date(ms).toISOString();
const DAY = 86_400_000;

function benchFrame(serial: number): PrintFrame {
  return { storeName: '宏达汽车销售服务有限公司', serial: `DOC-2026-${String(serial).padStart(6, '0')}`, printedBy: '李档案', printedAt: '2026-03-31T08:00:00.000Z' };
}

/** A full card: a person with two cars, the first page of every record. */
export function benchCard(seed: number): CustomerCard {
  const r = new Random(seed);
  const base = Date.UTC(2025, 0, 1);
  const name = personName(r);
  const vehicles = [0, 1].map((i) => ({
    id: 100 + i, vin: vin(r, seed * 10 + i), plate: plate(r), brand: '大众', series: r.pick(['帕萨特', '途观L', '迈腾', 'ID.4 CROZZ']), model: '2024款 330TSI', config: '豪华版',
    colour: r.pick(['曜石黑', '珍珠白', '星空蓝']), engineNo: `EA888-${r.int(100000, 999999)}`, displacement: '2.0T', purchaseDate: '2024-05-12', registrationDate: '2024-05-20',
    contractNo: `HT-2024-${r.int(1000, 9999)}`, priceCents: r.int(15_000_000, 35_000_000), paymentMethod: 'loan' as const, deliveryDate: '2024-05-18', insurer: '中国人保', customerId: seed,
  }));
  return {
    customer: {
      id: seed, archiveNo: `KD2026${String(seed).padStart(6, '0')}`, kind: 'person', name, gender: 'male', birthDate: '1985-06-15', idType: 'resident',
      idNumberMasked: '110105********1234', phones: [{ id: 1, masked: `${mobile(r).slice(0, 3)}****${r.int(1000, 9999)}`, kind: 'mobile' }], wechat: `wx_${r.int(1000, 9999)}`,
      email: null, address: '北京市朝阳区建国路 88 号', region: '华北区', occupation: '工程师', creditCode: null, legalRep: null, contactPerson: null, sourceChannel: 'showroom',
      category: 'owner', grade: 'A', ownerId: 3, ownerName: personName(r), secrecy: 'normal', location: { room: '一号档案室', cabinet: 'A', shelf: '2', box: '15', folder: '4' },
      retentionUntil: '2036-12-31', status: 'active', note: null, version: 1, createdAt: ISO(base), updatedAt: ISO(base + 30 * DAY), lastContactAt: ISO(base + 60 * DAY),
      followUp: { state: 'ok', dueAt: ISO(base + 70 * DAY), overdueDays: 0 }, stale: false, missing: [],
    },
    loanOut: null,
    vehicles,
    intentions: [0, 1, 2].map((i) => ({ id: i, model: r.pick(['ID.4 CROZZ', '帕萨特', '途昂']), budgetMin: 20, budgetMax: 30, expectedDate: '2026-06-30', focus: '续航与充电', tradeIn: null, createdAt: ISO(base + i * DAY), byName: '王顾问' })),
    contacts: Array.from({ length: 20 }, (_, i) => ({ id: i, at: ISO(base + i * 3 * DAY), method: r.pick(['phone', 'visit', 'wechat'] as const), content: `第 ${i + 1} 次回访：${r.pick(['邀约试驾', '保养提醒', '满意度回访', '活动邀请'])}`, feedback: r.pick([null, '周末有空', '暂无需求']), nextStep: null, nextAt: null, byName: '王顾问' })),
    services: Array.from({ length: 10 }, (_, i) => ({ id: i, vehicleId: vehicles[i % 2]!.id, kind: r.pick(['maintenance', 'minorRepair', 'firstService'] as const), date: ISO(base + i * 30 * DAY).slice(0, 10), mileage: 5000 * (i + 1), items: '常规保养：机油、机滤、空滤', costCents: r.int(50_000, 200_000), technician: '赵师傅' })),
    feedback: [{ id: 1, kind: 'complaint', receivedAt: ISO(base), content: '保养等待时间过长', handling: '致电道歉', result: '客户接受', closedAt: ISO(base + DAY), satisfaction: 4 }],
    attachments: [],
    consents: [{ id: 1, kind: 'contact', givenAt: ISO(base), channel: 'paper', withdrawnAt: null, note: null }],
    grades: [],
    locations: [],
  };
}

/** `rows` checkout lines over a month, every seventh overdue; names and numbers differ per seed. */
export function benchRegister(rows: number, seed: number): LoanRequest[] {
  const r = new Random(seed);
  const start = Date.UTC(2026, 2, 1, 1);
  return Array.from({ length: rows }, (_, i) => {
    const out = start + r.int(0, 27) * DAY + r.int(0, 8) * 3_600_000;
    const overdue = i % 7 === 3;
    const due = out + 3 * DAY;
    return {
      id: seed * 100_000 + i, requesterId: 1, requesterName: personName(r), department: r.pick(['sales', 'service'] as const), kind: r.pick(['checkout', 'view'] as const),
      purpose: '核对合同', reason: '客户来电咨询', level: r.chance(0.05) ? 'secret' : 'normal', startAt: ISO(out), endAt: ISO(due), status: overdue ? 'checkedOut' : 'returned',
      createdAt: ISO(out - DAY), decidedAt: ISO(out - DAY / 2), deciderName: '刘经理', decisionNote: null, checkedOutAt: ISO(out), returnedAt: overdue ? null : ISO(out + r.int(1, 70) * 3_600_000),
      conditionNote: null, files: [{ customerId: i, archiveNo: `KD${2020 + (seed % 7)}${String(seed * 7919 + i).padStart(6, '0')}`, name: personName(r) }], approverRoles: ['salesManager'],
      archiveRoomOnly: false, overdue, reminderStage: overdue ? 1 : 0,
      approval: null, direct: false, handedOverByName: '李档案', receivedByName: null, returnedToName: overdue ? null : '李档案',
    };
  });
}

/** Built: the print worker beside this file, the fonts in out/resources/fonts. */
export async function benchPdf(options: { runs?: number; cardRuns?: number; rows?: number; workerFile?: string; resourcesDir?: string | null; heapLimitMb?: number } = {}): Promise<PdfBenchResult> {
  const runs = options.runs ?? 5;
  const cardRuns = options.cardRuns ?? 15;
  const rows = options.rows ?? 5000;
  // The path the app prints by: the print worker, fonts loaded once in it.
  const printer = createPrintService({ workerFile: options.workerFile, resourcesDir: options.resourcesDir ?? join(import.meta.dirname, '../resources'), heapLimitMb: options.heapLimitMb });
  const cpu: { card: number[]; register: number[] } = { card: [], register: [] };
  const time = async (kind: keyof typeof cpu, fn: () => Promise<unknown>) => {
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(cpuStart);
    cpu[kind].push((used.user + used.system) / 1000);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };

  // Warm: fonts parsed, code compiled. Not measured.
  let cardPages = 0;
  for (let i = 0; i < 3; i++) cardPages = (await printer.print('customerCard', { card: benchCard(900 + i) }, benchFrame(i))).pages;
  const sampler = new RssSampler();
  const fontsLoaded = process.memoryUsage.rss();

  const cardTimes: number[] = [];
  for (let i = 0; i < cardRuns; i++) {
    const card = benchCard(1000 + i);
    cardTimes.push(await time('card', () => printer.print('customerCard', { card }, benchFrame(100 + i))));
  }

  const registerTimes: number[] = [];
  let registerPages = 0;
  for (let i = 0; i < runs; i++) {
    const requests = benchRegister(rows, 1 + i);
    registerTimes.push(
      await time('register', async () => {
        registerPages = (await printer.print('loanRegister', { period: { from: '2026-03-01', to: '2026-03-31' }, requests }, benchFrame(200 + i))).pages;
      }),
    );
  }
  const peak = await sampler.peak();
  await sampler.stop();
  await printer.close();
  return {
    pdf_card_ms: round(median(cardTimes)),
    pdf_register_5000_ms: round(median(registerTimes)),
    rss_peak_mb: round(peak / MB),
    rss_fonts_loaded_mb: round(fontsLoaded / MB),
    pdf_card_pages: cardPages,
    pdf_register_pages: registerPages,
    pdf_register_rows: rows,
    pdf_card_cpu_ms: round(median(cpu.card)),
    pdf_register_5000_cpu_ms: round(median(cpu.register)),
    pdf_card_runs_ms: cardTimes.map(round),
    pdf_register_runs_ms: registerTimes.map(round),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '5' }, 'card-runs': { type: 'string', default: '15' }, rows: { type: 'string', default: '5000' }, 'heap-mb': { type: 'string' }, out: { type: 'string' } },
    strict: true,
  });
  const result = await benchPdf({ runs: Number(values.runs), cardRuns: Number(values['card-runs']), rows: Number(values.rows), heapLimitMb: values['heap-mb'] ? Number(values['heap-mb']) : undefined });
  const log = (line: string) => process.stdout.write(`${line}\n`);
  log(`\nKeDang PDF bench — ${new Date().toISOString()} — ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
  log('| key | value | budget | holds |');
  log('| --- | ---: | --- | --- |');
  for (const [key, value] of Object.entries(result)) {
    const budget = pdfBudgets[key];
    const shown = Array.isArray(value) ? value.join(', ') : value;
    const holds = budget && typeof value === 'number' ? (value < budget.limit ? 'yes' : '**NO**') : '';
    log(`| ${key} | ${shown} | ${budget ? `${budget.op} ${budget.limit}` : ''} | ${holds} |`);
  }
  if (values.out) {
    writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
    log(`\nwritten to ${resolve(values.out)}`);
  }
}

// Run as a script (out/main/pdfBench.js), not when bench.ts or a test imports benchPdf.
if (/(^|[\\/])pdfBench\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) void main();
