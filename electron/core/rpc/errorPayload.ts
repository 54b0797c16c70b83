import { KedangError, type ErrorPayload } from '../../../shared/contract/errors';

/** A failure as it may leave core: its code, or INTERNAL without the message (which might quote data). */
export function toErrorPayload(err: unknown): ErrorPayload {
  if (err instanceof KedangError) return err.toPayload();
  const kind = err instanceof Error ? err.name : typeof err;
  process.stderr.write(`[kedang] internal error (${kind})\n`);
  if (process.env['KEDANG_DEBUG'] === '1' && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  return new KedangError('INTERNAL', 'Internal error').toPayload();
}
