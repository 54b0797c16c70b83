import { useState } from 'react';
import { Badge, Button, Group, Loader, Select, Stack, Table, Text, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { lifecycleChannels } from '../../../shared/lifecycle/lifecycleChannels';
import { restrictSchema, type RestrictedFile } from '../../../shared/lifecycle/lifecycleTypes';
import { AppDialog, useUnsavedChangesGuard } from '../../dialogs/AppDialog';
import { DialogForm } from '../../dialogs/DialogForm';
import { useDialogState } from '../../dialogs/useDialogState';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { schemaErrors, serverFieldErrors } from '../../forms/fieldIssues';
import { mandatory } from '../../forms/mandatory';
import { useCustomerSearch } from '../customers/customerQueries';
import { formatTime } from '../loans/useLoanFormat';
import { useLifecycleCommand, useRestrictedFiles } from './lifecycleQueries';

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
                <Table.Td ff="monospace">{file.archiveNo}</Table.Td>
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
      <AppDialog opened={restricting.opened} onClose={restricting.close} title={t('lifecycle.restrict.title')} size="lg">
        <RestrictForm onDone={restricting.close} />
      </AppDialog>
      <AppDialog opened={lifting.opened} onClose={lifting.close} title={t('lifecycle.unrestrict.title')} size="md">
        {lifting.value && <UnrestrictForm file={lifting.value} onDone={lifting.close} />}
      </AppDialog>
    </Stack>
  );
}

interface RestrictValues {
  id: number | null;
  reason: string;
  reviewAt: string | null;
}

const restrictFields = ['id', 'reason', 'reviewAt'] as const;

/** 封存一份档案: found by archive number (or name), with the reason and the date to look at it again. */
function RestrictForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const restrict = useLifecycleCommand('lifecycle.restrict');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const results = useCustomerSearch(debounced);
  const form = useForm<RestrictValues>({
    initialValues: { id: null, reason: '', reviewAt: null },
    validate: (values) => schemaErrors(restrictSchema, values),
  });
  useUnsavedChangesGuard(() => form.isDirty());
  const rows = results.data?.rows ?? [];
  const submit = form.onSubmit((values) =>
    restrict.mutate(
      { id: values.id!, reason: values.reason, reviewAt: values.reviewAt! },
      {
        onSuccess: (file) => {
          notifications.show({ color: 'green', message: t('lifecycle.restrict.done', { archiveNo: file.archiveNo }) });
          onDone();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error, restrictFields)),
      },
    ),
  );
  return (
    <DialogForm onSubmit={submit} saving={restrict.isPending} error={restrict.error} fields={restrictFields} submitLabel={t('lifecycle.restrict.submit')} color="orange">
      <Text size="sm">{t('lifecycle.restrict.intro')}</Text>
      <Select
        label={t('lifecycle.restrict.file')}
        placeholder={t('lifecycle.restrict.filePlaceholder')}
        {...mandatory}
        searchable
        data-autofocus
        searchValue={search}
        onSearchChange={setSearch}
        filter={({ options }) => options}
        nothingFoundMessage={debounced.trim() && results.isSuccess ? t('lifecycle.restrict.noMatches') : undefined}
        data={rows.map((row) => ({ value: String(row.id), label: `${row.archiveNo} ${row.name}` }))}
        value={form.getValues().id === null ? null : String(form.getValues().id)}
        onChange={(value) => form.setFieldValue('id', value ? Number(value) : null)}
        error={form.errors.id}
      />
      <Textarea label={t('lifecycle.restrict.reason')} placeholder={t('lifecycle.restrict.reasonPlaceholder')} {...mandatory} autosize minRows={2} maxLength={500} {...form.getInputProps('reason')} />
      <DateInput
        label={t('lifecycle.restrict.reviewAt')}
        description={t('lifecycle.restrict.reviewHint')}
        {...mandatory}
        valueFormat="YYYY-MM-DD"
        minDate={dayjs().add(1, 'day').format('YYYY-MM-DD')}
        w={220}
        popoverProps={{ withinPortal: true }}
        {...form.getInputProps('reviewAt')}
      />
    </DialogForm>
  );
}

/** The reason, checked as core checks it. */
const unrestrictSchema = lifecycleChannels['lifecycle.unrestrict'].input.pick({ reason: true });

function UnrestrictForm({ file, onDone }: { file: RestrictedFile; onDone: () => void }) {
  const { t } = useTranslation();
  const lift = useLifecycleCommand('lifecycle.unrestrict');
  const form = useForm({ initialValues: { reason: '' }, validate: (values) => schemaErrors(unrestrictSchema, values) });
  useUnsavedChangesGuard(() => form.isDirty());
  const submit = form.onSubmit((values) =>
    lift.mutate(
      { id: file.customerId, reason: values.reason },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('lifecycle.unrestrict.done', { archiveNo: file.archiveNo }) });
          onDone();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error, ['reason'])),
      },
    ),
  );
  return (
    <DialogForm onSubmit={submit} saving={lift.isPending} error={lift.error} fields={['reason']} submitLabel={t('lifecycle.unrestrict.submit')}>
      <Text size="sm">{t('lifecycle.unrestrict.intro', { archiveNo: file.archiveNo, name: file.name })}</Text>
      <Textarea label={t('lifecycle.unrestrict.reason')} {...mandatory} autosize minRows={2} maxLength={500} data-autofocus {...form.getInputProps('reason')} />
    </DialogForm>
  );
}
