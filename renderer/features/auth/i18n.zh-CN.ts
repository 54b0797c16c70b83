/** Login, lock, password change and recovery by code. Merged into the app's resources by renderer/i18n. */
const authZhCN = {
  auth: {
    loginTitle: '登录',
    loginIntro: '请输入您的用户名和密码，以打开客户档案库。',
    login: '登录',
    forgot: '忘记密码？使用恢复码',
    lockedUntil: '密码错误次数过多，账号已锁定至 {{time}}，请届时再试。',
    recoverTitle: '使用恢复码重设密码',
    recoverIntro: '输入您的用户名、本店的恢复码和新密码。重设后将自动登录，并生成一个新的恢复码，旧恢复码随即失效。',
    recoveryCodeHint: '共 8 组，每组 4 个字符；大小写和分隔符不限',
    recoverSubmit: '重设密码并登录',
    backToLogin: '返回登录',
    lockTitle: '已锁定',
    lockedBy: '{{name}}（{{role}}）的会话已锁定。',
    lockIntro: '为保护客户信息，屏幕上的内容已隐藏。请输入密码解锁，或切换为其他用户登录。',
    unlock: '解锁',
    switchUser: '切换用户',
    passwordChanged: '密码已修改',
  },
} as const;

export default authZhCN;
