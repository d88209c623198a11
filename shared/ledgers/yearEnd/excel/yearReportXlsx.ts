import * as XLSX from 'xlsx';
import { freezeTopRows } from '../../../core/excel/freezePanes';
import type { ActivityReport } from '../../activities/rules/activityReport';
import type { Period } from '../../types';
import { periodText } from '../rules/period';
import type { LedgerFigures } from '../rules/report';

/**
 * 年度统计 as one workbook: sheet 「年度统计」 (every figure with its ledger, value, unit,
 * definition and §11 key) and sheet 「活动明细」 (activities[]). Values are numbers, texts are
 * string cells (never formulas); header rows are frozen. Pure: figures in, bytes out.
 */
export interface YearReportXlsxInput {
  title: string;
  period: Period;
  groups: readonly LedgerFigures[];
  activities: readonly ActivityReport[];
}

export const FIGURE_SHEET = '年度统计';
export const ACTIVITY_SHEET = '活动明细';
export const FIGURE_HEADERS = ['台账', '项目', '数值', '单位', '口径说明', '键'] as const;
export const ACTIVITY_HEADERS = [
  '活动名称',
  '开始日期',
  '应到',
  '出席',
  '请假',
  '缺席',
  '来宾',
  '参赛项目',
  '获奖',
] as const;

export function yearReportXlsx(input: YearReportXlsxInput): Uint8Array {
  const figureRows: (string | number)[][] = [
    [input.title],
    [`统计期：${periodText(input.period)}`],
    [...FIGURE_HEADERS],
  ];
  for (const g of input.groups)
    for (const f of g.figures)
      figureRows.push([
        g.label,
        f.label,
        f.value,
        f.unit === '' && typeof f.value === 'number' ? '比率' : f.unit,
        f.definition,
        f.key,
      ]);
  const activityRows: (string | number)[][] = [
    [...ACTIVITY_HEADERS],
    ...input.activities.map((a) => [
      a.title,
      a.start,
      a.eligible,
      a.attended,
      a.leave,
      a.absent,
      a.guests,
      a.entries,
      a.prizes,
    ]),
  ];
  const figures = XLSX.utils.aoa_to_sheet(figureRows);
  figures['!cols'] = [14, 24, 10, 6, 70, 30].map((wch) => ({ wch }));
  figures['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 5 } }];
  const activities = XLSX.utils.aoa_to_sheet(activityRows);
  activities['!cols'] = [30, 12, 7, 7, 7, 7, 7, 9, 7].map((wch) => ({ wch }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, figures, FIGURE_SHEET);
  XLSX.utils.book_append_sheet(wb, activities, ACTIVITY_SHEET);
  const raw = XLSX.write(wb, {
    type: 'array',
    bookType: 'xlsx',
    compression: false,
  }) as ArrayBuffer;
  return freezeTopRows(
    new Uint8Array(raw),
    new Map([
      [0, 3],
      [1, 1],
    ]),
  );
}

/** 「2026年度统计_2026-11-21.xlsx」 */
export function yearReportFileName(label: string, today: string): string {
  return `${label}_${today}.xlsx`;
}
