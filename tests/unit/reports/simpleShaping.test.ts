import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontFiles } from '../../../electron/core/reports/fontFiles';
import { fontkit, type FontkitFont } from '../../../electron/core/reports/pdfmakeParts';
import { ccmpStarters, isShapingNeutral, useSimpleShaping } from '../../../electron/core/reports/simpleShaping';
import { Random } from '../../../electron/core/seed/random';

/**
 * The shortcuts must give exactly what fontkit's full shaping gives, glyph by glyph, for the real
 * fonts: compared here over every pair of the non-ideograph characters they cover and thousands
 * of random strings of the kinds an archive prints.
 */
const files = fontFiles(null);
const fonts = [
  ['Regular', files.regular],
  ['Bold', files.bold],
] as const;

function shaped(font: FontkitFont, text: string) {
  const run = font.layout(text);
  return run.glyphs.map((g, i) => {
    const p = run.positions[i]!;
    return [g.id, p.xAdvance, p.yAdvance, p.xOffset, p.yOffset];
  });
}

const neutralAlphabet = (): string[] => {
  const chars: string[] = [];
  for (let cp = 0x20; cp < 0x10000; cp++) if (isShapingNeutral(cp) && !(cp >= 0x3400 && cp <= 0x9fff) && !(cp >= 0xf900 && cp <= 0xfaff)) chars.push(String.fromCodePoint(cp));
  return chars;
};

describe.each(fonts)('shaping shortcuts for Source Han Sans SC %s', (_weight, path) => {
  const bytes = readFileSync(path);
  const reference = fontkit.create(bytes);
  const fast = fontkit.create(bytes);
  useSimpleShaping(fast);
  const r = new Random(2026);
  const ideograph = () => String.fromCodePoint(r.chance(0.8) ? r.int(0x4e00, 0x9fff) : r.chance(0.5) ? r.int(0x3400, 0x4dbf) : r.int(0x20000, 0x2a6df));

  it('gives fontkit’s glyphs for every pair of non-ideograph characters it takes the direct path for', () => {
    const alphabet = [...neutralAlphabet(), '张', '〇', '𠮷', '䶮'];
    for (const a of alphabet) for (const b of alphabet) expect(shaped(fast, a + b), a + b).toEqual(shaped(reference, a + b));
  });

  it('gives fontkit’s glyphs for random Chinese text with digits and punctuation', () => {
    const alphabet = neutralAlphabet();
    for (let i = 0; i < 3000; i++) {
      let text = '';
      for (let n = r.int(1, 10); n > 0; n--) text += r.chance(0.5) ? ideograph() : r.pick(alphabet);
      expect(shaped(fast, text), text).toEqual(shaped(reference, text));
    }
  });

  it('gives fontkit’s glyphs for Latin text, where it only leaves out ccmp (digits after capitals and kerning still apply)', () => {
    const samples = ['KD2026000123', 'LSVAA4182E2123456', '粤B12345', 'zxm@example.com', 'AV To 1a', 'ID.4 CROZZ', 'Hello, World!', '330TSI', 'ﬁ fi ff', 'Ａ７', 'café', 'naïve'];
    const latin = 'ABCDEFGHJKLMNPRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-./@ ';
    for (let i = 0; i < 3000; i++) {
      let text = '';
      for (let n = r.int(1, 14); n > 0; n--) text += r.chance(0.85) ? r.pick([...latin]) : ideograph();
      samples.push(text);
    }
    for (const text of samples) expect(shaped(fast, text), text).toEqual(shaped(reference, text));
  });

  it('still composes old Hangul with ccmp, the one thing ccmp does in this font', () => {
    const starters = ccmpStarters(reference);
    expect(starters).not.toBeNull();
    expect(starters!.has(reference.glyphForCodePoint(0x1100).id)).toBe(true);
    for (const text of ['\u1100\u1161\u11a8', 'A\u1100\u1161', '\u1112\u119e\u11ab', 'KD\u1100\u1161']) expect(shaped(fast, text), text).toEqual(shaped(reference, text));
  });

  it('gives each character its own code point, so copied text reads back exactly', () => {
    // U+F901 (a compatibility ideograph) and U+66F4 share one glyph; fontkit would remember whichever came first.
    const first = fast.layout('\uf901');
    const second = fast.layout('\u66f4');
    expect(first.glyphs[0]!.id).toBe(second.glyphs[0]!.id);
    expect([first.glyphs[0]!.codePoints, second.glyphs[0]!.codePoints]).toEqual([[0xf901], [0x66f4]]);
  });
});
