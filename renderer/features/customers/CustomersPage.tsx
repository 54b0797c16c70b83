import { useState } from 'react';
import { Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import { CustomerCardPage } from './CustomerCardPage';
import { CustomerForm } from './CustomerForm';
import { CustomerList, emptyFilters, type ListFilters } from './CustomerList';

/**
 * 客户档案: #/customers is the list, #/customers/new opens the form over it, #/customers/<id> a card.
 * The list stays mounted under an open card, so going back finds the same search, filters and scroll.
 */
export function CustomersPage({ path, user, navigate }: { path: string[]; user: SessionUser; navigate: (route: string) => void }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<ListFilters>(emptyFilters);
  const cardId = /^\d+$/.test(path[0] ?? '') ? Number(path[0]) : null;
  const creating = path[0] === 'new';
  const canWrite = user.permissions.includes('customer.write');

  return (
    <>
      <Box hidden={cardId !== null}>
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2}>{t('customers.title')}</Title>
            <Group gap="sm">
              <Text size="xs" c="dimmed">
                {t('customers.shortcuts.search')}
              </Text>
              {canWrite && <Button onClick={() => navigate('customers/new')}>{t('customers.newCustomer')}</Button>}
            </Group>
          </Group>
          <CustomerList filters={filters} onFilters={setFilters} onOpen={(id) => navigate(`customers/${id}`)} />
        </Stack>
      </Box>
      {cardId !== null && <CustomerCardPage key={cardId} id={cardId} user={user} onBack={() => navigate('customers')} />}
      {creating && canWrite && <CustomerForm card={null} user={user} onClose={() => navigate('customers')} onSaved={(card) => navigate(`customers/${card.customer.id}`)} />}
    </>
  );
}
