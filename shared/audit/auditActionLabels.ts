import type { Label } from '../i18n/label';

/**
 * Every action code core writes into the audit log, with what it means in both languages. Core's
 * audit writer takes an `AuditAction`, so a new kind of entry does not compile until it is named here;
 * the audit screen, the card's history and the printed audit report read these names.
 */
export const auditActionLabels = {
  'setup.initialize': { zh: '首次设置', en: 'First-run setup' },
  'auth.login': { zh: '登录', en: 'Log in' },
  'auth.logout': { zh: '退出登录', en: 'Log out' },
  'auth.lock': { zh: '锁定', en: 'Lock' },
  'auth.autoLock': { zh: '无操作自动锁定', en: 'Idle auto-lock' },
  'auth.unlock': { zh: '解锁', en: 'Unlock' },
  'auth.unlockFailed': { zh: '解锁失败', en: 'Unlock failed' },
  'auth.loginRefused': { zh: '拒绝登录', en: 'Login refused' },
  'auth.changePassword': { zh: '修改密码', en: 'Password changed' },
  'auth.recover': { zh: '使用恢复码重设密码', en: 'Password reset with recovery code' },
  'auth.failure': { zh: '密码错误', en: 'Wrong password' },
  'auth.lockout': { zh: '密码错误过多，账号锁定', en: 'Account locked after wrong passwords' },
  'auth.lockedAttempt': { zh: '锁定期间尝试登录', en: 'Login attempt while locked' },
  'recovery.confirmed': { zh: '核对恢复码', en: 'Recovery code checked' },
  'recovery.confirmFailed': { zh: '恢复码核对失败', en: 'Recovery code check failed' },
  'recovery.rotate': { zh: '重新生成恢复码', en: 'New recovery code' },
  'users.create': { zh: '新建用户', en: 'User created' },
  'users.update': { zh: '修改用户', en: 'User changed' },
  'users.resetPassword': { zh: '重设密码', en: 'Password reset' },
  'users.delete': { zh: '删除用户', en: 'User deleted' },
  'roles.setGrant': { zh: '修改权限', en: 'Permission changed' },
  'signoff.refused': { zh: '签字被拒绝', en: 'Signature refused' },
  'settings.update': { zh: '修改系统设置', en: 'Settings changed' },
  'customers.create': { zh: '新建客户档案', en: 'Open customer file' },
  'customers.update': { zh: '修改客户档案', en: 'Edit customer file' },
  'customers.setGrade': { zh: '调整类别/等级', en: 'Change category / grade' },
  'customers.moveFile': { zh: '移动纸质档案', en: 'Move paper file' },
  'customers.reveal': { zh: '查看完整号码', en: 'Show full number' },
  'customers.openInArchiveRoom': { zh: '在档案室打开机密档案', en: 'Open confidential file in the archive room' },
  'customers.updateFeedback': { zh: '处理反馈投诉', en: 'Handle feedback' },
  'customers.withdrawConsent': { zh: '撤回授权同意', en: 'Withdraw consent' },
  'customers.add.intention': { zh: '添加购车意向', en: 'Add purchase intention' },
  'customers.add.contact': { zh: '添加联系记录', en: 'Add contact' },
  'customers.add.service': { zh: '添加售后服务记录', en: 'Add service record' },
  'customers.add.feedback': { zh: '添加反馈投诉', en: 'Add feedback' },
  'customers.add.consent': { zh: '添加授权同意', en: 'Add consent' },
  'vehicles.create': { zh: '添加车辆', en: 'Add vehicle' },
  'vehicles.update': { zh: '修改车辆', en: 'Edit vehicle' },
  'vehicles.transfer': { zh: '车辆过户', en: 'Transfer vehicle' },
  'attachments.add': { zh: '上传附件', en: 'Upload attachment' },
  'attachments.open': { zh: '查看附件', en: 'Open attachment' },
  'loans.draft': { zh: '保存借阅草稿', en: 'Save loan draft' },
  'loans.submit': { zh: '提交借阅申请', en: 'Submit loan request' },
  'loans.direct': { zh: '直接借阅', en: 'Direct borrowing' },
  'loans.refused': { zh: '借阅申请被规定拒绝', en: 'Loan refused by the rules' },
  'loans.approve': { zh: '批准借阅申请', en: 'Approve loan request' },
  'loans.reject': { zh: '驳回借阅申请', en: 'Reject loan request' },
  'loans.checkout': { zh: '档案交付', en: 'Hand over file' },
  'loans.return': { zh: '档案归还', en: 'File returned' },
  'loans.cancel': { zh: '撤销借阅申请', en: 'Cancel loan request' },
  'loans.grantOpen': { zh: '凭查阅申请打开档案', en: 'Open file under a view grant' },
  'loans.updateRules': { zh: '修改借阅规定', en: 'Change loan rules' },
  'approvals.delegate': { zh: '签发委托书', en: 'Delegate approvals' },
  'approvals.revokeDelegation': { zh: '收回委托书', en: 'Revoke delegation' },
  'approvals.refused': { zh: '无权签署审批', en: 'Approval refused' },
  'audit.anchor': { zh: '发出审计锚点', en: 'Audit anchor issued' },
  'backup.start': { zh: '开始备份', en: 'Backup started' },
  'backup.done': { zh: '备份完成并校验', en: 'Backup written and verified' },
  'backup.check': { zh: '开始校验备份', en: 'Backup check started' },
  'backup.checked': { zh: '校验备份', en: 'Backup checked' },
  'backup.createKey': { zh: '生成备份密钥', en: 'Backup key created' },
  'backup.retire': { zh: '移除旧备份', en: 'Old backup removed' },
  'backup.prepareRestore': { zh: '准备从备份恢复', en: 'Restore prepared' },
  'backup.restoreApplied': { zh: '以备份替换档案库', en: 'Archive replaced by a backup' },
  'backup.restored': { zh: '由备份恢复', en: 'Restored from a backup' },
  'backup.restoreUndone': { zh: '撤销恢复', en: 'Restore undone' },
  'jobs.cancelled': { zh: '后台任务已取消', en: 'Background job cancelled' },
  'jobs.failed': { zh: '后台任务失败', en: 'Background job failed' },
  'documents.print': { zh: '打印文件', en: 'Print document' },
  'lifecycle.updateRules': { zh: '修改清理与销毁规则', en: 'Change retention rules' },
  'lifecycle.request': { zh: '申请清理/销毁', en: 'Request cleanup / destruction' },
  'lifecycle.approve': { zh: '批准清理/销毁', en: 'Approve cleanup / destruction' },
  'lifecycle.reject': { zh: '驳回清理/销毁', en: 'Reject cleanup / destruction' },
  'lifecycle.cancel': { zh: '撤销清理/销毁申请', en: 'Cancel cleanup / destruction request' },
  'lifecycle.execute': { zh: '执行清理/销毁', en: 'Carry out cleanup / destruction' },
  'lifecycle.cleaned': { zh: '档案已清理', en: 'File cleaned up' },
  'lifecycle.destroyed': { zh: '档案已销毁', en: 'File destroyed' },
  'lifecycle.shredded': { zh: '纸质档案粉碎', en: 'Paper file shredded' },
  'lifecycle.restrict': { zh: '封存档案', en: 'Restrict file' },
  'lifecycle.unrestrict': { zh: '解除封存', en: 'Lift restriction' },
  'duplicates.run': { zh: '开始查重', en: 'Duplicate check started' },
  'duplicates.checked': { zh: '查重完成', en: 'Duplicate check finished' },
  'duplicates.dismiss': { zh: '判定不是同一客户', en: 'Not the same customer' },
  'merges.request': { zh: '申请合并档案', en: 'Request merge' },
  'merges.approve': { zh: '批准合并', en: 'Approve merge' },
  'merges.reject': { zh: '驳回合并', en: 'Reject merge' },
  'merges.merged': { zh: '档案已合并', en: 'Files merged' },
  'merges.undo': { zh: '撤销合并', en: 'Merge undone' },
  'merges.snapshotsExpired': { zh: '删除过期的合并撤销快照', en: 'Expired merge snapshots erased' },
  'seed.generate': { zh: '生成演示数据', en: 'Generate demo data' },
  'access.denied': { zh: '越权访问被拒绝', en: 'Access denied' },
} as const satisfies Record<string, Label>;

export type AuditAction = keyof typeof auditActionLabels;

export const auditActions = Object.keys(auditActionLabels) as AuditAction[];

export function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(auditActionLabels, action);
}

/** An action's name; a code from an older version that is no longer written prints as itself. */
export function auditActionLabel(action: string, lang: keyof Label = 'zh'): string {
  return isAuditAction(action) ? auditActionLabels[action][lang] : action;
}
