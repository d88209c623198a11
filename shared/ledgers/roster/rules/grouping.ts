import { pinyinByIdOf } from './namePinyin';
import {
  blankToNull,
  groupComparator,
  sortMembers,
  UNGROUPED_LABEL,
  type GroupBy,
  type GroupOptions,
  type MemberGroup,
  type MemberOrder,
  type PrintableMember,
} from './ordering';

/*
 * Members in groups for printed lists (签到表, 花名册, 签收表). Apart from ordering.ts because
 * 按姓名拼音 on paper reads surnames through pinyin-pro (namePinyin.ts): the roster screen sorts
 * with ordering.ts alone and its pinyin comes from the search Worker.
 */

/**
 * Splits members into groups (groups in the managed order, else by strokes), each sorted.
 * With groupBy 'none' there is one group with key null and an empty label.
 */
export function groupMembers<T extends PrintableMember>(
  members: readonly T[],
  groupBy: GroupBy,
  opts: GroupOptions,
): MemberGroup<T>[] {
  // On paper 单 reads shan and 曾 zeng as on screen, not as the collator reads them.
  if (opts.order === 'pinyin' && !opts.pinyinById)
    opts = { ...opts, pinyinById: pinyinByIdOf(members) };
  if (groupBy === 'none') {
    return [
      {
        key: null,
        label: '',
        members: sortMembers(members, opts.order, {
          departmentOrder: opts.groupOrder,
          pinyinById: opts.pinyinById,
        }),
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
    members: sortMembers(buckets.get(key) ?? [], inner, { pinyinById: opts.pinyinById }),
  }));
}
