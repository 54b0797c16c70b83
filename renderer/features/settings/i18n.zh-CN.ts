/** The settings screen. Merged into the app's resources by renderer/i18n. */
const settingsZhCN = {
  settings: {
    title: '系统设置',
    store: '门店信息',
    security: '安全',
    idleLockMinutes: '无操作自动锁定（分钟）',
    idleLockHint: '1–240 分钟；锁定后需输入密码才能继续',
    saved: '设置已保存',
    reset: '撤销修改',
    archive: '档案规则',
    archivePattern: '档案编号规则',
    archivePatternHint: '{YYYY} 年份，{SEQ:6} 6 位流水号，如 KD{YYYY}{SEQ:6}',
    attachmentMaxMb: '附件大小上限（MB）',
    followUp: '跟进频率',
    followUpHint: '各意向等级两次联系的最长间隔；修改后所有档案的下次跟进日期随之重算。O 级跟进到交车为止。',
    followUpDaysH: 'H 级',
    followUpDaysA: 'A 级',
    followUpDaysB: 'B 级',
    followUpDaysO: 'O 级',
    daysSuffix: ' 天',
    staleDays: '久未联系提醒（天）',
    staleDaysHint: '超过这么多天未联系的客户会被标出',
    recoveryTitle: '恢复码',
    recoveryIntro: '如果打印的恢复码遗失或可能已被他人看到，请重新生成。旧恢复码将立即失效，新恢复码只显示一次，需打印保存并核对。',
    rotate: '重新生成恢复码',
    rotateConfirmTitle: '重新生成恢复码？',
    rotateConfirm: '旧恢复码将立即失效。新恢复码只显示一次，请准备好打印机或纸笔。',
    rotateButton: '重新生成',
  },
} as const;

export default settingsZhCN;
