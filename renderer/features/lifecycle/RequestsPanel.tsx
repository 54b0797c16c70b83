import { Badge, Button, Group, List, Loader, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { LifecycleRequest, LifecycleStatus } from '../../../shared/lifecycle/lifecycleTypes';
import { call } from '../../api/kedang';
import { useChannelAllowed } from '../../api/channelAccess';
import { openConfirm } from '../../dialogs/confirm';
import { useDialogState } from '../../dialogs/useDialogState';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { useRoleLabel } from '../../i18n/roleLabel';
import { usePrint } from '../documents/PrintDialog';
import { formatTime } from '../loans/useLoanFormat';
import { DecideDialog } from './DecideDialog';
import { useLifecycleCommand, useLifecycleRequests } from './lifecycleQueries';
import { ShreddingDialog } from './ShreddingDialog';

/** An executed request prints as its record; before that, the same sheet is its application form. */
const printLabel = (request: LifecycleRequest) => (request.status === 'executed' ? 'lifecycle.requests.printRecord' : 'lifecycle.requests.printApplication');

const statusColors: Record<LifecycleStatus, string> = { submitted: 'orange', approved: 'blue', rejected: 'red', cancelled: 'gray', executed: 'green' };

/**
 * 申请与记录: every request the user may see, newest first, and the records of those carried out
 * (kept for good). Approvers sign here; the archive room carries out, confirms the shredding, prints.
 */
export function RequestsPanel() {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const requests = useLifecycleRequests();
  const manages = useChannelAllowed('lifecycle.execute');
  const deciding = useDialogState<LifecycleRequest>();
  const shredding = useDialogState<LifecycleRequest>();
  const printer = usePrint();
  const execute = useLifecycleCommand('lifecycle.execute');
  const cancel = useLifecycleCommand('lifecycle.cancel');

  const askExecute = (request: LifecycleRequest) =>
    openConfirm({
      title: t(`lifecycle.execute.title.${request.kind}`),
      message: (
        <Stack gap="xs">
          <Text size="sm">{t('lifecycle.execute.files', { count: request.items.length, files: request.items.map((i) => i.archiveNo).join('、') })}</Text>
          <Text size="sm" fw={700} c="red">
            {t('lifecycle.execute.erase')}
          </Text>
          <Text size="sm">{t('lifecycle.execute.kept')}</Text>
          <Text size="sm">{t('lifecycle.execute.loans')}</Text>
          {request.kind === 'destruction' && <Text size="sm">{t('lifecycle.execute.paper')}</Text>}
        </Stack>
      ),
      confirmLabel: t(`lifecycle.execute.confirm.${request.kind}`),
      color: 'red',
      onConfirm: async () => {
        await execute.mutateAsync({ id: request.id });
        notifications.show({ color: 'green', message: t('lifecycle.execute.done', { id: request.id, kind: t(`lifecycle.kind.${request.kind}`) }) });
      },
    });

  const askCancel = (request: LifecycleRequest) =>
    openConfirm({
      title: t('lifecycle.cancel.title'),
      message: t('lifecycle.cancel.body', { id: request.id, kind: t(`lifecycle.kind.${request.kind}`) }),
      confirmLabel: t('lifecycle.cancel.confirm'),
      color: 'orange',
      onConfirm: async () => {
        await cancel.mutateAsync({ id: request.id });
        notifications.show({ color: 'green', message: t('lifecycle.cancel.done', { id: request.id }) });
      },
    });

  const print = (request: LifecycleRequest, certificate: boolean) =>
    printer.print({
      title: certificate
        ? t('lifecycle.print.certificateTitle', { id: request.id })
        : request.status === 'executed'
          ? t(`lifecycle.print.recordTitle.${request.kind}`, { id: request.id })
          : t(`lifecycle.print.applicationTitle.${request.kind}`, { id: request.id }),
      start: () => call('documents.printLifecycleRecord', { id: request.id, certificate }),
    });

  if (requests.error) return <ErrorNotice error={requests.error} />;
  if (!requests.data) return <Loader size="sm" aria-label={t('app.loading')} />;
  const rows = requests.data.requests;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {manages ? t('lifecycle.requests.introManager') : t('lifecycle.requests.introApprover')}
      </Text>
      <Table.ScrollContainer minWidth={1040}>
        <Table striped highlightOnHover withTableBorder verticalSpacing="xs" aria-label={t('lifecycle.requests.caption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('lifecycle.requests.id')}</Table.Th>
              <Table.Th>{t('lifecycle.requests.files')}</Table.Th>
              <Table.Th>{t('lifecycle.requests.status')}</Table.Th>
              <Table.Th>{t('lifecycle.requests.approvals')}</Table.Th>
              <Table.Th>{t('lifecycle.requests.carriedOut')}</Table.Th>
              <Table.Th>{t('lifecycle.requests.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>
                  <Text size="sm" c="dimmed" ta="center" py="sm">
                    {t('lifecycle.requests.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {rows.map((request) => {
              const name = `${t(`lifecycle.kind.${request.kind}`)} #${request.id}`;
              const needsShredding = request.kind === 'destruction' && request.status === 'executed' && request.shreddedAt === null;
              return (
                <Table.Tr key={request.id}>
                  <Table.Td>
                    <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
                      {name}
                    </Text>
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {request.requesterName}
                    </Text>
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {formatTime(request.createdAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td maw={320}>
                    <Text size="sm">{request.items.map((i) => (i.name ? `${i.archiveNo} ${i.name}` : i.archiveNo)).join('、')}</Text>
                    <Text size="xs" c="dimmed" lineClamp={2} title={request.reason}>
                      {t('lifecycle.requests.reason', { reason: request.reason })}
                    </Text>
                    {request.items[0]?.rule && (
                      <Text size="xs" c="dimmed">
                        {t('lifecycle.request.rule', { rule: t(`lifecycle.rule.${request.items[0].rule}`) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={statusColors[request.status]} variant="light" tt="none">
                      {t(`lifecycle.status.${request.status}`)}
                    </Badge>
                    {needsShredding && (
                      <Text size="xs" c="orange">
                        {t('lifecycle.requests.paperPending')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      {(request.approval?.steps ?? []).map((step) => (
                        <Text key={step.position} size="xs" c={step.status === 'waiting' ? 'dimmed' : undefined} style={{ whiteSpace: 'nowrap' }}>
                          {step.roles.map(roleLabel).join(t('lifecycle.or'))}：{step.decidedByName ?? t('lifecycle.requests.waiting')}
                          {step.status === 'rejected' ? ` ✗ ${t('lifecycle.requests.rejectedMark')}` : step.status === 'approved' ? ' ✓' : ''}
                          {step.note ? `（${step.note}）` : ''}
                        </Text>
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    {request.executedAt ? (
                      <Stack gap={0}>
                        <Text size="xs">{t('lifecycle.requests.executed', { by: request.executedByName ?? '', at: formatTime(request.executedAt) })}</Text>
                        {request.shreddedAt && (
                          <Text size="xs">{t('lifecycle.requests.shredded', { by: request.shreddedByName ?? '', witness: request.witnessName ?? '', at: formatTime(request.shreddedAt) })}</Text>
                        )}
                        {request.backupsHolding.length > 0 && (
                          <Text size="xs" c="dimmed">
                            {t('lifecycle.requests.backupsHolding', { count: request.backupsHolding.length })}
                          </Text>
                        )}
                      </Stack>
                    ) : (
                      <Text size="xs" c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="wrap" maw={260}>
                      {request.status === 'submitted' && (
                        <Button size="xs" onClick={() => deciding.open(request)} aria-label={`${t('lifecycle.requests.decide')} ${name}`}>
                          {t('lifecycle.requests.decide')}
                        </Button>
                      )}
                      {manages && request.status === 'approved' && (
                        <Button size="xs" color="red" onClick={() => askExecute(request)} aria-label={`${t('lifecycle.requests.execute')} ${name}`}>
                          {t('lifecycle.requests.execute')}
                        </Button>
                      )}
                      {manages && needsShredding && (
                        <Button size="xs" color="red" onClick={() => shredding.open(request)} aria-label={`${t('lifecycle.requests.shred')} ${name}`}>
                          {t('lifecycle.requests.shred')}
                        </Button>
                      )}
                      {manages && (request.status === 'submitted' || request.status === 'approved') && (
                        <Button size="xs" variant="default" onClick={() => askCancel(request)} aria-label={`${t('lifecycle.requests.cancel')} ${name}`}>
                          {t('lifecycle.requests.cancel')}
                        </Button>
                      )}
                      {manages && (
                        <Button size="xs" variant="default" onClick={() => print(request, false)} aria-label={`${t(printLabel(request))} ${name}`}>
                          {t(printLabel(request))}
                        </Button>
                      )}
                      {manages && request.kind === 'destruction' && request.shreddedAt !== null && (
                        <Button size="xs" variant="default" onClick={() => print(request, true)} aria-label={`${t('lifecycle.requests.printCertificate')} ${name}`}>
                          {t('lifecycle.requests.printCertificate')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.some((r) => r.backupsHolding.length > 0) && (
        <List size="xs" c="dimmed">
          <List.Item>{t('lifecycle.requests.backupsNote')}</List.Item>
        </List>
      )}
      <DecideDialog opened={deciding.opened} request={deciding.value} onClose={deciding.close} />
      <ShreddingDialog opened={shredding.opened} request={shredding.value} onClose={shredding.close} />
      {printer.dialog}
    </Stack>
  );
}
