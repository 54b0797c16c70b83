import type { PaperLocation } from '../../../shared/customers/customerTypes';
import type { CustomerStatus, SecrecyLevel } from '../../../shared/customers/vocabularies';
import { customerStatusLabels, secrecyLabels } from '../../../shared/customers/vocabularyLabels';
import type { Content } from './docDefinition';
import { documentTitle, MARK_STYLE, note, orDash, recordTable, sectionTitle, WIDE_SPACE } from './documentBlocks';
import { frameDocument, strictest, type PrintableDocument, type PrintFrame } from './documentFrame';

export interface ArchiveIndexEntry {
  archiveNo: string;
  name: string;
  region: string | null;
  secrecy: SecrecyLevel;
  status: CustomerStatus;
  location: PaperLocation | null;
}

export interface ArchiveIndexPrint {
  /** How the entries were chosen, printed under the title. */
  region?: string | null;
  range?: { from?: string | null; to?: string | null };
  entries: ArchiveIndexEntry[];
  /** Files per bound batch (客户档案建档说明书: 50 per bag or binder). */
  batchSize?: number;
}

export const DEFAULT_BATCH_SIZE = 50;
const NO_REGION = '未分区';

export interface ArchiveBatch {
  region: string;
  /** 1-based within the region. */
  number: number;
  first: string;
  last: string;
  /** Where most of the batch's files are, room to box: what is written on the box. */
  box: string;
  entries: ArchiveIndexEntry[];
}

function boxOf(location: PaperLocation | null): string {
  if (!location) return '未登记';
  return [location.room, location.cabinet && `${location.cabinet} 柜`, location.shelf && `${location.shelf} 架`, location.box && `${location.box} 盒`].filter(Boolean).join(' ');
}

/** Region by region, in archive-number order, bound `size` files at a time (单个客户档案需装订，按区域、编码存档并标注档案编码区间). */
export function archiveBatches(entries: readonly ArchiveIndexEntry[], size = DEFAULT_BATCH_SIZE): ArchiveBatch[] {
  const byRegion = new Map<string, ArchiveIndexEntry[]>();
  for (const entry of entries) {
    const region = entry.region?.trim() || NO_REGION;
    const list = byRegion.get(region);
    if (list) list.push(entry);
    else byRegion.set(region, [entry]);
  }
  const regions = [...byRegion.keys()].sort((a, b) => (a === NO_REGION ? 1 : b === NO_REGION ? -1 : a.localeCompare(b, 'zh-CN')));
  return regions.flatMap((region) => {
    const sorted = [...byRegion.get(region)!].sort((a, b) => a.archiveNo.localeCompare(b.archiveNo));
    const batches: ArchiveBatch[] = [];
    for (let i = 0; i < sorted.length; i += size) {
      const slice = sorted.slice(i, i + size);
      const boxes = new Map<string, number>();
      for (const e of slice) boxes.set(boxOf(e.location), (boxes.get(boxOf(e.location)) ?? 0) + 1);
      const box = [...boxes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      batches.push({ region, number: batches.length + 1, first: slice[0]!.archiveNo, last: slice[slice.length - 1]!.archiveNo, box, entries: slice });
    }
    return batches;
  });
}

/** 档案目录: the paper archive's index, batch by batch as the boxes are marked. */
export function archiveIndexDocument(data: ArchiveIndexPrint, frame: PrintFrame): PrintableDocument {
  const size = data.batchSize ?? DEFAULT_BATCH_SIZE;
  const batches = archiveBatches(data.entries, size);
  const scope = [
    `区域：${data.region?.trim() || '全部'}`,
    data.range?.from || data.range?.to ? `档案编号：${data.range.from ?? '起'} 至 ${data.range.to ?? '止'}` : '档案编号：全部',
    `共 ${data.entries.length} 份，${batches.length} 批（每批 ${size} 份）`,
  ].join(WIDE_SPACE);
  const content: Content[] = [
    documentTitle('客户档案目录', scope),
    note('每批档案装订后装入同一档案袋或资料册，盒上标注区域与档案编码区间；“机密”“绝密”档案在备注栏注明，单独存放、专人管理（第22条）。'),
  ];
  if (!batches.length) content.push(note('没有符合条件的档案。'));
  for (const batch of batches) {
    content.push(
      { ...sectionTitle(`${batch.region} · 第 ${batch.number} 批${WIDE_SPACE}${batch.first} – ${batch.last}`), unbreakable: true },
      note(`${batch.entries.length} 份 · 存放：${batch.box}`, { margin: [0, 0, 0, 3] }),
      recordTable(
        [
          { header: '序号', width: 30, cell: (_e, i) => String(i + 1), alignment: 'right' },
          { header: '档案编号', width: 90, cell: (e) => e.archiveNo },
          { header: '客户姓名/名称', width: '*', cell: (e) => e.name },
          { header: '卷', width: 34, cell: (e) => orDash(e.location?.folder), alignment: 'center' },
          { header: '存放位置', width: 120, cell: (e) => (boxOf(e.location) === batch.box ? '同上' : boxOf(e.location)) },
          { header: '状态', width: 40, cell: (e) => customerStatusLabels[e.status].zh },
          { header: '备注', width: 40, cell: (e) => (e.secrecy === 'confidential' || e.secrecy === 'topSecret' ? { text: secrecyLabels[e.secrecy].zh, ...MARK_STYLE } : '') },
        ],
        batch.entries,
        { fontSize: 8.5, dense: true },
      ),
    );
  }
  return frameDocument(
    { kind: 'archiveIndex', title: '档案目录', data, secrecy: strictest(data.entries.map((e) => e.secrecy)), unmaskedPersonalData: false, content },
    frame,
  );
}
