import { Paper, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { paperLocationSchema } from '../../../shared/customers/customerSchemas';
import { paperLocationText } from '../../../shared/customers/paperLocation';
import type { CustomerCard, PaperLocation } from '../../../shared/customers/customerTypes';
import { categories, grades, type Category, type Grade } from '../../../shared/customers/vocabularies';
import { AppDialog } from '../../dialogs/AppDialog';
import { DialogForm } from '../../dialogs/DialogForm';
import { FieldIssueText, schemaErrors, serverFieldErrors } from '../../forms/fieldIssues';
import { mandatory } from '../../forms/mandatory';
import { useCardCommand } from './customerQueries';
import { useCategoryGrade } from './useCategoryGrade';

const gradeSchema = z.object({ category: z.enum(categories), grade: z.enum(grades).nullable(), reason: z.string().trim().min(1).max(200) });

interface DialogProps {
  opened: boolean;
  card: CustomerCard;
  onClose: () => void;
}

/** 调整类别/等级: a dated change with its reason, kept in the card's grade history. */
export function GradeDialog({ opened, card, onClose }: DialogProps) {
  const { t } = useTranslation();
  return (
    <AppDialog opened={opened} onClose={onClose} title={t('customers.grade.title')} size="md">
      <GradeForm card={card} onDone={onClose} />
    </AppDialog>
  );
}

function GradeForm({ card, onDone }: { card: CustomerCard; onDone: () => void }) {
  const { t } = useTranslation();
  const setGrade = useCardCommand('customers.setGrade');
  const form = useForm<{ category: string; grade: string | null; reason: string }>({
    initialValues: { category: card.customer.category, grade: card.customer.grade, reason: '' },
    validate: (values) => schemaErrors(gradeSchema, values),
  });
  const categoryGrade = useCategoryGrade(form);
  return (
    <DialogForm
      onSubmit={form.onSubmit((values) =>
        setGrade.mutate(
          { id: card.customer.id, category: values.category as Category, grade: values.grade as Grade | null, reason: values.reason.trim() },
          {
            onSuccess: () => {
              notifications.show({ color: 'green', message: t('customers.grade.done', { category: t(`customers.vocab.category.${values.category}`) }) });
              onDone();
            },
            onError: (error) => form.setErrors(serverFieldErrors(error, ['category', 'grade', 'reason'])),
          },
        ),
      )}
      saving={setGrade.isPending}
      error={setGrade.error}
      fields={['category', 'grade', 'reason']}
    >
      <Select {...categoryGrade.category} data-autofocus />
      <Select {...categoryGrade.grade} />
      <TextInput label={t('customers.fields.reason')} {...mandatory} maxLength={200} {...form.getInputProps('reason')} />
    </DialogForm>
  );
}

const parts = ['room', 'cabinet', 'shelf', 'box', 'folder'] as const;

/** 登记纸质档案位置: where the paper file now is; the previous place stays in the location history. */
export function MoveFileDialog({ opened, card, onClose }: DialogProps) {
  const { t } = useTranslation();
  return (
    <AppDialog opened={opened} onClose={onClose} title={t('customers.move.title')}>
      <MoveFileForm card={card} onDone={onClose} />
    </AppDialog>
  );
}

const trimmed = (l: PaperLocation): PaperLocation => ({ room: l.room.trim(), cabinet: l.cabinet.trim(), shelf: l.shelf.trim(), box: l.box.trim(), folder: l.folder.trim() });

function MoveFileForm({ card, onDone }: { card: CustomerCard; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language.startsWith('zh') ? 'zh' : 'en';
  const move = useCardCommand('customers.moveFile');
  const from = card.customer.location;
  const form = useForm<PaperLocation & { reason: string }>({
    mode: 'controlled',
    initialValues: { ...(from ?? { room: '', cabinet: '', shelf: '', box: '', folder: '' }), reason: '' },
    validate: ({ reason, ...values }) => ({
      ...schemaErrors(paperLocationSchema, values),
      ...(values.room.trim() ? {} : { room: <FieldIssueText issue={{ code: 'REQUIRED' }} /> }),
      ...(values.room.trim() && paperLocationText(trimmed(values)) === paperLocationText(from) ? { room: <FieldIssueText issue={{ code: 'LOCATION_UNCHANGED' }} /> } : {}),
      ...(reason.trim() ? {} : { reason: <FieldIssueText issue={{ code: 'REQUIRED' }} /> }),
    }),
  });
  const { reason: _reason, ...typed } = form.getValues();
  const to = typed.room.trim() ? paperLocationText(trimmed(typed), locale) : '';
  const fields = [...parts.map((part) => `location.${part}`), 'reason'];
  return (
    <DialogForm
      onSubmit={form.onSubmit(({ reason, ...location }) =>
        move.mutate(
          { id: card.customer.id, location, reason },
          {
            onSuccess: () => {
              notifications.show({ color: 'green', message: t('customers.move.done') });
              onDone();
            },
            onError: (error) => form.setErrors(serverFieldErrors(error, fields, 'location.')),
          },
        ),
      )}
      saving={move.isPending}
      error={move.error}
      fields={fields}
      prefix="location."
    >
      <Paper withBorder p="xs" role="group" aria-label={t('customers.move.fromTo')}>
        <Text size="sm">
          {t('customers.move.from', { place: from ? paperLocationText(from, locale) : t('customers.card.noLocation') })}
        </Text>
        <Text size="sm" fw={600}>
          {t('customers.move.to', { place: to || '—' })}
        </Text>
      </Paper>
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        {parts.map((part, index) => (
          <TextInput key={part} label={t(`customers.fields.${part}`)} {...(part === 'room' ? mandatory : {})} data-autofocus={index === 0 || undefined} {...form.getInputProps(part)} />
        ))}
      </SimpleGrid>
      <TextInput label={t('customers.move.reason')} {...mandatory} maxLength={200} {...form.getInputProps('reason')} />
    </DialogForm>
  );
}
