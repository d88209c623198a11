import { describe, expect, it } from 'vitest';
import { changedToWithin, isUnionMember, statusOn } from './membership';

describe('isUnionMember', () => {
  it('counts staff marked non-member without 入会时间 out', () => {
    expect(isUnionMember({ isMember: false, joinDate: null })).toBe(false);
  });
  it('counts anyone with 入会时间 in', () => {
    expect(isUnionMember({ isMember: false, joinDate: '2020-09-01' })).toBe(true);
    expect(isUnionMember({ isMember: true, joinDate: null })).toBe(true);
  });
});

describe('statusOn', () => {
  const history = [
    { status: '在职' as const, date: '' },
    { status: '退休' as const, date: '2026-06-30' },
    { status: '去世' as const, date: '2027-02-01' },
  ];
  it('takes the last change dated on or before the day', () => {
    expect(statusOn({ statusHistory: history }, '2026-06-29')).toBe('在职');
    expect(statusOn({ statusHistory: history }, '2026-06-30')).toBe('退休');
    expect(statusOn({ statusHistory: history }, '2026-12-31')).toBe('退休');
  });
  it('treats a change without a date as before everything', () => {
    expect(statusOn({ statusHistory: history }, '1900-01-01')).toBe('在职');
  });
  it('has no status before the first dated change', () => {
    expect(
      statusOn({ statusHistory: [{ status: '在职', date: '2027-03-01' }] }, '2026-12-31'),
    ).toBe(null);
  });
  it('reads history in any stored order', () => {
    expect(statusOn({ statusHistory: [...history].reverse() }, '2026-12-31')).toBe('退休');
  });
});

describe('changedToWithin', () => {
  it('sees a retirement dated inside the period only', () => {
    const m = { statusHistory: [{ status: '退休' as const, date: '2026-06-30' }] };
    expect(changedToWithin(m, '退休', '2026-01-01', '2026-12-31')).toBe(true);
    expect(changedToWithin(m, '退休', '2027-01-01', '2027-12-31')).toBe(false);
  });
});
