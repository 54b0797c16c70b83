import { createContext, useContext, type ReactNode } from 'react';
import type { SessionUser } from '../../shared/app/status';

const SessionContext = createContext<SessionUser | null>(null);

/** Who may call what right now: the user of an open, unlocked session, or nobody. */
export function SessionProvider({ user, children }: { user: SessionUser | null; children: ReactNode }) {
  return <SessionContext.Provider value={user}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionUser | null {
  return useContext(SessionContext);
}

/** The logged-in user, for screens that exist only inside a session. */
export function useUser(): SessionUser {
  const user = useContext(SessionContext);
  if (!user) throw new Error('useUser outside a session');
  return user;
}
