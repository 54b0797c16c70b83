import type { Messages } from '../i18n/zh-CN';

const jobsEnUS: Pick<Messages, 'jobs'> = {
  jobs: {
    step: 'Step {{index}} of {{count}}: {{phase}}',
    working: 'Working',
    starting: 'Getting ready…',
    percent: '{{percent}}%',
    ofBytes: '{{done}} of {{total}}',
    ofItems: '{{done}} of {{total}} items',
    secondsLeft: 'about {{seconds}} s left',
    minutesLeft: 'about {{minutes}} min {{seconds}} s left',
    cancel: 'Cancel',
    cancelling: 'Cancelling, undoing what was done…',
    cancelled: 'Cancelled; nothing half-finished was left behind.',
    phases: {
      snapshot: 'Taking a snapshot of the archive',
      write: 'Encrypting and writing',
      verify: 'Reading back and decrypting',
      integrity: 'Database integrity check',
      decrypt: 'Decrypting the backup',
      pages: 'Laying out pages',
    },
  },
};

export default jobsEnUS;
