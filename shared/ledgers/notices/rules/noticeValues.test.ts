import { describe, expect, it } from 'vitest';
import {
  activityNoticeValues,
  formatClockChinese,
  formatNoticeTime,
  participantsText,
  suggestDocumentPrefix,
  weekdayOf,
} from './noticeValues';

const meeting = {
  title: '第五届教代会第二次会议',
  startDate: '2026-11-25',
  startTime: '15:00',
  endDate: null,
  endTime: null,
  place: '学校报告厅',
  targetGroup: '全体在职教职工',
};

describe('notice time text', () => {
  it('names the weekday of a date', () => {
    expect(weekdayOf('2026-11-25')).toBe('星期三');
    expect(weekdayOf('2026-03-08')).toBe('星期日');
  });

  it('writes clock times the way notices do, with the part of the day', () => {
    expect(formatClockChinese('15:00')).toBe('下午3:00');
    expect(formatClockChinese('08:30')).toBe('上午8:30');
    expect(formatClockChinese('12:30')).toBe('中午12:30');
    expect(formatClockChinese('19:00')).toBe('晚上7:00');
  });

  it('writes a meeting start as date, weekday and time', () => {
    expect(formatNoticeTime(meeting)).toBe('2026年11月25日（星期三）下午3:00');
  });

  it('does not repeat the part of the day for an end time in the same half', () => {
    expect(formatNoticeTime({ ...meeting, endTime: '17:00' })).toBe(
      '2026年11月25日（星期三）下午3:00至5:00',
    );
    expect(formatNoticeTime({ ...meeting, startTime: '09:00', endTime: '16:00' })).toBe(
      '2026年11月25日（星期三）上午9:00至下午4:00',
    );
  });

  it('writes an activity over several days as a range of days', () => {
    expect(
      formatNoticeTime({ ...meeting, startTime: null, endDate: '2026-11-27', endTime: null }),
    ).toBe('2026年11月25日（星期三）至11月27日（星期五）');
    expect(
      formatNoticeTime({
        ...meeting,
        startDate: '2026-12-31',
        startTime: null,
        endDate: '2027-01-02',
      }),
    ).toBe('2026年12月31日（星期四）至2027年1月2日（星期六）');
  });
});

describe('participants text', () => {
  it('uses the target group, with the list size when there is a list', () => {
    expect(participantsText('全体在职教职工', 0)).toBe('全体在职教职工');
    expect(participantsText('全体在职教职工', 45)).toBe('全体在职教职工（共45人）');
  });

  it('falls back to the count, or nothing, without a target group', () => {
    expect(participantsText('  ', 12)).toBe('名单所列12人');
    expect(participantsText('', 0)).toBe('');
  });
});

describe('merge values from an activity', () => {
  it('fills name, time, place and participants', () => {
    expect(activityNoticeValues(meeting, 45)).toEqual({
      活动名称: '第五届教代会第二次会议',
      时间: '2026年11月25日（星期三）下午3:00',
      地点: '学校报告厅',
      参加人员: '全体在职教职工（共45人）',
    });
  });

  it('leaves out what the activity does not say, so the editor can flag it', () => {
    const values = activityNoticeValues({ ...meeting, place: ' ', targetGroup: '' });
    expect(values).not.toHaveProperty('地点');
    expect(values).not.toHaveProperty('参加人员');
  });
});

describe('document number prefix', () => {
  it('derives a short issuer code from the union name', () => {
    expect(suggestDocumentPrefix('城南小学工会')).toBe('城南工');
    expect(suggestDocumentPrefix('城南小学工会委员会')).toBe('城南工');
    expect(suggestDocumentPrefix('XX市第一中学工会委员会')).toBe('一中工');
    expect(suggestDocumentPrefix('城关镇总工会')).toBe('城关镇总工');
  });

  it('drops the city in front of the unit name', () => {
    expect(suggestDocumentPrefix('临江市实验小学工会委员会')).toBe('实验工');
  });
});
