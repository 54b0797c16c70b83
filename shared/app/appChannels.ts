import { channel, empty, type ChannelDef } from '../contract/channel';
import type { AppStatus } from './status';

/** Where the app stands. */
export const appChannels = {
  'app.status': channel<AppStatus>()({
    kind: 'query',
    access: 'public',
    input: empty,
    summary: 'Where the app stands: first-run setup, locked or ready, and who is logged in.',
  }),
} as const satisfies Record<string, ChannelDef>;
