import { useState } from 'react';
import { Stack, Tabs, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import { BackupTab } from './BackupTab';
import { backupTabs, type BackupTab as Tab } from './backupSearch';
import { CheckTab } from './CheckTab';
import { HistoryTab } from './HistoryTab';
import { RestoreTab } from './RestoreTab';

const backupRoute = getRouteApi('/backup');

/** 备份恢复: make a verified backup, check any backup, restore one (system admins), and the record of them all. */
export function BackupPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const navigate = backupRoute.useNavigate();
  const restores = user.permissions.includes('backup.restore');
  const asked = backupRoute.useSearch().tab;
  const tab: Tab = asked === 'restore' && !restores ? 'backup' : (asked ?? 'backup');
  // 校验这份备份 hands the file it just made to the check form.
  const [checkPath, setCheckPath] = useState<string | undefined>(undefined);
  const setTab = (next: Tab) => void navigate({ to: '/backup', search: next === 'backup' ? {} : { tab: next }, replace: true });
  return (
    <Stack>
      <Title order={2}>{t('nav.backup')}</Title>
      <Tabs value={tab} onChange={(value) => setTab(backupTabs.find((known) => known === value) ?? 'backup')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="backup">{t('backup.tabs.backup')}</Tabs.Tab>
          <Tabs.Tab value="check">{t('backup.tabs.check')}</Tabs.Tab>
          {restores && <Tabs.Tab value="restore">{t('backup.tabs.restore')}</Tabs.Tab>}
          <Tabs.Tab value="history">{t('backup.tabs.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="backup" pt="md">
          <BackupTab
            onCheck={(path) => {
              setCheckPath(path);
              setTab('check');
            }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="check" pt="md">
          <CheckTab initialPath={checkPath} />
        </Tabs.Panel>
        {restores && (
          <Tabs.Panel value="restore" pt="md">
            <RestoreTab user={user} />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="history" pt="md">
          <HistoryTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
