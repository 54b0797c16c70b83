import { setImmediate as nextTurn } from 'node:timers/promises';
import { KedangError } from '../../../shared/contract/errors';
import type { Content, DocDefinition, DynamicContent } from './docDefinition';
import type { FontFiles } from './fontFiles';
import { GlyphCoverage, type MissingGlyph } from './glyphCoverage';
import { buildRound, cutRound, nextRoundSize, unitsOf, type Unit } from './pageSlices';
import { batchPageContent, closePageContent, LayoutBuilder, normalizePageMargin, normalizePageSize, PdfMakeDocument, Renderer, SVGMeasure, tableLayouts, type LaidOutPage, type PdfKitDocument } from './pdfmakeParts';
import { loadPrintFonts, type PrintFonts } from './printFonts';
import { PrintResources } from './printResources';
import { sha256 } from './contentHash';

/**
 * Definition → PDF bytes. The steps are pdfmake's own (its Printer: measure, lay out, draw with
 * pdfkit), run so that a document of any length keeps a bounded working set:
 *
 * 1. every string is checked against the font (glyphCoverage.ts) and QR nodes become embedded
 *    images (qrImage.ts); nothing may be loaded from a URL or a file (printResources.ts, and the
 *    pdfkit document refuses every local path);
 * 2. the content is laid out and drawn a round of units at a time (pageSlices.ts), into a pdfkit
 *    document that keeps its pages open;
 * 3. when the page count is known, the header, footer and watermark are laid out for all pages in
 *    one pass and drawn onto the pages already there (pdfmake draws them last too);
 * 4. pdfkit writes the file, embedding each font as a subset of the glyphs used.
 */

export interface RenderOptions {
  /** Checked between rounds; an aborted render rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Called after each round with the number of finished pages. */
  onProgress?: (pages: number) => void;
}

export interface RenderedPdf {
  pdf: Buffer;
  pages: number;
  /** Characters the font lacks, printed as [U+XXXX]; empty when every character printed. */
  missingGlyphs: MissingGlyph[];
  /** SHA-256 (hex) of the PDF bytes, for the document register. */
  sha256: string;
}

export interface PdfRenderer {
  render(definition: DocDefinition, options?: RenderOptions): Promise<RenderedPdf>;
}

const refuseLocalFiles = () => false;

class PdfRendering {
  private readonly coverage: GlyphCoverage;
  private readonly resources: PrintResources;
  private readonly doc: PdfKitDocument;
  private readonly bytes: Promise<Buffer>;
  private readonly flushContent: () => void;
  private readonly pageSize;
  private readonly pageMargins;
  private readonly defaultStyle;

