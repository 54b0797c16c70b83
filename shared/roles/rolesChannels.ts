import { z } from 'zod';
import { channel, empty, type ChannelDef } from '../contract/channel';
import { permissions, roles, type RoleMatrixView } from './permissions';
import { signOffSchema } from '../signOff/signOff';

/** The permission matrix. */
export const rolesChannels = {
  'roles.matrix': channel<RoleMatrixView>()({
    kind: 'query',
    access: 'role.manage',
    input: empty,
    summary: 'The permission matrix in force, with the built-in defaults beside it.',
  }),
  'roles.setGrant': channel<RoleMatrixView>()({
    kind: 'command',
    access: 'role.manage',
    input: z.object({ role: z.enum(roles), permission: z.enum(permissions), granted: z.boolean(), signOff: signOffSchema }).strict(),
    summary: 'Grants or withdraws one permission of one role; countersigned by a second person holding policy.approve.',
  }),
} as const satisfies Record<string, ChannelDef>;
