import type { Messages } from '../../i18n/zh-CN';

const setupEnUS: Pick<Messages, 'setup' | 'recovery'> = {
  setup: {
    title: 'First-run setup',
    intro: 'This PC has no customer archive yet. Enter the store details and create the first system administrator; the archive is encrypted with a random master key that is only ever stored wrapped by a password.',
    stepStore: 'Store',
    stepAdmin: 'System administrator',
    stepRecovery: 'Recovery code',
    adminHint: 'The system administrator manages accounts, permissions and settings. Remember the password: without a password or the recovery code nobody can open the archive.',
    submit: 'Finish setup',
    creating: 'Creating the encrypted archive…',
    fromBackupHint: 'A new PC, and the archive has a backup?',
    fromBackup: 'Restore from a backup',
    restore: {
      title: 'Restore the archive from a backup',
      back: 'Make a new archive instead',
      intro: "Carry on with the store's archive on this PC. You need: the backup file (.kdbak), its passphrase or the store's private backup key, and the username and password of a user in the backup (or the recovery code of that time).",
      whatYouNeed: "First the backup is read and checked: it is decrypted into a still-encrypted copy in this PC's data folder and checked in full; then its content is shown, and it is put in place only once you confirm.",
      cancelled: 'Cancelled; nothing was left on this PC.',
      confirmTitle: 'Use this backup on this PC?',
      confirm: 'This PC will use the archive of "{{store}}". Log in afterwards with a username and password from the backup.',
      apply: 'Restore to this PC',
    },
  },
  recovery: {
    title: 'Keep the recovery code',
    intro: "This is the store archive's recovery code. It is shown only this once and cannot be displayed again.",
    warningTitle: 'Print it or write it down now, and keep it safe',
    warning: 'If every password is forgotten, the recovery code is the only way back into the archive; without it the files can never be opened. Keep it on paper in a safe place; do not photograph it or store it on a computer.',
    codeLabel: 'Recovery code',
    groupLabel: 'Group {{n}}',
    kept: 'I have kept it safe — next',
    confirmTitle: 'Check the recovery code',
    confirmIntro: 'Type the groups below from your sheet to confirm the code was written down correctly.',
    lostSheet: 'The recovery code page was closed. Type all 8 groups from your sheet.',
    lostSheetHint: 'If the code was not kept, a system administrator can generate a new one; other users should log out and ask a system administrator.',
    backToSheet: 'Show the code again',
    confirm: 'Confirm',
    confirmed: 'Recovery code checked',
  },
};

export default setupEnUS;
