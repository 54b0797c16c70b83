import { z } from 'zod';
import { oneOf } from '../../routing/searchFields';

/** #/users?tab=roles: accounts or the permission matrix. */
export const usersSearch = z.object({ tab: oneOf(['users', 'roles'] as const) });
