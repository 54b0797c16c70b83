import { z } from 'zod';
import { oneOf } from '../../routing/searchFields';

/** The lifecycle page's tabs: duplicates and merges, then cleanup and destruction, restriction and the rules. */
export const lifecycleTabs = ['duplicates', 'merges', 'candidates', 'requests', 'restricted', 'rules'] as const;
export type LifecycleTab = (typeof lifecycleTabs)[number];

/** #/lifecycle?tab=duplicates&check=<job>: the tab, and the duplicate check whose results are shown. */
export const lifecycleSearch = z.object({
  tab: oneOf(lifecycleTabs),
  check: z.string().uuid().optional().catch(undefined),
});
export type LifecycleSearch = z.infer<typeof lifecycleSearch>;
