import type { Messages } from '../../i18n/zh-CN';

const settingsEnUS: Pick<Messages, 'settings'> = {
  settings: {
    title: 'Settings',
    store: 'Store',
    security: 'Security',
    idleLockMinutes: 'Lock after idle (minutes)',
    idleLockHint: '1–240 minutes; the password is needed to continue',
    saved: 'Settings saved',
    reset: 'Undo changes',
    archive: 'Archive rules',
    archivePattern: 'Archive number pattern',
    archivePatternHint: '{YYYY} year, {SEQ:6} six-digit sequence, e.g. KD{YYYY}{SEQ:6}',
    attachmentMaxMb: 'Largest attachment (MB)',
    followUp: 'Follow-up cadence',
    followUpHint: 'The longest gap between two contacts per intent grade; saving recomputes every file’s next follow-up. O-grade follow-up runs until delivery.',
    followUpDaysH: 'Grade H',
    followUpDaysA: 'Grade A',
    followUpDaysB: 'Grade B',
    followUpDaysO: 'Grade O',
    daysSuffix: ' days',
    staleDays: 'Flag files not contacted for (days)',
    staleDaysHint: 'Customers not contacted for longer are flagged',
    recoveryTitle: 'Recovery code',
    recoveryIntro: 'If the printed recovery code is lost or someone else may have seen it, generate a new one. The old code stops working at once; the new one is shown only once and must be printed and checked.',
    rotate: 'New recovery code',
    rotateConfirmTitle: 'Generate a new recovery code?',
    rotateConfirm: 'The old recovery code stops working at once. The new one is shown only once; have a printer or pen and paper ready.',
    rotateButton: 'Generate',
  },
};

export default settingsEnUS;
