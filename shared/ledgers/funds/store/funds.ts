import type { UnionDeskDb } from '../../../db/db';
import { writeBatch, type Batch } from '../../../db/batches';
import { getProfile, getSetting } from '../../../db/settings';
import { newId } from '../../../core/ids/newId';
import { isIsoDate, type IsoDate } from '../../../core/text/dates';
import { isInOffice } from '../../union/rules/committee';
import type { Member } from '../../roster/rules/member';
import {
  DEFAULT_CATEGORY_TREE,
  FUND_CATEGORIES_KEY,
  validateCategoryTree,
  type CategoryTree,
} from '../rules/categories';
import { buildRollLines, isMonth, monthText, type DuesRule, type RollProblem } from '../rules/dues';
import {
  nextVoucher,
  toFundEntry,
  validateEntry,
  yearOfDate,
  type FundEntryDraft,
} from '../rules/entries';
import { reckonMemberMonth, refundOf, type MemberMonth } from '../rules/payments';
import type {
  BudgetLine,
  DuesPayment,
  DuesPosting,
  DuesRoll,
  FundEntry,
  FundYear,
  Month,
  WageBase,
} from '../rules/rows';
import {
  FUNDS_SETTINGS_KEY,
  fundsSettingsOf,
  rateBpOf,
  validateFundsSettings,
  type FundsSettings,
} from '../rules/settings';
import { overBudgetWarning } from '../rules/year';

/*
 * 会费经费台账 repository. Every change is one writeBatch: logged, one transaction, undoable
 * as one user action (「登记会费 2026年7月（12人）」). Bad input throws a Chinese message
 * before anything is written.
 */

// ── settings ──────────────────────────────────────────────────────────────────────

export async function getFundsSettings(db: UnionDeskDb): Promise<FundsSettings> {
  return fundsSettingsOf(await getSetting<Partial<FundsSettings>>(db, FUNDS_SETTINGS_KEY));
}

export async function saveFundsSettings(db: UnionDeskDb, s: FundsSettings): Promise<void> {
  const first = Object.values(validateFundsSettings(s))[0];
  if (first) throw new Error(`会费经费设置不能保存：${first}`);
  await writeBatch(db, { kind: 'edit', label: '修改会费经费设置' }, ['settings'], (w) =>
    w.put('settings', { key: FUNDS_SETTINGS_KEY, value: s }),
  );
}

export async function getCategoryTree(db: UnionDeskDb): Promise<CategoryTree> {
  return (await getSetting<CategoryTree>(db, FUND_CATEGORIES_KEY)) ?? DEFAULT_CATEGORY_TREE;
}

/** The dues rule in force: the profile's 会费比例 and the settings' unit. */
export async function duesRuleOf(db: UnionDeskDb): Promise<DuesRule & { source: string }> {
  const [profile, s] = await Promise.all([getProfile(db), getFundsSettings(db)]);
  return { rateBp: rateBpOf(profile?.duesRate), unitFen: s.duesUnitFen, source: s.duesUnitSource };
}

// ── wage bases ───────────────────────────────────────────────────────────────────

export interface WageBaseInput {
  memberId: string;
  from: IsoDate;
  baseFen: number;
  postWageFen?: number | null;
  gradeWageFen?: number | null;
  source: string;
}

function checkBase(b: WageBaseInput, where: string): void {
  if (!isIsoDate(b.from)) throw new Error(`${where}：起始日期无效`);
  if (!Number.isInteger(b.baseFen) || b.baseFen <= 0)
    throw new Error(`${where}：工资基数应为大于 0 的金额`);
}

/**
 * Sets wage bases from a date, as one batch: an entry of the same member and day is
 * replaced, others are kept (the history). Used by the form and the payroll import.
 */
