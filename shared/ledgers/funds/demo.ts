import { toIsoDate, type IsoDate } from '../../core/text/dates';
import type { Activity } from '../activities/rules/activity';
import type { Member } from '../roster/rules/member';
import type { Officer } from '../union/rules/committee';
import { buildRollLines, monthEnd, monthsBetween, monthText } from './rules/dues';
import type {
  BudgetLine,
  DuesPayment,
  DuesPosting,
  DuesRoll,
  FundEntry,
  FundYear,
  WageBase,
} from './rules/rows';
import { DEFAULT_FUNDS_SETTINGS, rateBpOf } from './rules/settings';
import { distributionExpense, visitExpense } from './rules/careExpense';
import type { CareVisit, Distribution, DistributionRecipient } from '../care/rules/records';

/*
 * The demo union's money year: wage bases from the roster, a dues roll for every month of
 * the year up to this one with payments (one member pays a month late, one pays twice and
 * is refunded, one pays too little), each month posted to the fund account; a year of
 * fund entries linked to its activities and to the care visits and distributions paid from
 * 工会经费, a budget, and one expense missing its approver. Deterministic; every
 * row has `demo: 1`.
 */

export interface DemoFundsInput {
  members: readonly Member[];
  activities: readonly Activity[];
  careVisits: readonly CareVisit[];
  distributions: readonly Distribution[];
  distributionRecipients: readonly DistributionRecipient[];
  officers: readonly Officer[];
  duesRate: number;
  today: IsoDate;
  now: string;
}

