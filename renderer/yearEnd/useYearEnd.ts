import { useEffect, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useSearchParams } from 'react-router';
import { todayIso } from '../../shared/core/text';
import type { LedgerData, Period } from '../../shared/ledgers';
import {
  activityTallies,
  compareFigures,
  computeFigures,
  previousPeriod,
  type FigureComparison,
  hasUncountedActivities,
  loadYearEndData,
  refreshActivityTallies,
  periodError,
  reportTitle,
  statisticsYear,
  statisticsYearOf,
  validStartMonth,
  type ActivityReport,
  type LedgerFigures,
} from '../../shared/ledgers/yearEnd';
import { useDb } from '../app/AppContext';

/**
 * Every ledger's rows, live: undefined while loading. The participant rows are read as kept
 * counts (loadYearEndData); a participant figure reads the rows it shows (FigureRecords).
 */
export function useLedgerData(): LedgerData | undefined {
  const db = useDb();
  const data = useLiveQuery(() => loadYearEndData(db), [db]);
  // Activities counted from their rows this time (new or changed): keep their counts, so the
  // next read skips their rows. Derived data, so a failure only means reading rows again.
  const uncounted = data !== undefined && hasUncountedActivities(data);
  useEffect(() => {
    if (uncounted) void refreshActivityTallies(db).catch(() => undefined);
  }, [db, uncounted, data]);
  return data;
}

/** The period chosen on the page, kept in the address (?year=2026 or ?from=…&to=…) so 打印 sees it. */
export interface PeriodChoice {
  mode: 'year' | 'range';
  year: number;
  from: string;
  to: string;
  startMonth: number;
}

export function usePeriodChoice(data: LedgerData | undefined) {
  const [params, setParams] = useSearchParams();
  const startMonth = validStartMonth(data?.profile?.statsYearStartMonth);
  const today = todayIso();
  const yearParam = Number(params.get('year'));
  const year =
    Number.isInteger(yearParam) && yearParam > 1900
      ? yearParam
      : statisticsYearOf(today, startMonth);
  const ofYear = statisticsYear(year, startMonth);
  const choice: PeriodChoice = {
    mode: params.get('from') !== null || params.get('to') !== null ? 'range' : 'year',
    year,
    from: params.get('from') ?? ofYear.from,
    to: params.get('to') ?? ofYear.to,
    startMonth,
  };
  const setChoice = (next: Partial<PeriodChoice>) => {
    const c = { ...choice, ...next };
    setParams(c.mode === 'year' ? { year: String(c.year) } : { from: c.from, to: c.to }, {
      replace: true,
    });
  };
  return { choice, setChoice };
}

export interface YearEndView {
  period: Period;
  /** null when the chosen from–to is not usable; `error` says why. */
  error: string | null;
  title: string;
  groups: LedgerFigures[];
  /** Each figure beside the same period a year earlier. */
  comparisons: Map<string, FigureComparison>;
  activities: ActivityReport[];
  /** The activities' ids, in the same order. */
  activityIds: string[];
}

/** The figures of the chosen period, computed by the same code as `ledger:report`. */
export function useYearEndView(
  data: LedgerData | undefined,
  choice: PeriodChoice,
): YearEndView | undefined {
  return useMemo(() => {
    if (!data) return undefined;
    const period =
      choice.mode === 'year'
        ? statisticsYear(choice.year, choice.startMonth)
        : { from: choice.from, to: choice.to };
    const error = periodError(period);
    const unionName = data.profile?.unionName ?? '';
    const title = reportTitle(unionName, period, choice.mode === 'year' ? choice.year : null);
    if (error)
      return {
        period,
        error,
        title,
        groups: [],
        comparisons: new Map(),
        activities: [],
        activityIds: [],
      };
    const tallies = activityTallies(period, data);
    const groups = computeFigures(period, data);
    const before = computeFigures(previousPeriod(period), data);
    return {
      period,
      error: null,
      title,
      groups,
      comparisons: compareFigures(
        groups.flatMap((g) => g.figures),
        before.flatMap((g) => g.figures),
      ),
      activities: tallies.map((t) => t.report),
      activityIds: tallies.map((t) => t.activity.id),
    };
  }, [data, choice.mode, choice.year, choice.startMonth, choice.from, choice.to]);
}
