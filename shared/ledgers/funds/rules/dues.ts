import type { IsoDate } from '../../../core/text/dates';
import { daysInMonth } from '../../../core/text/dates';
import type { Member } from '../../roster/rules/member';
import { isUnionMember, statusOn } from '../../roster/rules/membership';
import type { DuesRollLine, Month, WageBase } from './rows';

/*
 * 会费 (LEDGERS.md §4): the monthly due is 0.5% of the wage base (工发〔1978〕101号), the
 * part of the base under the unit (10 元, a setting) ignored, rounded to 分:
 * base 4567 元 → 4560 × 0.5% = 22.80; unit 100 → 4500 × 0.5% = 22.50. Integer 分 throughout.
 */

/** The rule the dues are computed with. */
export interface DuesRule {
  /** Basis points of the base: 50 = 0.5%. */
  rateBp: number;
  /** 分: the part of the base under this is ignored (1000 = 10 元). */
  unitFen: number;
}

export const DEFAULT_DUES_RULE: DuesRule = { rateBp: 50, unitFen: 1000 };

/** The monthly due in 分 for a base in 分. */
export function monthlyDueFen(baseFen: number, rule: DuesRule = DEFAULT_DUES_RULE): number {
  if (!Number.isFinite(baseFen) || baseFen <= 0) return 0;
  const counted = Math.floor(baseFen / rule.unitFen) * rule.unitFen;
  // Round half up to the 分: (counted × bp + 5000) ÷ 10000, in integers.
  return Math.floor((counted * rule.rateBp + 5000) / 10000);
}

/** 「按工资基数的0.5%计缴，不足10元的部分不计（工发〔1978〕101号）」 */
export function describeDuesRule(rule: DuesRule, source: string): string {
  const pct = `${rule.rateBp / 100}%`;
  const unit = `${rule.unitFen / 100}元`;
  return `月会费 = 工资基数中${unit}的整数倍部分 × ${pct}，四舍五入到分（${source}）`;
}

export function isMonth(s: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(s);
}

export function monthStart(m: Month): IsoDate {
  return `${m}-01`;
}

export function monthEnd(m: Month): IsoDate {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return `${m}-${String(daysInMonth(y, mo)).padStart(2, '0')}`;
}

export function monthOf(date: IsoDate): Month {
  return date.slice(0, 7);
}

/** 「2026年7月」 */
export function monthText(m: Month): string {
  return `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;
}

/** Months from..to, both included ('2026-01'..'2026-03' → three). */
export function monthsBetween(from: Month, to: Month): Month[] {
  const out: Month[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/**
 * Whether a person owes dues for the month: a union member, in service (在职) during the
 * month — on its first or its last day — and not before the month he joined. Retirees
 * (保留会籍) and non-members never owe.
 */
export function isDueInMonth(
  m: Pick<Member, 'isMember' | 'joinDate' | 'statusHistory'>,
  month: Month,
): boolean {
  if (!isUnionMember(m)) return false;
  const end = monthEnd(month);
  if (m.joinDate && m.joinDate > end) return false;
  return statusOn(m, monthStart(month)) === '在职' || statusOn(m, end) === '在职';
}

/**
 * The wage base in effect on a day: the latest history entry from on or before it; the
 * roster's 缴费工资基数 (元) when the member has no history; null when neither is known.
 */
export function wageBaseOn(
  member: Pick<Member, 'id' | 'wageBase'>,
  history: readonly WageBase[],
  date: IsoDate,
): WageBase | { baseFen: number; from: ''; source: '花名册' } | null {
  let best: WageBase | null = null;
  for (const b of history) {
    if (b.memberId !== member.id || b.from > date) continue;
    if (!best || b.from >= best.from) best = b;
  }
  if (best) return best;
  if (member.wageBase !== null && member.wageBase !== undefined && member.wageBase > 0)
    return { baseFen: Math.round(member.wageBase * 100), from: '', source: '花名册' };
  return null;
}

/** A member due in the month without a known base: the roll lists him with due 0 to fix. */
export interface RollProblem {
  memberId: string;
  message: string;
}

/** The lines of a month's roll: the members due, in roster order, each with base and due. */
export function buildRollLines(
  month: Month,
  members: readonly Member[],
  history: readonly WageBase[],
  rule: DuesRule,
): { lines: DuesRollLine[]; problems: RollProblem[] } {
  const lines: DuesRollLine[] = [];
  const problems: RollProblem[] = [];
  const end = monthEnd(month);
  for (const m of [...members].sort((a, b) => a.rosterOrder - b.rosterOrder)) {
    if (!isDueInMonth(m, month)) continue;
    const base = wageBaseOn(m, history, end);
    if (!base) problems.push({ memberId: m.id, message: `${m.name}没有缴费工资基数，应缴按 0 计` });
    const baseFen = base?.baseFen ?? 0;
    lines.push({ memberId: m.id, baseFen, dueFen: monthlyDueFen(baseFen, rule) });
  }
  return { lines, problems };
}
