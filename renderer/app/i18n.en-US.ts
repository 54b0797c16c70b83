import type { Messages } from '../i18n/zh-CN';

const appEnUS: Pick<Messages, 'app' | 'nav' | 'errorBoundary'> = {
  app: {
    name: 'KeDang',
    fullName: 'KeDang · Customer archive',
    tagline: 'Customer archive',
    loading: 'Loading…',
    language: 'Language',
    navigation: 'Navigation',
    header: {
      currentUser: 'Current user',
      lock: 'Lock',
      changePassword: 'Change password',
      logout: 'Log out',
    },
  },
  nav: {
    home: 'Home',
    customers: 'Customer files',
    loans: 'Loans & approvals',
    lifecycle: 'Duplicates & cleanup',
    reports: 'Printing & verification',
    backup: 'Backup & restore',
    audit: 'Audit log',
    users: 'Users & roles',
    settings: 'Settings',
  },
  errorBoundary: {
    title: 'Something went wrong on this screen',
    body: 'An unexpected error happened in this part of the screen; nothing you entered was submitted. Try again, or reload the app.',
    retry: 'Try again',
    reload: 'Reload',
  },
};

export default appEnUS;
