import type { FontkitFont, GlyphRun } from './pdfmakeParts';

/**
 * fontkit shapes every word with the full OpenType machinery: ≈ 0.1–0.3 ms a word, most of the
 * time of a long register. Two shortcuts give the same glyphs and advances for Source Han Sans SC:
 *
 * 1. Shaping-neutral text — ideographs, digits, CJK punctuation — maps one character to one glyph
 *    at its own advance; it skips the shaper entirely. (Latin letters do change in context: digits
 *    after capitals take other glyphs, pairs are kerned; those still go to fontkit.)
 * 2. Other text skips the `ccmp` feature when no character could start a `ccmp` substitution. In
 *    Source Han Sans, ccmp is 268 chained contexts for old Hangul jamo that fontkit tries at every
 *    glyph (≈ 80% of shaping a Latin word). A lookup fires only at a glyph in its first coverage;
 *    ccmp's lookups are the first fontkit applies; so when no glyph of the run is in their
 *    coverage they change nothing, and leaving them out is exact. The preconditions are checked
 *    on the font when it loads.
 *
 * tests/unit/reports/simpleShaping.test.ts compares both shortcuts with fontkit for the real fonts.
 */
const NEUTRAL_ASCII = new Set([...' #$%&()+,-./0123456789:;<=>?@[\\]^_{|}~!'].map((c) => c.codePointAt(0)!));
const NEUTRAL_OTHER = new Set([...'\u00a0·“”‘’…'].map((c) => c.codePointAt(0)!));

export function isShapingNeutral(cp: number): boolean {
  if (cp < 0x80) return NEUTRAL_ASCII.has(cp);
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK Unified Ideographs
    (cp >= 0x3400 && cp <= 0x4dbf) || // Extension A
    (cp >= 0x20000 && cp <= 0x3ffff) || // Extensions B–I and the compatibility supplement
    (cp >= 0xf900 && cp <= 0xfaff) || // compatibility ideographs
    (cp >= 0x3000 && cp <= 0x3029) || // CJK symbols and punctuation, without the tone marks 302A–302F
    (cp >= 0x3030 && cp <= 0x3032) ||
    (cp >= 0x3036 && cp <= 0x303f) || // without the vertical repeat marks 3033–3035
    (cp >= 0xff01 && cp <= 0xff20) || // fullwidth punctuation and digits, not fullwidth letters
    (cp >= 0xff3b && cp <= 0xff40) ||
    (cp >= 0xff5b && cp <= 0xff5e) ||
    NEUTRAL_OTHER.has(cp)
  );
}

