import type { Content, StackNode, StyleProps, TableLayout, TableNode, TableWidth, TextNode } from './docDefinition';

/** The pieces the archive's documents are built from, so every document looks like the others. */

export const NONE = '—';
/** U+3000, the full-width space Chinese text separates fields with; two indent a paragraph. */
export const WIDE_SPACE = '\u3000';
export const INDENT = WIDE_SPACE + WIDE_SPACE;
export const DATE_TO_FILL = `日期：${INDENT}年${INDENT}月${INDENT}日`;

/**
 * Spaces made non-breaking: a date stays on one line with its time, and pdfmake measures the
 * cell as one word instead of two (a long register has three time columns).
 */
export function unbroken(text: string): string {
  return text.replace(/ /g, '\u00a0');
}
export const LABEL_FILL = '#f2f2f2';
export const HEADER_FILL = '#e6e6e6';
export const OVERDUE_FILL = '#fbe3e6';
/** Overdue, refused, secret: printed in the marking colour. */
export const MARK_COLOR = '#b00020';
export const MARK_STYLE: StyleProps = { bold: true, color: MARK_COLOR };

/** A value or the dash printed for "nothing recorded". */
export function orDash(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? NONE : String(value);
}

export function yuan(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return NONE;
  return `¥${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

export function documentTitle(text: string, subtitle?: string): StackNode {
  return {
    margin: [0, 0, 0, 10],
    stack: [{ text, fontSize: 17, bold: true, alignment: 'center' }, ...(subtitle ? [{ text: subtitle, fontSize: 9, color: '#555555', alignment: 'center' as const, margin: [0, 3, 0, 0] as [number, number, number, number] }] : [])],
  };
}

export function sectionTitle(text: string, options: { pageBreak?: 'before' } = {}): TextNode {
  return { text, fontSize: 12, bold: true, margin: [0, 12, 0, 5], ...options };
}

export function note(text: string, style: StyleProps = {}): TextNode {
  return { text, fontSize: 9, color: '#555555', margin: [0, 2, 0, 2], ...style };
}

/** Thin horizontal rules between rows, none between columns: reads well and draws little. */
export const rowRules: TableLayout = {
  hLineWidth: (row, node) => (row === 0 || row === (node as TableNode).table.body.length ? 0.8 : 0.4),
  vLineWidth: () => 0,
  hLineColor: () => '#9e9e9e',
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** The same, tighter: long registers. */
export const denseRowRules: TableLayout = { ...rowRules, paddingTop: () => 1.5, paddingBottom: () => 1 };

/** Ruled boxes, for forms people write in. */
export const boxRules: TableLayout = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  hLineColor: () => '#666666',
  vLineColor: () => '#666666',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** Label–value pairs in a ruled grid, `columns` pairs to a row. */
export function fieldGrid(pairs: Array<[string, Content]>, columns = 2, labelWidth = 72): TableNode {
  const body: Content[][] = [];
  for (let i = 0; i < pairs.length; i += columns) {
    const row: Content[] = [];
    for (let c = 0; c < columns; c++) {
      const pair = pairs[i + c];
      row.push(pair ? { text: pair[0], fillColor: LABEL_FILL, color: '#333333' } : { text: '', fillColor: LABEL_FILL }, pair ? pair[1] : '');
    }
    body.push(row);
  }
  const widths: TableWidth[] = [];
  for (let c = 0; c < columns; c++) widths.push(labelWidth, '*');
  return { table: { widths, body }, layout: boxRules, fontSize: 9.5, margin: [0, 0, 0, 4] };
}

export interface Column<Row> {
  header: string;
  width: TableWidth;
  cell: (row: Row, index: number) => Content;
  alignment?: 'left' | 'center' | 'right';
}

/** A table of records with a repeated header row; `empty` prints when there are none. */
export function recordTable<Row>(
  columns: Array<Column<Row>>,
  rows: readonly Row[],
  options: { empty?: string; fontSize?: number; dense?: boolean; rowStyle?: (row: Row) => StyleProps | null } = {},
): Content {
  if (rows.length === 0) return note(options.empty ?? '无记录。', { margin: [0, 0, 0, 6] });
  const header: Content[] = columns.map((c) => ({ text: c.header, bold: true, fillColor: HEADER_FILL, alignment: c.alignment }));
  const body: Content[][] = [header];
  rows.forEach((row, index) => {
    const style = options.rowStyle?.(row) ?? null;
    body.push(
      columns.map((c) => {
        const cell = c.cell(row, index);
        const base: StyleProps = { ...(c.alignment ? { alignment: c.alignment } : {}), ...(style ?? {}) };
        if (Object.keys(base).length === 0) return cell;
        return typeof cell === 'string' ? { text: cell, ...base } : Array.isArray(cell) ? { stack: cell, ...base } : { ...base, ...cell };
      }),
    );
  });
  return {
    table: { headerRows: 1, widths: columns.map((c) => c.width), body },
    layout: options.dense ? denseRowRules : rowRules,
    fontSize: options.fontSize ?? 9,
    ...(options.dense ? { lineHeight: 1 } : {}),
    margin: [0, 0, 0, 6],
  };
}

/** Lines to sign by hand — role, signature, date — kept on one page with their heading. */
export function signatureLines(roles: string[], title?: string): Content {
  const lines: Content = {
    margin: [0, title ? 0 : 16, 0, 0],
    table: {
      widths: [140, '*', 130],
      body: roles.map((role) => [
        { text: `${role}：`, margin: [0, 14, 0, 0] },
        { text: '签字：', margin: [0, 14, 0, 0] },
        { text: DATE_TO_FILL, margin: [0, 14, 0, 0] },
      ]),
    },
    layout: {
      hLineWidth: (row) => (row === 0 ? 0 : 0.6),
      vLineWidth: () => 0,
      hLineColor: () => '#666666',
      paddingLeft: () => 2,
      paddingRight: () => 8,
      paddingTop: () => 2,
      paddingBottom: () => 4,
    },
  };
  return { unbreakable: true, stack: title ? [sectionTitle(title), lines] : [lines] };
}
