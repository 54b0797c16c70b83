import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../shared/users/users';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { useDeleteUser } from './usersQueries';

/** Names the account being deleted, so the wrong row is not removed by a slip. */
export function DeleteUserDialog({ user, onClose }: { user: UserSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteUser();
  const confirm = () =>
    remove.mutate(
      { id: user.id },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('users.deleted', { name: user.displayName }) });
          onClose();
        },
      },
    );

  return (
    <Modal opened onClose={onClose} title={t('users.deleteTitle')}>
      <Stack>
        <Text>{t('users.deleteConfirm', { name: user.displayName, username: user.username })}</Text>
        <ErrorNotice error={remove.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={confirm} loading={remove.isPending}>
            {t('users.deleteButton')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
