import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app/app.css';
import { App } from './app/App';
import { AppProviders } from './app/AppProviders';
import { ErrorBoundary } from './app/ErrorBoundary';
import { initI18n } from './i18n';
import { KedangError } from '../shared/contract/errors';
import { refreshStatus } from './app/appStatus';

/** A call refused because core locked or ended the session: the status decides which screen shows next. */
function onCallError(error: unknown): void {
  if (error instanceof KedangError && (error.code === 'SESSION_LOCKED' || error.code === 'NOT_AUTHENTICATED')) void refreshStatus(queryClient);
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onCallError }),
  mutationCache: new MutationCache({ onError: onCallError }),
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 } },
});

void initI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </AppProviders>
    </StrictMode>,
  );
});
