import { describe, expect, it } from 'vitest';
import { cardWordIn, festivalFlag, festivalRefusal, isStatutoryFestival } from './festival';
import { festivalName, parseReasonText, reasonText } from './records';

describe('statutory festivals', () => {
  it('knows the seven (元旦 春节 清明 五一 端午 中秋 国庆), with or without 节', () => {
    for (const f of ['元旦', '春节', '清明', '五一', '端午', '中秋节', '国庆节', '劳动节'])
      expect(isStatutoryFestival(f)).toBe(true);
    for (const f of ['三八', '教师节', '重阳', '元宵', '', null])
      expect(isStatutoryFestival(f)).toBe(false);
  });
  it('flags a non-statutory festival for review, and passes a statutory one', () => {
    expect(festivalFlag('中秋')).toBeNull();
    expect(festivalFlag('教师节')).toMatch(/不是法定节日/);
    expect(festivalFlag('')).toBe('请填写是哪个节日');
  });
});

describe('cash and shopping cards for festival goods', () => {
  it('refuses cash, naming the reason', () => {
    expect(festivalRefusal(1, '')).toMatch(/不得发放现金、购物卡.*请把现金改为实物/);
  });
  it('refuses goods that are a card or voucher, naming the word', () => {
    expect(festivalRefusal(0, '超市购物卡1张')).toMatch(/物品中有“购物卡”/);
    expect(cardWordIn('月饼提货卡')).toBe('提货卡');
    expect(cardWordIn('月饼礼盒')).toBeNull();
    expect(festivalRefusal(0, '大米1袋、食用油1桶')).toBeNull();
  });
});

describe('事由 text', () => {
  it('writes a festival as 节日（春节） and reads it back', () => {
    expect(reasonText({ reason: '节日', festival: '春节' })).toBe('节日（春节）');
    expect(parseReasonText('节日（春节）')).toEqual({ reason: '节日', festival: '春节' });
    expect(parseReasonText('节日(中秋)')).toEqual({ reason: '节日', festival: '中秋' });
  });
  it('reads the usual words chairs write', () => {
    expect(parseReasonText('住院')).toEqual({ reason: '生病住院', festival: null });
    expect(parseReasonText('困难/送温暖')).toEqual({ reason: '困难', festival: null });
    expect(parseReasonText('中秋节')).toEqual({ reason: '节日', festival: '中秋' });
    expect(parseReasonText('出差')).toBeNull();
  });
  it('shortens festival names: 中秋节 → 中秋, 劳动节 → 五一', () => {
    expect(festivalName('中秋节')).toBe('中秋');
    expect(festivalName('劳动节')).toBe('五一');
    expect(festivalName('教师节慰问')).toBe('教师');
    expect(festivalName('夏送清凉')).toBeNull();
  });
});