/** Variation selectors pick glyphs through the cmap together with the character before them. */
function isVariationSelector(cp: number): boolean {
  return (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
}

/** fontkit's GSUB tables as parsed (restructure objects), only the fields read here. */
interface Coverage {
  version: number;
  glyphs?: ArrayLike<number>;
  rangeRecords?: ArrayLike<{ start: number; end: number }>;
}
interface SubTable {
  version?: number;
  coverage?: Coverage;
  coverages?: ArrayLike<Coverage>;
  inputCoverage?: ArrayLike<Coverage>;
  lookupType?: number;
  extension?: SubTable;
}
interface Lookup {
  lookupType: number;
  subTables: ArrayLike<SubTable>;
}
interface Gsub {
  featureList: ArrayLike<{ tag: string; feature: { lookupListIndexes: ArrayLike<number> } }>;
  lookupList: { get(index: number): Lookup };
}

/** fontkit's default horizontal features applied by GSUB, in its stage order (DefaultShaper). */
const EARLY_STAGE_FEATURES = ['rvrn', 'ltra', 'ltrm', 'frac', 'numr', 'dnom'];
const CCMP_STAGE_FEATURES = ['locl', 'rlig', 'calt', 'clig', 'liga', 'rclt'];

function coveredGlyphs(coverage: Coverage | undefined, into: Set<number>): boolean {
  if (!coverage) return false;
  if (coverage.version === 1 && coverage.glyphs) {
    for (let i = 0; i < coverage.glyphs.length; i++) into.add(coverage.glyphs[i]!);
    return true;
  }
  if (coverage.version === 2 && coverage.rangeRecords) {
    for (let i = 0; i < coverage.rangeRecords.length; i++) {
      const { start, end } = coverage.rangeRecords[i]!;
      for (let g = start; g <= end; g++) into.add(g);
    }
    return true;
  }
  return false;
}

/** The glyphs at which a subtable can fire (its first-position coverage), or false if unknown. */
function firstCoverage(type: number, table: SubTable, into: Set<number>): boolean {
  if (type === 7 && table.extension && table.lookupType) return firstCoverage(table.lookupType, table.extension, into);
  if ((type === 5 || type === 6) && table.version === 3) return coveredGlyphs(type === 5 ? table.coverages?.[0] : table.inputCoverage?.[0], into);
  if (type >= 1 && type <= 8) return coveredGlyphs(table.coverage, into);
  return false;
}

/**
 * The glyphs that could start a ccmp substitution, or null when skipping ccmp is not provably
 * exact for this font: another lookup could run first (an early-stage feature, or a same-stage
 * feature with a lower lookup index) or a subtable has a form not understood here.
 */
export function ccmpStarters(font: FontkitFont): Set<number> | null {
  const gsub = (font as unknown as { GSUB?: Gsub }).GSUB;
  if (!gsub) return new Set();
  const ccmp: number[] = [];
  const sameStage: number[] = [];
  for (let i = 0; i < gsub.featureList.length; i++) {
    const { tag, feature } = gsub.featureList[i]!;
    const indexes = Array.from(feature.lookupListIndexes);
    if (tag === 'ccmp') ccmp.push(...indexes);
    else if (CCMP_STAGE_FEATURES.includes(tag)) sameStage.push(...indexes);
    else if (EARLY_STAGE_FEATURES.includes(tag) && indexes.length) return null;
  }
  if (ccmp.length && sameStage.length && Math.max(...ccmp) > Math.min(...sameStage)) return null;
  const starters = new Set<number>();
  for (const index of new Set(ccmp)) {
    const lookup = gsub.lookupList.get(index);
    for (let i = 0; i < lookup.subTables.length; i++) if (!firstCoverage(lookup.lookupType, lookup.subTables[i]!, starters)) return null;
  }
  return starters;
}

/** A run pdfkit can use like fontkit's GlyphRun: it scales `positions` in place, then sums them. */
class SimpleRun implements GlyphRun {
  constructor(
    readonly glyphs: GlyphRun['glyphs'],
    readonly positions: GlyphRun['positions'],
  ) {}

  get advanceWidth(): number {
    let width = 0;
    for (const p of this.positions) width += p.xAdvance;
    return width;
  }
}

/**
 * Runs fontkit shaped, kept for reuse across documents (a run depends only on its text). Bounded:
 * pdfkit's own per-document cache is switched off (pdfRenderer.ts), as it keeps every distinct
 * word of a document until the end — most of what a long register keeps alive.
 */
const SHAPED_RUNS_KEPT = 4096;

function copyRun(run: GlyphRun): GlyphRun {
  return new SimpleRun(run.glyphs, run.positions.map((p) => ({ xAdvance: p.xAdvance, yAdvance: p.yAdvance, xOffset: p.xOffset, yOffset: p.yOffset })));
}

/**
 * Makes `font.layout` take the shortcuts above. Glyph records are kept per code point (not
 * fontkit's per-glyph cache, which remembers whichever code point asked first), so each
 * character's ToUnicode entry is its own and copied text reads back exactly.
 */
export function useSimpleShaping(font: FontkitFont): void {
  const shape = font.layout.bind(font);
  const starters = ccmpStarters(font);
  const glyphs = new Map<number, GlyphRun['glyphs'][number]>();
  const shaped = new Map<string, GlyphRun>();
  const glyphOf = (cp: number) => {
    let glyph = glyphs.get(cp);
    if (!glyph) {
      const { id, advanceWidth } = font.glyphForCodePoint(cp);
      glyph = { id, advanceWidth, codePoints: [cp] };
      glyphs.set(cp, glyph);
    }
    return glyph;
  };
  font.layout = (text: string, features?: unknown, ...rest: unknown[]): GlyphRun => {
    const plain = (features === undefined || (Array.isArray(features) && features.length === 0)) && rest.length === 0;
    if (!plain) return shape(text, features, ...rest);
    const runGlyphs: GlyphRun['glyphs'] = [];
    const positions: GlyphRun['positions'] = [];
    let neutral = true;
    let ccmpMayApply = starters === null;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const glyph = glyphOf(cp);
      if (isVariationSelector(cp) || starters?.has(glyph.id)) ccmpMayApply = true;
      if (neutral && isShapingNeutral(cp)) {
        runGlyphs.push(glyph);
        positions.push({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
      } else {
        neutral = false;
      }
    }
    if (neutral) return new SimpleRun(runGlyphs, positions);
    let run = shaped.get(text);
    if (run) {
      shaped.delete(text);
    } else {
      // A fresh features object each time: fontkit keeps it in the run and writes to it.
      run = copyRun(ccmpMayApply ? shape(text) : shape(text, { ccmp: false }));
      if (shaped.size >= SHAPED_RUNS_KEPT) shaped.delete(shaped.keys().next().value!);
    }
    shaped.set(text, run);
    // pdfkit scales the positions it is given in place: it gets a copy, the kept run stays unscaled.
    return copyRun(run);
  };
}
