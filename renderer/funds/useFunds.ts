import { useLiveQuery } from 'dexie-react-hooks';
import { getProfile } from '../../shared/db';
import {
  duesRuleOf,
  getCategoryTree,
  getFundsSettings,
  getFundYear,
  listBudget,
  listFundEntries,
  listFundYears,
  listRollMonths,
  loadDuesMonth,
  memberDues,
  type BudgetLine,
  type CategoryTree,
  type DuesMonthView,
  type DuesRoll,
  type FundEntry,
  type FundsSettings,
  type FundYear,
  type MemberMonth,
  type YearBalance,
  yearBalance,
} from '../../shared/ledgers/funds';
import type { UnionProfile } from '../../shared/ledgers/union';
import { useDb } from '../app/AppContext';

/** Live reads of the funds ledger. Each returns undefined while loading. */

export function useDuesMonth(month: string): DuesMonthView | undefined {
  const db = useDb();
  return useLiveQuery(() => loadDuesMonth(db, month), [db, month]);
}

export function useRollMonths(): string[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listRollMonths(db), [db]);
}

export function useRolls(): DuesRoll[] | undefined {
  const db = useDb();
  return useLiveQuery(() => db.duesRolls.orderBy('month').toArray(), [db]);
}

export function useYearDues(year: number) {
  const db = useDb();
  return useLiveQuery(async () => {
    const rolls = await db.duesRolls
      .where('month')
      .between(`${year}-01`, `${year}-12\uffff`)
      .toArray();
    const months = rolls.map((r) => r.month);
    const payments = months.length
      ? await db.duesPayments.where('month').anyOf(months).toArray()
      : [];
    const postings = months.length
      ? await db.duesPostings.where('month').anyOf(months).toArray()
      : [];
    const names = new Map((await db.members.toArray()).map((m) => [m.id, m.name]));
    return { rolls, payments, postings, names };
  }, [db, year]);
}

export function useFundEntries(year: number): FundEntry[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listFundEntries(db, year), [db, year]);
}

export function useFundYears(): number[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listFundYears(db), [db]);
}

/** The year's balance, its opening carried forward from the year before when not entered. */
export function useYearBalance(year: number): YearBalance | undefined {
  const db = useDb();
  return useLiveQuery(
    async () => yearBalance(year, await db.fundYears.toArray(), await db.fundEntries.toArray()),
    [db, year],
  );
}

export function useFundYear(year: number): FundYear | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await getFundYear(db, year)) ?? null, [db, year]);
}

export function useBudget(year: number): BudgetLine[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listBudget(db, year), [db, year]);
}

export function useFundsSettings(): FundsSettings | undefined {
  const db = useDb();
  return useLiveQuery(() => getFundsSettings(db), [db]);
}

export function useCategoryTree(): CategoryTree | undefined {
  const db = useDb();
  return useLiveQuery(() => getCategoryTree(db), [db]);
}

export function useDuesRule() {
  const db = useDb();
  return useLiveQuery(() => duesRuleOf(db), [db]);
}

export function useUnionProfile(): UnionProfile | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await getProfile(db)) ?? null, [db]);
}

export function useMemberDues(memberId: string): MemberMonth[] | undefined {
  const db = useDb();
  return useLiveQuery(() => memberDues(db, memberId), [db, memberId]);
}

/** People who sign entries: officers in office and members in service, names only. */
export function useSignerNames(): string[] | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const [officers, members] = await Promise.all([db.officers.toArray(), db.members.toArray()]);
    const names = [
      ...officers.filter((o) => !o.endDate).map((o) => o.name),
      ...members.filter((m) => m.status === '在职').map((m) => m.name),
    ];
    return [...new Set(names)];
  }, [db]);
}

export function useActivityChoices(year: number) {
  const db = useDb();
  return useLiveQuery(
    async () =>
      (await db.activities.toArray())
        .filter((a) => a.year === year || a.year === year - 1)
        .sort((a, b) => b.startDate.localeCompare(a.startDate))
        .map((a) => ({ id: a.id, title: a.title, date: a.startDate, actualCost: a.actualCost })),
    [db, year],
  );
}
