import type { FormEvent, ReactNode } from 'react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DialogForm } from '../../../dialogs/DialogForm';

interface Props {
  /** `form.onSubmit(handler)`: validates, then sends. */
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  saving: boolean;
  error: unknown;
  /** Core's names for this form's fields (after `prefix`): their issues show under the fields, not in the notice. */
  fields: readonly string[];
  prefix: string;
  submitLabel?: string;
  /** A red submit button for what cannot be taken back (a withdrawn consent). */
  danger?: boolean;
  children: ReactNode;
}

/**
 * The inside of every record dialog (it sits in an AppDialog): Enter in a one-line field or Ctrl+Enter
 * anywhere saves, Esc closes; while saving nothing can close it, and after a failed save it stays open
 * with everything typed.
 */
export function RecordForm({ onSubmit, saving, error, fields, prefix, submitLabel, danger, children }: Props) {
  const { t } = useTranslation();
  return (
    <DialogForm
      onSubmit={onSubmit}
      saving={saving}
      error={error}
      fields={fields}
      prefix={prefix}
      submitLabel={submitLabel}
      color={danger ? 'red' : undefined}
      start={
        <Text size="xs" c="dimmed">
          {t('customerRecords.common.keyboardHint')}
        </Text>
      }
    >
      {children}
    </DialogForm>
  );
}
