import { describe, expect, it } from 'vitest';
import type { UnionPackage } from '../rules/rows';
import { centsOf, rollUp, rolledText, type FigureInfo } from './rollup';
import { peopleInSeveralUnions, sharedPeopleCount } from './duplicates';

const CATALOG: FigureInfo[] = [
  { key: 'members.inService', group: '会员', label: '在职会员', unit: '人', definition: '' },
  { key: 'staff.inService', group: '会员', label: '在职职工', unit: '人', definition: '' },
  { key: 'membership.rate', group: '会员', label: '入会率', unit: '', definition: '' },
  { key: 'care.cash', group: '关怀慰问', label: '慰问现金', unit: '元', definition: '' },
];

function pkg(
  id: string,
  figures: UnionPackage['figures'],
  personKeys: string[] = [],
): UnionPackage {
  return {
    id,
    unionKey: `id:${id}`,
    unionName: `${id}工会`,
    affiliatedUnionId: '',
    year: 2026,
    fileName: `${id}.xlsx`,
    checksum: id,
    exportedAt: '2026-11-01T00:00:00.000Z',
    importedAt: '2026-11-02T00:00:00.000Z',
    figures,
    personKeys,
  };
}

describe('rolling up the packages of a year', () => {
  it('recomputes a rate from the summed counts instead of averaging the unions’ rates', () => {
    const r = rollUp(
      2026,
      [
        pkg('甲', { 'members.inService': 9, 'staff.inService': 10, 'membership.rate': 0.9 }),
        pkg('乙', { 'members.inService': 100, 'staff.inService': 1000, 'membership.rate': 0.1 }),
      ],
      [],
      CATALOG,
    );
    const rate = r.figures.find((f) => f.key === 'membership.rate')!;
    expect(rate.value).toBe(0.1079); // 109 ÷ 1010, not (0.9 + 0.1) ÷ 2 = 0.5
    expect([rate.numerator, rate.denominator]).toEqual([109, 1010]);
    expect(rolledText(rate)).toBe('10.79%');
    expect(r.figures.map((f) => f.key)).toEqual([
      'members.inService',
      'staff.inService',
      'membership.rate',
      'care.cash',
    ]);
  });

  it('adds money in 分, so 0.10 + 0.20 is exactly 0.30, and map figures key by key', () => {
    const r = rollUp(
      2026,
      [
        pkg('甲', { 'care.cash': '0.10', 'funds.incomeByCategory.会费收入': '100.05' }),
        pkg('乙', {
          'care.cash': '0.20',
          'funds.incomeByCategory.会费收入': '0.95',
          'funds.incomeByCategory.上级补助收入': '5000.00',
        }),
        pkg('丙', { 'care.cash': '-1.00' }),
      ],
      [],
      CATALOG,
    );
    expect(r.values['care.cash']).toBe('-0.70');
    expect(r.values['funds.incomeByCategory']).toEqual({
      会费收入: '101.00',
      上级补助收入: '5000.00',
    });
    const cat = r.figures.find((f) => f.key === 'funds.incomeByCategory.上级补助收入')!;
    expect(cat.label).toBe('经费收入：上级补助收入');
    expect(cat.parts).toEqual([{ packageId: '乙', unionName: '乙工会', value: '5000.00' }]);
    expect(centsOf('12.3')).toBe(1230);
    expect(centsOf('-0.05')).toBe(-5);
  });

  it('counts only the packages of the year asked', () => {
    const old = { ...pkg('旧', { 'members.inService': 50 }), year: 2025 };
    const r = rollUp(2026, [pkg('甲', { 'members.inService': 3 }), old], [], CATALOG);
    expect(r.values['unions.count']).toBe(1);
    expect(r.values['members.inService']).toBe(3);
  });
});

describe('people in two unions', () => {
  it('groups shared people by the unions they appear in', () => {
    const groups = peopleInSeveralUnions([
      pkg('甲', {}, ['k1', 'k2', 'k3']),
      pkg('乙', {}, ['k2', 'k3', 'k4']),
      pkg('丙', {}, ['k3', 'k5']),
      pkg('丁', {}, ['k5', 'k5']),
    ]);
    expect(groups.map((g) => [g.unions, g.count])).toEqual(
      [
        [['丙工会', '丁工会'], 1],
        [['丙工会', '甲工会', '乙工会'], 1],
        [['甲工会', '乙工会'], 1],
      ].sort((a, b) => 0 * a.length * b.length),
    );
    expect(sharedPeopleCount(groups)).toBe(3);
  });
});
