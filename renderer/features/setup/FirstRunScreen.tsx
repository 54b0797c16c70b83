import { useState } from 'react';
import { Button, Group, PasswordInput, Stack, Stepper, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { channels } from '../../../shared/contract/channels';
import { useKedangMutation } from '../../api/useKedang';
import { refreshStatus } from '../../app/appStatus';
import { GateLayout } from '../../app/GateLayout';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { FormActions } from '../../forms/FormActions';
import { repeatErrors, schemaErrors, serverFieldErrors } from '../../forms/fieldIssues';
import { FirstRunRestore } from './FirstRunRestore';
import { useRecoverySheet } from './RecoverySheetContext';
import { mandatory } from '../../forms/mandatory';

const setupInput = channels['setup.initialize'].input;
const storeSchema = setupInput.shape.store;
const adminSchema = setupInput.shape.admin.extend({ passwordRepeat: z.string() });

/**
 * First run: a new archive (store details, then the first system administrator; core then returns the
 * recovery code once), or, on a new PC, the store's archive brought back from a backup.
 */
export function FirstRunScreen() {
  const [restoring, setRestoring] = useState(false);
  return restoring ? (
    <GateLayout width={1080}>
      <FirstRunRestore onBack={() => setRestoring(false)} />
    </GateLayout>
  ) : (
    <NewArchive onRestore={() => setRestoring(true)} />
  );
}

function NewArchive({ onRestore }: { onRestore: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const recovery = useRecoverySheet();
  const [step, setStep] = useState(0);

  const store = useForm({
    initialValues: { name: '', address: '' },
    validate: (values) => schemaErrors(storeSchema, values),
  });
  const admin = useForm({
    initialValues: { username: '', displayName: '', password: '', passwordRepeat: '' },
    validate: (values) => ({ ...schemaErrors(adminSchema, values), ...repeatErrors(values.password, values.passwordRepeat, 'passwordRepeat') }),
  });

  const initialize = useKedangMutation('setup.initialize', {
    onSuccess: async (sheet) => {
      recovery.show(sheet);
      await refreshStatus(queryClient);
    },
    onError: (error) => {
      store.setErrors(serverFieldErrors(error, ['name', 'address'], 'store.'));
      admin.setErrors(serverFieldErrors(error, ['username', 'displayName', 'password'], 'admin.'));
    },
  });

  return (
    <GateLayout width={620}>
      <Stack>
        <Title order={2}>{t('setup.title')}</Title>
        <Text size="sm">{t('setup.intro')}</Text>
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" c="dimmed">
            {t('setup.fromBackupHint')}
          </Text>
          <Button variant="light" size="compact-sm" onClick={onRestore} disabled={initialize.isPending}>
            {t('setup.fromBackup')}
          </Button>
        </Group>
        <Stepper active={step} size="sm" allowNextStepsSelect={false} onStepClick={setStep}>
          <Stepper.Step label={t('setup.stepStore')}>
            <form noValidate onSubmit={store.onSubmit(() => setStep(1))}>
              <Stack mt="md">
                <TextInput label={t('fields.storeName')} {...mandatory} autoFocus {...store.getInputProps('name')} />
                <TextInput label={t('fields.storeAddress')} {...store.getInputProps('address')} />
                <FormActions submitLabel={t('common.next')} />
              </Stack>
            </form>
          </Stepper.Step>
          <Stepper.Step label={t('setup.stepAdmin')}>
            <form noValidate onSubmit={admin.onSubmit(({ passwordRepeat: _repeat, ...account }) => initialize.mutate({ store: store.getValues(), admin: account }))}>
              <Stack mt="md">
                <Text size="sm" c="dimmed">
                  {t('setup.adminHint')}
                </Text>
                <TextInput
                  label={t('fields.username')}
                  description={t('fields.usernameHint')}
                  {...mandatory}
                  autoFocus
                  autoComplete="off"
                  {...admin.getInputProps('username')}
                />
                <TextInput label={t('fields.displayName')} {...mandatory} {...admin.getInputProps('displayName')} />
                <PasswordInput
                  label={t('fields.password')}
                  description={t('fields.passwordHint')}
                  {...mandatory}
                  autoComplete="new-password"
                  {...admin.getInputProps('password')}
                />
                <PasswordInput label={t('fields.passwordRepeat')} {...mandatory} autoComplete="new-password" {...admin.getInputProps('passwordRepeat')} />
                <ErrorNotice error={initialize.error} />
                <FormActions onCancel={() => setStep(0)} cancelLabel={t('common.back')} submitLabel={t('setup.submit')} saving={initialize.isPending} />
                {initialize.isPending && (
                  <Text size="sm" c="dimmed" ta="right">
                    {t('setup.creating')}
                  </Text>
                )}
              </Stack>
            </form>
          </Stepper.Step>
          <Stepper.Step label={t('setup.stepRecovery')} />
        </Stepper>
      </Stack>
    </GateLayout>
  );
}
