import type { IsoDate } from '../../../core/text/dates';

/*
 * 工会委员会: the committee of each term (届) and its officers, with start and end dates
 * (《工会基层组织选举工作条例》 第八条 sets the committee size by membership; see LEDGERS.md §7).
 */

/** Offices a grassroots committee fills; the list is what the chair picks from. */
export const OFFICER_ROLES = [
  '主席',
  '副主席',
  '委员',
  '经审委员会主任',
  '经审委员',
  '女职工委员会主任',
  '女职工委员',
  '组织委员',
  '宣传委员',
  '文体委员',
  '生活委员',
  '会计',
  '出纳',
  '工会小组长',
] as const;

/** One person holding one office in one term. */
export interface Officer {
  id: string;
  /** 届次 */
  termNumber: number;
  /** 职务: one of OFFICER_ROLES, or what the chair typed. */
  role: string;
  /** The roster member, when the officer is one (almost always). */
  memberId: string | null;
  /** The name as written, kept also when memberId is set (the roster may change later). */
  name: string;
  /** 任职日期 */
  startDate: IsoDate | null;
  /** 离任日期; null while in office. */
  endDate: IsoDate | null;
  demo?: 1;
}

/** True when the officer holds the office on `date` (start ≤ date, and no end or end ≥ date). */
export function isInOffice(o: Officer, date: IsoDate): boolean {
  return (o.startDate === null || o.startDate <= date) && (o.endDate === null || o.endDate >= date);
}
