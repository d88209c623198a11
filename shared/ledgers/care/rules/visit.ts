import { isIsoDate } from '../../../core/text/dates';
import {
  CARE_REASONS,
  FUND_SOURCES,
  VISITEE_RELATIONS,
  yearOf,
  type CareReason,
  type CareVisit,
  type FundSource,
  type Visitee,
  type Visitor,
} from './records';
import { festivalFlag, festivalRefusal } from './festival';

/** What the visit form holds; money typed in 元 and kept as 分. */
export interface VisitDraft {
  date: string;
  reason: CareReason | '';
  festival: string;
  surgery: boolean;
  visitees: Visitee[];
  visitors: Visitor[];
  fundSource: FundSource;
  place: string;
  voucherNo: string;
  notes: string;
  /** The stay a 住院 visit joins; null opens a new stay. */
  stayId: string | null;
  campaignId: string | null;
}

export function emptyVisitDraft(today: string): VisitDraft {
  return {
    date: today,
    reason: '',
    festival: '',
    surgery: false,
    visitees: [],
    visitors: [],
    fundSource: '工会经费',
    place: '',
    voucherNo: '',
    notes: '',
    stayId: null,
    campaignId: null,
  };
}

export function draftOfVisit(v: CareVisit): VisitDraft {
  return {
    date: v.date,
    reason: v.reason,
    festival: v.festival ?? '',
    surgery: v.surgery,
    visitees: v.visitees.map((x) => ({ ...x })),
    visitors: v.visitors.map((x) => ({ ...x })),
    fundSource: v.fundSource,
    place: v.place,
    voucherNo: v.voucherNo,
    notes: v.notes,
    stayId: v.stayId,
    campaignId: v.campaignId,
  };
}

export interface VisitProblems {
  /** Errors: the visit cannot be saved. Field → Chinese message. */
  errors: Record<string, string>;
  /** Warnings the chair confirms before saving (non-statutory festival …). */
  warnings: string[];
}

/** Checks a draft: required fields, money, festival rules. Caps are checked in caps.ts. */
export function validateVisit(d: VisitDraft): VisitProblems {
  const errors: Record<string, string> = {};
  const warnings: string[] = [];
  if (!isIsoDate(d.date)) errors.date = '请填写慰问日期';
  if (!d.reason || !(CARE_REASONS as readonly string[]).includes(d.reason))
    errors.reason = '请选择慰问事由';
  if (!(FUND_SOURCES as readonly string[]).includes(d.fundSource))
    errors.fundSource = '请选择经费来源';
  if (d.visitees.length === 0) errors.visitees = '请至少添加一名慰问对象';
  d.visitees.forEach((v, i) => {
    const at = `第${i + 1}名慰问对象`;
    if (!v.memberId) errors[`visitees.${i}`] = `${at}没有对应的会员`;
    else if (!v.name.trim()) errors[`visitees.${i}`] = `${at}缺少姓名`;
    else if (!(VISITEE_RELATIONS as readonly string[]).includes(v.relation))
      errors[`visitees.${i}`] = `${at}的关系不对`;
    else if (!Number.isInteger(v.cashCents) || v.cashCents < 0)
      errors[`visitees.${i}`] = `${at}（${v.name}）的现金应为不小于0的金额`;
    else if (!Number.isInteger(v.goodsCents) || v.goodsCents < 0)
      errors[`visitees.${i}`] = `${at}（${v.name}）的物品价值应为不小于0的金额`;
    else if (v.goodsCents > 0 && !v.goods.trim())
      errors[`visitees.${i}`] = `${at}（${v.name}）有物品价值，请填写物品`;
    else if (d.reason === '节日') {
      const refused = festivalRefusal(v.cashCents, v.goods);
      if (refused) errors[`visitees.${i}`] = `${v.name}：${refused}`;
    }
  });
  const seen = new Set<string>();
  d.visitees.forEach((v, i) => {
    const k = `${v.memberId}\u0000${v.relation}\u0000${v.name.trim()}`;
    if (seen.has(k)) errors[`visitees.${i}`] = `“${v.name}”重复添加了`;
    seen.add(k);
  });
  if (d.visitees.length > 0 && d.visitees.every((v) => v.cashCents + v.goodsCents === 0))
    warnings.push('没有填写现金或物品价值');
  if (d.reason === '节日') {
    const flag = festivalFlag(d.festival);
    if (!d.festival.trim()) errors.festival = '请填写是哪个节日';
    else if (flag) warnings.push(flag);
  }
  return { errors, warnings };
}

/** The visit row a valid draft becomes. */
export function visitFromDraft(d: VisitDraft, id: string, now: string, old?: CareVisit): CareVisit {
  const visitees = d.visitees.map((v) => ({ ...v, name: v.name.trim(), goods: v.goods.trim() }));
  return {
    ...(old ?? {}),
    id,
    date: d.date,
    year: yearOf(d.date),
    reason: d.reason as CareReason,
    festival: d.reason === '节日' ? d.festival.trim() || null : null,
    surgery: d.reason === '生病住院' ? d.surgery : false,
    visitees,
    memberIds: [...new Set(visitees.map((v) => v.memberId))],
    visitors: d.visitors.filter((v) => v.name.trim()).map((v) => ({ ...v, name: v.name.trim() })),
    fundSource: d.fundSource,
    place: d.place.trim(),
    voucherNo: d.voucherNo.trim(),
    notes: d.notes.trim(),
    stayId: d.reason === '生病住院' ? d.stayId : null,
    campaignId: d.campaignId,
    createdAt: old?.createdAt ?? now,
    updatedAt: now,
  };
}
