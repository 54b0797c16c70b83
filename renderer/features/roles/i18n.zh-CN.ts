/** The permission matrix and the names of the permissions. Merged into the app's resources by renderer/i18n. */
const rolesZhCN = {
  roles: {
    intro: '勾选表示该角色拥有此权限。每次修改都需要另一位有“审批权限变更”权限的人员（默认为总经理）审批签字。',
    permission: '权限',
    changedLegend: '与默认设置不同',
    changed: '与默认设置不同',
    locked: '系统管理员必须保留此权限',
    cellLabel: '{{role}}：{{permission}}',
    requestGrant: '授予“{{role}}”权限：{{permission}}',
    requestWithdraw: '撤销“{{role}}”的权限：{{permission}}',
    saved: '已生效：{{change}}',
  },
  permissions: {
    customer: {
      read: '查看客户档案',
      readAll: '查看全部客户（不限本人）',
      write: '录入和修改客户档案',
      reveal: '查看完整证件号和手机号',
    },
    loan: {
      request: '申请借阅',
      approve: '审批借阅',
      handle: '办理借出归还',
    },
    audit: { read: '查看审计日志' },
    user: { manage: '管理用户' },
    role: { manage: '管理权限矩阵' },
    settings: { manage: '系统设置与备份' },
    backup: { run: '制作和校验备份', restore: '从备份恢复档案库' },
    policy: { approve: '审批权限变更' },
    lifecycle: { manage: '申请和执行档案清理、销毁，封存档案' },
  },
} as const;

export default rolesZhCN;
