import { labelsIn } from '../../../shared/i18n/label';
import { duplicateReasonLabels } from '../../../shared/duplicates/duplicateTypes';

/** The duplicate check's texts; merged into the app's resources under `duplicates`. */
const duplicatesZhCN = {
  tab: '查重',
  intro: '依《客户信息管理办法》第十条，每月对客户信息查重一次；疑似重复的档案由主要跟进销售顾问核实后合并。',
  never: '尚未进行全库查重。',
  last: '上次全库查重：{{at}}，{{by}}，检查 {{scanned}} 份档案，发现 {{pairs}} 对疑似重复。',
  due: '已到每月查重时间，请运行查重。',
  nextDue: '下次查重：{{at}} 前',
  reminder: '每月查重',
  open: '去查重',
  run: '运行查重',
  running: '正在查重…',
  cancel: '停止',
  phases: { read: '读取档案', compare: '比对档案' },
  progress: '{{phase}}：{{done}} / {{total}}',
  failed: '查重没有完成。',
  cancelled: '已停止查重。',
  found: '发现 {{count}} 对疑似重复（{{scanned}} 份档案）。',
  crowded: '另有 {{count}} 个号码或地址同时登记在很多份档案上（如门店电话），未逐一配对。',
  none: '没有发现疑似重复的档案。',
  notRun: '运行查重后，这里列出疑似重复的档案。',
  table: {
    caption: '疑似重复的档案',
    files: '档案',
    score: '相似度',
    reasons: '依据',
    actions: '操作',
  },
  merge: '合并',
  mergeOf: '合并 {{a}} 与 {{b}}',
  dismiss: '不是同一客户',
  dismissOf: '{{a}} 与 {{b}} 不是同一客户',
  dismissTitle: '不是同一客户？',
  dismissBody: '{{a}} 与 {{b}} 将不再出现在查重结果中。',
  dismissReason: '说明（可不填）',
  dismissConfirm: '确认不是同一客户',
  dismissed: '已记录：{{a}} 与 {{b}} 不是同一客户。',
  reasons: labelsIn(duplicateReasonLabels, 'zh'),
};

export default duplicatesZhCN;
