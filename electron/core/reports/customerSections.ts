import type { CustomerCard, CustomerFile, MaskedPhone, PaperLocation, ServiceRecord } from '../../../shared/customers/customerTypes';
import type { Vehicle } from '../../../shared/vehicles/vehicleTypes';
import {
  attachmentKindLabels,
  categoryLabels,
  consentChannelLabels,
  consentKindLabels,
  contactMethodLabels,
  customerKindLabels,
  customerStatusLabels,
  feedbackKindLabels,
  genderLabels,
  gradeLabels,
  idTypeLabels,
  paymentMethodLabels,
  phoneKindLabels,
  secrecyLabels,
  serviceKindLabels,
  sourceChannelLabels,
} from '../../../shared/customers/vocabularyLabels';
import type { Content } from './docDefinition';
import { fieldGrid, note, orDash, recordTable, sectionTitle, yuan } from './documentBlocks';
import type { PrintTime } from './printTime';

/**
 * The sections of a customer file as printed, shared by the customer card and the personal
 * information copy. Values are printed as given: phones and ID numbers arrive masked unless the
 * caller revealed them (`Shown`).
 */

/** The personal data as it is to be printed: masked, or in full where revealed. */
export interface Shown {
  idNumber: string | null;
  phone(phone: MaskedPhone): string;
}

const missingFieldLabels: Record<string, string> = {
  phones: '电话',
  ownerId: '销售顾问',
  region: '区域',
  address: '地址',
  gender: '性别',
  idNumber: '证件号码',
  creditCode: '统一社会信用代码',
  contactPerson: '联系人',
};

export function paperLocationText(location: PaperLocation | null): string {
  if (!location) return '未登记';
  const { room, cabinet, shelf, box, folder } = location;
  return [room, cabinet && `${cabinet} 柜`, shelf && `${shelf} 架`, box && `${box} 盒`, folder && `${folder} 卷`].filter(Boolean).join(' ');
}

export function identitySection(file: CustomerFile, shown: Shown): Content[] {
  const pairs: Array<[string, Content]> = [
    ['档案编号', file.archiveNo],
    ['姓名/名称', { text: file.name, bold: true }],
    ['档案类型', customerKindLabels[file.kind].zh],
    ['状态', customerStatusLabels[file.status].zh],
  ];
  if (file.kind === 'person') {
    pairs.push(
      ['性别', file.gender ? genderLabels[file.gender].zh : orDash(null)],
      ['出生日期', orDash(file.birthDate)],
      ['证件类型', file.idType ? idTypeLabels[file.idType].zh : orDash(null)],
      ['证件号码', orDash(shown.idNumber)],
      ['职业', orDash(file.occupation)],
    );
  } else {
    pairs.push(['统一社会信用代码', orDash(file.creditCode)], ['法定代表人', orDash(file.legalRep)], ['联系人', orDash(file.contactPerson)]);
  }
  return [sectionTitle('身份信息'), fieldGrid(pairs)];
}

export function contactSection(file: CustomerFile, shown: Shown): Content[] {
  const phones: Array<[string, Content]> = file.phones.length
    ? file.phones.map((p, i) => [`${phoneKindLabels[p.kind].zh}${file.phones.length > 1 ? ` ${i + 1}` : ''}`, shown.phone(p)])
    : [['电话', orDash(null)]];
  return [
    sectionTitle('联系方式'),
    fieldGrid([...phones, ['微信', orDash(file.wechat)], ['电子邮箱', orDash(file.email)], ['区域', orDash(file.region)], ['地址', orDash(file.address)]]),
  ];
}

export function salesSection(file: CustomerFile, time: PrintTime): Content[] {
  const followUp =
    file.followUp.state === 'overdue'
      ? `跟进逾期 ${file.followUp.overdueDays} 天`
      : file.followUp.state === 'dueToday'
        ? '今日待跟进'
        : file.followUp.state === 'ok'
          ? `按期（下次 ${file.followUp.dueAt ? time.date(file.followUp.dueAt) : orDash(null)}）`
          : '无需跟进';
  return [
    sectionTitle('销售信息'),
    fieldGrid([
      ['客户来源', sourceChannelLabels[file.sourceChannel].zh],
      ['客户类别', categoryLabels[file.category].zh],
      ['意向等级', file.grade ? gradeLabels[file.grade].zh : orDash(null)],
      ['销售顾问', orDash(file.ownerName)],
      ['最近联系', file.lastContactAt ? time.dateTime(file.lastContactAt) : orDash(null)],
      ['跟进', `${followUp}${file.stale ? '；久未联系' : ''}`],
      ['建档时间', time.dateTime(file.createdAt)],
      ['最后更新', time.dateTime(file.updatedAt)],
    ]),
  ];
}

