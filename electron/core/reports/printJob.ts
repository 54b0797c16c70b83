import { KedangError, type ErrorPayload } from '../../../shared/contract/errors';
import type { DocumentKind, PrintableDocument, PrintFrame } from './documentFrame';
import { buildDocument, type DocumentInputs } from './documents';
import type { MissingGlyph } from './glyphCoverage';
import type { PdfRenderer } from './pdfRenderer';

/** What a print job asks for, and what it gives back: plain data, so it can cross to the print worker. */
export type PrintRequest<K extends DocumentKind = DocumentKind> = { kind: K; data: DocumentInputs[K]; frame: PrintFrame };

export interface PrintedDocument extends Omit<PrintableDocument, 'definition'> {
  pdf: Uint8Array;
  pages: number;
  /** Characters the font lacks, printed as [U+XXXX]. */
  missingGlyphs: MissingGlyph[];
  /** SHA-256 (hex) of the PDF bytes. */
  sha256: string;
}

/** Builds the document and renders it: the whole of a print job, wherever it runs. */
export async function runPrintJob(renderer: PdfRenderer, request: PrintRequest, options: { signal?: AbortSignal; onProgress?: (pages: number) => void } = {}): Promise<PrintedDocument> {
  const { definition, ...document } = buildDocument(request.kind, request.data as never, request.frame);
  const rendered = await renderer.render(definition, options);
  return { ...document, pdf: rendered.pdf, pages: rendered.pages, missingGlyphs: rendered.missingGlyphs, sha256: rendered.sha256 };
}

/** An error as it crosses a thread: a KedangError keeps its code; anything else becomes INTERNAL. */
export function errorPayload(error: unknown): ErrorPayload {
  if (error instanceof KedangError) return error.toPayload();
  if (error instanceof Error && error.name === 'AbortError') return { code: 'JOB_CANCELLED', message: error.message };
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

export function errorFromPayload(payload: ErrorPayload): KedangError {
  return new KedangError(payload.code, payload.message, { fields: payload.fields, details: payload.details });
}
