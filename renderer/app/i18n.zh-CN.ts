/** The frame of the working app: its name, the navigation, the error boundary. Merged into the app's resources by renderer/i18n. */
const appZhCN = {
  app: {
    name: '客档',
    fullName: 'KeDang 客档 · 客户档案管理',
    /** Beside the name in the working app's header. */
    tagline: '客户档案管理',
    loading: '正在加载…',
    language: '语言',
    navigation: '功能导航',
    header: {
      currentUser: '当前用户',
      lock: '锁定',
      changePassword: '修改密码',
      logout: '退出登录',
    },
  },
  nav: {
    home: '工作台',
    customers: '客户档案',
    loans: '借阅审批',
    lifecycle: '查重与清理',
    reports: '打印与核验',
    backup: '备份恢复',
    audit: '审计日志',
    users: '用户与权限',
    settings: '系统设置',
  },
  errorBoundary: {
    title: '界面出现错误',
    body: '这一部分界面出现了意外错误，您填写的数据未被提交。可以重试，或重新加载程序。',
    retry: '重试',
    reload: '重新加载',
  },
} as const;

export default appZhCN;