export async function setWageBases(
  db: UnionDeskDb,
  inputs: readonly WageBaseInput[],
  label = '设置工资基数',
): Promise<Batch> {
  const members = new Map((await db.members.toArray()).map((m) => [m.id, m]));
  inputs.forEach((b, i) => {
    const m = members.get(b.memberId);
    if (!m) throw new Error(`第 ${i + 1} 条：找不到这名会员`);
    checkBase(b, m.name);
  });
  const ids = [...new Set(inputs.map((b) => b.memberId))];
  const kept = ids.length ? await db.wageBases.where('memberId').anyOf(ids).toArray() : [];
  const { batch } = await writeBatch(db, { kind: 'edit', label }, ['wageBases'], async (w) => {
    const rows: WageBase[] = inputs.map((b) => {
      const same = kept.find((k) => k.memberId === b.memberId && k.from === b.from);
      return { ...(same ?? {}), id: same?.id ?? newId('wb'), ...b };
    });
    await w.bulkPut('wageBases', rows);
    w.count('工资基数', rows.length);
  });
  return batch;
}

export function wageBasesOf(db: UnionDeskDb, memberId: string): Promise<WageBase[]> {
  return db.wageBases.where('memberId').equals(memberId).sortBy('from');
}

// ── the dues roll ────────────────────────────────────────────────────────────────

export interface DuesMonthView {
  month: Month;
  roll: DuesRoll | null;
  /** Members of the roll, by id. */
  members: Map<string, Member>;
  rows: MemberMonth[];
  payments: DuesPayment[];
  postings: DuesPosting[];
  /** Net paid not yet posted to the fund account. */
  unpostedFen: number;
}

export async function loadDuesMonth(db: UnionDeskDb, month: Month): Promise<DuesMonthView> {
  const [roll, payments, postings, members] = await Promise.all([
    db.duesRolls.where('month').equals(month).first(),
    db.duesPayments.where('month').equals(month).toArray(),
    db.duesPostings.where('month').equals(month).toArray(),
    db.members.toArray(),
  ]);
  const byId = new Map(members.map((m) => [m.id, m]));
  const rows = (roll?.lines ?? []).map((l) =>
    reckonMemberMonth(l.memberId, month, l.dueFen, payments),
  );
  const paid = payments.reduce((s, p) => s + p.amountFen, 0);
  const posted = postings.reduce((s, p) => s + p.amountFen, 0);
  return {
    month,
    roll: roll ?? null,
    members: byId,
    rows,
    payments,
    postings,
    unpostedFen: paid - posted,
  };
}

/**
 * Makes (or remakes) a month's roll from the roster and the wage bases as one batch.
 * Payments are kept (they are allocated to the month, not to the roll's lines).
 */
export async function makeDuesRoll(
  db: UnionDeskDb,
  month: Month,
): Promise<{ roll: DuesRoll; problems: RollProblem[] }> {
  if (!isMonth(month)) throw new Error(`月份“${month}”无效，应为 2026-07 的样式`);
  const [members, bases, rule, kept] = await Promise.all([
    db.members.toArray(),
    db.wageBases.toArray(),
    duesRuleOf(db),
    db.duesRolls.where('month').equals(month).first(),
  ]);
  const { lines, problems } = buildRollLines(month, members, bases, rule);
  const roll: DuesRoll = {
    ...(kept ?? {}),
    id: kept?.id ?? newId('roll'),
    month,
    lines,
    rateBp: rule.rateBp,
    unitFen: rule.unitFen,
    createdAt: kept?.createdAt ?? new Date().toISOString(),
  };
  await writeBatch(
    db,
    { kind: 'edit', label: `${kept ? '重新生成' : '生成'}会费名册 ${monthText(month)}` },
    ['duesRolls'],
    async (w) => {
      await w.put('duesRolls', roll);
      w.count('应缴人数', lines.length);
    },
  );
  return { roll, problems };
}

export interface PaymentMark {
  memberId: string;
  amountFen: number;
  date: IsoDate;
  note?: string;
}

