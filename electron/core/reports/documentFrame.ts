import { KedangError } from '../../../shared/contract/errors';
import { secrecyLevels, type SecrecyLevel } from '../../../shared/customers/vocabularies';
import { secrecyLabels } from '../../../shared/customers/vocabularyLabels';
import { contentHash } from './contentHash';
import type { Content, DocDefinition } from './docDefinition';
import { MARK_COLOR, WIDE_SPACE } from './documentBlocks';
import { printTime } from './printTime';
import { assertSerial, documentQrPayload } from './qrPayload';

/**
 * The frame every printed document shares (A4, zh-CN): header with the store, the title and the
 * serial; footer with page x / y, who printed it and when, and a QR code of the serial and the
 * content hash; the secrecy marking in both when anything is 秘密 or higher; a light diagonal
 * watermark with the printing user's name when the document carries unmasked personal data; and
 * 副本 with the original's serial on a reprint.
 */

/** The print job: who, when, which serial. The caller allocates serials (e.g. DOC-2026-000123). */
export interface PrintFrame {
  storeName: string;
  serial: string;
  printedBy: string;
  /** ISO instant of printing. */
  printedAt: string;
  /** IANA zone the times are printed in; Asia/Shanghai by default. */
  timeZone?: string;
  /** Set on a reprint: the serial of the original, and this copy is marked 副本. */
  reprintOf?: string | null;
}

export type DocumentKind =
  | 'customerCard'
  | 'loanRequest'
  | 'loanRegister'
  | 'loanReminder'
  | 'recoverySheet'
  | 'archiveIndex'
  | 'auditReport'
  | 'personalInfoCopy'
  | 'mergeRecord';

/** What a document function decides; the frame turns it into a definition. */
export interface DocumentBody {
  kind: DocumentKind;
  title: string;
  content: Content[];
  /** The data the document was rendered from: what the content hash is taken over. */
  data: unknown;
  /** The highest secrecy level of anything printed (normal: no marking). */
  secrecy: SecrecyLevel;
  /** True when a phone, ID number or other personal datum is printed in full. */
  unmaskedPersonalData: boolean;
  orientation?: 'portrait' | 'landscape';
}

export interface PrintableDocument {
  kind: DocumentKind;
  title: string;
  serial: string;
  definition: DocDefinition;
  /** SHA-256 hex of canonicalJson({ document, schema, data, frame }) — see hashedContent. */
  contentHash: string;
  /** `KEDANG-DOC|<serial>|<first 32 hex of contentHash>` (qrPayload.ts). */
  qrPayload: string;
  secrecy: SecrecyLevel;
  watermarked: boolean;
}

export const DOCUMENT_SCHEMA = 1;
export const PAGE_MARGINS: [number, number, number, number] = [40, 78, 40, 96];
export const QR_SIZE = 66;

export function atLeastSecret(level: SecrecyLevel): boolean {
  return secrecyLevels.indexOf(level) >= secrecyLevels.indexOf('secret');
}

export function strictest(levels: Iterable<SecrecyLevel>): SecrecyLevel {
  let result: SecrecyLevel = 'normal';
  for (const level of levels) if (secrecyLevels.indexOf(level) > secrecyLevels.indexOf(result)) result = level;
  return result;
}

/**
 * Exactly what a document's content hash covers: the kind, this schema version, the input data,
 * and the print job (serial, store, who, when, zone, original). The document register stores it;
 * a paper copy's QR gives its first 32 hex digits to check against.
 */
export function hashedContent(body: Pick<DocumentBody, 'kind' | 'data'>, frame: PrintFrame) {
  return {
    document: body.kind,
    schema: DOCUMENT_SCHEMA,
    data: body.data,
    frame: {
      storeName: frame.storeName,
      serial: frame.serial,
      printedBy: frame.printedBy,
      printedAt: frame.printedAt,
      timeZone: frame.timeZone ?? printTime().timeZone,
      reprintOf: frame.reprintOf ?? null,
    },
  };
}

/** Width between the margins, in points. */
export function contentWidth(orientation: DocumentBody['orientation'] = 'portrait'): number {
  const width = orientation === 'landscape' ? 841.89 : 595.28;
  return width - PAGE_MARGINS[0] - PAGE_MARGINS[2];
}

