import { Button, Group, Loader, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { settingsPatchSchema, type AppSettings } from '../../../shared/settings/settings';
import { refreshStatus } from '../../app/appStatus';
import { openConfirm } from '../../dialogs/confirm';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { FormActions } from '../../forms/FormActions';
import { schemaErrors, serverFieldErrors } from '../../forms/fieldIssues';
import { LoanRulesSection } from '../loans/LoanRulesSection';
import { RetentionRulesSection } from '../lifecycle/RetentionRulesSection';
import { useRecoverySheet } from '../setup/RecoverySheetContext';
import { useRotateRecovery, useSettings, useUpdateSettings } from './settingsQueries';

/** The fields core may name in a field-level error for this form. */
const followUpFields = ['followUpDaysH', 'followUpDaysA', 'followUpDaysB', 'followUpDaysO'] as const;
const formFields = ['storeName', 'storeAddress', 'idleLockMinutes', 'archivePattern', 'attachmentMaxMb', 'staleDays', ...followUpFields, 'backupKeepLast', 'backupWarnDays', 'backupFolder'] as const;

/** What the form edits: every setting but the backup key, which only 生成备份密钥 sets (core refuses it in a patch). */
type EditableSettings = Omit<AppSettings, 'backupRecipient'>;

function editable({ backupRecipient: _key, ...rest }: AppSettings): EditableSettings {
  return rest;
}

/** Store details, the idle auto-lock, archive rules, the follow-up cadence, and a fresh recovery code when the printed one is lost. */
export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useSettings();
  return (
    <Stack maw={1080}>
      <Title order={2}>{t('settings.title')}</Title>
      <ErrorNotice error={settings.error} />
      {settings.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {settings.data && <SettingsForm settings={settings.data} />}
      <LoanRulesSection />
      <RetentionRulesSection />
      <RecoveryCodeSection />
    </Stack>
  );
}

function SettingsForm({ settings }: { settings: AppSettings }) {
  const { t } = useTranslation();
  const update = useUpdateSettings();
  const form = useForm<EditableSettings>({
    initialValues: editable(settings),
    validate: (values) => schemaErrors(settingsPatchSchema, values),
  });
  const submit = (values: EditableSettings) =>
    update.mutate(values, {
      onSuccess: (saved) => {
        form.setInitialValues(editable(saved));
        form.setValues(editable(saved));
        notifications.show({ color: 'green', message: t('settings.saved') });
      },
      onError: (error) => form.setErrors(serverFieldErrors(error, formFields)),
    });

  return (
    <Paper withBorder p="md">
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack>
          <Title order={4}>{t('settings.store')}</Title>
          <TextInput label={t('fields.storeName')} autoFocus {...form.getInputProps('storeName')} />
          <TextInput label={t('fields.storeAddress')} {...form.getInputProps('storeAddress')} />
          <Title order={4} mt="sm">
            {t('settings.security')}
          </Title>
          <NumberInput
            label={t('settings.idleLockMinutes')}
            description={t('settings.idleLockHint')}
            min={1}
            max={240}
            allowDecimal={false}
            w={260}
            {...form.getInputProps('idleLockMinutes')}
          />
          <Title order={4} mt="sm">
            {t('settings.archive')}
          </Title>
          <Group grow align="flex-start">
            <TextInput label={t('settings.archivePattern')} description={t('settings.archivePatternHint')} {...form.getInputProps('archivePattern')} />
            <NumberInput label={t('settings.attachmentMaxMb')} min={1} max={30} allowDecimal={false} {...form.getInputProps('attachmentMaxMb')} />
          </Group>
          <Title order={4} mt="sm">
            {t('settings.followUp')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('settings.followUpHint')}
          </Text>
          <Group grow align="flex-start">
            {followUpFields.map((name) => (
              <NumberInput key={name} label={t(`settings.${name}`)} min={1} max={90} allowDecimal={false} suffix={t('settings.daysSuffix')} {...form.getInputProps(name)} />
            ))}
          </Group>
          <NumberInput label={t('settings.staleDays')} description={t('settings.staleDaysHint')} min={7} max={3650} allowDecimal={false} w={260} suffix={t('settings.daysSuffix')} {...form.getInputProps('staleDays')} />
          <Title order={4} mt="sm">
            {t('settings.backup')}
          </Title>
          <Group grow align="flex-start">
            <NumberInput label={t('settings.backupKeepLast')} description={t('settings.backupKeepLastHint')} min={1} max={100} allowDecimal={false} {...form.getInputProps('backupKeepLast')} />
            <NumberInput
              label={t('settings.backupWarnDays')}
              description={t('settings.backupWarnDaysHint')}
              min={1}
              max={365}
              allowDecimal={false}
              suffix={t('settings.daysSuffix')}
              {...form.getInputProps('backupWarnDays')}
            />
          </Group>
          <TextInput label={t('settings.backupFolder')} description={t('settings.backupFolderHint')} spellCheck={false} {...form.getInputProps('backupFolder')} />
          <ErrorNotice error={update.error} fields={formFields} />
          <FormActions onCancel={() => form.reset()} cancelLabel={t('settings.reset')} cancelDisabled={!form.isDirty()} saving={update.isPending} disabled={!form.isDirty()} />
        </Stack>
      </form>
    </Paper>
  );
}

/** A new recovery code when the printed one is lost; asked once more, as the old one stops working at once. */
function RecoveryCodeSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const recovery = useRecoverySheet();
  const rotate = useRotateRecovery();
  const confirm = () =>
    openConfirm({
      title: t('settings.rotateConfirmTitle'),
      message: t('settings.rotateConfirm'),
      confirmLabel: t('settings.rotateButton'),
      color: 'orange',
      onConfirm: async () => {
        const sheet = await rotate.mutateAsync({});
        recovery.show(sheet);
        await refreshStatus(queryClient);
      },
    });

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={4}>{t('settings.recoveryTitle')}</Title>
        <Text size="sm">{t('settings.recoveryIntro')}</Text>
        <Group>
          <Button variant="light" color="orange" onClick={confirm}>
            {t('settings.rotate')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
