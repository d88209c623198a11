import { festivalName } from './records';

/*
 * Festival gifts (总工办发〔2017〕32号; LEDGERS.md §2): only on the statutory holidays, never
 * cash or shopping cards. The list of holidays is the 全国年节及纪念日放假办法's.
 */

/** 法定节日 (全国年节及纪念日放假办法). */
export const STATUTORY_FESTIVALS = [
  '元旦',
  '春节',
  '清明',
  '五一',
  '端午',
  '中秋',
  '国庆',
] as const;

/** True when `festival` (short name: 春节, 中秋 …) is a statutory holiday. */
export function isStatutoryFestival(festival: string | null | undefined): boolean {
  if (!festival) return false;
  const f = festivalName(festival) ?? festival.trim();
  return (STATUTORY_FESTIVALS as readonly string[]).includes(f);
}

/** Words that make goods a shopping card or cash equivalent. */
const CARD_WORDS = [
  '购物卡',
  '超市卡',
  '储值卡',
  '礼品卡',
  '充值卡',
  '提货卡',
  '消费卡',
  '代金券',
  '购物券',
  '卡券',
  '现金',
  '红包',
];

/** The word that makes `goods` a card or cash, or null. */
export function cardWordIn(goods: string): string | null {
  return CARD_WORDS.find((w) => goods.includes(w)) ?? null;
}

export const FESTIVAL_CASH_REASON =
  '节日慰问只能发放实物，不得发放现金、购物卡或代金券（总工办发〔2017〕32号）';

/**
 * Why festival goods are refused: cash, or goods that are a card; null when they are fine.
 */
export function festivalRefusal(cashCents: number, goods: string): string | null {
  if (cashCents > 0) return `${FESTIVAL_CASH_REASON}：请把现金改为实物`;
  const w = cardWordIn(goods);
  if (w) return `${FESTIVAL_CASH_REASON}：物品中有“${w}”`;
  return null;
}

/** A warning for review when the festival is not statutory (三八, 教师节, 重阳 …). */
export function festivalFlag(festival: string | null | undefined): string | null {
  if (!festival || !festival.trim()) return '请填写是哪个节日';
  if (isStatutoryFestival(festival)) return null;
  return `“${festival}”不是法定节日（${STATUTORY_FESTIVALS.join('、')}），节日慰问请核实是否符合规定`;
}
