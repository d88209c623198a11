import { describe, expect, it } from 'vitest';
import { SAMPLE_YEAR, YEAR_2026 } from '../../yearEnd/rules/sampleYear';
import { rosterFigures } from './figures';

const byKey = (period = YEAR_2026) =>
  Object.fromEntries(rosterFigures(period, SAMPLE_YEAR).map((f) => [f.key, f]));

describe('rosterFigures', () => {
  it('counts members in service at period end, not a member retired mid-year or a non-member', () => {
    const f = byKey()['members.inService']!;
    expect(f.value).toBe(3);
    expect([...f.recordIds].sort()).toEqual(['chen', 'li', 'zhang']);
  });

  it('ignores a status change after the period end (陈晨 调出 in 2027 is still 在职)', () => {
    expect(byKey()['members.inService']!.recordIds).toContain('chen');
    expect(
      byKey({ from: '2027-01-01', to: '2027-12-31' })['members.inService']!.recordIds,
    ).not.toContain('chen');
  });

  it('counts a member retired mid-year in retired and retiredInPeriod', () => {
    const f = byKey();
    expect([...f['members.retired']!.recordIds].sort()).toEqual(['wang', 'zhao']);
    expect(f['members.retiredInPeriod']!.recordIds).toEqual(['wang']);
    expect(f['members.total']!.value).toBe(5);
  });

  it('counts joins by 入会时间 within the period', () => {
    expect(byKey()['members.joined']!.recordIds).toEqual(['li']);
  });

  it('counts women among the members in service only', () => {
    // 刘工 is a woman in service but not a member; 赵敏 is a retired woman.
    expect([...byKey()['members.womenInService']!.recordIds].sort()).toEqual(['chen', 'li']);
  });

  it('counts a non-member in staff.inService and in the rate’s denominator only', () => {
    const f = byKey();
    expect(f['staff.inService']!.value).toBe(4);
    expect(f['staff.inService']!.recordIds).toContain('liu');
    expect(f['membership.rate']!.value).toBe(0.75);
    expect(f['membership.rate']!.unit).toBe('');
  });

  it('gives every figure a Chinese label and definition and names the members table', () => {
    for (const f of rosterFigures(YEAR_2026, SAMPLE_YEAR)) {
      expect(f.label).toMatch(/\p{Script=Han}/u);
      expect(f.definition).toMatch(/\p{Script=Han}/u);
      expect(f.table).toBe('members');
    }
  });
});
