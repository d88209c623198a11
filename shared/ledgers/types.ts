import type { IsoDate } from '../core/text/dates';
import type { UnionProfile } from './union/rules/profile';
import type { LedgerRows, LedgerTable } from './tables';
import type { ActivityCounts } from './activities/rules/activityReport';

/*
 * The shape every ledger shares (LEDGERS.md §0). A ledger declares once its tables, its
 * figures for a period and what of it points at a member; the schema, backups and 年度统计
 * read LEDGERS (shared/ledgers/registry.ts) and never a list of their own. Its sheets in the
 * 年度台账 workbook (LEDGER_SHEETS, ./sheets.ts, read only by the workbook engine) and its
 * demo rows (LEDGER_DEMOS, ./demos.ts) are declared beside it, so the registry stays light
 * enough for every page: the sheets come with the Excel code, the demo with 载入示例数据.
 */

export type LedgerName =
  | 'union'
  | 'roster'
  | 'activities'
  | 'notices'
  | 'care'
  | 'hardship'
  | 'funds'
  | 'congress'
  | 'elections'
  | 'township';

/** A period of the year's figures, both ends included. */
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/** Every ledger's rows, as a backup or a workbook holds them: what figures are computed from. */
export interface LedgerData {
  /** The union profile (工会信息), or null when none was entered. */
  profile: UnionProfile | null;
  tables: { [T in LedgerTable]: readonly LedgerRows[T][] };
  /**
   * Per activity id, its participants' counts (activities/rules/activityReport countRows),
   * read instead of its rows: then `tables.participants` may leave those rows out. Only the
   * 年度统计 read (loadYearEndData) sets it.
   */
  activityCounts?: ReadonlyMap<string, ActivityCounts>;
}

/**
 * One number of the year (LEDGERS.md §11). Money is a string with 2 decimals, a rate a
 * number 0–1 with 4 decimals; every figure names the records it counted, so the 年度统计
 * page can open them.
 */
export interface Figure {
  /** The §11 key, e.g. 'members.inService'. */
  key: string;
  /** Chinese label: 「在职会员」 */
  label: string;
  value: number | string;
  /** 人, 次, 人次, 元, or '' for a rate */
  unit: string;
  /** What is counted, in Chinese, as the page shows it. */
  definition: string;
  /** The table the counted records are in, and their ids. */
  table: LedgerTable;
  recordIds: readonly string[];
  /**
   * Counted from a register kept as it stands today, without history (the 下属工会 registry):
   * the same count for last year would repeat today's numbers, so it has no 上年.
   */
  asOfToday?: true;
}

/** A field of another ledger's record that points at a member. */
export interface MemberReference {
  table: LedgerTable;
  /** The row field holding the member's id. */
  field: string;
  /** How the member page names these records: 「参加的活动」 */
  label: string;
  /** True when such a record keeps the member from being deleted (mark 调出 instead). */
  blocksDelete: boolean;
  /** How a refused delete counts them, {n} the count: 「参加过 {n} 次活动」 */
  countText?: string;
}

/** What a ledger's demo seed (LEDGER_DEMOS, demos.ts) is given: the rows seeded before it. */
export interface DemoSeed {
  now: Date;
  /** The profile in effect: the chair's own, or the demo's when there is none. */
  profile: UnionProfile;
  rows: Partial<{ [T in LedgerTable]: readonly LedgerRows[T][] }>;
}

export interface LedgerModule {
  name: LedgerName;
  /** 台账 name as the chair says it: 「会员台账」 */
  label: string;
  /** Dexie stores of this ledger's tables (newest schema). */
  tables: Readonly<Partial<Record<LedgerTable, string>>>;
  /** Its figures for a period (LEDGERS.md §11), computed from the data alone. */
  figures(period: Period, data: LedgerData): Figure[];
  memberReferences: readonly MemberReference[];
}
