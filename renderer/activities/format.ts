import type { AttendanceState } from '../../shared/ledgers/activities';

/** Badge colours of the attendance states, the same on every screen. */
export const STATE_COLORS: Record<AttendanceState, string> = {
  报名: 'gray',
  出席: 'green',
  请假: 'yellow',
  缺席: 'red',
};

/** 「3月7日」 for compact tables; the year is in the filter. */
export function shortDate(iso: string): string {
  const [, m, d] = iso.split('-').map(Number);
  return `${m}月${d}日`;
}
