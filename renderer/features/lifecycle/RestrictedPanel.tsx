import { Badge, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RestrictedFile } from '../../../shared/lifecycle/lifecycleTypes';
import { useDialogState } from '../../dialogs/useDialogState';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { AnchorLink } from '../../routing/links';
import { formatTime } from '../loans/useLoanFormat';
import { useRestrictedFiles } from './lifecycleQueries';
import { RestrictDialog, UnrestrictDialog } from './RestrictDialogs';

/** 封存 (archive admin only): files kept because the law or a dispute requires it, hidden from everyone else. */
export function RestrictedPanel() {
  const { t } = useTranslation();
  const restricted = useRestrictedFiles();
  const restricting = useDialogState();
  const lifting = useDialogState<RestrictedFile>();

  if (restricted.error) return <ErrorNotice error={restricted.error} />;
  if (!restricted.data) return <Loader size="sm" aria-label={t('app.loading')} />;
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm" c="dimmed">
          {t('lifecycle.restricted.intro')}
        </Text>
        <Button onClick={() => restricting.open(true)} style={{ flexShrink: 0 }}>
          {t('lifecycle.restricted.add')}
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={820}>
        <Table striped highlightOnHover withTableBorder verticalSpacing="xs" aria-label={t('lifecycle.restricted.caption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('lifecycle.restricted.archiveNo')}</Table.Th>
              <Table.Th>{t('lifecycle.restricted.name')}</Table.Th>
              <Table.Th>{t('lifecycle.restricted.reason')}</Table.Th>
              <Table.Th>{t('lifecycle.restricted.since')}</Table.Th>
              <Table.Th>{t('lifecycle.restricted.reviewAt')}</Table.Th>
              <Table.Th>{t('lifecycle.restricted.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {restricted.data.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>
                  <Text size="sm" c="dimmed" ta="center" py="sm">
                    {t('lifecycle.restricted.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {restricted.data.map((file) => (
              <Table.Tr key={file.customerId}>
                <Table.Td ff="monospace">
                  <AnchorLink to="/customers/$customerId" params={{ customerId: file.customerId }} search={{}} size="sm" ff="monospace" aria-label={t('lifecycle.restricted.open', { archiveNo: file.archiveNo })}>
                    {file.archiveNo}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{file.name}</Table.Td>
                <Table.Td maw={360}>
                  <Text size="sm" lineClamp={2} title={file.reason}>
                    {file.reason}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{file.restrictedAt ? formatTime(file.restrictedAt) : '—'}</Text>
                  {file.restrictedByName && (
                    <Text size="xs" c="dimmed">
                      {file.restrictedByName}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {file.reviewAt ?? '—'}
                    {file.reviewDue && (
                      <Badge color="orange" variant="light" tt="none">
                        {t('lifecycle.restricted.due')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="default" onClick={() => lifting.open(file)} aria-label={t('lifecycle.restricted.liftOf', { archiveNo: file.archiveNo })}>
                    {t('lifecycle.restricted.lift')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <RestrictDialog opened={restricting.opened} onClose={restricting.close} />
      <UnrestrictDialog opened={lifting.opened} file={lifting.value} onClose={lifting.close} />
    </Stack>
  );
}
