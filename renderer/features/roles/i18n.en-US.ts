import type { Messages } from '../../i18n/zh-CN';

const rolesEnUS: Pick<Messages, 'roles' | 'permissions'> = {
  roles: {
    intro: 'A tick means the role holds the permission. Every change must be countersigned by a second person allowed to approve permission changes (the general manager by default).',
    permission: 'Permission',
    changedLegend: 'Differs from the default',
    changed: 'Differs from the default',
    locked: 'The system administrator must keep this permission',
    cellLabel: '{{role}}: {{permission}}',
    requestGrant: 'Grant "{{permission}}" to {{role}}',
    requestWithdraw: 'Withdraw "{{permission}}" from {{role}}',
    saved: 'In force: {{change}}',
  },
  permissions: {
    customer: {
      read: 'View customer files',
      readAll: "View all customers (not only one's own)",
      write: 'Enter and edit customer files',
      reveal: 'See full ID and phone numbers',
    },
    loan: {
      request: 'Request loans',
      approve: 'Approve loans',
      handle: 'Hand out and take back files',
    },
    audit: { read: 'View the audit log' },
    user: { manage: 'Manage users' },
    role: { manage: 'Manage the permission matrix' },
    settings: { manage: 'Settings and backups' },
    backup: { run: 'Make and check backups', restore: 'Restore the archive from a backup' },
    policy: { approve: 'Approve permission changes' },
    lifecycle: { manage: 'Request and carry out cleanup and destruction; restrict files' },
  },
};

export default rolesEnUS;
