import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { RecoveryCodeSheet } from '../../../shared/auth/recoveryCode';

interface RecoverySheetState {
  /** The sheet core just returned; held only in memory, and only until it is confirmed. */
  sheet: RecoveryCodeSheet | null;
  show(sheet: RecoveryCodeSheet): void;
  clear(): void;
}

const RecoverySheetContext = createContext<RecoverySheetState | null>(null);

/**
 * Setup, password recovery and "new recovery code" each get a sheet back from core once; the
 * confirm screen that follows may be shown by a different part of the app, so the sheet lives here.
 */
export function RecoverySheetProvider({ children }: { children: ReactNode }) {
  const [sheet, setSheet] = useState<RecoveryCodeSheet | null>(null);
  const clear = useCallback(() => setSheet(null), []);
  const value = useMemo<RecoverySheetState>(() => ({ sheet, show: setSheet, clear }), [sheet, clear]);
  return <RecoverySheetContext.Provider value={value}>{children}</RecoverySheetContext.Provider>;
}

export function useRecoverySheet(): RecoverySheetState {
  const state = useContext(RecoverySheetContext);
  if (!state) throw new Error('useRecoverySheet outside RecoverySheetProvider');
  return state;
}
