import { describe, expect, it } from 'vitest';
import { newMember, withStatus } from '../../roster/rules/member';
import { emptyLedgerData } from '../../store/ledgerData';
import type { LedgerData } from '../../types';
import { careFigures } from './figures';
import type { CareVisit, Distribution, DistributionRecipient } from './records';

const T = '2026-01-01T00:00:00Z';
const visit = (id: string, over: Partial<CareVisit>): CareVisit => ({
  id,
  date: '2026-03-01',
  year: 2026,
  reason: '其他',
  festival: null,
  surgery: false,
  visitees: [],
  memberIds: [],
  visitors: [],
  fundSource: '工会经费',
  place: '',
  voucherNo: '',
  notes: '',
  stayId: null,
  campaignId: null,
  createdAt: T,
  updatedAt: T,
  ...over,
});
const x = (memberId: string, relation: '本人' | '配偶' | '父母', cash: number, goods = 0) => ({
  memberId,
  relation,
  name: `${memberId}-${relation}`,
  cashCents: cash,
  goods: goods ? '物品' : '',
  goodsCents: goods,
});

function data(): LedgerData {
  const d = emptyLedgerData();
  const members = [
    newMember({ id: 'a', name: 'A', joinDate: '2000-01-01', rosterOrder: 1 }, T),
    newMember({ id: 'b', name: 'B', joinDate: '2000-01-01', rosterOrder: 2 }, T),
    withStatus(newMember({ id: 'r', name: 'R', joinDate: '2000-01-01', rosterOrder: 3 }, T), {
      status: '退休',
      date: '2024-01-01',
    }),
  ];
  const careVisits = [
    // hospital, two visitors, a stay visited twice (each visit counts)
    visit('h1', {
      reason: '生病住院',
      stayId: 's',
      visitees: [x('a', '本人', 0, 30000)],
      visitors: [
        { memberId: 'b', name: 'B' },
        { memberId: null, name: '校长' },
      ],
    }),
    visit('h2', {
      date: '2026-03-20',
      reason: '生病住院',
      stayId: 's',
      visitees: [x('a', '本人', 30000)],
    }),
    // a retiree at 春节 (上级帮扶资金)
    visit('f', {
      date: '2026-01-20',
      reason: '节日',
      festival: '春节',
      fundSource: '上级帮扶资金',
      visitees: [x('r', '本人', 0, 40000)],
    }),
    // a family member: the member b benefits; together with b himself
    visit('fam', {
      reason: '直系亲属去世',
      fundSource: '行政',
      visitees: [x('b', '父母', 100000), x('b', '本人', 0)],
    }),
    // outside the period
    visit('old', { date: '2025-12-31', visitees: [x('a', '本人', 99900)] }),
  ];
  const dist: Distribution = {
    id: 'd',
    date: '2026-09-20',
    year: 2026,
    occasion: '中秋节',
    festival: '中秋',
    item: '月饼',
    quantity: '1盒',
    valueCents: 20000,
    fundSource: '工会经费',
    rule: null,
    campaignId: null,
    handler: '',
    notes: '',
    createdAt: T,
    updatedAt: T,
  };
  const rec = (
    memberId: string,
    receipt: DistributionRecipient['receipt'],
  ): DistributionRecipient => ({
    id: `d:${memberId}`,
    distributionId: 'd',
    memberId,
    name: memberId,
    department: '',
    unionGroup: '',
    order: 0,
    receipt,
    proxyName: null,
    signedOn: null,
  });
  return {
    profile: null,
    tables: {
      ...d.tables,
      members,
      careVisits,
      distributions: [dist],
      distributionRecipients: [rec('a', '本人'), rec('b', '未签'), rec('r', '代领')],
    },
  };
}

const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const byKey = (d: LedgerData) => Object.fromEntries(careFigures(YEAR, d).map((f) => [f.key, f]));

describe('care figures (LEDGERS.md §11)', () => {
  it('counts visits, visitee-times, visitor-times and distinct beneficiaries', () => {
    const f = byKey(data());
    expect(f['care.visits']!.value).toBe(4);
    expect(f['care.visiteeTimes']!.value).toBe(5);
    expect(f['care.visitorTimes']!.value).toBe(2);
    expect(f['care.beneficiaries']!.value).toBe(3);
    expect([...f['care.beneficiaries']!.recordIds].sort()).toEqual(['a', 'b', 'r']);
  });
  it('counts the kinds the reports quote: hospital, retirees, family — and all three once each', () => {
    const f = byKey(data());
    expect(f['care.hospitalTimes']!.value).toBe(2);
    expect(f['care.retireeTimes']!.value).toBe(1);
    expect(f['care.familyTimes']!.value).toBe(1);
    expect(f['care.hospitalRetireeFamilyTimes']!.value).toBe(4);
  });
  it('sums money in 分 and prints it with two decimals, by fund source', () => {
    const f = byKey(data());
    expect(f['care.cash']!.value).toBe('1300.00');
    expect(f['care.goods']!.value).toBe('700.00');
    expect(f['care.total']!.value).toBe('2000.00');
    expect(f['care.fromUnionFunds']!.value).toBe('600.00');
    expect(f['care.fromSuperior']!.value).toBe('400.00');
    expect(f['care.fromAdministration']!.value).toBe('1000.00');
    expect(f['care.fromCharity']!.value).toBe('0.00');
  });
  it('counts records over a cap of the active profile (福建 by default): the stay 300+300 > 500', () => {
    const f = byKey(data());
    expect(f['care.capWarnings']!.value).toBe(1);
    expect(f['care.capWarnings']!.recordIds).toEqual(['h2']);
  });
  it('counts distributions: recipients, total and unsigned', () => {
    const f = byKey(data());
    expect(f['distributions.count']!.value).toBe(1);
    expect(f['distributions.recipients']!.value).toBe(3);
    expect(f['distributions.total']!.value).toBe('600.00');
    expect(f['distributions.unsigned']!.value).toBe(1);
    expect(f['distributions.unsigned']!.recordIds).toEqual(['d:b']);
  });
});
