import { KedangError } from '../../../shared/contract/errors';
import type { Content, ContentNode, ImageNode, QrNode } from './docDefinition';
import { qrAsImage } from './qrImage';

/**
 * A printed document may load nothing from outside: no URL, no file. Images must be data: URLs
 * in the definition's `images`; node kinds that can reference files or other documents (svg,
 * attachment, toc, page references) are refused. QR nodes become embedded images (qrImage.ts).
 */

const DATA_IMAGE = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/;
const REFUSED_KEYS = ['svg', 'attachment', 'toc', 'pageReference', 'textReference', 'tocItem', 'linkToFile', 'link'];

function refuse(reason: string): never {
  throw new KedangError('INTERNAL', `A printed document may not load outside resources: ${reason}`, { details: { reason: 'PRINT_EXTERNAL_RESOURCE' } });
}

export class PrintResources {
  readonly images: Record<string, string> = {};
  private readonly qrImages = new Map<string, ImageNode>();

  constructor(images: Record<string, string> | undefined) {
    for (const [key, value] of Object.entries(images ?? {})) {
      if (typeof value !== 'string' || !DATA_IMAGE.test(value)) refuse(`image '${key}' is not an embedded PNG or JPEG`);
      this.images[key] = value;
    }
  }

  /** The same code on every page is encoded once and embedded once. */
  private qrImage(node: QrNode): ContentNode {
    const id = `${node.eccLevel ?? 'M'}|${node.fit}|${node.qr}`;
    let image = this.qrImages.get(id);
    if (!image) {
      const converted = qrAsImage(node, `kedang-qr-${this.qrImages.size + 1}`);
      this.images[converted.image.image] = converted.dataUrl;
      image = converted.image;
      this.qrImages.set(id, image);
    }
    const { qr: _qr, fit: _fit, eccLevel: _ecc, ...style } = node;
    return { ...image, ...style, width: image.width, height: image.height } as ContentNode;
  }

  /** Checks a node tree (already a private copy) and swaps QR nodes for images, in place. */
  prepare(node: Content): Content {
    if (typeof node === 'string') return node;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) node[i] = this.prepare(node[i]!);
      return node;
    }
    for (const key of REFUSED_KEYS) if (key in node) refuse(`'${key}' nodes`);
    if ('qr' in node) return this.qrImage(node);
    if ('image' in node && !(node.image in this.images)) refuse(`image '${String(node.image)}' (only embedded images are printed)`);
    if ('text' in node && Array.isArray(node.text)) {
      for (const inline of node.text) if (typeof inline !== 'string') for (const key of REFUSED_KEYS) if (key in inline) refuse(`'${key}' in text`);
    }
    if ('stack' in node) this.prepare(node.stack);
    if ('columns' in node) this.prepare(node.columns);
    if ('ul' in node && node.ul) this.prepare(node.ul);
    if ('ol' in node && node.ol) this.prepare(node.ol);
    if ('table' in node) for (const row of node.table.body) this.prepare(row);
    return node;
  }
}
