import type { Content, Inline, StyleProps } from './docDefinition';

/**
 * pdfmake has no per-glyph fallback: a character the font lacks prints as nothing, so a rare name
 * would come out silently shortened. Before layout every string is checked against the font;
 * a missing character is printed as its code point in brackets, e.g. [U+3134A], and reported.
 */

export interface MissingGlyph {
  char: string;
  /** e.g. `U+3134A` */
  codePoint: string;
}

export const PLACEHOLDER_STYLE: StyleProps = { color: '#b00020', background: '#f3e5e7', bold: false };

export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Characters that draw nothing of their own: controls (pdfmake breaks lines on \n), joiners, variation selectors. */
function drawsNothing(cp: number): boolean {
  return cp < 0x20 || cp === 0x7f || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x2060 && cp <= 0x206f) || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xfeff || (cp >= 0xe0100 && cp <= 0xe01ef);
}

export class GlyphCoverage {
  private readonly missing = new Map<number, MissingGlyph>();

  constructor(private readonly hasGlyph: (codePoint: number) => boolean) {}

  /** The missing characters seen so far, in order of first appearance. */
  report(): MissingGlyph[] {
    return [...this.missing.values()];
  }

  private lacks(cp: number): boolean {
    if (cp < 0x80 || drawsNothing(cp)) return false;
    return !this.hasGlyph(cp);
  }

  /** The string split around missing characters, or null when every character is covered. */
  private split(text: string): Inline[] | null {
    let parts: Inline[] | null = null;
    let start = 0;
    let i = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (this.lacks(cp)) {
        parts ??= [];
        if (i > start) parts.push(text.slice(start, i));
        const label = codePointLabel(cp);
        if (!this.missing.has(cp)) this.missing.set(cp, { char: ch, codePoint: label });
        parts.push({ text: `[${label}]`, ...PLACEHOLDER_STYLE });
        start = i + ch.length;
      }
      i += ch.length;
    }
    if (parts && start < text.length) parts.push(text.slice(start));
    return parts;
  }

  /** A text value with placeholders in place of missing characters (the same string when none are). */
  text(value: string): string | Inline[] {
    return this.split(value) ?? value;
  }

  /** The text with each missing character written as [U+XXXX], for places that take plain text (the watermark). */
  plainText(value: string): string {
    const parts = this.split(value);
    return parts ? parts.map((part) => (typeof part === 'string' ? part : String(part.text))).join('') : value;
  }

  private inlines(value: string | Inline[]): string | Inline[] {
    if (typeof value === 'string') return this.text(value);
    return value.flatMap((inline): Inline[] => {
      if (typeof inline === 'string') return this.split(inline) ?? [inline];
      if (Array.isArray(inline.text)) return [{ ...inline, text: this.inlines(inline.text) }];
      // Split into siblings that each keep the inline's style (pdfmake drops an inline's style for nested text).
      const parts = this.split(inline.text);
      return parts ? parts.map((part) => (typeof part === 'string' ? { ...inline, text: part } : { ...inline, ...part })) : [{ ...inline }];
    });
  }

  /**
   * A deep copy of the content with placeholders. pdfmake writes its layout state into the nodes
   * it is given, so the renderer always lays out copies and a definition can be rendered twice.
   */
  content(node: Content): Content {
    if (typeof node === 'string') {
      const parts = this.split(node);
      return parts ? { text: parts } : node;
    }
    if (Array.isArray(node)) return node.map((child) => this.content(child));
    const copy: Record<string, unknown> = { ...node };
    if ('text' in node) copy.text = this.inlines(node.text);
    if ('stack' in node) copy.stack = node.stack.map((child) => this.content(child));
    if ('columns' in node) copy.columns = node.columns.map((child) => this.content(child));
    if ('ul' in node && node.ul) copy.ul = node.ul.map((child) => this.content(child));
    if ('ol' in node && node.ol) copy.ol = node.ol.map((child) => this.content(child));
    if ('table' in node) {
      const { widths, body } = node.table;
      copy.table = { ...node.table, ...(widths ? { widths: [...widths] } : {}), body: body.map((row) => row.map((cell) => this.content(cell))) };
    }
    if ('canvas' in node) copy.canvas = node.canvas.map((shape) => ({ ...shape }));
    if ('fit' in node && Array.isArray(node.fit)) copy.fit = [...node.fit];
    if (Array.isArray(node.margin)) copy.margin = [...node.margin];
    return copy as Content;
  }
}
