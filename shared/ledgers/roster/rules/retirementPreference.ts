import type { IsoDate } from '../../../core/text/dates';
import {
  DEFAULT_FEMALE_RETIREMENT_CATEGORY,
  FEMALE_RETIREMENT_CATEGORIES,
  retirementAge,
  retirementDate,
  type FemaleRetirementCategory,
  type RetirementAge,
} from './retirement';
import type { Member } from './member';

/**
 * The roster screen's 退休临近 preference: how far ahead to look, and which original age
 * applies to women whose own 退休类别 is not set (schools: 干部/教师, originally 55). It is a
 * screen preference kept with the chair's other choices (columns, print options), not a
 * union-wide setting: it changes what the roster shows, never a stored record.
 */
export interface RetirementPreference {
  /** 退休临近: within this many months */
  withinMonths: number;
  /** Women without their own category retire as 干部 (55) or 工人 (50). */
  femaleCategory: FemaleRetirementCategory;
}

export const DEFAULT_RETIREMENT_WITHIN_MONTHS = 12;

/** The look-ahead choices offered, in months. */
export const RETIREMENT_WITHIN_CHOICES = [3, 6, 12, 24] as const;

export const DEFAULT_RETIREMENT_PREFERENCE: RetirementPreference = {
  withinMonths: DEFAULT_RETIREMENT_WITHIN_MONTHS,
  femaleCategory: DEFAULT_FEMALE_RETIREMENT_CATEGORY,
};

export const FEMALE_RETIREMENT_CATEGORY_LABELS: Record<FemaleRetirementCategory, string> = {
  干部: '干部/教师（原55岁）',
  工人: '工人（原50岁）',
};

/** A stored preference made safe: unknown or out-of-range parts fall back to the default. */
export function readRetirementPreference(stored: unknown): RetirementPreference {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
    string,
    unknown
  >;
  const months = s.withinMonths;
  const category = s.femaleCategory;
  return {
    withinMonths:
      typeof months === 'number' && Number.isInteger(months) && months > 0 && months <= 120
        ? months
        : DEFAULT_RETIREMENT_PREFERENCE.withinMonths,
    femaleCategory: (FEMALE_RETIREMENT_CATEGORIES as readonly unknown[]).includes(category)
      ? (category as FemaleRetirementCategory)
      : DEFAULT_RETIREMENT_PREFERENCE.femaleCategory,
  };
}

/** The category a member retires by: their own 退休类别, else the screen's default. */
export function retirementCategoryOf(
  m: Pick<Member, 'retirementCategory'>,
  femaleCategory: FemaleRetirementCategory,
): FemaleRetirementCategory {
  return m.retirementCategory ?? femaleCategory;
}

/** The member's statutory retirement date, or null when birth date or gender is unknown. */
export function memberRetirementDate(
  m: Pick<Member, 'birthDate' | 'gender' | 'retirementCategory'>,
  femaleCategory: FemaleRetirementCategory,
): IsoDate | null {
  if (!m.birthDate || !m.gender) return null;
  return retirementDate(m.birthDate, m.gender, retirementCategoryOf(m, femaleCategory));
}

/** The member's statutory retirement age, or null when birth date or gender is unknown. */
export function memberRetirementAge(
  m: Pick<Member, 'birthDate' | 'gender' | 'retirementCategory'>,
  femaleCategory: FemaleRetirementCategory,
): RetirementAge | null {
  if (!m.birthDate || !m.gender) return null;
  return retirementAge(m.birthDate, m.gender, retirementCategoryOf(m, femaleCategory));
}
