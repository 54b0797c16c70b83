import { roleLabels } from '../../../shared/users/users';
import type { Role } from '../../../shared/roles/permissions';
import { secrecyLabels } from '../../../shared/customers/vocabularyLabels';
import { departmentLabels, loanKindLabels, loanStatusLabels } from '../../../shared/loans/loanLabels';
import type { LoanKind } from '../../../shared/loans/loanPolicy';
import type { LoanRequest } from '../../../shared/loans/loanTypes';
import { documentTitle, fieldGrid, note, orDash, recordTable, sectionTitle, signatureLines } from './documentBlocks';
import { frameDocument, type PrintableDocument, type PrintFrame } from './documentFrame';
import { durationText, minutesBetween } from './loanPeriods';
import { printTime } from './printTime';

/** One approval as recorded (the approver signed in the app with their own password). */
export interface LoanApprovalRecord {
  name: string;
  role: Role | null;
  at: string;
  approved: boolean;
  note: string | null;
}

export interface LoanRequestPrint {
  request: LoanRequest;
  /** The rule in force for the request's level and kind (loanPolicy.decideLoan). */
  rule: { maxMinutes: number; approverRoles: Role[]; archiveRoomOnly: boolean };
  /** Defaults to the request's own decision, when it has one. */
  approvals?: LoanApprovalRecord[];
}

export const loanFormTitles: Record<LoanKind, string> = {
  view: '查阅申请审批表',
  checkout: '借阅（外借）申请审批表',
  copy: '复制申请审批表',
};

/** Who signs the paper form (汽修客户信息管理制度 第18、19、23条). */
const signers: Record<LoanKind, string[]> = {
  view: ['申请人', '所在部门负责人', '客户服务部审核人'],
  checkout: ['申请人', '所在部门负责人', '审批人', '档案管理员（交付）', '档案管理员（归还注销）'],
  copy: ['申请人', '所在部门负责人', '审批人', '档案管理员（复制）'],
};

const ruleNotes: Record<LoanKind, string> = {
  view: '查阅须提交申请，写明查阅对象、目的和理由，由所在部门负责人签字，经客户服务部审核批准（第18条）。',
  checkout: '借阅须经审批，并在客户资料外借登记册上登记资料名称、份数、借阅时间和理由并签字；借阅时间不得超过三天，归还时在登记册上注销（第19、20条）。',
  copy: '重要文件资料非经总经理或客户信息主管批准，不得复制和摘抄（第23条）。',
};

function approvalsOf(data: LoanRequestPrint): LoanApprovalRecord[] {
  if (data.approvals) return data.approvals;
  const r = data.request;
  if (!r.deciderName || !r.decidedAt) return [];
  return [{ name: r.deciderName, role: null, at: r.decidedAt, approved: r.status !== 'rejected', note: r.decisionNote }];
}

/** 借阅/查阅/复制申请审批表: the request, the rule it falls under, the approvals, and lines to countersign. */
export function loanRequestDocument(data: LoanRequestPrint, frame: PrintFrame): PrintableDocument {
  const { request: r, rule } = data;
  const time = printTime(frame.timeZone);
  const title = loanFormTitles[r.kind];
  const approvers = rule.approverRoles.map((role) => roleLabels[role].zh).join(' 或 ') || orDash(null);
  const content = [
    documentTitle(title, `申请编号 #${r.id}`),
    sectionTitle('申请'),
    fieldGrid([
      ['申请编号', `#${r.id}`],
      ['申请类型', loanKindLabels[r.kind].zh],
      ['申请人', r.requesterName],
      ['申请部门', departmentLabels[r.department].zh],
      ['申请时间', time.dateTime(r.createdAt)],
      ['状态', loanStatusLabels[r.status].zh],
      ['期限', `${time.dateTime(r.startAt)} 至 ${time.dateTime(r.endAt)}`],
      ['时长', durationText(minutesBetween(r.startAt, r.endAt))],
      ['用途', r.purpose],
      ['密级', secrecyLabels[r.level].zh],
    ]),
    fieldGrid([['事由', r.reason]], 1),
    sectionTitle(`档案清单（共 ${r.files.length} 份）`),
    recordTable(
      [
        { header: '序号', width: 30, cell: (_f, i) => String(i + 1), alignment: 'center' },
        { header: '档案编号', width: 100, cell: (f) => f.archiveNo },
        { header: '客户姓名/名称', width: '*', cell: (f) => orDash(f.name) },
        { header: '份数', width: 40, cell: () => '1', alignment: 'center' },
      ],
      r.files,
    ),
    sectionTitle('借阅规定'),
    fieldGrid([
      ['最高密级', secrecyLabels[r.level].zh],
      ['最长期限', durationText(rule.maxMinutes)],
      ['审批岗位', approvers],
      ['查阅地点', rule.archiveRoomOnly ? '只能在档案室内查阅，不得带出' : '不限'],
    ]),
    note(ruleNotes[r.kind]),
    sectionTitle('审批记录'),
    recordTable(
      [
        { header: '审批人', width: 70, cell: (a) => a.name },
        { header: '岗位', width: 80, cell: (a) => (a.role ? roleLabels[a.role].zh : orDash(null)) },
        { header: '时间', width: 90, cell: (a) => time.dateTime(a.at) },
        { header: '结论', width: 40, cell: (a) => (a.approved ? '同意' : '驳回'), alignment: 'center' },
        { header: '意见', width: '*', cell: (a) => orDash(a.note) },
      ],
      approvalsOf(data),
      { empty: '尚未审批。' },
    ),
    ...(r.kind === 'checkout'
      ? [
          sectionTitle('交付与归还'),
          fieldGrid([
            ['交付时间', r.checkedOutAt ? time.dateTime(r.checkedOutAt) : '未交付'],
            ['归还时间', r.returnedAt ? time.dateTime(r.returnedAt) : '未归还'],
            ['归还状况', orDash(r.conditionNote)],
            ['逾期', r.overdue ? '是' : '否'],
          ]),
        ]
      : []),
    signatureLines(signers[r.kind], '签字'),
  ];
  return frameDocument({ kind: 'loanRequest', title, data, secrecy: r.level, unmaskedPersonalData: false, content }, frame);
}
