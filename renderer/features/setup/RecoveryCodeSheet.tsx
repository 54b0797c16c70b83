import { Alert, Box, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { normaliseRecoveryCode, RECOVERY_GROUP_LENGTH } from '../../../shared/auth/recoveryCode';
import { call } from '../../api/kedang';
import { usePrint } from '../documents/PrintDialog';

export function recoveryGroups(code: string): string[] {
  const raw = normaliseRecoveryCode(code);
  const groups: string[] = [];
  for (let i = 0; i < raw.length; i += RECOVERY_GROUP_LENGTH) groups.push(raw.slice(i, i + RECOVERY_GROUP_LENGTH));
  return groups;
}

/** The recovery code, shown once, large enough to copy by hand without mistakes. */
export function RecoveryCodeSheet({ recoveryCode, onKept }: { recoveryCode: string; onKept: () => void }) {
  const { t } = useTranslation();
  const groups = recoveryGroups(recoveryCode);
  // A controlled document like every other printout: serial-numbered, registered, audited.
  const printer = usePrint();
  return (
    <Stack>
      <Title order={2}>{t('recovery.title')}</Title>
      <Text size="sm">{t('recovery.intro')}</Text>
      <Alert color="orange" variant="light" title={t('recovery.warningTitle')}>
        {t('recovery.warning')}
      </Alert>
      <Paper withBorder p="md" bg="gray.0" aria-label={t('recovery.codeLabel')} role="group">
        <SimpleGrid cols={4} spacing="md" verticalSpacing="md">
          {groups.map((group, index) => (
            <Box key={index} ta="center">
              <Text size="xs" c="dimmed">
                {t('recovery.groupLabel', { n: index + 1 })}
              </Text>
              <Text ff="monospace" fz={30} fw={700} lts={3} data-testid="recovery-group">
                {group}
              </Text>
            </Box>
          ))}
        </SimpleGrid>
      </Paper>
      <Group justify="space-between">
        <Button variant="default" onClick={() => printer.print({ title: t('documents.recovery.title'), start: () => call('documents.printRecoverySheet', {}) })}>
          {t('common.print')}
        </Button>
        <Button onClick={onKept} autoFocus>
          {t('recovery.kept')}
        </Button>
      </Group>
      {printer.dialog}
    </Stack>
  );
}
