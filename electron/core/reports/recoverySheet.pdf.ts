import { KedangError } from '../../../shared/contract/errors';
import { isWellFormedRecoveryCode, normaliseRecoveryCode, RECOVERY_GROUP_LENGTH } from '../../../shared/auth/recoveryCode';
import type { Content, StackNode } from './docDefinition';
import { documentTitle, fieldGrid, MARK_STYLE, sectionTitle, signatureLines } from './documentBlocks';
import { frameDocument, type PrintableDocument, type PrintFrame } from './documentFrame';
import { printTime } from './printTime';

export interface RecoverySheetPrint {
  storeName: string;
  /** When the code was made (ISO). */
  createdAt: string;
  recoveryCode: string;
}

const instructions = [
  '这是本店客户档案库的恢复码，只打印这一次，系统中不保存它的明文。',
  '如果所有账号的密码都被遗忘，恢复码是找回档案库的唯一途径；没有它，档案将永远无法打开。',
  '请把本单放入保险柜等安全的地方，与电脑分开保管；不要拍照，也不要保存在电脑、手机或网盘上。',
  '使用时：在登录界面选择“忘记密码？使用恢复码”，输入用户名、恢复码（共 8 组，每组 4 个字符；大小写和分隔符不限）和新密码。',
  '用恢复码重设密码后，系统会生成新的恢复码，本单随即失效；请打印新的恢复单，并将本单用碎纸机销毁。',
  '如果本单遗失或可能被他人看到，请系统管理员立即在“系统设置”中重新生成恢复码。',
];

/** One group as four fixed-width boxes: reads like monospace and copies without mistakes. */
function groupBoxes(group: string, index: number): StackNode {
  return {
    stack: [
      { text: `第 ${index + 1} 组`, fontSize: 8, color: '#555555', alignment: 'center', margin: [0, 0, 0, 2] },
      {
        table: { widths: Array.from({ length: RECOVERY_GROUP_LENGTH }, () => 22), body: [[...group].map((ch) => ({ text: ch, fontSize: 22, bold: true, alignment: 'center' as const }))] },
        layout: { hLineWidth: () => 0.8, vLineWidth: () => 0.8, hLineColor: () => '#333333', vLineColor: () => '#333333', paddingLeft: () => 0, paddingRight: () => 0, paddingTop: () => 2, paddingBottom: () => 1 },
      },
    ],
  };
}

/** 恢复密钥单: the recovery code in 8 groups of 4, with how to keep and use it. 绝密: it opens the whole archive. */
export function recoverySheetDocument(data: RecoverySheetPrint, frame: PrintFrame): PrintableDocument {
  if (!isWellFormedRecoveryCode(data.recoveryCode)) throw new KedangError('INTERNAL', 'Not a well-formed recovery code');
  const raw = normaliseRecoveryCode(data.recoveryCode);
  const groups = raw.match(new RegExp(`.{${RECOVERY_GROUP_LENGTH}}`, 'g'))!;
  const time = printTime(frame.timeZone);
  const row = (from: number): Content => ({ columns: groups.slice(from, from + 4).map((g, i) => ({ ...groupBoxes(g, from + i), width: '*' as const })), columnGap: 10, margin: [0, 0, 0, 12] });
  const content: Content[] = [
    documentTitle('档案库恢复密钥单', data.storeName),
    fieldGrid([
      ['门店', data.storeName],
      ['生成时间', time.dateTime(data.createdAt)],
    ]),
    sectionTitle('恢复码'),
    { unbreakable: true, stack: [row(0), row(4)], margin: [0, 4, 0, 4] },
    { text: `恢复码：${groups.join('-')}`, fontSize: 9, color: '#555555', alignment: 'center', margin: [0, 0, 0, 8] },
    sectionTitle('保管与使用'),
    { ol: instructions.map((line) => ({ text: line, margin: [0, 0, 0, 3] as [number, number, number, number] })), fontSize: 10, lineHeight: 1.4 },
    { text: '绝密 · 本单仅限指定保管人保管，不得复制、拍照或外传。', ...MARK_STYLE, margin: [0, 10, 0, 0] },
    fieldGrid([
      ['保管位置', ''],
      ['保管人', ''],
    ]),
    signatureLines(['系统管理员', '保管人']),
  ];
  return frameDocument({ kind: 'recoverySheet', title: '恢复密钥单', data, secrecy: 'topSecret', unmaskedPersonalData: false, content }, frame);
}
