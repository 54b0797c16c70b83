import { categoryLabels, customerStatusLabels } from '../../../shared/customers/vocabularyLabels';
import { lifecycleKindLabels, lifecycleStatusLabels, retentionRuleLabels, type LifecycleRequest } from '../../../shared/lifecycle/lifecycleTypes';
import { roleLabels } from '../../../shared/users/users';
import { documentTitle, fieldGrid, INDENT, MARK_STYLE, note, orDash, recordTable, sectionTitle, signatureLines } from './documentBlocks';
import { frameDocument, type PrintableDocument, type PrintFrame } from './documentFrame';
import { printTime } from './printTime';

export interface LifecycleRecordPrint {
  request: LifecycleRequest;
}

function approvalsOf(r: LifecycleRequest) {
  return (r.approval?.steps ?? []).map((s) => ({
    who: s.decidedByName ? (s.delegation ? `${s.decidedByName}（受 ${s.delegation.delegatorName} 委托）` : s.decidedByName) : null,
    role: s.roles.map((role) => roleLabels[role].zh).join('/'),
    at: s.decidedAt,
    status: s.status,
    note: s.note,
  }));
}

const stepStatus = { waiting: '待签', approved: '同意', rejected: '驳回', skipped: '免签' } as const;

const notCarriedOut = { submitted: '本申请待审批，尚未执行', approved: '本申请已批准，尚未执行', rejected: '本申请已驳回，不予执行', cancelled: '本申请已撤销，不予执行' } as const;

function itemsTable(r: LifecycleRequest, time: ReturnType<typeof printTime>) {
  return recordTable(
    [
      { header: '序号', width: 30, cell: (_i, n) => String(n + 1), alignment: 'center' },
      { header: '档案编号', width: 96, cell: (i) => i.archiveNo },
      { header: '原类别', width: 56, cell: (i) => categoryLabels[i.categoryBefore].zh },
      { header: '原状态', width: 44, cell: (i) => customerStatusLabels[i.statusBefore].zh },
      { header: '建档日期', width: 64, cell: (i) => time.date(i.fileCreatedAt) },
      { header: '依据', width: '*', cell: (i) => (i.rule ? retentionRuleLabels[i.rule].zh : orDash(null)) },
    ],
    r.items,
  );
}

/**
 * 清理记录 / 销毁记录: the permanent record of an executed request (客户信息管理办法 第十一条;
 * 汽修客户信息管理制度 八). Files by archive number only: their personal data is gone.
 * Before the request is carried out the same sheet is its 申请审批表, for the paper countersign:
 * it says nothing was deleted yet, and has no place for the executor or the backups.
 */
