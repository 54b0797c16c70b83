import { useState } from 'react';
import { Text, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { lifecycleChannels } from '../../../shared/lifecycle/lifecycleChannels';
import { restrictSchema } from '../../../shared/lifecycle/lifecycleTypes';
import { AppDialog, useUnsavedChangesGuard } from '../../dialogs/AppDialog';
import { DialogForm } from '../../dialogs/DialogForm';
import { schemaErrors, serverFieldErrors } from '../../forms/fieldIssues';
import { mandatory } from '../../forms/mandatory';
import { FileSelect, type PickedFile } from './FileSelect';
import { useLifecycleCommand } from './lifecycleQueries';

/** 封存档案: from the list (the file found by archive number or name), or from a card (the file given). */
export function RestrictDialog({ opened, onClose, file }: { opened: boolean; onClose: () => void; file?: PickedFile }) {
  const { t } = useTranslation();
  return (
    <AppDialog opened={opened} onClose={onClose} title={t('lifecycle.restrict.title')} size="lg">
      <RestrictForm file={file} onDone={onClose} />
    </AppDialog>
  );
}

export function UnrestrictDialog({ opened, onClose, file }: { opened: boolean; onClose: () => void; file: PickedFile | null }) {
  const { t } = useTranslation();
  return (
    <AppDialog opened={opened} onClose={onClose} title={t('lifecycle.unrestrict.title')} size="md">
      {file && <UnrestrictForm file={file} onDone={onClose} />}
    </AppDialog>
  );
}

interface RestrictValues {
  id: number | null;
  reason: string;
  reviewAt: string | null;
}

const restrictFields = ['id', 'reason', 'reviewAt'] as const;

/** 封存一份档案: found by archive number (or name), with the reason and the date to look at it again. */
function RestrictForm({ file, onDone }: { file?: PickedFile; onDone: () => void }) {
  const { t } = useTranslation();
  const restrict = useLifecycleCommand('lifecycle.restrict');
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const form = useForm<RestrictValues>({
    initialValues: { id: file?.customerId ?? null, reason: '', reviewAt: null },
    validate: (values) => schemaErrors(restrictSchema, values),
  });
  useUnsavedChangesGuard(() => form.isDirty());
  const submit = form.onSubmit((values) =>
    restrict.mutate(
      { id: values.id!, reason: values.reason, reviewAt: values.reviewAt! },
      {
        onSuccess: (restricted) => {
          notifications.show({ color: 'green', message: t('lifecycle.restrict.done', { archiveNo: restricted.archiveNo }) });
          onDone();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error, restrictFields)),
      },
    ),
  );
  return (
    <DialogForm onSubmit={submit} saving={restrict.isPending} error={restrict.error} fields={restrictFields} submitLabel={t('lifecycle.restrict.submit')} color="orange">
      <Text size="sm">{t('lifecycle.restrict.intro')}</Text>
      {file ? (
        <Text size="sm" fw={500}>
          {t('lifecycle.restrict.fileIs', { archiveNo: file.archiveNo, name: file.name })}
        </Text>
      ) : (
        <FileSelect
          label={t('lifecycle.restrict.file')}
          value={picked}
          error={form.errors.id}
          onChange={(next) => {
            setPicked(next);
            form.setFieldValue('id', next?.customerId ?? null);
          }}
        />
      )}
      <Textarea label={t('lifecycle.restrict.reason')} placeholder={t('lifecycle.restrict.reasonPlaceholder')} {...mandatory} autosize minRows={2} maxLength={500} data-autofocus={file ? true : undefined} {...form.getInputProps('reason')} />
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

function UnrestrictForm({ file, onDone }: { file: PickedFile; onDone: () => void }) {
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
