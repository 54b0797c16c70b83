import { Stack, Tabs, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import { ArchiveIndexPrint } from './ArchiveIndexPrint';
import { DocumentRegister } from './DocumentRegister';
import { documentsTabs, type DocumentsTab } from './documentsSearch';
import { VerifyPrintout } from './VerifyPrintout';

const reportsRoute = getRouteApi('/reports');

/**
 * 打印与核验: the document register (who printed what, 重印 as a 副本), checking a printout against
 * it, and the archive index for whoever may see every file.
 */
export function DocumentsPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const navigate = reportsRoute.useNavigate();
  const search = reportsRoute.useSearch();
  const mayIndex = user.permissions.includes('customer.readAll');
  const tab: DocumentsTab = search.tab === 'index' && !mayIndex ? 'register' : (search.tab ?? 'register');
  const setTab = (next: DocumentsTab) => void navigate({ to: '/reports', search: { tab: next }, replace: true });
  return (
    <Stack>
      <Title order={2}>{t('nav.reports')}</Title>
      <Tabs value={tab} onChange={(value) => setTab(documentsTabs.find((known) => known === value) ?? 'register')} keepMounted={false}>
        <Tabs.List aria-label={t('nav.reports')}>
          <Tabs.Tab value="register">{t('documents.page.tabs.register')}</Tabs.Tab>
          <Tabs.Tab value="verify">{t('documents.page.tabs.verify')}</Tabs.Tab>
          {mayIndex && <Tabs.Tab value="index">{t('documents.page.tabs.index')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="register" pt="md">
          <DocumentRegister user={user} />
        </Tabs.Panel>
        <Tabs.Panel value="verify" pt="md">
          <VerifyPrintout />
        </Tabs.Panel>
        {mayIndex && (
          <Tabs.Panel value="index" pt="md">
            <ArchiveIndexPrint />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
