import type { IsoDate } from '../../../core/text/dates';

/*
 * The care ledger's records (LEDGERS.md §2): visits (慰问/探望) with their visitees, hospital
 * stays that visits join, campaigns (活动批次) that group records, and distributions (福利发放)
 * with one receipt per recipient. Money is integer 分 everywhere.
 */

/** 慰问事由 (总工办发〔2017〕32号 sets the kinds). */
export const CARE_REASONS = [
  '生病住院',
  '生育',
  '结婚',
  '直系亲属去世',
  '本人去世',
  '退休',
  '生日',
  '节日',
  '困难',
  '金秋助学',
  '送清凉',
  '其他',
] as const;
export type CareReason = (typeof CARE_REASONS)[number];

/** How the list and printouts name a reason: 困难 is 「困难/送温暖」. */
export const CARE_REASON_LABELS: Record<CareReason, string> = {
  生病住院: '生病住院',
  生育: '生育',
  结婚: '结婚',
  直系亲属去世: '直系亲属去世',
  本人去世: '本人去世',
  退休: '退休',
  生日: '生日',
  节日: '节日',
  困难: '困难/送温暖',
  金秋助学: '金秋助学',
  送清凉: '送清凉',
  其他: '其他',
};

/** Whom a visit is for: the member himself or one of his family. */
export const VISITEE_RELATIONS = ['本人', '配偶', '子女', '父母', '其他'] as const;
export type VisiteeRelation = (typeof VISITEE_RELATIONS)[number];

export const FUND_SOURCES = ['工会经费', '上级帮扶资金', '行政', '慈善'] as const;
export type FundSource = (typeof FUND_SOURCES)[number];

/** One person visited: a member, or a family member of a member (the member benefits). */
export interface Visitee {
  /** The member visited, or whose family member was visited. */
  memberId: string;
  relation: VisiteeRelation;
  /** The visitee's name: the member's own, a 家庭成员's, or typed. */
  name: string;
  cashCents: number;
  /** 物品, e.g. 「水果篮1个、牛奶2箱」; '' when none. */
  goods: string;
  goodsCents: number;
}

/** A visitor: a member of the union, or a name typed (e.g. the headmaster). */
export interface Visitor {
  memberId: string | null;
  name: string;
}

export interface CareVisit {
  id: string;
  date: IsoDate;
  year: number;
  reason: CareReason;
  /** For 节日: which festival (春节, 中秋 …); null otherwise. */
  festival: string | null;
  /** For 生病住院: with surgery (some provinces allow more). */
  surgery: boolean;
  visitees: Visitee[];
  /** Distinct member ids of the visitees (indexed, for the member page). */
  memberIds: string[];
  visitors: Visitor[];
  fundSource: FundSource;
  place: string;
  /** 凭证号 of the expense voucher, '' when none. */
  voucherNo: string;
  notes: string;
  /** The hospital stay this visit belongs to (生病住院 only). */
  stayId: string | null;
  campaignId: string | null;
  createdAt: string;
  updatedAt: string;
  demo?: 1;
}

/**
 * A hospital stay (住院): opened by the first 住院 visit, or entered when the chair hears of
 * it; later visits join it, and the hospital cap counts the stay once however many visits.
 */
export interface CareStay {
  id: string;
  memberId: string;
  relation: VisiteeRelation;
  /** The patient's name (the member or his family member). */
  name: string;
  admittedOn: IsoDate;
  dischargedOn: IsoDate | null;
  surgery: boolean;
  hospital: string;
  notes: string;
  /** The visit that opened it (absent when entered by hand): deleting that visit removes it. */
  openedBy?: string;
  demo?: 1;
}

