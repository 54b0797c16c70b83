import type { z } from 'zod';
import type { ChannelDef } from './channel';
import { appChannels } from '../app/appChannels';
import { setupChannels } from '../setup/setupChannels';
import { authChannels } from '../auth/authChannels';
import { usersChannels } from '../users/usersChannels';
import { rolesChannels } from '../roles/rolesChannels';
import { settingsChannels } from '../settings/settingsChannels';
import { customersChannels } from '../customers/customersChannels';
import { vehiclesChannels } from '../vehicles/vehiclesChannels';
import { attachmentsChannels } from '../attachments/attachmentsChannels';
import { loansChannels } from '../loans/loansChannels';
import { approvalsChannels } from '../approvals/approvalsChannels';
import { auditChannels } from '../audit/auditChannels';
import { backupChannels } from '../backup/backupChannels';
import { jobsChannels } from '../jobs/jobsChannels';
import { documentsChannels } from '../documents/documentsChannels';
import { lifecycleChannels } from '../lifecycle/lifecycleChannels';
import { duplicatesChannels } from '../duplicates/duplicatesChannels';
import { mergesChannels } from '../merges/mergesChannels';

/**
 * The table of contents of the app: every call the renderer can make. Each feature declares its
 * channels beside its types (shared/<feature>/<feature>Channels.ts); this table composes them.
 * Main registers a handler for each, preload exposes each on window.kedang, the web harness serves each.
 */
export const channels = {
  ...appChannels,
  ...setupChannels,
  ...authChannels,
  ...usersChannels,
  ...rolesChannels,
  ...settingsChannels,
  ...customersChannels,
  ...vehiclesChannels,
  ...attachmentsChannels,
  ...loansChannels,
  ...approvalsChannels,
  ...auditChannels,
  ...backupChannels,
  ...jobsChannels,
  ...documentsChannels,
  ...lifecycleChannels,
  ...duplicatesChannels,
  ...mergesChannels,
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
