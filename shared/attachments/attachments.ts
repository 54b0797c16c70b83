import { z } from 'zod';
import { attachmentKinds, type AttachmentKind } from '../customers/vocabularies';
import { text } from '../validation/schemaParts';

/** Images and PDFs only; the size limit is a setting checked in main (default 10 MiB). */
export const attachmentMimes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export const attachmentInputSchema = z
  .object({
    kind: z.enum(attachmentKinds),
    fileName: text(200).min(1),
    mime: z.enum(attachmentMimes),
    dataBase64: z.string().min(4).max(40 * 1024 * 1024).regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'BASE64' }),
  })
  .strict();

export interface AttachmentInfo {
  id: number;
  kind: AttachmentKind;
  fileName: string;
  mime: string;
  size: number;
  createdAt: string;
}
