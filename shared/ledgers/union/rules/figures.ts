import type { Figure, LedgerData, Period } from '../../types';
import { inPeriod } from '../../yearEnd/rules/period';
import type { Honour } from './honours';

/**
 * An honour belongs to the period its date falls in; one without a date (only 年度 known)
 * to the period that ends in its year, so consecutive statistics years never both count it.
 */
export function honourInPeriod(h: Pick<Honour, 'year' | 'date'>, period: Period): boolean {
  if (h.date) return inPeriod(h.date, period);
  return h.year === Number(period.to.slice(0, 4));
}

/** The union ledger's figures of the year (LEDGERS.md §11). */
export function unionFigures(period: Period, data: LedgerData): Figure[] {
  const honours = data.tables.honours.filter((h) => honourInPeriod(h, period));
  return [
    {
      key: 'honours.count',
      label: '获得表彰',
      value: honours.length,
      unit: '项',
      definition: '表彰日期在统计期内的表彰（个人与集体）；未填日期的按年度计入截止于该年的统计期',
      table: 'honours',
      recordIds: honours.map((h) => h.id),
    },
  ];
}
