import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import zhCN from './zh-CN';
import enUS from './en-US';

export const locales = { 'zh-CN': zhCN, 'en-US': enUS } as const;
export type Locale = keyof typeof locales;
export const defaultLocale: Locale = 'zh-CN';
const STORAGE_KEY = 'kedang.locale';

const dayjsLocale: Record<Locale, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

function storedLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored && stored in locales ? (stored as Locale) : defaultLocale;
}

export async function initI18n(): Promise<void> {
  const lng = storedLocale();
  dayjs.locale(dayjsLocale[lng]);
  await i18next.use(initReactI18next).init({
    lng,
    fallbackLng: defaultLocale,
    resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } },
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = lng;
}

export async function setLocale(lng: Locale): Promise<void> {
  globalThis.localStorage?.setItem(STORAGE_KEY, lng);
  dayjs.locale(dayjsLocale[lng]);
  document.documentElement.lang = lng;
  await i18next.changeLanguage(lng);
}