export function demoFunds(input: DemoFundsInput) {
  const year = Number(input.today.slice(0, 4));
  const thisMonth = Number(input.today.slice(5, 7));
  const rule = { rateBp: rateBpOf(input.duesRate), unitFen: DEFAULT_FUNDS_SETTINGS.duesUnitFen };
  const stamp = input.now;
  const role = (r: string) => input.officers.find((o) => o.role === r && !o.endDate)?.name ?? '';
  const chair = role('主席');
  const accountant = role('会计');
  const vice = role('副主席');

  const wageBases: WageBase[] = input.members
    .filter((m) => m.wageBase)
    .map((m) => ({
      id: `demo-wb-${m.id}`,
      memberId: m.id,
      from: `${year}-01-01`,
      baseFen: Math.round(m.wageBase! * 100),
      // 岗位工资 about 55% of the base, 薪级工资 the rest (whole 元)
      postWageFen: Math.round(m.wageBase! * 0.55) * 100,
      gradeWageFen: Math.round(m.wageBase! * 100) - Math.round(m.wageBase! * 0.55) * 100,
      source: '花名册',
      demo: 1 as const,
    }));

  const months = monthsBetween(`${year}-01`, `${year}-${String(thisMonth).padStart(2, '0')}`);
  const duesRolls: DuesRoll[] = [];
  const duesPayments: DuesPayment[] = [];
  const duesPostings: DuesPosting[] = [];
  const fundEntries: FundEntry[] = [];
  let voucher = 0;
  const entry = (
    e: Omit<
      FundEntry,
      | 'id'
      | 'year'
      | 'voucher'
      | 'createdAt'
      | 'updatedAt'
      | 'demo'
      | 'handler'
      | 'checker'
      | 'approver'
    > &
      Partial<Pick<FundEntry, 'handler' | 'checker' | 'approver'>>,
  ): FundEntry => {
    const row: FundEntry = {
      handler: vice,
      checker: accountant,
      approver: chair,
      ...e,
      id: `demo-fe-${year}-${++voucher}`,
      year,
      voucher: String(voucher),
      createdAt: stamp,
      updatedAt: stamp,
      demo: 1,
    };
    fundEntries.push(row);
    return row;
  };
  const pending: { date: IsoDate; make: () => void }[] = [];

  months.forEach((month, mi) => {
    const { lines } = buildRollLines(month, input.members, wageBases, rule);
    duesRolls.push({
      id: `demo-roll-${month}`,
      month,
      lines,
      rateBp: rule.rateBp,
      unitFen: rule.unitFen,
      createdAt: stamp,
      demo: 1,
    });
    // The current month is being collected: the roll is made, nobody has paid yet.
    if (mi === months.length - 1 && months.length > 1) return;
    const payDay = `${month}-25`;
    let n = 0;
    lines.forEach((l, li) => {
      const pay = (amountFen: number, date: IsoDate, extra: Partial<DuesPayment> = {}) =>
        duesPayments.push({
          id: `demo-pay-${month}-${++n}`,
          memberId: l.memberId,
          month,
          amountFen,
          date,
          reversesId: null,
          note: '',
          demo: 1,
          ...extra,
        });
      if (li === 3 && mi === 1) return; // one member has not paid February
      if (li === 5 && mi === 2) {
        pay(l.dueFen, toIsoDate(year, 4, 20), { note: '补缴' }); // March paid late
        return;
      }
      if (li === 7 && mi === 3) pay(l.dueFen - 500, payDay, { note: '少缴' });
      else pay(l.dueFen, payDay);
      if (li === 2 && mi === 4) {
        // May paid twice by mistake, the second refunded
        pay(l.dueFen, `${month}-27`, { note: '重复缴纳' });
        const dup = duesPayments[duesPayments.length - 1]!;
        pay(-l.dueFen, `${month}-28`, { reversesId: dup.id, note: '退还重复缴纳' });
      }
    });
    const paid = duesPayments.filter((p) => p.month === month).reduce((s, p) => s + p.amountFen, 0);
    const date = monthEnd(month);
    pending.push({
      date,
      make: () => {
        const postingId = `demo-post-${month}`;
        const e = entry({
          date,
          direction: '收入',
          category: '会费收入',
          subCategory: '',
          summary: `${monthText(month)}会费`,
          amountFen: paid,
          link: { table: 'duesPostings', id: postingId },
        });
        duesPostings.push({ id: postingId, month, date, amountFen: paid, entryId: e.id, demo: 1 });
      },
    });
  });

  const at = (m: number, d: number) => toIsoDate(year, m, d);
  const inYear = (d: IsoDate) => d <= input.today;
  const add = (date: IsoDate, make: () => void) => {
    if (inYear(date)) pending.push({ date, make });
  };
  add(at(1, 15), () =>
    entry({
      date: at(1, 15),
      direction: '收入',
      category: '拨缴经费收入',
      subCategory: '',
      summary: '行政拨缴上年第四季度工会经费（留成60%）',
      amountFen: 1872000,
      link: null,
    }),
  );
  add(at(4, 15), () =>
    entry({
      date: at(4, 15),
      direction: '收入',
      category: '拨缴经费收入',
      subCategory: '',
      summary: '行政拨缴第一季度工会经费（留成60%）',
      amountFen: 1905600,
      link: null,
    }),
  );
  add(at(7, 15), () =>
    entry({
      date: at(7, 15),
      direction: '收入',
      category: '拨缴经费收入',
      subCategory: '',
      summary: '行政拨缴第二季度工会经费（留成60%）',
      amountFen: 1905600,
      link: null,
    }),
  );
  add(at(3, 5), () =>
    entry({
      date: at(3, 5),
      direction: '收入',
      category: '行政补助收入',
      subCategory: '',
      summary: '学校补助三八节活动经费',
      amountFen: 200000,
      link: null,
    }),
  );
  // The care year's expenses, each linked to the visit or distribution it paid for.
  const recipientsOf = new Map<string, number>();
  for (const r of input.distributionRecipients)
    recipientsOf.set(r.distributionId, (recipientsOf.get(r.distributionId) ?? 0) + 1);
  const careExpenses = [
    ...input.careVisits.map((v) => visitExpense(v)),
    ...input.distributions.map((d) => distributionExpense(d, recipientsOf.get(d.id) ?? 0)),
  ];
  for (const e of careExpenses) {
    if (!e || !e.date.startsWith(String(year))) continue;
    add(e.date, () => entry({ ...e, direction: '支出' }));
  }
  add(at(6, 18), () =>
    entry({
      date: at(6, 18),
      direction: '支出',
      category: '业务支出',
      subCategory: '培训费',
      summary: '工会干部培训资料费',
      amountFen: 36000,
      link: null,
      approver: '',
    }),
  );
  for (const a of input.activities) {
    if (!a.actualCost || a.host !== '本会') continue;
    const date = a.endDate ?? a.startDate;
    add(date, () =>
      entry({
        date,
        direction: '支出',
        category: '职工活动支出',
        subCategory: '文体活动支出',
        summary: a.title,
        amountFen: Math.round(a.actualCost! * 100),
        link: { table: 'activities', id: a.id },
      }),
    );
  }
  // Vouchers in date order, as a cashbook numbers them.
  pending.sort((a, b) => a.date.localeCompare(b.date)).forEach((p) => p.make());

  const fundYears: FundYear[] = [{ id: `demo-fy-${year}`, year, openingFen: 2356820, demo: 1 }];
  const budget = (
    direction: BudgetLine['direction'],
    category: string,
    subCategory: string,
    budgetFen: number,
    lastYearFen: number,
  ): BudgetLine => ({
    id: `demo-budget-${year}-${category}-${subCategory}`,
    year,
    direction,
    category,
    subCategory,
    lastYearFen,
    budgetFen,
    adjustFen: null,
    approvedFen: null,
    demo: 1,
  });
  const budgets: BudgetLine[] = [
    budget('收入', '会费收入', '', 2600000, 2450000),
    budget('收入', '拨缴经费收入', '', 7600000, 7400000),
    budget('收入', '行政补助收入', '', 200000, 150000),
    budget('支出', '职工活动支出', '', 4500000, 4210000),
    budget('支出', '维权支出', '', 800000, 650000),
    budget('支出', '业务支出', '', 300000, 280000),
  ];
  return { wageBases, duesRolls, duesPayments, duesPostings, fundEntries, fundYears, budgets };
}
