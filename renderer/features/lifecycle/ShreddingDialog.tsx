import { Paper, PasswordInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { LifecycleRequest } from '../../../shared/lifecycle/lifecycleTypes';
import { signOffSchema, type SignOff } from '../../../shared/signOff/signOff';
import { AppDialog, useUnsavedChangesGuard } from '../../dialogs/AppDialog';
import { DialogForm } from '../../dialogs/DialogForm';
import { errorCode } from '../../forms/ErrorNotice';
import { schemaErrors } from '../../forms/fieldIssues';
import { useLifecycleCommand } from './lifecycleQueries';

const shreddingSchema = z.object({ shredder: signOffSchema, witness: signOffSchema });
type Shredding = { shredder: SignOff; witness: SignOff };

/**
 * 确认粉碎, destruction's second step: the paper files went through the shredder. The one who shredded
 * and a witness each sign with their own password; core records who, and when (now).
 */
export function ShreddingDialog({ opened, request, onClose }: { opened: boolean; request: LifecycleRequest | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppDialog opened={opened} onClose={onClose} title={t('lifecycle.shred.title')} size="lg">
      {request && <ShreddingForm request={request} onDone={onClose} />}
    </AppDialog>
  );
}

function ShreddingForm({ request, onDone }: { request: LifecycleRequest; onDone: () => void }) {
  const { t } = useTranslation();
  const confirm = useLifecycleCommand('lifecycle.confirmShredding');
  const form = useForm<Shredding>({
    initialValues: { shredder: { username: '', password: '' }, witness: { username: '', password: '' } },
    validate: (values) => schemaErrors(shreddingSchema, values),
  });
  useUnsavedChangesGuard(() => form.isDirty());
  const submit = form.onSubmit((values) =>
    confirm.mutate(
      { id: request.id, ...values },
      {
        onSuccess: (done) => {
          notifications.show({ color: 'green', message: t('lifecycle.shred.done', { id: done.id }) });
          onDone();
        },
        onError: (error) => {
          form.setFieldValue('shredder.password', '');
          form.setFieldValue('witness.password', '');
          // Core's words for this are an approver's (不能由申请人本人审批): here it is the witness who must differ.
          if (errorCode(error) === 'SIGNOFF_SELF') form.setFieldError('witness.username', t('lifecycle.shred.samePerson'));
        },
      },
    ),
  );
  const person = (who: 'shredder' | 'witness', autofocus: boolean) => (
    <Stack gap="xs">
      <Title order={5}>{t(`lifecycle.shred.${who}`)}</Title>
      <TextInput label={t(`lifecycle.shred.${who}Username`)} autoComplete="off" data-autofocus={autofocus || undefined} {...form.getInputProps(`${who}.username`)} />
      <PasswordInput label={t(`lifecycle.shred.${who}Password`)} autoComplete="off" {...form.getInputProps(`${who}.password`)} />
    </Stack>
  );
  return (
    <DialogForm onSubmit={submit} saving={confirm.isPending} error={errorCode(confirm.error) === 'SIGNOFF_SELF' ? null : confirm.error} submitLabel={t('lifecycle.shred.submit')}>
      <Paper withBorder p="sm" bg="indigo.0" role="group" aria-label={t('lifecycle.shred.what')}>
        <Text size="xs" c="dimmed">
          {t('lifecycle.shred.what')}
        </Text>
        <Text fw={500}>{t('lifecycle.shred.summary', { id: request.id, files: request.items.map((i) => i.archiveNo).join('、') })}</Text>
      </Paper>
      <Text size="sm">{t('lifecycle.shred.intro')}</Text>
      <SimpleGrid cols={2}>
        {person('shredder', true)}
        {person('witness', false)}
      </SimpleGrid>
    </DialogForm>
  );
}
