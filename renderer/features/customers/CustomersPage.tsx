import { Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, Outlet, useMatch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import { CustomerFormDialog } from './CustomerForm';
import { CustomerList } from './CustomerList';
import { filtersOf, searchOf } from './customerSearch';

const customersRoute = getRouteApi('/customers');

/**
 * 客户档案: #/customers is the list (its search, filters and sort in the address), #/customers/new opens
 * the form over it, #/customers/<id> a card. The list stays mounted under an open card, so going back
 * finds the same search, filters and scroll.
 */
export function CustomersPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const navigate = customersRoute.useNavigate();
  const search = customersRoute.useSearch();
  const filters = filtersOf(search);
  const onCard = useMatch({ from: '/customers/$customerId', shouldThrow: false }) !== undefined;
  const creating = useMatch({ from: '/customers/new', shouldThrow: false }) !== undefined;
  const canWrite = user.permissions.includes('customer.write');
  const toList = () => void navigate({ to: '/customers', search: (list) => list });

  return (
    <>
      <Box hidden={onCard}>
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2}>{t('customers.title')}</Title>
            <Group gap="sm">
              <Text size="xs" c="dimmed">
                {t('customers.shortcuts.search')}
              </Text>
              {canWrite && <Button onClick={() => void navigate({ to: '/customers/new', search: (list) => list })}>{t('customers.newCustomer')}</Button>}
            </Group>
          </Group>
          <CustomerList
            filters={filters}
            onFilters={(next) => void navigate({ to: '/customers', search: searchOf(next), replace: true })}
            onOpen={(id, query) => void navigate({ to: '/customers/$customerId', params: { customerId: id }, search: (list) => ({ ...list, q: query || undefined, tab: undefined }) })}
            active={!onCard && !creating}
          />
        </Stack>
      </Box>
      <Outlet />
      {canWrite && (
        <CustomerFormDialog
          opened={creating}
          card={null}
          user={user}
          onClose={toList}
          onSaved={(card) => void navigate({ to: '/customers/$customerId', params: { customerId: card.customer.id }, search: (list) => ({ ...list, tab: undefined }), replace: true })}
        />
      )}
    </>
  );
}
