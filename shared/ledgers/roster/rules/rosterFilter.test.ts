import { describe, expect, it } from 'vitest';
import { newMember, type Member } from './member';
import {
  defaultFilterContext,
  defaultRosterFilter,
  filterMembers,
  UNASSIGNED,
  type RosterFilter,
} from './rosterFilter';

const today = '2026-11-21';
const ctx = defaultFilterContext(today);

function m(id: string, fields: Partial<Member>): Member {
  return newMember({ id, name: id, ...fields }, '2026-01-01T00:00:00.000Z');
}

const roster: Member[] = [
  m('王老师', {
    gender: '男',
    birthDate: '1966-03-10',
    department: '语文组',
    unionGroup: '第一小组',
  }),
  m('李老师', {
    gender: '女',
    birthDate: '1990-07-01',
    department: '数学组',
    flags: { hardship: true, singleParent: true },
  }),
  m('赵老师', {
    gender: '女',
    birthDate: '1972-01-15',
    department: '语文组',
    flags: { modelWorker: '市级' },
  }),
  m('钱师傅', {
    gender: '男',
    birthDate: '1960-05-05',
    status: '退休',
    flags: { migrantWorker: true },
  }),
  m('孙老师', { gender: null, birthDate: null, department: null }),
];

const names = (f: Partial<RosterFilter>, c = ctx) =>
  filterMembers(roster, { ...defaultRosterFilter(), ...f }, c).map((x) => x.name);

describe('filterMembers', () => {
  it('shows members in service by default', () => {
    expect(names({})).toEqual(['王老师', '李老师', '赵老师', '孙老师']);
  });

  it('shows everyone when no status is chosen', () => {
    expect(names({ statuses: [] })).toHaveLength(5);
  });

  it('narrows to departments, with 「未填」 for members without one', () => {
    expect(names({ departments: ['语文组'] })).toEqual(['王老师', '赵老师']);
    expect(names({ departments: [UNASSIGNED] })).toEqual(['孙老师']);
  });

  it('narrows to a union group and a gender', () => {
    expect(names({ unionGroups: ['第一小组'] })).toEqual(['王老师']);
    expect(names({ gender: '女' })).toEqual(['李老师', '赵老师']);
  });

  it('keeps ages inside the range on the given day and drops unknown ages', () => {
    // 王 is 60, 赵 54, 李 36
    expect(names({ ageMin: 50, ageMax: 59 })).toEqual(['赵老师']);
    expect(names({ ageMin: 60 })).toEqual(['王老师']);
    expect(names({ ageMax: 40 })).toEqual(['李老师']);
  });

  it('requires every chosen flag', () => {
    expect(names({ flags: ['hardship'] })).toEqual(['李老师']);
    expect(names({ flags: ['hardship', 'singleParent'] })).toEqual(['李老师']);
    expect(names({ flags: ['modelWorker'] })).toEqual(['赵老师']);
    expect(names({ statuses: [], flags: ['migrantWorker'] })).toEqual(['钱师傅']);
  });

  it('flags approaching retirement by the gradual retirement rule', () => {
    // 王, born 1966-03: 60 years 5 months → 2026-08-10, already due; 赵 (woman, 干部)
    // born 1972-01: 55 years 7 months → 2027-08-15, 9 months away.
    expect(names({ flags: ['retirementNear'] })).toEqual(['王老师', '赵老师']);
    expect(names({ flags: ['retirementNear'] }, { ...ctx, retirementWithinMonths: 6 })).toEqual([
      '王老师',
    ]);
  });

  it('uses the workers age of 50 when the union says women retire as workers', () => {
    // born 1976-06: as a worker 50 years 9 months → 2027-03; as a cadre 55+ → 2031
    const worker = m('周师傅', { gender: '女', birthDate: '1976-06-01' });
    const asWorker = filterMembers(
      [worker],
      { ...defaultRosterFilter(), flags: ['retirementNear'] },
      { ...ctx, femaleCategory: '工人' },
    );
    const asCadre = filterMembers(
      [worker],
      { ...defaultRosterFilter(), flags: ['retirementNear'] },
      ctx,
    );
    expect(asWorker).toHaveLength(1);
    expect(asCadre).toHaveLength(0);
  });

  it('tells members from non-member staff, counting a 入会时间 as membership', () => {
    const staff = [
      m('王老师', { joinDate: '2010-09-01' }),
      m('周阿姨', { employmentType: '劳务派遣', isMember: false }),
      m('吴师傅', { isMember: false, joinDate: '2024-03-01' }),
    ];
    const pick = (membership: RosterFilter['membership']) =>
      filterMembers(staff, { ...defaultRosterFilter(), membership }, ctx).map((x) => x.name);
    expect(pick(null)).toEqual(['王老师', '周阿姨', '吴师傅']);
    expect(pick('member')).toEqual(['王老师', '吴师傅']);
    expect(pick('nonMember')).toEqual(['周阿姨']);
  });
});
