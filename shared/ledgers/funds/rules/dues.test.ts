import { describe, expect, it } from 'vitest';
import { newMember, withStatus } from '../../roster/rules/member';
import {
  buildRollLines,
  describeDuesRule,
  isDueInMonth,
  monthEnd,
  monthlyDueFen,
  monthsBetween,
  wageBaseOn,
} from './dues';
import type { WageBase } from './rows';

const yuan = (y: number) => Math.round(y * 100);
const STAMP = '2026-01-01T00:00:00Z';

describe('the monthly due', () => {
  it('is 0.5% of the base with the part under 10 yuan ignored (LEDGERS.md §4 examples)', () => {
    expect(monthlyDueFen(yuan(4567))).toBe(2280);
    expect(monthlyDueFen(yuan(3985))).toBe(1990);
    expect(monthlyDueFen(yuan(2856))).toBe(1425);
  });
  it('ignores the part under 100 yuan when the unit is 100', () => {
    expect(monthlyDueFen(yuan(4567), { rateBp: 50, unitFen: 10000 })).toBe(2250);
  });
  it('counts a base exactly on the unit in full, and one 分 under it down', () => {
    expect(monthlyDueFen(yuan(4560))).toBe(2280);
    expect(monthlyDueFen(yuan(4559.99))).toBe(2275);
  });
  it('rounds half a 分 up', () => {
    // 4510 × 0.5% = 22.55 exactly; 4510 × 0.25% = 11.275 → 11.28
    expect(monthlyDueFen(yuan(4510), { rateBp: 25, unitFen: 1000 })).toBe(1128);
  });
  it('is 0 for no base, a base under the unit, or a negative base', () => {
    expect(monthlyDueFen(0)).toBe(0);
    expect(monthlyDueFen(yuan(9.99))).toBe(0);
    expect(monthlyDueFen(-100)).toBe(0);
  });
  it('says the rule with its source', () => {
    expect(describeDuesRule({ rateBp: 50, unitFen: 1000 }, '工发〔1978〕101号')).toBe(
      '月会费 = 工资基数中10元的整数倍部分 × 0.5%，四舍五入到分（工发〔1978〕101号）',
    );
  });
});

describe('who is due in a month', () => {
  const member = (fields: Parameters<typeof newMember>[0]) => newMember(fields, STAMP);
  it('is a member in service from the month he joins, not before', () => {
    const m = member({ id: 'm', name: '新会员', joinDate: '2026-07-15' });
    expect(isDueInMonth(m, '2026-06')).toBe(false);
    expect(isDueInMonth(m, '2026-07')).toBe(true);
    expect(isDueInMonth(m, '2026-08')).toBe(true);
  });
  it('is never a retiree (保留会籍) after the month he retires', () => {
    const m = withStatus(member({ id: 'r', name: '老教师', joinDate: '1990-09-01' }), {
      status: '退休',
      date: '2026-03-15',
    });
    expect(isDueInMonth(m, '2026-03')).toBe(true); // in service on 1 March
    expect(isDueInMonth(m, '2026-04')).toBe(false);
  });
  it('is never a non-member', () => {
    const m = member({ id: 'n', name: '食堂员工', isMember: false, joinDate: null });
    expect(isDueInMonth(m, '2026-07')).toBe(false);
  });
});

describe('the wage base in effect', () => {
  const m = { id: 'm', wageBase: 4000 };
  const h: WageBase[] = [
    { id: 'a', memberId: 'm', from: '2026-01-01', baseFen: 456700, source: '' },
    { id: 'b', memberId: 'm', from: '2026-09-01', baseFen: 500000, source: '' },
    { id: 'c', memberId: 'x', from: '2025-01-01', baseFen: 1, source: '' },
  ];
  it('is the latest entry from on or before the day', () => {
    expect(wageBaseOn(m, h, '2026-08-31')?.baseFen).toBe(456700);
    expect(wageBaseOn(m, h, '2026-09-01')?.baseFen).toBe(500000);
  });
  it("falls back to the roster's 缴费工资基数 before any entry, else none", () => {
    expect(wageBaseOn(m, h, '2025-12-31')).toEqual({ baseFen: 400000, from: '', source: '花名册' });
    expect(wageBaseOn({ id: 'z', wageBase: null }, h, '2026-01-01')).toBeNull();
  });
});

describe('a month roll', () => {
  it('lists the members due with base and due, and flags those without a base', () => {
    const members = [
      newMember(
        { id: 'a', name: '甲', joinDate: '2000-01-01', wageBase: 4567, rosterOrder: 2 },
        STAMP,
      ),
      newMember({ id: 'b', name: '乙', joinDate: '2000-01-01', rosterOrder: 1 }, STAMP),
      newMember({ id: 'c', name: '丙', isMember: false, wageBase: 3000 }, STAMP),
      newMember({ id: 'd', name: '丁', joinDate: '2026-08-03', wageBase: 3985 }, STAMP),
    ];
    const { lines, problems } = buildRollLines('2026-07', members, [], {
      rateBp: 50,
      unitFen: 1000,
    });
    expect(lines).toEqual([
      { memberId: 'b', baseFen: 0, dueFen: 0 },
      { memberId: 'a', baseFen: 456700, dueFen: 2280 },
    ]);
    expect(problems).toEqual([{ memberId: 'b', message: '乙没有缴费工资基数，应缴按 0 计' }]);
  });
});

describe('months', () => {
  it('end on the month’s last day, February in a leap year too', () => {
    expect(monthEnd('2026-02')).toBe('2026-02-28');
    expect(monthEnd('2028-02')).toBe('2028-02-29');
    expect(monthEnd('2026-07')).toBe('2026-07-31');
  });
  it('run across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });
});