export const CAMPAIGN_KINDS = ['两节送温暖', '金秋助学', '夏送清凉', '教师节慰问', '其他'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

/** A named batch (活动批次) that groups visits and distributions. */
export interface Campaign {
  id: string;
  name: string;
  kind: CampaignKind;
  year: number;
  startDate: IsoDate;
  endDate: IsoDate | null;
  notes: string;
  demo?: 1;
}

/** Who a distribution goes to when made from a rule (LEDGERS.md §2: 在职会员 on the day). */
export interface RecipientRule {
  /** Members in service (在职) on the day. Always true for a rule-made list. */
  inService: boolean;
  /** Also retirees (退休, 保留会籍). */
  retirees: boolean;
  /** Also staff who are not union members. */
  nonMembers: boolean;
}

export interface Distribution {
  id: string;
  date: IsoDate;
  year: number;
  /** 节日事由, e.g. 「中秋节」「节日（中秋）」 or 「三八节」. */
  occasion: string;
  /** The festival when the distribution is festival welfare (counts toward the festival cap). */
  festival: string | null;
  item: string;
  /** Per-head quantity as printed: 「1盒」. */
  quantity: string;
  valueCents: number;
  fundSource: FundSource;
  /** The rule the list was made from, or null when it was picked by hand. */
  rule: RecipientRule | null;
  campaignId: string | null;
  /** 经手人 printed on the receipt sheet. */
  handler: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
  demo?: 1;
}

export const RECEIPT_STATES = ['未签', '本人', '代领', '补签'] as const;
export type ReceiptState = (typeof RECEIPT_STATES)[number];

export interface DistributionRecipient {
  id: string;
  distributionId: string;
  memberId: string;
  /** Name and department as on the day (printed on the sheet). */
  name: string;
  department: string;
  unionGroup: string;
  order: number;
  receipt: ReceiptState;
  /** 代领人 for 代领. */
  proxyName: string | null;
  /** The day signed: the distribution's day for 本人/代领, the later day for 补签. */
  signedOn: IsoDate | null;
  demo?: 1;
}

export const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

/** Total value of a visitee's care: cash plus goods. */
export const visiteeCents = (v: Pick<Visitee, 'cashCents' | 'goodsCents'>): number =>
  v.cashCents + v.goodsCents;

/** Total value of a visit over all its visitees. */
export const visitCents = (visit: Pick<CareVisit, 'visitees'>): number =>
  visit.visitees.reduce((s, v) => s + visiteeCents(v), 0);

/** 事由 as the sheet writes it: 「节日（春节）」 for a festival. */
export function reasonText(v: Pick<CareVisit, 'reason' | 'festival'>): string {
  return v.reason === '节日' && v.festival ? `节日（${v.festival}）` : v.reason;
}

/** Reads 事由 back: 「节日（春节）」, 「春节」 alone is a festival too; null when unknown. */
export function parseReasonText(
  text: string,
): { reason: CareReason; festival: string | null } | null {
  const t = text.trim().replace(/\(/g, '（').replace(/\)/g, '）');
  const m = /^节日（(.+)）$/.exec(t);
  if (m) return { reason: '节日', festival: m[1]!.trim() };
  if ((CARE_REASONS as readonly string[]).includes(t))
    return { reason: t as CareReason, festival: null };
  const byLabel = CARE_REASONS.find((r) => CARE_REASON_LABELS[r] === t);
  if (byLabel) return { reason: byLabel, festival: null };
  const synonyms: Record<string, CareReason> = {
    住院: '生病住院',
    生病: '生病住院',
    探病: '生病住院',
    住院慰问: '生病住院',
    生小孩: '生育',
    生育慰问: '生育',
    婚庆: '结婚',
    结婚慰问: '结婚',
    丧葬: '直系亲属去世',
    亲属去世: '直系亲属去世',
    去世: '本人去世',
    退休慰问: '退休',
    生日慰问: '生日',
    送温暖: '困难',
    困难慰问: '困难',
    高温: '送清凉',
    夏送清凉: '送清凉',
  };
  if (synonyms[t]) return { reason: synonyms[t], festival: null };
  const f = festivalName(t);
  if (f) return { reason: '节日', festival: f };
  return null;
}

/** 「中秋节」 → 「中秋」; a known festival's short name, or null. */
export function festivalName(text: string): string | null {
  const t = text.trim();
  const known = [
    '元旦',
    '春节',
    '清明',
    '五一',
    '劳动',
    '端午',
    '中秋',
    '国庆',
    '元宵',
    '三八',
    '妇女',
    '教师',
    '重阳',
    '六一',
    '儿童',
  ];
  const hit = known.find((k) => t.startsWith(k));
  if (!hit) return null;
  return hit === '劳动' ? '五一' : hit === '妇女' ? '三八' : hit;
}
