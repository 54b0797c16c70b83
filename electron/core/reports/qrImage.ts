import { crc32, deflateSync } from 'node:zlib';
import { qrEncoder } from './pdfmakeParts';
import type { ImageNode, QrNode } from './docDefinition';

/**
 * Documents draw QR codes with pdfmake's `qr` node (its built-in encoder, no other dependency).
 * pdfmake draws a qr node as one filled rectangle per dark module — ≈ 550 drawing operations per
 * code, on every page of a 170-page register. The renderer swaps each qr node for an image of the
 * same matrix and the same size in points: the PNG is embedded once per document and each page
 * only places it.
 */

/** The module matrix pdfmake's encoder produces for this text (true = dark). */
export function qrMatrix(text: string, eccLevel: QrNode['eccLevel'] = 'M'): boolean[][] {
  // A generous `fit` makes every module several points wide, so positions divide exactly.
  const rects = qrEncoder.measure({ qr: text, fit: 2000, eccLevel })._canvas;
  const [background, first] = rects;
  if (!background || !first) return [];
  const module = first.w;
  const n = Math.round(background.w / module);
  const matrix = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  for (const rect of rects.slice(1)) matrix[Math.round(rect.y / module)]![Math.round(rect.x / module)] = true;
  return matrix;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit greyscale PNG, `scale` pixels per module, black on white. */
export function qrPng(matrix: boolean[][], scale = 4): Buffer {
  const side = matrix.length * scale;
  const stride = side + 1;
  const raw = Buffer.alloc(stride * side, 0xff);
  for (let y = 0; y < side; y++) {
    raw[y * stride] = 0; // filter: none
    const row = matrix[Math.floor(y / scale)]!;
    for (let x = 0; x < side; x++) if (row[Math.floor(x / scale)]) raw[y * stride + 1 + x] = 0;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(raw)), pngChunk('IEND', Buffer.alloc(0))]);
}

/** The image node pdfmake's qr node would occupy: floor(fit / modules) points a module. */
export function qrAsImage(node: QrNode, imageKey: string): { image: ImageNode; dataUrl: string } {
  const matrix = qrMatrix(node.qr, node.eccLevel);
  const modulePt = Math.max(1, Math.floor(node.fit / matrix.length));
  const side = matrix.length * modulePt;
  const { qr: _qr, fit: _fit, eccLevel: _ecc, ...style } = node;
  return {
    image: { ...style, image: imageKey, width: side, height: side },
    dataUrl: `data:image/png;base64,${qrPng(matrix).toString('base64')}`,
  };
}
