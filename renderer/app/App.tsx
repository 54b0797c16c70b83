import { useEffect, useRef, useState } from 'react';
import { Button, Center, Loader, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../shared/app/status';
import { SessionProvider } from '../api/session';
import { LockScreen } from '../features/auth/LockScreen';
import { LoginScreen } from '../features/auth/LoginScreen';
import { useIdleLock } from '../features/auth/useIdleLock';
import { FirstRunScreen } from '../features/setup/FirstRunScreen';
import { RecoveryScreen } from '../features/setup/RecoveryScreen';
import { RecoverySheetProvider, useRecoverySheet } from '../features/setup/RecoverySheetContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { listenToJobs } from '../jobs/jobEvents';
import { createAppRouter } from '../routing/router';
import { clearSessionData, useAppStatus } from './appStatus';

export function App() {
  // Job progress is listened to from the start, so no job's first reports are missed.
  useEffect(() => listenToJobs(), []);
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
  const user = status.data?.user ?? null;
  const userId = user?.id ?? null;
  // Only an open, unlocked session may call anything beyond the public channels.
  const sessionUser = phase === 'ready' ? user : null;

  useIdleLock(status.data?.idleLockSeconds ?? 0, phase === 'ready');

  // Outside a working session nothing fetched in it may stay in memory.
  useEffect(() => {
    if (phase && phase !== 'ready') clearSessionData(queryClient);
  }, [phase, userId, queryClient]);
  const routedFor = useHomeForNewUser(userId);
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
  let screen;
  if (phase === 'setup') screen = <FirstRunScreen />;
  else if (phase === 'locked' || !user) screen = user ? <LockScreen user={user} /> : <LoginScreen />;
  else if (status.data.recoveryPending) screen = <RecoveryScreen user={user} />;
  else if (routedFor !== user.id) screen = <Loader aria-label={t('app.loading')} m="xl" />;
  else screen = <Workspace user={user} />;
  return <SessionProvider user={sessionUser}>{screen}</SessionProvider>;
}

/**
 * Another person at the keyboard starts on the home screen, not on the previous user's page (which
 * their role might not even open, and whose calls would be refused): the working screens appear only
 * once the address is settled for them. The same user unlocking or logging in again returns to where they were.
 */
function useHomeForNewUser(userId: number | null): number | null {
  const [routedFor, setRoutedFor] = useState<number | null>(null);
  const lastUser = useRef<number | null>(null);
  useEffect(() => {
    if (userId === null || routedFor === userId) return;
    if (lastUser.current !== null && lastUser.current !== userId) window.location.replace('#/home');
    lastUser.current = userId;
    setRoutedFor(userId);
  }, [userId, routedFor]);
  return routedFor;
}

/** The working screens: a router made for this session, reading the address as it is now. */
function Workspace({ user }: { user: SessionUser }) {
  const [router] = useState(() => createAppRouter(user));
  useEffect(() => () => router.history.destroy(), [router]);
  return <RouterProvider router={router} context={{ user }} />;
}
