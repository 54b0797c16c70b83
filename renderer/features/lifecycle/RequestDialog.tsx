import { useState } from 'react';
import { Badge, Group, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { lifecycleRequestSchema, type LifecycleKind, type RequestReasonCode } from '../../../shared/lifecycle/lifecycleTypes';
import { AppDialog, useUnsavedChangesGuard } from '../../dialogs/AppDialog';
import { DialogForm } from '../../dialogs/DialogForm';
import { schemaErrors, serverFieldErrors } from '../../forms/fieldIssues';
import { FileSelect, type PickedFile } from './FileSelect';
import { useLifecycleCommand } from './lifecycleQueries';

/** The files a request names: by archive number, and by name where the reader may see it. */
export interface RequestedFile {
  customerId: number;
  archiveNo: string;
  name: string | null;
}

export interface RequestOrder {
  kind: LifecycleKind;
  /** None: the user names the file in the dialog (a customer who asked for deletion). */
  files: RequestedFile[];
  rule?: RequestReasonCode;
}

interface Props {
  opened: boolean;
  order: RequestOrder | null;
  onClose: () => void;
  onRequested: () => void;
}

/** 申请清理 / 申请销毁: the files, the reason (required), then the approvers the rules name sign in turn. */
export function RequestDialog({ opened, order, onClose, onRequested }: Props) {
  const { t } = useTranslation();
  const title = order ? t(`lifecycle.request.title.${order.kind}`) : '';
  return (
    <AppDialog opened={opened} onClose={onClose} title={title} size="lg">
      {order && (
        <RequestForm
          order={order}
          onDone={() => {
            onClose();
            onRequested();
          }}
        />
      )}
    </AppDialog>
  );
}

function RequestForm({ order, onDone }: { order: RequestOrder; onDone: () => void }) {
  const { t } = useTranslation();
  const request = useLifecycleCommand('lifecycle.request');
  const picks = order.files.length === 0;
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const files: RequestedFile[] = picks ? (picked ? [picked] : []) : order.files;
  const input = (reason: string) => ({ kind: order.kind, customerIds: files.map((f) => f.customerId), reason, ...(order.rule ? { rule: order.rule } : {}) });
  const form = useForm({
    initialValues: { reason: '' },
    validate: (values) => schemaErrors(lifecycleRequestSchema, input(values.reason)),
  });
  useUnsavedChangesGuard(() => form.isDirty() || picked !== null);
  const submit = form.onSubmit((values) =>
    request.mutate(
      input(values.reason),
      {
        onSuccess: (made) => {
          notifications.show({ color: 'green', message: t('lifecycle.request.done', { id: made.id, kind: t(`lifecycle.kind.${made.kind}`), count: made.items.length }) });
          onDone();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error, ['reason', 'customerIds'])),
      },
    ),
  );
  return (
    <DialogForm onSubmit={submit} saving={request.isPending} error={request.error} fields={['reason', 'customerIds']} submitLabel={t(`lifecycle.request.submit.${order.kind}`)} color={order.kind === 'destruction' ? 'red' : undefined}>
      <Text size="sm">{t(`lifecycle.request.intro.${order.kind}`, { count: Math.max(files.length, 1) })}</Text>
      {picks ? (
        <FileSelect
          label={t('lifecycle.request.file')}
          value={picked}
          error={form.errors.customerIds}
          onChange={(next) => {
            setPicked(next);
            form.clearFieldError('customerIds');
          }}
        />
      ) : (
        <Group gap={6} role="list" aria-label={t('lifecycle.request.files')}>
          {order.files.map((file) => (
            <Badge key={file.customerId} role="listitem" variant="light" color="gray" tt="none" fw={500} size="lg">
              {file.name ? `${file.archiveNo} ${file.name}` : file.archiveNo}
            </Badge>
          ))}
        </Group>
      )}
      {order.rule && <Text size="sm" c="dimmed">{t('lifecycle.request.rule', { rule: t(`lifecycle.rule.${order.rule}`) })}</Text>}
      <Textarea label={t('lifecycle.request.reason')} placeholder={t('lifecycle.request.reasonPlaceholder')} withAsterisk autosize minRows={3} maxLength={500} data-autofocus={picks ? undefined : true} {...form.getInputProps('reason')} />
    </DialogForm>
  );
}
