import { useCallback, useState } from 'react';

/**
 * Which dialog of a screen is open, and for what. The value stays after closing so the dialog can
 * play its closing transition with its content; the dialog itself stays mounted and only opens and
 * closes, which is what lets it give the focus back to the button that opened it.
 */
export function useDialogState<T = true>() {
  const [state, setState] = useState<{ opened: boolean; value: T | null }>({ opened: false, value: null });
  const open = useCallback((value: T) => setState({ opened: true, value }), []);
  const close = useCallback(() => setState((current) => ({ ...current, opened: false })), []);
  return { opened: state.opened, value: state.value, open, close };
}
