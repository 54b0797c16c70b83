import { useEffect, useRef } from 'react';
import { Button, Center, Loader, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../shared/app/status';
import { AuditPage } from '../features/audit/AuditPage';
import { LockScreen } from '../features/auth/LockScreen';
import { LoginScreen } from '../features/auth/LoginScreen';
import { SessionHeader } from '../features/auth/SessionHeader';
import { useIdleLock } from '../features/auth/useIdleLock';
import { CustomersPage } from '../features/customers/CustomersPage';
import { SEARCH_INPUT_ID } from '../features/customers/CustomerList';
import { ForbiddenPage, HomePage, NotYetPage } from '../features/home/HomePage';
import { LoansPage } from '../features/loans/LoansPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { FirstRunScreen } from '../features/setup/FirstRunScreen';
import { RecoveryScreen } from '../features/setup/RecoveryScreen';
import { RecoverySheetProvider, useRecoverySheet } from '../features/setup/RecoverySheetContext';
import { UsersPage } from '../features/users/UsersPage';
import { ErrorNotice } from '../forms/ErrorNotice';
import { clearSessionData, useAppStatus } from './appStatus';
import { AppFrame } from './AppFrame';
import { ErrorBoundary } from './ErrorBoundary';
import { navItems } from './navigation';
import { useHashRoute } from './useHashRoute';

export function App() {
  return (
    <RecoverySheetProvider>
      <Gate />
    </RecoverySheetProvider>
  );
}

/** Which screen the app is on follows only from core's status: setup, login, lock, recovery code, or work. */
function Gate() {
  const { t } = useTranslation();
  const status = useAppStatus();
  const queryClient = useQueryClient();
  const recovery = useRecoverySheet();
  const phase = status.data?.phase;
  const userId = status.data?.user?.id ?? null;

  useIdleLock(status.data?.idleLockSeconds ?? 0, phase === 'ready');

  // Outside a working session nothing fetched in it may stay in memory.
  useEffect(() => {
    if (phase && phase !== 'ready') clearSessionData(queryClient);
  }, [phase, userId, queryClient]);
  // Another person at the keyboard starts on the home screen, not on the previous user's page.
  const lastUserId = useRef<number | null>(null);
  useEffect(() => {
    if (userId === null) return;
    if (lastUserId.current !== null && lastUserId.current !== userId) window.location.hash = '#/home';
    lastUserId.current = userId;
  }, [userId]);
  // A sheet belongs to the session that received it: logging out forgets it.
  const clearSheet = recovery.clear;
  useEffect(() => {
    if (userId === null) clearSheet();
  }, [userId, clearSheet]);

  if (!status.data) {
    return (
      <Center mih="100vh">
        {status.error ? (
          <Stack align="center">
            <ErrorNotice error={status.error} />
            <Button variant="light" onClick={() => void status.refetch()}>
              {t('errorBoundary.retry')}
            </Button>
          </Stack>
        ) : (
          <Loader aria-label={t('app.loading')} />
        )}
      </Center>
    );
  }
  const { user } = status.data;
  if (phase === 'setup') return <FirstRunScreen />;
  if (phase === 'locked' || !user) return user ? <LockScreen user={user} /> : <LoginScreen />;
  if (status.data.recoveryPending) return <RecoveryScreen user={user} />;
  return <Workspace user={user} />;
}

function Workspace({ user }: { user: SessionUser }) {
  const [route, navigate] = useHashRoute('home');
  const [base = '', ...path] = route.split('/');
  const item = navItems.find((candidate) => candidate.route === base) ?? navItems[0]!;
  const allowed = !item.permission || user.permissions.includes(item.permission);
  useSearchShortcut(user, navigate);
  return (
    <AppFrame route={item.route} onNavigate={navigate} permissions={user.permissions} header={<SessionHeader user={user} />}>
      <ErrorBoundary key={item.route}>{allowed ? <RoutePage route={item.route} path={path} user={user} navigate={navigate} /> : <ForbiddenPage titleKey={item.labelKey} />}</ErrorBoundary>
    </AppFrame>
  );
}

/** Ctrl+K (⌘K) anywhere: go to the customer list and put the cursor in its search box. */
function useSearchShortcut(user: SessionUser, navigate: (route: string) => void) {
  const reads = user.permissions.includes('customer.read');
  useEffect(() => {
    if (!reads) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      event.preventDefault();
      if (!window.location.hash.startsWith('#/customers') || /^#\/customers\/./.test(window.location.hash)) navigate('customers');
      const focus = (tries: number) => {
        const input = document.getElementById(SEARCH_INPUT_ID) as HTMLInputElement | null;
        if (input && input.offsetParent !== null) {
          input.focus();
          input.select();
        } else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
      };
      focus(30);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [reads, navigate]);
}

function RoutePage({ route, path, user, navigate }: { route: string; path: string[]; user: SessionUser; navigate: (route: string) => void }) {
  switch (route) {
    case 'home':
      return <HomePage user={user} />;
    case 'customers':
      return <CustomersPage path={path} user={user} navigate={navigate} />;
    case 'loans':
      return <LoansPage user={user} />;
    case 'users':
      return <UsersPage user={user} />;
    case 'audit':
      return <AuditPage user={user} />;
    case 'settings':
      return <SettingsPage />;
    default:
      return <NotYetPage titleKey={navItems.find((item) => item.route === route)?.labelKey ?? 'nav.home'} />;
  }
}
