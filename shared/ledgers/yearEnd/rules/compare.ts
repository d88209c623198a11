import type { Figure, Period } from '../../types';

/*
 * 年度统计 beside last year: each figure's value for the same period a year earlier and the
 * change. Money figures are strings with two decimals and are compared in 分 (integers), a
 * rate in percentage points, a count as a count.
 */

/** The same period one year earlier (a statistics year → the one before it). */
export function previousPeriod(p: Period): Period {
  const back = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    // 29 February has no day a year earlier: the 28th.
    const day = m === 2 && d === 29 ? 28 : d;
    return `${y - 1}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  };
  return { from: back(p.from), to: back(p.to) };
}

/** 「123.45」 → 12345; null for anything that is not a money string. */
function cents(v: string): number | null {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(v.replace(/,/g, ''));
  if (!m) return null;
  const c = Number(m[2]) * 100 + Number(m[3]);
  return m[1] ? -c : c;
}

const signed = (n: number, text: string) => (n > 0 ? `+${text}` : n < 0 ? `−${text}` : '持平');

/** 「+3」, 「−120.00」, 「+2.50个百分点」, 「持平」; null when the two cannot be compared. */
export function changeText(
  now: Figure['value'],
  before: Figure['value'],
  unit: string,
): string | null {
  if (typeof now === 'number' && typeof before === 'number') {
    if (unit === '') {
      // A rate 0–1 with 4 decimals: the difference in hundredths of a point, as integers.
      const d = Math.round(now * 10_000) - Math.round(before * 10_000);
      return d === 0 ? '持平' : signed(d, `${(Math.abs(d) / 100).toFixed(2)}个百分点`);
    }
    const d = now - before;
    return d === 0 ? '持平' : signed(d, String(Math.abs(d)));
  }
  if (typeof now === 'string' && typeof before === 'string') {
    const [a, b] = [cents(now), cents(before)];
    if (a === null || b === null) return null;
    const d = a - b;
    const abs = Math.abs(d);
    return d === 0
      ? '持平'
      : signed(d, `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`);
  }
  return null;
}

export interface FigureComparison {
  /** Last year's value, as the figure's own value type. */
  before: Figure['value'];
  change: string | null;
}

/**
 * Each current figure's comparison with the same key a year earlier. Keys last year did not
 * have are left out, and so are registers kept without history (`asOfToday`): their 上年 would
 * be today's count again, and a 「持平」 the chair never measured.
 */
export function compareFigures(
  now: readonly Figure[],
  before: readonly Figure[],
): Map<string, FigureComparison> {
  const earlier = new Map(before.map((f) => [f.key, f]));
  const out = new Map<string, FigureComparison>();
  for (const f of now) {
    const b = earlier.get(f.key);
    if (b && !f.asOfToday)
      out.set(f.key, { before: b.value, change: changeText(f.value, b.value, f.unit) });
  }
  return out;
}
