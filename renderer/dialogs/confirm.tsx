import type { ReactNode } from 'react';
import { Stack, Text, type MantineColor } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useMutation } from '@tanstack/react-query';
import { ErrorNotice } from '../forms/ErrorNotice';
import { FormActions } from '../forms/FormActions';

export interface ConfirmOptions {
  /** The question, as the dialog's name: 删除用户, 放弃未保存的修改？ */
  title: string;
  /** What will happen, in a sentence (or a few elements, e.g. a note to type). */
  message: ReactNode;
  confirmLabel: string;
  /** The safe choice; 取消 unless named. It has the focus when the dialog opens. */
  cancelLabel?: string;
  color?: MantineColor;
  /**
   * Runs the action. While it runs the dialog waits; if it fails, the dialog stays open and says why
   * (a localised error notice); when it succeeds the dialog closes.
   */
  onConfirm?: () => unknown;
  /** The safe choice was taken (its button, Esc or the ✕). */
  onCancel?: () => void;
}

/** Above the dialogs it may be opened from (their z-index is Mantine's 200), below dropdowns (300). */
const CONFIRM_Z_INDEX = 250;

/**
 * One Esc closes one dialog: a confirmation over a dialog takes the key first (its listener is older)
 * and marks it here, so the dialog underneath does not close, or ask again, on the same key press.
 */
export const handledEscapes = new WeakSet<KeyboardEvent>();

/**
 * The app's one way to ask before doing something: Mantine's modals manager opens it over whatever is
 * on screen and gives the focus back afterwards; the buttons are the app's FormActions.
 */
export function openConfirm(options: ConfirmOptions): string {
  const id = `confirm-${Math.random().toString(36).slice(2)}`;
  let settled = false;
  modals.open({
    modalId: id,
    title: options.title,
    zIndex: CONFIRM_Z_INDEX,
    __handledEscapeEvents: handledEscapes,
    size: 'md',
    closeOnClickOutside: false,
    onClose: () => {
      if (!settled) options.onCancel?.();
    },
    children: (
      <ConfirmBody
        options={options}
        onDone={() => {
          settled = true;
          modals.close(id);
        }}
        onCancel={() => modals.close(id)}
      />
    ),
  });
  return id;
}

function ConfirmBody({ options, onDone, onCancel }: { options: ConfirmOptions; onDone: () => void; onCancel: () => void }) {
  const confirm = useMutation({ mutationFn: async () => options.onConfirm?.(), onSuccess: onDone });
  return (
    <Stack gap="md">
      {typeof options.message === 'string' ? <Text size="sm">{options.message}</Text> : options.message}
      <ErrorNotice error={confirm.error} />
      <FormActions
        onCancel={onCancel}
        cancelLabel={options.cancelLabel}
        focusCancel
        onSubmit={() => confirm.mutate()}
        submitLabel={options.confirmLabel}
        saving={confirm.isPending}
        color={options.color}
      />
    </Stack>
  );
}
