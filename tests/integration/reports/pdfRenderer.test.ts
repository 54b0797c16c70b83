import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocDefinition, TableNode } from '../../../electron/core/reports/docDefinition';
import { fontFiles } from '../../../electron/core/reports/fontFiles';
import { createPdfRenderer } from '../../../electron/core/reports/pdfRenderer';
import { sha256 } from '../../../electron/core/reports/contentHash';
import { PdfScratch } from './pdfTools';

const renderer = createPdfRenderer(fontFiles(null));
const scratch = new PdfScratch();
afterAll(() => scratch.remove());

const ONE_PIXEL_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABc3UBGAAAAABJRU5ErkJggg==';

async function render(definition: DocDefinition) {
  const out = await renderer.render(definition);
  return { ...out, file: scratch.file(out.pdf) };
}

/** A long table: `rows` body rows, each naming its own number so every row can be found once. */
function longTable(rows: number): TableNode {
  return {
    table: {
      headerRows: 1,
      widths: [60, 120, '*'],
      body: [['行号', '档案编号', '摘要'], ...Array.from({ length: rows }, (_, i) => [`R${i + 1}`, `KD2026${String(i + 1).padStart(6, '0')}`, i % 9 === 0 ? `第 ${i + 1} 行的摘要较长，需要折成两行或更多行才能放下：${'档案'.repeat(30)}` : `第 ${i + 1} 行`])],
    },
    layout: 'lightHorizontalLines',
  };
}

