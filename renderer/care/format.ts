import { formatCentsAmount } from '../../shared/ledgers/care';

/** 「1,234.50」, or 「—」 for zero. */
export const money = (cents: number) => (cents ? formatCentsAmount(cents) : '—');

/** 「03-10」 within a year's list. */
export const shortDate = (d: string) => d.slice(5);

/** Typed 元 (NumberInput) → 分; '' is 0. */
export function centsOf(v: string | number): number {
  const n = typeof v === 'number' ? v : Number(v || 0);
  return Number.isFinite(n) ? Math.round(n * 100) : NaN;
}
