import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, sha256 } from '../../../electron/core/reports/contentHash';

describe('canonical JSON and the content hash', () => {
  it('writes the same text whatever order the keys were set in, nested too', () => {
    const a = { b: 1, a: { y: [3, { q: 1, p: 2 }], x: '张三' } };
    const b = { a: { x: '张三', y: [3, { p: 2, q: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe('{"a":{"x":"张三","y":[3,{"p":2,"q":1}]},"b":1}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it('keeps array order, leaves out undefined members, and writes undefined in arrays as null, as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: null, c: [undefined, 2, 1] })).toBe('{"b":null,"c":[null,2,1]}');
  });

  it('writes a Date as its ISO string and refuses what JSON cannot say', () => {
    expect(canonicalJson({ at: new Date('2026-03-05T06:30:00Z') })).toBe('{"at":"2026-03-05T06:30:00.000Z"}');
    for (const bad of [NaN, Infinity, 1n, () => 1, Symbol('x'), new Date('nope')]) expect(() => canonicalJson({ bad })).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => canonicalJson(cycle)).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
  });

  it('lets the same object appear twice without calling it a cycle', () => {
    const shared = { k: 1 };
    expect(canonicalJson({ a: shared, b: [shared] })).toBe('{"a":{"k":1},"b":[{"k":1}]}');
  });

  it('hashes the canonical text as UTF-8 with SHA-256, hex', () => {
    const data = { 姓名: '𠮷䶮', n: 1 };
    expect(contentHash(data)).toBe(createHash('sha256').update('{"n":1,"姓名":"𠮷䶮"}', 'utf8').digest('hex'));
    expect(contentHash({ n: 1, 姓名: '𠮷䶮' })).toBe(contentHash(data));
    expect(contentHash({ ...data, n: 2 })).not.toBe(contentHash(data));
    expect(sha256(Buffer.from('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
