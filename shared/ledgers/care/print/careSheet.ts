/**
 * The ruled A4 sheet the care printouts share (实名发放签领表, 慰问登记表, a campaign's sheet):
 * a title block (union name, title, facts), columns in mm, rows grouped under headings,
 * a 合计 row after the last, and the signature line at the foot of every page with
 * 「第 X 页 共 Y 页」. Pure: data in, pages (paginate()) out. The view is
 * renderer/print/CareSheetView.tsx.
 */
import {
  a4,
  contentWidthMm,
  paginate,
  type ListLayout,
  type ListPage,
  type Orientation,
  type PageGeometry,
  type PagePartHeights,
} from '../../../core/print/paginate';

export interface CareSheetColumn {
  key: string;
  label: string;
  widthMm: number;
  align?: 'left' | 'center' | 'right';
}

export interface CareSheetRow {
  kind: 'row' | 'total';
  cells: string[];
}

export interface CareSheetSection {
  heading: string | null;
  rows: string[][];
}

export interface CareSheetInput {
  unionName: string;
  title: string;
  /** Facts under the title, e.g. 「事由：中秋节」「发放日期：2026年9月20日」「标准：每人200.00元」. */
  info: string[];
  columns: CareSheetColumn[];
  sections: CareSheetSection[];
  /** The 合计 row's cells (one per column), or null. */
  total: string[] | null;
  /** 「经手人：」「证明人：」「主席：」 — each drawn with room to sign after it. */
  signatureParts: string[];
  orientation: Orientation;
  rowMm: number;
  cellPt: number;
}

export interface CareSheetMetrics extends PagePartHeights {
  groupHeadingMm: number;
  rowMm: number;
  cellPt: number;
}

export interface CareSheetModel {
  unionName: string;
  title: string;
  info: string[];
  orientation: Orientation;
  geometry: PageGeometry;
  metrics: CareSheetMetrics;
  columns: CareSheetColumn[];
  pages: ListPage<CareSheetRow>[];
  pageCount: number;
  signatureParts: string[];
  /** Rows printed (not counting 合计). */
  count: number;
}

/** Scales the columns to fill the width between the margins exactly. */
function fitColumns(cols: readonly CareSheetColumn[], width: number): CareSheetColumn[] {
  const sum = cols.reduce((s, c) => s + c.widthMm, 0);
  return cols.map((c) => ({ ...c, widthMm: (c.widthMm * width) / sum }));
}

export function buildCareSheet(input: CareSheetInput): CareSheetModel {
  const geometry = a4(input.orientation);
  const metrics: CareSheetMetrics = {
    firstPageHeadMm: 24 + 6 * Math.ceil(input.info.length / 3),
    laterPageHeadMm: 9,
    pageFootMm: 16,
    tableHeaderMm: 9,
    groupHeadingMm: 7,
    rowMm: input.rowMm,
    cellPt: input.cellPt,
  };
  const layout: ListLayout = {
    geometry,
    firstPageHeadMm: metrics.firstPageHeadMm,
    laterPageHeadMm: metrics.laterPageHeadMm,
    pageFootMm: metrics.pageFootMm,
    tableHeaderMm: metrics.tableHeaderMm,
    groupHeadingMm: metrics.groupHeadingMm,
    blocks: 1,
    minRowsAfterHeading: 2,
    groupNewPage: false,
  };
  const sections = input.sections.map((s) => ({
    heading: s.heading,
    rowMm: input.rowMm,
    rows: s.rows.map((cells): CareSheetRow => ({ kind: 'row', cells })),
  }));
  if (input.total)
    sections.push({
      heading: null,
      rowMm: input.rowMm,
      rows: [{ kind: 'total', cells: input.total }],
    });
  const laid = paginate(sections, layout);
  const pages: ListPage<CareSheetRow>[] =
    laid.pages.length > 0 ? laid.pages : [{ number: 1, blocks: [{ entries: [] }] }];
  return {
    unionName: input.unionName,
    title: input.title,
    info: input.info,
    orientation: input.orientation,
    geometry,
    metrics,
    columns: fitColumns(input.columns, contentWidthMm(geometry)),
    pages,
    pageCount: pages.length,
    signatureParts: input.signatureParts,
    count: input.sections.reduce((s, x) => s + x.rows.length, 0),
  };
}
