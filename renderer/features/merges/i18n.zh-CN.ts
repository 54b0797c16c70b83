import { labelsIn } from '../../../shared/i18n/label';
import { mergeFieldLabels, mergeStatusLabels } from '../../../shared/merges/mergeTypes';
import { stepKindLabels } from '../../../shared/approvals/approvalTypes';

/** The merge screens' texts; merged into the app's resources under `merges`. */
const mergesZhCN = {
  tab: '合并记录',
  fields: labelsIn(mergeFieldLabels, 'zh'),
  status: labelsIn(mergeStatusLabels, 'zh'),
  steps: labelsIn(stepKindLabels, 'zh'),
  dialog: {
    title: '合并档案',
    loading: '正在读取两份档案…',
    intro: '存续档案保留档案编号；另一份档案的全部记录（车辆、沟通、维修、反馈、附件等）移入存续档案，原档案注明“已并入”。电话保留两份档案的全部号码。',
    survivor: '存续档案（保留编号）',
    merged: '并入档案',
    swap: '改为保留 {{archiveNo}}',
    field: '字段',
    same: '两份档案的字段一致。',
    pick: '{{field}}取自',
    empty: '（空）',
    phones: '电话',
    records: '记录',
    recordCounts: '车辆 {{vehicles}} · 沟通 {{contacts}} · 维修 {{services}} · 反馈 {{feedback}} · 附件 {{attachments}}',
    secrecy: '合并后密级：{{level}}（取两者中较高者）',
    reason: '合并理由',
    reasonPlaceholder: '如：同一客户两次建档，电话相同',
    signers: '提交后须由跟进销售顾问核实、销售经理签字批准，才会合并；合并后 30 天内可撤销。',
    submit: '提交合并申请',
    requested: '已提交合并申请 #{{id}}，等待核实与审批。',
  },
  list: {
    caption: '合并记录',
    empty: '还没有合并记录。',
    id: '编号',
    files: '档案',
    into: '{{merged}} 并入 {{survivor}}',
    status: '状态',
    requested: '申请',
    steps: '核实与审批',
    waiting: '待签',
    undoUntil: '可撤销至 {{at}}',
    actions: '操作',
    sign: '签字',
    undo: '撤销合并',
    print: '打印合并记录',
  },
  decide: {
    title: '合并签字',
    summary: '合并 #{{id}}：{{merged}} 并入 {{survivor}}（申请人 {{requester}}）',
    follower: '请跟进销售顾问 {{name}} 本人签字核实。',
    approver: '请销售经理签字批准；批准后立即合并。',
    decision: '结论',
    approve: '同意',
    reject: '驳回',
    note: '意见',
    signApprove: '签字同意',
    signReject: '签字驳回',
    approved: '已签字（合并 #{{id}}）。',
    merged: '合并 #{{id}} 已完成。',
    rejected: '已驳回合并 #{{id}}。',
  },
  undo: {
    title: '撤销合并？',
    body: '{{merged}} 与 {{survivor}} 将恢复到合并前的样子，移入的记录移回 {{merged}}。',
    confirm: '撤销合并',
    done: '已撤销合并 #{{id}}。',
  },
  print: {
    title: '合并记录 #{{id}}',
  },
};

export default mergesZhCN;
