import { isIsoDate } from '../../../core/text/dates';
import type { Member } from '../../roster/rules/member';
import { isUnionMember, statusOn } from '../../roster/rules/membership';
import { festivalFlag, festivalRefusal } from './festival';
import {
  festivalName,
  FUND_SOURCES,
  type Distribution,
  type DistributionRecipient,
  type FundSource,
  type ReceiptState,
  type RecipientRule,
} from './records';

/** The default rule (LEDGERS.md §2): 在职会员 on the day; retirees and non-members excluded. */
export const DEFAULT_RECIPIENT_RULE: RecipientRule = {
  inService: true,
  retirees: false,
  nonMembers: false,
};

/** 「在职会员（不含退休、非会员）」 */
export function describeRecipientRule(r: RecipientRule): string {
  const who = [r.inService ? '在职' : '', r.retirees ? '退休' : ''].filter(Boolean).join('和');
  const base = `${who || '（无）'}${r.nonMembers ? '教职工（含非会员）' : '会员'}`;
  const out = [!r.retirees ? '退休' : '', !r.nonMembers ? '非会员' : ''].filter(Boolean);
  return out.length ? `${base}（不含${out.join('、')}）` : base;
}

/**
 * Who a rule gives the distribution to on `date`: status on that day (在职, and 退休 when
 * chosen); union members only unless non-members are chosen. Retirees keep membership
 * (保留会籍), so a retiree who is a member counts as a member.
 */
export function recipientsByRule(
  members: readonly Member[],
  rule: RecipientRule,
  date: string,
): Member[] {
  return members.filter((m) => {
    const s = statusOn(m, date);
    const statusOk = (rule.inService && s === '在职') || (rule.retirees && s === '退休');
    return statusOk && (rule.nonMembers || isUnionMember(m));
  });
}

export interface DistributionDraft {
  date: string;
  occasion: string;
  festival: string;
  item: string;
  quantity: string;
  /** Per-head value in 分. */
  valueCents: number | null;
  fundSource: FundSource;
  handler: string;
  notes: string;
  campaignId: string | null;
}

export function emptyDistributionDraft(today: string): DistributionDraft {
  return {
    date: today,
    occasion: '',
    festival: '',
    item: '',
    quantity: '1份',
    valueCents: null,
    fundSource: '工会经费',
    handler: '',
    notes: '',
    campaignId: null,
  };
}

/**
 * A saved distribution's facts as a draft, to edit them. A festival read from the occasion is
 * left to be read again, so changing 「中秋节」 to 「国庆节」 changes the festival too.
 */
export function draftOfDistribution(d: Distribution): DistributionDraft {
  const derived = festivalOfDraft({ festival: '', occasion: d.occasion });
  return {
    date: d.date,
    occasion: d.occasion,
    festival: d.festival === derived ? '' : (d.festival ?? ''),
    item: d.item,
    quantity: d.quantity,
    valueCents: d.valueCents,
    fundSource: d.fundSource,
    handler: d.handler,
    notes: d.notes,
    campaignId: d.campaignId,
  };
}

/** The festival a distribution is for: typed, else read from the occasion (「中秋节」 → 中秋). */
export function festivalOfDraft(
  d: Pick<DistributionDraft, 'festival' | 'occasion'>,
): string | null {
  return festivalName(d.festival.trim() || d.occasion) ?? (d.festival.trim() || null);
}

export function validateDistribution(d: DistributionDraft): {
  errors: Record<string, string>;
  warnings: string[];
} {
  const errors: Record<string, string> = {};
  const warnings: string[] = [];
  if (!isIsoDate(d.date)) errors.date = '请填写发放日期';
  if (!d.occasion.trim()) errors.occasion = '请填写发放事由，如“中秋节”';
  if (!d.item.trim()) errors.item = '请填写发放的物品，如“月饼”';
  if (d.valueCents === null || !Number.isInteger(d.valueCents) || d.valueCents < 0)
    errors.valueCents = '请填写人均价值（元），最多两位小数';
  if (!(FUND_SOURCES as readonly string[]).includes(d.fundSource))
    errors.fundSource = '请选择经费来源';
  const festival = festivalOfDraft(d);
  if (festival) {
    const refused = festivalRefusal(0, `${d.item} ${d.quantity}`);
    if (refused) errors.item = refused;
    const flag = festivalFlag(festival);
    if (flag) warnings.push(flag);
  }
  return { errors, warnings };
}

/** Receipts counted for the sheet's foot and the list. */
export interface ReceiptCounts {
  total: number;
  self: number;
  proxy: number;
  late: number;
  unsigned: number;
}

export function countReceipts(
  rs: readonly Pick<DistributionRecipient, 'receipt'>[],
): ReceiptCounts {
  const c: ReceiptCounts = { total: rs.length, self: 0, proxy: 0, late: 0, unsigned: 0 };
  for (const r of rs) {
    if (r.receipt === '本人') c.self++;
    else if (r.receipt === '代领') c.proxy++;
    else if (r.receipt === '补签') c.late++;
    else c.unsigned++;
  }
  return c;
}

/** One receipt as keyed on the receipt screen. */
export interface ReceiptChange {
  receipt: ReceiptState;
  proxyName: string | null;
  signedOn: string | null;
}

/**
 * A receipt change, checked: 代领 needs who collected; 补签 needs a day on or after the
 * distribution's; 本人/代领 are dated the distribution day; 未签 clears both.
 * Returns the change or a Chinese message.
 */
export function receiptChange(
  receipt: ReceiptState,
  distributionDate: string,
  opts: { proxyName?: string | null; signedOn?: string | null } = {},
): { ok: true; change: ReceiptChange } | { ok: false; message: string } {
  switch (receipt) {
    case '未签':
      return { ok: true, change: { receipt, proxyName: null, signedOn: null } };
    case '本人':
      return { ok: true, change: { receipt, proxyName: null, signedOn: distributionDate } };
    case '代领': {
      const who = (opts.proxyName ?? '').trim();
      if (!who) return { ok: false, message: '代领请填写代领人姓名' };
      return { ok: true, change: { receipt, proxyName: who, signedOn: distributionDate } };
    }
    case '补签': {
      const day = opts.signedOn ?? '';
      if (!isIsoDate(day)) return { ok: false, message: '补签请填写补签日期' };
      if (day < distributionDate)
        return { ok: false, message: `补签日期不能早于发放日期 ${distributionDate}` };
      return { ok: true, change: { receipt, proxyName: null, signedOn: day } };
    }
  }
}

/** Keys of the receipt screen: 1 本人, 2 代领, 3 补签, 0 未签 (as the attendance screen). */
export const RECEIPT_KEYS: Record<string, ReceiptState> = {
  '1': '本人',
  '2': '代领',
  '3': '补签',
  '0': '未签',
};

/** Reads 签收 from a sheet: 本人/本人签收/已签 → 本人 …; null when unknown. */
export function parseReceipt(text: string | null): ReceiptState | null {
  const t = (text ?? '').trim();
  if (!t) return '未签';
  if (['本人', '本人签收', '已签', '已领', '签收', '√', '✓'].includes(t)) return '本人';
  if (t.startsWith('代领') || t === '代签') return '代领';
  if (t.startsWith('补签')) return '补签';
  if (['未签', '未领', '未签收', '×'].includes(t)) return '未签';
  return null;
}
