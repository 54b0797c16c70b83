import type { Messages } from '../../i18n/zh-CN';

const authEnUS: Pick<Messages, 'auth'> = {
  auth: {
    loginTitle: 'Log in',
    loginIntro: 'Enter your username and password to open the customer archive.',
    login: 'Log in',
    forgot: 'Forgot the password? Use the recovery code',
    lockedUntil: 'Too many wrong passwords; the account is locked until {{time}}.',
    recoverTitle: 'Reset a password with the recovery code',
    recoverIntro: "Enter your username, the store's recovery code and a new password. You are logged in afterwards and a new recovery code replaces the old one.",
    recoveryCodeHint: '8 groups of 4 characters; case and separators do not matter',
    recoverSubmit: 'Reset password and log in',
    backToLogin: 'Back to login',
    lockTitle: 'Locked',
    lockedBy: "{{name}}'s session ({{role}}) is locked.",
    lockIntro: 'Customer data is hidden while the screen is locked. Enter the password to unlock, or switch to another user.',
    unlock: 'Unlock',
    switchUser: 'Switch user',
    passwordChanged: 'Password changed',
  },
};

export default authEnUS;
