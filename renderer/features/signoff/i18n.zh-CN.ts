/** The second-person sign-off dialog. Merged into the app's resources by renderer/i18n. */
const signoffZhCN = {
  signoff: {
    title: '第二人审批签字',
    request: '待审批事项',
    intro: '此操作需要第二人审批。请审批人（不是申请人）本人在这台电脑上输入自己的用户名和密码；密码只用于本次签字，不会被保存。',
    username: '审批人用户名',
    password: '审批人密码',
    sign: '签字批准',
    receiver: {
      intro: '请借阅人本人在这台电脑上输入自己的用户名和密码签收；密码只用于本次签收，不会被保存。',
      username: '签收人用户名',
      password: '签收人密码',
    },
    keeper: {
      intro: '请档案管理员本人在这台电脑上输入自己的用户名和密码，确认此次在档案室查阅；密码只用于本次签字，不会被保存。',
      username: '档案管理员用户名',
      password: '档案管理员密码',
    },
    systemAdmin: {
      intro: '这一步会替换整个档案库，须由系统管理员本人签字：请在这台电脑上输入系统管理员的用户名和密码；密码只用于本次签字，不会被保存。',
      username: '系统管理员用户名',
      password: '系统管理员密码',
    },
  },
} as const;

export default signoffZhCN;
