import { describe, expect, it } from 'vitest';
import type { Content, TableNode } from '../../../electron/core/reports/docDefinition';
import { buildRound, cutRound, nextRoundSize, SLICE_MIN_ROWS, unitsOf } from '../../../electron/core/reports/pageSlices';

const table = (rows: number, widths: TableNode['table']['widths'] = [50, '*']): TableNode => ({
  table: { headerRows: 1, widths, body: [['号', '名'], ...Array.from({ length: rows }, (_, i) => [String(i), `行${i}`])] },
  margin: [0, 8, 0, 4],
});

describe('page-sized rounds', () => {
  it('cuts a long table with fixed widths into rows; keeps short or auto-sized tables whole', () => {
    const long = table(SLICE_MIN_ROWS + 1);
    expect(unitsOf(['前', long, '后']).map((u) => u.kind)).toEqual(['item', ...Array(SLICE_MIN_ROWS + 1).fill('row'), 'item']);
    expect(unitsOf([table(SLICE_MIN_ROWS)])).toHaveLength(1);
    expect(unitsOf([table(500, [50, 'auto'])])).toHaveLength(1);
    const spanned = table(500);
    (spanned.table.body[3]![0] as unknown) = { text: 'x', rowSpan: 2 };
    expect(unitsOf([spanned])).toHaveLength(1);
  });

  it('builds a round with the header rows repeated, and a carried table starting flush at the top', () => {
    const long = table(200);
    const units = unitsOf([long]).slice(50, 60);
    const round = buildRound(units, (node) => (typeof node === 'string' ? node : { ...(node as object) }) as Content);
    expect(round.content).toHaveLength(1);
    const node = round.content[0] as TableNode;
    expect(node.table.body).toHaveLength(11);
    expect(node.table.body[0]).toEqual(['号', '名']);
    expect(node.margin).toEqual([0, 0, 0, 4]);
    expect(node.table.widths).not.toBe(long.table.widths);
  });

  // spans: first and last page of each unit after layout
  it.each([
    { name: 'carries the units on the last page', spans: [[1, 1], [1, 1], [2, 2], [3, 3], [3, 3]], pages: 3, cut: { carryFrom: 3, finalPages: 2 } },
    { name: 'keeps a unit that runs onto the last page whole', spans: [[1, 1], [2, 2], [2, 3]], pages: 3, cut: { carryFrom: 1, finalPages: 1 } },
    { name: 'steps back past a split unit that shares its first page', spans: [[1, 1], [2, 2], [2, 3], [3, 3]], pages: 3, cut: { carryFrom: 1, finalPages: 1 } },
    { name: 'skips units that drew nothing', spans: [[1, 1], null, [2, 2], null], pages: 2, cut: { carryFrom: 2, finalPages: 1 } },
    { name: 'gives up when everything is on one page', spans: [[1, 1], [1, 1]], pages: 1, cut: null },
    { name: 'gives up when one unit spans every page', spans: [[1, 3]], pages: 3, cut: null },
  ] as const)('$name', ({ spans, pages, cut }) => {
    expect(cutRound(spans as unknown as Array<[number, number] | null>, pages)).toEqual(cut);
  });

  it('sizes later rounds to a few pages at the density seen so far, leaving little to lay out twice', () => {
    expect(nextRoundSize(0, 0, 0)).toBeGreaterThan(SLICE_MIN_ROWS);
    expect(nextRoundSize(300, 10, 3)).toBe(30 * 4 + 3 - 3);
    expect(nextRoundSize(10, 10, 50)).toBe(8);
  });
});
