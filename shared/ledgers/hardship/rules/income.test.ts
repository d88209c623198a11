import { describe, expect, it } from 'vitest';
import { emptyPerson, type FileReview, type HardshipFile } from './hardship';
import { exitCheck, incomePerHead, incomeStanding, reviewDue } from './income';
import { DEFAULT_HARDSHIP_SETTINGS, type HardshipSettings } from './settings';

const settings = (over: Partial<Record<keyof HardshipSettings, number>> = {}): HardshipSettings => {
  const s = structuredClone(DEFAULT_HARDSHIP_SETTINGS);
  for (const [k, v] of Object.entries(over)) s[k as keyof HardshipSettings].value = v;
  return s;
};

const household = (...incomes: number[]) =>
  incomes.map((c) => ({ ...emptyPerson('本人'), name: 'x', monthlyIncomeCents: c }));

describe('incomePerHead', () => {
  it('divides the household income by the household size, rounding half up to the 分', () => {
    // 2000.00 元 for 3 people: 666.666… → 666.67
    expect(
      incomePerHead({
        household: household(200_000),
        householdSize: 3,
        recordedIncomePerHeadCents: null,
      }),
    ).toEqual({ totalCents: 200_000, size: 3, perHeadCents: 66_667, basis: 'computed' });
    // 1000.00 元 for 3 people: 333.333… → 333.33 (rounds down below the half)
    expect(
      incomePerHead({
        household: household(100_000),
        householdSize: 3,
        recordedIncomePerHeadCents: null,
      }).perHeadCents,
    ).toBe(33_333);
  });

  it('rounds exactly half a 分 up', () => {
    // 0.01 元 for 2 people is 0.005 元 → 0.01 元; 0.03 for 2 → 0.015 → 0.02
    expect(
      incomePerHead({ household: household(1), householdSize: 2, recordedIncomePerHeadCents: null })
        .perHeadCents,
    ).toBe(1);
    expect(
      incomePerHead({ household: household(3), householdSize: 2, recordedIncomePerHeadCents: null })
        .perHeadCents,
    ).toBe(2);
  });

  it('sums every listed person and divides by the stated size, not the people listed', () => {
    expect(
      incomePerHead({
        household: household(420_000, 0, 0),
        householdSize: 4,
        recordedIncomePerHeadCents: null,
      }).perHeadCents,
    ).toBe(105_000);
  });

  it('uses a recorded per-head figure when the sheet gave one, and is unknown with neither', () => {
    expect(
      incomePerHead({ household: [], householdSize: 3, recordedIncomePerHeadCents: 80_000 }),
    ).toMatchObject({
      perHeadCents: 80_000,
      basis: 'recorded',
    });
    expect(
      incomePerHead({ household: [], householdSize: 3, recordedIncomePerHeadCents: null }),
    ).toMatchObject({
      perHeadCents: null,
      basis: null,
    });
  });
});

describe('incomeStanding against 低保 (900.00 元, 边缘 150%)', () => {
  const s = settings();
  it('is below only when strictly less than the standard (低于 excludes the number)', () => {
    expect(incomeStanding(89_999, s)).toBe('below');
    expect(incomeStanding(90_000, s)).toBe('marginal');
  });
  it('is marginal up to and including 1.5 × the standard (不超过 includes it)', () => {
    expect(incomeStanding(135_000, s)).toBe('marginal');
    expect(incomeStanding(135_001, s)).toBe('above');
  });
  it('follows edited settings', () => {
    const t = settings({ minLivingStandardCents: 100_000, marginalPercent: 200 });
    expect(incomeStanding(99_999, t)).toBe('below');
    expect(incomeStanding(200_000, t)).toBe('marginal');
    expect(incomeStanding(200_001, t)).toBe('above');
  });
});

describe('exitCheck: 脱困 after six months running above 低保', () => {
  const s = settings();
  const r = (date: string, c: number): FileReview => ({ date, incomePerHeadCents: c, note: '' });

  it('qualifies on the day six months after the first review of the run, not the day before', () => {
    const reviews = [r('2026-01-15', 95_000), r('2026-04-15', 96_000)];
    expect(exitCheck(reviews, s, '2026-07-14')).toEqual({
      eligible: false,
      aboveSince: '2026-01-15',
      eligibleFrom: '2026-07-15',
    });
    expect(exitCheck(reviews, s, '2026-07-15').eligible).toBe(true);
  });

  it('counts a review exactly at the standard as not above: it breaks the run', () => {
    const reviews = [r('2026-01-15', 95_000), r('2026-03-01', 90_000), r('2026-04-01', 95_000)];
    expect(exitCheck(reviews, s, '2026-09-01')).toMatchObject({
      aboveSince: '2026-04-01',
      eligible: false,
    });
    expect(exitCheck(reviews, s, '2026-10-01').eligible).toBe(true);
  });

  it('is not eligible when the latest review is at or below the standard', () => {
    expect(exitCheck([r('2025-01-01', 95_000), r('2026-01-01', 80_000)], s, '2026-12-31')).toEqual({
      eligible: false,
      aboveSince: null,
      eligibleFrom: null,
    });
    expect(exitCheck([], s, '2026-12-31').eligible).toBe(false);
  });

  it('follows the months setting', () => {
    const three = settings({ exitMonths: 3 });
    expect(exitCheck([r('2026-01-31', 95_000)], three, '2026-04-29').eligible).toBe(false);
    // 31 January + 3 months is clamped to 30 April
    expect(exitCheck([r('2026-01-31', 95_000)], three, '2026-04-30').eligible).toBe(true);
  });
});

describe('reviewDue', () => {
  const s = settings();
  const file = (over: Partial<HardshipFile> = {}) => ({
    status: '在档' as const,
    filingDate: '2025-03-20',
    reviews: [] as FileReview[],
    ...over,
  });

  it('falls due twelve months after filing; reminds from 30 days before, inclusive', () => {
    expect(reviewDue(file(), s, '2026-02-17')).toEqual({
      due: '2026-03-20',
      state: 'ok',
      days: 31,
    });
    expect(reviewDue(file(), s, '2026-02-18')).toEqual({
      due: '2026-03-20',
      state: 'dueSoon',
      days: 30,
    });
    expect(reviewDue(file(), s, '2026-03-20')).toMatchObject({ state: 'dueSoon', days: 0 });
    expect(reviewDue(file(), s, '2026-03-21')).toMatchObject({ state: 'overdue', days: -1 });
  });

  it('counts from the latest review', () => {
    const f = file({ reviews: [{ date: '2025-12-15', incomePerHeadCents: 1, note: '' }] });
    expect(reviewDue(f, s, '2026-03-21')).toMatchObject({ due: '2026-12-15', state: 'ok' });
  });

  it('never reminds for a file out of difficulty', () => {
    expect(reviewDue(file({ status: '脱困' }), s, '2030-01-01')).toBeNull();
  });

  it('follows the interval and reminder settings', () => {
    const t = settings({ reviewIntervalMonths: 6, reviewReminderDays: 0 });
    expect(reviewDue(file(), t, '2025-09-19')).toMatchObject({ due: '2025-09-20', state: 'ok' });
    expect(reviewDue(file(), t, '2025-09-20')).toMatchObject({ state: 'dueSoon' });
  });
});