export function frameDocument(body: DocumentBody, frame: PrintFrame): PrintableDocument {
  assertSerial(frame.serial);
  if (frame.reprintOf) assertSerial(frame.reprintOf);
  if (Number.isNaN(new Date(frame.printedAt).getTime())) {
    throw new KedangError('INTERNAL', `printedAt is not a time: ${JSON.stringify(frame.printedAt)}`);
  }
  const time = printTime(frame.timeZone);
  const hash = contentHash(hashedContent(body, frame));
  const qrPayload = documentQrPayload(frame.serial, hash);
  const marked = atLeastSecret(body.secrecy);
  const marking = secrecyLabels[body.secrecy].zh;
  const printed = `打印人：${frame.printedBy}${WIDE_SPACE}打印时间：${time.dateTime(frame.printedAt)}（${time.zone(frame.printedAt)}）`;
  const copyNote = frame.reprintOf ? `副本（原件编号 ${frame.reprintOf}）` : null;

  const header = (): Content => ({
    margin: [PAGE_MARGINS[0], 24, PAGE_MARGINS[2], 0],
    stack: [
      {
        columns: [
          { text: frame.storeName, width: '*', fontSize: 9, color: '#444444' },
          { text: body.title, width: 'auto', fontSize: 11, bold: true, alignment: 'center' },
          { text: `编号 ${frame.serial}`, width: '*', fontSize: 9, alignment: 'right' },
        ],
      },
      {
        margin: [0, 3, 0, 0],
        columns: [
          marked ? { text: `密级：${marking}`, width: '*', fontSize: 10, bold: true, color: MARK_COLOR } : { text: '', width: '*' },
          copyNote ? { text: copyNote, width: 'auto', fontSize: 10, bold: true, color: MARK_COLOR } : { text: '', width: 'auto' },
        ],
      },
      { canvas: [{ type: 'line', x1: 0, y1: 3, x2: contentWidth(body.orientation), y2: 3, lineWidth: 0.5, lineColor: '#999999' }] },
    ],
  });

  const footer = (page: number, pages: number): Content => ({
    margin: [PAGE_MARGINS[0], 8, PAGE_MARGINS[2], 0],
    columns: [
      {
        width: '*',
        fontSize: 8,
        color: '#444444',
        stack: [
          { text: `第 ${page} 页 / 共 ${pages} 页`, fontSize: 9, color: '#000000' },
          { text: printed, margin: [0, 3, 0, 0] },
          ...(copyNote ? [{ text: copyNote, bold: true, color: MARK_COLOR, margin: [0, 3, 0, 0] as [number, number, number, number] }] : []),
          ...(marked ? [{ text: `${marking} · 注意保管，不得擅自复制、外传`, bold: true, color: MARK_COLOR, margin: [0, 3, 0, 0] as [number, number, number, number] }] : []),
          { text: `${frame.serial} · 扫描右侧二维码可在系统中核验本件`, margin: [0, 3, 0, 0], color: '#777777' },
        ],
      },
      { width: QR_SIZE, qr: qrPayload, fit: QR_SIZE, eccLevel: 'M' },
    ],
    columnGap: 12,
  });

  const watermarked = body.unmaskedPersonalData;
  const definition: DocDefinition = {
    pageSize: 'A4',
    pageOrientation: body.orientation ?? 'portrait',
    pageMargins: PAGE_MARGINS,
    language: 'zh-CN',
    info: { title: `${body.title} ${frame.serial}`, author: frame.storeName, creator: 'KeDang 客档', creationDate: new Date(frame.printedAt) },
    defaultStyle: { fontSize: 10, lineHeight: 1.15 },
    content: body.content,
    header,
    footer,
    ...(watermarked ? { watermark: { text: `${frame.printedBy} ${time.date(frame.printedAt)}`, color: '#9e9e9e', opacity: 0.12, bold: false } } : {}),
  };
  return { kind: body.kind, title: body.title, serial: frame.serial, definition, contentHash: hash, qrPayload, secrecy: body.secrecy, watermarked };
}
