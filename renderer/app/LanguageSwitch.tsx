import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setLocale, type Locale } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('app.language')}
      value={i18n.language}
      onChange={(value) => void setLocale(value as Locale)}
      data={[
        { value: 'zh-CN', label: '中文' },
        { value: 'en-US', label: 'English' },
      ]}
    />
  );
}
