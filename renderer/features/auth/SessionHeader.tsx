import { useState } from 'react';
import { Badge, Button, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import { useKedangMutation } from '../../api/useKedang';
import { refreshStatus } from '../../app/appStatus';
import { useRoleLabel } from '../../i18n/roleLabel';
import { LoanNotifications } from '../loans/LoanNotifications';
import { ChangePasswordDialog } from './ChangePasswordDialog';
import { lockNow } from './lockNow';

/** Who is at the keyboard, and the three things they can do about their session. */
export function SessionHeader({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const queryClient = useQueryClient();
  const [changing, setChanging] = useState(false);
  const logout = useKedangMutation('auth.logout', {
    onSettled: () => refreshStatus(queryClient),
  });

  return (
    <Group gap="xs" wrap="nowrap">
      <LoanNotifications user={user} />
      <Text size="sm" fw={500} aria-label={t('app.header.currentUser')}>
        {user.displayName}
      </Text>
      <Badge variant="light" size="sm">
        {roleLabel(user.role)}
      </Badge>
      <Button size="compact-sm" variant="light" onClick={() => void lockNow(queryClient)}>
        {t('app.header.lock')}
      </Button>
      <Button size="compact-sm" variant="subtle" onClick={() => setChanging(true)}>
        {t('app.header.changePassword')}
      </Button>
      <Button size="compact-sm" variant="subtle" color="gray" onClick={() => logout.mutate({})} loading={logout.isPending}>
        {t('app.header.logout')}
      </Button>
      <ChangePasswordDialog opened={changing} onClose={() => setChanging(false)} />
    </Group>
  );
}
