import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/LanguageSwitch';

/** Shown while this PC has no archive yet. */
export function FirstRunScreen() {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" maw={560} w="100%">
        <Stack>
          <Title order={2}>{t('setup.title')}</Title>
          <Text>{t('setup.intro')}</Text>
          <Text c="dimmed">{t('setup.pending')}</Text>
          <LanguageSwitch />
        </Stack>
      </Paper>
    </Center>
  );
}
