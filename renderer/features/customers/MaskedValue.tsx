import { useState } from 'react';
import { Button, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useKedangMutation } from '../../api/useKedang';
import { errorText } from '../../forms/ErrorNotice';

interface Props {
  customerId: number;
  field: 'phone' | 'idNumber';
  phoneId?: number;
  masked: string;
  /** What the value is, for the reveal button's name (手机 / 证件号码). */
  label: string;
  canReveal: boolean;
}

/**
 * A phone or ID number, masked. Revealing asks core (which checks the permission and writes the audit
 * entry) and keeps the value only in this component: leaving the card forgets it, nothing caches it.
 */
export function MaskedValue({ customerId, field, phoneId, masked, label, canReveal }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState<string | null>(null);
  const reveal = useKedangMutation('customers.reveal', { onSuccess: (result) => setValue(result.value) });
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" ff="monospace" aria-label={label}>
        {value ?? masked}
      </Text>
      {value !== null && (
        <Text size="xs" c="dimmed" role="status">
          {t('customers.card.revealed')}
        </Text>
      )}
      {canReveal && value === null && (
        <Tooltip label={reveal.error ? errorText(t, reveal.error) : t('customers.card.revealOf', { field: label })} color={reveal.error ? 'red' : undefined} opened={reveal.error ? true : undefined}>
          <Button size="compact-xs" variant="subtle" loading={reveal.isPending} aria-label={t('customers.card.revealOf', { field: label })} onClick={() => reveal.mutate({ id: customerId, field, ...(phoneId ? { phoneId } : {}) })}>
            {t('customers.card.reveal')}
          </Button>
        </Tooltip>
      )}
    </Group>
  );
}
