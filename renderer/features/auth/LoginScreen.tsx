import { useState } from 'react';
import { Anchor, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { channels } from '../../../shared/contract/channels';
import { useKedangMutation } from '../../api/useKedang';
import { refreshStatus } from '../../app/appStatus';
import { GateLayout } from '../../app/GateLayout';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { FormActions } from '../../forms/FormActions';
import { schemaErrors } from '../../forms/fieldIssues';
import { RecoverPasswordForm } from './RecoverPasswordForm';

const loginSchema = channels['auth.login'].input;

/** Nobody is logged in: a password opens the archive (the password unwraps the master key). */
export function LoginScreen() {
  const [mode, setMode] = useState<'login' | 'recover'>('login');
  return (
    <GateLayout>
      {mode === 'login' ? <LoginForm onForgot={() => setMode('recover')} /> : <RecoverPasswordForm onBack={() => setMode('login')} />}
    </GateLayout>
  );
}

function LoginForm({ onForgot }: { onForgot: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { username: '', password: '' },
    validate: (values) => schemaErrors(loginSchema, values),
  });
  const login = useKedangMutation('auth.login', {
    onSuccess: () => refreshStatus(queryClient),
    onError: () => form.setFieldValue('password', ''),
  });

  return (
    <form noValidate onSubmit={form.onSubmit((values) => login.mutate(values))}>
      <Stack>
        <Title order={2}>{t('auth.loginTitle')}</Title>
        <Text size="sm" c="dimmed">
          {t('auth.loginIntro')}
        </Text>
        <TextInput label={t('fields.username')} autoFocus autoComplete="username" {...form.getInputProps('username')} />
        <PasswordInput label={t('fields.password')} autoComplete="current-password" {...form.getInputProps('password')} />
        <ErrorNotice error={login.error} />
        <FormActions
          submitLabel={t('auth.login')}
          saving={login.isPending}
          start={
            <Anchor component="button" type="button" size="sm" onClick={onForgot}>
              {t('auth.forgot')}
            </Anchor>
          }
        />
      </Stack>
    </form>
  );
}
