/** What every long job's progress says the same way (backup, restore, printing, duplicate scans). Merged into the app's resources by renderer/i18n. */
const jobsZhCN = {
  jobs: {
    step: '第 {{index}}/{{count}} 步：{{phase}}',
    working: '正在处理',
    starting: '正在准备…',
    percent: '{{percent}}%',
    ofBytes: '{{done}} / {{total}}',
    ofItems: '{{done}} / {{total}} 项',
    secondsLeft: '约剩 {{seconds}} 秒',
    minutesLeft: '约剩 {{minutes}} 分 {{seconds}} 秒',
    cancel: '取消',
    cancelling: '正在取消，撤销已做的部分…',
    cancelled: '已取消，未留下任何半成品。',
    phases: {
      snapshot: '生成档案库快照',
      write: '加密并写入',
      verify: '读回并解密校验',
      integrity: '数据库完整性检查',
      decrypt: '解密备份',
      pages: '排版页面',
    },
  },
} as const;

export default jobsZhCN;
