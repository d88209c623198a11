import type { AttendanceState } from '../../shared/ledgers/activities';

const yuan = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 「2,680.00」, or 「—」 when no amount is entered. */
export function formatYuan(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : yuan.format(n);
}

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
