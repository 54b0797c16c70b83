import { readFileSync } from 'node:fs';
import { KedangError } from '../../../shared/contract/errors';
import type { FontFiles } from './fontFiles';
import { fontkit, type FontkitFont, type VirtualFs } from './pdfmakeParts';
import { compactCffIndexes, releaseGlyphs } from './compactCff';
import { useSimpleShaping } from './simpleShaping';

/**
 * The print fonts, read and parsed once per process.
 *
 * How pdfkit opens a font: pdfmake hands pdfkit the font's bytes (from its virtual fs) for every
 * new document; pdfkit's PDFFontFactory calls `fontkit.create(bytes)`, which probes the formats
 * registered with fontkit in order and constructs the first that accepts the bytes. A fresh
 * fontkit font then re-parses its tables and rebuilds its glyph and layout caches — for a 16 MB
 * OTF, most of a one-page card's time. fontkit's exports are read-only, so `create` cannot be
 * wrapped; but `registerFormat` is public. We register one more format whose probe accepts only
 * the small token buffers made here, and whose constructor returns the font parsed at start-up
 * (a constructor may return another object). pdfmake's virtual fs serves the token under the
 * font's name, so every document gets the same parsed font, and pdfkit still builds a new subset
 * per document from it (fonts stay embedded and subset).
 */

export const PRINT_FONT_FAMILY = 'KeDang';

export interface PrintFonts {
  family: string;
  /** Font descriptors for pdfmake, naming entries of `vfs`. */
  descriptors: Record<string, { normal: string; bold: string }>;
  vfs: VirtualFs;
  /** True when both weights have a glyph for the code point. */
  hasGlyph(codePoint: number): boolean;
  /** Forgets the glyphs (and outlines) the fonts made, once they are many (compactCff.ts). */
  releaseGlyphs(): void;
}

const parsedByToken = new WeakMap<Uint8Array, FontkitFont>();
let formatRegistered = false;
let parses = 0;

/** How many font files this process has read and parsed (two, once the fonts are loaded). */
export function fontParses(): number {
  return parses;
}

class ParsedFontFormat {
  static probe(buffer: Uint8Array): boolean {
    return parsedByToken.has(buffer);
  }

  constructor(stream: { buffer: Uint8Array }) {
    return parsedByToken.get(stream.buffer) as unknown as ParsedFontFormat;
  }
}

function parse(path: string): { token: Buffer; font: FontkitFont } {
  const font = fontkit.create(readFileSync(path));
  parses++;
  compactCffIndexes(font);
  useSimpleShaping(font);
  // No real font format starts with these bytes, so fontkit's own formats all decline the token.
  const token = Buffer.from(`KEDANG-PARSED-FONT\0${path}`, 'utf8');
  parsedByToken.set(token, font);
  return { token, font };
}

/** A read-only in-memory fs holding only the font tokens: pdfmake may read nothing else. */
class FontTokenFs implements VirtualFs {
  constructor(private readonly files: ReadonlyMap<string, Buffer>) {}
  existsSync(name: string): boolean {
    return this.files.has(name);
  }
  readFileSync(name: string): Buffer {
    const file = this.files.get(name);
    if (!file) throw new KedangError('INTERNAL', `not in the print font fs: ${name}`);
    return file;
  }
  writeFileSync(): void {
    throw new KedangError('INTERNAL', 'the print font fs is read-only');
  }
}

const loaded = new Map<string, PrintFonts>();

export function loadPrintFonts(files: FontFiles): PrintFonts {
  const key = `${files.regular}\n${files.bold}`;
  const cached = loaded.get(key);
  if (cached) return cached;
  if (!formatRegistered) {
    fontkit.registerFormat(ParsedFontFormat);
    formatRegistered = true;
  }
  const regular = parse(files.regular);
  const bold = parse(files.bold);
  const covered = new Map<number, boolean>();
  const fonts: PrintFonts = {
    family: PRINT_FONT_FAMILY,
    descriptors: { [PRINT_FONT_FAMILY]: { normal: 'regular.otf', bold: 'bold.otf' } },
    vfs: new FontTokenFs(new Map([['regular.otf', regular.token], ['bold.otf', bold.token]])),
    releaseGlyphs() {
      releaseGlyphs(regular.font);
      releaseGlyphs(bold.font);
    },
    hasGlyph(cp) {
      let has = covered.get(cp);
      if (has === undefined) {
        has = regular.font.hasGlyphForCodePoint(cp) && bold.font.hasGlyphForCodePoint(cp);
        covered.set(cp, has);
      }
      return has;
    },
  };
  loaded.set(key, fonts);
  return fonts;
}
