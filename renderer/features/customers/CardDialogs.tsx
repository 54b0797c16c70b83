import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { paperLocationSchema } from '../../../shared/customers/customerSchemas';
import type { CustomerCard, PaperLocation } from '../../../shared/customers/customerTypes';
import { categories, grades, type Category, type Grade } from '../../../shared/customers/vocabularies';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { schemaErrors, serverFieldErrors } from '../../forms/fieldIssues';
import { useCardCommand } from './customerQueries';
import { FormActions } from '../../forms/FormActions';

const gradeSchema = z.object({ category: z.enum(categories), grade: z.enum(grades).nullable(), reason: z.string().trim().min(1).max(200) });

/** 调整类别/等级: a dated change with its reason, kept in the card's grade history. */
export function GradeDialog({ card, onClose }: { card: CustomerCard; onClose: () => void }) {
  const { t } = useTranslation();
  const setGrade = useCardCommand('customers.setGrade');
  const form = useForm<{ category: string; grade: string | null; reason: string }>({
    initialValues: { category: card.customer.category, grade: card.customer.grade, reason: '' },
    validate: (values) => schemaErrors(gradeSchema, values),
  });
  const option = (group: string) => (value: string) => ({ value, label: t(`customers.vocab.${group}.${value}`) });
  return (
    <Modal opened onClose={onClose} title={t('customers.grade.title')}>
      <form
        onSubmit={form.onSubmit((values) =>
          setGrade.mutate(
            { id: card.customer.id, category: values.category as Category, grade: values.grade as Grade | null, reason: values.reason.trim() },
            {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('customers.grade.done', { category: t(`customers.vocab.category.${values.category}`) }) });
                onClose();
              },
              onError: (error) => form.setErrors(serverFieldErrors(error, ['category', 'grade', 'reason'])),
            },
          ),
        )}
      >
        <Stack>
          <Select label={t('customers.fields.category')} required allowDeselect={false} data={categories.map(option('category'))} data-autofocus {...form.getInputProps('category')} />
          <Select label={t('customers.fields.grade')} clearable data={grades.map(option('grade'))} {...form.getInputProps('grade')} />
          <TextInput label={t('customers.fields.reason')} required maxLength={200} {...form.getInputProps('reason')} />
          <ErrorNotice error={setGrade.error} fields={['category', 'grade', 'reason']} />
          <FormActions onCancel={onClose} saving={setGrade.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}

const parts = ['room', 'cabinet', 'shelf', 'box', 'folder'] as const;

/** 登记纸质档案位置: where the paper file now is; the previous place stays in the location history. */
export function MoveFileDialog({ card, onClose }: { card: CustomerCard; onClose: () => void }) {
  const { t } = useTranslation();
  const move = useCardCommand('customers.moveFile');
  const form = useForm<PaperLocation & { reason: string }>({
    initialValues: { ...(card.customer.location ?? { room: '', cabinet: '', shelf: '', box: '', folder: '' }), reason: '' },
    validate: ({ reason, ...values }) => ({
      ...schemaErrors(paperLocationSchema, values),
      ...(values.room.trim() ? {} : { room: t('fieldIssues.required') }),
      ...(reason.trim() ? {} : { reason: t('fieldIssues.required') }),
    }),
  });
  const fields = [...parts.map((part) => `location.${part}`), 'reason'];
  return (
    <Modal opened onClose={onClose} title={t('customers.move.title')}>
      <form
        onSubmit={form.onSubmit(({ reason, ...location }) =>
          move.mutate(
            { id: card.customer.id, location, reason },
            {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('customers.move.done') });
                onClose();
              },
              onError: (error) => form.setErrors(serverFieldErrors(error, fields, 'location.')),
            },
          ),
        )}
      >
        <Stack>
          <SimpleGrid cols={{ base: 2, sm: 5 }}>
            {parts.map((part, index) => (
              <TextInput key={part} label={t(`customers.fields.${part}`)} required={part === 'room'} data-autofocus={index === 0 || undefined} {...form.getInputProps(part)} />
            ))}
          </SimpleGrid>
          <TextInput label={t('customers.move.reason')} withAsterisk maxLength={200} {...form.getInputProps('reason')} />
          <ErrorNotice error={move.error} fields={fields} prefix="location." />
          <FormActions onCancel={onClose} saving={move.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