function vehicleName(v: Vehicle): string {
  return [v.brand, v.series, v.model].filter(Boolean).join(' ') || '车辆';
}

function serviceSummary(services: readonly ServiceRecord[], time: PrintTime): string {
  if (!services.length) return '无售后记录';
  const latest = [...services].sort((a, b) => b.date.localeCompare(a.date))[0]!;
  return `共 ${services.length} 次，最近一次 ${time.date(latest.date)} ${serviceKindLabels[latest.kind].zh}`;
}

/** 一车一档: each vehicle its own section, with its own service summary. */
export function vehicleSections(card: Pick<CustomerCard, 'vehicles' | 'services'>, time: PrintTime): Content[] {
  if (!card.vehicles.length) return [sectionTitle('车辆（一车一档）'), note('名下无车辆。')];
  return card.vehicles.flatMap((v, i) => [
    sectionTitle(`车辆 ${i + 1}（一车一档）：${vehicleName(v)}${v.plate ? ` · ${v.plate}` : ''}`),
    fieldGrid([
      ['车架号', v.vin],
      ['车牌', orDash(v.plate)],
      ['品牌/车系', orDash([v.brand, v.series].filter(Boolean).join(' '))],
      ['车型/配置', orDash([v.model, v.config].filter(Boolean).join(' '))],
      ['颜色', orDash(v.colour)],
      ['发动机号', orDash(v.engineNo)],
      ['排量', orDash(v.displacement)],
      ['购车日期', orDash(v.purchaseDate)],
      ['上牌日期', orDash(v.registrationDate)],
      ['交车日期', orDash(v.deliveryDate)],
      ['合同号', orDash(v.contractNo)],
      ['成交价', yuan(v.priceCents)],
      ['付款方式', v.paymentMethod ? paymentMethodLabels[v.paymentMethod].zh : orDash(null)],
      ['保险公司', orDash(v.insurer)],
      ['售后', serviceSummary(card.services.filter((s) => s.vehicleId === v.id), time)],
    ]),
  ]);
}

export function intentionsSection(card: Pick<CustomerCard, 'intentions'>, time: PrintTime): Content[] {
  const budget = (min: number | null, max: number | null) => (min === null && max === null ? orDash(null) : `${orDash(min)}–${orDash(max)} 万元`);
  return [
    sectionTitle('购车意向'),
    recordTable(
      [
        { header: '意向车型', width: 90, cell: (r) => r.model },
        { header: '预算', width: 70, cell: (r) => budget(r.budgetMin, r.budgetMax) },
        { header: '预计购车', width: 58, cell: (r) => orDash(r.expectedDate) },
        { header: '关注点', width: '*', cell: (r) => orDash(r.focus) },
        { header: '置换', width: 60, cell: (r) => orDash(r.tradeIn) },
        { header: '登记', width: 76, cell: (r) => `${time.date(r.createdAt)} ${r.byName}` },
      ],
      card.intentions,
      { empty: '无购车意向记录。' },
    ),
  ];
}

export function contactsSection(card: Pick<CustomerCard, 'contacts'>, time: PrintTime, title = '最近联系记录'): Content[] {
  return [
    sectionTitle(title),
    recordTable(
      [
        { header: '时间', width: 62, cell: (r) => time.dateTime(r.at) },
        { header: '方式', width: 34, cell: (r) => contactMethodLabels[r.method].zh },
        { header: '内容', width: '*', cell: (r) => r.content },
        { header: '客户反馈', width: 80, cell: (r) => orDash(r.feedback) },
        { header: '下一步', width: 80, cell: (r) => [r.nextStep, r.nextAt && time.date(r.nextAt)].filter(Boolean).join(' ') || orDash(null) },
        { header: '记录人', width: 42, cell: (r) => r.byName },
      ],
      card.contacts,
      { empty: '无联系记录。' },
    ),
  ];
}

