import { describe, expect, it } from 'vitest';
import { newMember, withStatus } from '../../roster/rules/member';
import { DEFAULT_CAP_SETTING, type CareEntry } from './caps';
import { careReminders } from './reminders';
import type { CareStay, CareVisit } from './records';

const T = '2026-01-01T00:00:00Z';
const m = (id: string, birthDate: string, gender: '男' | '女' = '男') =>
  newMember({ id, name: id, birthDate, gender, joinDate: '2000-09-01', rosterOrder: 1 }, T);
const visit = (
  reason: CareVisit['reason'],
  memberId: string,
  date: string,
  stayId: string | null = null,
) =>
  ({
    id: `${reason}-${memberId}`,
    date,
    year: Number(date.slice(0, 4)),
    reason,
    visitees: [
      { memberId, relation: '本人', name: memberId, cashCents: 0, goods: '', goodsCents: 0 },
    ],
    memberIds: [memberId],
    stayId,
  }) as unknown as CareVisit;
const stay = (id: string, memberId: string, dischargedOn: string | null = null): CareStay => ({
  id,
  memberId,
  relation: '本人',
  name: memberId,
  admittedOn: '2026-11-20',
  dischargedOn,
  surgery: false,
  hospital: '',
  notes: '',
});

describe('工作台 reminders', () => {
  const today = '2026-12-01';
  it('birthdays this month without a 生日慰问 this year; retirees are not listed', () => {
    const members = [
      m('given', '1980-12-05'),
      m('due', '1985-12-20'),
      m('nextMonth', '1985-01-02'),
      withStatus(m('retired', '1950-12-03'), { status: '退休', date: '2010-01-01' }),
    ];
    const r = careReminders({
      today,
      members,
      visits: [visit('生日', 'given', '2026-12-01'), visit('生日', 'due', '2025-12-20')],
      stays: [],
      entries: [],
      setting: DEFAULT_CAP_SETTING,
    });
    expect(r.birthdays.map((b) => [b.member.id, b.day])).toEqual([['due', '12-20']]);
  });
  it('stays with no visit yet, not discharged', () => {
    const r = careReminders({
      today,
      members: [],
      visits: [visit('生病住院', 'b', '2026-11-21', 's2')],
      stays: [stay('s1', 'a'), stay('s2', 'b'), stay('s3', 'c', '2026-11-25')],
      entries: [],
      setting: DEFAULT_CAP_SETTING,
    });
    expect(r.staysWithoutVisit.map((s) => s.id)).toEqual(['s1']);
  });
  it('statutory retirements within 3 months (the 2025 rule, not a fixed age)', () => {
    const members = [
      m('soon', '1966-07-15'),
      m('later', '1967-06-01'),
      m('woman', '1971-12-10', '女'),
    ];
    const r = careReminders({
      today,
      members,
      visits: [],
      stays: [],
      entries: [],
      setting: DEFAULT_CAP_SETTING,
    });
    // 1966-07 man: 60 + 5 months → 2026-12-15 (within 3 months); 1967-06 → 2028-02; the woman born 1971-12 (55 + 6 months) → 2027-06
    expect(r.retirements.map((x) => [x.member.id, x.on])).toEqual([['soon', '2026-12-15']]);
  });
  it('near the festival cap: at 80% of 1300 (1040) listed, below not', () => {
    const e = (memberId: string, cents: number): CareEntry => ({
      recordId: memberId,
      table: 'careVisits',
      memberId,
      date: '2026-09-20',
      kind: 'festival',
      cents,
      stayId: null,
    });
    const r = careReminders({
      today,
      members: [m('a', '1980-01-01'), m('b', '1980-01-01')],
      visits: [],
      stays: [],
      entries: [e('a', 104000), e('b', 103999)],
      setting: DEFAULT_CAP_SETTING,
    });
    expect(r.nearCap.map((x) => [x.member.id, x.totalCents, x.capCents])).toEqual([
      ['a', 104000, 130000],
    ]);
  });
});
