import { useState } from 'react';
import { Button, Group, PasswordInput, Stack, Stepper, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { channels } from '../../../shared/contract/channels';
import { call } from '../../api/kedang';
import { refreshStatus } from '../../app/appStatus';
import { GateLayout } from '../../app/GateLayout';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { repeatErrors, schemaErrors, serverFieldErrors } from '../../forms/fieldIssues';
import { useRecoverySheet } from './RecoverySheetContext';

const setupInput = channels['setup.initialize'].input;
const storeSchema = setupInput.shape.store;
const adminSchema = setupInput.shape.admin.extend({ passwordRepeat: z.string() });

/** First run: store details, then the first system administrator; core then returns the recovery code once. */
export function FirstRunScreen() {
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

  const initialize = useMutation({
    mutationFn: () => {
      const { passwordRepeat: _repeat, ...account } = admin.getValues();
      return call('setup.initialize', { store: store.getValues(), admin: account });
    },
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
        <Stepper active={step} size="sm" allowNextStepsSelect={false} onStepClick={setStep}>
          <Stepper.Step label={t('setup.stepStore')}>
            <form onSubmit={store.onSubmit(() => setStep(1))}>
              <Stack mt="md">
                <TextInput label={t('fields.storeName')} required autoFocus {...store.getInputProps('name')} />
                <TextInput label={t('fields.storeAddress')} {...store.getInputProps('address')} />
                <Group justify="flex-end">
                  <Button type="submit">{t('common.next')}</Button>
                </Group>
              </Stack>
            </form>
          </Stepper.Step>
          <Stepper.Step label={t('setup.stepAdmin')}>
            <form onSubmit={admin.onSubmit(() => initialize.mutate())}>
              <Stack mt="md">
                <Text size="sm" c="dimmed">
                  {t('setup.adminHint')}
                </Text>
                <TextInput
                  label={t('fields.username')}
                  description={t('fields.usernameHint')}
                  required
                  autoFocus
                  autoComplete="off"
                  {...admin.getInputProps('username')}
                />
                <TextInput label={t('fields.displayName')} required {...admin.getInputProps('displayName')} />
                <PasswordInput
                  label={t('fields.password')}
                  description={t('fields.passwordHint')}
                  required
                  autoComplete="new-password"
                  {...admin.getInputProps('password')}
                />
                <PasswordInput label={t('fields.passwordRepeat')} required autoComplete="new-password" {...admin.getInputProps('passwordRepeat')} />
                <ErrorNotice error={initialize.error} />
                <Group justify="space-between">
                  <Button variant="default" onClick={() => setStep(0)} disabled={initialize.isPending}>
                    {t('common.back')}
                  </Button>
                  <Button type="submit" loading={initialize.isPending}>
                    {t('setup.submit')}
                  </Button>
                </Group>
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
