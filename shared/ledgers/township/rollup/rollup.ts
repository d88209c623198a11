import { rate } from '../../yearEnd/rules/period';
import type { AffiliatedUnion, UnionPackage } from '../rules/rows';

/*
 * 汇总 (issue 15, roll-up): every §11 figure summed over the unions' packages of a year, with
 * the unions behind each number. Pure: packages and the figure catalogue in, plain objects out.
 * - counts add up;
 * - money (unit 元, 2-decimal strings) adds up in integer 分 and is written back with 2 decimals;
 * - a rate is never averaged: it is recomputed from the summed numerator and denominator
 *   (RATE_PARTS), so a union of 10 and one of 1,000 weigh what they are;
 * - a map figure (funds.incomeByCategory) adds up category by category.
 */

/** What the 年度统计 code says of a figure (label, unit, definition), for the roll-up page. */
export interface FigureInfo {
  key: string;
  /** The ledger's label the 年度统计 page groups it under: 「会员」 */
  group: string;
  label: string;
  /** 人, 次, 元 …, or '' for a rate */
  unit: string;
  definition: string;
}

/** Each rate of §11 and the two counts it is the quotient of. */
export const RATE_PARTS: Record<string, { numerator: string; denominator: string }> = {
  'membership.rate': { numerator: 'members.inService', denominator: 'staff.inService' },
};

/** §11 figures whose value is a map; their categories are flat keys 「<map>.<category>」. */
export const MAP_FIGURE_KEYS = ['funds.incomeByCategory', 'funds.expenseByCategory'] as const;

/** One union's value in a figure. */
export interface FigurePart {
  packageId: string;
  unionName: string;
  value: number | string;
}

export interface RolledFigure extends FigureInfo {
  value: number | string;
  /** The unions whose package gave this figure a value other than 0, largest first. */
  parts: FigurePart[];
  /** A rate's summed numerator and denominator. */
  numerator?: number;
  denominator?: number;
}

export interface UnionRow {
  /** The affiliated union's id, or '' for a package of an unregistered union. */
  affiliatedUnionId: string;
  name: string;
  registered: boolean;
  sent: boolean;
  packageId: string | null;
  fileName: string | null;
  exportedAt: string | null;
  figures: Record<string, number | string>;
}

export interface Rollup {
  year: number;
  figures: RolledFigure[];
  /** key → value, as `ledger:rollup` prints it (maps as objects, plus unions.count). */
  values: Record<string, number | string | Record<string, number | string>>;
  /** Affiliated unions first (in their order), then unregistered senders. */
  unions: UnionRow[];
  sentCount: number;
  /** Affiliated unions with no package this year. */
  missingCount: number;
}

const MONEY = /^-?\d+(\.\d{1,2})?$/;

/** 「1234.5」 → 123450 分, exactly (no floating point on the way). */
export function centsOf(text: string): number {
  const neg = text.startsWith('-');
  const [whole, frac = ''] = (neg ? text.slice(1) : text).split('.');
  const cents = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  return neg ? -cents : cents;
}

const yuanText = (cents: number) => {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
};

/** A catalogue entry for a key the catalogue lacks (a map's category, or a newer figure). */
function infoOf(key: string, catalog: ReadonlyMap<string, FigureInfo>): FigureInfo {
  const known = catalog.get(key);
  if (known) return known;
  const map = MAP_FIGURE_KEYS.find((m) => key.startsWith(`${m}.`));
  if (map) {
    const what = map === 'funds.incomeByCategory' ? '经费收入' : '经费支出';
    const cat = key.slice(map.length + 1);
    return {
      key,
      group:
        catalog.get(map.startsWith('funds.income') ? 'funds.income' : 'funds.expense')?.group ??
        '会费经费',
      label: `${what}：${cat}`,
      unit: '元',
      definition: `各工会统计期内科目为“${cat}”的${what}之和`,
    };
  }
  return { key, group: '其他', label: key, unit: '', definition: '' };
}

function isMoney(info: FigureInfo, values: readonly (number | string)[]): boolean {
  if (info.unit === '元') return true;
  return values.length > 0 && values.every((v) => typeof v === 'string' && MONEY.test(v));
}

/**
 * The roll-up of `year`: `packages` are the year's packages (one per union), `unions` the
 * federation's affiliated unions, `catalog` the 年度统计 figures' labels and definitions in
 * their page order.
 */
