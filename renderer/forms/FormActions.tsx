import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The end of every dialog form: 取消 on the left, the submit button (保存 unless named) on the right. */
export function FormActions({ onCancel, saving, submitLabel, disabled }: { onCancel: () => void; saving: boolean; submitLabel?: string; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={saving} disabled={disabled}>
        {submitLabel ?? t('common.save')}
      </Button>
    </Group>
  );
}
