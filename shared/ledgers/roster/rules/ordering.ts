/**
 * How names are ordered and grouped on printed lists (签到表, 花名册, 签收表). The name
 * comparators live in shared/core/text/nameOrder.ts so ledger rules can use them too.
 */
import { compareByPinyin, compareByStrokes } from '../../../core/text/nameOrder';

export { compareByPinyin, compareByStrokes, STROKE_PROXIES } from '../../../core/text/nameOrder';

/** The fields a printed list needs; Member satisfies it, so do plain imported rows. */
export interface PrintableMember {
  id: string;
  name: string;
  gender?: string | null;
  department?: string | null;
  unionGroup?: string | null;
  rosterOrder?: number;
}

export const MEMBER_ORDERS = ['strokes', 'pinyin', 'department', 'roster'] as const;
/** 按姓氏笔画 / 按拼音 / 按部门（部门内按笔画）/ 按花名册顺序 */
export type MemberOrder = (typeof MEMBER_ORDERS)[number];

export const MEMBER_ORDER_LABELS: Record<MemberOrder, string> = {
  strokes: '按姓氏笔画',
  pinyin: '按姓名拼音',
  department: '按部门（部门内按笔画）',
  roster: '按花名册顺序',
};

export const GROUP_BYS = ['none', 'department', 'unionGroup'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export const GROUP_BY_LABELS: Record<GroupBy, string> = {
  none: '不分组',
  department: '按部门分组',
  unionGroup: '按工会小组分组',
};

/** A comparator for group names: their position in a managed list, else by strokes. */
export function groupComparator(
  groupOrder: readonly string[] = [],
): (a: string | null, b: string | null) => number {
  const rank = new Map(groupOrder.map((name, i) => [name, i]));
  return (a, b) => {
    // Members without a department or group come last.
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    const ra = rank.get(a);
    const rb = rank.get(b);
    if (ra !== undefined && rb !== undefined) return ra - rb;
    if (ra !== undefined) return -1;
    if (rb !== undefined) return 1;
    return compareByStrokes(a, b);
  };
}

function blankToNull(s: string | null | undefined): string | null {
  const t = s?.trim();
  return t ? t : null;
}

export interface SortOptions {
  /** Department names in the managed list's order (used by 'department'); default: by strokes. */
  departmentOrder?: readonly string[];
}

/** Returns a new array of members in the chosen order; ties keep the roster order. */
export function sortMembers<T extends PrintableMember>(
  members: readonly T[],
  order: MemberOrder,
  opts: SortOptions = {},
): T[] {
  const byRoster = (a: T, b: T) => (a.rosterOrder ?? 0) - (b.rosterOrder ?? 0);
  const byDept = groupComparator(opts.departmentOrder);
  const cmp: (a: T, b: T) => number =
    order === 'roster'
      ? byRoster
      : order === 'pinyin'
        ? (a, b) => compareByPinyin(a.name, b.name) || byRoster(a, b)
        : order === 'department'
          ? (a, b) =>
              byDept(blankToNull(a.department), blankToNull(b.department)) ||
              compareByStrokes(a.name, b.name) ||
              byRoster(a, b)
          : (a, b) => compareByStrokes(a.name, b.name) || byRoster(a, b);
  return [...members].sort(cmp);
}

export interface MemberGroup<T> {
  /** The department or union group; null for members without one. */
  key: string | null;
  /** Heading printed above the group. */
  label: string;
  members: T[];
}

export interface GroupOptions {
  /** Order of the members inside each group. */
  order: MemberOrder;
  /** Group names in the managed list's order; groups not listed follow by strokes. */
  groupOrder?: readonly string[];
}

/** Label for members with no department / union group. */
export const UNGROUPED_LABEL: Record<Exclude<GroupBy, 'none'>, string> = {
  department: '未填部门',
  unionGroup: '未分小组',
};

/**
 * Splits members into groups (groups in the managed order, else by strokes), each sorted.
 * With groupBy 'none' there is one group with key null and an empty label.
 */
export function groupMembers<T extends PrintableMember>(
  members: readonly T[],
  groupBy: GroupBy,
  opts: GroupOptions,
): MemberGroup<T>[] {
  if (groupBy === 'none') {
    return [
      {
        key: null,
        label: '',
        members: sortMembers(members, opts.order, { departmentOrder: opts.groupOrder }),
      },
    ];
  }
  const buckets = new Map<string | null, T[]>();
  for (const m of members) {
    const key = blankToNull(groupBy === 'department' ? m.department : m.unionGroup);
    const list = buckets.get(key);
    if (list) list.push(m);
    else buckets.set(key, [m]);
  }
  const inner: MemberOrder = opts.order === 'department' ? 'strokes' : opts.order;
  return [...buckets.keys()].sort(groupComparator(opts.groupOrder)).map((key) => ({
    key,
    label: key ?? UNGROUPED_LABEL[groupBy],
    members: sortMembers(buckets.get(key) ?? [], inner),
  }));
}
