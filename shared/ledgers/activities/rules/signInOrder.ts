import { groupMembers } from '../../roster/rules/grouping';
import { pinyinByIdOf } from '../../roster/rules/namePinyin';
import {
  sortMembers,
  type GroupBy,
  type MemberGroup,
  type MemberOrder,
  type PrintableMember,
} from '../../roster/rules/ordering';
import type { Member } from '../../roster/rules/member';
import { participantName, type Participant } from './activity';

/**
 * The sign-in order (签到顺序) — the one order of an activity's list. The attendance screen,
 * the list's numbering, the demo and every printed 签到表 call these functions, so the chair
 * can key attendance in straight off the signed paper.
 *
 * What a chair expects on paper: members grouped by department — the managed departments
 * (部门管理) in their order, then departments not in that list by surname strokes, then
 * members with no department (未填部门) — and guests (来宾, not on the roster) last. Inside a
 * group the chosen name order (by default 按姓氏笔画, the corrected count of nameOrder.ts).
 */

/** A line of a sign-in list: a member, or a guest (isGuest) named by the participant line. */
export interface SignInPerson extends PrintableMember {
  isGuest?: boolean;
}

export interface SignInOrderOptions {
  order: MemberOrder;
  groupBy: GroupBy;
  /** Department or union-group names in the managed list's order. */
  groupOrder?: readonly string[];
}

/** The order a new list is numbered in, and a new sheet's default. */
export const DEFAULT_SIGN_IN_ORDER: SignInOrderOptions = {
  order: 'department',
  groupBy: 'department',
};

/** Heading of the guests' group. */
export const GUEST_GROUP_LABEL = '来宾';

/** Guests sort after every member and keep the list's order among themselves. */
const GUEST_ORDER_BASE = 100_000;

/** Members in their groups (see groupMembers), then the guests as a last group, by strokes. */
export function signInGroups<T extends SignInPerson>(
  people: readonly T[],
  opts: SignInOrderOptions,
): MemberGroup<T>[] {
  const members = people.filter((p) => !p.isGuest);
  const guests = people.filter((p) => p.isGuest);
  const groups = groupMembers(members, opts.groupBy, {
    order: opts.order,
    groupOrder: opts.groupOrder,
  });
  if (guests.length === 0) return groups;
  const sortedGuests = sortMembers(guests, opts.order === 'department' ? 'strokes' : opts.order, {
    pinyinById: opts.order === 'pinyin' ? pinyinByIdOf(guests) : undefined,
  });
  if (opts.groupBy === 'none') {
    const [only] = groups;
    return [{ key: null, label: '', members: [...(only?.members ?? []), ...sortedGuests] }];
  }
  return [...groups, { key: GUEST_GROUP_LABEL, label: GUEST_GROUP_LABEL, members: sortedGuests }];
}

/** The people in sign-in order, as one list. */
export function signInOrder<T extends SignInPerson>(
  people: readonly T[],
  opts: SignInOrderOptions,
): T[] {
  return signInGroups(people, opts).flatMap((g) => g.members);
}

/** How a participant line stands on the sheet: its member, or the guest under 「来宾（单位）」. */
export function signInPerson(
  p: Participant,
  membersById: ReadonlyMap<string, PrintableMember & Pick<Member, 'name'>>,
): SignInPerson {
  const m = p.memberId ? membersById.get(p.memberId) : undefined;
  if (m) return m;
  return {
    id: p.id,
    name: participantName(p, membersById),
    department: p.memberId === null ? (p.guestUnit ? `来宾（${p.guestUnit}）` : '来宾') : null,
    rosterOrder: GUEST_ORDER_BASE + p.order,
    isGuest: p.memberId === null,
  };
}

/** An activity's participant lines in sign-in order, from the members' current departments. */
export function participantsInSignInOrder(
  participants: readonly Participant[],
  membersById: ReadonlyMap<string, PrintableMember & Pick<Member, 'name'>>,
  opts: SignInOrderOptions = DEFAULT_SIGN_IN_ORDER,
): Participant[] {
  // A fresh object per line: a member with two entries (硬笔, 毛笔) has two lines.
  const people = participants.map((p) => ({ p, person: { ...signInPerson(p, membersById) } }));
  const byPerson = new Map(people.map(({ p, person }) => [person, p]));
  return signInOrder(
    people.map(({ person }) => person),
    opts,
  ).map((person) => byPerson.get(person)!);
}
