import type { FontkitFont } from './pdfmakeParts';

/**
 * fontkit decodes a CFF font's indexes — the charstring of every glyph, the global and local
 * subroutines — into one `{ offset, length }` object per entry. Source Han Sans has 65,535 glyphs
 * and ~80,000 subroutines, so the two print weights hold ~220,000 such objects (≈ 15 MB of the
 * print worker's heap) for as long as the fonts are loaded. fontkit only ever reads an entry by
 * index (`index[i].offset`, `index[i].length`) and the count (`index.length`): so each index is
 * kept as two Uint32Arrays behind a read-only array view that hands out the entry when asked.
 *
 * tests/unit/reports/compactCff.test.ts checks that glyph outlines and font subsets come out byte
 * for byte as with fontkit's own indexes.
 */
export interface IndexEntry {
  offset: number;
  length: number;
}

interface CffPrivate {
  Subrs?: IndexEntry[];
}

interface CffTable {
  topDict: { CharStrings?: IndexEntry[]; Private?: CffPrivate | null; FDArray?: Array<{ Private?: CffPrivate | null }> };
  globalSubrIndex?: IndexEntry[];
}

export function compactIndex(entries: readonly IndexEntry[]): IndexEntry[] {
  const count = entries.length;
  const offsets = new Uint32Array(count);
  const lengths = new Uint32Array(count);
  entries.forEach((entry, i) => {
    offsets[i] = entry.offset;
    lengths[i] = entry.length;
  });
  const entry = (i: number): IndexEntry => ({ offset: offsets[i]!, length: lengths[i]! });
  return new Proxy([] as IndexEntry[], {
    get(target, key) {
      if (key === 'length') return count;
      if (typeof key === 'string') {
        const i = Number(key);
        if (Number.isInteger(i) && i >= 0 && i < count) return entry(i);
        if (key !== '' && !Number.isNaN(i)) return undefined;
      }
      if (key === Symbol.iterator) {
        return function* () {
          for (let i = 0; i < count; i++) yield entry(i);
        };
      }
      return Reflect.get(target, key);
    },
    has(target, key) {
      if (typeof key === 'string' && key !== '' && Number.isInteger(Number(key))) return Number(key) >= 0 && Number(key) < count;
      return Reflect.has(target, key);
    },
    set() {
      return false;
    },
  });
}

/** Replaces the CFF table's indexes with compact ones (a TrueType-outline font has none and is left alone). */
export function compactCffIndexes(font: FontkitFont): void {
  const cff = (font as unknown as Record<string, CffTable | undefined>)['CFF '];
  if (!cff) return;
  const { topDict } = cff;
  if (topDict.CharStrings) topDict.CharStrings = compactIndex(topDict.CharStrings);
  if (cff.globalSubrIndex) cff.globalSubrIndex = compactIndex(cff.globalSubrIndex);
  for (const dict of [topDict, ...(topDict.FDArray ?? [])]) {
    if (dict.Private?.Subrs) dict.Private.Subrs = compactIndex(dict.Private.Subrs);
  }
}

/** Glyphs kept between documents: a card's few hundred stay made; a long register's thousands do not. */
export const GLYPHS_KEPT = 1500;

/**
 * fontkit keeps every glyph it has made (with its decoded outline, once a subset needed it) for
 * the life of the font. The print fonts live as long as the print worker, and a register of
 * 5,000 names touches thousands of ideographs: once the cache holds more than `kept` glyphs it is
 * dropped, and the next document makes the glyphs it needs afresh.
 */
export function releaseGlyphs(font: FontkitFont, kept = GLYPHS_KEPT): void {
  const cache = font as unknown as { _glyphs: Record<number, unknown> };
  if (Object.keys(cache._glyphs).length > kept) cache._glyphs = {};
}
