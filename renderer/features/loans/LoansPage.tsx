import { Stack, Tabs, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import { LoanRegister } from './LoanRegister';
import { LoanRequestForm } from './LoanRequestForm';
import { LoansTable } from './LoansTable';
import { useLoans } from './loanQueries';
import { loanTabs, type LoanTab } from './loansSearch';

const loansRoute = getRouteApi('/loans');

/** 借阅审批: ask for a file, follow one's requests, approve others', and keep the checkout register. */
export function LoansPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const navigate = loansRoute.useNavigate();
  const approves = user.permissions.includes('loan.approve');
  const search = loansRoute.useSearch();
  const tab: LoanTab = search.tab === 'pending' && !approves ? 'new' : (search.tab ?? 'new');
  // Each tab keeps its own filters; switching tabs starts the register afresh.
  const setTab = (next: LoanTab) => void navigate({ to: '/loans', search: next === 'new' ? {} : { tab: next }, replace: true });
  return (
    <Stack>
      <Title order={2}>{t('loans.title')}</Title>
      <Tabs value={tab} onChange={(value) => setTab(loanTabs.find((known) => known === value) ?? 'new')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="new">{t('loans.tabs.new')}</Tabs.Tab>
          <Tabs.Tab value="mine">{t('loans.tabs.mine')}</Tabs.Tab>
          {approves && <Tabs.Tab value="pending">{t('loans.tabs.pending')}</Tabs.Tab>}
          <Tabs.Tab value="register">{t('loans.tabs.register')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="new" pt="md">
          <LoanRequestForm user={user} onCreated={() => setTab('mine')} />
        </Tabs.Panel>
        <Tabs.Panel value="mine" pt="md">
          <LoanList view="mine" user={user} />
        </Tabs.Panel>
        {approves && (
          <Tabs.Panel value="pending" pt="md">
            <LoanList view="pending" user={user} />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="register" pt="md">
          <LoanRegister user={user} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function LoanList({ view, user }: { view: 'mine' | 'pending'; user: SessionUser }) {
  const loans = useLoans({ view });
  return <LoansTable loans={loans.data} error={loans.error} user={user} />;
}
