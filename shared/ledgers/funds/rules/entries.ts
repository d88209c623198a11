import { isIsoDate, type IsoDate } from '../../../core/text/dates';
import { DEFAULT_CATEGORY_TREE, type CategoryTree } from './categories';
import type { FundDirection, FundEntry, FundLink } from './rows';

/*
 * A fund entry and its approval checks (LEDGERS.md §5): an expense needs 经办人, 审核人 and
 * 审批人 — without all three it is saved and listed as incomplete; 经办 and 审核 must be two
 * people; the cashier (出纳) never checks (会计、出纳不相容岗位分离).
 */

export interface FundEntryDraft {
  date: IsoDate;
  voucher: string;
  direction: FundDirection;
  category: string;
  subCategory: string;
  summary: string;
  /** 元 as typed ('120.5'); turned into 分 by parseYuan. */
  amount: string;
  handler: string;
  checker: string;
  approver: string;
  link: FundLink | null;
}

export function emptyEntryDraft(date: IsoDate, direction: FundDirection = '支出'): FundEntryDraft {
  return {
    date,
    voucher: '',
    direction,
    category: '',
    subCategory: '',
    summary: '',
    amount: '',
    handler: '',
    checker: '',
    approver: '',
    link: null,
  };
}

/** 元 text → 分, exactly (no floating point): '120.5' → 12050; null when not an amount. */
export function parseYuan(text: string): number | null {
  const t = text
    .trim()
    .replace(/[,，\s]/g, '')
    .replace(/元$/, '');
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) return null;
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -fen : fen;
}

export type EntryErrors = Partial<Record<keyof FundEntryDraft, string>>;

export interface EntryContext {
  tree?: CategoryTree;
  /** Names of those serving as 出纳 on the entry's date. */
  cashiers?: readonly string[];
  /** Vouchers already used in the entry's year (excluding the entry itself). */
  vouchersInYear?: readonly string[];
}

/** Chinese messages per field; empty when the entry can be saved. */
export function validateEntry(d: FundEntryDraft, ctx: EntryContext = {}): EntryErrors {
  const e: EntryErrors = {};
  const tree = ctx.tree ?? DEFAULT_CATEGORY_TREE;
  if (!isIsoDate(d.date)) e.date = '请填写日期';
  const fen = parseYuan(d.amount);
  if (fen === null) e.amount = '金额应为数字，最多两位小数，如 1280.50';
  else if (fen <= 0) e.amount = '金额应大于 0（退回的款项请记为相反方向的一笔）';
  const node = tree[d.direction]?.find((n) => n.name === d.category);
  if (!node) e.category = `请选择${d.direction}科目`;
  else if (d.subCategory && !node.subs.includes(d.subCategory))
    e.subCategory = `“${d.category}”下没有明细科目“${d.subCategory}”`;
  if (!d.summary.trim()) e.summary = '请填写摘要';
  const handler = d.handler.trim();
  const checker = d.checker.trim();
  if (handler && checker && handler === checker) e.checker = '经办人与审核人不能是同一人';
  else if (checker && (ctx.cashiers ?? []).includes(checker))
    e.checker = `${checker}是出纳，出纳不能担任审核人`;
  const voucher = d.voucher.trim();
  if (voucher && (ctx.vouchersInYear ?? []).includes(voucher))
    e.voucher = `凭证号“${voucher}”本年度已经用过`;
  return e;
}

/** What an expense still lacks before it is complete: 「审批人」… ; empty when complete. */
export function missingSignatures(
  e: Pick<FundEntry, 'direction' | 'handler' | 'checker' | 'approver'>,
): string[] {
  if (e.direction !== '支出') return [];
  const out: string[] = [];
  if (!e.handler.trim()) out.push('经办人');
  if (!e.checker.trim()) out.push('审核人');
  if (!e.approver.trim()) out.push('审批人');
  return out;
}

export function isIncomplete(
  e: Pick<FundEntry, 'direction' | 'handler' | 'checker' | 'approver'>,
): boolean {
  return missingSignatures(e).length > 0;
}

/**
 * The next voucher number of a year: one more than the largest number used (「12」 after
 * 「11」; a prefix like 「记-011」 keeps its form). 「1」 for the first.
 */
export function nextVoucher(used: readonly string[]): string {
  let best: { n: number; text: string } | null = null;
  for (const v of used) {
    const m = /(\d+)\s*$/.exec(v);
    if (!m) continue;
    const n = Number(m[1]);
    if (!best || n > best.n) best = { n, text: v };
  }
  if (!best) return '1';
  const m = /^(.*?)(\d+)\s*$/.exec(best.text)!;
  const digits = m[2]!;
  return `${m[1]}${String(best.n + 1).padStart(digits.length, '0')}`;
}

export function yearOfDate(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** The entry a valid draft makes. */
export function toFundEntry(
  d: FundEntryDraft,
  meta: { id: string; createdAt: string; updatedAt: string; demo?: 1 },
): FundEntry {
  const entry: FundEntry = {
    id: meta.id,
    year: yearOfDate(d.date),
    date: d.date,
    voucher: d.voucher.trim(),
    direction: d.direction,
    category: d.category,
    subCategory: d.subCategory,
    summary: d.summary.trim(),
    amountFen: parseYuan(d.amount) ?? 0,
    handler: d.handler.trim(),
    checker: d.checker.trim(),
    approver: d.approver.trim(),
    link: d.link,
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt,
  };
  if (meta.demo) entry.demo = meta.demo;
  return entry;
}

/** A kept entry back as a draft (for the form). */
export function draftOf(e: FundEntry): FundEntryDraft {
  return {
    date: e.date,
    voucher: e.voucher,
    direction: e.direction,
    category: e.category,
    subCategory: e.subCategory,
    summary: e.summary,
    amount: fenToYuanText(e.amountFen),
    handler: e.handler,
    checker: e.checker,
    approver: e.approver,
    link: e.link,
  };
}

/** 分 → 「1280.50」 (no separators), for a form field or a sheet. */
export function fenToYuanText(fen: number): string {
  const abs = Math.abs(fen);
  return `${fen < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