export function rollUp(
  year: number,
  packages: readonly UnionPackage[],
  unions: readonly AffiliatedUnion[],
  catalog: readonly FigureInfo[],
): Rollup {
  const pkgs = packages.filter((p) => p.year === year);
  const byKey = new Map(catalog.map((c) => [c.key, c]));
  const order = new Map(catalog.map((c, i) => [c.key, i]));
  const keys = new Set(catalog.map((c) => c.key));
  for (const p of pkgs) for (const k of Object.keys(p.figures)) keys.add(k);
  // A map's categories follow their total (经费收入, then 经费收入：会费收入 …); others go last.
  const rank = (k: string) => {
    const known = order.get(k);
    if (known !== undefined) return known;
    const map = MAP_FIGURE_KEYS.find((m) => k.startsWith(`${m}.`));
    const parent =
      map && order.get(map === 'funds.incomeByCategory' ? 'funds.income' : 'funds.expense');
    return parent !== undefined && parent !== null ? parent + 0.5 : order.size + 1;
  };
  const sorted = [...keys].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'zh-CN'));

  const sums = new Map<string, number>();
  const figures: RolledFigure[] = [];
  for (const key of sorted) {
    if (RATE_PARTS[key]) continue;
    const info = infoOf(key, byKey);
    const present = pkgs.filter((p) => p.figures[key] !== undefined);
    const money = isMoney(
      info,
      present.map((p) => p.figures[key]!),
    );
    let total = 0;
    const parts: FigurePart[] = [];
    for (const p of present) {
      const v = p.figures[key]!;
      const n = money ? centsOf(String(v)) : typeof v === 'number' ? v : Number(v) || 0;
      total += n;
      if (n !== 0) parts.push({ packageId: p.id, unionName: p.unionName, value: v });
    }
    parts.sort((a, b) => toNumber(b.value) - toNumber(a.value));
    sums.set(key, total);
    figures.push({ ...info, value: money ? yuanText(total) : total, parts });
  }
  for (const [key, { numerator, denominator }] of Object.entries(RATE_PARTS)) {
    if (!keys.has(key)) continue;
    const num = sums.get(numerator) ?? 0;
    const den = sums.get(denominator) ?? 0;
    const info = infoOf(key, byKey);
    const parts = pkgs
      .filter((p) => p.figures[key] !== undefined)
      .map((p) => ({ packageId: p.id, unionName: p.unionName, value: p.figures[key]! }));
    const at = figures.findIndex((f) => (order.get(f.key) ?? 1e9) > (order.get(key) ?? 1e9));
    const rolled: RolledFigure = {
      ...info,
      definition: `${info.label}按各工会的分子、分母分别相加后重新计算（${num} ÷ ${den}），不取各工会比率的平均数`,
      value: rate(num, den),
      parts,
      numerator: num,
      denominator: den,
    };
    figures.splice(at < 0 ? figures.length : at, 0, rolled);
  }

  const values: Rollup['values'] = { 'unions.count': pkgs.length };
  for (const f of figures) values[f.key] = f.value;
  for (const map of MAP_FIGURE_KEYS) {
    const entries = figures.filter((f) => f.key.startsWith(`${map}.`));
    if (entries.length > 0)
      values[map] = Object.fromEntries(entries.map((f) => [f.key.slice(map.length + 1), f.value]));
  }

  const byUnion = new Map<string, UnionPackage>();
  for (const p of pkgs) if (p.affiliatedUnionId) byUnion.set(p.affiliatedUnionId, p);
  const rows: UnionRow[] = unions.map((u) => {
    const p = byUnion.get(u.id);
    return {
      affiliatedUnionId: u.id,
      name: u.name,
      registered: true,
      sent: p !== undefined,
      packageId: p?.id ?? null,
      fileName: p?.fileName ?? null,
      exportedAt: p?.exportedAt ?? null,
      figures: p?.figures ?? {},
    };
  });
  const known = new Set(unions.map((u) => u.id));
  for (const p of pkgs)
    if (!p.affiliatedUnionId || !known.has(p.affiliatedUnionId))
      rows.push({
        affiliatedUnionId: '',
        name: p.unionName,
        registered: false,
        sent: true,
        packageId: p.id,
        fileName: p.fileName,
        exportedAt: p.exportedAt,
        figures: p.figures,
      });
  return {
    year,
    figures,
    values,
    unions: rows,
    sentCount: pkgs.length,
    missingCount: rows.filter((r) => r.registered && !r.sent).length,
  };
}

function toNumber(v: number | string): number {
  return typeof v === 'number' ? v : Number(v) || 0;
}

/** A figure's value as the page and the printout write it: 「75 人」, 「75.00%」, 「1234.50 元」. */
export function rolledText(f: Pick<RolledFigure, 'value' | 'unit'>): string {
  if (f.unit === '' && typeof f.value === 'number') return `${(f.value * 100).toFixed(2)}%`;
  return f.unit ? `${f.value} ${f.unit}` : String(f.value);
}
