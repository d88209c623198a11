/**
 * Money is counted in whole 分 (cents, integers) and only shown as 元. Ledgers that still
 * store 元 (an activity's 预算/实际支出) convert at the edge with yuanToCents, add in 分, and
 * format here — never float arithmetic on 元, never a formatter of their own.
 */

/** 元 → 分, rounded to the nearest 分 (0.29 元 is 29 分, not 28.999…). */
export function yuanToCents(yuan: number): number {
  return Math.round(yuan * 100);
}

/** 分 → 元, for a stored 元 field. */
export function centsToYuan(cents: number): number {
  return cents / 100;
}

/** True when `yuan` has at most two decimals (whole 分). */
export function isWholeCents(yuan: number): boolean {
  return Number.isFinite(yuan) && Math.abs(yuan * 100 - Math.round(yuan * 100)) < 1e-6;
}

/** Sum of 元 amounts, added in 分 so 0.1 + 0.2 is 0.3; null counts as 0. */
export function addYuan(...amounts: readonly (number | null | undefined)[]): number {
  let cents = 0;
  for (const a of amounts) cents += a === null || a === undefined ? 0 : yuanToCents(a);
  return centsToYuan(cents);
}

/** 「1,234.50」: an amount in 分 with thousands separators and two decimals. */
export function formatCentsAmount(cents: number): string {
  const c = Math.round(cents);
  const abs = Math.abs(c);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = String(abs % 100).padStart(2, '0');
  return `${c < 0 ? '-' : ''}${whole}.${fraction}`;
}

/** 「1,234.50元」 */
export function formatCents(cents: number): string {
  return `${formatCentsAmount(cents)}元`;
}

/**
 * A stored 元 amount for a column already headed （元）: 「2,680.00」, or 「—」 when no
 * amount is entered. With `unit`, 「2,680.00元」.
 */
export function formatYuan(
  yuan: number | null | undefined,
  opts: { unit?: boolean; empty?: string } = {},
): string {
  if (yuan === null || yuan === undefined || !Number.isFinite(yuan)) return opts.empty ?? '—';
  const cents = yuanToCents(yuan);
  return opts.unit ? formatCents(cents) : formatCentsAmount(cents);
}
