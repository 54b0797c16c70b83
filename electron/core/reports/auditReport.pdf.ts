import { auditActionLabel } from '../../../shared/audit/auditActionLabels';
import type { AuditEntry, AuditVerifyResult } from '../../../shared/audit/auditEntry';
import type { Content } from './docDefinition';
import { documentTitle, fieldGrid, MARK_STYLE, note, orDash, recordTable, sectionTitle, unbroken, WIDE_SPACE } from './documentBlocks';
import { frameDocument, type PrintableDocument, type PrintFrame } from './documentFrame';
import { printTime } from './printTime';
import { anchorQrText, formatAnchor, type AuditAnchor } from '../../../shared/audit/auditAnchor';

export interface AuditReportPrint {
  /** The period the entries were chosen from (ISO). */
  period: { from: string; to: string };
  filter?: { actorName?: string; action?: string; targetType?: string; targetId?: string };
  entries: AuditEntry[];
  /** The chain's head when the report was printed: the anchor kept on paper. */
  anchor: AuditAnchor | null;
  /** The result of verifying the chain just before printing, if it was run. */
  verification?: AuditVerifyResult;
}

const targetTypes: Record<string, string> = { customer: '客户档案', vehicle: '车辆', user: '用户', loan: '借阅申请', attachment: '附件', settings: '设置', role: '权限' };

function anchorBlock(anchor: AuditAnchor | null): Content {
  if (!anchor) return note('审计日志尚无记录，没有可打印的锚点。');
  return {
    unbreakable: true,
    margin: [0, 0, 0, 8],
    table: {
      widths: ['*', 96],
      body: [
        [
          {
            stack: [
              { text: '审计链锚点（打印时的链头）', bold: true, margin: [0, 0, 0, 4] },
              { text: formatAnchor(anchor), fontSize: 18, bold: true, characterSpacing: 1, margin: [0, 0, 0, 6] },
              {
                text: '请将本页与此前打印的报告、备份清单中的锚点核对：链头序号只增不减，同一序号的哈希前 16 位应完全一致。系统的“按锚点核验”会指出第一条与锚点不符的记录。',
                fontSize: 9,
                color: '#444444',
                lineHeight: 1.4,
              },
            ],
          },
          { qr: anchorQrText(anchor), fit: 90, eccLevel: 'M', alignment: 'center' },
        ],
      ],
    },
    layout: { hLineWidth: () => 0.8, vLineWidth: (i) => (i === 1 ? 0 : 0.8), hLineColor: () => '#333333', vLineColor: () => '#333333', paddingLeft: () => 8, paddingRight: () => 8, paddingTop: () => 8, paddingBottom: () => 8 },
  };
}

function verificationText(result: AuditVerifyResult | undefined): Content | null {
  if (!result) return null;
  return result.ok
    ? note(`打印前校验：完整，共 ${result.checked} 条记录的哈希链无误。`)
    : { text: `打印前校验：第 ${result.brokenSeq} 条记录与哈希链不符（已核对 ${result.checked} 条），请立即报告客户信息主管。`, ...MARK_STYLE, margin: [0, 2, 0, 6] };
}

/** 审计日志报告: the entries of a period, with the chain's anchor printed to be kept and compared. */
export function auditReportDocument(data: AuditReportPrint, frame: PrintFrame): PrintableDocument {
  const time = printTime(frame.timeZone);
  const f = data.filter ?? {};
  const scope = [
    `期间 ${time.dateTime(data.period.from)} 至 ${time.dateTime(data.period.to)}`,
    f.actorName && `操作人：${f.actorName}`,
    f.action && `操作：${auditActionLabel(f.action)}`,
    f.targetType && `对象：${targetTypes[f.targetType] ?? f.targetType}${f.targetId ? ` #${f.targetId}` : ''}`,
  ]
    .filter(Boolean)
    .join(WIDE_SPACE);
  const verification = verificationText(data.verification);
  const content: Content[] = [
    documentTitle('审计日志报告', scope),
    anchorBlock(data.anchor),
    ...(verification ? [verification] : []),
    fieldGrid([
      ['记录数', String(data.entries.length)],
      ['序号范围', data.entries.length ? `#${Math.min(...data.entries.map((e) => e.seq))} – #${Math.max(...data.entries.map((e) => e.seq))}` : orDash(null)],
    ]),
    sectionTitle('记录'),
    recordTable(
      [
        { header: '序号', width: 38, cell: (e) => `#${e.seq}`, alignment: 'right' },
        { header: '时间', width: 72, cell: (e) => unbroken(time.dateTime(e.at)) },
        { header: '操作人', width: 46, cell: (e) => e.actorName },
        { header: '操作', width: 76, cell: (e) => auditActionLabel(e.action) },
        { header: '对象', width: 58, cell: (e) => (e.targetType ? `${targetTypes[e.targetType] ?? e.targetType}${e.targetId ? ` #${e.targetId}` : ''}` : orDash(null)) },
        { header: '摘要', width: '*', cell: (e) => e.summary },
        { header: '哈希', width: 40, cell: (e) => e.hash.slice(0, 8) },
      ],
      data.entries,
      { empty: '本期间没有审计记录。', fontSize: 8 },
    ),
  ];
  return frameDocument({ kind: 'auditReport', title: '审计日志报告', data, secrecy: 'normal', unmaskedPersonalData: false, content }, frame);
}
