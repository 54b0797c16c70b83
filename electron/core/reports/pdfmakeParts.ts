import { createRequire } from 'node:module';
import type { DocDefinition, StyleProps } from './docDefinition';

/**
 * The pieces of pdfmake 0.3.x (and the fontkit instance its pdfkit uses) that the renderer drives
 * itself. pdfmake's Printer lays out a whole document before drawing any of it; the renderer does
 * the same steps in page-sized slices (pdfRenderer.ts), so it needs the steps, not the Printer.
 * They are CommonJS and untyped: loaded with require, typed here with only what is used.
 */

export interface PageSize {
  width: number;
  height: number;
  orientation: 'portrait' | 'landscape';
}

export interface PageMargins {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A page as LayoutBuilder returns it: positioned items, ready for Renderer. */
export interface LaidOutPage {
  items: unknown[];
  pageSize: PageSize;
}

/** A glyph run as fontkit's layout returns it; pdfkit scales `positions` in place and sums them. */
export interface GlyphRun {
  glyphs: Array<{ id: number; advanceWidth: number; codePoints: number[] }>;
  positions: Array<{ xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }>;
  readonly advanceWidth: number;
}

export interface FontkitFont {
  postscriptName: string;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number };
  layout(text: string, features?: unknown, ...rest: unknown[]): GlyphRun;
}

export interface FontkitFormat {
  probe(buffer: Uint8Array): boolean;
  new (stream: { buffer: Uint8Array }): unknown;
}

interface Fontkit {
  create(buffer: Uint8Array): FontkitFont;
  registerFormat(format: FontkitFormat): void;
}

export interface VirtualFs {
  existsSync(name: string): boolean;
  readFileSync(name: string): Buffer;
  writeFileSync(name: string, content: Buffer): void;
}

/** pdfmake's subclass of pdfkit's PDFDocument (fonts from the virtual fs, local files by policy). */
export interface PdfKitDocument {
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end' | 'error', listener: (error?: Error) => void): void;
  addPage(options?: unknown): PdfKitDocument;
  switchToPage(index: number): PdfKitDocument;
  bufferedPageRange(): { start: number; count: number };
  end(): void;
}

/**
 * pdfkit writes each drawing operation (`addContent`) to the current page as its own small Buffer
 * — ≈ 10,000 a register page, 1.8 million for 5,000 rows — and joins them when the page is
 * flushed. Collecting a page's operations as strings and writing them in one piece whenever
 * pdfkit is about to leave the page (a new page, another page, the end) gives the same bytes and
 * spares the allocations. Returns the flush, for when the caller is about to close a page.
 */
export function batchPageContent(doc: PdfKitDocument): () => void {
  const target = doc as unknown as {
    page: { write(chunk: string | Uint8Array): void } | null;
    addContent(data: string | Uint8Array): PdfKitDocument;
    addPage(options?: unknown): PdfKitDocument;
    switchToPage(index: number): PdfKitDocument;
    end(): void;
  };
  let pending: string[] = [];
  const flush = () => {
    if (pending.length && target.page) target.page.write(pending.join('\n'));
    pending = [];
  };
  target.addContent = (data) => {
    if (typeof data === 'string') pending.push(data);
    else {
      flush();
      target.page?.write(data);
    }
    return doc;
  };
  for (const method of ['addPage', 'switchToPage', 'end'] as const) {
    const original = target[method].bind(doc) as (...args: unknown[]) => unknown;
    (target as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      flush();
      return original(...args);
    };
  }
  return flush;
}

interface PdfKitReference {
  data: Record<string, unknown>;
  write(chunk: string | Uint8Array): void;
  end(): void;
}

/**
 * Ends the drawn content of pages `from`..`to` (0-based) now: pdfkit compresses each stream and
 * writes it to the output at once, instead of holding the uncompressed operators of every page
 * (≈ 100 KB a register page) until the end. Each page gets a second, empty content stream for what
 * is drawn on it later (the frame); PDF reads a page's streams as one, so the frame continues in
 * the same graphics state. Relies on pdfkit 0.1x's `_pageBuffer`, `page.content` and
 * `page.dictionary` (as `bufferPages` and `switchToPage` use them).
 */
export function closePageContent(doc: PdfKitDocument, from: number, to: number): void {
  const internals = doc as unknown as {
    _pageBuffer: Array<{ content: PdfKitReference; dictionary: PdfKitReference }>;
    _pageBufferStart: number;
    ref(data?: Record<string, unknown>): PdfKitReference;
  };
  for (let index = from; index <= to; index++) {
    const page = internals._pageBuffer[index - internals._pageBufferStart];
    if (!page) continue;
    const drawn = page.content;
    drawn.end();
    page.content = internals.ref();
    // A stream from the start (an empty reference would be written as a bare dictionary).
    page.content.write('');
    page.dictionary.data.Contents = [drawn, page.content];
  }
}

interface PdfKitDocumentClass {
  new (
    fonts: Record<string, { normal: string; bold: string }>,
    images: Record<string, string>,
    patterns: Record<string, never>,
    attachments: Record<string, never>,
    options: Record<string, unknown>,
    virtualfs: VirtualFs,
    localAccessPolicy: (path: string) => boolean,
  ): PdfKitDocument;
}

interface LayoutBuilderClass {
  new (pageSize: PageSize, pageMargins: PageMargins, svgMeasure: unknown): {
    registerTableLayouts(layouts: unknown): void;
    layoutDocument(
      content: unknown,
      pdfDocument: PdfKitDocument,
      styles: Record<string, StyleProps>,
      defaultStyle: StyleProps,
      background: undefined,
      header: DocDefinition['header'],
      footer: DocDefinition['footer'],
      watermark: DocDefinition['watermark'],
      pageBreakBefore: undefined,
    ): LaidOutPage[];
  };
}

interface RendererClass {
  new (pdfDocument: PdfKitDocument, progressCallback?: (progress: number) => void): { renderPages(pages: LaidOutPage[]): void };
}

const requireHere = createRequire(import.meta.url);
const pdfmakeMain = requireHere.resolve('pdfmake');
const requirePdfmake = createRequire(pdfmakeMain);
const js = (name: string) => requirePdfmake(`./${name}`) as Record<string, unknown>;

export const PdfMakeDocument = js('PDFDocument').default as PdfKitDocumentClass;
export const LayoutBuilder = js('LayoutBuilder').default as LayoutBuilderClass;
export const Renderer = js('Renderer').default as RendererClass;
export const SVGMeasure = js('SVGMeasure').default as new () => unknown;
export const tableLayouts = js('tableLayouts').tableLayouts as Record<string, unknown>;
const pageSizeModule = js('PageSize') as unknown as {
  normalizePageSize(size: DocDefinition['pageSize'], orientation: DocDefinition['pageOrientation']): PageSize;
  normalizePageMargin(margin: DocDefinition['pageMargins']): PageMargins;
};
export const { normalizePageSize, normalizePageMargin } = pageSizeModule;

/** pdfmake's QR encoder: `measure` draws the matrix as one rect per dark module (canvas). */
export const qrEncoder = js('qrEnc').default as {
  measure(node: { qr: string; fit: number; eccLevel?: string }): { _canvas: Array<{ x: number; y: number; w: number; h: number }> };
};

/** The very fontkit instance pdfkit parses fonts with (resolved from pdfkit's own folder). */
export const fontkit = createRequire(requirePdfmake.resolve('pdfkit'))('fontkit') as Fontkit;
