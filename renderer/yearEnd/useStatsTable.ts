import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getSetting, setSetting } from '../../shared/db';
import type { LedgerData, Period } from '../../shared/ledgers';
import {
  buildStatsTable,
  statsRosterFigures,
  statsTableKey,
  statsTableTitle,
  typedFromSetting,
  type StatsTableRow,
} from '../../shared/ledgers/yearEnd';
import { useDb } from '../app/AppContext';
import { usePeriodChoice, useYearEndView } from './useYearEnd';

export interface StatsTableModel {
  title: string;
  period: Period;
  rows: StatsTableRow[];
  /** Keeps what the chair typed in a row (blank removes it), for this period only. */
  save: (rowId: string, text: string) => Promise<void>;
}

/**
 * The 统计表 of the period chosen on 年度统计 (?year=…): rows filled from the figures and the
 * roster, plus what the chair typed, which is kept in settings per period (statsTableKey) so
 * it survives a restart and travels with backups. undefined while loading; null when the
 * period is not usable.
 */
export function useStatsTable(data: LedgerData | undefined): StatsTableModel | null | undefined {
  const db = useDb();
  const { choice } = usePeriodChoice(data);
  const view = useYearEndView(data, choice);
  const settingKey = view ? statsTableKey(view.period) : '';
  const stored = useLiveQuery(
    async () => ({ value: settingKey ? await getSetting<unknown>(db, settingKey) : undefined }),
    [db, settingKey],
  );
  return useMemo(() => {
    if (!view || !stored) return undefined;
    if (view.error) return null;
    const typed = typedFromSetting(stored.value);
    const figures = [
      ...view.groups.flatMap((g) => g.figures),
      ...(data ? statsRosterFigures(view.period, data) : []),
    ];
    const unionName = data?.profile?.unionName ?? '';
    return {
      title: statsTableTitle(unionName, choice.mode === 'year' ? choice.year : null),
      period: view.period,
      rows: buildStatsTable(figures, typed),
      save: async (rowId, text) => {
        const next: Record<string, string> = { ...typed, [rowId]: text.trim() };
        if (next[rowId] === '') delete next[rowId];
        await setSetting(db, settingKey, next);
      },
    };
  }, [view, stored, data, choice.mode, choice.year, settingKey, db]);
}
