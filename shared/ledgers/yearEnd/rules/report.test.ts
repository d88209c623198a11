import { describe, expect, it } from 'vitest';
import type { Figure } from '../../types';
import { buildReport, figuresByLedger } from './report';
import { SAMPLE_YEAR, YEAR_2026 } from './sampleYear';

const figure = (key: string, value: number): Figure => ({
  key,
  label: key,
  value,
  unit: '人',
  definition: '',
  table: 'members',
  recordIds: [],
});

describe('buildReport', () => {
  it('joins every ledger’s figures into { key: value } with the period and the activities', () => {
    const ledgers = [
      { name: 'union' as const, label: '工会组织', figures: () => [figure('honours.count', 2)] },
      { name: 'roster' as const, label: '会员台账', figures: () => [figure('members.total', 5)] },
    ];
    const r = buildReport(YEAR_2026, SAMPLE_YEAR, ledgers);
    expect(Object.keys(r)).toEqual(['period', 'figures', 'activities', 'congress', 'elections']);
    expect(r.period).toEqual(YEAR_2026);
    expect(r.figures).toEqual({ 'honours.count': 2, 'members.total': 5 });
    expect(r.activities.map((a) => a.title)).toEqual(['三八节趣味活动', '书法比赛']);
    expect(r.congress).toEqual([]);
  });

  it('refuses a figure key declared by two ledgers', () => {
    const twice = { name: 'roster' as const, label: '', figures: () => [figure('x', 1)] };
    expect(() => figuresByLedger(YEAR_2026, SAMPLE_YEAR, [twice, twice])).toThrow('x');
  });
});
