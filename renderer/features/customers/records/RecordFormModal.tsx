import type { FormEvent, ReactNode } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../forms/ErrorNotice';

interface Props {
  title: string;
  onClose: () => void;
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
  size?: string;
  children: ReactNode;
}

/**
 * The frame of every record form: Enter in a one-line field or Ctrl+Enter anywhere saves, Esc closes;
 * while saving nothing can close it, and after a failed save it stays open with everything typed.
 */
export function RecordFormModal({ title, onClose, onSubmit, saving, error, fields, prefix, submitLabel, danger, size = 'lg', children }: Props) {
  const { t } = useTranslation();
  const close = () => {
    if (!saving) onClose();
  };
  return (
    <Modal opened onClose={close} title={title} size={size} closeOnClickOutside={false}>
      <form
        aria-label={title}
        noValidate
        onSubmit={onSubmit}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            onSubmit();
          }
        }}
      >
        <Stack gap="sm">
          {children}
          <ErrorNotice error={error} fields={fields} prefix={prefix} />
          <Group justify="space-between" mt="xs">
            <Text size="xs" c="dimmed">
              {t('customerRecords.common.keyboardHint')}
            </Text>
            <Group gap="xs">
              <Button variant="default" onClick={close} disabled={saving}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={saving} color={danger ? 'red' : undefined}>
                {submitLabel ?? t('common.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