  constructor(
    private readonly fonts: PrintFonts,
    private readonly definition: DocDefinition,
  ) {
    this.coverage = new GlyphCoverage(fonts.hasGlyph);
    this.resources = new PrintResources(definition.images);
    this.pageSize = normalizePageSize(definition.pageSize ?? 'A4', definition.pageOrientation ?? 'portrait');
    this.pageMargins = normalizePageMargin(definition.pageMargins ?? [40, 60, 40, 60]);
    this.defaultStyle = { fontSize: 10, ...definition.defaultStyle, font: fonts.family };
    const info = definition.info ?? {};
    this.doc = new PdfMakeDocument(fonts.descriptors, this.resources.images, {}, {}, {
      size: [this.pageSize.width, this.pageSize.height],
      pdfVersion: '1.7',
      compress: true,
      bufferPages: true,
      autoFirstPage: false,
      // Off: it would keep every distinct word of the document; simpleShaping.ts keeps a bounded cache instead.
      fontLayoutCache: false,
      font: null,
      lang: definition.language ?? 'zh-CN',
      displayTitle: !!info.title,
      info: {
        Producer: 'KeDang 客档',
        Creator: info.creator ?? 'KeDang 客档',
        ...(info.title ? { Title: info.title } : {}),
        ...(info.author ? { Author: info.author } : {}),
        ...(info.subject ? { Subject: info.subject } : {}),
        // A fixed date makes the same input give the same bytes.
        CreationDate: info.creationDate ?? new Date(0),
      },
    }, fonts.vfs, refuseLocalFiles);
    this.flushContent = batchPageContent(this.doc);
    const chunks: Buffer[] = [];
    this.bytes = new Promise((resolve, reject) => {
      this.doc.on('data', (chunk) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
  }

  /** A private, checked copy of some content, ready for pdfmake to write into. */
  private prepared(node: Content): Content {
    return this.resources.prepare(this.coverage.content(node));
  }

  private layout(content: Content[], frame?: Pick<DocDefinition, 'header' | 'footer' | 'watermark'>): LaidOutPage[] {
    const builder = new LayoutBuilder(this.pageSize, this.pageMargins, new SVGMeasure());
    builder.registerTableLayouts(tableLayouts);
    return builder.layoutDocument(content, this.doc, this.definition.styles ?? {}, this.defaultStyle, undefined, frame?.header, frame?.footer, frame?.watermark, undefined);
  }

  private draw(pages: LaidOutPage[]): void {
    new Renderer(this.doc).renderPages(pages);
  }

  async run(options: RenderOptions): Promise<RenderedPdf> {
    const units = unitsOf(this.definition.content);
    const prepare = (node: Content) => this.prepared(node);
    let carried: Unit[] = [];
    let next = 0;
    let pages = 0;
    let take = nextRoundSize(0, 0, 0);
    for (;;) {
      options.signal?.throwIfAborted();
      const fresh = units.slice(next, next + take);
      const batch = carried.concat(fresh);
      const last = next + fresh.length >= units.length;
      const round = buildRound(batch, prepare);
      const laidOut = this.layout(round.content);
      if (last) {
        this.draw(laidOut);
        pages += laidOut.length;
        break;
      }
      const cut = cutRound(round.spans(), laidOut.length);
      if (!cut) {
        take *= 2; // nothing in this round could start a page: lay out more at once
        continue;
      }
      this.draw(laidOut.slice(0, cut.finalPages));
      this.flushContent();
      closePageContent(this.doc, pages, pages + cut.finalPages - 1);
      pages += cut.finalPages;
      carried = batch.slice(cut.carryFrom);
      next += fresh.length;
      take = nextRoundSize(next - carried.length, pages, carried.length);
      options.onProgress?.(pages);
      await nextTurn();
    }
    this.drawFrame(pages);
    options.onProgress?.(pages);
    this.doc.end();
    const pdf = await this.bytes;
    return { pdf, pages, missingGlyphs: this.coverage.report(), sha256: sha256(pdf) };
  }

  /** Header, footer and watermark, laid out for every page at once and drawn over the finished pages. */
  private drawFrame(pageCount: number): void {
    const { header, footer, watermark } = this.definition;
    if (!header && !footer && !watermark) return;
    const checked = (dynamic: DynamicContent | undefined): DynamicContent | undefined =>
      dynamic && ((page, count) => {
        const node = dynamic(page, count);
        return node === null ? null : this.prepared(node);
      });
    const blankPages: Content[] = Array.from({ length: pageCount }, (_, i) => (i < pageCount - 1 ? { text: '', pageBreak: 'after' } : { text: '' }));
    const overlay = this.layout(blankPages, {
      header: checked(header),
      footer: checked(footer),
      watermark: watermark && { ...watermark, text: this.coverage.plainText(watermark.text) },
    });
    if (overlay.length !== pageCount) throw new KedangError('INTERNAL', `frame laid out ${overlay.length} pages for ${pageCount}`);
    // Renderer starts each page it draws with addPage; here the pages exist, so it goes to them instead.
    const doc = this.doc;
    const addPage = doc.addPage;
    let index = 0;
    doc.addPage = () => doc.switchToPage(index++);
    try {
      this.draw(overlay);
    } finally {
      doc.addPage = addPage;
    }
  }
}

/** The renderer for one set of print fonts (parsed on first use, then shared by every document). */
export function createPdfRenderer(fontFiles: FontFiles): PdfRenderer {
  let fonts: PrintFonts | null = null;
  return {
    render(definition, options = {}) {
      const loaded = (fonts ??= loadPrintFonts(fontFiles));
      return new PdfRendering(loaded, definition).run(options).finally(() => loaded.releaseGlyphs());
    },
  };
}
