import { useMemo, useState } from 'react';
import { Button, Group, SegmentedControl, Select, Stack } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import { loanStatuses, type LoanStatus } from '../../../shared/loans/loanTypes';
import { useCustomerSearch } from '../customers/customerQueries';
import { LoanRegisterPrint } from './LoanRegisterPrint';
import { LoansTable } from './LoansTable';
import { useLoans, type LoanListInput } from './loanQueries';
import { registerViews, type LoansSearch, type RegisterView } from './loansSearch';

const loansRoute = getRouteApi('/loans');

/** 历史: requests that are finished one way or another. */
const finished: readonly LoanStatus[] = ['returned', 'rejected', 'cancelled', 'expired'];

function toInput(view: RegisterView, search: LoansSearch): LoanListInput {
  return {
    view: view === 'history' ? 'all' : view,
    ...(search.requester ? { requesterId: search.requester } : {}),
    ...(search.file ? { customerId: search.file } : {}),
    ...(search.from ? { from: dayjs(search.from).startOf('day').format() } : {}),
    ...(search.to ? { to: dayjs(search.to).endOf('day').format() } : {}),
    ...(search.status ? { status: search.status } : {}),
    limit: 500,
  };
}

/** 外借登记册: every request the viewer may see, by view, person, file, period and status; the filters live in the address. */
export function LoanRegister({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const navigate = loansRoute.useNavigate();
  const search = loansRoute.useSearch();
  const view = search.view ?? 'all';
  // The printed register is for approvers and the archive room (core refuses others).
  const mayPrint = user.permissions.includes('loan.approve') || user.permissions.includes('loan.handle');
  const set = (patch: Partial<LoansSearch>) => void navigate({ to: '/loans', search: (current) => ({ ...current, tab: 'register', ...patch }), replace: true });
  const loans = useLoans(toInput(view, search));
  // People and files to filter by are the requesters and files of requests the viewer can see at all
  // (users.list needs user.manage); a file found by typing adds to them.
  const everyone = useLoans({ view: 'all', limit: 500 });
  const people = useMemo(() => {
    const byId = new Map((everyone.data ?? []).map((loan) => [loan.requesterId, loan.requesterName]));
    return [...byId].map(([id, name]) => ({ value: String(id), label: name }));
  }, [everyone.data]);
  const knownFiles = useMemo(() => {
    const byId = new Map((everyone.data ?? []).flatMap((loan) => loan.files.map((file) => [file.customerId, `${file.archiveNo} ${file.name}`] as const)));
    return [...byId].map(([id, label]) => ({ value: String(id), label }));
  }, [everyone.data]);
  const [fileSearch, setFileSearch] = useState('');
  const [debounced] = useDebouncedValue(fileSearch, 200);
  const files = useCustomerSearch(debounced);
  const found = (files.data?.rows ?? []).map((r) => ({ value: String(r.id), label: `${r.archiveNo} ${r.name}` }));
  const fileOptions = [...knownFiles, ...found.filter((option) => !knownFiles.some((known) => known.value === option.value))];

  const statuses = view === 'history' ? finished : loanStatuses;
  const shown = view === 'history' ? loans.data?.filter((loan) => finished.includes(loan.status)) : loans.data;

  return (
    <Stack>
      <SegmentedControl
        aria-label={t('loans.register.view')}
        w="fit-content"
        value={view}
        onChange={(value) => {
          const next = registerViews.find((known) => known === value) ?? 'all';
          set({ view: next === 'all' ? undefined : next, status: undefined });
        }}
        data={registerViews.map((v) => ({ value: v, label: t(`loans.register.views.${v}`) }))}
      />
      <Group align="flex-end" gap="sm">
        <Select label={t('loans.register.person')} w={150} clearable searchable data={people} value={search.requester ? String(search.requester) : null} onChange={(value) => set({ requester: value ? Number(value) : undefined })} />
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
          value={search.file ? String(search.file) : null}
          onChange={(value) => set({ file: value ? Number(value) : undefined })}
        />
        <DatePickerInput
          type="range"
          label={t('loans.register.period')}
          w={240}
          clearable
          valueFormat="YYYY-MM-DD"
          value={[search.from ?? null, search.to ?? null]}
          onChange={([from, to]) => set({ from: from ? dayjs(from).format('YYYY-MM-DD') : undefined, to: to ? dayjs(to).format('YYYY-MM-DD') : undefined })}
        />
        <Select
          label={t('loans.register.status')}
          w={130}
          clearable
          disabled={view === 'out' || view === 'overdue'}
          data={statuses.map((s) => ({ value: s, label: t(`loans.statuses.${s}`) }))}
          value={search.status ?? null}
          onChange={(value) => set({ status: loanStatuses.find((known) => known === value) })}
        />
        <Button
          variant="default"
          onClick={() => {
            setFileSearch('');
            void navigate({ to: '/loans', search: { tab: 'register', ...(search.view ? { view: search.view } : {}) }, replace: true });
          }}
        >
          {t('loans.register.clear')}
        </Button>
        {mayPrint && <LoanRegisterPrint view={view} from={search.from} to={search.to} />}
      </Group>
      <LoansTable loans={shown} error={loans.error} user={user} />
    </Stack>
  );
}
