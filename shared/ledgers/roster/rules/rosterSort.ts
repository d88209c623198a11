import type { Member } from './member';

/** 姓氏笔画 / 拼音 / 部门 / 入会时间 / 花名册顺序 */
export const ROSTER_SORTS = ['stroke', 'pinyin', 'department', 'joinDate', 'rosterOrder'] as const;
export type RosterSort = (typeof ROSTER_SORTS)[number];

export const ROSTER_SORT_LABELS: Record<RosterSort, string> = {
  stroke: '姓氏笔画',
  pinyin: '拼音',
  department: '部门',
  joinDate: '入会时间',
  rosterOrder: '花名册顺序',
};

const strokeCollator = new Intl.Collator('zh-u-co-stroke');
const pinyinCollator = new Intl.Collator('zh-u-co-pinyin');

export interface SortContext {
  /**
   * Pinyin per member id as `namePinyin(...).full` gives it (「shan tian fang」): the
   * collator alone reads 单 as dan and 曾 as ceng, so pinyin order uses surname readings.
   */
  pinyinById?: ReadonlyMap<string, string>;
  /** Department names in the managed list's order; others follow, by stroke order. */
  departmentOrder?: readonly string[];
}

type Cmp = (a: Member, b: Member) => number;

const byRosterOrder: Cmp = (a, b) => a.rosterOrder - b.rosterOrder;
const byStroke: Cmp = (a, b) => strokeCollator.compare(a.name, b.name) || byRosterOrder(a, b);

function byPinyin(pinyinById: ReadonlyMap<string, string> | undefined): Cmp {
  if (!pinyinById) return (a, b) => pinyinCollator.compare(a.name, b.name) || byRosterOrder(a, b);
  return (a, b) => {
    const pa = pinyinById.get(a.id) ?? a.name;
    const pb = pinyinById.get(b.id) ?? b.name;
    return pa < pb
      ? -1
      : pa > pb
        ? 1
        : pinyinCollator.compare(a.name, b.name) || byRosterOrder(a, b);
  };
}

function byDepartment(order: readonly string[] | undefined): Cmp {
  const rank = new Map((order ?? []).map((name, i) => [name, i]));
  const rankOf = (m: Member) =>
    m.department === null ? Number.MAX_SAFE_INTEGER : (rank.get(m.department) ?? rank.size);
  return (a, b) =>
    rankOf(a) - rankOf(b) ||
    strokeCollator.compare(a.department ?? '', b.department ?? '') ||
    byRosterOrder(a, b);
}

/** Join date ascending (longest-standing members first); unknown dates last. */
const byJoinDate: Cmp = (a, b) => {
  if (a.joinDate === b.joinDate) return byRosterOrder(a, b);
  if (a.joinDate === null) return 1;
  if (b.joinDate === null) return -1;
  return a.joinDate < b.joinDate ? -1 : 1;
};

/** A sorted copy of `members`. Ties fall back to the roster order, so the result is stable. */
export function sortMembers<T extends Member>(
  members: readonly T[],
  sort: RosterSort,
  ctx: SortContext = {},
): T[] {
  const cmp: Cmp =
    sort === 'stroke'
      ? byStroke
      : sort === 'pinyin'
        ? byPinyin(ctx.pinyinById)
        : sort === 'department'
          ? byDepartment(ctx.departmentOrder)
          : sort === 'joinDate'
            ? byJoinDate
            : byRosterOrder;
  return [...members].sort(cmp);
}
