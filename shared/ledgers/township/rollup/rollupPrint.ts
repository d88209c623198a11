/**
 * 台账汇总 as printed pages, drawn by the 年度统计 view (renderer/print/YearReportView): the
 * 汇总表 (every figure summed, grouped as on 年度统计, with its definition and how many unions
 * gave it) and, from a new page, the 报送情况 table of every union (sent or not). Rows have
 * fixed heights, so paginate() knows which row goes on which page; the header row repeats and
 * the foot reads 「第 X 页 共 Y 页」.
 */
import { formatChineseDate, type IsoDate } from '../../../core/text/dates';
import { a4, paginate, type ListLayout, type ListSection } from '../../../core/print/paginate';
import type {
  YearReportColumn,
  YearReportPage,
  YearReportPrint,
  YearReportRow,
} from '../../yearEnd/print/yearReportPrint';
import { rolledText, type Rollup, type UnionRow } from './rollup';

export interface RollupPrintInput {
  /** 「城关镇总工会2026年度台账汇总」 */
  title: string;
  federationName: string;
  madeOn: IsoDate;
  rollup: Rollup;
}

const col = (
  key: string,
  label: string,
  widthMm: number,
  align: 'center' | 'left' = 'center',
  wrap = false,
): YearReportColumn => ({ key, label, widthMm, align, ...(wrap ? { wrap } : {}) });

export const ROLLUP_FIGURE_COLUMNS: readonly YearReportColumn[] = [
  col('seq', '序号', 11),
  col('label', '项目', 44, 'left'),
  col('value', '合计', 28),
  col('unions', '工会数', 14),
  col('definition', '口径说明', 78, 'left', true),
];

export const UNION_COLUMNS: readonly YearReportColumn[] = [
  col('seq', '序号', 11),
  col('name', '工会名称', 50, 'left'),
  col('sent', '报送', 14),
  col('exportedAt', '导出时间', 34),
  col('members', '会员', 14),
  col('staff', '在职职工', 18),
  col('rate', '入会率', 17),
  col('activities', '活动', 17),
];

const FIGURE_ROW_MM = 12;
const UNION_ROW_MM = 8;

/** 「2026-11-20 17:00」 in the federation's local time. */
export function exportedText(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function sentText(u: UnionRow): string {
  if (!u.sent) return '未报送';
  return u.registered ? '已报送' : '未登记';
}

const num = (v: number | string | undefined) => (v === undefined ? '' : String(v));
const pct = (v: number | string | undefined) =>
  typeof v === 'number' ? `${(v * 100).toFixed(2)}%` : '';

/** The cells of one union's row in the 报送情况 table (page, printout and Excel share them). */
export function unionCells(u: UnionRow): string[] {
  return [
    u.name,
    sentText(u),
    exportedText(u.exportedAt),
    num(u.figures['members.total']),
    num(u.figures['staff.inService']),
    pct(u.figures['membership.rate']),
    num(u.figures['activities.count']),
  ];
}

export function buildRollupPrint(input: RollupPrintInput): YearReportPrint {
  const geometry = a4('portrait');
  const metrics = {
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
  const { rollup } = input;
  const groups = new Map<string, { heading: string; rowMm: number; rows: YearReportRow[] }>();
  let seq = 0;
  const head: ListSection<YearReportRow> = {
    heading: '报送单位',
    rowMm: FIGURE_ROW_MM,
    rows: [
      {
        cells: [
          String(++seq),
          '报送台账的工会',
          `${rollup.sentCount} 个`,
          '',
          `本年度收到台账包的工会数（未报送 ${rollup.missingCount} 个，见报送情况）`,
        ],
      },
    ],
  };
  for (const f of rollup.figures) {
    const g = groups.get(f.group) ?? { heading: f.group, rowMm: FIGURE_ROW_MM, rows: [] };
    groups.set(f.group, g);
    g.rows.push({
      cells: [String(++seq), f.label, rolledText(f), String(f.parts.length), f.definition],
    });
  }
  const figures = paginate([head, ...groups.values()], layout(metrics.firstPageHeadMm));
  const pages: YearReportPage[] = figures.pages.map((p) => ({
    number: p.number,
    columns: [...ROLLUP_FIGURE_COLUMNS],
    entries: p.blocks[0]!.entries,
  }));
  const unionSection: ListSection<YearReportRow> = {
    heading: `报送情况（已报送 ${rollup.sentCount} 个，未报送 ${rollup.missingCount} 个）`,
    rowMm: UNION_ROW_MM,
    rows: rollup.unions.map((u, i) => ({ cells: [String(i + 1), ...unionCells(u)] })),
  };
  if (rollup.unions.length > 0) {
    const unions = paginate([unionSection], layout(metrics.laterPageHeadMm));
    for (const p of unions.pages)
      pages.push({
        number: pages.length + 1,
        columns: [...UNION_COLUMNS],
        entries: p.blocks[0]!.entries,
      });
  }
  return {
    title: input.title,
    unionName: input.federationName,
    periodText: `${rollup.year}年度（各工会按本会统计年度报送）`,
    madeOnText: formatChineseDate(input.madeOn),
    geometry,
    metrics,
    pages,
    pageCount: pages.length,
  };
}
