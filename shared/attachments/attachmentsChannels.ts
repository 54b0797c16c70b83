import { z } from 'zod';
import { id } from '../validation/schemaParts';
import { channel, type ChannelDef } from '../contract/channel';
import { attachmentInputSchema } from './attachments';
import type { CustomerCard } from '../customers/customerTypes';

/** Scans kept inside the archive. */
export const attachmentsChannels = {
  'attachments.add': channel<CustomerCard>()({
    kind: 'command',
    access: 'customer.write',
    input: z.object({ customerId: id, attachment: attachmentInputSchema }).strict(),
    summary: 'Stores a scan (image or PDF) inside the encrypted archive.',
  }),
  'attachments.open': channel<{ mime: string; fileName: string; dataBase64: string }>()({
    kind: 'command',
    access: 'customer.read',
    input: z.object({ id }).strict(),
    summary: 'Returns a stored scan for preview; every opening is audited.',
  }),
} as const satisfies Record<string, ChannelDef>;
