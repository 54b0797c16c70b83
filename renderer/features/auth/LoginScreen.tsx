import { useState } from 'react';
import { Anchor, Button, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { channels } from '../../../shared/contract/channels';
import { call } from '../../api/kedang';
import { refreshStatus } from '../../app/appStatus';
import { GateLayout } from '../../app/GateLayout';
import { ErrorNotice } from '../../forms/ErrorNotice';
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
  const login = useMutation({
    mutationFn: (values: { username: string; password: string }) => call('auth.login', values),
    onSuccess: () => refreshStatus(queryClient),
    onError: () => form.setFieldValue('password', ''),
  });

  return (
    <form onSubmit={form.onSubmit((values) => login.mutate(values))}>
      <Stack>
        <Title order={2}>{t('auth.loginTitle')}</Title>
        <Text size="sm" c="dimmed">
          {t('auth.loginIntro')}
        </Text>
        <TextInput label={t('fields.username')} autoFocus autoComplete="username" {...form.getInputProps('username')} />
        <PasswordInput label={t('fields.password')} autoComplete="current-password" {...form.getInputProps('password')} />
        <ErrorNotice error={login.error} />
        <Group justify="space-between">
          <Anchor component="button" type="button" size="sm" onClick={onForgot}>
            {t('auth.forgot')}
          </Anchor>
          <Button type="submit" loading={login.isPending}>
            {t('auth.login')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
