import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compactCffIndexes, compactIndex, releaseGlyphs } from '../../../electron/core/reports/compactCff';
import { fontFiles } from '../../../electron/core/reports/fontFiles';
import { fontkit, type FontkitFont } from '../../../electron/core/reports/pdfmakeParts';
import { Random } from '../../../electron/core/seed/random';

/** The print fonts with compact CFF indexes must draw and subset exactly as fontkit's own. */
interface FullFont extends FontkitFont {
  numGlyphs: number;
  getGlyph(id: number): { path: { toSVG(): string } };
  createSubset(): { includeGlyph(id: number): number; encode(): Uint8Array };
}

const files = fontFiles(null);

describe('compactIndex', () => {
  const entries = [
    { offset: 10, length: 3 },
    { offset: 13, length: 0 },
    { offset: 13, length: 70_000 },
  ];
  const index = compactIndex(entries);

  it('reads like the array it replaces', () => {
    expect(index.length).toBe(3);
    expect(index[2]).toEqual({ offset: 13, length: 70_000 });
    expect(index[3]).toBeUndefined();
    expect(index[-1]).toBeUndefined();
    expect([...index]).toEqual(entries);
    expect(1 in index).toBe(true);
    expect(3 in index).toBe(false);
  });

  it('cannot be written to', () => {
    expect(() => {
      'use strict';
      (index as unknown as Array<unknown>)[0] = { offset: 0, length: 0 };
    }).toThrow(TypeError);
    expect(index[0]).toEqual(entries[0]);
  });
});

describe.each([
  ['Regular', files.regular],
  ['Bold', files.bold],
] as const)('Source Han Sans SC %s with compact CFF indexes', (_weight, path) => {
  const bytes = readFileSync(path);
  const reference = fontkit.create(bytes) as FullFont;
  const compact = fontkit.create(bytes) as FullFont;
  compactCffIndexes(compact);
  const r = new Random(7);
  // Ideographs common and rare (Extension B), Latin, digits, punctuation, and random glyph ids across the font.
  const ids = [...new Set([
    ...[...'客户档案卡𠮷䶮张伟ABCxyz0123（），。'].map((ch) => reference.glyphForCodePoint(ch.codePointAt(0)!).id),
    ...Array.from({ length: 300 }, () => r.int(1, reference.numGlyphs - 1)),
  ])];

  it('draws every sampled glyph the same', () => {
    for (const id of ids) expect(compact.getGlyph(id).path.toSVG(), `glyph ${id}`).toBe(reference.getGlyph(id).path.toSVG());
  });

  it('makes a byte-identical subset', () => {
    const subset = (font: FullFont) => {
      const s = font.createSubset();
      for (const id of ids) s.includeGlyph(id);
      return Buffer.from(s.encode());
    };
    expect(subset(compact).equals(subset(reference))).toBe(true);
  });

  it('keeps a few glyphs between documents, and after many makes them afresh, the same', () => {
    const before = compact.getGlyph(ids[0]!);
    releaseGlyphs(compact, 65_536);
    expect(compact.getGlyph(ids[0]!)).toBe(before);
    releaseGlyphs(compact, 10);
    const after = compact.getGlyph(ids[0]!);
    expect(after).not.toBe(before);
    expect(after.path.toSVG()).toBe(before.path.toSVG());
  });
});
