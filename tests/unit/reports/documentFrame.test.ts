import { describe, expect, it } from 'vitest';
import { archiveBatches } from '../../../electron/core/reports/archiveIndex.pdf';
import { customerCardDocument } from '../../../electron/core/reports/customerCard.pdf';
import { contentHash } from '../../../electron/core/reports/contentHash';
import { frameDocument, hashedContent, type DocumentBody } from '../../../electron/core/reports/documentFrame';
import type { Content } from '../../../electron/core/reports/docDefinition';
import { loanRegisterDocument } from '../../../electron/core/reports/loanRegister.pdf';
import { customerCard, frame, registerRequests } from '../../integration/reports/printFixtures';

const body = (overrides: Partial<DocumentBody> = {}): DocumentBody => ({ kind: 'customerCard', title: '客户档案卡', content: ['正文'], data: { id: 1 }, secrecy: 'normal', unmaskedPersonalData: false, ...overrides });
const texts = (content: Content | null): string => JSON.stringify(content);

describe('the frame every document shares', () => {
  it('marks 秘密 and above in header and footer, and nothing below', () => {
    for (const [secrecy, marked] of [['normal', false], ['secret', true], ['confidential', true], ['topSecret', true]] as const) {
      const { definition } = frameDocument(body({ secrecy }), frame());
      const header = texts(definition.header!(1, 2));
      const footer = texts(definition.footer!(1, 2));
      expect(header.includes('密级：'), secrecy).toBe(marked);
      expect(footer.includes('注意保管'), secrecy).toBe(marked);
    }
  });

  it('watermarks with the printing user only when unmasked personal data is printed', () => {
    expect(frameDocument(body(), frame()).definition.watermark).toBeUndefined();
    expect(frameDocument(body({ unmaskedPersonalData: true }), frame()).definition.watermark).toMatchObject({ text: '李档案 2026-03-05' });
  });

  it('knows a card carries unmasked data as soon as one value is revealed', () => {
    expect(customerCardDocument({ card: customerCard() }, frame()).watermarked).toBe(false);
    expect(customerCardDocument({ card: customerCard(), revealed: { phones: {} } }, frame()).watermarked).toBe(false);
    expect(customerCardDocument({ card: customerCard(), revealed: { phones: { 8: '010-87654321' } } }, frame()).watermarked).toBe(true);
    expect(customerCardDocument({ card: customerCard(), revealed: { idNumber: '110105198506151234' } }, frame()).watermarked).toBe(true);
  });

  it('marks a reprint 副本 with the original serial', () => {
    const { definition } = frameDocument(body(), frame({ serial: 'DOC-2026-000200', reprintOf: 'DOC-2026-000123' }));
    expect(texts(definition.header!(1, 1))).toContain('副本（原件编号 DOC-2026-000123）');
    expect(texts(definition.footer!(1, 1))).toContain('副本（原件编号 DOC-2026-000123）');
  });

  it('prints page x / y, who printed and when, in Shanghai time unless told otherwise', () => {
    expect(texts(frameDocument(body(), frame()).definition.footer!(3, 7))).toContain('第 3 页 / 共 7 页');
    expect(texts(frameDocument(body(), frame()).definition.footer!(1, 1))).toContain('打印时间：2026-03-05 14:30（GMT+8）');
    expect(texts(frameDocument(body(), frame({ timeZone: 'Europe/Berlin' })).definition.footer!(1, 1))).toContain('打印时间：2026-03-05 07:30（GMT+1）');
  });

  it('hashes the data and the print job, so any change to either changes the QR', () => {
    const doc = frameDocument(body(), frame());
    expect(doc.contentHash).toBe(contentHash(hashedContent(body(), frame())));
    expect(doc.qrPayload).toBe(`KEDANG-DOC|DOC-2026-000123|${doc.contentHash.slice(0, 32)}`);
    const variants = [
      frameDocument(body({ data: { id: 2 } }), frame()),
      frameDocument(body({ kind: 'personalInfoCopy' }), frame()),
      frameDocument(body(), frame({ printedBy: '王五' })),
      frameDocument(body(), frame({ printedAt: '2026-03-05T06:31:00.000Z' })),
      frameDocument(body(), frame({ serial: 'DOC-2026-000124' })),
      frameDocument(body(), frame({ reprintOf: 'DOC-2026-000001' })),
    ];
    for (const v of variants) expect(v.contentHash).not.toBe(doc.contentHash);
    expect(frameDocument(body({ data: { id: 1 } }), frame()).contentHash).toBe(doc.contentHash);
  });

  it('refuses a serial or a time it cannot print', () => {
    expect(() => frameDocument(body(), frame({ serial: 'DOC|1' }))).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
    expect(() => frameDocument(body(), frame({ printedAt: 'yesterday' }))).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
  });
});

describe('document data', () => {
  it('the register prints one line per file lent, landscape, marked with the strictest level among them', () => {
    const requests = registerRequests(12);
    requests[0] = { ...requests[0]!, files: [...requests[0]!.files, { customerId: 9, archiveNo: 'KD2026009999', name: '赵六' }] };
    const doc = loanRegisterDocument({ period: { from: '2026-03-01', to: '2026-03-31' }, requests }, frame());
    expect(doc.definition.pageOrientation).toBe('landscape');
    expect(doc.secrecy).toBe('secret'); // request 0 is 秘密 in the fixture
    expect(JSON.stringify(doc.definition.content).match(/KD2026\d{6}/g)).toHaveLength(13);
  });

  it('the archive index binds each region in archive-number order, 50 to a batch, with its range and the box most of it is in', () => {
    const entry = (n: number, region: string | null, box = '3') => ({ archiveNo: `KD${String(n).padStart(4, '0')}`, name: `客户${n}`, region, secrecy: 'normal' as const, status: 'active' as const, location: { room: '档案室', cabinet: 'A', shelf: '1', box, folder: String(n) } });
    const entries = [...Array.from({ length: 120 }, (_, i) => entry(120 - i, '华东区', i < 10 ? '9' : '3')), entry(500, null), entry(400, '  ')];
    const batches = archiveBatches(entries);
    expect(batches.map((b) => [b.region, b.number, b.first, b.last, b.entries.length])).toEqual([
      ['华东区', 1, 'KD0001', 'KD0050', 50],
      ['华东区', 2, 'KD0051', 'KD0100', 50],
      ['华东区', 3, 'KD0101', 'KD0120', 20],
      ['未分区', 1, 'KD0400', 'KD0500', 2],
    ]);
    expect(batches[2]!.box).toBe('档案室 A 柜 1 架 3 盒');
    expect(archiveBatches(entries, 100).map((b) => b.entries.length)).toEqual([100, 20, 2]);
  });
});
