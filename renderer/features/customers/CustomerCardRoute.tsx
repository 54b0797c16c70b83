import { Anchor, Stack } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { KedangError } from '../../../shared/contract/errors';
import { useUser } from '../../api/session';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { CustomerCardPage } from './CustomerCardPage';

const cardRoute = getRouteApi('/customers/$customerId');

/** #/customers/<id>?tab=…: the card of one file, on the tab the address names. */
export function CustomerCardRoute() {
  const user = useUser();
  const navigate = cardRoute.useNavigate();
  const { customerId } = cardRoute.useParams();
  const { tab = 'overview' } = cardRoute.useSearch();
  return (
    <CustomerCardPage
      // Another file is another card: nothing of the previous one (a revealed number, a dialog) carries over.
      key={customerId}
      id={customerId}
      user={user}
      tab={tab}
      onTab={(next) => void navigate({ to: '/customers/$customerId', params: { customerId }, search: (current) => ({ ...current, tab: next === 'overview' ? undefined : next }), replace: true })}
      onBack={() => void navigate({ to: '/customers', search: ({ tab: _tab, ...list }) => list })}
    />
  );
}

/** An address whose file number is not a number: said the way a file one may not see is said. */
export function CardNotFound() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Stack>
      <Anchor component="button" onClick={() => void navigate({ to: '/customers', search: {} })} w="fit-content">
        ← {t('customers.card.back')}
      </Anchor>
      <ErrorNotice error={new KedangError('NOT_FOUND', 'no such file')} />
    </Stack>
  );
}
