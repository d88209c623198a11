import type { IsoDate } from '../../../core/text/dates';
import { daysInMonth, toIsoDate } from '../../../core/text/dates';
import type { Gender } from './member';

/**
 * Statutory retirement under the gradual rule in force from 2025-01-01
 * (全国人大常委会关于实施渐进式延迟法定退休年龄的决定, 2024-09-13):
 * - men, original age 60: one month later for every 4 months, up to 63;
 * - women, original age 55 (cadres, teachers): one month later for every 4 months, up to 58;
 * - women, original age 50 (workers): one month later for every 2 months, up to 55.
 * People whose original retirement month is before 2025-01 keep the old age.
 */

/** Which original age applies to a woman: 55 for cadres and teachers, 50 for workers. */
export const FEMALE_RETIREMENT_CATEGORIES = ['干部', '工人'] as const;
export type FemaleRetirementCategory = (typeof FEMALE_RETIREMENT_CATEGORIES)[number];

/** Schools: teachers retire as cadres (55). A setting; this is only the default. */
export const DEFAULT_FEMALE_RETIREMENT_CATEGORY: FemaleRetirementCategory = '干部';

interface Rule {
  originalYears: number;
  /** Months of the original retirement month (from 2025-01) per month of delay. */
  monthsPerStep: number;
  maxDelayMonths: number;
}

function ruleFor(gender: Gender, category: FemaleRetirementCategory): Rule {
  if (gender === '男') return { originalYears: 60, monthsPerStep: 4, maxDelayMonths: 36 };
  if (category === '干部') return { originalYears: 55, monthsPerStep: 4, maxDelayMonths: 36 };
  return { originalYears: 50, monthsPerStep: 2, maxDelayMonths: 60 };
}

/** Months counted as year*12 + (month-1). */
const REFORM_START = 2025 * 12;

export interface RetirementAge {
  years: number;
  months: number;
}

function delayMonths(birthDate: IsoDate, rule: Rule): number {
  const by = Number(birthDate.slice(0, 4));
  const bm = Number(birthDate.slice(5, 7));
  const originalMonth = (by + rule.originalYears) * 12 + (bm - 1);
  const k = originalMonth - REFORM_START;
  if (k < 0) return 0;
  return Math.min(rule.maxDelayMonths, Math.floor(k / rule.monthsPerStep) + 1);
}

/** The statutory retirement age for someone born on `birthDate`, e.g. 60岁3个月. */
export function retirementAge(
  birthDate: IsoDate,
  gender: Gender,
  category: FemaleRetirementCategory = DEFAULT_FEMALE_RETIREMENT_CATEGORY,
): RetirementAge {
  const rule = ruleFor(gender, category);
  const total = rule.originalYears * 12 + delayMonths(birthDate, rule);
  return { years: Math.floor(total / 12), months: total % 12 };
}

/**
 * The day someone reaches the statutory retirement age: the birth day in the retirement
 * month (clamped to the month's end, so 08-31 + 3 months is 11-30).
 */
export function retirementDate(
  birthDate: IsoDate,
  gender: Gender,
  category: FemaleRetirementCategory = DEFAULT_FEMALE_RETIREMENT_CATEGORY,
): IsoDate {
  const age = retirementAge(birthDate, gender, category);
  const by = Number(birthDate.slice(0, 4));
  const bm = Number(birthDate.slice(5, 7));
  const bd = Number(birthDate.slice(8, 10));
  const month = (by + age.years) * 12 + (bm - 1) + age.months;
  const y = Math.floor(month / 12);
  const m = (month % 12) + 1;
  return toIsoDate(y, m, Math.min(bd, daysInMonth(y, m)));
}

/** `date` moved by whole months, day clamped to the month's end. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return toIsoDate(y, m, Math.min(Number(date.slice(8, 10)), daysInMonth(y, m)));
}

/**
 * 退休临近: the statutory retirement date falls within `withinMonths` months from `today`.
 * A date already passed counts too — the member is still on the roster as 在职 and the
 * chair needs to act.
 */
export function isRetirementNear(retireOn: IsoDate, today: IsoDate, withinMonths: number): boolean {
  return retireOn <= addMonths(today, withinMonths);
}
