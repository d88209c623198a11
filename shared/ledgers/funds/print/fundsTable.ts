/**
 * The funds ledger's ruled printouts (会费收缴明细表, 汇总表, 收支明细账, 经费收支情况公示,
 * 预算执行情况表) share one shape: a title block, a ruled table with its header on every
 * page, a totals row, notes and signature lines at the foot, 「第 X 页 共 Y 页」. Pure:
 * ready rows in, A4 pages (paginate()) out; the view is renderer/funds/print/FundsTableView.
 */
import {
  a4,
  contentWidthMm,
  paginate,
  type ListLayout,
  type ListPage,
  type Orientation,
  type PageGeometry,
  type RuledSheetMetrics,
} from '../../../core/print/paginate';

export interface FundsTableColumn {
  label: string;
  /** Relative width; the model scales the columns to the page. */
  weight: number;
  align?: 'left' | 'center' | 'right';
}

export interface FundsTableRow {
  cells: string[];
  /** 合计 and 期初 rows are drawn bold. */
  strong?: boolean;
}

export interface FundsTableInput {
  title: string;
  /** Lines under the title: 「工会名称：…」「所属月份：…」 (spread across the line). */
  info: string[];
  columns: FundsTableColumn[];
  rows: FundsTableRow[];
  /** Printed after the table on the last page: 「总人数 12 人，缴费人数 11 人」, 公示期 … */
  notes?: string[];
  /** The signature line's parts: 「经办人：」「主席：」; room to sign after each. */
  signatures: string[];
  orientation?: Orientation;
  rowMm?: number;
}

export interface FundsTableModel {
  title: string;
  info: string[];
  columns: (FundsTableColumn & { widthMm: number })[];
  notes: string[];
  signatures: string[];
  orientation: Orientation;
  geometry: PageGeometry;
  metrics: RuledSheetMetrics;
  pages: ListPage<FundsTableRow>[];
  pageCount: number;
}

export function buildFundsTable(input: FundsTableInput): FundsTableModel {
  const orientation = input.orientation ?? 'portrait';
  const geometry = a4(orientation);
  const width = contentWidthMm(geometry);
  const total = input.columns.reduce((s, c) => s + c.weight, 0);
  const columns = input.columns.map((c) => ({
    ...c,
    widthMm: Math.floor((c.weight / total) * width * 10) / 10,
  }));
  const notes = input.notes ?? [];
  const metrics = {
    firstPageHeadMm: 14 + 6 * Math.max(1, Math.ceil(input.info.length / 3)),
    laterPageHeadMm: 9,
    pageFootMm: 14 + 6 * notes.length,
    tableHeaderMm: 9,
    rowMm: input.rowMm ?? 8,
    cellPt: 10.5,
  };
  const layout: ListLayout = {
    geometry,
    firstPageHeadMm: metrics.firstPageHeadMm,
    laterPageHeadMm: metrics.laterPageHeadMm,
    pageFootMm: metrics.pageFootMm,
    tableHeaderMm: metrics.tableHeaderMm,
    groupHeadingMm: 0,
    blocks: 1,
    minRowsAfterHeading: 1,
    groupNewPage: false,
  };
  const laid = paginate([{ heading: null, rows: input.rows, rowMm: metrics.rowMm }], layout);
  const pages: ListPage<FundsTableRow>[] =
    laid.pages.length > 0 ? laid.pages : [{ number: 1, blocks: [{ entries: [] }] }];
  return {
    title: input.title,
    info: input.info,
    columns,
    notes,
    signatures: input.signatures,
    orientation,
    geometry,
    metrics,
    pages,
    pageCount: pages.length,
  };
}

/** Every row of the model, page by page (for tests and the PDF check). */
export function tableRows(m: FundsTableModel): FundsTableRow[] {
  return m.pages.flatMap((p) =>
    p.blocks.flatMap((b) => b.entries.flatMap((e) => (e.kind === 'row' ? [e.row] : []))),
  );
}
