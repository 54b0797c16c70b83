import type { Messages } from '../../i18n/zh-CN';

const usersEnUS: Pick<Messages, 'users'> = {
  users: {
    tabUsers: 'Users',
    tabRoles: 'Permission matrix',
    tableLabel: 'Users',
    intro: 'Every employee uses their own account; disabled accounts cannot log in.',
    create: 'New user',
    createTitle: 'New user',
    editTitle: 'Edit user: {{name}}',
    resetTitle: 'Reset password: {{name}}',
    resetIntro: 'Set a new password for a colleague who forgot theirs, and ask them to change it after logging in.',
    resetPassword: 'Reset password',
    deleteTitle: 'Delete user',
    deleteConfirm: 'Delete the user "{{name}}" ({{username}})? The account can no longer log in and its key slot is removed; the audit log keeps the name.',
    deleteButton: 'Delete',
    editOf: 'Edit {{name}}',
    resetOf: 'Reset password ({{name}})',
    deleteOf: 'Delete {{name}}',
    state: 'State',
    active: 'Active',
    inactive: 'Disabled',
    activeLabel: 'Account active',
    lastLogin: 'Last login',
    never: 'Never',
    actions: 'Actions',
    you: '(you)',
    created: 'User created: {{name}}',
    updated: 'Saved: {{name}}',
    passwordReset: 'Password reset for {{name}}',
    deleted: 'User deleted: {{name}}',
  },
};

export default usersEnUS;
