import { describe, expect, it } from 'vitest';
import { SAMPLE_YEAR } from '../../yearEnd/rules/sampleYear';
import { COUNTS_VERSION, countRows } from './activityReport';

const rowsOf = (activityId: string) =>
  SAMPLE_YEAR.tables.participants.filter((p) => p.activityId === activityId);

describe('countRows', () => {
  it('counts each member once at their best state, guests, entries and prizes', () => {
    // Kept counts carry COUNTS_VERSION: when these expected counts have to change, bump it,
    // or databases keep counts made by the old rule.
    expect(COUNTS_VERSION).toBe(1);
    // 三八: 李梅 出席, 陈 请假, 张三 缺席, a guest 出席.
    expect(countRows(rowsOf('a-38'))).toEqual({
      eligible: 3,
      leave: 1,
      absent: 1,
      entries: 0,
      prizes: 0,
      attendedRowIds: ['a-38#1'],
      attendedMemberIds: ['li'],
      guestRowIds: ['a-38#4'],
    });
    // 书法: 张三 with two entries is one person, on his first row; three entries, one prize.
    expect(countRows(rowsOf('a-shufa'))).toEqual({
      eligible: 3,
      leave: 0,
      absent: 0,
      entries: 3,
      prizes: 1,
      attendedRowIds: ['a-shufa#5', 'a-shufa#7', 'a-shufa#8'],
      attendedMemberIds: ['zhang', 'li', 'wang'],
      guestRowIds: [],
    });
  });

  it('takes the rows in list order whatever order they come in', () => {
    const rows = rowsOf('a-shufa');
    expect(countRows([...rows].reverse())).toEqual(countRows(rows));
  });
});
