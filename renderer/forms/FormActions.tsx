import type { ReactNode } from 'react';
import { Button, Group, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface FormActionsProps {
  /** The primary action's words: 保存 unless named. */
  submitLabel?: string;
  /** Runs on click instead of submitting the surrounding form (a confirmation has no form). */
  onSubmit?: () => void;
  saving?: boolean;
  disabled?: boolean;
  /** Red for what cannot be taken back, orange for what replaces something. */
  color?: MantineColor;
  /** A tooltip-like hint on the primary button (its keyboard shortcut). */
  submitTitle?: string;
  /** 取消, or `cancelLabel`; left out when there is nothing to go back from. */
  onCancel?: () => void;
  cancelLabel?: string;
  cancelDisabled?: boolean;
  /** The safe choice takes the focus when the dialog opens (confirmations). */
  focusCancel?: boolean;
  /** More actions beside the primary one (保存草稿). */
  secondary?: ReactNode;
  /** The left end: a hint, or a way elsewhere (忘记密码, 切换用户, 上一步). */
  start?: ReactNode;
}

/**
 * The end of every form and confirmation: anything else on the left, then 取消, then the primary
 * action on the right, so the safe choice and the action are always in the same places.
 */
export function FormActions({ submitLabel, onSubmit, saving = false, disabled, color, submitTitle, onCancel, cancelLabel, cancelDisabled, focusCancel, secondary, start }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <Group justify={start ? 'space-between' : 'flex-end'} gap="sm" wrap="nowrap">
      {start}
      <Group gap="xs" wrap="nowrap">
        {onCancel && (
          <Button key="cancel" variant="default" onClick={onCancel} disabled={cancelDisabled ?? saving} data-autofocus={focusCancel || undefined}>
            {cancelLabel ?? t('common.cancel')}
          </Button>
        )}
        {secondary}
        <Button
          key="submit"
          type={onSubmit ? 'button' : 'submit'}
          onClick={onSubmit}
          loading={saving}
          disabled={disabled}
          color={color}
          title={submitTitle}
        >
          {submitLabel ?? t('common.save')}
        </Button>
      </Group>
    </Group>
  );
}
