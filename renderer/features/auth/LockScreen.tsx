import { Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import { channels } from '../../../shared/contract/channels';
import { useKedangMutation } from '../../api/useKedang';
import { refreshStatus } from '../../app/appStatus';
import { GateLayout } from '../../app/GateLayout';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { FormActions } from '../../forms/FormActions';
import { schemaErrors } from '../../forms/fieldIssues';
import { useRoleLabel } from '../../i18n/roleLabel';

const unlockSchema = channels['auth.unlock'].input;

/** A locked session: nothing of the archive is on screen or in the query cache until the same user's password is typed. */
export function LockScreen({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { password: '' }, validate: (values) => schemaErrors(unlockSchema, values) });
  const unlock = useKedangMutation('auth.unlock', {
    onSuccess: () => refreshStatus(queryClient),
    onError: () => form.setFieldValue('password', ''),
  });
  const logout = useKedangMutation('auth.logout', {
    onSettled: () => refreshStatus(queryClient),
  });

  return (
    <GateLayout>
      <form noValidate onSubmit={form.onSubmit((values) => unlock.mutate(values))}>
        <Stack>
          <Title order={2}>{t('auth.lockTitle')}</Title>
          <Text>{t('auth.lockedBy', { name: user.displayName, username: user.username, role: roleLabel(user.role) })}</Text>
          <Text size="sm" c="dimmed">
            {t('auth.lockIntro')}
          </Text>
          <PasswordInput label={t('fields.password')} autoFocus autoComplete="current-password" {...form.getInputProps('password')} />
          <ErrorNotice error={unlock.error ?? logout.error} />
          <FormActions
            submitLabel={t('auth.unlock')}
            saving={unlock.isPending}
            start={
              <Button variant="default" onClick={() => logout.mutate({})} loading={logout.isPending}>
                {t('auth.switchUser')}
              </Button>
            }
          />
        </Stack>
      </form>
    </GateLayout>
  );
}