/** Records payments for a month (the keyboard roll's marks) as one batch. */
export async function recordDuesPayments(
  db: UnionDeskDb,
  month: Month,
  marks: readonly PaymentMark[],
): Promise<Batch> {
  if (!isMonth(month)) throw new Error(`月份“${month}”无效`);
  if (marks.length === 0) throw new Error('没有要登记的缴费');
  const roll = await db.duesRolls.where('month').equals(month).first();
  if (!roll) throw new Error(`${monthText(month)}还没有会费名册，请先生成名册`);
  const members = new Map((await db.members.toArray()).map((m) => [m.id, m]));
  for (const [i, mark] of marks.entries()) {
    const who = members.get(mark.memberId)?.name ?? `第 ${i + 1} 条`;
    if (!members.has(mark.memberId)) throw new Error(`${who}：找不到这名会员`);
    if (!Number.isInteger(mark.amountFen) || mark.amountFen <= 0)
      throw new Error(`${who}：缴费金额应大于 0（退款请用“退款”）`);
    if (!isIsoDate(mark.date)) throw new Error(`${who}：缴纳日期无效`);
  }
  const rows: DuesPayment[] = marks.map((m) => ({
    id: newId('pay'),
    memberId: m.memberId,
    month,
    amountFen: m.amountFen,
    date: m.date,
    reversesId: null,
    note: m.note ?? '',
  }));
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: `登记会费 ${monthText(month)}（${rows.length}人）` },
    ['duesPayments'],
    async (w) => {
      await w.bulkAdd('duesPayments', rows);
      w.count('缴费', rows.length);
    },
  );
  return batch;
}

/** Refunds a payment with a reversing line (never by deleting it). */
export async function refundDuesPayment(
  db: UnionDeskDb,
  paymentId: string,
  date: IsoDate,
  note = '退款',
): Promise<{ refund: DuesPayment; batch: Batch }> {
  const p = await db.duesPayments.get(paymentId);
  if (!p) throw new Error('找不到这笔缴费，可能已被撤销');
  if (!isIsoDate(date)) throw new Error('退款日期无效');
  const all = await db.duesPayments.where('month').equals(p.month).toArray();
  const refund = refundOf(p, all, { id: newId('pay'), date, note });
  const name = (await db.members.get(p.memberId))?.name ?? '';
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: `退还会费 ${name} ${monthText(p.month)}` },
    ['duesPayments'],
    (w) => w.put('duesPayments', refund),
  );
  return { refund, batch };
}

/**
 * Posts the month's payments not yet posted as one income entry (会费收入) linked to the
 * posting; one batch over both. Refused when nothing is left to post.
 */
export async function postDuesMonth(
  db: UnionDeskDb,
  month: Month,
  opts: { date: IsoDate; handler?: string },
): Promise<{ posting: DuesPosting; entry: FundEntry; batch: Batch }> {
  const view = await loadDuesMonth(db, month);
  if (!view.roll) throw new Error(`${monthText(month)}还没有会费名册`);
  if (view.unpostedFen <= 0) throw new Error(`${monthText(month)}的会费已全部过账，没有新的缴费`);
  if (!isIsoDate(opts.date)) throw new Error('过账日期无效');
  const year = yearOfDate(opts.date);
  const used = (await db.fundEntries.where('year').equals(year).toArray()).map((e) => e.voucher);
  const now = new Date().toISOString();
  const postingId = newId('post');
  const entry: FundEntry = {
    id: newId('fe'),
    year,
    date: opts.date,
    voucher: nextVoucher(used),
    direction: '收入',
    category: '会费收入',
    subCategory: '',
    summary: `${monthText(month)}会费${view.postings.length ? '（补缴）' : ''}`,
    amountFen: view.unpostedFen,
    handler: opts.handler ?? '',
    checker: '',
    approver: '',
    link: { table: 'duesPostings', id: postingId },
    createdAt: now,
    updatedAt: now,
  };
  const posting: DuesPosting = {
    id: postingId,
    month,
    date: opts.date,
    amountFen: view.unpostedFen,
    entryId: entry.id,
  };
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: `会费过账 ${monthText(month)}` },
    ['duesPostings', 'fundEntries'],
    async (w) => {
      await w.put('duesPostings', posting);
      await w.put('fundEntries', entry);
      w.count('过账');
    },
  );
  return { posting, entry, batch };
}

/** A member's dues, month by month, over every roll that lists him (or a payment of his). */
export async function memberDues(db: UnionDeskDb, memberId: string): Promise<MemberMonth[]> {
  const [rolls, payments] = await Promise.all([
    db.duesRolls.toArray(),
    db.duesPayments.where('memberId').equals(memberId).toArray(),
  ]);
  const out: MemberMonth[] = [];
  for (const r of [...rolls].sort((a, b) => b.month.localeCompare(a.month))) {
    const line = r.lines.find((l) => l.memberId === memberId);
    const mine = payments.filter((p) => p.month === r.month);
    if (line || mine.length)
      out.push(reckonMemberMonth(memberId, r.month, line?.dueFen ?? 0, payments));
  }
  return out;
}

