import type { IsoDate } from '../../../core/text/dates';

/*
 * The funds ledger's records (LEDGERS.md §4, §5). Money is always integer 分 (fen);
 * months are 'YYYY-MM'. Rows are plain JSON so a backup is exact.
 */

/** 'YYYY-MM' */
export type Month = string;

/** A member's monthly wage base for dues (岗位工资 + 薪级工资), from a date on. */
export interface WageBase {
  id: string;
  memberId: string;
  /** In effect from this day until the next entry's. */
  from: IsoDate;
  baseFen: number;
  /** 岗位工资 and 薪级工资 when known (printed on the 会费收缴明细表). */
  postWageFen?: number | null;
  gradeWageFen?: number | null;
  /** Where it came from: 「花名册」, 「工资表导入」, 「手工」. */
  source: string;
  demo?: 1;
}

/** One member's line of a month's dues roll, as it was made. */
export interface DuesRollLine {
  memberId: string;
  baseFen: number;
  dueFen: number;
}

/** A month's dues roll (会费收缴): the members due that month, each with base and due. */
export interface DuesRoll {
  id: string;
  month: Month;
  lines: DuesRollLine[];
  /** The rule the dues were computed with (rate in basis points: 50 = 0.5%). */
  rateBp: number;
  unitFen: number;
  createdAt: string;
  demo?: 1;
}

/**
 * A payment allocated to one month (never a running balance). A refund is a reversing
 * line: a negative amount, pointing at the payment it reverses.
 */
export interface DuesPayment {
  id: string;
  memberId: string;
  month: Month;
  amountFen: number;
  date: IsoDate;
  reversesId: string | null;
  note: string;
  demo?: 1;
}

/** A dues month's payments posted to the fund account as one income entry. */
export interface DuesPosting {
  id: string;
  month: Month;
  date: IsoDate;
  amountFen: number;
  entryId: string;
  demo?: 1;
}

export type FundDirection = '收入' | '支出';

/** The records a fund entry can pay or collect for. The care tables live in other ledgers. */
export const FUND_LINK_TABLES = [
  'careVisits',
  'distributions',
  'activities',
  'hardshipAssistance',
  'duesPostings',
] as const;
export type FundLinkTable = (typeof FUND_LINK_TABLES)[number];

export const FUND_LINK_LABELS: Record<FundLinkTable, string> = {
  careVisits: '慰问',
  distributions: '福利发放',
  activities: '活动',
  hardshipAssistance: '困难帮扶',
  duesPostings: '会费过账',
};

export interface FundLink {
  table: FundLinkTable;
  id: string;
}

/** An entry of the fund account (工会经费收支明细). */
export interface FundEntry {
  id: string;
  year: number;
  date: IsoDate;
  /** 凭证号, numbered per year, editable. */
  voucher: string;
  direction: FundDirection;
  /** Top-level category (科目), e.g. 「职工活动支出」. */
  category: string;
  /** Second level, e.g. 「会员活动支出」; '' when none. */
  subCategory: string;
  summary: string;
  amountFen: number;
  /** 经办人 / 审核人 / 审批人, by name ('' when not yet signed). */
  handler: string;
  checker: string;
  approver: string;
  link: FundLink | null;
  createdAt: string;
  updatedAt: string;
  demo?: 1;
}

/** A year's budget line for one category (top level, or 「top/sub」). */
export interface BudgetLine {
  id: string;
  year: number;
  direction: FundDirection;
  category: string;
  subCategory: string;
  /** 上年决算 */
  lastYearFen: number | null;
  /** 本年预算 */
  budgetFen: number;
  /** 调整 (±) */
  adjustFen: number | null;
  /** 批复 */
  approvedFen: number | null;
  demo?: 1;
}

/** A year of the fund account: its opening balance (期初结余). */
export interface FundYear {
  id: string;
  year: number;
  openingFen: number;
  demo?: 1;
}
