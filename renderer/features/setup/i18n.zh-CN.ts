/** First-run setup and the recovery code sheet. Merged into the app's resources by renderer/i18n. */
const setupZhCN = {
  setup: {
    title: '首次使用设置',
    intro: '本机尚未建立客户档案库。请填写门店信息并创建第一个系统管理员账号；档案库将以随机主密钥加密，密钥只以口令包裹的形式保存。',
    stepStore: '门店信息',
    stepAdmin: '系统管理员',
    stepRecovery: '恢复码',
    adminHint: '系统管理员负责账号、权限和系统设置。请牢记密码：没有密码或恢复码，任何人都无法打开档案库。',
    submit: '完成设置',
    creating: '正在创建加密档案库，请稍候…',
  },
  recovery: {
    title: '保存恢复码',
    intro: '这是本店档案库的恢复码。它只显示这一次，关闭后无法再次查看。',
    warningTitle: '请立即打印或抄写，并妥善保管',
    warning: '如果所有账号的密码都被遗忘，恢复码是找回档案库的唯一途径；没有它，档案将永远无法打开。请把它保存在纸上，放入保险柜等安全的地方；不要拍照，也不要保存在电脑上。',
    codeLabel: '恢复码',
    groupLabel: '第 {{n}} 组',
    kept: '我已妥善保存，下一步',
    confirmTitle: '核对恢复码',
    confirmIntro: '请对照您保存的纸面，输入下列分组，以确认恢复码已被正确记下。',
    lostSheet: '恢复码页面已关闭。请对照纸面输入全部 8 组。',
    lostSheetHint: '如果没有保存恢复码，系统管理员可以重新生成一个；其他用户请退出登录后联系系统管理员。',
    backToSheet: '返回查看恢复码',
    confirm: '确认',
    confirmed: '恢复码已核对无误',
  },
} as const;

export default setupZhCN;
