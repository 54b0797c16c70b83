import { useState } from 'react';
import { Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { MergeView } from '../../../shared/merges/mergeTypes';
import { AppDialog } from '../../dialogs/AppDialog';
import { DecisionFields } from '../signoff/DecisionFields';
import { SignOffForm } from '../signoff/SignOffDialog';
import { useMergeCommand } from './mergeQueries';

/**
 * The waiting step of a merge, signed on this PC: the consultant who follows the customer confirms
 * (only they may), then the sales manager approves and the files are merged in the same call.
 */
export function MergeDecideDialog({ opened, merge, onClose }: { opened: boolean; merge: MergeView | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppDialog opened={opened} onClose={onClose} title={t('merges.decide.title')} size="lg">
      {merge && <DecideForm merge={merge} onDone={onClose} />}
    </AppDialog>
  );
}

function DecideForm({ merge, onDone }: { merge: MergeView; onDone: () => void }) {
  const { t } = useTranslation();
  const decide = useMergeCommand('merges.decide');
  const [approve, setApprove] = useState(true);
  const [note, setNote] = useState('');
  const current = merge.approval?.current ?? null;
  const step = current !== null ? merge.approval!.steps[current] : null;
  return (
    <SignOffForm
      onDone={onDone}
      signLabel={approve ? t('merges.decide.signApprove') : t('merges.decide.signReject')}
      request={t('merges.decide.summary', { id: merge.id, merged: merge.merged.archiveNo, survivor: merge.survivor.archiveNo, requester: merge.requestedByName })}
      onSign={async (signOff) => {
        const decided = await decide.mutateAsync({ id: merge.id, step: current ?? undefined, approve, note, signOff });
        const message = decided.status === 'merged' ? 'merges.decide.merged' : decided.status === 'rejected' ? 'merges.decide.rejected' : 'merges.decide.approved';
        notifications.show({ color: approve ? 'green' : 'orange', message: t(message, { id: decided.id }) });
      }}
    >
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {step?.kind === 'followerConfirms' ? t('merges.decide.follower', { name: merge.follower?.name ?? '' }) : t('merges.decide.approver')}
        </Text>
        <DecisionFields textPrefix="merges.decide" approve={approve} onApprove={setApprove} note={note} onNote={setNote} />
      </Stack>
    </SignOffForm>
  );
}
