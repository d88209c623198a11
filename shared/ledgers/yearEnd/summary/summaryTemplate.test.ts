import { describe, expect, it } from 'vitest';
import type { LedgerFigures } from '../rules/report';
import { fillSummaryTemplate, summaryFields, templateFromText } from './summaryTemplate';

const fig = (key: string, label: string, value: number | string, unit: string) => ({
  key,
  label,
  value,
  unit,
  definition: '',
  table: 'activities' as const,
  recordIds: [],
});
const groups = (count: number, times: number): LedgerFigures[] => [
  {
    ledger: 'activities',
    label: '活动台账',
    figures: [
      fig('activities.count', '开展活动', count, '次'),
      fig('activities.personTimes', '参加活动人次', times, '人次'),
      fig('activities.personTimesWithGuests', '参加活动人次（含来宾）', times + 1, '人次'),
      fig('membership.rate', '入会率', 0.9737, ''),
      fig('care.total', '慰问金额合计', '7140.00', '元'),
      fig('honours.count', '获得表彰', 3, '项'),
      fig('proposals.accepted', '立案', 3, '件'),
    ],
  },
];
const PERIOD = { from: '2026-01-01', to: '2026-12-31' };
const fields2026 = summaryFields({
  unionName: '一中工会',
  year: 2026,
  period: PERIOD,
  groups: groups(6, 980),
});
const fields2027 = summaryFields({
  unionName: '一中工会',
  year: 2027,
  period: { from: '2027-01-01', to: '2027-12-31' },
  groups: groups(8, 1100),
});

describe('the 工作总结 template', () => {
  it('fills the §11 keys with next year’s figures, rates as percentages and money as written', () => {
    const [s] = fillSummaryTemplate(
      {
        文体活动:
          '{year}年共组织活动{activities.count}次，参加{activities.personTimesWithGuests}人次；入会率{membership.rate}，慰问{care.total}元。',
      },
      fields2027,
    );
    expect(s).toMatchObject({
      name: '文体活动',
      text: '2027年共组织活动8次，参加1101人次；入会率97.37%，慰问7140.00元。',
      unknown: [],
    });
  });

  it('keeps an unknown field in braces and reports it, as a notice template does', () => {
    const [s] = fillSummaryTemplate({ 文体活动: '共{activities.cuont}次，{时间}' }, fields2026);
    expect(s!.text).toBe('共{activities.cuont}次，{时间}');
    expect(s!.unknown).toEqual(['activities.cuont', '时间']);
    expect(
      s!.parts.filter((p) => p.kind === 'field').map((p) => p.kind === 'field' && p.status),
    ).toEqual(['unknown', 'empty']);
  });

  it('leaves out sections the template does not have (they keep the automatic draft)', () => {
    expect(fillSummaryTemplate({ 经费: '无' }, fields2026).map((s) => s.name)).toEqual(['经费']);
  });

  it('turns the chair’s numbers that are one figure’s value into fields, and no others', () => {
    // 6 is a lone digit (too common to guess), 3 is both 表彰 and 立案: both stay as typed.
    const t = templateFromText(
      '一中工会全年共组织活动6次，参加980人次，慰问7140.00元，入会率97.37%，获表彰3项，另有2次外出。',
      fields2026,
    );
    expect(t).toBe(
      '{unionName}全年共组织活动6次，参加{activities.personTimes}人次，慰问{care.total}元，入会率{membership.rate}，获表彰3项，另有2次外出。',
    );
    const [next] = fillSummaryTemplate({ 文体活动: t }, fields2027);
    expect(next!.text).toBe(
      '一中工会全年共组织活动6次，参加1100人次，慰问7140.00元，入会率97.37%，获表彰3项，另有2次外出。',
    );
  });
});
