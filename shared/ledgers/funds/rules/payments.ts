import type { IsoDate } from '../../../core/text/dates';
import { monthEnd } from './dues';
import type { DuesPayment, DuesRoll, Month } from './rows';

/*
 * Payments are allocated to months, never to a running balance (LEDGERS.md §4): each
 * member-month compares its due with the payments allocated to it. A refund is a
 * reversing line (negative, pointing at its payment). Paying after the month's end is
 * late; two standing payments for one month are paying twice.
 */

export type DuesState = '未缴' | '少缴' | '已缴' | '多缴';

export interface MemberMonth {
  memberId: string;
  month: Month;
  dueFen: number;
  /** Net of refunds. */
  paidFen: number;
  /** max(0, due − paid) */
  outstandingFen: number;
  state: DuesState;
  /** A standing payment dated after the month's end. */
  late: boolean;
  /** Two or more payments for the month that no refund reverses. */
  twice: boolean;
  /** The latest date of a payment that stands (not refunded), or null. */
  lastPaidOn: IsoDate | null;
  paymentIds: string[];
}

export function stateOf(dueFen: number, paidFen: number): DuesState {
  if (paidFen <= 0) return dueFen > 0 ? '未缴' : '已缴';
  if (paidFen < dueFen) return '少缴';
  if (paidFen > dueFen) return '多缴';
  return '已缴';
}

/** The payments of one member-month reckoned against its due. */
export function reckonMemberMonth(
  memberId: string,
  month: Month,
  dueFen: number,
  payments: readonly DuesPayment[],
): MemberMonth {
  const mine = payments.filter((p) => p.memberId === memberId && p.month === month);
  const reversed = new Set(mine.filter((p) => p.reversesId).map((p) => p.reversesId!));
  const standing = mine.filter((p) => p.amountFen > 0 && !reversed.has(p.id));
  const paidFen = mine.reduce((s, p) => s + p.amountFen, 0);
  const end = monthEnd(month);
  const dates = standing.map((p) => p.date).sort();
  return {
    memberId,
    month,
    dueFen,
    paidFen,
    outstandingFen: Math.max(0, dueFen - paidFen),
    state: stateOf(dueFen, paidFen),
    late: standing.some((p) => p.date > end),
    twice: standing.length >= 2,
    lastPaidOn: dates.length ? dates[dates.length - 1]! : null,
    paymentIds: mine.map((p) => p.id),
  };
}

/** Every line of the rolls reckoned, plus payments for a member the roll does not list. */
export function reckonRolls(
  rolls: readonly DuesRoll[],
  payments: readonly DuesPayment[],
): MemberMonth[] {
  const out: MemberMonth[] = [];
  const byMonth = new Map<string, DuesPayment[]>();
  for (const p of payments) byMonth.set(p.month, [...(byMonth.get(p.month) ?? []), p]);
  for (const roll of [...rolls].sort((a, b) => a.month.localeCompare(b.month))) {
    const ps = byMonth.get(roll.month) ?? [];
    const listed = new Set(roll.lines.map((l) => l.memberId));
    for (const l of roll.lines) out.push(reckonMemberMonth(l.memberId, roll.month, l.dueFen, ps));
    for (const who of new Set(ps.map((p) => p.memberId)))
      if (!listed.has(who)) out.push(reckonMemberMonth(who, roll.month, 0, ps));
  }
  return out;
}

export interface DuesTotals {
  dueFen: number;
  paidFen: number;
  outstandingFen: number;
  memberMonths: number;
  /** Member-months with a standing payment. */
  payers: number;
}

export function totalsOf(rows: readonly MemberMonth[]): DuesTotals {
  const t: DuesTotals = { dueFen: 0, paidFen: 0, outstandingFen: 0, memberMonths: 0, payers: 0 };
  for (const r of rows) {
    t.dueFen += r.dueFen;
    t.paidFen += r.paidFen;
    t.outstandingFen += r.outstandingFen;
    if (r.dueFen > 0) t.memberMonths++;
    if (r.paidFen > 0) t.payers++;
  }
  return t;
}

/** Totals grouped by a key (member, month, 工会小组 …), in first-seen order. */
export function totalsBy(
  rows: readonly MemberMonth[],
  keyOf: (r: MemberMonth) => string,
): Map<string, DuesTotals> {
  const groups = new Map<string, MemberMonth[]>();
  for (const r of rows) {
    const k = keyOf(r);
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return new Map([...groups].map(([k, rs]) => [k, totalsOf(rs)]));
}

/**
 * A refund of a payment: the reversing line, the same month, the amount negated. Refused
 * when the payment is itself a refund or is already reversed.
 */
export function refundOf(
  payment: DuesPayment,
  all: readonly DuesPayment[],
  opts: { id: string; date: IsoDate; note?: string },
): DuesPayment {
  if (payment.amountFen <= 0) throw new Error('这是一笔退款，不能再退');
  if (all.some((p) => p.reversesId === payment.id))
    throw new Error(`${payment.month} 的这笔缴费已经退过款`);
  return {
    id: opts.id,
    memberId: payment.memberId,
    month: payment.month,
    amountFen: -payment.amountFen,
    date: opts.date,
    reversesId: payment.id,
    note: opts.note ?? '退款',
  };
}
