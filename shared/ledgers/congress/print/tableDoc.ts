/**
 * The ruled tables of the congress pack (代表名册, 资格审查报告, 计票表, 提案登记表, 校务公开登记)
 * as one model: columns in mm, cells broken into lines here (not by the browser), so each
 * row's height, which row goes on which page and 「第 X 页 共 Y 页」 are known before printing.
 * Pages come from the kernel's paginate(); the view is renderer/print/CongressTableView.tsx.
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
import { breakParagraph, textWidth } from '../../notices/print/noticeLayout';

export interface TableDocColumn {
  key: string;
  label: string;
  widthMm: number;
  /** Long text, left-aligned and wrapped; otherwise centred. */
  wrap?: boolean;
}

export interface TableDocRow {
  seq: number;
  /** One entry per column, each already broken into lines. */
  cells: string[][];
  heightMm: number;
}

export interface TableDocMetrics extends PagePartHeights {
  groupHeadingMm: number;
  /** Font size of the cells, and the height of one line in them. */
  cellPt: number;
  lineMm: number;
  minRowMm: number;
}

export interface TableDocInput {
  title: string;
  /** Lines under the title: 「会议日期：…」 left, 「制表日期：…」 right. */
  infoLeft: string;
  infoRight: string;
  /** Paragraphs printed above the table on the first page (a report's text). */
  intro?: readonly string[];
  columns: readonly TableDocColumn[];
  sections: readonly { heading: string | null; rows: readonly (readonly string[])[] }[];
  /** The line signed at the foot of every page, in parts (「制表人：」 …). */
  signatureParts: readonly string[];
  orientation?: Orientation;
  /** Rows a section without data still prints as blanks (a tally to fill in by hand). */
  minRowMm?: number;
}

export interface TableDocModel {
  title: string;
  infoLeft: string;
  infoRight: string;
  intro: string[];
  geometry: PageGeometry;
  metrics: TableDocMetrics;
  columns: TableDocColumn[];
  pages: ListPage<TableDocRow>[];
  pageCount: number;
  signatureParts: readonly string[];
  orientation: Orientation;
  rowCount: number;
}

const PT_MM = 25.4 / 72;
const CELL_PAD_MM = 2;

/** The intro's lines: 12 pt text, 2-character indent, 7 mm a line. */
export const INTRO_PT = 12;
export const INTRO_LINE_MM = 7;

/** How many full-width characters fit in `widthMm` at `pt`. */
export function charsIn(widthMm: number, pt: number): number {
  return Math.max(1, Math.floor((widthMm - CELL_PAD_MM) / (pt * PT_MM)));
}

/** A cell's text broken into lines of its column (a centred short cell is one line). */
export function cellLines(text: string, col: TableDocColumn, pt: number): string[] {
  const t = text.trim();
  if (!t) return [''];
  const per = charsIn(col.widthMm, pt);
  if (!col.wrap && textWidth(t) <= per) return [t];
  return t.split('\n').flatMap((para) => breakParagraph(para, per, 0));
}

export function buildTableDoc(input: TableDocInput): TableDocModel {
  const orientation = input.orientation ?? 'portrait';
  const geometry = a4(orientation);
  const width = contentWidthMm(geometry);
  // Columns are given for portrait; stretch them to the page's width.
  const given = input.columns.reduce((s, c) => s + c.widthMm, 0);
  const columns = input.columns.map((c) => ({ ...c, widthMm: (c.widthMm * width) / given }));
  const introLines = (input.intro ?? []).flatMap((p) =>
    // a little slack: digits and Latin set wider than half a character in CJK fonts
    breakParagraph(p, charsIn(width - 6, INTRO_PT), 2),
  );
  const metrics: TableDocMetrics = {
    firstPageHeadMm: 24 + introLines.length * INTRO_LINE_MM + (introLines.length ? 3 : 0),
    laterPageHeadMm: 9,
    pageFootMm: 16,
    tableHeaderMm: 10,
    groupHeadingMm: 8,
    cellPt: 10.5,
    lineMm: 5,
    minRowMm: input.minRowMm ?? 9,
  };
  let seq = 0;
  const sections = input.sections.map((s) => {
    const rows = s.rows.map((given): TableDocRow => {
      // 序号 is numbered here, across the sections.
      const cells = columns[0]?.key === 'seq' ? [String(seq + 1), ...given] : given;
      const lines = columns.map((c, i) => cellLines(cells[i] ?? '', c, metrics.cellPt));
      const most = Math.max(1, ...lines.map((l) => l.length));
      return {
        seq: ++seq,
        cells: lines,
        heightMm: Math.max(metrics.minRowMm, most * metrics.lineMm + 3),
      };
    });
    return { heading: s.heading, rows };
  });
  // paginate() takes one row height per section: a group is split into runs of rows of
  // equal height, the first run carrying the group's heading.
  const laid: { heading: string | null; rows: TableDocRow[]; rowMm: number }[] = [];
  for (const s of sections) {
    let first = true;
    for (const r of s.rows) {
      const last = laid[laid.length - 1];
      if (!first && last && last.rowMm === r.heightMm) last.rows.push(r);
      else laid.push({ heading: first ? s.heading : null, rows: [r], rowMm: r.heightMm });
      first = false;
    }
  }
  const layout: ListLayout = {
    geometry,
    firstPageHeadMm: metrics.firstPageHeadMm,
    laterPageHeadMm: metrics.laterPageHeadMm,
    pageFootMm: metrics.pageFootMm,
    tableHeaderMm: metrics.tableHeaderMm,
    groupHeadingMm: metrics.groupHeadingMm,
    blocks: 1,
    minRowsAfterHeading: 1,
    groupNewPage: false,
  };
  const result = paginate(laid, layout);
  const pages: ListPage<TableDocRow>[] =
    result.pages.length > 0 ? result.pages : [{ number: 1, blocks: [{ entries: [] }] }];
  return {
    title: input.title,
    infoLeft: input.infoLeft,
    infoRight: input.infoRight,
    intro: introLines,
    geometry,
    metrics,
    columns,
    pages,
    pageCount: pages.length,
    signatureParts: input.signatureParts,
    orientation,
    rowCount: seq,
  };
}
