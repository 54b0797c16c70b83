import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { handledEscapes, openConfirm } from './confirm';

interface DialogFrame {
  /** Esc, ✕ and 取消 all come here: asks first when the form has unsaved changes, refuses while saving. */
  requestClose(): void;
  setBusy(busy: boolean): void;
  /** The form's "is anything typed?" check; null when the dialog needs no asking. */
  guard: { current: (() => boolean) | null };
  /** What the question says when the generic 放弃未保存的修改？ would be wrong (a key shown only once). */
  guardWords: { current: GuardWords | null };
  title: string;
}

const DialogFrameContext = createContext<DialogFrame | null>(null);

export function useDialogFrame(): DialogFrame {
  const frame = useContext(DialogFrameContext);
  if (!frame) throw new Error('useDialogFrame outside AppDialog');
  return frame;
}

export interface GuardWords {
  title: string;
  body: string;
  discard: string;
  keep: string;
}

/**
 * Leaving a form with something typed asks 放弃未保存的修改？ first, the same way in every dialog:
 * from 取消, from Esc and from the ✕. `words` replace the question where something else would be lost.
 */
export function useUnsavedChangesGuard(isDirty: () => boolean, words?: GuardWords): void {
  const { guard, guardWords } = useDialogFrame();
  useLayoutEffect(() => {
    guard.current = isDirty;
    guardWords.current = words ?? null;
  });
  useLayoutEffect(
    () => () => {
      guard.current = null;
      guardWords.current = null;
    },
    [guard, guardWords],
  );
}

interface Props {
  opened: boolean;
  onClose: () => void;
  title: string;
  size?: string | number;
  closeOnClickOutside?: boolean;
  children: ReactNode;
}

/**
 * The frame of every dialog: a title, a named ✕, a body that scrolls and a footer that does not, so the
 * primary button is on screen however tall the form is (a 1366×768 shop-floor screen included).
 * It stays mounted and only opens and closes, so Mantine gives the focus back to the button that
 * opened it; its content mounts with each opening, so a form starts afresh every time.
 */
export function AppDialog({ opened, onClose, title, size = 'lg', closeOnClickOutside = false, children }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const guard = useRef<(() => boolean) | null>(null);
  const guardWords = useRef<GuardWords | null>(null);
  const requestClose = useCallback(() => {
    if (busy) return;
    if (guard.current?.()) {
      const words = guardWords.current;
      openConfirm({
        title: words?.title ?? t('dialogs.discardTitle'),
        message: words?.body ?? t('dialogs.discardBody'),
        confirmLabel: words?.discard ?? t('dialogs.discard'),
        cancelLabel: words?.keep ?? t('dialogs.keepEditing'),
        color: 'red',
        onConfirm: onClose,
      });
    } else onClose();
  }, [busy, onClose, t]);
  const frame = useMemo<DialogFrame>(() => ({ requestClose, setBusy, guard, guardWords, title }), [requestClose, title]);

  return (
    <Modal.Root opened={opened} onClose={requestClose} size={size} closeOnClickOutside={closeOnClickOutside} __handledEscapeEvents={handledEscapes}>
      <Modal.Overlay />
      <Modal.Content className="kd-dialog">
        <Modal.Header>
          <Modal.Title fw={700} fz="lg">
            {title}
          </Modal.Title>
          <Modal.CloseButton aria-label={t('common.close')} disabled={busy} />
        </Modal.Header>
        <DialogFrameContext.Provider value={frame}>{children}</DialogFrameContext.Provider>
      </Modal.Content>
    </Modal.Root>
  );
}

/** A dialog's content that is read, not filled in: it scrolls inside the frame. */
export function DialogBody({ children }: { children: ReactNode }) {
  return <Modal.Body className="kd-dialog-body">{children}</Modal.Body>;
}

/** The part of a dialog that never scrolls away: its buttons (and whatever went wrong). */
export function DialogFooter({ children }: { children: ReactNode }) {
  return <div className="kd-dialog-footer">{children}</div>;
}
