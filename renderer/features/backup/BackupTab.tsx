import { useEffect, useRef, useState } from 'react';
import { Alert, Grid, Input, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { KedangError } from '../../../shared/contract/errors';
import { useKedangMutation } from '../../api/useKedang';
import { ErrorNotice, errorText } from '../../forms/ErrorNotice';
import { FieldIssueText, repeatErrors, schemaErrors } from '../../forms/fieldIssues';
import { FormActions } from '../../forms/FormActions';
import type { JobPhases } from '../../jobs/jobEstimate';
import { JobProgress } from '../../jobs/JobProgress';
import { startedJob, useJob, useRunningJob } from '../../jobs/useJob';
import { useSettings } from '../settings/settingsQueries';
import { BackupAge } from './BackupAge';
import { BackupDoneCard } from './BackupDoneCard';
import { BackupKeySection } from './BackupKeySection';
import { newPassphraseSchema, pathErrors } from './backupForms';
import { useBackupChanged, useBackupStatus, useBackupTargets } from './backupQueries';
import { NewPassphraseFields } from './NewPassphraseFields';
import { OTHER_FOLDER, TargetPicker } from './TargetPicker';

/** A backup's phases and their share of its time: writing and reading back take about as long. */
export const BACKUP_PHASES: JobPhases = [
  ['snapshot', 2],
  ['write', 50],
  ['verify', 43],
  ['integrity', 5],
];

interface Values {
  target: string;
  otherFolder: string;
  secret: 'passphrase' | 'key';
  passphrase: string;
  passphraseRepeat: string;
}

const initial: Values = { target: '', otherFolder: '', secret: 'passphrase', passphrase: '', passphraseRepeat: '' };

/**
 * 备份: where to, how it is locked (a passphrase typed now, or the store's backup key), then the job
 * with its progress, ending on 备份已校验 or on why not. The passphrase leaves the form when sent.
 */
export function BackupTab({ onCheck }: { onCheck: (path: string) => void }) {
  const { t } = useTranslation();
  const [started, setStarted] = useState<{ jobId: string; folder: string } | null>(null);
  const resumed = useRunningJob(['backup']);
  const jobId = started?.jobId ?? resumed;
  const control = useJob(jobId);
  const state = control.job?.state;
  const changed = useBackupChanged();
  // Once per ending: the history, the status and the remembered folder change.
  useEffect(() => {
    if (state && state !== 'running') void changed();
  }, [state, changed]);

  return (
    <Grid gap="xl" align="flex-start">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <BackupForm running={state === 'running'} onStarted={(id, folder) => setStarted({ jobId: id, folder })} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack>
          {jobId && state === 'running' && (
            <JobProgress control={control} title={started ? t('backup.run.runningTo', { folder: started.folder }) : t('backup.run.running')} phases={BACKUP_PHASES} />
          )}
          {jobId && state === 'succeeded' && <BackupDoneCard jobId={jobId} onCheck={onCheck} />}
          {state === 'failed' && control.job?.error && (
            <Alert color="red" variant="light" title={t('backup.run.failed')} role="alert">
              {errorText(t, KedangError.fromPayload(control.job.error))}
            </Alert>
          )}
          {state === 'cancelled' && (
            <Alert color="gray" variant="light" title={t('backup.run.cancelledTitle')} role="status">
              {t('jobs.cancelled')}
            </Alert>
          )}
          <LastBackup />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

function LastBackup() {
  const { t } = useTranslation();
  const status = useBackupStatus();
  return (
    <Paper withBorder p="md">
      <Stack gap={6}>
        <Title order={4}>{t('backup.status.title')}</Title>
        <ErrorNotice error={status.error} />
        {status.data && <BackupAge status={status.data} />}
        <Text size="sm" c="dimmed">
          {t('backup.run.howItWorks')}
        </Text>
      </Stack>
    </Paper>
  );
}

function BackupForm({ running, onStarted }: { running: boolean; onStarted: (jobId: string, folder: string) => void }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const recipient = settings.data?.backupRecipient ?? '';
  const keepLast = settings.data?.backupKeepLast;
  const folderOf = (values: Values) => (values.target === OTHER_FOLDER ? values.otherFolder.trim() : values.target);
  const form = useForm<Values>({
    initialValues: initial,
    validate: (values) => {
      const errors: FormErrors = values.target === OTHER_FOLDER ? pathErrors(values.otherFolder, 'otherFolder') : {};
      if (!values.target) errors['target'] = <FieldIssueText issue={{ code: 'REQUIRED' }} />;
      if (values.secret === 'key' && !recipient) errors['secret'] = <FieldIssueText issue={{ code: 'BACKUP_NO_KEY' }} />;
      if (values.secret === 'passphrase') {
        Object.assign(errors, schemaErrors(z.object({ passphrase: newPassphraseSchema }), { passphrase: values.passphrase }), repeatErrors(values.passphrase, values.passphraseRepeat, 'passphraseRepeat'));
      }
      return errors;
    },
  });
  // The first place offered (a USB stick if one is in) is chosen until the user picks another.
  const targets = useBackupTargets();
  const { setFieldValue } = form;
  const unchosen = form.values.target === '';
  useEffect(() => {
    if (unchosen && targets.data) setFieldValue('target', targets.data[0]?.path ?? OTHER_FOLDER);
  }, [unchosen, targets.data, setFieldValue]);
  // A typed folder just backed up to is remembered by the app, and from then on offered as that place, not twice.
  const backedUpTo = useRef<string | null>(null);
  const { setValues } = form;
  useEffect(() => {
    const folder = backedUpTo.current;
    if (folder && targets.data?.some((drive) => drive.path === folder)) {
      backedUpTo.current = null;
      setValues({ target: folder, otherFolder: '' });
    }
  }, [targets.data, setValues]);
  const start = useKedangMutation('backup.start');
  const submit = (values: Values) => {
    const folder = folderOf(values);
    start.mutate(
      { folder, secret: values.secret === 'key' ? { kind: 'key' } : { kind: 'passphrase', passphrase: values.passphrase } },
      {
        onSuccess: (handle) => {
          // Sent once, never kept: the fields are emptied as the job starts.
          form.setValues({ passphrase: '', passphraseRepeat: '' });
          form.resetDirty();
          if (values.target === OTHER_FOLDER) backedUpTo.current = folder;
          onStarted(startedJob(handle), folder);
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={form.onSubmit(submit)} aria-label={t('backup.run.formLabel')}>
      <Stack gap="md">
        <TargetPicker
          target={form.getInputProps('target')}
          otherFolder={form.getInputProps('otherFolder')}
          onTypeFolder={() => form.setFieldValue('target', OTHER_FOLDER)}
          disabled={running}
        />
        <Input.Wrapper label={t('backup.run.secret')} labelElement="div" error={form.errors['secret']}>
          <SegmentedControl
            mt={4}
            fullWidth
            aria-label={t('backup.run.secret')}
            disabled={running}
            data={[
              { value: 'passphrase', label: t('backup.run.withPassphrase') },
              { value: 'key', label: t('backup.run.withKey') },
            ]}
            {...form.getInputProps('secret')}
          />
        </Input.Wrapper>
        {form.values.secret === 'passphrase' ? (
          <NewPassphraseFields passphrase={form.getInputProps('passphrase')} repeat={form.getInputProps('passphraseRepeat')} disabled={running} />
        ) : (
          <Stack gap={6}>
            <Text size="sm">{t('backup.run.keyExplained')}</Text>
            <BackupKeySection recipient={recipient} />
          </Stack>
        )}
        <ErrorNotice error={start.error} />
        <FormActions
          submitLabel={t('backup.run.start')}
          saving={start.isPending}
          disabled={running}
          start={
            keepLast ? (
              <Text size="xs" c="dimmed">
                {t('backup.run.keepLast', { count: keepLast })}
              </Text>
            ) : undefined
          }
        />
      </Stack>
    </form>
  );
}
