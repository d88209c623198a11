import { describe, expect, it } from 'vitest';
import { newMember, withStatus, type Member } from '../../roster/rules/member';
import {
  countReceipts,
  DEFAULT_RECIPIENT_RULE,
  describeRecipientRule,
  draftOfDistribution,
  festivalOfDraft,
  emptyDistributionDraft,
  parseReceipt,
  receiptChange,
  recipientsByRule,
  validateDistribution,
} from './distribution';

const m = (id: string, over: Partial<Member> = {}, retiredOn?: string): Member => {
  const base = newMember({ id, name: id, joinDate: '2000-09-01', rosterOrder: 1, ...over }, 'T');
  return retiredOn ? withStatus(base, { status: '退休', date: retiredOn }) : base;
};

describe('recipientsByRule', () => {
  const roster = [
    m('inService'),
    m('retiredBefore', {}, '2026-03-01'),
    m('retiresAfter', {}, '2026-10-01'),
    m('nonMember', { isMember: false, joinDate: null }),
  ];
  it('default: members in service on the day — retirees and non-members excluded', () => {
    expect(recipientsByRule(roster, DEFAULT_RECIPIENT_RULE, '2026-09-20').map((x) => x.id)).toEqual(
      ['inService', 'retiresAfter'],
    );
  });
  it('retirees and non-members when chosen', () => {
    const all = recipientsByRule(
      roster,
      { inService: true, retirees: true, nonMembers: true },
      '2026-09-20',
    );
    expect(all.map((x) => x.id)).toEqual([
      'inService',
      'retiredBefore',
      'retiresAfter',
      'nonMember',
    ]);
  });
  it('describes the rule in words', () => {
    expect(describeRecipientRule(DEFAULT_RECIPIENT_RULE)).toBe('在职会员（不含退休、非会员）');
    expect(describeRecipientRule({ inService: true, retirees: true, nonMembers: false })).toBe(
      '在职和退休会员（不含非会员）',
    );
  });
});

describe('receipts', () => {
  it('本人 and 代领 are dated the distribution day; 代领 needs who', () => {
    expect(receiptChange('本人', '2026-09-20')).toEqual({
      ok: true,
      change: { receipt: '本人', proxyName: null, signedOn: '2026-09-20' },
    });
    expect(receiptChange('代领', '2026-09-20', { proxyName: '' })).toEqual({
      ok: false,
      message: '代领请填写代领人姓名',
    });
    expect(receiptChange('代领', '2026-09-20', { proxyName: ' 李强 ' })).toMatchObject({
      ok: true,
      change: { proxyName: '李强' },
    });
  });
  it('补签 needs a day, not before the distribution (the same day is allowed)', () => {
    expect(receiptChange('补签', '2026-09-20', {})).toEqual({
      ok: false,
      message: '补签请填写补签日期',
    });
    expect(receiptChange('补签', '2026-09-20', { signedOn: '2026-09-19' })).toEqual({
      ok: false,
      message: '补签日期不能早于发放日期 2026-09-20',
    });
    expect(receiptChange('补签', '2026-09-20', { signedOn: '2026-09-20' })).toMatchObject({
      ok: true,
    });
  });
  it('counts 本人 / 代领 / 补签 / 未签', () => {
    const rs = ['本人', '本人', '代领', '补签', '未签'].map(
      (receipt) => ({ receipt }) as { receipt: '本人' },
    );
    expect(countReceipts(rs)).toEqual({ total: 5, self: 2, proxy: 1, late: 1, unsigned: 1 });
  });
  it('reads 签收 from a sheet', () => {
    expect(parseReceipt('已签')).toBe('本人');
    expect(parseReceipt('代领（李强）')).toBe('代领');
    expect(parseReceipt('')).toBe('未签');
    expect(parseReceipt('不知道')).toBeNull();
  });
});

describe('validateDistribution', () => {
  const d = {
    ...emptyDistributionDraft('2026-09-20'),
    occasion: '中秋节',
    item: '月饼礼盒',
    valueCents: 20000,
  };
  it('accepts mooncakes at 中秋', () => {
    expect(validateDistribution(d)).toEqual({ errors: {}, warnings: [] });
  });
  it('refuses a shopping card for a festival, and flags a non-statutory festival', () => {
    expect(validateDistribution({ ...d, item: '超市购物卡' }).errors.item).toMatch(
      /物品中有“购物卡”/,
    );
    expect(validateDistribution({ ...d, occasion: '教师节' }).warnings[0]).toMatch(/不是法定节日/);
  });
  it('names missing fields', () => {
    expect(validateDistribution({ ...d, occasion: '', item: '', valueCents: null }).errors).toEqual(
      {
        occasion: '请填写发放事由，如“中秋节”',
        item: '请填写发放的物品，如“月饼”',
        valueCents: '请填写人均价值（元），最多两位小数',
      },
    );
  });
});

describe('draftOfDistribution', () => {
  const saved = {
    id: 'd1',
    date: '2026-09-20',
    year: 2026,
    occasion: '中秋节',
    festival: '中秋',
    item: '月饼礼盒',
    quantity: '1盒',
    valueCents: 20000,
    fundSource: '工会经费' as const,
    rule: null,
    campaignId: null,
    handler: '张三',
    notes: '',
    createdAt: 'T',
    updatedAt: 'T',
  };
  it('gives the facts back, leaving a festival read from the occasion to be read again', () => {
    const d = draftOfDistribution(saved);
    expect(d).toMatchObject({
      occasion: '中秋节',
      item: '月饼礼盒',
      valueCents: 20000,
      festival: '',
    });
    expect(festivalOfDraft({ ...d, occasion: '国庆节' })).toBe('国庆');
  });
  it('keeps a festival typed apart from the occasion', () => {
    expect(draftOfDistribution({ ...saved, occasion: '节日慰问', festival: '春节' }).festival).toBe(
      '春节',
    );
  });
});
