import type { ReactNode } from 'react';
import { Paper, PasswordInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { signOffSchema, type SignOff } from '../../../shared/signOff/signOff';
import { AppDialog } from '../../dialogs/AppDialog';
import { DialogForm } from '../../dialogs/DialogForm';
import { schemaErrors } from '../../forms/fieldIssues';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** What is being approved, in words the approver checks before signing. */
  request: ReactNode;
  /** Runs the countersigned call; a rejection is shown in the dialog, success closes it. */
  onSign: (signOff: SignOff) => Promise<unknown>;
  title?: string;
  /** The sign button's words when "签字批准" would be wrong (e.g. a receiver signing for files). */
  signLabel?: string;
  /** Who signs: a second person approving (the default), the receiver of paper files, or the archive admin in the archive room. */
  signer?: Signer;
}

/** Who signs: an approver, the receiver of paper files, or the archive admin keeping the archive room, or a system admin vouching for a restore. */
type Signer = 'approver' | 'receiver' | 'keeper' | 'systemAdmin';

/**
 * Second-person sign-off: the approver — not the person asking — types their own username and
 * password on this PC. Core checks who they are, that they are not the requester and that their
 * role may approve; the password never outlives the dialog.
 */
export function SignOffDialog({ opened, onClose, request, onSign, title, signLabel, signer }: Props) {
  const { t } = useTranslation();
  return (
    <AppDialog opened={opened} onClose={onClose} title={title ?? t('signoff.title')} size="md">
      <SignOffForm request={request} onSign={onSign} onDone={onClose} signLabel={signLabel} signer={signer} />
    </AppDialog>
  );
}

interface FormProps {
  request: ReactNode;
  onSign: (signOff: SignOff) => Promise<unknown>;
  onDone: () => void;
  /** What the approver decides besides signing (e.g. approve or reject, a note), shown under the request. */
  children?: ReactNode;
  /** The sign button's words when "签字批准" would be wrong (e.g. a rejection). */
  signLabel?: string;
  signer?: Signer;
}

/** The inside of a sign-off dialog, for dialogs that ask more than the signature (a loan's decision). */
export function SignOffForm({ request, onSign, onDone, children, signLabel, signer = 'approver' }: FormProps) {
  const { t } = useTranslation();
  const words = signer === 'approver' ? 'signoff' : `signoff.${signer}`;
  const form = useForm<SignOff>({
    initialValues: { username: '', password: '' },
    validate: (values) => schemaErrors(signOffSchema, values),
  });
  const sign = useMutation({
    mutationFn: (values: SignOff) => onSign(values),
    onSuccess: onDone,
    onError: () => form.setFieldValue('password', ''),
  });

  return (
    <DialogForm onSubmit={form.onSubmit((values) => sign.mutate(values))} saving={sign.isPending} error={sign.error} submitLabel={signLabel ?? t('signoff.sign')}>
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
    </DialogForm>
  );
}
