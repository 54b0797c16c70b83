import type { Content, StyleProps, TableNode } from './docDefinition';

/**
 * Long documents are laid out a few pages at a time, so memory stays bounded however many rows a
 * register has (pdfmake keeps every measured line of a document until it is drawn: ≈ 700 MB for
 * 5,000 rows laid out in one piece, as measured before this engine).
 *
 * The top-level content is cut into units — each top-level item, and each body row of a long
 * table — and laid out in rounds of a few pages. A round's pages are final except the
 * last: the units that reach it are carried into the next round, which starts on a fresh page
 * exactly as the carried unit started its page here (a table continues with its header rows
 * repeated, as pdfmake repeats them). So the pages are the ones a single layout would give,
 * while only one round is ever in memory.
 */

/** Tables with more body rows than this are laid out row by row. */
export const SLICE_MIN_ROWS = 80;
/** The first round's size; later rounds aim at ROUND_PAGES pages from the units per page seen so far. */
export const FIRST_ROUND_UNITS = 200;
export const ROUND_PAGES = 4;

/**
 * How many new units the next round takes: enough for ROUND_PAGES pages at the density seen so
 * far, plus a few, so the round's unfinished last page — laid out again in the next round — holds
 * only those few.
 */
export function nextRoundSize(unitsDone: number, pagesDone: number, carried: number): number {
  if (pagesDone === 0) return FIRST_ROUND_UNITS;
  return Math.max(8, Math.ceil((unitsDone / pagesDone) * ROUND_PAGES) + 3 - carried);
}

export type Unit = { kind: 'item'; node: Content } | { kind: 'row'; table: TableNode; index: number };

type Margin4 = [number, number, number, number];

function margin4(margin: StyleProps['margin']): Margin4 {
  if (margin === undefined) return [0, 0, 0, 0];
  if (typeof margin === 'number') return [margin, margin, margin, margin];
  if (margin.length === 2) return [margin[0], margin[1], margin[0], margin[1]];
  return [...margin];
}

/** A table whose rows may be laid out apart: fixed or star widths (no auto-sizing over all rows), no row spans. */
function isSliceable(node: Content): node is TableNode {
  if (typeof node !== 'object' || Array.isArray(node) || !('table' in node)) return false;
  const { body, widths, headerRows = 0 } = node.table;
  if (body.length - headerRows <= SLICE_MIN_ROWS || !widths || widths.some((w) => w === 'auto')) return false;
  return body.every((row) => row.every((cell) => typeof cell !== 'object' || Array.isArray(cell) || !cell.rowSpan || cell.rowSpan <= 1));
}

export function unitsOf(content: Content[]): Unit[] {
  const units: Unit[] = [];
  for (const node of content) {
    if (isSliceable(node)) {
      for (let index = node.table.headerRows ?? 0; index < node.table.body.length; index++) units.push({ kind: 'row', table: node, index });
    } else {
      units.push({ kind: 'item', node });
    }
  }
  return units;
}

interface Positioned {
  positions?: Array<{ pageNumber: number }>;
}

function spanOf(nodes: unknown[]): [number, number] | null {
  let start = Infinity;
  let end = -Infinity;
  for (const node of nodes) {
    const positions = (node as Positioned | null)?.positions;
    if (!positions?.length) continue;
    start = Math.min(start, positions[0]!.pageNumber);
    end = Math.max(end, positions[positions.length - 1]!.pageNumber);
  }
  return start === Infinity ? null : [start, end];
}

export interface Round {
  content: Content[];
  /** First and last page of each unit after layout (null: it drew nothing). */
  spans(): Array<[number, number] | null>;
}

/**
 * The content of one round. `prepare` must return a fresh copy of a node: pdfmake writes layout
 * state into the nodes it lays out, and carried units are laid out twice.
 */
export function buildRound(units: Unit[], prepare: (node: Content) => Content): Round {
  const content: Content[] = [];
  const locators: Array<() => [number, number] | null> = [];
  let openSource: TableNode | null = null;
  let openNode: TableNode | null = null;
  for (const unit of units) {
    if (unit.kind === 'item') {
      openSource = null;
      const wrapper = { stack: [prepare(unit.node)] };
      content.push(wrapper);
      locators.push(() => spanOf([wrapper]));
      continue;
    }
    const { table, index } = unit;
    if (openSource !== table || !openNode) {
      const headerRows = table.table.headerRows ?? 0;
      const node: TableNode = {
        ...table,
        table: { ...table.table, widths: [...table.table.widths!], body: table.table.body.slice(0, headerRows).map((row) => row.map(prepare)) },
      };
      // A table carried to a new page continues there: no space above it, as on pdfmake's own page break.
      if (index > headerRows) {
        const [left, , right, bottom] = margin4(table.margin);
        node.margin = [left, 0, right, bottom];
      }
      content.push(node);
      openSource = table;
      openNode = node;
    }
    const row = table.table.body[index]!.map(prepare);
    openNode.table.body.push(row);
    locators.push(() => spanOf(row));
  }
  return { content, spans: () => locators.map((locate) => locate()) };
}

/**
 * Where to cut a laid-out round: the first unit to carry and how many pages are final. The cut
 * is at the first unit that starts a page at or before the last, with everything before it
 * ending on earlier pages; null when no such page exists but the first (lay out more at once).
 */
export function cutRound(spans: Array<[number, number] | null>, pageCount: number): { carryFrom: number; finalPages: number } | null {
  let page = pageCount;
  while (page >= 2) {
    const first = spans.findIndex((span) => span !== null && span[1] >= page);
    if (first <= 0) return null;
    const start = spans[first]![0];
    if (start === page) return { carryFrom: first, finalPages: page - 1 };
    page = start;
  }
  return null;
}
