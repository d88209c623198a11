/**
 * Pagination of ruled lists (签到表, 签收表, 花名册) done in plain code, not by the browser:
 * rows have fixed heights in millimetres, so we know before printing which row goes on
 * which page, every page can say 「第 X 页 共 Y 页」, a table header is drawn on each page,
 * a group heading never sits alone at the foot of a page and no row is cut.
 *
 * A page holds 1 or 2 blocks side by side; each block is a column of rows with its own
 * table header. Blocks fill left to right, then the next page.
 */

export interface PageGeometry {
  widthMm: number;
  heightMm: number;
  marginTopMm: number;
  marginBottomMm: number;
  marginLeftMm: number;
  marginRightMm: number;
}

export type Orientation = 'portrait' | 'landscape';

/** Margins that suit Chinese office printers for ruled sheets. */
export const SHEET_MARGINS = {
  marginTopMm: 20,
  marginBottomMm: 18,
  marginLeftMm: 20,
  marginRightMm: 15,
} as const;

export function a4(
  orientation: Orientation,
  margins: Omit<PageGeometry, 'widthMm' | 'heightMm'> = SHEET_MARGINS,
): PageGeometry {
  return orientation === 'portrait'
    ? { widthMm: 210, heightMm: 297, ...margins }
    : { widthMm: 297, heightMm: 210, ...margins };
}

export function contentWidthMm(g: PageGeometry): number {
  return g.widthMm - g.marginLeftMm - g.marginRightMm;
}

export function contentHeightMm(g: PageGeometry): number {
  return g.heightMm - g.marginTopMm - g.marginBottomMm;
}

/** Fixed heights (mm) of the parts every list page has; the view draws exactly these. */
export interface PagePartHeights {
  /** Title block on the first page (union name, title, date and place). */
  firstPageHeadMm: number;
  /** Running head on later pages (title, 「（续）」). */
  laterPageHeadMm: number;
  /** Foot of every page (负责人 line, 「第 X 页 共 Y 页」). */
  pageFootMm: number;
  /** The table's column header row, repeated at the top of every block. */
  tableHeaderMm: number;
}

/** A ruled table's page parts: rows of one height, cells in one font size. */
export interface RuledSheetMetrics extends PagePartHeights {
  rowMm: number;
  cellPt: number;
}

export interface ListLayout extends PagePartHeights {
  geometry: PageGeometry;
  groupHeadingMm: number;
  /** 1 or 2 blocks of rows side by side. */
  blocks: 1 | 2;
  /** Rows a group heading must keep with it on the same block (fewer when the group is smaller). */
  minRowsAfterHeading: number;
  /** Start every group on a new page. */
  groupNewPage: boolean;
}

/** A run of rows under an optional heading (a department, a union group, 请假人员). */
export interface ListSection<R> {
  heading: string | null;
  rows: readonly R[];
  /** Row height of this section in mm. */
  rowMm: number;
  /** true: start on a new page; false: never (walk-in rows follow the last group); default: layout.groupNewPage. */
  newPage?: boolean;
}

export type BlockEntry<R> =
  | { kind: 'heading'; label: string; continued: boolean; heightMm: number }
  | { kind: 'row'; row: R; heightMm: number };

export interface ListBlock<R> {
  entries: BlockEntry<R>[];
}

export interface ListPage<R> {
  /** 1-based */
  number: number;
  blocks: ListBlock<R>[];
}

export interface Pagination<R> {
  pages: ListPage<R>[];
  pageCount: number;
  /** Height available for entries in a block on the first page and on later pages. */
  firstBlockMm: number;
  laterBlockMm: number;
}

// Millimetre sums drift in floating point; compare with a little slack.
const EPS = 1e-6;

/** Height of the rows area in one block of page `pageIndex` (0-based). */
export function blockCapacityMm(layout: ListLayout, pageIndex: number): number {
  const head = pageIndex === 0 ? layout.firstPageHeadMm : layout.laterPageHeadMm;
  return contentHeightMm(layout.geometry) - head - layout.pageFootMm - layout.tableHeaderMm;
}

/** Lays sections out on pages. Throws (in Chinese) when a page cannot hold a heading and a row. */
export function paginate<R>(
  sections: readonly ListSection<R>[],
  layout: ListLayout,
): Pagination<R> {
  const firstBlockMm = blockCapacityMm(layout, 0);
  const laterBlockMm = blockCapacityMm(layout, 1);
  const pages: ListPage<R>[] = [];
  let blockIndex = 0;
  let used = 0;

  const newPage = () => {
    pages.push({
      number: pages.length + 1,
      blocks: Array.from({ length: layout.blocks }, () => ({ entries: [] })),
    });
    blockIndex = 0;
    used = 0;
  };
  const capacity = () => (pages.length === 1 ? firstBlockMm : laterBlockMm);
  const nextBlock = () => {
    if (blockIndex + 1 < layout.blocks) {
      blockIndex += 1;
      used = 0;
    } else newPage();
  };
  const current = () => pages[pages.length - 1]!.blocks[blockIndex]!;
  const fits = (h: number) => used + h <= capacity() + EPS;
  const pageIsEmpty = () => pages[pages.length - 1]!.blocks.every((b) => b.entries.length === 0);
  const place = (e: BlockEntry<R>) => {
    current().entries.push(e);
    used += e.heightMm;
  };

  newPage();
  for (const section of sections) {
    if (section.rows.length === 0) continue;
    if ((section.newPage ?? layout.groupNewPage) && !pageIsEmpty()) newPage();
    const rowMm = section.rowMm;
    if (section.heading !== null) {
      const keep = Math.min(layout.minRowsAfterHeading, section.rows.length);
      const need = layout.groupHeadingMm + keep * rowMm;
      if (need > Math.min(firstBlockMm, laterBlockMm) + EPS) {
        throw new Error(
          `页面太小：放不下分组标题「${section.heading}」和其后的 ${keep} 行，请减小行高或页边距`,
        );
      }
      if (!fits(need)) nextBlock();
      place({
        kind: 'heading',
        label: section.heading,
        continued: false,
        heightMm: layout.groupHeadingMm,
      });
    }
    for (const row of section.rows) {
      if (!fits(rowMm)) {
        nextBlock();
        if (section.heading !== null) {
          place({
            kind: 'heading',
            label: section.heading,
            continued: true,
            heightMm: layout.groupHeadingMm,
          });
        }
        if (!fits(rowMm)) throw new Error(`页面太小：一栏放不下一行（行高 ${rowMm} 毫米）`);
      }
      place({ kind: 'row', row, heightMm: rowMm });
    }
  }
  return { pages, pageCount: pages.length, firstBlockMm, laterBlockMm };
}

/** The rows of a pagination in reading order (page by page, block by block). */
export function rowsInOrder<R>(p: { pages: readonly ListPage<R>[] }): R[] {
  return p.pages.flatMap((page) =>
    page.blocks.flatMap((b) => b.entries.flatMap((e) => (e.kind === 'row' ? [e.row] : []))),
  );
}
