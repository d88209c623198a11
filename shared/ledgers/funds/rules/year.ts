import { categoryText } from './categories';
import type { BudgetLine, FundDirection, FundEntry, FundYear } from './rows';

/*
 * The fund account's year (LEDGERS.md §5): closing balance = opening + income − expense;
 * budget per category (上年决算 本年预算 调整 批复 决算 完成率), and a warning when spending
 * goes over a category's budget. 决算 is the year's actual, from the entries.
 */

export interface YearBalance {
  year: number;
  openingFen: number;
  incomeFen: number;
  expenseFen: number;
  closingFen: number;
}

/**
 * The year's opening balance: the one entered for it (期初结余), else the closing balance of
 * the year before as the ledger has it (carried forward), else 0 when the ledger starts later.
 */
export function openingBalanceOf(
  year: number,
  years: readonly FundYear[],
  entries: readonly FundEntry[],
): number {
  const kept = years.find((y) => y.year === year);
  if (kept) return kept.openingFen;
  const earliest = Math.min(...years.map((y) => y.year), ...entries.map((e) => e.year));
  if (!Number.isFinite(earliest) || earliest >= year) return 0;
  return yearBalance(year - 1, years, entries).closingFen;
}

export function yearBalance(
  year: number,
  years: readonly FundYear[],
  entries: readonly FundEntry[],
): YearBalance {
  const openingFen = openingBalanceOf(year, years, entries);
  let incomeFen = 0;
  let expenseFen = 0;
  for (const e of entries) {
    if (e.year !== year) continue;
    if (e.direction === '收入') incomeFen += e.amountFen;
    else expenseFen += e.amountFen;
  }
  return {
    year,
    openingFen,
    incomeFen,
    expenseFen,
    closingFen: openingFen + incomeFen - expenseFen,
  };
}

/** Sums by top-level category, in the order first seen. */
export function sumByCategory(
  entries: readonly FundEntry[],
  direction: FundDirection,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of entries)
    if (e.direction === direction) out.set(e.category, (out.get(e.category) ?? 0) + e.amountFen);
  return out;
}

export interface BudgetRow {
  line: BudgetLine;
  /** 「职工活动支出/会员活动支出」 */
  label: string;
  /** The budget in force: 批复 when given, else 本年预算 + 调整. */
  inForceFen: number;
  /** 决算: the year's entries of the category (a top-level line counts its subs too). */
  actualFen: number;
  /** actual ÷ in force, 4 decimals; null when no budget. */
  completion: number | null;
  over: boolean;
}

export function inForceFen(l: BudgetLine): number {
  return l.approvedFen ?? l.budgetFen + (l.adjustFen ?? 0);
}

function actualOf(l: BudgetLine, entries: readonly FundEntry[]): number {
  let s = 0;
  for (const e of entries) {
    if (e.year !== l.year || e.direction !== l.direction || e.category !== l.category) continue;
    if (l.subCategory && e.subCategory !== l.subCategory) continue;
    s += e.amountFen;
  }
  return s;
}

/** Budget vs actual for a year, income lines first. */
export function budgetVsActual(
  year: number,
  lines: readonly BudgetLine[],
  entries: readonly FundEntry[],
): BudgetRow[] {
  return lines
    .filter((l) => l.year === year)
    .sort((a, b) => (a.direction === b.direction ? 0 : a.direction === '收入' ? -1 : 1))
    .map((line) => {
      const force = inForceFen(line);
      const actualFen = actualOf(line, entries);
      return {
        line,
        label: categoryText(line),
        inForceFen: force,
        actualFen,
        completion: force > 0 ? Math.round((actualFen / force) * 10000) / 10000 : null,
        over: line.direction === '支出' && actualFen > force,
      };
    });
}

/**
 * The warning before an expense is saved: the category's spending would go over its
 * budget (equal is allowed). Null when within, or no budget is set for the category.
 */
export function overBudgetWarning(
  entry: Pick<FundEntry, 'id' | 'year' | 'direction' | 'category' | 'subCategory' | 'amountFen'>,
  lines: readonly BudgetLine[],
  entries: readonly FundEntry[],
): string | null {
  if (entry.direction !== '支出') return null;
  const others = entries.filter((e) => e.id !== entry.id);
  for (const l of lines) {
    if (l.year !== entry.year || l.direction !== '支出' || l.category !== entry.category) continue;
    if (l.subCategory && l.subCategory !== entry.subCategory) continue;
    const after = actualOf(l, others) + entry.amountFen;
    const force = inForceFen(l);
    if (after > force)
      return `“${categoryText(l)}”本年预算 ${(force / 100).toFixed(2)} 元，记入后支出 ${(after / 100).toFixed(2)} 元，超出预算 ${((after - force) / 100).toFixed(2)} 元`;
  }
  return null;
}
