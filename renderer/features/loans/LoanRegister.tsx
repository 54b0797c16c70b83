import { useMemo, useState } from 'react';
import { Button, Group, SegmentedControl, Select, Stack } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import { loanStatuses, type LoanStatus } from '../../../shared/loans/loanTypes';
import { LoansTable } from './LoansTable';
import { useCustomerSearch, useLoans, type LoanListInput } from './loanQueries';

const registerViews = ['all', 'out', 'overdue', 'history'] as const;
type RegisterView = (typeof registerViews)[number];
/** 历史: requests that are finished one way or another. */
const finished: readonly LoanStatus[] = ['returned', 'rejected', 'cancelled', 'expired'];

interface Filters {
  requesterId: string | null;
  customerId: string | null;
  period: [string | null, string | null];
  status: string | null;
}
const noFilters: Filters = { requesterId: null, customerId: null, period: [null, null], status: null };

function toInput(view: RegisterView, filters: Filters): LoanListInput {
  const [from, to] = filters.period;
  return {
    view: view === 'history' ? 'all' : view,
    ...(filters.requesterId ? { requesterId: Number(filters.requesterId) } : {}),
    ...(filters.customerId ? { customerId: Number(filters.customerId) } : {}),
    ...(from ? { from: dayjs(from).startOf('day').format() } : {}),
    ...(to ? { to: dayjs(to).endOf('day').format() } : {}),
    ...(filters.status ? { status: filters.status as LoanStatus } : {}),
    limit: 500,
  };
}

/** 外借登记册: every request the viewer may see, by view, person, file, period and status. */
export function LoanRegister({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const [view, setView] = useState<RegisterView>('all');
  const [filters, setFilters] = useState<Filters>(noFilters);
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((current) => ({ ...current, [key]: value }));
  const loans = useLoans(toInput(view, filters));
  // People to filter by are the requesters the viewer can see at all (users.list needs user.manage).
  const everyone = useLoans({ view: 'all', limit: 500 });
  const people = useMemo(() => {
    const byId = new Map((everyone.data ?? []).map((loan) => [loan.requesterId, loan.requesterName]));
    return [...byId].map(([id, name]) => ({ value: String(id), label: name }));
  }, [everyone.data]);
  const [fileSearch, setFileSearch] = useState('');
  const [debounced] = useDebouncedValue(fileSearch, 200);
  const files = useCustomerSearch(debounced);
  const [fileLabel, setFileLabel] = useState<{ value: string; label: string } | null>(null);
  const fileOptions = [...(fileLabel ? [fileLabel] : []), ...(files.data?.rows ?? []).filter((r) => String(r.id) !== fileLabel?.value).map((r) => ({ value: String(r.id), label: `${r.archiveNo} ${r.name}` }))];

  const statuses = view === 'history' ? finished : loanStatuses;
  const shown = view === 'history' ? loans.data?.filter((loan) => finished.includes(loan.status)) : loans.data;

  return (
    <Stack>
      <SegmentedControl
        aria-label={t('loans.register.view')}
        w="fit-content"
        value={view}
        onChange={(value) => {
          setView(value as RegisterView);
          set('status', null);
        }}
        data={registerViews.map((v) => ({ value: v, label: t(`loans.register.views.${v}`) }))}
      />
      <Group align="flex-end" gap="sm">
        <Select label={t('loans.register.person')} w={150} clearable searchable data={people} value={filters.requesterId} onChange={(value) => set('requesterId', value)} />
        <Select
          label={t('loans.register.file')}
          w={240}
          clearable
          searchable
          placeholder={t('loans.form.filesSearchPlaceholder')}
          filter={({ options }) => options}
          data={fileOptions}
          searchValue={fileSearch}
          onSearchChange={setFileSearch}
          value={filters.customerId}
          onChange={(value, option) => {
            set('customerId', value);
            setFileLabel(value && option ? { value, label: option.label } : null);
          }}
        />
        <DatePickerInput
          type="range"
          label={t('loans.register.period')}
          w={240}
          clearable
          valueFormat="YYYY-MM-DD"
          value={filters.period}
          onChange={(value) => set('period', value)}
        />
        <Select
          label={t('loans.register.status')}
          w={130}
          clearable
          disabled={view === 'out' || view === 'overdue'}
          data={statuses.map((s) => ({ value: s, label: t(`loans.statuses.${s}`) }))}
          value={filters.status}
          onChange={(value) => set('status', value)}
        />
        <Button
          variant="default"
          onClick={() => {
            setFilters(noFilters);
            setFileLabel(null);
            setFileSearch('');
          }}
        >
          {t('loans.register.clear')}
        </Button>
      </Group>
      <LoansTable loans={shown} error={loans.error} user={user} />
    </Stack>
  );
}
