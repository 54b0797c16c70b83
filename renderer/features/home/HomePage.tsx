import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import { BackupStatusPanel } from '../backup/BackupStatusPanel';
import { ErasedBackupsPanel } from '../backup/ErasedBackupsPanel';
import { FollowUpsPanel } from '../customers/FollowUpsPanel';
import { OverdueLoansPanel } from '../loans/OverdueLoansPanel';
import { DuplicateCheckReminder } from '../duplicates/DuplicateCheckReminder';

export function HomePage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('home.title')}</Title>
      <Text>{t('home.greeting', { name: user.displayName })}</Text>
      <Text>{t('home.welcome')}</Text>
      <DuplicateCheckReminder />
      <FollowUpsPanel user={user} />
      <OverdueLoansPanel />
      <BackupStatusPanel />
      <ErasedBackupsPanel />
    </Stack>
  );
}

/** Reached by a typed or stale address; core would refuse the calls anyway. */
export function ForbiddenPage({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t(titleKey)}</Title>
      <Alert color="orange" variant="light">
        {t('errors.FORBIDDEN')}
      </Alert>
    </Stack>
  );
}