export async function listRollMonths(db: UnionDeskDb): Promise<Month[]> {
  return (await db.duesRolls.orderBy('month').keys()) as Month[];
}

// ── fund entries ─────────────────────────────────────────────────────────────────

async function entryContext(db: UnionDeskDb, draft: FundEntryDraft, selfId: string | null) {
  const year = yearOfDate(draft.date);
  const [tree, officers, inYear] = await Promise.all([
    getCategoryTree(db),
    db.officers.toArray(),
    isIsoDate(draft.date)
      ? db.fundEntries.where('year').equals(year).toArray()
      : Promise.resolve([]),
  ]);
  const cashiers = officers
    .filter((o) => o.role === '出纳' && isInOffice(o, draft.date))
    .map((o) => o.name);
  const others = inYear.filter((e) => e.id !== selfId);
  return { tree, cashiers, vouchersInYear: others.map((e) => e.voucher), others };
}

export interface SavedEntry {
  entry: FundEntry;
  /** Over a category's budget (saved anyway), or null. */
  budgetWarning: string | null;
}

/**
 * Saves a fund entry (new when `id` is null) as one batch. A blank voucher gets the year's
 * next number. An expense lacking a signature is saved and listed as incomplete.
 */
export async function saveFundEntry(
  db: UnionDeskDb,
  draft: FundEntryDraft,
  id: string | null = null,
): Promise<SavedEntry & { batch: Batch }> {
  const ctx = await entryContext(db, draft, id);
  const first = Object.values(validateEntry(draft, ctx))[0];
  if (first) throw new Error(`经费记录“${draft.summary.trim() || '未填摘要'}”不能保存：${first}`);
  const old = id ? await db.fundEntries.get(id) : undefined;
  if (id && !old) throw new Error('找不到这条经费记录，可能已被删除');
  const now = new Date().toISOString();
  const voucher = draft.voucher.trim() || nextVoucher(ctx.vouchersInYear);
  const entry = toFundEntry(
    { ...draft, voucher },
    {
      id: old?.id ?? newId('fe'),
      createdAt: old?.createdAt ?? now,
      updatedAt: now,
      ...(old?.demo ? { demo: old.demo } : {}),
    },
  );
  const budgets = await db.budgets.where('year').equals(entry.year).toArray();
  const budgetWarning = overBudgetWarning(entry, budgets, ctx.others);
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: `${old ? '修改' : '记'}经费${entry.direction} ${entry.summary}` },
    ['fundEntries'],
    async (w) => {
      await w.put('fundEntries', entry);
      w.count(old ? '更新' : '新增');
    },
  );
  return { entry, budgetWarning, batch };
}

export async function deleteFundEntry(db: UnionDeskDb, id: string): Promise<Batch> {
  const old = await db.fundEntries.get(id);
  if (!old) throw new Error('找不到这条经费记录，可能已被删除');
  const postings = await db.duesPostings.filter((p) => p.entryId === id).primaryKeys();
  const { batch } = await writeBatch(
    db,
    { kind: 'delete', label: `删除经费记录 ${old.summary}` },
    ['fundEntries', 'duesPostings'],
    async (w) => {
      await w.delete('fundEntries', id);
      // A dues posting goes with its entry, so the month can be posted again.
      await w.bulkDelete('duesPostings', postings);
      w.count('删除');
    },
  );
  return batch;
}

export async function listFundEntries(db: UnionDeskDb, year: number): Promise<FundEntry[]> {
  const rows = await db.fundEntries.where('year').equals(year).toArray();
  return rows.sort(
    (a, b) =>
      a.date.localeCompare(b.date) || a.voucher.localeCompare(b.voucher, 'zh', { numeric: true }),
  );
}

