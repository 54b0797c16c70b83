import type { Role, Permission } from '../roles/permissions';

/** setup: no vault yet (first run); locked: nobody logged in or the session is locked; ready: working. */
export type AppPhase = 'setup' | 'locked' | 'ready';

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  permissions: Permission[];
}

export interface AppStatus {
  phase: AppPhase;
  appVersion: string;
  storeName: string | null;
  /** Set when a session exists; with phase 'locked' it is the user who must unlock. */
  user: SessionUser | null;
  idleLockSeconds: number;
  /** A recovery code was shown in this session and has not been confirmed yet. */
  recoveryPending: boolean;
}
