/** Simplified Chinese is the product's first language; en-US must carry exactly the same keys. */
const zhCN = {
  app: {
    name: '客档',
    fullName: 'KeDang 客档 · 客户档案管理',
    loading: '正在加载…',
    language: '语言',
  },
  nav: {
    home: '工作台',
    customers: '客户档案',
    loans: '借阅审批',
    lifecycle: '查重与清理',
    reports: '报表打印',
    backup: '备份恢复',
    audit: '审计日志',
    users: '用户与权限',
    settings: '系统设置',
  },
  home: {
    title: '工作台',
    welcome: '欢迎使用客档。左侧菜单列出本系统的各项功能。',
    notYet: '此功能尚在建设中，将在后续版本提供。',
  },
  setup: {
    title: '首次使用设置',
    intro: '本机尚未建立客户档案库。请填写门店信息并创建第一个系统管理员账号；档案库将以随机主密钥加密，密钥只以口令包裹的形式保存。',
    pending: '首次设置功能即将开放。',
  },
  errorBoundary: {
    title: '界面出现错误',
    body: '这一部分界面出现了意外错误，您填写的数据未被提交。可以重试，或重新加载程序。',
    retry: '重试',
    reload: '重新加载',
  },
  errors: {
    INVALID_INPUT: '输入内容有误，请检查标红的字段。',
    UNKNOWN_CHANNEL: '程序内部调用了不存在的功能。',
    NOT_AUTHENTICATED: '请先登录。',
    FORBIDDEN: '您没有执行此操作的权限。',
    SESSION_LOCKED: '系统已锁定，请输入密码解锁。',
    NOT_FOUND: '要找的记录不存在或已被删除。',
    CONFLICT: '记录已被他人修改，请刷新后重试。',
    SETUP_ALREADY_DONE: '本机已经完成首次设置。',
    SETUP_REQUIRED: '请先完成首次设置。',
    AUTH_INVALID_CREDENTIALS: '用户名或密码不正确。',
    AUTH_LOCKED_OUT: '密码错误次数过多，账号已暂时锁定，请稍后再试。',
    AUTH_USER_INACTIVE: '该账号已停用，请联系系统管理员。',
    AUTH_WEAK_PASSWORD: '密码强度不够：至少 8 位，且同时包含字母和数字。',
    AUTH_RECOVERY_INVALID: '恢复码不正确。',
    RECOVERY_CONFIRM_MISMATCH: '输入的恢复码分组与原恢复码不一致，请对照纸面重新输入。',
    SIGNOFF_INVALID: '审批人用户名或密码不正确。',
    SIGNOFF_SELF: '不能由申请人本人审批。',
    SIGNOFF_NOT_PERMITTED: '该审批人没有审批此事项的权限。',
    USER_EXISTS: '用户名已存在。',
    USER_LAST_ADMIN: '至少需要保留一个启用的系统管理员。',
    USER_SELF_DELETE: '不能删除当前登录的账号。',
    DB_SCHEMA_TOO_NEW: '档案库由更新版本的客档创建，请升级本程序后再打开。',
    DB_NOT_ENCRYPTED: '档案库未加密，已拒绝打开。',
    VAULT_CORRUPT: '密钥文件已损坏，请使用备份恢复。',
    INTERNAL: '程序内部错误，操作未完成，数据未被修改。',
  },
} as const;

export default zhCN;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every locale must have: the zh-CN keys, any strings. */
export type Messages = Widen<typeof zhCN>;
