import { createHash } from 'node:crypto';
import { KedangError } from '../../../shared/contract/errors';
import type { HandlersOf } from '../rpc/handler';
import { cardOf } from '../customers/customerCard';
import { attachmentNames } from '../customers/customerAudit';
import { fileOfRecord, visibleFile } from '../customers/fileAccess';
import { readSettings } from '../settings/settingsStore';
import { attachmentOwner, findAttachment, insertAttachment } from './attachmentStore';
import { matchesDeclaredType } from './fileMagic';

export const attachmentsHandlers: HandlersOf<'attachments'> = {
  /** Scans are kept inside the encrypted database: there is never a loose copy on disk. */
  'attachments.add': (ctx, input) => {
    const user = ctx.requireUser();
    const file = visibleFile(ctx, input.customerId);
    const a = input.attachment;
    const data = Buffer.from(a.dataBase64, 'base64');
    const maxMb = readSettings(ctx.db).attachmentMaxMb;
    if (data.length > maxMb * 1024 * 1024) throw new KedangError('INVALID_INPUT', 'File too large', { fields: [{ path: 'attachment.dataBase64', code: 'FILE_TOO_LARGE', params: { maximum: maxMb } }] });
    if (!matchesDeclaredType(a.mime, data)) throw new KedangError('INVALID_INPUT', 'File content does not match its type', { fields: [{ path: 'attachment.mime', code: 'FILE_TYPE_MISMATCH' }] });
    const sha256 = createHash('sha256').update(data).digest('hex');
    const id = insertAttachment(ctx.db, { customerId: file.id, kind: a.kind, fileName: a.fileName, mime: a.mime, data, sha256, byUser: user.id, now: ctx.clock.now() });
    ctx.audit({ action: 'attachments.add', targetType: 'customer', targetId: file.id, summary: `${file.archiveNo}：上传附件 #${id}（${attachmentNames[a.kind]}，${a.mime}，${data.length} 字节）`, params: { file: file.id, attachment: id, kind: a.kind, bytes: data.length } });
    return cardOf(ctx, file.id);
  },

  /** Its file's visibility first: an attachment of a file the caller may not see does not exist for them. */
  'attachments.open': (ctx, input) => {
    const file = fileOfRecord(ctx, attachmentOwner(ctx.db, input.id), 'attachment');
    const row = findAttachment(ctx.db, input.id)!;
    ctx.audit({ action: 'attachments.open', targetType: 'customer', targetId: file.id, summary: `${file.archiveNo}：查看附件 #${input.id}（${attachmentNames[row.kind]}）`, params: { file: file.id, attachment: input.id, kind: row.kind } });
    return { mime: row.mime, fileName: row.fileName, dataBase64: row.data.toString('base64') };
  },
};
