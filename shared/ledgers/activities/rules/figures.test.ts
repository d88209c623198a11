import { describe, expect, it } from 'vitest';
import { ledgerData, SAMPLE_YEAR, YEAR_2026 } from '../../yearEnd/rules/sampleYear';
import { activitiesFigures } from './figures';
import { activityReports } from './activityReport';

const byKey = (period = YEAR_2026, data = SAMPLE_YEAR) =>
  Object.fromEntries(activitiesFigures(period, data).map((f) => [f.key, f]));

describe('activitiesFigures', () => {
  it('counts the union’s own activities starting in the period, not one hosted by 上级', () => {
    const f = byKey()['activities.count']!;
    expect(f.value).toBe(2);
    expect(f.recordIds).toEqual(['a-38', 'a-shufa']);
  });

  it('counts a member with two entries once in person-times, and guests apart', () => {
    const f = byKey();
    // 三八: 李梅; 书法: 张三 (two entries), 李梅, 王强.
    expect(f['activities.personTimes']!.value).toBe(4);
    expect(f['activities.personTimesWithGuests']!.value).toBe(5);
    expect(f['activities.personTimes']!.table).toBe('participants');
  });

  it('counts distinct members in service at period end who attended, not a member retired since', () => {
    const f = byKey()['activities.reachedInService']!;
    expect([...f.recordIds].sort()).toEqual(['li', 'zhang']);
  });

  it('counts by start date in an October–September year', () => {
    const f = byKey({ from: '2025-10-01', to: '2026-09-30' })['activities.count']!;
    expect(f.recordIds).toEqual(['a-newyear', 'a-38', 'a-shufa']);
  });

  it('gives zeros for an empty ledger', () => {
    const f = byKey(YEAR_2026, ledgerData({}));
    expect(f['activities.count']!.value).toBe(0);
    expect(f['activities.personTimesWithGuests']!.value).toBe(0);
  });
});

describe('activityReports', () => {
  it('lists each own activity of the period with distinct members, guests, entries and prizes', () => {
    expect(activityReports(YEAR_2026, SAMPLE_YEAR)).toEqual([
      {
        title: '三八节趣味活动',
        start: '2026-03-08',
        eligible: 3,
        attended: 1,
        leave: 1,
        absent: 1,
        guests: 1,
        entries: 0,
        prizes: 0,
      },
      {
        title: '书法比赛',
        start: '2026-05-20',
        eligible: 3,
        attended: 3,
        leave: 0,
        absent: 0,
        guests: 0,
        entries: 3,
        prizes: 1,
      },
    ]);
  });

  it('counts a member present in one entry and absent in another as attended only', () => {
    const data = ledgerData({
      activities: SAMPLE_YEAR.tables.activities.filter((a) => a.id === 'a-shufa'),
      participants: [
        {
          id: 'p1',
          activityId: 'a-shufa',
          memberId: 'zhang',
          state: '缺席',
          entry: '毛笔',
          order: 1,
        },
        {
          id: 'p2',
          activityId: 'a-shufa',
          memberId: 'zhang',
          state: '出席',
          entry: '硬笔',
          order: 2,
        },
      ],
    });
    const [r] = activityReports(YEAR_2026, data);
    expect(r).toMatchObject({ eligible: 1, attended: 1, absent: 0, entries: 1 });
  });

  it('recounts when the activities change under the same participant rows', () => {
    expect(activityReports(YEAR_2026, SAMPLE_YEAR)).toHaveLength(2);
    const fewer = ledgerData({
      ...SAMPLE_YEAR.tables,
      activities: SAMPLE_YEAR.tables.activities.filter((a) => a.id !== 'a-38'),
    });
    expect(activityReports(YEAR_2026, fewer).map((r) => r.title)).toEqual(['书法比赛']);
  });
});
