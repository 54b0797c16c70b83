import { useState } from 'react';
import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import { LoanRegister } from './LoanRegister';
import { LoanRequestForm } from './LoanRequestForm';
import { LoansTable } from './LoansTable';
import { useLoans } from './loanQueries';

type Tab = 'new' | 'mine' | 'pending' | 'register';

/** 借阅审批: ask for a file, follow one's requests, approve others', and keep the checkout register. */
export function LoansPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const approves = user.permissions.includes('loan.approve');
  const [tab, setTab] = useState<Tab>('new');
  return (
    <Stack>
      <Title order={2}>{t('loans.title')}</Title>
      <Tabs value={tab} onChange={(value) => setTab((value as Tab | null) ?? 'new')} keepMounted={false}>
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
