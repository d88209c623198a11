import type { IsoDate } from '../../../core/text/dates';
import type { Member, MemberStatus } from './member';

/**
 * Who counts as a union member, and a member's status on a given day — what the year's
 * figures (LEDGERS.md §1, §11) are counted from.
 */

export { isUnionMember } from './member';

/**
 * The status on `date`: the last history entry dated on or before it. An entry without a
 * date (unknown, e.g. 在职 since before records were kept) counts as before everything;
 * entries on one day keep their recorded order. Null when every entry is later (the person
 * was not on the roster yet).
 */
export function statusOn(m: Pick<Member, 'statusHistory'>, date: IsoDate): MemberStatus | null {
  let best: { status: MemberStatus; date: string } | null = null;
  for (const change of m.statusHistory) {
    const d = change.date || '';
    if (d > date) continue;
    if (best === null || d >= best.date) best = { status: change.status, date: d };
  }
  return best?.status ?? null;
}

/** True when the member changed to `status` on a day within from..to (both included). */
export function changedToWithin(
  m: Pick<Member, 'statusHistory'>,
  status: MemberStatus,
  from: IsoDate,
  to: IsoDate,
): boolean {
  return m.statusHistory.some(
    (c) => c.status === status && !!c.date && c.date >= from && c.date <= to,
  );
}
