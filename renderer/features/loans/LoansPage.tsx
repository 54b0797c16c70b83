import { useEffect } from 'react';
import { Badge, Loader, Stack, Tabs, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import { LoanRegister } from './LoanRegister';
import { LoanRequestForm } from './LoanRequestForm';
import { LoansTable } from './LoansTable';
import { landingTab, useLoans, useLoanWork } from './loanQueries';
import { loanTabs, type LoanTab } from './loansSearch';

const loansRoute = getRouteApi('/loans');

/**
 * 借阅审批: ask for a file, follow one's requests, sign others' (待审批), hand approved checkouts over
 * (待交付), and keep the register. Opened without a tab in the address, it lands on what waits for
 * this user: requests to sign, then files to hand over; the archive room otherwise on the register.
 */
export function LoansPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const navigate = loansRoute.useNavigate();
  const work = useLoanWork(user);
  const search = loansRoute.useSearch();
  const allowed = (tab: LoanTab) => (tab === 'pending' ? work.signs : tab === 'handover' ? work.handles : true);
  // Each tab keeps its own filters; switching tabs starts the register afresh.
  const setTab = (next: LoanTab) => void navigate({ to: '/loans', search: { tab: next }, replace: true });
  // The landing tab is written into the address once, so the screen does not jump when the work changes under it.
  const landing = !search.tab && work.ready ? landingTab(work) : null;
  useEffect(() => {
    if (landing) setTab(landing);
  }, [landing]);
  if (!search.tab) {
    return (
      <Stack>
        <Title order={2}>{t('loans.title')}</Title>
        <Loader size="sm" aria-label={t('app.loading')} />
      </Stack>
    );
  }
  const tab: LoanTab = allowed(search.tab) ? search.tab : 'new';
  const count = (n: number) =>
    n > 0 ? (
      <Badge size="sm" circle={n < 10} color="red" variant="filled" aria-hidden>
        {n}
      </Badge>
    ) : null;
  return (
    <Stack>
      <Title order={2}>{t('loans.title')}</Title>
      <Tabs value={tab} onChange={(value) => setTab(loanTabs.find((known) => known === value) ?? 'new')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="new">{t('loans.tabs.new')}</Tabs.Tab>
          <Tabs.Tab value="mine">{t('loans.tabs.mine')}</Tabs.Tab>
          {work.signs && (
            <Tabs.Tab value="pending" rightSection={count(work.pending)} aria-label={work.pending ? t('loans.tabs.withCount', { tab: t('loans.tabs.pending'), count: work.pending }) : undefined}>
              {t('loans.tabs.pending')}
            </Tabs.Tab>
          )}
          {work.handles && (
            <Tabs.Tab value="handover" rightSection={count(work.handover)} aria-label={work.handover ? t('loans.tabs.withCount', { tab: t('loans.tabs.handover'), count: work.handover }) : undefined}>
              {t('loans.tabs.handover')}
            </Tabs.Tab>
          )}
          <Tabs.Tab value="register">{t('loans.tabs.register')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="new" pt="md">
          <LoanRequestForm user={user} onCreated={() => setTab('mine')} />
        </Tabs.Panel>
        <Tabs.Panel value="mine" pt="md">
          <LoanList view="mine" user={user} />
        </Tabs.Panel>
        {work.signs && (
          <Tabs.Panel value="pending" pt="md">
            <LoanList view="pending" user={user} />
          </Tabs.Panel>
        )}
        {work.handles && (
          <Tabs.Panel value="handover" pt="md">
            <LoanList view="handover" user={user} />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="register" pt="md">
          <LoanRegister user={user} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function LoanList({ view, user }: { view: 'mine' | 'pending' | 'handover'; user: SessionUser }) {
  const loans = useLoans({ view });
  return <LoansTable loans={loans.data} error={loans.error} user={user} />;
}
