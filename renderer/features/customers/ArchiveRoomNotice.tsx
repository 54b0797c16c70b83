import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import { useDialogState } from '../../dialogs/useDialogState';
import { AnchorLink } from '../../routing/links';
import { SignOffDialog } from '../signoff/SignOffDialog';
import { useCardCommand } from './customerQueries';

interface Props {
  id: number;
  /** The caller's approved 查阅 of this file, if any (core's FILE_ARCHIVE_ROOM_ONLY says). */
  grantId: number | null;
  user: SessionUser;
  onBack: () => void;
}

/**
 * A 机密 file is read in the archive room only (销售客户档案管理制度 七.3): the card says so instead of
 * an error, and under an approved 查阅 offers 在档案室打开, which the archive admin countersigns on this
 * PC at that moment; core records the opening with both names.
 */
export function ArchiveRoomNotice({ id, grantId, user, onBack }: Props) {
  const { t } = useTranslation();
  const signing = useDialogState();
  const open = useCardCommand('customers.openInArchiveRoom');
  return (
    <Stack>
      <Anchor component="button" onClick={onBack} w="fit-content" size="sm">
        ← {t('customers.card.back')}
      </Anchor>
      <Alert color="red" variant="light" title={t('customers.room.title')} role="region" aria-label={t('customers.room.title')}>
        <Stack gap="sm">
          <Text size="sm">{t('customers.room.rule')}</Text>
          {grantId !== null ? (
            <>
              <Text size="sm">{t('customers.room.withGrant', { grant: grantId })}</Text>
              <Group>
                <Button color="red" onClick={() => signing.open(true)}>
                  {t('customers.room.open')}
                </Button>
              </Group>
            </>
          ) : (
            <>
              <Text size="sm">{t('customers.room.noGrant')}</Text>
              {user.permissions.includes('loan.request') && (
                <Group>
                  <AnchorLink to="/loans" search={{}} size="sm" c="indigo.9" fw={600}>
                    {t('customers.room.apply')}
                  </AnchorLink>
                </Group>
              )}
            </>
          )}
        </Stack>
      </Alert>
      <SignOffDialog
        opened={signing.opened}
        onClose={signing.close}
        title={t('customers.room.signTitle')}
        signer="keeper"
        signLabel={t('customers.room.sign')}
        request={t('customers.room.request', { grant: grantId ?? '' })}
        onSign={async (countersign) => {
          const card = await open.mutateAsync({ id, countersign });
          notifications.show({ color: 'green', message: t('customers.room.opened', { archiveNo: card.customer.archiveNo }) });
        }}
      />
    </Stack>
  );
}
