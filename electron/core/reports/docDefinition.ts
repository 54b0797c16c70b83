/**
 * The part of pdfmake's document definition the archive's documents use, typed. A definition is
 * plain data (plus the header/footer callbacks pdfmake calls per page), so a document is a pure
 * function and a test can read what it asks for without rendering.
 */

export interface StyleProps {
  font?: string;
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  background?: string;
  alignment?: 'left' | 'center' | 'right' | 'justify';
  lineHeight?: number;
  characterSpacing?: number;
  margin?: number | [number, number] | [number, number, number, number];
  noWrap?: boolean;
  /** Keeps leading spaces, e.g. the two full-width spaces that indent a Chinese paragraph. */
  preserveLeadingSpaces?: boolean;
  opacity?: number;
  style?: string | string[];
  /** Table cells only. */
  fillColor?: string;
  colSpan?: number;
  rowSpan?: number;
  border?: [boolean, boolean, boolean, boolean];
  /** Columns only. */
  width?: number | '*' | 'auto';
  pageBreak?: 'before' | 'after';
  /** Keeps a block on one page when it fits. */
  unbreakable?: boolean;
}

export type Inline = string | (StyleProps & { text: string | Inline[] });

export interface TextNode extends StyleProps {
  text: string | Inline[];
}

export interface StackNode extends StyleProps {
  stack: Content[];
}

export interface ColumnsNode extends StyleProps {
  columns: Content[];
  columnGap?: number;
}

export interface ListNode extends StyleProps {
  ul?: Content[];
  ol?: Content[];
}

export interface TableLayout {
  hLineWidth?: (row: number, node: unknown) => number;
  vLineWidth?: (column: number, node: unknown) => number;
  hLineColor?: string | ((row: number, node: unknown) => string);
  vLineColor?: string | ((column: number, node: unknown) => string);
  paddingLeft?: (column: number, node: unknown) => number;
  paddingRight?: (column: number, node: unknown) => number;
  paddingTop?: (row: number, node: unknown) => number;
  paddingBottom?: (row: number, node: unknown) => number;
}

export type TableWidth = number | '*' | 'auto';

export interface TableNode extends StyleProps {
  table: {
    body: Content[][];
    widths?: TableWidth[];
    headerRows?: number;
    dontBreakRows?: boolean;
    keepWithHeaderRows?: number;
  };
  layout?: string | TableLayout;
}

export interface ImageNode extends StyleProps {
  /** A key of DocDefinition.images, whose value must be a data: URL (nothing is loaded from outside). */
  image: string;
  width?: number;
  height?: number;
  fit?: [number, number];
}

export interface QrNode extends StyleProps {
  qr: string;
  /** Side in points; pdfmake sizes modules in whole points (floor(fit / modules)). */
  fit: number;
  eccLevel?: 'L' | 'M' | 'Q' | 'H';
}

export interface CanvasRect {
  type: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  r?: number;
  lineWidth?: number;
  lineColor?: string;
  color?: string;
}

export interface CanvasLine {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lineWidth?: number;
  lineColor?: string;
  dash?: { length: number; space?: number };
}

export interface CanvasNode extends StyleProps {
  canvas: Array<CanvasRect | CanvasLine>;
}

export type ContentNode = TextNode | StackNode | ColumnsNode | ListNode | TableNode | ImageNode | QrNode | CanvasNode;
export type Content = string | ContentNode | Content[];

export type DynamicContent = (currentPage: number, pageCount: number) => Content | null;

export interface Watermark {
  text: string;
  color?: string;
  opacity?: number;
  bold?: boolean;
  fontSize?: number;
  angle?: number;
}

export interface DocDefinition {
  pageSize?: 'A4';
  pageOrientation?: 'portrait' | 'landscape';
  /** [left, top, right, bottom] in points. */
  pageMargins?: [number, number, number, number];
  content: Content[];
  header?: DynamicContent;
  footer?: DynamicContent;
  watermark?: Watermark;
  defaultStyle?: StyleProps;
  styles?: Record<string, StyleProps>;
  images?: Record<string, string>;
  info?: { title?: string; author?: string; subject?: string; creator?: string; creationDate?: Date };
  language?: string;
}
