import { describe, expect, it } from 'vitest';
import type { Content } from '../../../electron/core/reports/docDefinition';
import { GlyphCoverage, PLACEHOLDER_STYLE } from '../../../electron/core/reports/glyphCoverage';

/** A pretend font that has everything but 𱍊 (U+3134A) and 𰻝 (U+30EDD). */
const coverage = () => new GlyphCoverage((cp) => cp !== 0x3134a && cp !== 0x30edd);

describe('glyph coverage', () => {
  it('leaves covered text as it is', () => {
    const c = coverage();
    expect(c.content('张三 𠮷䶮')).toBe('张三 𠮷䶮');
    expect(c.report()).toEqual([]);
  });

  it('prints a missing character as [U+XXXX] in place, keeping the text around it, and reports each once', () => {
    const c = coverage();
    expect(c.content('王𱍊明𱍊')).toEqual({ text: ['王', { text: '[U+3134A]', ...PLACEHOLDER_STYLE }, '明', { text: '[U+3134A]', ...PLACEHOLDER_STYLE }] });
    // An inline's own style stays on each piece (placeholder style on top), as siblings, not nested.
    expect(c.content({ text: [{ text: '𰻝𰻝面', bold: true, color: 'blue' }] })).toEqual({
      text: [
        { text: '[U+30EDD]', bold: false, color: PLACEHOLDER_STYLE.color, background: PLACEHOLDER_STYLE.background },
        { text: '[U+30EDD]', bold: false, color: PLACEHOLDER_STYLE.color, background: PLACEHOLDER_STYLE.background },
        { text: '面', bold: true, color: 'blue' },
      ],
    });
    expect(c.report()).toEqual([
      { char: '𱍊', codePoint: 'U+3134A' },
      { char: '𰻝', codePoint: 'U+30EDD' },
    ]);
    expect(c.plainText('李𱍊')).toBe('李[U+3134A]');
  });

  it('reaches every place text lives: stacks, columns, lists and table cells', () => {
    const c = coverage();
    const content: Content = { stack: [{ columns: ['𱍊'] }, { ul: ['𱍊'] }, { table: { widths: [50], body: [['𱍊']] } }] };
    const copy = JSON.stringify(c.content(content));
    expect(copy.match(/\[U\+3134A\]/g)).toHaveLength(3);
  });

  it('copies what it is given rather than changing it', () => {
    const c = coverage();
    const widths: Array<number | '*'> = [50, '*'];
    const table: Content = { table: { widths, body: [['a', '𱍊']] } };
    const copy = c.content(table) as { table: { widths: unknown[]; body: unknown[][] } };
    expect(copy.table.widths).not.toBe(widths);
    expect(copy.table.body[0]![1]).not.toBe('𱍊');
    expect((table as { table: { body: string[][] } }).table.body[0]![1]).toBe('𱍊');
  });

  it('does not flag line breaks, joiners or variation selectors', () => {
    const c = new GlyphCoverage((cp) => cp < 0x80 || (cp >= 0x4e00 && cp <= 0x9fff));
    c.content('张\n三\u200d葛\ufe00');
    expect(c.report()).toEqual([]);
  });
});