export async function suggestVoucher(db: UnionDeskDb, date: IsoDate): Promise<string> {
  if (!isIsoDate(date)) return '';
  const used = (await db.fundEntries.where('year').equals(yearOfDate(date)).toArray()).map(
    (e) => e.voucher,
  );
  return nextVoucher(used);
}

export async function listFundYears(db: UnionDeskDb): Promise<number[]> {
  const years = new Set<number>((await db.fundEntries.orderBy('year').uniqueKeys()) as number[]);
  for (const y of await db.fundYears.toArray()) years.add(y.year);
  for (const r of await db.duesRolls.toArray()) years.add(Number(r.month.slice(0, 4)));
  return [...years].sort((a, b) => b - a);
}

// ── the year: opening balance and budget ─────────────────────────────────────────

export async function getFundYear(db: UnionDeskDb, year: number): Promise<FundYear | undefined> {
  return db.fundYears.where('year').equals(year).first();
}

export async function setOpeningBalance(
  db: UnionDeskDb,
  year: number,
  openingFen: number,
): Promise<void> {
  if (!Number.isInteger(openingFen)) throw new Error('期初结余应为金额，最多两位小数');
  const kept = await getFundYear(db, year);
  const row: FundYear = { ...(kept ?? {}), id: kept?.id ?? newId('fy'), year, openingFen };
  await writeBatch(db, { kind: 'edit', label: `设置${year}年期初结余` }, ['fundYears'], (w) =>
    w.put('fundYears', row),
  );
}

export function listBudget(db: UnionDeskDb, year: number): Promise<BudgetLine[]> {
  return db.budgets.where('year').equals(year).toArray();
}

export type BudgetInput = Omit<BudgetLine, 'id' | 'demo'>;

/** Replaces a year's budget with these lines, as one batch. */
export async function saveBudget(
  db: UnionDeskDb,
  year: number,
  lines: readonly BudgetInput[],
): Promise<Batch> {
  const tree = await getCategoryTree(db);
  const seen = new Set<string>();
  lines.forEach((l, i) => {
    const where = `预算第 ${i + 1} 行（${l.category || '未选科目'}）`;
    if (l.year !== year) throw new Error(`${where}：年度不是 ${year}`);
    const node = tree[l.direction].find((n) => n.name === l.category);
    if (!node) throw new Error(`${where}：不认识的${l.direction}科目`);
    if (l.subCategory && !node.subs.includes(l.subCategory))
      throw new Error(`${where}：没有明细科目“${l.subCategory}”`);
    for (const v of [l.budgetFen, l.lastYearFen, l.adjustFen, l.approvedFen])
      if (v !== null && !Number.isInteger(v)) throw new Error(`${where}：金额最多两位小数`);
    const k = `${l.direction}/${l.category}/${l.subCategory}`;
    if (seen.has(k)) throw new Error(`${where}：科目重复`);
    seen.add(k);
  });
  const kept = await listBudget(db, year);
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: `保存${year}年预算` },
    ['budgets'],
    async (w) => {
      await w.bulkDelete(
        'budgets',
        kept.map((l) => l.id),
      );
      await w.bulkPut(
        'budgets',
        lines.map((l) => {
          const same = kept.find(
            (k) =>
              k.direction === l.direction &&
              k.category === l.category &&
              k.subCategory === l.subCategory,
          );
          return { ...l, id: same?.id ?? newId('bud') };
        }),
      );
      w.count('预算科目', lines.length);
    },
  );
  return batch;
}

/** Saves the union's own category tree (an undoable edit); refused while a removed name is in use. */
export async function saveCategoryTree(db: UnionDeskDb, tree: CategoryTree): Promise<Batch> {
  const [entries, budgets] = await Promise.all([db.fundEntries.toArray(), db.budgets.toArray()]);
  const used = [...entries, ...budgets].flatMap((e) =>
    e.subCategory ? [e.category, `${e.category}/${e.subCategory}`] : [e.category],
  );
  const errors = validateCategoryTree(tree, used);
  if (errors.length) throw new Error(`科目不能保存：${errors.join('；')}`);
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: '修改经费科目' },
    ['settings'],
    (w) => w.put('settings', { key: FUND_CATEGORIES_KEY, value: tree }),
  );
  return batch;
}
