import { stepKindLabels } from '../../../shared/approvals/approvalTypes';
import type { SecrecyLevel } from '../../../shared/customers/vocabularies';
import { mergeFieldLabels, mergeStatusLabels, type MergeField, type MergeView } from '../../../shared/merges/mergeTypes';
import { roleLabels } from '../../../shared/users/users';
import { documentTitle, fieldGrid, note, orDash, recordTable, sectionTitle, signatureLines } from './documentBlocks';
import { frameDocument, type PrintableDocument, type PrintFrame } from './documentFrame';
import { printTime } from './printTime';

/** 合并记录: what was merged into what, on whose word, what moved, and whether it was undone. No field values: only which file each came from. */
export interface MergeRecordPrint {
  merge: MergeView;
  /** The higher secrecy of the two files: the record carries the marking of what it is about. */
  secrecy: SecrecyLevel;
}

/** Table names of the records that move, as the record names them. */
const recordNames: Record<string, string> = {
  vehicles: '车辆',
  vehicle_owners: '车辆归属记录',
  contacts: '沟通记录',
  service_records: '维修保养',
  feedback: '反馈投诉',
  attachments: '附件',
  intentions: '购车意向',
  consents: '授权同意',
  grade_history: '分级记录',
  location_history: '档案位置记录',
  customer_phones: '电话',
};

const rule =
  '依《客户信息管理办法》第十条：每月查重；发现重复信息时由相关负责人协调，由主要跟进销售顾问负责核实，将有效信息合并，确保客户信息唯一、准确。合并后保留档案编号不变的一份为存续档案，另一份注明“已并入”；30 天内可撤销合并，恢复两份档案原状。';

export function mergeRecordDocument(data: MergeRecordPrint, frame: PrintFrame): PrintableDocument {
  const m = data.merge;
  const time = printTime(frame.timeZone);
  const title = '合并记录';
  const fields = (Object.keys(m.choices) as MergeField[]).map((field) => ({ field, side: m.choices[field]! }));
  const moved = Object.entries(m.moved).map(([table, count]) => ({ table, count }));
  const steps = m.approval?.steps ?? [];
  const content = [
    documentTitle(title, `合并编号 #${m.id}`),
    sectionTitle('合并'),
    fieldGrid([
      ['存续档案', `${m.survivor.archiveNo}  ${orDash(m.survivor.name)}`],
      ['并入档案', `${m.merged.archiveNo}  ${orDash(m.merged.name)}`],
      ['申请人', m.requestedByName],
      ['申请时间', time.dateTime(m.requestedAt)],
      ['状态', mergeStatusLabels[m.status].zh],
      ['合并时间', m.mergedAt ? time.dateTime(m.mergedAt) : '未合并'],
      ['跟进顾问', m.follower?.name ?? `${m.requestedByName}（申请人本人）`],
      ['撤销', m.undoneAt ? `${time.dateTime(m.undoneAt)} 由 ${orDash(m.undoneByName)} 撤销` : m.undoUntil ? `可撤销至 ${time.dateTime(m.undoUntil)}` : '—'],
    ]),
    fieldGrid([['合并理由', m.reason]], 1),
    sectionTitle('字段取舍'),
    recordTable(
      [
        { header: '字段', width: 140, cell: (f) => mergeFieldLabels[f.field].zh },
        { header: '取自', width: '*', cell: (f) => (f.side === 'merged' ? `${m.merged.archiveNo}（并入档案）` : `${m.survivor.archiveNo}（存续档案）`) },
      ],
      fields,
      { empty: '两份档案的字段一致，无需取舍。' },
    ),
    note('电话取两份档案之并集（相同号码只保留一个）；密级取两者中较高者。'),
    sectionTitle('移入存续档案的记录'),
    recordTable(
      [
        { header: '记录', width: 140, cell: (r) => recordNames[r.table] ?? r.table },
        { header: '条数', width: 60, cell: (r) => String(r.count), alignment: 'right' },
      ],
      moved,
      { empty: m.status === 'pending' ? '尚未合并。' : '无记录移动。' },
    ),
    sectionTitle('核实与审批'),
    recordTable(
      [
        { header: '步骤', width: 90, cell: (s) => stepKindLabels[s.kind].zh },
        { header: '岗位', width: 70, cell: (s) => s.roles.map((r) => roleLabels[r].zh).join('/') },
        { header: '签字人', width: 80, cell: (s) => (s.delegation ? `${s.decidedByName ?? ''}（受 ${s.delegation.delegatorName} 委托）` : orDash(s.decidedByName)) },
        { header: '时间', width: 90, cell: (s) => (s.decidedAt ? time.dateTime(s.decidedAt) : '—') },
        { header: '结论', width: 40, cell: (s) => (s.status === 'approved' ? '同意' : s.status === 'rejected' ? '驳回' : s.status === 'skipped' ? '免签' : '待签'), alignment: 'center' },
        { header: '意见', width: '*', cell: (s) => orDash(s.note) },
      ],
      steps,
      { empty: '无审批记录。' },
    ),
    note(rule),
    signatureLines(['申请人', '跟进销售顾问（核实）', '销售经理（批准）', '档案管理员（纸质档案归并）'], '签字'),
  ];
  return frameDocument({ kind: 'mergeRecord', title, data, secrecy: data.secrecy, unmaskedPersonalData: false, content }, frame);
}
