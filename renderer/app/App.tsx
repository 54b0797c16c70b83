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
  const item = navItems.find((candidate) => candidate.route === route) ?? navItems[0]!;
  const allowed = !item.permission || user.permissions.includes(item.permission);
  return (
    <AppFrame route={item.route} onNavigate={navigate} permissions={user.permissions} header={<SessionHeader user={user} />}>
      <ErrorBoundary key={item.route}>{allowed ? <RoutePage route={item.route} user={user} /> : <ForbiddenPage titleKey={item.labelKey} />}</ErrorBoundary>
    </AppFrame>
  );
}

function RoutePage({ route, user }: { route: string; user: SessionUser }) {
  switch (route) {
    case 'home':
      return <HomePage user={user} />;
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
