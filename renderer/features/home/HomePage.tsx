import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function HomePage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('home.title')}</Title>
      <Text>{t('home.welcome')}</Text>
    </Stack>
  );
}

/** A screen whose feature has not landed yet says so plainly instead of pretending. */
export function NotYetPage({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t(titleKey)}</Title>
      <Text c="dimmed">{t('home.notYet')}</Text>
    </Stack>
  );
}