export function servicesSection(card: Pick<CustomerCard, 'services' | 'vehicles'>, time: PrintTime): Content[] {
  const plate = (vehicleId: number | null) => {
    const v = card.vehicles.find((x) => x.id === vehicleId);
    return v ? (v.plate ?? v.vin.slice(-6)) : orDash(null);
  };
  return [
    sectionTitle('售后服务'),
    note(serviceSummary(card.services, time)),
    recordTable(
      [
        { header: '日期', width: 56, cell: (r) => time.date(r.date) },
        { header: '车辆', width: 58, cell: (r) => plate(r.vehicleId) },
        { header: '类型', width: 40, cell: (r) => serviceKindLabels[r.kind].zh },
        { header: '里程', width: 44, cell: (r) => (r.mileage === null ? orDash(null) : `${r.mileage} km`), alignment: 'right' },
        { header: '项目', width: '*', cell: (r) => r.items },
        { header: '费用', width: 60, cell: (r) => yuan(r.costCents), alignment: 'right' },
        { header: '技师', width: 42, cell: (r) => orDash(r.technician) },
      ],
      card.services,
      { empty: '无售后服务记录。' },
    ),
  ];
}

export function feedbackSection(card: Pick<CustomerCard, 'feedback'>, time: PrintTime): Content[] {
  return [
    sectionTitle('反馈投诉'),
    recordTable(
      [
        { header: '受理', width: 56, cell: (r) => time.date(r.receivedAt) },
        { header: '类型', width: 32, cell: (r) => feedbackKindLabels[r.kind].zh },
        { header: '内容', width: '*', cell: (r) => r.content },
        { header: '处理', width: 90, cell: (r) => orDash(r.handling) },
        { header: '结果', width: 70, cell: (r) => orDash(r.result) },
        { header: '结案', width: 56, cell: (r) => (r.closedAt ? time.date(r.closedAt) : '未结案') },
        { header: '满意度', width: 34, cell: (r) => orDash(r.satisfaction), alignment: 'center' },
      ],
      card.feedback,
      { empty: '无反馈投诉。' },
    ),
  ];
}

export function consentsSection(card: Pick<CustomerCard, 'consents'>, time: PrintTime): Content[] {
  return [
    sectionTitle('授权同意'),
    recordTable(
      [
        { header: '类型', width: 80, cell: (r) => consentKindLabels[r.kind].zh },
        { header: '时间', width: 66, cell: (r) => time.dateTime(r.givenAt) },
        { header: '方式', width: 70, cell: (r) => consentChannelLabels[r.channel].zh },
        { header: '状态', width: 80, cell: (r) => (r.withdrawnAt ? `已撤回 ${time.date(r.withdrawnAt)}` : '有效') },
        { header: '备注', width: '*', cell: (r) => orDash(r.note) },
      ],
      card.consents,
      { empty: '无授权同意记录。' },
    ),
  ];
}

export function archiveSection(card: Pick<CustomerCard, 'customer' | 'loanOut' | 'attachments'>, time: PrintTime): Content[] {
  const file = card.customer;
  const attachments = card.attachments.length
    ? Object.entries(
        card.attachments.reduce<Record<string, number>>((counts, a) => ({ ...counts, [attachmentKindLabels[a.kind].zh]: (counts[attachmentKindLabels[a.kind].zh] ?? 0) + 1 }), {}),
      )
        .map(([kind, n]) => `${kind} ${n}`)
        .join('、')
    : '无';
  return [
    sectionTitle('档案管理'),
    fieldGrid([
      ['密级', secrecyLabels[file.secrecy].zh],
      ['纸质档案位置', paperLocationText(file.location)],
      ['保管期限至', orDash(file.retentionUntil)],
      ['纸质档案', card.loanOut ? `已借出：${card.loanOut.holder}，应还 ${time.dateTime(card.loanOut.dueAt)}` : '在库'],
      ['附件', attachments],
      ['完整性', file.missing.length ? `缺少：${file.missing.map((m) => missingFieldLabels[m] ?? m).join('、')}` : '完整'],
      ['备注', orDash(file.note)],
    ]),
  ];
}
