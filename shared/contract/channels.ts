import { z } from 'zod';
import { channel, type ChannelDef } from './channel';
import type { AppStatus } from '../app/status';

/**
 * The table of contents of the app: every call the renderer can make, declared once.
 * Main registers a handler for each, preload exposes each on window.kedang, the web harness serves each.
 */
export const channels = {
  'app.status': channel<AppStatus>()({
    kind: 'query',
    access: 'public',
    input: z.object({}).strict(),
    summary: 'Where the app stands: first-run setup, locked or ready, and who is logged in.',
  }),
} as const satisfies Record<string, ChannelDef>;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = NonNullable<Channels[C]['__output']>;

export const channelNames = Object.keys(channels) as ChannelName[];

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(channels, name);
}
