import { useState } from 'react';
import { Alert, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import type { RestorePreview } from '../../../shared/backup/backupTypes';
import { KedangError } from '../../../shared/contract/errors';
import { useKedangMutation, useKedangQuery } from '../../api/useKedang';
import { refreshStatus } from '../../app/appStatus';
import { useDialogState } from '../../dialogs/useDialogState';
import { ErrorNotice, errorText } from '../../forms/ErrorNotice';
import { FormActions } from '../../forms/FormActions';
import { JobProgress } from '../../jobs/JobProgress';
import { startedJob, useJob, useRunningJob } from '../../jobs/useJob';
import { SignOffDialog } from '../signoff/SignOffDialog';
import { BackupFileField } from './BackupFileField';
import { emptyOpenSecret, emptyUnlock, openSecretErrors, pathErrors, toOpen, toUnlock, unlockErrors, wipedSecrets, type OpenSecretValues, type UnlockValues } from './backupForms';
import { useBackupStatus, useKnownBackupFiles } from './backupQueries';
import { formatWhen, splitPath } from './backupText';
import { READ_PHASES } from './CheckTab';
import { OpenSecretFields } from './OpenSecretFields';
import { RestorePreviewCard } from './RestorePreviewCard';
import { UnlockFields } from './UnlockFields';

interface Values extends OpenSecretValues, UnlockValues {
  path: string;
}

/**
 * 恢复 (system admins): a backup is decrypted and checked beside the live archive, its summary shown,
 * and only a system admin's signature swaps it in; the archive it replaces is kept for 撤销恢复 until the
 * next backup. Either way everyone logs in again.
 */
export function RestoreTab({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const [started, setStarted] = useState<{ jobId: string; path: string } | null>(null);
  const resumed = useRunningJob(['restorePrepare']);
  const jobId = started?.jobId ?? resumed;
  const control = useJob(jobId);
  const state = control.job?.state;

  return (
    <Grid gap="xl" align="flex-start">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <RestoreForm user={user} running={state === 'running'} onStarted={(id, path) => setStarted({ jobId: id, path })} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack>
          <UndoRestore />
          {jobId && state === 'running' && (
            <JobProgress control={control} title={started ? t('backup.restore.runningFile', { name: splitPath(started.path).name }) : t('backup.restore.running')} phases={READ_PHASES} />
          )}
          {jobId && state === 'succeeded' && <PreparedRestore jobId={jobId} onDiscard={() => setStarted(null)} />}
          {state === 'failed' && control.job?.error && (
            <Alert color="red" variant="light" title={t('backup.restore.failed')} role="alert">
              {errorText(t, KedangError.fromPayload(control.job.error))}
            </Alert>
          )}
          {state === 'cancelled' && (
            <Alert color="gray" variant="light" role="status">
              {t('backup.restore.cancelled')}
            </Alert>
          )}
          {!jobId && (
            <Text size="sm" c="dimmed">
              {t('backup.restore.intro')}
            </Text>
          )}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

function RestoreForm({ user, running, onStarted }: { user: SessionUser; running: boolean; onStarted: (jobId: string, path: string) => void }) {
  const { t } = useTranslation();
  const known = useKnownBackupFiles();
  const form = useForm<Values>({
    initialValues: { path: '', ...emptyOpenSecret, ...emptyUnlock(user.username) },
    validate: (values) => ({ ...pathErrors(values.path), ...openSecretErrors(values), ...unlockErrors(values) }),
  });
  const prepare = useKedangMutation('backup.prepareRestore');
  const submit = (values: Values) =>
    prepare.mutate(
      { path: values.path.trim(), open: toOpen(values), unlock: toUnlock(values) },
      {
        onSuccess: (handle) => {
          form.setValues(wipedSecrets);
          onStarted(startedJob(handle), values.path.trim());
        },
      },
    );

  return (
    <form noValidate onSubmit={form.onSubmit(submit)} aria-label={t('backup.restore.formLabel')}>
      <Stack gap="sm">
        <BackupFileField field={form.getInputProps('path')} known={known} disabled={running} />
        <OpenSecretFields
          kind={form.getInputProps('openKind')}
          passphrase={form.getInputProps('passphrase')}
          identity={form.getInputProps('identity')}
          onIdentity={(text) => form.setFieldValue('identity', text)}
          disabled={running}
        />
        <UnlockFields
          kind={form.getInputProps('unlockKind')}
          username={form.getInputProps('username')}
          password={form.getInputProps('password')}
          recoveryCode={form.getInputProps('recoveryCode')}
          disabled={running}
        />
        <ErrorNotice error={prepare.error} />
        <FormActions submitLabel={t('backup.restore.prepare')} saving={prepare.isPending} disabled={running} />
      </Stack>
    </form>
  );
}

/** The checked backup's summary, and the system admin's signature that swaps it in. */
function PreparedRestore({ jobId, onDiscard }: { jobId: string; onDiscard: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const preview = useKedangQuery('backup.preview', { jobId }, { staleTime: Infinity });
  const signing = useDialogState<RestorePreview>();
  const apply = useKedangMutation('backup.applyRestore');
  if (preview.error) return <ErrorNotice error={preview.error} />;
  if (!preview.data) return <Text size="sm">{t('app.loading')}</Text>;
  const ready = preview.data;
  return (
    <>
      <RestorePreviewCard
        preview={ready}
        actions={
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onDiscard}>
              {t('backup.restore.discard')}
            </Button>
            <Button color="orange" onClick={() => signing.open(ready)}>
              {t('backup.restore.apply')}
            </Button>
          </Group>
        }
      />
      <SignOffDialog
        opened={signing.opened}
        onClose={signing.close}
        title={t('backup.restore.signTitle')}
        signer="systemAdmin"
        signLabel={t('backup.restore.sign')}
        request={signing.value ? t('backup.restore.signRequest', { store: signing.value.summary.storeName, at: formatWhen(signing.value.summary.createdAt) }) : ''}
        onSign={async (signOff) => {
          if (!signing.value) return;
          await apply.mutateAsync({ stagingId: signing.value.stagingId, signOff });
          // The archive closed behind the call: the status now says to log in again.
          await refreshStatus(queryClient);
        }}
      />
    </>
  );
}

/** 撤销恢复: while the archive before the last restore is kept (until the next backup), it can come back. */
function UndoRestore() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const status = useBackupStatus();
  const signing = useDialogState();
  const undo = useKedangMutation('backup.undoRestore');
  if (!status.data?.rollbackAvailable) return null;
  return (
    <Paper withBorder p="md" role="region" aria-label={t('backup.undo.title')} style={{ borderColor: 'var(--mantine-color-orange-filled)' }}>
      <Stack gap="xs">
        <Title order={4}>{t('backup.undo.title')}</Title>
        <Text size="sm">{t('backup.undo.body')}</Text>
        <Group justify="flex-end">
          <Button color="orange" variant="light" onClick={() => signing.open(true)}>
            {t('backup.undo.button')}
          </Button>
        </Group>
      </Stack>
      <SignOffDialog
        opened={signing.opened}
        onClose={signing.close}
        title={t('backup.undo.signTitle')}
        signer="systemAdmin"
        signLabel={t('backup.undo.sign')}
        request={t('backup.undo.signRequest')}
        onSign={async (signOff) => {
          await undo.mutateAsync({ signOff });
          await refreshStatus(queryClient);
        }}
      />
    </Paper>
  );
}
