import { describe, expect, it } from 'vitest';
import { formatResult, parseResult } from './sheets';

describe('名次奖项 in the 活动参加 sheet', () => {
  it('writes rank and award together and reads them back', () => {
    expect(formatResult({ rank: 1, award: '一等奖' })).toBe('第1名、一等奖');
    expect(parseResult('第1名、一等奖')).toEqual({ rank: 1, award: '一等奖' });
    expect(parseResult('优秀奖')).toEqual({ award: '优秀奖' });
    expect(parseResult('第 3 名')).toEqual({ rank: 3 });
    expect(parseResult('')).toBeNull();
  });
});
