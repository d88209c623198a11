import { describe, expect, it } from 'vitest';
import { congressReminder } from './reminder';

const s = (date: string) => ({ date, name: '第三届教职工代表大会第五次会议' });

describe('congressReminder', () => {
  it('is quiet within a year of the last session and speaks on the day a year has passed', () => {
    expect(congressReminder([s('2025-12-02')], '2026-12-01')).toBe(null);
    expect(congressReminder([s('2025-12-01')], '2026-12-01')).toBe(
      '距上次教代会（第三届教职工代表大会第五次会议，2025年12月1日）已满一年，教代会每学年至少召开一次',
    );
  });

  it('looks at the latest past session only, and is quiet with none', () => {
    expect(congressReminder([s('2024-03-01'), s('2026-03-01')], '2026-12-01')).toBe(null);
    expect(congressReminder([], '2026-12-01')).toBe(null);
    // a session planned for later does not count as held
    expect(congressReminder([s('2024-03-01'), s('2027-03-01')], '2026-12-01')).not.toBe(null);
  });
});
