import { formatChineseDate, type IsoDate } from '../../../core/text/dates';
import { a4, paginate, type ListSection } from '../../../core/print/paginate';
import type { Period } from '../../types';
import { periodText } from '../rules/period';
import type {
  YearReportColumn,
  YearReportPage,
  YearReportPrint,
  YearReportRow,
} from '../print/yearReportPrint';
import type { CheckItem } from './yearCheck';

/*
 * 台账检查清单 as printed pages, in the layout of the 年度统计 printout (YearReportView draws
 * it): one group per item, a row per record, and an empty 补齐情况 column to tick on paper.
 */

export interface YearCheckPrintInput {
  unionName: string;
  period: Period;
  madeOn: IsoDate;
  items: readonly CheckItem[];
}

export const CHECK_ROW_MM = 10;

export const CHECK_COLUMNS: readonly YearReportColumn[] = [
  { key: 'seq', label: '序号', widthMm: 11, align: 'center' },
  { key: 'record', label: '缺漏的记录', widthMm: 126, align: 'left', wrap: true },
  { key: 'done', label: '补齐情况', widthMm: 38, align: 'center' },
];

export function yearCheckTitle(unionName: string, period: Period): string {
  const year = period.to.slice(0, 4);
  return `${unionName}${year}年度台账检查清单`;
}

export function buildYearCheckPrint(input: YearCheckPrintInput): YearReportPrint {
  const geometry = a4('portrait');
  const metrics = {
    firstPageHeadMm: 26,
    laterPageHeadMm: 9,
    pageFootMm: 9,
    tableHeaderMm: 9,
    groupHeadingMm: 8,
  };
  let seq = 0;
  const row = (text: string): YearReportRow => ({ cells: [String(++seq), text, ''] });
  const sections: ListSection<YearReportRow>[] =
    input.items.length === 0
      ? [
          {
            heading: '已齐全',
            rowMm: CHECK_ROW_MM,
            rows: [row('统计期内各项台账记录齐全，没有发现缺漏。')],
          },
        ]
      : input.items.map((c) => ({
          heading: `【${c.severity}】${c.title}${c.records.length > 0 ? `（${c.count}${c.unit}）` : ''}`,
          rowMm: CHECK_ROW_MM,
          rows: c.records.length > 0 ? c.records.map((r) => row(r.text)) : [row(c.detail)],
        }));
  const laid = paginate(sections, {
    geometry,
    firstPageHeadMm: metrics.firstPageHeadMm,
    laterPageHeadMm: metrics.laterPageHeadMm,
    pageFootMm: metrics.pageFootMm,
    tableHeaderMm: metrics.tableHeaderMm,
    groupHeadingMm: metrics.groupHeadingMm,
    blocks: 1,
    minRowsAfterHeading: 1,
    groupNewPage: false,
  });
  const pages: YearReportPage[] = laid.pages.map((p) => ({
    number: p.number,
    columns: [...CHECK_COLUMNS],
    entries: p.blocks[0]!.entries,
  }));
  return {
    title: yearCheckTitle(input.unionName, input.period),
    unionName: input.unionName,
    periodText: periodText(input.period),
    madeOnText: formatChineseDate(input.madeOn),
    geometry,
    metrics,
    pages,
    pageCount: pages.length,
  };
}
