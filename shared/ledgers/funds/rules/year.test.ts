import { describe, expect, it } from 'vitest';
import { budgetVsActual, overBudgetWarning, yearBalance } from './year';
import { parseCategory, validateCategoryTree } from './categories';
import { retainedRemittanceFen } from './settings';
import type { BudgetLine, FundEntry } from './rows';

const entry = (
  id: string,
  direction: FundEntry['direction'],
  category: string,
  amountFen: number,
  sub = '',
  year = 2026,
): FundEntry => ({
  id,
  year,
  date: `${year}-05-01`,
  voucher: id,
  direction,
  category,
  subCategory: sub,
  summary: id,
  amountFen,
  handler: '',
  checker: '',
  approver: '',
  link: null,
  createdAt: '',
  updatedAt: '',
});

const budget = (
  category: string,
  budgetFen: number,
  extra: Partial<BudgetLine> = {},
): BudgetLine => ({
  id: category,
  year: 2026,
  direction: '支出',
  category,
  subCategory: '',
  lastYearFen: null,
  budgetFen,
  adjustFen: null,
  approvedFen: null,
  ...extra,
});

describe('the year’s balance', () => {
  it('closes at opening + income − expense, counting only that year', () => {
    const b = yearBalance(
      2026,
      [{ id: 'y', year: 2026, openingFen: 1000000 }],
      [
        entry('a', '收入', '会费收入', 30000),
        entry('b', '支出', '维权支出', 12345),
        entry('c', '收入', '会费收入', 99, '', 2025),
      ],
    );
    expect(b).toEqual({
      year: 2026,
      openingFen: 1000000,
      incomeFen: 30000,
      expenseFen: 12345,
      closingFen: 1017655,
    });
  });
});

describe('the opening balance', () => {
  const years = [{ id: 'y', year: 2025, openingFen: 1000 }];
  const entries = [
    entry('a', '收入', '会费收入', 500, '', 2025),
    entry('b', '支出', '维权支出', 200, '', 2025),
  ];
  it('is the one entered for the year, else last year’s closing carried forward, else 0', () => {
    expect(yearBalance(2025, years, entries).closingFen).toBe(1300);
    expect(yearBalance(2026, years, entries).openingFen).toBe(1300);
    expect(yearBalance(2027, years, entries).openingFen).toBe(1300);
    expect(
      yearBalance(2026, [...years, { id: 'z', year: 2026, openingFen: 9 }], entries).openingFen,
    ).toBe(9);
    expect(yearBalance(2024, years, entries).openingFen).toBe(0);
  });
});

describe('the budget', () => {
  const lines = [
    budget('维权支出', 100000),
    budget('业务支出', 50000, { adjustFen: 10000 }),
    budget('职工活动支出', 50000, { approvedFen: 40000 }),
  ];
  it('compares actual with the budget in force (批复, else 预算 + 调整) and its completion rate', () => {
    const rows = budgetVsActual(2026, lines, [
      entry('a', '支出', '维权支出', 100000),
      entry('b', '支出', '业务支出', 60001),
      entry('c', '支出', '职工活动支出', 20000, '会员活动支出'),
    ]);
    expect(rows.map((r) => [r.label, r.inForceFen, r.actualFen, r.completion, r.over])).toEqual([
      ['维权支出', 100000, 100000, 1, false],
      ['业务支出', 60000, 60001, 1, true],
      ['职工活动支出', 40000, 20000, 0.5, false],
    ]);
  });
  it('warns before an expense takes a category over its budget; equal is allowed', () => {
    const kept = [entry('a', '支出', '维权支出', 90000)];
    expect(overBudgetWarning(entry('n', '支出', '维权支出', 10000), lines, kept)).toBeNull();
    expect(overBudgetWarning(entry('n', '支出', '维权支出', 10001), lines, kept)).toBe(
      '“维权支出”本年预算 1000.00 元，记入后支出 1000.01 元，超出预算 0.01 元',
    );
    expect(overBudgetWarning(entry('n', '收入', '会费收入', 10000000), lines, kept)).toBeNull();
  });
});

describe('categories', () => {
  it('read 「top/sub」, a top level alone, and old names', () => {
    expect(parseCategory('职工活动支出/会员活动支出', '支出')).toEqual({
      ok: true,
      category: '职工活动支出',
      subCategory: '会员活动支出',
      mapped: false,
    });
    expect(parseCategory('会费收入', '收入')).toMatchObject({
      ok: true,
      category: '会费收入',
      subCategory: '',
    });
    expect(parseCategory('补助下级支出', '支出')).toMatchObject({
      ok: true,
      category: '对附属单位的支出',
      mapped: true,
    });
    expect(parseCategory('培训费', '支出')).toMatchObject({
      ok: true,
      category: '业务支出',
      subCategory: '培训费',
      mapped: true,
    });
    expect(parseCategory('会费收入', '支出')).toMatchObject({ ok: false });
  });
});

describe('the retained share of the 2% remittance', () => {
  it('is 60% of 2% of the payroll by default, rounded to 分', () => {
    expect(retainedRemittanceFen(100000000, 60)).toBe(1200000);
    expect(retainedRemittanceFen(12345, 60)).toBe(148);
  });
});

describe('an edited category tree', () => {
  const tree = (subs: string[]) => ({
    收入: [{ name: '会费收入', subs: [] }],
    支出: [{ name: '维权支出', subs }],
  });
  it('may add sub-categories, and may not repeat a name or drop one in use', () => {
    expect(validateCategoryTree(tree(['送温暖费', '法律援助费']), ['维权支出/送温暖费'])).toEqual(
      [],
    );
    expect(validateCategoryTree(tree(['送温暖费', '送温暖费']))).toEqual([
      '“维权支出”下的明细科目“送温暖费”重复',
    ]);
    expect(validateCategoryTree(tree([]), ['维权支出/送温暖费'])).toEqual([
      '“维权支出/送温暖费”已有经费记录或预算在用，不能删除或改名',
    ]);
  });
});
