import { labelsIn } from '../../../shared/i18n/label';
import { duplicateReasonLabels } from '../../../shared/duplicates/duplicateTypes';
import type { Messages } from '../../i18n/zh-CN';

const duplicatesEnUS: Messages['duplicates'] = {
  tab: 'Duplicates',
  intro: 'Customer files are checked for duplicates every month (customer information rules, art. 10); the consultant who follows the customer confirms before two files are merged.',
  never: 'No full duplicate check yet.',
  last: 'Last full check: {{at}} by {{by}}, {{scanned}} files, {{pairs}} possible duplicates.',
  due: 'The monthly duplicate check is due: please run it.',
  nextDue: 'Next check due by {{at}}',
  reminder: 'Monthly duplicate check',
  open: 'Check now',
  run: 'Run the check',
  running: 'Checking…',
  cancel: 'Stop',
  phases: { read: 'Reading files', compare: 'Comparing files' },
  progress: '{{phase}}: {{done}} / {{total}}',
  failed: 'The check did not finish.',
  cancelled: 'The check was stopped.',
  found: '{{count}} possible duplicates among {{scanned}} files.',
  crowded: '{{count}} more numbers or addresses are on many files at once (such as the shop’s own phone) and were not paired.',
  none: 'No possible duplicates found.',
  notRun: 'Run the check to list possible duplicates here.',
  table: {
    caption: 'Possible duplicates',
    files: 'Files',
    score: 'Likeness',
    reasons: 'Evidence',
    actions: 'Actions',
  },
  merge: 'Merge',
  mergeOf: 'Merge {{a}} and {{b}}',
  dismiss: 'Not the same customer',
  dismissOf: '{{a}} and {{b}} are not the same customer',
  dismissTitle: 'Not the same customer?',
  dismissBody: '{{a}} and {{b}} will not be offered as duplicates again.',
  dismissReason: 'Note (optional)',
  dismissConfirm: 'Not the same customer',
  dismissed: 'Noted: {{a}} and {{b}} are not the same customer.',
  reasons: labelsIn(duplicateReasonLabels, 'en'),
};

export default duplicatesEnUS;
