import { formatYuan } from '../../shared/core/money';
import type { DuesState } from '../../shared/ledgers/funds';

/** 分 → 「1,234.50」 (formatYuan rounds 元 back to whole 分, so this is exact). */
export const yuan = (fen: number) => formatYuan(fen / 100);

export const DUES_STATE_COLORS: Record<DuesState, string> = {
  未缴: 'red',
  少缴: 'orange',
  已缴: 'teal',
  多缴: 'grape',
};

/** 「2026-07」 for this month. */
export function thisMonth(today: string): string {
  return today.slice(0, 7);
}
