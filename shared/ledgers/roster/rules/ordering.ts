/**
 * How members are ordered and grouped, on screen (the roster's 排序) and on printed lists
 * (签到表, 花名册, 签收表): sortMembers is the one sort, so 按姓氏笔画 reads the same on both.
 * The name comparators live in shared/core/text/nameOrder.ts so ledger rules can use them too.
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
  /** 入会时间 (YYYY-MM-DD), for the roster screen's 入会时间 order. */
  joinDate?: string | null;
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

/** Every order sortMembers knows: the printed lists' orders and the roster screen's 入会时间. */
export type SortOrder = MemberOrder | 'joinDate';

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

/** A blank department or group name as none. */
export function blankToNull(s: string | null | undefined): string | null {
  const t = s?.trim();
  return t ? t : null;
}

export interface SortContext {
  /**
   * Pinyin per member id as `namePinyin(...).full` (namePinyin.ts) gives it (「shan tian fang」): the
   * collator alone reads 单 as dan and 曾 as ceng, so pinyin order uses surname readings.
   */
  pinyinById?: ReadonlyMap<string, string>;
  /** Department names in the managed list's order (used by 'department'); others by strokes. */
  departmentOrder?: readonly string[];
}

type Cmp<T> = (a: T, b: T) => number;

function byPinyin<T extends PrintableMember>(pinyinById: SortContext['pinyinById']): Cmp<T> {
  if (!pinyinById) return (a, b) => compareByPinyin(a.name, b.name);
  return (a, b) => {
    const pa = pinyinById.get(a.id) ?? a.name;
    const pb = pinyinById.get(b.id) ?? b.name;
    return pa < pb ? -1 : pa > pb ? 1 : compareByPinyin(a.name, b.name);
  };
}

/** Join date ascending (longest-standing members first); unknown dates last. */
function byJoinDate<T extends PrintableMember>(a: T, b: T): number {
  const ja = a.joinDate ?? null;
  const jb = b.joinDate ?? null;
  if (ja === jb) return 0;
  if (ja === null) return 1;
  if (jb === null) return -1;
  return ja < jb ? -1 : 1;
}

/**
 * A sorted copy of `members` — the one member sort of screens and printouts. 按姓氏笔画 is
 * the corrected stroke count (compareByStrokes); 'department' is the managed department
 * order, others by strokes, no department last, names by strokes inside. Ties keep the
 * roster order, so the result is stable.
 */
export function sortMembers<T extends PrintableMember>(
  members: readonly T[],
  order: SortOrder,
  ctx: SortContext = {},
): T[] {
  const byRoster: Cmp<T> = (a, b) => (a.rosterOrder ?? 0) - (b.rosterOrder ?? 0);
  const byDept = groupComparator(ctx.departmentOrder);
  const first: Cmp<T> =
    order === 'roster'
      ? () => 0
      : order === 'pinyin'
        ? byPinyin(ctx.pinyinById)
        : order === 'joinDate'
          ? byJoinDate
          : order === 'department'
            ? (a, b) =>
                byDept(blankToNull(a.department), blankToNull(b.department)) ||
                compareByStrokes(a.name, b.name)
            : (a, b) => compareByStrokes(a.name, b.name);
  return [...members].sort((a, b) => first(a, b) || byRoster(a, b));
}

export interface MemberGroup<T> {
  /** The department or union group; null for members without one. */
  key: string | null;
  /** Heading printed above the group. */
  label: string;
  members: T[];
}

/** How groupMembers (./grouping.ts) orders: the members inside each group, the groups. */
export interface GroupOptions {
  /** Order of the members inside each group. */
  order: MemberOrder;
  /** Group names in the managed list's order; groups not listed follow by strokes. */
  groupOrder?: readonly string[];
  /** Surname-aware pinyin per member id (see SortContext). */
  pinyinById?: ReadonlyMap<string, string>;
}

/** Label for members with no department / union group. */
export const UNGROUPED_LABEL: Record<Exclude<GroupBy, 'none'>, string> = {
  department: '未填部门',
  unionGroup: '未分小组',
};
