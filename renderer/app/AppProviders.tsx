import { useMemo, type ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LocalizedDatesProvider } from './LocalizedDatesProvider';
import { createAppTheme, cssVariablesResolver } from './theme';

/**
 * Mantine (its theme names the ✕ and the date pickers' arrows in the app's language, so it follows a
 * language switch), dates, toasts, the data cache and the modals manager that asks every confirmation.
 */
export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const theme = useMemo(
    () =>
      createAppTheme({
        close: t('common.close'),
        previousMonth: t('common.previousMonth'),
        nextMonth: t('common.nextMonth'),
        changeLevel: t('common.changeLevel'),
        previousPage: t('common.previousPage'),
        nextPage: t('common.nextPage'),
      }),
    // t changes with the language: the theme is rebuilt only on a language switch.
    [t, i18n.language],
  );
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <LocalizedDatesProvider>
        <Notifications position="bottom-right" />
        <QueryClientProvider client={queryClient}>
          <ModalsProvider>{children}</ModalsProvider>
        </QueryClientProvider>
      </LocalizedDatesProvider>
    </MantineProvider>
  );
}
