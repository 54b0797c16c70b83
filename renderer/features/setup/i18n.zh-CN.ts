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
    fromBackupHint: '换了新电脑，原来的档案库有备份？',
    fromBackup: '从备份恢复',
    restore: {
      title: '从备份恢复档案库',
      back: '改为新建档案库',
      intro: '在这台电脑上继续使用原来的档案库。需要：备份文件（.kdbak），备份口令或本店备份密钥的私钥，以及备份中某个用户的用户名和密码（或备份时的恢复码）。',
      whatYouNeed: '先读取并检查备份：它会在这台电脑的数据目录中解密成仍然加密的副本并完整检查，检查通过后会显示备份的内容，确认后才会启用。',
      cancelled: '已取消，这台电脑上没有留下任何文件。',
      confirmTitle: '在这台电脑上启用这份备份？',
      confirm: '这台电脑将使用“{{store}}”的档案库。之后请用备份中的用户名和密码登录。',
      apply: '恢复到这台电脑',
    },
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
