import { useState } from 'react';
import { Alert, Button, Checkbox, CopyButton, Group, Stack, Text, Textarea } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useChannelAllowed } from '../../api/channelAccess';
import { AppDialog, DialogBody, DialogFooter, useUnsavedChangesGuard } from '../../dialogs/AppDialog';
import { openConfirm } from '../../dialogs/confirm';
import { useDialogState } from '../../dialogs/useDialogState';
import { FormActions } from '../../forms/FormActions';
import { useCreateBackupKey } from './backupQueries';

/** age1qyqszqgpqyqszqgpqyqs… → age1qyqs…k2x8: enough to tell two keys apart on screen. */
export function shortRecipient(recipient: string): string {
  return recipient.length > 16 ? `${recipient.slice(0, 10)}…${recipient.slice(-6)}` : recipient;
}

/**
 * The store's backup key: what it is, and for those who manage settings, making one (or a new one).
 * The private half is shown once, in a dialog that will not close until its keeper says it is saved.
 */
export function BackupKeySection({ recipient }: { recipient: string }) {
  const { t } = useTranslation();
  const manages = useChannelAllowed('backup.createKey');
  const create = useCreateBackupKey();
  const shown = useDialogState<{ recipient: string; identityFile: string }>();
  const ask = () =>
    openConfirm({
      title: recipient ? t('backup.key.replaceTitle') : t('backup.key.createTitle'),
      message: recipient ? t('backup.key.replaceBody') : t('backup.key.createBody'),
      confirmLabel: t('backup.key.createButton'),
      color: recipient ? 'orange' : undefined,
      onConfirm: async () => shown.open(await create.mutateAsync({})),
    });

  return (
    <Stack gap="xs">
      {recipient ? (
        <Text size="sm">
          {t('backup.key.inUse')}{' '}
          <Text span ff="monospace" size="sm">
            {shortRecipient(recipient)}
          </Text>
        </Text>
      ) : (
        <Alert color="orange" variant="light" py="xs">
          {manages ? t('backup.key.noneManager') : t('backup.key.none')}
        </Alert>
      )}
      {manages && (
        <Group>
          <Button variant={recipient ? 'subtle' : 'light'} size={recipient ? 'compact-sm' : 'sm'} onClick={ask}>
            {recipient ? t('backup.key.replace') : t('backup.key.create')}
          </Button>
        </Group>
      )}
      <AppDialog opened={shown.opened} onClose={shown.close} title={t('backup.key.shownTitle')} size="lg">
        {shown.value && <KeyShown identityFile={shown.value.identityFile} recipient={shown.value.recipient} onDone={shown.close} />}
      </AppDialog>
    </Stack>
  );
}

function saveAsFile(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

function KeyShown({ identityFile, recipient, onDone }: { identityFile: string; recipient: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [kept, setKept] = useState(false);
  useUnsavedChangesGuard(() => !kept, { title: t('backup.key.leaveTitle'), body: t('backup.key.leaveBody'), discard: t('backup.key.leave'), keep: t('backup.key.stay') });
  return (
    <>
      <DialogBody>
        <Stack gap="sm">
          <Alert color="orange" variant="light" title={t('backup.key.onceTitle')}>
            {t('backup.key.once')}
          </Alert>
          <Textarea
            label={t('backup.key.identity')}
            value={identityFile}
            readOnly
            autosize
            minRows={3}
            styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
            onFocus={(event) => event.currentTarget.select()}
          />
          <Group gap="xs">
            <CopyButton value={identityFile}>
              {({ copied, copy }) => (
                <Button variant="light" color={copied ? 'teal' : undefined} onClick={copy}>
                  {copied ? t('backup.key.copied') : t('backup.key.copy')}
                </Button>
              )}
            </CopyButton>
            <Button variant="light" onClick={() => saveAsFile(identityFile, `kedang-backup-key-${dayjs().format('YYYYMMDD')}.txt`)}>
              {t('backup.key.save')}
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            {t('backup.key.publicHalf')}{' '}
            <Text span ff="monospace" size="xs" style={{ wordBreak: 'break-all' }}>
              {recipient}
            </Text>
          </Text>
          <Checkbox label={t('backup.key.keptLabel')} checked={kept} onChange={(event) => setKept(event.currentTarget.checked)} />
        </Stack>
      </DialogBody>
      <DialogFooter>
        <FormActions onSubmit={onDone} submitLabel={t('backup.key.done')} disabled={!kept} />
      </DialogFooter>
    </>
  );
}
