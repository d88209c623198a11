import * as XLSX from 'xlsx';
import { freezeTopRows } from '../../../core/excel/freezePanes';
import type { Period } from '../../types';
import { periodText } from '../rules/period';
import type { StatsTableRow } from '../rules/statsTable';

/**
 * 基层工会年度统计表 as one sheet 「统计表」: title, 统计期, then 栏目 / 项目 / 数值 / 单位 /
 * 来源. Counts and sums are number cells; a row the chair has not typed yet is an empty cell
 * and its source reads 「待填写」. Pure: rows in, bytes out.
 */
export const STATS_SHEET = '统计表';
export const STATS_HEADERS = ['栏目', '项目', '数值', '单位', '来源'] as const;

export interface StatsTableXlsxInput {
  title: string;
  period: Period;
  rows: readonly StatsTableRow[];
}

export function statsTableXlsx(input: StatsTableXlsxInput): Uint8Array {
  const aoa: (string | number)[][] = [
    [input.title],
    [`统计期：${periodText(input.period)}`],
    [...STATS_HEADERS],
    ...input.rows.map((r) => [
      r.section,
      r.label,
      r.cell,
      r.unit,
      r.source ?? (r.value === '' ? '待填写' : '手工填写'),
    ]),
  ];
  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  sheet['!cols'] = [14, 32, 14, 6, 40].map((wch) => ({ wch }));
  sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 4 } }];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, sheet, STATS_SHEET);
  const raw = XLSX.write(wb, {
    type: 'array',
    bookType: 'xlsx',
    compression: false,
  }) as ArrayBuffer;
  return freezeTopRows(new Uint8Array(raw), new Map([[0, 3]]));
}

/** 「2026年基层工会年度统计表_2026-12-01.xlsx」 */
export function statsTableFileName(label: string, today: string): string {
  return `${label}_${today}.xlsx`;
}
