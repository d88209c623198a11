import type { ListPage, Orientation, PageGeometry, RuledSheetMetrics } from './paginate';

/*
 * A ruled table printout: a title, a line under it, a header row on every page, one row per
 * record and a 合计 row, signature lines and 「第 X 页 共 Y 页」 at each foot. Ledgers build one
 * (困难职工帮扶台账, 基层工会组织情况一览表, 未建会单位名单); renderer/print draws every one
 * the same way.
 */

export interface RuledTableColumn {
  key: string;
  label: string;
  widthMm: number;
  align?: 'left' | 'right';
}

export interface RuledTableRow {
  /** 0 for the 合计 row. */
  seq: number;
  /** null for the 合计 row. */
  recordId: string | null;
  cells: string[];
}

export interface RuledTable {
  title: string;
  /** The line under the title, on the left (填报单位, 统计期 …); 制表日期 is on the right. */
  infoText: string;
  madeOnText: string;
  orientation: Orientation;
  geometry: PageGeometry;
  metrics: RuledSheetMetrics;
  columns: RuledTableColumn[];
  pages: ListPage<RuledTableRow>[];
  pageCount: number;
  signatureParts: readonly string[];
}
