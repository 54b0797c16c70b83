import type Database from 'better-sqlite3';
import { customerTokens } from '../customers/searchTokens';
import { DEFAULT_ARCHIVE_PATTERN, nextArchiveNo } from '../customers/archiveNumber';
import { followUpStatus } from '../../../shared/customers/cadence';
import type { Category, Grade } from '../../../shared/customers/vocabularies';
import { Random } from './random';
import { company, mobile, personName, plate, residentId, vin } from './identities';

export interface GenerateOptions {
  customers: number;
  seed: number;
  now: Date;
  /** Consultants the files are spread over (user ids). */
  consultantIds: number[];
  byUser: number;
  onProgress?: (done: number, total: number) => void;
}

export interface GenerateResult {
  customers: number;
  vehicles: number;
  contacts: number;
}

const DAY = 86_400_000;
/** Realistic mix: most files are prospects, a third are owners (基盘), few VIP, some lost. */
const categoryMix: ReadonlyArray<readonly [Category, number]> = [
  ['potential', 28], ['intent', 18], ['key', 5], ['deal', 8], ['owner', 30], ['vip', 3], ['lost', 6], ['churned', 2],
];
const gradeMix: ReadonlyArray<readonly [Grade, number]> = [['H', 15], ['A', 30], ['B', 35], ['C', 15], ['O', 5]];
const sources = [['showroom', 35], ['phone', 15], ['online', 25], ['referral', 12], ['event', 8], ['otherDealer', 3], ['other', 2]] as const;
const contactLines = ['电话回访，客户表示近期考虑', '到店看车，关注油耗与空间', '微信发送新车型资料', '邀约周末试驾', '客户询问置换政策', '提醒首保时间', '节日问候', '报价后客户称需与家人商量'];
const models = ['君威', '君越', '昂科威', '英朗', 'GL8', '凯迪拉克 CT5', '雪佛兰 迈锐宝'];
const BATCH = 500;
/** Prospects whose follow-up is this many days overdue are written as lost or churned. */
const STALE_PROSPECT_DAYS = 60;

/**
 * Writes a realistic store into an open archive: people and companies with valid IDs, mobiles,
 * credit codes, VINs and plates, about ten contacts per customer, service records, complaints
 * and consents. Deterministic for a given seed number. Bulk inserts go straight to the tables the
 * app reads, in batches of 500 customers per transaction.
 */
