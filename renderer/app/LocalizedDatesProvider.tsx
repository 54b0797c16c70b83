import type { ReactNode } from 'react';
import { DatesProvider } from '@mantine/dates';
import { useTranslation } from 'react-i18next';

/** Date pickers follow the app's language (month names, first day of the week). */
export function LocalizedDatesProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  return <DatesProvider settings={{ locale: zh ? 'zh-cn' : 'en', firstDayOfWeek: zh ? 1 : 0 }}>{children}</DatesProvider>;
}
