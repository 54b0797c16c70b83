import { useState } from 'react';
import { Alert, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { KedangError } from '../../../shared/contract/errors';
import { call } from '../../api/kedang';
import { useKedangMutation, useKedangQuery } from '../../api/useKedang';
import { refreshStatus } from '../../app/appStatus';
import { openConfirm } from '../../dialogs/confirm';
import { ErrorNotice, errorText } from '../../forms/ErrorNotice';
import { FormActions } from '../../forms/FormActions';
import { JobProgress } from '../../jobs/JobProgress';
import { startedJob, useJob } from '../../jobs/useJob';
import { BackupFileField } from '../backup/BackupFileField';
import { emptyOpenSecret, emptyUnlock, openSecretErrors, pathErrors, toOpen, toUnlock, unlockErrors, wipedSecrets, type OpenSecretValues, type UnlockValues } from '../backup/backupForms';
import { splitPath } from '../backup/backupText';
import { READ_PHASES } from '../backup/CheckTab';
import { OpenSecretFields } from '../backup/OpenSecretFields';
import { RestorePreviewCard } from '../backup/RestorePreviewCard';
import { UnlockFields } from '../backup/UnlockFields';

interface Values extends OpenSecretValues, UnlockValues {
  path: string;
}

/** Nobody is logged in yet, so the job is stopped through the first-run door (jobs.cancel needs a session). */
const cancelFirstRun = (jobId: string) => call('setup.cancelRestore', { jobId });

/**
 * 从备份恢复 on a PC that has never had KeDang: the backup file, its passphrase or the store's private
 * key, and one of its users' passwords or its recovery code. It is checked before anything is put in
 * place; the login screen follows.
 */
export function FirstRunRestore({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const [started, setStarted] = useState<{ jobId: string; path: string } | null>(null);
  const control = useJob(started?.jobId ?? null, { cancel: cancelFirstRun });
  const state = control.job?.state;
  // The result is asked for until it is there: it also stands in for a progress event that went missing.
  const preview = useKedangQuery(
    'setup.restorePreview',
    { jobId: started?.jobId ?? '' },
    { enabled: started !== null && state !== 'failed' && state !== 'cancelled', staleTime: Infinity, refetchInterval: (query) => (query.state.data ? false : 1500) },
  );
  const previewError = preview.error instanceof KedangError && preview.error.code !== 'JOB_RUNNING' && state === 'succeeded' ? preview.error : null;

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Title order={2}>{t('setup.restore.title')}</Title>
        <Button variant="subtle" size="compact-sm" onClick={onBack} disabled={state === 'running'}>
          {t('setup.restore.back')}
        </Button>
      </Group>
      <Text size="sm">{t('setup.restore.intro')}</Text>
      <Grid gap="xl" align="flex-start">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <RestoreForm running={state === 'running'} onStarted={(jobId, path) => setStarted({ jobId, path })} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {preview.data ? (
            <ApplyRestore stagingId={preview.data.stagingId} preview={preview.data} onDiscard={() => setStarted(null)} />
          ) : (
            <>
              {started && state === 'running' && <JobProgress control={control} title={t('backup.restore.runningFile', { name: splitPath(started.path).name })} phases={READ_PHASES} />}
              {state === 'failed' && control.job?.error && (
                <Alert color="red" variant="light" title={t('backup.restore.failed')} role="alert">
                  {errorText(t, KedangError.fromPayload(control.job.error))}
                </Alert>
              )}
              {state === 'cancelled' && (
                <Alert color="gray" variant="light" role="status">
                  {t('setup.restore.cancelled')}
                </Alert>
              )}
              <ErrorNotice error={previewError} />
              {!started && (
                <Text size="sm" c="dimmed" mt="xl">
                  {t('setup.restore.whatYouNeed')}
                </Text>
              )}
            </>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function RestoreForm({ running, onStarted }: { running: boolean; onStarted: (jobId: string, path: string) => void }) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: { path: '', ...emptyOpenSecret, ...emptyUnlock() },
    validate: (values) => ({ ...pathErrors(values.path), ...openSecretErrors(values), ...unlockErrors(values) }),
  });
  const prepare = useKedangMutation('setup.prepareRestore');
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
    <form noValidate onSubmit={form.onSubmit(submit)} aria-label={t('setup.restore.title')}>
      <Stack gap="sm">
        <BackupFileField field={form.getInputProps('path')} known={[]} disabled={running} />
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

function ApplyRestore({ stagingId, preview, onDiscard }: { stagingId: string; preview: Parameters<typeof RestorePreviewCard>[0]['preview']; onDiscard: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const apply = useKedangMutation('setup.applyRestore');
  const confirm = () =>
    openConfirm({
      title: t('setup.restore.confirmTitle'),
      message: t('setup.restore.confirm', { store: preview.summary.storeName }),
      confirmLabel: t('setup.restore.apply'),
      onConfirm: async () => {
        await apply.mutateAsync({ stagingId });
        // The PC has an archive now: the login screen follows.
        await refreshStatus(queryClient);
      },
    });
  return (
    <RestorePreviewCard
      preview={preview}
      replacing={false}
      actions={
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDiscard}>
            {t('backup.restore.discard')}
          </Button>
          <Button onClick={confirm}>{t('setup.restore.apply')}</Button>
        </Group>
      }
    />
  );
}
