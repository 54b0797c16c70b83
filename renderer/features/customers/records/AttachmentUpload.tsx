import { useState } from 'react';
import { Button, FileButton, Group, Input, Progress, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { attachmentInputSchema, attachmentMimes } from '../../../../shared/attachments/attachments';
import type { CustomerCard } from '../../../../shared/customers/customerTypes';
import { attachmentKinds, type AttachmentKind } from '../../../../shared/customers/vocabularies';
import { FieldIssueText, schemaErrors, serverFieldErrors } from '../../../forms/fieldIssues';
import { useCardCommand } from '../customerQueries';
import { renamedErrors } from './formErrors';
import { RecordForm } from './RecordForm';
import { fileSizeText } from './recordFormat';
import { mandatory } from '../../../forms/mandatory';

type AttachmentMime = (typeof attachmentMimes)[number];
const byExtension: Record<string, AttachmentMime> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', pdf: 'application/pdf' };

/** The type the browser reports, or the one the name suggests; core checks the first bytes either way. */
function mimeOf(file: File): AttachmentMime | null {
  const reported = attachmentMimes.find((mime) => mime === file.type);
  return reported ?? byExtension[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? null;
}

/** The file's bytes as base64, read in memory: nothing is written to disk on the way into the archive. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

interface UploadValues {
  kind: AttachmentKind | null;
  file: File | null;
}
const attachmentFields = ['kind', 'fileName', 'mime', 'dataBase64'] as const;
/** Problems with the file's name, type or content all show under the file. */
const formNames = { fileName: 'file', mime: 'file', dataBase64: 'file' };

/** 上传附件: choose what the scan is and the file (JPEG, PNG, WebP or PDF); core checks its content and the size limit. */
export function AttachmentUpload({ card, onClose }: { card: CustomerCard; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useCardCommand('attachments.add');
  const [reading, setReading] = useState(false);
  const form = useForm<UploadValues>({
    mode: 'controlled',
    initialValues: { kind: null, file: null },
    validate: (values) => ({
      ...(values.kind ? {} : { kind: <FieldIssueText issue={{ code: 'REQUIRED' }} /> }),
      ...(!values.file ? { file: <FieldIssueText issue={{ code: 'REQUIRED' }} /> } : !mimeOf(values.file) ? { file: <FieldIssueText issue={{ code: 'FILE_TYPE_MISMATCH' }} /> } : {}),
    }),
  });
  const values = form.getValues();
  const busy = reading || add.isPending;

  const submit = form.onSubmit(async ({ kind, file }) => {
    if (!kind || !file) return;
    setReading(true);
    let dataBase64: string;
    try {
      dataBase64 = await readBase64(file);
    } catch {
      form.setErrors({ file: t('customerRecords.attachments.readFailed') });
      return;
    } finally {
      setReading(false);
    }
    const attachment = { kind, fileName: file.name, mime: mimeOf(file) ?? 'application/pdf', dataBase64 };
    const errors = renamedErrors(schemaErrors(attachmentInputSchema, attachment), formNames);
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      return;
    }
    add.mutate(
      { customerId: card.customer.id, attachment },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('customerRecords.attachments.added', { name: file.name }) });
          onClose();
        },
        onError: (error) => form.setErrors(renamedErrors(serverFieldErrors(error, attachmentFields, 'attachment.'), formNames)),
      },
    );
  });

  return (
    <RecordForm
      onSubmit={submit}
      saving={busy}
      error={add.error}
      fields={attachmentFields}
      prefix="attachment."
      submitLabel={t('customerRecords.attachments.upload')}
    >
      <Select
        label={t('customerRecords.attachments.fields.kind')}
        {...mandatory}
        data-autofocus
        data={attachmentKinds.map((k) => ({ value: k, label: t(`customers.vocab.attachmentKind.${k}`) }))}
        {...form.getInputProps('kind')}
      />
      <Input.Wrapper label={t('customerRecords.attachments.fields.file')} description={t('customerRecords.attachments.fileHint')} withAsterisk error={form.errors.file}>
        <Group gap="sm" mt={6} wrap="nowrap">
          <FileButton
            accept={attachmentMimes.join(',')}
            disabled={busy}
            onChange={(file) => {
              form.setFieldValue('file', file);
              add.reset();
            }}
            inputProps={{ 'aria-label': t('customerRecords.attachments.fields.file') }}
          >
            {(props) => (
              <Button variant="default" {...props}>
                {t('customerRecords.attachments.choose')}
              </Button>
            )}
          </FileButton>
          <Text size="sm" c={values.file ? undefined : 'dimmed'} style={{ overflowWrap: 'anywhere' }}>
            {values.file ? t('customerRecords.attachments.chosen', { name: values.file.name, size: fileSizeText(values.file.size) }) : t('customerRecords.attachments.noFile')}
          </Text>
        </Group>
      </Input.Wrapper>
      {busy && (
        <Stack gap={4} role="status">
          <Text size="sm" c="dimmed">
            {t(reading ? 'customerRecords.attachments.reading' : 'customerRecords.attachments.sending')}
          </Text>
          <Progress value={100} striped animated aria-label={t('customerRecords.attachments.sending')} />
        </Stack>
      )}
    </RecordForm>
  );
}
