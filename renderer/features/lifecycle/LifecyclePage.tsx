import { Stack, Tabs, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DuplicatesPanel } from '../duplicates/DuplicatesPanel';
import { MergeRecords } from '../merges/MergeRecords';
import { CandidatesPanel } from './CandidatesPanel';
import { RequestsPanel } from './RequestsPanel';
import { RestrictedPanel } from './RestrictedPanel';
import { RetentionRulesSection } from './RetentionRulesSection';
import type { LifecycleTab } from './lifecycleSearch';
import { useLifecycleTabs } from './lifecycleTabs';

const lifecycleRoute = getRouteApi('/lifecycle');

/** 查重与清理: the archive's lifecycle, one tab per kind of work, each only for the roles that do it. */
export function LifecyclePage() {
  const { t } = useTranslation();
  const navigate = lifecycleRoute.useNavigate();
  const search = lifecycleRoute.useSearch();
  const tabs = useLifecycleTabs();
  const tab: LifecycleTab | undefined = search.tab && tabs.includes(search.tab) ? search.tab : tabs[0];
  const setTab = (next: LifecycleTab) => void navigate({ to: '/lifecycle', search: (prev) => ({ ...prev, tab: next }), replace: true });
  return (
    <Stack>
      <Title order={2}>{t('nav.lifecycle')}</Title>
      {tab === undefined ? (
        <Text c="dimmed">{t('lifecycle.nothing')}</Text>
      ) : (
        <Tabs value={tab} onChange={(value) => setTab(tabs.find((known) => known === value) ?? tab)} keepMounted={false}>
          <Tabs.List aria-label={t('lifecycle.tabs')}>
            {tabs.map((name) => (
              <Tabs.Tab key={name} value={name}>
                {name === 'duplicates' ? t('duplicates.tab') : name === 'merges' ? t('merges.tab') : t(`lifecycle.tab.${name}`)}
              </Tabs.Tab>
            ))}
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
          <Tabs.Panel value="candidates" pt="md">
            <CandidatesPanel onRequested={() => setTab('requests')} />
          </Tabs.Panel>
          <Tabs.Panel value="requests" pt="md">
            <RequestsPanel />
          </Tabs.Panel>
          <Tabs.Panel value="restricted" pt="md">
            <RestrictedPanel />
          </Tabs.Panel>
          <Tabs.Panel value="rules" pt="md">
            <RetentionRulesSection />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
