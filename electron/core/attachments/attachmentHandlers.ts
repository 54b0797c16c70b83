import { createHash } from 'node:crypto';
import { KedangError } from '../../../shared/contract/errors';
import type { Handler } from '../rpc/handler';
import { cardOf, visibleCustomer } from '../customers/customerCard';
import { readSettings } from '../settings/settingsStore';
import { attachmentNames } from '../customers/customerAudit';

/** The first bytes each accepted type must start with, so a renamed file cannot pass as a scan. */
const magic: Record<string, (b: Buffer) => boolean> = {
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
};

/** Scans are kept inside the encrypted database: there is never a loose copy on disk. */
export const add: Handler<'attachments.add'> = (ctx, input) => {
  const user = ctx.requireUser();
  const db = ctx.archive().db.sqlite;
  const c = visibleCustomer(ctx, input.customerId);
  const a = input.attachment;
  const data = Buffer.from(a.dataBase64, 'base64');
  const maxBytes = readSettings(db).attachmentMaxMb * 1024 * 1024;
  if (data.length > maxBytes) throw new KedangError('INVALID_INPUT', 'File too large', { fields: [{ path: 'attachment.dataBase64', code: 'FILE_TOO_LARGE', params: { maximum: readSettings(db).attachmentMaxMb } }] });
  if (!magic[a.mime]?.(data)) throw new KedangError('INVALID_INPUT', 'File content does not match its type', { fields: [{ path: 'attachment.mime', code: 'FILE_TYPE_MISMATCH' }] });
  const sha256 = createHash('sha256').update(data).digest('hex');
  const id = Number(
    db
      .prepare('INSERT INTO attachments (customer_id, kind, file_name, mime, size, sha256, data, created_at, by_user) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(c.id, a.kind, a.fileName, a.mime, data.length, sha256, data, ctx.clock.now().toISOString(), user.id).lastInsertRowid,
  );
  ctx.audit({ action: 'attachments.add', targetType: 'customer', targetId: c.id, summary: `${c.archive_no}：上传附件 #${id}（${attachmentNames[a.kind]}，${a.mime}，${data.length} 字节）` });
  return cardOf(ctx, c.id);
};

export const open: Handler<'attachments.open'> = (ctx, input) => {
  const db = ctx.archive().db.sqlite;
  const row = db.prepare('SELECT customer_id, kind, file_name, mime, data FROM attachments WHERE id = ?').get(input.id) as
    | { customer_id: number; kind: string; file_name: string; mime: string; data: Buffer }
    | undefined;
  if (!row) throw new KedangError('NOT_FOUND', 'No such attachment');
  const c = visibleCustomer(ctx, row.customer_id);
  ctx.audit({ action: 'attachments.open', targetType: 'customer', targetId: c.id, summary: `${c.archive_no}：查看附件 #${input.id}（${attachmentNames[row.kind as keyof typeof attachmentNames] ?? row.kind}）` });
  return { mime: row.mime, fileName: row.file_name, dataBase64: row.data.toString('base64') };
};
