import type { IsoDate } from '../../../core/text/dates';
import { addMonths } from '../../roster/rules/retirement';
import type { FileReview, HardshipFile } from './hardship';
import type { HardshipSettings } from './settings';

/**
 * 家庭月人均收入 and what it means for the file: below 低保, 低保边缘, above; when a file can
 * be closed as 脱困; when it is due for review.
 */

export interface IncomePerHead {
  /** Sum of the listed people's monthly incomes (分). */
  totalCents: number;
  /** 家庭人口 */
  size: number;
  /** Income per head in 分, rounded half up to the 分; null when not known. */
  perHeadCents: number | null;
  /** 'computed' from the listed incomes, 'recorded' as a sheet gave it, or null. */
  basis: 'computed' | 'recorded' | null;
}

/**
 * Income per head = the household's monthly incomes ÷ 家庭人口, rounded half up to a whole
 * 分 (3 people, 2000.00 元 → 666.67 元; 2 people, 0.01 元 → 0.01 元). A per head figure recorded
 * on the file (an imported 困难职工 row, whose incomes are not itemised) stands instead; the
 * form clears it once the household is listed. With neither, it is unknown.
 */
export function incomePerHead(
  f: Pick<HardshipFile, 'household' | 'householdSize' | 'recordedIncomePerHeadCents'>,
): IncomePerHead {
  const totalCents = f.household.reduce((s, p) => s + p.monthlyIncomeCents, 0);
  const size = f.householdSize;
  if (f.recordedIncomePerHeadCents !== null)
    return { totalCents, size, perHeadCents: f.recordedIncomePerHeadCents, basis: 'recorded' };
  if (f.household.length > 0 && size > 0)
    return {
      totalCents,
      size,
      // Integer half-up division: ⌊(2t + n) / 2n⌋ = round(t / n) for t ≥ 0, with no float.
      perHeadCents: Math.floor((totalCents * 2 + size) / (2 * size)),
      basis: 'computed',
    };
  return { totalCents, size, perHeadCents: null, basis: null };
}

export type IncomeStanding = 'below' | 'marginal' | 'above';

export const STANDING_LABELS: Record<IncomeStanding, string> = {
  below: '低于低保标准',
  marginal: '低保边缘',
  above: '高于低保边缘',
};

/**
 * Where income per head stands: 「低于」 低保 excludes the standard itself (民法典 §1259: 不满/低于
 * do not include the number), so exactly the standard is 低保边缘; 低保边缘 reaches up to and
 * including marginalPercent of the standard (「不超过」 includes it).
 */
export function incomeStanding(perHeadCents: number, s: HardshipSettings): IncomeStanding {
  const standard = s.minLivingStandardCents.value;
  if (perHeadCents < standard) return 'below';
  // Compare in whole numbers: perHead × 100 ≤ standard × percent.
  if (perHeadCents * 100 <= standard * s.marginalPercent.value) return 'marginal';
  return 'above';
}

export interface ExitCheck {
  /** True when the reviews show income per head above 低保 for exitMonths running. */
  eligible: boolean;
  /** The first review of the current run above 低保; null when the last review is not above. */
  aboveSince: IsoDate | null;
  /** The day the run reaches exitMonths (eligible from then). */
  eligibleFrom: IsoDate | null;
}

/**
 * 脱困: income per head 「高于」 低保 (strictly above) six months running (the months are a
 * setting). The run is the latest reviews all above the standard; it counts from its first
 * review, and qualifies on the day exitMonths later.
 */
export function exitCheck(
  reviews: readonly FileReview[],
  s: HardshipSettings,
  today: IsoDate,
): ExitCheck {
  const sorted = [...reviews].sort((a, b) => a.date.localeCompare(b.date));
  let since: IsoDate | null = null;
  for (const r of sorted) {
    if (r.incomePerHeadCents > s.minLivingStandardCents.value) since ??= r.date;
    else since = null;
  }
  if (since === null) return { eligible: false, aboveSince: null, eligibleFrom: null };
  const from = addMonths(since, s.exitMonths.value);
  return { eligible: from <= today, aboveSince: since, eligibleFrom: from };
}

export type ReviewState = 'overdue' | 'dueSoon' | 'ok';

export interface ReviewDue {
  due: IsoDate;
  state: ReviewState;
  /** Days from today to the due day (negative when overdue). */
  days: number;
}

const dayNumber = (d: IsoDate) =>
  Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86_400_000;

/**
 * A file 在档 is due for review reviewIntervalMonths after its last review (or its filing):
 * overdue once the due day has passed (the due day itself is still 'dueSoon'), due soon
 * within reviewReminderDays before it (inclusive). A 脱困 file is never due (null).
 */
export function reviewDue(
  f: Pick<HardshipFile, 'status' | 'filingDate' | 'reviews'>,
  s: HardshipSettings,
  today: IsoDate,
): ReviewDue | null {
  if (f.status !== '在档') return null;
  const last = f.reviews.reduce<IsoDate>((m, r) => (r.date > m ? r.date : m), f.filingDate);
  const due = addMonths(last, s.reviewIntervalMonths.value);
  const days = dayNumber(due) - dayNumber(today);
  const state: ReviewState =
    days < 0 ? 'overdue' : days <= s.reviewReminderDays.value ? 'dueSoon' : 'ok';
  return { due, state, days };
}
