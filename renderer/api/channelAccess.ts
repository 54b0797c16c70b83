import type { Permission } from '../../shared/roles/permissions';
import { channels, type ChannelName } from '../../shared/contract/channels';
import { useSession } from './session';

/**
 * The contract's access rule for one channel, read the way core's `authorize` reads it: public
 * channels for anyone, session channels for a logged-in user, the rest for roles holding the permission.
 * The UI asks before it calls, so it never sends a call core would refuse (and audit as 越权访问).
 */
export function mayCall(channel: ChannelName, session: { permissions: readonly Permission[] } | null): boolean {
  const access = channels[channel].access;
  if (access === 'public') return true;
  if (!session) return false;
  return access === 'session' || session.permissions.includes(access);
}

/** Whether the logged-in user may call this channel; false outside a session for all but public channels. */
export function useChannelAllowed(channel: ChannelName): boolean {
  return mayCall(channel, useSession());
}