describe('the PDF renderer', () => {
  it('embeds Source Han Sans SC as a subset, and the file passes qpdf --check', async () => {
    const { file } = await render({ content: [{ text: '客户档案卡', bold: true }, '张晓明 138****5678'] });
    const fonts = file.fonts();
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['SourceHanSansSC-Bold', 'SourceHanSansSC-Regular']);
    expect(fonts.every((f) => f.emb && f.sub)).toBe(true);
    expect(file.qpdfCheck()).toMatch(/No syntax or stream encoding errors/);
    expect(file.text()).toContain('张晓明 138****5678');
  });

  it('prints a customer named 𠮷䶮 intact (Extension B and A characters the font has)', async () => {
    const { file, missingGlyphs } = await render({ content: ['客户：𠮷䶮', { text: '𠮷䶮', bold: true }] });
    expect(missingGlyphs).toEqual([]);
    expect(file.text()).toContain('客户：𠮷䶮');
    expect(file.flatText()).toContain('𠮷䶮𠮷䶮'.slice(0, 4));
  });

  it('prints a character the font lacks as its code point in brackets and reports it, never dropping it', async () => {
    // U+3134A (Extension G) is not in Source Han Sans SC 2.001.
    const { file, missingGlyphs } = await render({ content: ['王𱍊明', { table: { widths: ['*'], body: [['李𱍊']] } }] });
    expect(missingGlyphs).toEqual([{ char: '𱍊', codePoint: 'U+3134A' }]);
    const text = file.text();
    expect(text).toContain('王[U+3134A]明');
    expect(text).toContain('李[U+3134A]');
  });

  it('refuses an image from a URL and asks nothing of the network', async () => {
    let requests = 0;
    const server: Server = createServer((_req, res) => {
      requests++;
      res.end(readFileSync(fontFiles(null).regular).subarray(0, 10));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const port = (server.address() as { port: number }).port;
    try {
      await expect(render({ content: [{ image: 'remote' }], images: { remote: `http://127.0.0.1:${port}/logo.png` } })).rejects.toMatchObject({ code: 'INTERNAL', details: { reason: 'PRINT_EXTERNAL_RESOURCE' } });
      await expect(render({ content: [{ image: `http://127.0.0.1:${port}/logo.png` }] })).rejects.toMatchObject({ details: { reason: 'PRINT_EXTERNAL_RESOURCE' } });
    } finally {
      await new Promise((done) => server.close(done));
    }
    expect(requests).toBe(0);
  });

  it('refuses an image from a local file, by path or in the images table', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kedang-img-'));
    const png = join(dir, 'secret.png');
    writeFileSync(png, Buffer.from(ONE_PIXEL_PNG.split(',')[1]!, 'base64'));
    try {
      await expect(render({ content: [{ image: png }] })).rejects.toMatchObject({ details: { reason: 'PRINT_EXTERNAL_RESOURCE' } });
      await expect(render({ content: [{ image: 'x' }], images: { x: png } })).rejects.toMatchObject({ details: { reason: 'PRINT_EXTERNAL_RESOURCE' } });
      await expect(render({ content: [{ image: 'x' }], images: { x: `file://${png}` } })).rejects.toMatchObject({ details: { reason: 'PRINT_EXTERNAL_RESOURCE' } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints an embedded image given as a data URL', async () => {
    const { file } = await render({ content: [{ image: 'dot', width: 20 }, '有图'], images: { dot: ONE_PIXEL_PNG } });
    expect(file.text()).toContain('有图');
  });

  it('draws a qr node as a code a scanner reads back', async () => {
    const payload = 'KEDANG-DOC|DOC-2026-000777|0123456789abcdef0123456789abcdef';
    const { file } = await render({ content: ['二维码', { qr: payload, fit: 66, eccLevel: 'M' }] });
    expect(file.qrCodes(1)).toEqual([payload]);
  });

  it('lays out a 1,200-row table in page-sized rounds with every row exactly once and page x / y right on every page', async () => {
    const rows = 1200;
    const { file, pages } = await render({
      pageMargins: [40, 60, 40, 60],
      content: [{ text: '长表', fontSize: 16 }, longTable(rows), '表后的说明'],
      footer: (page, count) => ({ text: `第 ${page} 页 / 共 ${count} 页`, alignment: 'center' }),
    });
    expect(file.pages()).toBe(pages);
    const seen = new Map<string, number>();
    for (const m of file.text().matchAll(/\bR(\d+)\b/g)) seen.set(m[1]!, (seen.get(m[1]!) ?? 0) + 1);
    expect(seen.size).toBe(rows);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    for (let page = 1; page <= pages; page++) {
      const text = file.text(page);
      expect(text, `page ${page}`).toContain(`第 ${page} 页 / 共 ${pages} 页`);
      if (page > 1) expect(text, `header row repeated on page ${page}`).toMatch(/行号\s+档案编号\s+摘要/);
    }
    expect(file.text(pages)).toContain('表后的说明');
    // Rows run on in order across the rounds: no page starts a new table halfway down.
    const firstRowOf = (page: number) => Number(/\bR(\d+)\b/.exec(file.text(page))![1]);
    for (let page = 2; page <= pages; page++) expect(firstRowOf(page)).toBeGreaterThan(firstRowOf(page - 1));
  });

  it("lays out the pages exactly as pdfmake's own createPdf does in one piece", async () => {
    const definition = (): DocDefinition => ({
      pageMargins: [40, 60, 40, 60],
      defaultStyle: { fontSize: 9 },
      content: [{ text: ['长表 ', { text: 'KD2026 粗体', bold: true }, ' AVTo 1a'], fontSize: 16, color: '#333333' }, { ...longTable(700), fontSize: 8, lineHeight: 1.2 }, { text: '表后的说明', alignment: 'right' }],
    });
    const ours = (await render(definition())).file;
    // pdfmake's public API, fonts by path: the whole document laid out at once.
    const pdfmake = createRequire(import.meta.url)('pdfmake') as {
      setFonts(fonts: unknown): void;
      setUrlAccessPolicy(policy: (url: string) => boolean): void;
      setLocalAccessPolicy(policy: (path: string) => boolean): void;
      createPdf(dd: unknown): { getBuffer(): Promise<Buffer> };
    };
    const files = fontFiles(null);
    pdfmake.setFonts({ KeDang: { normal: files.regular, bold: files.bold } });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => path === files.regular || path === files.bold);
    const reference = scratch.file(await pdfmake.createPdf({ ...definition(), defaultStyle: { font: 'KeDang', fontSize: 9 } }).getBuffer());
    expect(ours.pages()).toBe(reference.pages());
    const boxes = ours.wordBoxes();
    expect(boxes.length).toBeGreaterThan(700 * 3);
    expect(boxes).toEqual(reference.wordBoxes());
  });

  it('gives the same bytes for the same definition, and the SHA-256 changes when one byte does', async () => {
    const definition: DocDefinition = { content: ['同样的输入，同样的输出'], info: { creationDate: new Date('2026-03-05T06:30:00Z') } };
    const a = await renderer.render(definition);
    const b = await renderer.render(definition);
    expect(a.sha256).toBe(b.sha256);
    expect(a.sha256).toBe(sha256(a.pdf));
    const altered = Buffer.from(a.pdf);
    altered[Math.floor(altered.length / 2)]! ^= 0x01;
    expect(sha256(altered)).not.toBe(a.sha256);
  });

  it('leaves the definition it was given untouched, so it can be rendered again', async () => {
    const definition: DocDefinition = { content: [longTable(100), { text: '尾' }], footer: (p, n) => `${p}/${n}` };
    const before = JSON.stringify(definition);
    const first = await renderer.render(definition);
    expect(JSON.stringify(definition)).toBe(before);
    const second = await renderer.render(definition);
    expect(second.sha256).toBe(first.sha256);
  });

  it('can be cancelled between rounds', async () => {
    const controller = new AbortController();
    const pending = renderer.render({ content: [longTable(2000)] }, { signal: controller.signal, onProgress: () => controller.abort(new Error('cancelled by the user')) });
    await expect(pending).rejects.toThrow('cancelled by the user');
  });
});

describe('the fonts', () => {
  it('are read and parsed once per process, however many documents are printed', async () => {
    const { fontParses, loadPrintFonts } = await import('../../../electron/core/reports/printFonts');
    const files = fontFiles(null);
    await renderer.render({ content: ['一'] });
    const parses = fontParses();
    for (let i = 0; i < 3; i++) await renderer.render({ content: [{ text: `第 ${i} 份`, bold: true }] });
    expect(loadPrintFonts(files)).toBe(loadPrintFonts(files));
    expect(fontParses()).toBe(parses);
    expect(parses).toBe(2); // regular and bold
  });
});
