/**
 * 年度统计 as printed pages: the figures table (grouped by ledger: 项目, 数值, 口径说明) and,
 * from a new page, the table of the union's activities. Rows have fixed heights, so
 * paginate() knows which row goes on which page; the header row repeats on every page and
 * the foot reads 「第 X 页 共 Y 页」. The view (renderer/print/YearReportView.tsx) only draws it.
 */
import { formatChineseDate, type IsoDate } from '../../../core/text/dates';
import {
  a4,
  paginate,
  type BlockEntry,
  type ListLayout,
  type ListSection,
  type PageGeometry,
  type PagePartHeights,
} from '../../../core/print/paginate';
import type { ActivityReport } from '../../activities/rules/activityReport';
import type { Period } from '../../types';
import { periodText } from '../rules/period';
import { figureText, type LedgerFigures } from '../rules/report';

export interface YearReportPrintInput {
  /** Built by reportTitle: 「示例中学工会2026年度统计」 */
  title: string;
  unionName: string;
  period: Period;
  /** 制表日期 */
  madeOn: IsoDate;
  groups: readonly LedgerFigures[];
  activities: readonly ActivityReport[];
}

export interface YearReportColumn {
  key: string;
  label: string;
  widthMm: number;
  align: 'center' | 'left';
  /** Text that may wrap onto a second line (口径说明). */
  wrap?: boolean;
}

export interface YearReportRow {
  cells: string[];
}

export interface YearReportPage {
  number: number;
  /** The table this page shows: the figures or the activities. */
  columns: YearReportColumn[];
  entries: BlockEntry<YearReportRow>[];
}

export interface YearReportMetrics extends PagePartHeights {
  groupHeadingMm: number;
}

export interface YearReportPrint {
  title: string;
  unionName: string;
  /** 「2025年10月1日至2026年9月30日」 */
  periodText: string;
  madeOnText: string;
  geometry: PageGeometry;
  metrics: YearReportMetrics;
  pages: YearReportPage[];
  pageCount: number;
}

/** A figure row holds a two-line definition; an activity row one line. */
export const FIGURE_ROW_MM = 12;
export const ACTIVITY_ROW_MM = 8;

const col = (
  key: string,
  label: string,
  widthMm: number,
  align: 'center' | 'left' = 'center',
  wrap = false,
): YearReportColumn => ({ key, label, widthMm, align, ...(wrap ? { wrap } : {}) });

/** Portrait A4 leaves 175 mm between the margins; each table fills it. */
export const FIGURE_COLUMNS: readonly YearReportColumn[] = [
  col('seq', '序号', 11),
  col('label', '项目', 44, 'left'),
  col('value', '数值', 25),
  col('definition', '口径说明', 95, 'left', true),
];

export const ACTIVITY_COLUMNS: readonly YearReportColumn[] = [
  col('seq', '序号', 11),
  col('title', '活动名称', 52, 'left'),
  col('start', '开始日期', 24),
  col('eligible', '应到', 13),
  col('attended', '出席', 13),
  col('leave', '请假', 13),
  col('absent', '缺席', 13),
  col('guests', '来宾', 12),
  col('entries', '项目', 12),
  col('prizes', '获奖', 12),
];

export const ACTIVITIES_HEADING =
  '本会主办的活动（出席、请假、缺席均按人计，一人多个项目只计一次）';

export function buildYearReportPrint(input: YearReportPrintInput): YearReportPrint {
  const geometry = a4('portrait');
  const metrics: YearReportMetrics = {
    firstPageHeadMm: 26,
    laterPageHeadMm: 9,
    pageFootMm: 9,
    tableHeaderMm: 9,
    groupHeadingMm: 8,
  };
  const layout = (firstHeadMm: number): ListLayout => ({
    geometry,
    firstPageHeadMm: firstHeadMm,
    laterPageHeadMm: metrics.laterPageHeadMm,
    pageFootMm: metrics.pageFootMm,
    tableHeaderMm: metrics.tableHeaderMm,
    groupHeadingMm: metrics.groupHeadingMm,
    blocks: 1,
    minRowsAfterHeading: 2,
    groupNewPage: false,
  });

  let seq = 0;
  const figureSections: ListSection<YearReportRow>[] = input.groups
    .filter((g) => g.figures.length > 0)
    .map((g) => ({
      heading: g.label,
      rowMm: FIGURE_ROW_MM,
      rows: g.figures.map((f) => ({
        cells: [String(++seq), f.label, figureText(f), f.definition],
      })),
    }));
  const activitySections: ListSection<YearReportRow>[] = [
    {
      heading: ACTIVITIES_HEADING,
      rowMm: ACTIVITY_ROW_MM,
      rows: input.activities.map((a, i) => ({
        cells: [
          String(i + 1),
          a.title,
          a.start,
          ...[a.eligible, a.attended, a.leave, a.absent, a.guests, a.entries, a.prizes].map(String),
        ],
      })),
    },
  ];

  const figures = paginate(figureSections, layout(metrics.firstPageHeadMm));
  const pages: YearReportPage[] = figures.pages.map((p) => ({
    number: p.number,
    columns: [...FIGURE_COLUMNS],
    entries: p.blocks[0]!.entries,
  }));
  if (input.activities.length > 0) {
    // The activities start on a page of their own, after the figures.
    const acts = paginate(activitySections, layout(metrics.laterPageHeadMm));
    for (const p of acts.pages)
      pages.push({
        number: pages.length + 1,
        columns: [...ACTIVITY_COLUMNS],
        entries: p.blocks[0]!.entries,
      });
  }
  return {
    title: input.title,
    unionName: input.unionName,
    periodText: periodText(input.period),
    madeOnText: formatChineseDate(input.madeOn),
    geometry,
    metrics,
    pages,
    pageCount: pages.length,
  };
}
