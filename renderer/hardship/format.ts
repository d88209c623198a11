import { formatCentsAmount } from '../../shared/ledgers/hardship';

/** 分 → 「1,050.00元」, or 「—」 when unknown. */
export function yuanText(cents: number | null | undefined): string {
  return cents === null || cents === undefined ? '—' : `${formatCentsAmount(cents)}元`;
}

/** A NumberInput's 元 value → 分 (rounded to the 分); '' → 0. */
export function centsOfInput(v: string | number): number {
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? Math.round(n * 100) : 0;
}
