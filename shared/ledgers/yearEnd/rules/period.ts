import {
  daysInMonth,
  formatChineseDate,
  isIsoDate,
  toIsoDate,
  type IsoDate,
} from '../../../core/text/dates';
import type { Period } from '../../types';

/**
 * The period of the year's figures (LEDGERS.md §8): a calendar year by default; the
 * 全国工会统计年报 runs 1 Oct – 30 Sep [O], so the start month is a setting (工会信息 →
 * 统计起始月).
 *
 * A statistics year is named by the calendar year it ends in: with start month 10, 「2026年度」
 * is 2025-10-01 – 2026-09-30 (nine of its twelve months, and the report's due date, fall in
 * 2026). With start month 1 it is the calendar year.
 */
export function statisticsYear(year: number, startMonth = 1): Period {
  const m = validStartMonth(startMonth);
  if (m === 1) return { from: toIsoDate(year, 1, 1), to: toIsoDate(year, 12, 31) };
  return {
    from: toIsoDate(year - 1, m, 1),
    to: toIsoDate(year, m - 1, daysInMonth(year, m - 1)),
  };
}

/** The statistics year a day falls in (the one `statisticsYear` names). */
export function statisticsYearOf(date: IsoDate, startMonth = 1): number {
  const m = validStartMonth(startMonth);
  const y = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return m === 1 || month < m ? y : y + 1;
}

/** A start month outside 1–12 (a damaged setting) falls back to January. */
export function validStartMonth(startMonth: number | undefined): number {
  return Number.isInteger(startMonth) && startMonth! >= 1 && startMonth! <= 12 ? startMonth! : 1;
}

/** True when the date lies in the period, both ends included. An empty date never does. */
export function inPeriod(date: IsoDate | null | undefined, period: Period): boolean {
  return !!date && date >= period.from && date <= period.to;
}

/** What is wrong with a from–to period, in Chinese; null when it is usable. */
export function periodError(period: Period): string | null {
  if (!isIsoDate(period.from))
    return `开始日期“${period.from}”不是有效日期，应为“2026-01-01”这样的日期`;
  if (!isIsoDate(period.to))
    return `结束日期“${period.to}”不是有效日期，应为“2026-12-31”这样的日期`;
  if (period.to < period.from) return '结束日期不能早于开始日期';
  return null;
}

/** 「2025年10月1日至2026年9月30日」 */
export function periodText(period: Period): string {
  return `${formatChineseDate(period.from)}至${formatChineseDate(period.to)}`;
}

/** A rate as the report writes it: a number 0–1 with 4 decimals; 0 when nothing to divide by. */
export function rate(numerator: number, denominator: number): number {
  if (denominator <= 0) return 0;
  return Math.round((numerator / denominator) * 10000) / 10000;
}
