import { useState } from 'react';
import { Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { LifecycleRequest } from '../../../shared/lifecycle/lifecycleTypes';
import { AppDialog } from '../../dialogs/AppDialog';
import { useRoleLabel } from '../../i18n/roleLabel';
import { DecisionFields } from '../signoff/DecisionFields';
import { SignOffForm } from '../signoff/SignOffDialog';
import { useLifecycleCommand } from './lifecycleQueries';

/**
 * The waiting step of a cleanup or destruction request, signed on this PC by the approver the rules
 * name (销售经理 for cleanup, 总经理 for destruction by default): approve or reject, with a note.
 */
export function DecideDialog({ opened, request, onClose }: { opened: boolean; request: LifecycleRequest | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppDialog opened={opened} onClose={onClose} title={t('lifecycle.decide.title')} size="lg">
      {request && <DecideForm request={request} onDone={onClose} />}
    </AppDialog>
  );
}

function DecideForm({ request, onDone }: { request: LifecycleRequest; onDone: () => void }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const decide = useLifecycleCommand('lifecycle.decide');
  const [approve, setApprove] = useState(true);
  const [note, setNote] = useState('');
  const current = request.approval?.current ?? null;
  const step = current !== null ? request.approval!.steps[current] : null;
  const kind = t(`lifecycle.kind.${request.kind}`);
  return (
    <SignOffForm
      onDone={onDone}
      signLabel={approve ? t('lifecycle.decide.signApprove') : t('lifecycle.decide.signReject')}
      request={t('lifecycle.decide.summary', { id: request.id, kind, files: request.items.map((i) => (i.name ? `${i.archiveNo} ${i.name}` : i.archiveNo)).join('、'), requester: request.requesterName, reason: request.reason })}
      onSign={async (signOff) => {
        const decided = await decide.mutateAsync({ id: request.id, step: current ?? undefined, approve, note, signOff });
        const message = decided.status === 'approved' ? 'lifecycle.decide.approved' : decided.status === 'rejected' ? 'lifecycle.decide.rejected' : 'lifecycle.decide.signed';
        notifications.show({ color: approve ? 'green' : 'orange', message: t(message, { id: decided.id, kind }) });
      }}
    >
      <Stack gap="xs">
        {step && (
          <Text size="sm" c="dimmed">
            {t('lifecycle.decide.who', { roles: step.roles.map(roleLabel).join(t('lifecycle.or')) })}
          </Text>
        )}
        <DecisionFields textPrefix="lifecycle.decide" approve={approve} onApprove={setApprove} note={note} onNote={setNote} />
      </Stack>
    </SignOffForm>
  );
}
