import { roleLabels } from '../../../shared/users/users';
import { KedangError } from '../../../shared/contract/errors';
import { departmentLabels, loanKindLabels, reminderStageLabels } from '../../../shared/loans/loanLabels';
import { departmentHeads } from '../../../shared/loans/loanPolicy';
import { defaultLoanSettings, type LoanRequest, type LoanSettings } from '../../../shared/loans/loanTypes';
import { documentTitle, fieldGrid, MARK_STYLE, orDash, recordTable, sectionTitle, signatureLines, INDENT } from './documentBlocks';
import { frameDocument, type PrintableDocument, type PrintFrame } from './documentFrame';
import { durationText, minutesBetween } from './loanPeriods';
import { printTime } from './printTime';

export interface LoanReminderPrint {
  request: LoanRequest;
  /** Which notice; defaults to the request's own reminderStage. */
  stage?: 1 | 2;
  settings?: LoanSettings;
}

/** 催还通知: the first or second overdue notice for files still out (第19、20条). */
export function loanReminderDocument(data: LoanReminderPrint, frame: PrintFrame): PrintableDocument {
  const r = data.request;
  const stage = data.stage ?? r.reminderStage;
  if (r.status !== 'checkedOut' || (stage !== 1 && stage !== 2)) {
    throw new KedangError('LOAN_WRONG_STATE', `Request ${r.id} has no overdue notice to print (status ${r.status}, stage ${stage})`);
  }
  const settings = data.settings ?? defaultLoanSettings;
  const time = printTime(frame.timeZone);
  const stageName = reminderStageLabels[String(stage) as '1' | '2'].zh;
  const lateMinutes = minutesBetween(r.endAt, frame.printedAt);
  const late = lateMinutes > 0 ? `已逾期 ${durationText(lateMinutes)}` : '已到期';
  const heads = departmentHeads[r.department].map((role) => roleLabels[role].zh).join('、');
  const body =
    `${r.requesterName}（${departmentLabels[r.department].zh}）：\n` +
    `${INDENT}您于 ${r.checkedOutAt ? time.dateTime(r.checkedOutAt) : time.dateTime(r.startAt)} ${loanKindLabels[r.kind].zh}的下列客户档案，按申请 #${r.id} 应于 ` +
    `${time.dateTime(r.endAt)} 前归还，截至 ${time.dateTime(frame.printedAt)} ${late}。根据本店《客户信息管理制度》第十九条，客户资料借阅时间不得超过三天；` +
    `第二十条，归还时须在客户资料外借登记册上注销。请于收到本通知后立即将档案完好归还档案室。`;
  const second =
    `${INDENT}这是第二次催还。请于今日内归还${settings.blockWhenOverdue ? '；档案归还之前，您不能提出新的借阅申请' : ''}。本通知同时抄送您的部门负责人（${heads}）。` +
    '如档案遗失或损坏，请立即报告客户信息主管及客户服务部经理（第27条）。';
  const content = [
    documentTitle('档案催还通知', stageName),
    { text: body, lineHeight: 1.6, preserveLeadingSpaces: true, margin: [0, 0, 0, 6] as [number, number, number, number] },
    ...(stage === 2 ? [{ text: second, lineHeight: 1.6, preserveLeadingSpaces: true, ...MARK_STYLE, margin: [0, 0, 0, 6] as [number, number, number, number] }] : []),
    sectionTitle('借出档案'),
    recordTable(
      [
        { header: '序号', width: 30, cell: (_f, i) => String(i + 1), alignment: 'center' },
        { header: '档案编号', width: 100, cell: (f) => f.archiveNo },
        { header: '客户姓名/名称', width: '*', cell: (f) => orDash(f.name) },
      ],
      r.files,
    ),
    fieldGrid([
      ['申请编号', `#${r.id}`],
      ['用途', r.purpose],
      ['应还时间', time.dateTime(r.endAt)],
      ['逾期', late],
      ['催还', `${stageName}（逾期 ${stage === 1 ? settings.firstReminderHours : settings.secondReminderHours} 小时起）`],
      ['签发', frame.printedBy],
    ]),
    signatureLines(stage === 2 ? ['档案管理员（签发）', '借阅人（签收）', '部门负责人（签收）'] : ['档案管理员（签发）', '借阅人（签收）']),
  ];
  return frameDocument({ kind: 'loanReminder', title: `催还通知（${stageName}）`, data, secrecy: r.level, unmaskedPersonalData: false, content }, frame);
}
