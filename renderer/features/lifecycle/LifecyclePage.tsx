import { Stack, Tabs, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DuplicatesPanel } from '../duplicates/DuplicatesPanel';
import { MergeRecords } from '../merges/MergeRecords';
import { lifecycleTabs, type LifecycleTab } from './lifecycleSearch';

const lifecycleRoute = getRouteApi('/lifecycle');

/** 查重与清理: the archive's lifecycle, one tab per kind of work (duplicates and merges; cleanup and destruction to come). */
export function LifecyclePage() {
  const { t } = useTranslation();
  const navigate = lifecycleRoute.useNavigate();
  const search = lifecycleRoute.useSearch();
  const tab: LifecycleTab = search.tab ?? 'duplicates';
  const setTab = (next: LifecycleTab) => void navigate({ to: '/lifecycle', search: (prev) => ({ ...prev, tab: next }), replace: true });
  return (
    <Stack>
      <Title order={2}>{t('nav.lifecycle')}</Title>
      <Tabs value={tab} onChange={(value) => setTab(lifecycleTabs.find((known) => known === value) ?? 'duplicates')} keepMounted={false}>
        <Tabs.List aria-label={t('lifecycle.tabs')}>
          <Tabs.Tab value="duplicates">{t('duplicates.tab')}</Tabs.Tab>
          <Tabs.Tab value="merges">{t('merges.tab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="duplicates" pt="md">
          <DuplicatesPanel
            checkJob={search.check ?? null}
            onCheckStarted={(jobId) => void navigate({ to: '/lifecycle', search: { tab: 'duplicates', check: jobId }, replace: true })}
            onMergeRequested={() => setTab('merges')}
          />
        </Tabs.Panel>
        <Tabs.Panel value="merges" pt="md">
          <MergeRecords />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
