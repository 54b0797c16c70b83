import type { SessionUser } from '../../../shared/app/status';
import type { RetentionPolicy } from '../../../shared/lifecycle/lifecycleTypes';
import { mayCall } from '../../api/channelAccess';
import { useSession } from '../../api/session';
import { useRetentionRules } from './lifecycleQueries';
import { lifecycleTabs, type LifecycleTab } from './lifecycleSearch';

/**
 * Which tabs a role gets, read off the channels each tab calls, so no screen asks core for what the
 * role may not do: the archive room everything; approvers (the roles the retention rules name) the
 * requests waiting for them; whoever may change or countersign the rules, the rules.
 */
export function tabsFor(user: Pick<SessionUser, 'role' | 'permissions'>, policy: RetentionPolicy | undefined): LifecycleTab[] {
  const approves = policy !== undefined && [...policy.approvers.cleanup, ...policy.approvers.destruction].includes(user.role);
  const shown: Record<LifecycleTab, boolean> = {
    duplicates: mayCall('duplicates.pairs', user),
    merges: mayCall('merges.list', user),
    candidates: mayCall('lifecycle.candidates', user),
    requests: mayCall('lifecycle.request', user) || approves,
    restricted: mayCall('lifecycle.restricted', user),
    rules: mayCall('lifecycle.updateRules', user) || mayCall('lifecycle.request', user) || user.permissions.includes('policy.approve'),
  };
  return lifecycleTabs.filter((tab) => shown[tab]);
}

export function useLifecycleTabs(): LifecycleTab[] {
  const user = useSession();
  const rules = useRetentionRules();
  return user ? tabsFor(user, rules.data) : [];
}
