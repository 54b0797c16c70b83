import type { CustomerCard } from '../../../shared/customers/customerTypes';
import { attachmentKindLabels, categoryLabels, gradeLabels } from '../../../shared/customers/vocabularyLabels';
import type { Content } from './docDefinition';
import { documentTitle, fieldGrid, note, orDash, recordTable, sectionTitle, DATE_TO_FILL, INDENT } from './documentBlocks';
import { frameDocument, type PrintableDocument, type PrintFrame } from './documentFrame';
import {
  archiveSection,
  consentsSection,
  contactSection,
  contactsSection,
  feedbackSection,
  identitySection,
  intentionsSection,
  salesSection,
  servicesSection,
  vehicleSections,
} from './customerSections';
import { printTime } from './printTime';

export interface PersonalInfoCopyPrint {
  /** Everything held about the customer: every record, not only the first page of each. */
  card: CustomerCard;
  /** The full values, unmasked: this copy is for the person themself. */
  full: { idNumber: string | null; phones: Record<number, string> };
  /** When and how the person asked (个人信息保护法 第四十五条). */
  request?: { at: string; note?: string | null };
}

/** 个人信息副本: everything the store holds about one person, unmasked and watermarked (PIPL art. 45). */
export function personalInfoCopyDocument(data: PersonalInfoCopyPrint, frame: PrintFrame): PrintableDocument {
  const { card, full } = data;
  const file = card.customer;
  const time = printTime(frame.timeZone);
  const shown = { idNumber: full.idNumber ?? file.idNumberMasked, phone: (p: { id: number; masked: string }) => full.phones[p.id] ?? p.masked };
  const content: Content[] = [
    documentTitle('个人信息副本', `${file.name} · ${file.archiveNo}`),
    {
      text:
        `${INDENT}依据《中华人民共和国个人信息保护法》第四十五条，应本人请求，${frame.storeName}提供其处理的 ${file.name} 的全部个人信息副本如下。` +
        '本副本含完整的证件号码与电话，仅交本人签收，请妥善保管。',
      lineHeight: 1.5,
      preserveLeadingSpaces: true,
      margin: [0, 0, 0, 6],
    },
    fieldGrid([
      ['个人信息处理者', frame.storeName],
      ['请求时间', data.request ? time.dateTime(data.request.at) : orDash(null)],
      ['处理目的', '购车服务、售后服务与客户回访；依法保存交易与服务记录'],
      ['保存期限', file.retentionUntil ? `至 ${file.retentionUntil}` : '依法定期限'],
      ...(data.request?.note ? ([['请求说明', data.request.note]] as Array<[string, Content]>) : []),
    ]),
    ...identitySection(file, shown),
    ...contactSection(file, shown),
    ...salesSection(file, time),
    ...vehicleSections(card, time),
    ...intentionsSection(card, time),
    ...contactsSection(card, time, '联系记录'),
    ...servicesSection(card, time),
    ...feedbackSection(card, time),
    ...consentsSection(card, time),
    sectionTitle('附件'),
    recordTable(
      [
        { header: '类型', width: 70, cell: (a) => attachmentKindLabels[a.kind].zh },
        { header: '文件名', width: '*', cell: (a) => a.fileName },
        { header: '大小', width: 60, cell: (a) => `${Math.max(1, Math.round(a.size / 1024))} KB`, alignment: 'right' },
        { header: '上传时间', width: 80, cell: (a) => time.dateTime(a.createdAt) },
      ],
      card.attachments,
      { empty: '无附件。' },
    ),
    sectionTitle('类别与等级变更'),
    recordTable(
      [
        { header: '时间', width: 80, cell: (g) => time.dateTime(g.at) },
        { header: '类别', width: 60, cell: (g) => categoryLabels[g.category].zh },
        { header: '意向等级', width: 70, cell: (g) => (g.grade ? gradeLabels[g.grade].zh : orDash(null)) },
        { header: '原因', width: '*', cell: (g) => g.reason },
        { header: '操作人', width: 50, cell: (g) => g.byName },
      ],
      card.grades,
      { empty: '无变更记录。' },
    ),
    sectionTitle('纸质档案位置变更'),
    recordTable(
      [
        { header: '时间', width: 80, cell: (l) => time.dateTime(l.at) },
        { header: '位置', width: '*', cell: (l) => (l.reason ? `${l.text}（${l.reason}）` : l.text) },
        { header: '操作人', width: 50, cell: (l) => l.byName },
      ],
      card.locations,
      { empty: '无变更记录。' },
    ),
    ...archiveSection(card, time),
    note('如发现信息不准确或不完整，本人有权请求更正、补充；如需删除，请向本店提出申请（个人信息保护法 第四十六、四十七条）。'),
    {
      margin: [0, 16, 0, 0],
      columns: [
        { text: '本人签收：', width: '*' },
        { text: DATE_TO_FILL, width: 160 },
      ],
    },
  ];
  return frameDocument({ kind: 'personalInfoCopy', title: '个人信息副本', data, secrecy: file.secrecy, unmaskedPersonalData: true, content }, frame);
}