export function generateStore(db: Database.Database, o: GenerateOptions): GenerateResult {
  const r = new Random(o.seed);
  const counts = { customers: 0, vehicles: 0, contacts: 0 };
  const startNo = (db.prepare(`SELECT coalesce(max(id), 0) AS n FROM customers`).get() as { n: number }).n;
  const q = {
    customer: db.prepare(`INSERT INTO customers (archive_no, kind, name, gender, birth_date, id_type, id_number, address, region, credit_code, contact_person,
      source_channel, category, grade, owner_id, secrecy, loc_room, loc_cabinet, loc_shelf, loc_box, loc_folder, status, last_contact_at, next_contact_at,
      delivered_at, created_at, created_by, updated_at, updated_by)
      VALUES (@archiveNo, @kind, @name, @gender, @birthDate, @idType, @idNumber, @address, @region, @creditCode, @contactPerson, @source, @category, @grade,
      @ownerId, @secrecy, '档案室', @cabinet, @shelf, @box, @folder, 'active', @lastContactAt, @nextContactAt, @deliveredAt, @createdAt, @byUser, @createdAt, @byUser)`),
    phone: db.prepare('INSERT INTO customer_phones (customer_id, number, kind, position) VALUES (?, ?, ?, ?)'),
    vehicle: db.prepare(`INSERT INTO vehicles (vin, plate, brand, series, model, colour, purchase_date, price_cents, payment_method, delivery_date, customer_id, created_at, updated_at)
      VALUES (?, ?, '别克', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    owner: db.prepare('INSERT INTO vehicle_owners (vehicle_id, customer_id, from_at, reason, by_user) VALUES (?, ?, ?, ?, ?)'),
    contact: db.prepare('INSERT INTO contacts (customer_id, at, method, content, next_at, by_user) VALUES (?, ?, ?, ?, ?, ?)'),
    service: db.prepare(`INSERT INTO service_records (customer_id, vehicle_id, kind, date, mileage, items, cost_cents, technician, by_user) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    feedback: db.prepare(`INSERT INTO feedback (customer_id, kind, received_at, content, handling, result, closed_at, satisfaction, by_user) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    consent: db.prepare('INSERT INTO consents (customer_id, kind, given_at, channel, withdrawn_at, by_user) VALUES (?, ?, ?, ?, ?, ?)'),
    grade: db.prepare('INSERT INTO grade_history (customer_id, at, category, grade, reason, by_user) VALUES (?, ?, ?, ?, ?, ?)'),
    token: db.prepare('INSERT OR IGNORE INTO search_tokens (token, field, customer_id, status, secrecy, owner_id) VALUES (?, ?, ?, ?, ?, ?)'),
  };

  const writeOne = (i: number) => {
    const createdAt = new Date(o.now.getTime() - r.int(1, 6 * 365) * DAY - r.int(0, DAY));
    const isCompany = r.chance(0.08);
    let category = r.weighted(categoryMix);
    let grade = ['intent', 'key', 'potential'].includes(category) ? r.weighted(gradeMix) : null;
    const gender = r.chance(0.55) ? 'male' : 'female';
    const birth = new Date(Date.UTC(r.int(1955, 2004), r.int(0, 11), r.int(1, 28)));
    const org = isCompany ? company(r) : null;
    const name = org ? org.name : personName(r);
    const phones = [mobile(r), ...(r.chance(0.25) ? [mobile(r)] : [])];
    const contactCount = r.int(2, 18);
    let lastContact: Date | null = null;
    const contactTimes: Date[] = [];
    for (let k = 0; k < contactCount; k += 1) {
      const at = new Date(createdAt.getTime() + r.next() * (o.now.getTime() - createdAt.getTime()));
      contactTimes.push(at);
      if (!lastContact || at > lastContact) lastContact = at;
    }
    // Owners have their cars on file; most other files carry a current car too (service customers,
    // trade-ins): about 1.5 vehicles per customer, as in DESIGN §5's reference data.
    const hasCar = ['deal', 'owner', 'vip'].includes(category) || r.chance(0.7);
    const deliveredAt = hasCar ? new Date(createdAt.getTime() + r.int(1, 60) * DAY) : null;
    let due = followUpStatus({ grade, lastContactAt: lastContact?.toISOString() ?? null, since: createdAt.toISOString(), delivered: !!deliveredAt }, o.now).dueAt;
    // A real store does not keep prospects years overdue: after two months without the follow-up the
    // cadence asks for, the consultant marks them lost (战败) or churned (流失), which ends the cadence.
    let gaveUp: { at: Date; category: Category } | null = null;
    if (due && new Date(due).getTime() < o.now.getTime() - STALE_PROSPECT_DAYS * DAY) {
      gaveUp = { at: new Date(new Date(due).getTime() + STALE_PROSPECT_DAYS * DAY), category: r.chance(0.5) ? 'lost' : 'churned' };
      category = gaveUp.category;
      grade = null;
      due = null;
    }
    const seq = startNo + i + 1;
    const archiveNo = nextArchiveNo(db, DEFAULT_ARCHIVE_PATTERN, createdAt);
    const ownerId = r.pick(o.consultantIds);
    const secrecy = r.weighted([['normal', 96], ['secret', 3], ['confidential', 1]] as const);
    const info = q.customer.run({
      archiveNo,
      kind: isCompany ? 'company' : 'person',
      name,
      gender: isCompany ? null : gender,
      birthDate: isCompany ? null : birth.toISOString().slice(0, 10),
      idType: isCompany ? null : 'resident',
      idNumber: isCompany ? null : residentId(r, birth, gender),
      address: `${r.pick(['北京市朝阳区', '北京市海淀区', '上海市浦东新区', '深圳市南山区'])}${r.pick(['建国路', '中关村大街', '世纪大道', '科技园路'])}${r.int(1, 300)}号`,
      region: r.pick(['朝阳区', '海淀区', '东城区', '西城区', '丰台区', '通州区']),
      creditCode: org?.creditCode ?? null,
      contactPerson: org ? personName(r) : null,
      source: r.weighted(sources),
      category,
      grade,
      ownerId,
      secrecy,
      cabinet: r.pick(['A', 'B', 'C', 'D']),
      shelf: String(r.int(1, 6)),
      box: String(r.int(1, 40)),
      folder: String(r.int(1, 200)),
      lastContactAt: lastContact?.toISOString() ?? null,
      nextContactAt: due,
      deliveredAt: deliveredAt?.toISOString().slice(0, 10) ?? null,
      createdAt: createdAt.toISOString(),
      byUser: o.byUser,
    });
    const id = Number(info.lastInsertRowid);
    phones.forEach((p, k) => q.phone.run(id, p, 'mobile', k));
    if (gaveUp) {
      q.grade.run(id, createdAt.toISOString(), 'intent', null, '建档', o.byUser);
      q.grade.run(id, gaveUp.at.toISOString(), gaveUp.category, null, '长期未能跟进，客户已无购车意向', ownerId);
    } else {
      q.grade.run(id, createdAt.toISOString(), category, grade, '建档', o.byUser);
    }
    for (const at of contactTimes) {
      q.contact.run(id, at.toISOString(), r.pick(['phone', 'visit', 'wechat', 'sms']), r.pick(contactLines), null, r.pick(o.consultantIds));
    }
    counts.contacts += contactTimes.length;
    const vins: string[] = [];
    const plates: string[] = [];
    const cars = hasCar ? r.weighted([[1, 40], [2, 40], [3, 20]] as const) : 0;
    for (let k = 0; k < cars; k += 1) {
      const v = vin(r, seq * 3 + k);
      const p = plate(r);
      const purchase = deliveredAt ?? createdAt;
      const vehicleId = Number(
        q.vehicle.run(v, p, r.pick(models), r.pick(models), r.pick(['珍珠白', '曜石黑', '星河银', '宝石蓝']), purchase.toISOString().slice(0, 10), r.int(12, 45) * 1_000_000, r.pick(['cash', 'loan', 'lease']), purchase.toISOString().slice(0, 10), id, createdAt.toISOString(), createdAt.toISOString()).lastInsertRowid,
      );
      q.owner.run(vehicleId, id, purchase.toISOString(), '建档', o.byUser);
      const services = r.int(0, 4);
      for (let s = 0; s < services; s += 1) {
        q.service.run(id, vehicleId, s === 0 ? 'firstService' : r.pick(['maintenance', 'minorRepair', 'warranty', 'secondService']), new Date(purchase.getTime() + (s + 1) * 120 * DAY).toISOString().slice(0, 10), (s + 1) * r.int(4000, 9000), '机油机滤', r.int(300, 3000) * 100, r.pick(['李师傅', '王师傅', '赵师傅']), o.byUser);
      }
      vins.push(v);
      plates.push(p);
      counts.vehicles += 1;
    }
    if (r.chance(0.05)) {
      const received = new Date(createdAt.getTime() + r.int(1, 300) * DAY);
      const closed = r.chance(0.8) ? new Date(received.getTime() + r.int(1, 10) * DAY) : null;
      q.feedback.run(id, r.pick(['complaint', 'suggestion', 'praise']), received.toISOString(), '保养等待时间较长', closed ? '已安排专人跟进' : null, closed ? '客户接受' : null, closed?.toISOString() ?? null, closed ? r.int(3, 5) : null, o.byUser);
    }
    q.consent.run(id, 'contact', createdAt.toISOString(), 'paper', null, o.byUser);
    if (r.chance(0.6)) q.consent.run(id, 'marketing', createdAt.toISOString(), r.pick(['paper', 'wechat']), r.chance(0.1) ? o.now.toISOString() : null, o.byUser);
    for (const t of customerTokens({ name, contactPerson: null, archiveNo, phones, plates, vins })) {
      q.token.run(t.token, t.field, id, 'active', secrecy, ownerId);
    }
    counts.customers += 1;
  };

  for (let start = 0; start < o.customers; start += BATCH) {
    const end = Math.min(o.customers, start + BATCH);
    db.transaction(() => {
      for (let i = start; i < end; i += 1) writeOne(i);
    })();
    o.onProgress?.(end, o.customers);
  }
  return counts;
}
