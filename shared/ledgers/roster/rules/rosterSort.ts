import type { SortOrder } from './ordering';

/**
 * The roster screen's 排序 choices. The sort itself is sortMembers in ordering.ts, the same
 * one the printed lists use, so 姓氏笔画 on screen reads as on paper.
 */
export const ROSTER_SORTS = [
  'strokes',
  'pinyin',
  'department',
  'joinDate',
  'roster',
] as const satisfies readonly SortOrder[];
export type RosterSort = (typeof ROSTER_SORTS)[number];

/** 姓氏笔画 / 拼音 / 部门 / 入会时间 / 花名册顺序 */
export const ROSTER_SORT_LABELS: Record<RosterSort, string> = {
  strokes: '姓氏笔画',
  pinyin: '拼音',
  department: '部门',
  joinDate: '入会时间',
  roster: '花名册顺序',
};
