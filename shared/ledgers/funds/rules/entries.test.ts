import { describe, expect, it } from 'vitest';
import {
  emptyEntryDraft,
  missingSignatures,
  nextVoucher,
  parseYuan,
  toFundEntry,
  validateEntry,
  type FundEntryDraft,
} from './entries';

const draft = (fields: Partial<FundEntryDraft> = {}): FundEntryDraft => ({
  ...emptyEntryDraft('2026-07-10'),
  category: '职工活动支出',
  subCategory: '会员活动支出',
  summary: '慰问住院教职工',
  amount: '500',
  handler: '李明',
  checker: '王会计',
  approver: '张主席',
  ...fields,
});

describe('amounts in 元', () => {
  it('become exact 分, never floating point', () => {
    expect(parseYuan('0.29')).toBe(29);
    expect(parseYuan('1,280.5')).toBe(128050);
    expect(parseYuan('7450.50元')).toBe(745050);
    expect(parseYuan('12.345')).toBeNull();
    expect(parseYuan('abc')).toBeNull();
  });
});

describe('the approval checks', () => {
  it('accept a complete expense', () => {
    expect(validateEntry(draft())).toEqual({});
  });
  it('refuse 经办 = 审核', () => {
    expect(validateEntry(draft({ checker: '李明' })).checker).toBe('经办人与审核人不能是同一人');
  });
  it('refuse the cashier as 审核人', () => {
    expect(validateEntry(draft({ checker: '赵出纳' }), { cashiers: ['赵出纳'] }).checker).toBe(
      '赵出纳是出纳，出纳不能担任审核人',
    );
  });
  it('save an expense without all three, listing what is missing', () => {
    const d = draft({ approver: '', checker: '' });
    expect(validateEntry(d)).toEqual({});
    expect(missingSignatures(toFundEntry(d, { id: 'e', createdAt: '', updatedAt: '' }))).toEqual([
      '审核人',
      '审批人',
    ]);
  });
  it('do not ask income for signatures', () => {
    expect(
      missingSignatures({ direction: '收入', handler: '', checker: '', approver: '' }),
    ).toEqual([]);
  });
  it('refuse a zero amount, a category not in the tree, a used voucher', () => {
    expect(validateEntry(draft({ amount: '0' })).amount).toMatch('大于 0');
    expect(validateEntry(draft({ category: '吃饭支出' })).category).toBe('请选择支出科目');
    expect(validateEntry(draft({ subCategory: '培训费' })).subCategory).toMatch('没有明细科目');
    expect(validateEntry(draft({ voucher: '12' }), { vouchersInYear: ['12'] }).voucher).toMatch(
      '已经用过',
    );
  });
});

describe('voucher numbers', () => {
  it('follow the largest of the year, keeping a prefix and its digits', () => {
    expect(nextVoucher([])).toBe('1');
    expect(nextVoucher(['1', '2', '11', '3'])).toBe('12');
    expect(nextVoucher(['记-009', '记-010'])).toBe('记-011');
  });
});
