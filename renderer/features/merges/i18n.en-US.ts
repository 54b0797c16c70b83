import { labelsIn } from '../../../shared/i18n/label';
import { mergeFieldLabels, mergeStatusLabels } from '../../../shared/merges/mergeTypes';
import { stepKindLabels } from '../../../shared/approvals/approvalTypes';
import type { Messages } from '../../i18n/zh-CN';

const mergesEnUS: Messages['merges'] = {
  tab: 'Merges',
  fields: labelsIn(mergeFieldLabels, 'en'),
  status: labelsIn(mergeStatusLabels, 'en'),
  steps: labelsIn(stepKindLabels, 'en'),
  dialog: {
    title: 'Merge files',
    loading: 'Reading both files…',
    intro: 'The surviving file keeps its archive number; every record of the other file (vehicles, contacts, services, feedback, attachments …) moves to it, and the other file is marked as merged. Phones of both files are kept.',
    survivor: 'Surviving file (keeps its number)',
    merged: 'Merged file',
    swap: 'Keep {{archiveNo}} instead',
    field: 'Field',
    same: 'Both files hold the same values.',
    pick: 'Take {{field}} from',
    empty: '(empty)',
    phones: 'Phones',
    records: 'Records',
    recordCounts: 'Vehicles {{vehicles}} · contacts {{contacts}} · services {{services}} · feedback {{feedback}} · attachments {{attachments}}',
    secrecy: 'Secrecy after the merge: {{level}} (the higher of the two)',
    reason: 'Reason',
    reasonPlaceholder: 'e.g. the same customer filed twice, same phone',
    signers: 'Nothing is merged until the consultant who follows the customer confirms and the sales manager signs; a merge can be undone for 30 days.',
    submit: 'Ask to merge',
    requested: 'Merge request #{{id}} sent for confirmation and approval.',
  },
  list: {
    caption: 'Merges',
    empty: 'No merges yet.',
    id: 'No.',
    files: 'Files',
    into: '{{merged}} into {{survivor}}',
    status: 'Status',
    requested: 'Requested',
    steps: 'Confirmation and approval',
    waiting: 'waiting',
    undoUntil: 'Undo until {{at}}',
    actions: 'Actions',
    sign: 'Sign',
    undo: 'Undo merge',
    print: 'Print merge record',
  },
  decide: {
    title: 'Sign the merge',
    summary: 'Merge #{{id}}: {{merged}} into {{survivor}} (asked by {{requester}})',
    follower: 'The consultant who follows the customer, {{name}}, signs to confirm.',
    approver: 'The sales manager signs to approve; the files are merged at once.',
    decision: 'Decision',
    approve: 'Approve',
    reject: 'Reject',
    note: 'Note',
    signApprove: 'Sign and approve',
    signReject: 'Sign and reject',
    approved: 'Signed (merge #{{id}}).',
    merged: 'Merge #{{id}} is done.',
    rejected: 'Merge #{{id}} was rejected.',
  },
  undo: {
    title: 'Undo the merge?',
    body: '{{merged}} and {{survivor}} go back to how they were before the merge; the moved records go back to {{merged}}.',
    confirm: 'Undo merge',
    done: 'Merge #{{id}} undone.',
  },
  print: {
    title: 'Merge record #{{id}}',
  },
};

export default mergesEnUS;
