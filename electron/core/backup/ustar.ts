import { KedangError } from '../../../shared/contract/errors';
import { corrupt } from './backupErrors';

/**
 * The smallest POSIX ustar we need: regular files with short plain names, 512-byte headers, data
 * padded to 512, two zero blocks at the end — so `age -d backup.kdbak | tar x` works anywhere.
 * Reading accepts exactly what writing produces and nothing else.
 */
export const TAR_BLOCK = 512;
export const END_OF_ARCHIVE = Buffer.alloc(2 * TAR_BLOCK);
/** 11 octal digits in the size field. */
export const MAX_TAR_ENTRY_BYTES = 8 ** 11 - 1;

function putText(header: Buffer, offset: number, length: number, text: string): void {
  const bytes = Buffer.from(text, 'latin1');
  if (bytes.length > length) throw new KedangError('INTERNAL', `tar field too long: ${text}`);
  bytes.copy(header, offset);
}

function putOctal(header: Buffer, offset: number, length: number, value: number): void {
  putText(header, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
}

function checksum(header: Buffer): number {
  let sum = 0;
  for (let i = 0; i < TAR_BLOCK; i += 1) sum += i >= 148 && i < 156 ? 0x20 : header[i]!;
  return sum;
}

export function padding(size: number): number {
  return (TAR_BLOCK - (size % TAR_BLOCK)) % TAR_BLOCK;
}

export function ustarHeader(name: string, size: number, mtime: Date): Buffer {
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(name)) throw new KedangError('INTERNAL', `Not a plain tar entry name: ${name}`);
  if (!Number.isSafeInteger(size) || size < 0 || size > MAX_TAR_ENTRY_BYTES) throw new KedangError('INTERNAL', `tar entry too large: ${size}`);
  const header = Buffer.alloc(TAR_BLOCK);
  putText(header, 0, 100, name);
  putOctal(header, 100, 8, 0o600);
  putOctal(header, 108, 8, 0);
  putOctal(header, 116, 8, 0);
  putOctal(header, 124, 12, size);
  putOctal(header, 136, 12, Math.max(0, Math.floor(mtime.getTime() / 1000)));
  header[156] = 0x30; // '0': regular file
  putText(header, 257, 8, 'ustar\u000000');
  putText(header, 148, 8, `${checksum(header).toString(8).padStart(6, '0')}\0 `);
  return header;
}

function field(header: Buffer, offset: number, length: number): string {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? length : end).toString('latin1');
}

function octal(header: Buffer, offset: number, length: number): number | null {
  const text = field(header, offset, length).trim();
  return /^[0-7]{1,12}$/.test(text) ? parseInt(text, 8) : null;
}

/** A header block's entry, or 'zero' for an all-zero block (the end marker). Throws BACKUP_CORRUPT otherwise. */
export function parseUstarHeader(header: Buffer): { name: string; size: number } | 'zero' {
  if (header.every((b) => b === 0)) return 'zero';
  if (octal(header, 148, 8) !== checksum(header)) throw corrupt('tar', 'tar header checksum mismatch');
  if (header.toString('latin1', 257, 265) !== 'ustar\u000000') throw corrupt('tar', 'Not a POSIX ustar header');
  const type = header[156];
  if (type !== 0x30 && type !== 0) throw corrupt('tar', 'tar entry is not a regular file');
  const name = field(header, 0, 100);
  if (field(header, 345, 155) !== '' || field(header, 157, 100) !== '') throw corrupt('tar', 'tar entry uses a prefix or link name');
  if (name.startsWith('/') || name.split('/').includes('..') || !/^[A-Za-z0-9._-]+$/.test(name)) throw corrupt('tar', `Unexpected tar entry name: ${name}`);
  const size = octal(header, 124, 12);
  if (size === null) throw corrupt('tar', 'tar entry size is not octal');
  return { name, size };
}
