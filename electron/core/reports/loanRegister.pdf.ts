import { secrecyLabels } from '../../../shared/customers/vocabularyLabels';
import { departmentLabels, loanKindLabels, loanStatusLabels, reminderStageLabels } from '../../../shared/loans/loanLabels';
import type { LoanKind } from '../../../shared/loans/loanPolicy';
import type { LoanRequest, LoanStatus } from '../../../shared/loans/loanTypes';
import { documentTitle, MARK_STYLE, note, orDash, OVERDUE_FILL, recordTable, unbroken, WIDE_SPACE } from './documentBlocks';
import { frameDocument, strictest, type PrintableDocument, type PrintFrame } from './documentFrame';
import { durationText, minutesBetween } from './loanPeriods';
import { printTime } from './printTime';

export type RegisterView = 'all' | 'out' | 'overdue' | 'history';

export interface LoanRegisterPrint {
  /** The period the register covers (ISO instants or dates). */
  period: { from: string; to: string };
  /** How the requests were chosen, printed under the title. */
  filter?: { view?: RegisterView; status?: LoanStatus; kind?: LoanKind; requesterName?: string };
  requests: LoanRequest[];
}

const viewNames: Record<RegisterView, string> = { all: '全部', out: '借出中', overdue: '逾期', history: '历史' };

/** One printed line per file lent: the register lists 资料名称 and 份数 (第19条). */
interface Line {
  request: LoanRequest;
  file: LoanRequest['files'][number];
}

function filterText(print: LoanRegisterPrint, time: ReturnType<typeof printTime>): string {
  const f = print.filter ?? {};
  const parts = [
    `期间 ${time.date(print.period.from)} 至 ${time.date(print.period.to)}`,
    `范围：${viewNames[f.view ?? 'all']}`,
    f.status && `状态：${loanStatusLabels[f.status].zh}`,
    f.kind && `类型：${loanKindLabels[f.kind].zh}`,
    f.requesterName && `借阅人：${f.requesterName}`,
  ];
  return parts.filter(Boolean).join(WIDE_SPACE);
}

/** 外借登记册: every file lent in the period, overdue lines highlighted (第19、20条). */
export function loanRegisterDocument(data: LoanRegisterPrint, frame: PrintFrame): PrintableDocument {
  const time = printTime(frame.timeZone);
  const lines: Line[] = data.requests.flatMap((request) => request.files.map((file) => ({ request, file })));
  const out = data.requests.filter((r) => r.status === 'checkedOut').length;
  const overdue = data.requests.filter((r) => r.overdue).length;
  const returned = data.requests.filter((r) => r.status === 'returned').length;
  const overdueText = (r: LoanRequest) => {
    if (!r.overdue) return r.returnedAt && r.returnedAt > r.endAt ? `逾期归还 ${durationText(minutesBetween(r.endAt, r.returnedAt))}` : '';
    const minutes = minutesBetween(r.endAt, frame.printedAt);
    const late = minutes > 0 ? `逾期 ${durationText(minutes)}` : '逾期';
    return r.reminderStage ? `${late}，${reminderStageLabels[String(r.reminderStage) as '1' | '2'].zh}` : late;
  };
  const content = [
    documentTitle('客户资料外借登记册', filterText(data, time)),
    note(`共 ${data.requests.length} 份申请、${lines.length} 份档案；借出中 ${out}，逾期 ${overdue}，已归还 ${returned}。逾期的行以底色标出。`, { margin: [0, 0, 0, 6] }),
    recordTable<Line>(
      [
        { header: '序号', width: 28, cell: (_l, i) => String(i + 1), alignment: 'right' },
        { header: '申请', width: 34, cell: (l) => `#${l.request.id}` },
        { header: '档案编号', width: 70, cell: (l) => l.file.archiveNo },
        { header: '客户', width: 52, cell: (l) => orDash(l.file.name) },
        // Pairs that are read together share a cell (one word to lay out, not two).
        { header: '类型·密级', width: 50, cell: (l) => `${loanKindLabels[l.request.kind].zh}·${secrecyLabels[l.request.level].zh}` },
        { header: '借阅人（部门）', width: 96, cell: (l) => `${l.request.requesterName}（${departmentLabels[l.request.department].zh}）` },
        { header: '借出', width: 64, cell: (l) => (l.request.checkedOutAt ? unbroken(time.dateTime(l.request.checkedOutAt)) : orDash(null)) },
        { header: '应还', width: 64, cell: (l) => unbroken(time.dateTime(l.request.endAt)) },
        { header: '归还', width: 64, cell: (l) => (l.request.returnedAt ? unbroken(time.dateTime(l.request.returnedAt)) : orDash(null)) },
        { header: '状态', width: 36, cell: (l) => (l.request.overdue ? { text: '逾期', ...MARK_STYLE } : loanStatusLabels[l.request.status].zh) },
        { header: '逾期与催还', width: '*', cell: (l) => overdueText(l.request) },
      ],
      lines,
      { empty: '本期间没有外借记录。', fontSize: 8, dense: true, rowStyle: (l) => (l.request.overdue ? { fillColor: OVERDUE_FILL } : null) },
    ),
    note('借阅者归还客户资料时，应及时在本登记册上注销（第20条）；客户资料借阅时间不得超过三天（第19条）。'),
  ];
  return frameDocument(
    {
      kind: 'loanRegister',
      title: '外借登记册',
      data,
      secrecy: strictest(data.requests.map((r) => r.level)),
      unmaskedPersonalData: false,
      orientation: 'landscape',
      content,
    },
    frame,
  );
}
