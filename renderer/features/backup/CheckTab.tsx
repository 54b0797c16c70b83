import { useState } from 'react';
import { Alert, Checkbox, Grid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { KedangError } from '../../../shared/contract/errors';
import { useKedangMutation, useKedangQuery } from '../../api/useKedang';
import { ErrorNotice, errorText } from '../../forms/ErrorNotice';
import { FormActions } from '../../forms/FormActions';
import type { JobPhases } from '../../jobs/jobEstimate';
import { JobProgress } from '../../jobs/JobProgress';
import { startedJob, useJob, useRunningJob } from '../../jobs/useJob';
import { BackupFileField } from './BackupFileField';
import { emptyOpenSecret, emptyUnlock, openSecretErrors, pathErrors, toOpen, toUnlock, unlockErrors, wipedSecrets, type OpenSecretValues, type UnlockValues } from './backupForms';
import { useKnownBackupFiles } from './backupQueries';
import { splitPath } from './backupText';
import { CheckReport } from './CheckReport';
import { OpenSecretFields } from './OpenSecretFields';
import { UnlockFields } from './UnlockFields';

/** Reading a backup back: decrypting takes the time, SQLite's check the rest. */
export const READ_PHASES: JobPhases = [
  ['decrypt', 85],
  ['integrity', 15],
];

interface Values extends OpenSecretValues, UnlockValues {
  path: string;
  otherArchive: boolean;
}

/**
 * 校验备份: the monthly drill on the stick in the drawer. Any backup file is decrypted, hashed and
 * checked by SQLite, its audit chain against its anchor and against the live log, without touching
 * the live archive.
 */
export function CheckTab({ initialPath }: { initialPath?: string }) {
  const { t } = useTranslation();
  const [started, setStarted] = useState<{ jobId: string; path: string } | null>(null);
  const resumed = useRunningJob(['backupCheck']);
  const jobId = started?.jobId ?? resumed;
  const control = useJob(jobId);
  const state = control.job?.state;

  return (
    <Grid gap="xl" align="flex-start">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <CheckForm initialPath={initialPath} running={state === 'running'} onStarted={(id, path) => setStarted({ jobId: id, path })} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        {jobId && state === 'running' && (
          <JobProgress control={control} title={started ? t('backup.check.runningFile', { name: splitPath(started.path).name }) : t('backup.check.running')} phases={READ_PHASES} />
        )}
        {jobId && state === 'succeeded' && <CheckResult jobId={jobId} />}
        {state === 'failed' && control.job?.error && (
          <Alert color="red" variant="light" title={t('backup.check.failed')} role="alert">
            {errorText(t, KedangError.fromPayload(control.job.error))}
          </Alert>
        )}
        {state === 'cancelled' && (
          <Alert color="gray" variant="light" role="status">
            {t('backup.check.cancelled')}
          </Alert>
        )}
        {!jobId && (
          <Text size="sm" c="dimmed" mt="xl">
            {t('backup.check.intro')}
          </Text>
        )}
      </Grid.Col>
    </Grid>
  );
}

function CheckResult({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const result = useKedangQuery('backup.checkResult', { jobId }, { staleTime: Infinity });
  if (result.error) return <ErrorNotice error={result.error} />;
  if (!result.data) return <Text size="sm">{t('app.loading')}</Text>;
  return <CheckReport check={result.data} />;
}

function CheckForm({ initialPath, running, onStarted }: { initialPath?: string; running: boolean; onStarted: (jobId: string, path: string) => void }) {
  const { t } = useTranslation();
  const known = useKnownBackupFiles();
  const form = useForm<Values>({
    initialValues: { path: initialPath ?? '', otherArchive: false, ...emptyOpenSecret, ...emptyUnlock() },
    validate: (values) => ({ ...pathErrors(values.path), ...openSecretErrors(values), ...(values.otherArchive ? unlockErrors(values) : {}) }),
  });
  const check = useKedangMutation('backup.check');
  const submit = (values: Values) =>
    check.mutate(
      { path: values.path.trim(), open: toOpen(values), ...(values.otherArchive ? { unlock: toUnlock(values) } : {}) },
      {
        onSuccess: (handle) => {
          form.setValues(wipedSecrets);
          onStarted(startedJob(handle), values.path.trim());
        },
      },
    );

  return (
    <form noValidate onSubmit={form.onSubmit(submit)} aria-label={t('backup.check.formLabel')}>
      <Stack gap="sm">
        <BackupFileField field={form.getInputProps('path')} known={known} disabled={running} />
        <OpenSecretFields
          kind={form.getInputProps('openKind')}
          passphrase={form.getInputProps('passphrase')}
          identity={form.getInputProps('identity')}
          onIdentity={(text) => form.setFieldValue('identity', text)}
          disabled={running}
        />
        <Checkbox label={t('backup.check.otherArchive')} description={t('backup.check.otherArchiveHint')} disabled={running} {...form.getInputProps('otherArchive', { type: 'checkbox' })} />
        {form.values.otherArchive && (
          <UnlockFields
            kind={form.getInputProps('unlockKind')}
            username={form.getInputProps('username')}
            password={form.getInputProps('password')}
            recoveryCode={form.getInputProps('recoveryCode')}
            disabled={running}
          />
        )}
        <ErrorNotice error={check.error} />
        <FormActions submitLabel={t('backup.check.start')} saving={check.isPending} disabled={running} />
      </Stack>
    </form>
  );
}
