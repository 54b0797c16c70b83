import { useState } from 'react';
import { Input, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { MergeView } from '../../../shared/merges/mergeTypes';
import { AppDialog } from '../../dialogs/AppDialog';
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
        <Input.Wrapper label={t('merges.decide.decision')} labelElement="div">
          <SegmentedControl
            aria-label={t('merges.decide.decision')}
            fullWidth
            mt={4}
            color={approve ? 'green' : 'red'}
            value={approve ? 'approve' : 'reject'}
            onChange={(value) => setApprove(value === 'approve')}
            data={[
              { value: 'approve', label: t('merges.decide.approve') },
              { value: 'reject', label: t('merges.decide.reject') },
            ]}
          />
        </Input.Wrapper>
        <Textarea label={t('merges.decide.note')} autosize minRows={2} maxLength={300} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
      </Stack>
    </SignOffForm>
  );
}