export function lifecycleRecordDocument(data: LifecycleRecordPrint, frame: PrintFrame): PrintableDocument {
  const r = data.request;
  const time = printTime(frame.timeZone);
  const kind = lifecycleKindLabels[r.kind].zh;
  const executed = r.status === 'executed';
  const title = executed ? `客户档案${kind}记录` : `客户档案${kind}申请审批表`;
  const content = [
    documentTitle(title, `申请编号 #${r.id}`),
    fieldGrid([
      ['申请编号', `#${r.id}`],
      ['类型', kind],
      ['申请人', r.requesterName],
      ['申请时间', time.dateTime(r.createdAt)],
      ['状态', lifecycleStatusLabels[r.status].zh],
      ['档案数', `${r.items.length} 份`],
      ['执行人', orDash(r.executedByName)],
      ['执行时间', r.executedAt ? time.dateTime(r.executedAt) : '未执行'],
    ]),
    fieldGrid([['事由', r.reason]], 1),
    sectionTitle(`${kind}的档案（共 ${r.items.length} 份）`),
    itemsTable(r, time),
    sectionTitle('审批'),
    recordTable(
      [
        { header: '审批岗位', width: 90, cell: (a) => a.role },
        { header: '审批人', width: 100, cell: (a) => orDash(a.who) },
        { header: '时间', width: 90, cell: (a) => (a.at ? time.dateTime(a.at) : orDash(null)) },
        { header: '结论', width: 40, cell: (a) => stepStatus[a.status], alignment: 'center' },
        { header: '意见', width: '*', cell: (a) => orDash(a.note) },
      ],
      approvalsOf(r),
      { empty: '无审批记录。' },
    ),
    ...(r.kind === 'destruction'
      ? [
          sectionTitle('纸质档案销毁'),
          fieldGrid([
            ['销毁时间', r.shreddedAt ? time.dateTime(r.shreddedAt) : '尚未确认'],
            ['执行人', orDash(r.shreddedByName)],
            ['监销人', orDash(r.witnessName)],
            ['方式', '碎纸机粉碎（不得作为废品出售）'],
          ]),
        ]
      : []),
    ...(executed
      ? [
          sectionTitle('仍含这些数据的备份'),
          r.backupsHolding.length
            ? recordTable(
                [
                  { header: '备份时间', width: 100, cell: (b) => time.dateTime(b.at) },
                  { header: '位置', width: '*', cell: (b) => b.path },
                ],
                r.backupsHolding,
              )
            : note('执行时没有仍保留的已校验备份。'),
          note(`${INDENT}电子档案中的个人信息已于执行时删除并覆写；上列备份在轮换删除之前仍含这些数据，删除后本次${kind}方告完成。本记录永久保存。`, { margin: [0, 4, 0, 0] }),
          signatureLines(r.kind === 'destruction' ? ['申请人', '审批人', '执行人', '监销人'] : ['申请人', '审批人', '执行人']),
        ]
      : [
          note(`${INDENT}${notCarriedOut[r.status as Exclude<LifecycleRequest['status'], 'executed'>]}：上列档案的电子与纸质信息均未删除。${r.status === 'submitted' || r.status === 'approved' ? `执行后另行打印${kind}记录存档。` : ''}`, { margin: [0, 8, 0, 0] }),
          signatureLines(['申请人', '审批人']),
        ]),
  ];
  return frameDocument({ kind: 'lifecycleRecord', title, data, secrecy: 'normal', unmaskedPersonalData: false, content }, frame);
}

/** 销毁证明: one page that the files were destroyed, electronic and paper, signed by all four. */
export function destructionCertificateDocument(data: LifecycleRecordPrint, frame: PrintFrame): PrintableDocument {
  const r = data.request;
  const time = printTime(frame.timeZone);
  const approver = approvalsOf(r)
    .filter((a) => a.status === 'approved')
    .map((a) => a.who)
    .join('、');
  const numbers = r.items.map((i) => i.archiveNo);
  const body =
    `${INDENT}经 ${orDash(approver)} 批准（销毁申请 #${r.id}），下列 ${r.items.length} 份客户档案已于 ${r.executedAt ? time.dateTime(r.executedAt) : '（未执行）'} ` +
    `删除电子档案中的全部个人信息，纸质档案已于 ${r.shreddedAt ? time.dateTime(r.shreddedAt) : '（尚未确认）'} 由 ${orDash(r.shreddedByName)} 在 ${orDash(r.witnessName)} 监督下用碎纸机粉碎，` +
    '未作为废品出售（汽修客户信息管理制度 篇三 第25条）。特此证明。';
  const content = [
    documentTitle('客户档案销毁证明', `销毁申请 #${r.id}`),
    { text: body, lineHeight: 1.7, preserveLeadingSpaces: true, margin: [0, 0, 0, 8] as [number, number, number, number] },
    fieldGrid([['档案编号', numbers.join('、')]], 1),
    fieldGrid([['事由', r.reason]], 1),
    ...(r.shreddedAt ? [] : [note('纸质档案的粉碎尚未确认：确认后请重新打印本证明。', MARK_STYLE)]),
    signatureLines(['审批人', '执行人（电子）', '执行人（纸质粉碎）', '监销人']),
  ];
  return frameDocument({ kind: 'destructionCertificate', title: '客户档案销毁证明', data, secrecy: 'normal', unmaskedPersonalData: false, content }, frame);
}
