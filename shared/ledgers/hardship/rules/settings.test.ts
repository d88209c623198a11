import { describe, expect, it } from 'vitest';
import { DEFAULT_HARDSHIP_SETTINGS, validateSettings, withDefaults } from './settings';

describe('hardship settings', () => {
  it('every default carries its source and is valid', () => {
    expect(validateSettings(DEFAULT_HARDSHIP_SETTINGS)).toEqual([]);
    for (const s of Object.values(DEFAULT_HARDSHIP_SETTINGS))
      expect(s.source.length).toBeGreaterThan(5);
  });

  it('refuses a number out of range and a missing source, in Chinese', () => {
    const s = structuredClone(DEFAULT_HARDSHIP_SETTINGS);
    s.marginalPercent.value = 99;
    s.exitMonths.source = ' ';
    expect(validateSettings(s)).toEqual([
      '低保边缘上限应在 100 到 500 % 低保标准之间',
      '脱困：人均收入连续高于低保请写明依据（文号或条款）',
    ]);
    const days = structuredClone(DEFAULT_HARDSHIP_SETTINGS);
    days.publicNoticeDays.value = 0;
    expect(validateSettings(days)).toEqual(['建档公示期应在 1 到 30 天之间']);
    days.publicNoticeDays.value = 30;
    expect(validateSettings(days)).toEqual([]);
    s.marginalPercent.value = 100;
    s.exitMonths.source = '本会';
    expect(validateSettings(s)).toEqual([]);
  });

  it('fills settings missing from an older stored value with their defaults', () => {
    const stored = { exitMonths: { value: 3, source: '本地' } };
    const s = withDefaults(stored);
    expect(s.exitMonths.value).toBe(3);
    expect(s.reviewIntervalMonths).toEqual(DEFAULT_HARDSHIP_SETTINGS.reviewIntervalMonths);
  });
});
