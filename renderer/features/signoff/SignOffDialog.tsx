import type { ReactNode } from 'react';
import { Button, Group, Modal, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { signOffSchema, type SignOff } from '../../../shared/signOff/signOff';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { schemaErrors } from '../../forms/fieldIssues';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** What is being approved, in words the approver checks before signing. */
  request: ReactNode;
  /** Runs the countersigned call; a rejection is shown in the dialog, success closes it. */
  onSign: (signOff: SignOff) => Promise<unknown>;
  title?: string;
  /** What the approver decides besides signing (e.g. approve or reject, a note), shown under the request. */
  children?: ReactNode;
  /** The sign button's words when "签字批准" would be wrong (e.g. a rejection). */
  signLabel?: string;
  /** Who signs: a second person approving (the default), or the receiver of paper files signing for them. */
  signer?: 'approver' | 'receiver';
}

/**
 * Second-person sign-off: the approver — not the person asking — types their own username and
 * password on this PC. Core checks who they are, that they are not the requester and that their
 * role may approve; the password never outlives the dialog.
 */
export function SignOffDialog({ opened, onClose, request, onSign, title, children, signLabel, signer = 'approver' }: Props) {
  const words = signer === 'receiver' ? 'signoff.receiver' : 'signoff';
  const { t } = useTranslation();
  const form = useForm<SignOff>({
    initialValues: { username: '', password: '' },
    validate: (values) => schemaErrors(signOffSchema, values),
  });
  const sign = useMutation({
    mutationFn: (values: SignOff) => onSign(values),
    onSuccess: () => close(),
    onError: () => form.setFieldValue('password', ''),
  });
  function close() {
    form.reset();
    sign.reset();
    onClose();
  }

  return (
    <Modal opened={opened} onClose={close} title={title ?? t('signoff.title')} size="md">
      <form onSubmit={form.onSubmit((values) => sign.mutate(values))}>
        <Stack>
          <Paper withBorder p="sm" bg="indigo.0" role="group" aria-label={t('signoff.request')}>
            <Text size="xs" c="dimmed">
              {t('signoff.request')}
            </Text>
            <Text fw={500}>{request}</Text>
          </Paper>
          {children}
          <Text size="sm">{t(`${words}.intro`)}</Text>
          <TextInput label={t(`${words}.username`)} data-autofocus autoComplete="off" {...form.getInputProps('username')} />
          <PasswordInput label={t(`${words}.password`)} autoComplete="off" {...form.getInputProps('password')} />
          <ErrorNotice error={sign.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={sign.isPending}>
              {signLabel ?? t('signoff.sign')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
