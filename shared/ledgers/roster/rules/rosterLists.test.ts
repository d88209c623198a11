import { describe, expect, it } from 'vitest';
import { idCheckChar } from '../../../core/ids/idNumber';
import { newMember, withStatus, type Member } from './member';
import {
  birthDateOf,
  birthdayIn,
  birthdaysInMonth,
  membersWithStatus,
  monthDayText,
  nextMonthOf,
  retirees,
  retirementDateOf,
  womenInService,
} from './rosterLists';

let n = 0;
function member(fields: Partial<Member> & { name: string }): Member {
  n += 1;
  return newMember({ id: `m${n}`, rosterOrder: n, joinDate: '2010-09-01', ...fields });
}

function idFor(birth: string, female: boolean): string {
  const first17 = `330106${birth.replace(/-/g, '')}12${female ? 2 : 1}`;
  return first17 + idCheckChar(first17);
}

const names = (ms: readonly Member[]) => ms.map((m) => m.name);

describe('birthdaysInMonth', () => {
  const staff = [
    member({ name: '王芳', birthDate: '1980-12-25' }),
    member({ name: '李强', birthDate: '1975-12-03' }),
    member({ name: '张敏', birthDate: '1990-11-30' }),
    member({ name: '刘洋', birthDate: '1988-02-29' }),
    member({ name: '陈静', birthDate: '1968-12-10', status: '退休' }),
    member({ name: '赵磊', birthDate: null, idNumber: idFor('1985-12-01', false) }),
    member({ name: '孙丽', birthDate: '1992-02-28' }),
    member({ name: '周杰', birthDate: null }),
  ];

  it('lists the December birthdays of members in service, by day of the month', () => {
    expect(names(birthdaysInMonth(staff, 12))).toEqual(['赵磊', '李强', '王芳']);
  });

  it('leaves out retirees and members whose birth date is unknown', () => {
    const all = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].flatMap((m) =>
      names(birthdaysInMonth(staff, m)),
    );
    expect(all).not.toContain('陈静');
    expect(all).not.toContain('周杰');
    expect(all).toHaveLength(6);
  });

  it('lists a 29 February birth in February, after the 28th, and never in March', () => {
    expect(names(birthdaysInMonth(staff, 2))).toEqual(['孙丽', '刘洋']);
    expect(names(birthdaysInMonth(staff, 3))).toEqual([]);
  });

  it('keeps a 29 February birthday on the 28th in a common year', () => {
    expect(birthdayIn('1988-02-29', 2027)).toBe('2027-02-28');
    expect(birthdayIn('1988-02-29', 2028)).toBe('2028-02-29');
    expect(monthDayText('1988-02-29')).toBe('2月29日');
  });

  it('takes the birth date from the ID number when none is recorded', () => {
    expect(birthDateOf(staff[5]!)).toBe('1985-12-01');
  });

  it('makes the December list in November and the January list in December', () => {
    expect(nextMonthOf('2026-11-21')).toEqual({ year: 2026, month: 12 });
    expect(nextMonthOf('2026-12-05')).toEqual({ year: 2027, month: 1 });
  });
});

describe('retirees', () => {
  const early = withStatus(member({ name: '钱文' }), { status: '退休', date: '2019-03-01' });
  const late = withStatus(member({ name: '吴梅' }), { status: '退休', date: '2024-08-01' });
  const left = withStatus(
    withStatus(member({ name: '郑华' }), { status: '退休', date: '2018-01-01' }),
    {
      status: '去世',
      date: '2023-05-01',
    },
  );
  const working = member({ name: '冯军' });

  it('lists retired members only, earliest retirement first, with the date from the status history', () => {
    const list = retirees([late, working, left, early]);
    expect(names(list)).toEqual(['钱文', '吴梅']);
    expect(list.map(retirementDateOf)).toEqual(['2019-03-01', '2024-08-01']);
  });

  it('lists a retiree whose retirement date is unknown last, with no date', () => {
    const unknown = member({ name: '褚明', status: '退休' });
    expect(unknown.statusHistory).toEqual([{ status: '退休', date: '' }]);
    expect(retirementDateOf(unknown)).toBeNull();
    expect(names(retirees([unknown, late, early]))).toEqual(['钱文', '吴梅', '褚明']);
  });

  it('still knows when someone retired after a later status change', () => {
    expect(retirementDateOf(left)).toBe('2018-01-01');
    expect(retirementDateOf(working)).toBeNull();
  });
});

describe('womenInService', () => {
  it('lists women in service only, by roster order, reading gender from the ID number when missing', () => {
    const list = womenInService([
      member({ name: '何静', gender: '女' }),
      member({ name: '高强', gender: '男' }),
      member({ name: '林娟', gender: '女', status: '退休' }),
      member({ name: '罗霞', gender: null, idNumber: idFor('1991-06-15', true) }),
      member({ name: '梁燕', gender: '女', status: '调出' }),
    ]);
    expect(names(list)).toEqual(['何静', '罗霞']);
  });
});

describe('membersWithStatus', () => {
  it('filters by one status or keeps everyone, in roster order', () => {
    const a = member({ name: '甲' });
    const b = member({ name: '乙', status: '退休' });
    const c = member({ name: '丙' });
    expect(names(membersWithStatus([c, b, a], '在职'))).toEqual(['甲', '丙']);
    expect(names(membersWithStatus([c, b, a], 'all'))).toEqual(['甲', '乙', '丙']);
  });
});
