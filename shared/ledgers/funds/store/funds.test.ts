import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../db/testDb';
import { listBatches, undoBatch } from '../../../db/batches';
import type { UnionDeskDb } from '../../../db/db';
import { newMember, withStatus } from '../../roster/rules/member';
import { emptyEntryDraft, type FundEntryDraft } from '../rules/entries';
import {
  deleteFundEntry,
  getFundsSettings,
  loadDuesMonth,
  makeDuesRoll,
  memberDues,
  postDuesMonth,
  recordDuesPayments,
  refundDuesPayment,
  saveBudget,
  saveFundEntry,
  saveFundsSettings,
  setWageBases,
} from './funds';

const STAMP = '2026-01-01T00:00:00Z';

async function union(): Promise<UnionDeskDb> {
  const { db } = freshDb();
  await db.members.bulkAdd([
    newMember(
      {
        id: 'a',
        name: '王芳',
        joinDate: '2001-09-01',
        wageBase: 4567,
        rosterOrder: 1,
        unionGroup: '一组',
      },
      STAMP,
    ),
    newMember(
      {
        id: 'b',
        name: '李强',
        joinDate: '2001-09-01',
        wageBase: 3985,
        rosterOrder: 2,
        unionGroup: '二组',
      },
      STAMP,
    ),
    newMember(
      {
        id: 'c',
        name: '丁丽',
        joinDate: '2026-07-15',
        wageBase: 2856,
        rosterOrder: 3,
        unionGroup: '一组',
      },
      STAMP,
    ),
    withStatus(
      newMember(
        { id: 'd', name: '赵刚', joinDate: '1990-09-01', wageBase: 5000, rosterOrder: 4 },
        STAMP,
      ),
      {
        status: '退休',
        date: '2025-06-30',
      },
    ),
    newMember({ id: 'e', name: '钱师傅', isMember: false, wageBase: 3000, rosterOrder: 5 }, STAMP),
  ]);
  await db.officers.bulkAdd([
    {
      id: 'o1',
      termNumber: 3,
      role: '出纳',
      memberId: null,
      name: '孙出纳',
      startDate: '2023-01-01',
      endDate: null,
    },
  ]);
  return db;
}

const expense = (fields: Partial<FundEntryDraft> = {}): FundEntryDraft => ({
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

describe('the dues roll', () => {
  it('lists July’s members due: the new member from July, no retiree, no non-member', async () => {
    const db = await union();
    const { roll } = await makeDuesRoll(db, '2026-07');
    expect(roll.lines).toEqual([
      { memberId: 'a', baseFen: 456700, dueFen: 2280 },
      { memberId: 'b', baseFen: 398500, dueFen: 1990 },
      { memberId: 'c', baseFen: 285600, dueFen: 1425 },
    ]);
    const june = await makeDuesRoll(db, '2026-06');
    expect(june.roll.lines.map((l) => l.memberId)).toEqual(['a', 'b']);
  });

  it('uses the unit of the settings and a wage base set from a date', async () => {
    const db = await union();
    await saveFundsSettings(db, { ...(await getFundsSettings(db)), duesUnitFen: 10000 });
    await setWageBases(db, [
      { memberId: 'b', from: '2026-07-01', baseFen: 500000, source: '手工' },
    ]);
    const { roll } = await makeDuesRoll(db, '2026-07');
    expect(roll.lines.slice(0, 2)).toEqual([
      { memberId: 'a', baseFen: 456700, dueFen: 2250 },
      { memberId: 'b', baseFen: 500000, dueFen: 2500 },
    ]);
  });

  it('records marks as one undoable batch, then a refund as a reversing line', async () => {
    const db = await union();
    await makeDuesRoll(db, '2026-07');
    const batch = await recordDuesPayments(db, '2026-07', [
      { memberId: 'a', amountFen: 2280, date: '2026-07-25' },
      { memberId: 'b', amountFen: 1990, date: '2026-08-03' },
      { memberId: 'b', amountFen: 1990, date: '2026-08-04' },
    ]);
    let view = await loadDuesMonth(db, '2026-07');
    expect(view.rows.map((r) => [r.memberId, r.state, r.late, r.twice])).toEqual([
      ['a', '已缴', false, false],
      ['b', '多缴', true, true],
      ['c', '未缴', false, false],
    ]);
    const second = view.payments.find((p) => p.date === '2026-08-04')!;
    await refundDuesPayment(db, second.id, '2026-08-05');
    view = await loadDuesMonth(db, '2026-07');
    expect(view.rows[1]).toMatchObject({ state: '已缴', twice: false, paidFen: 1990 });
    expect(view.payments).toHaveLength(4);
    await expect(refundDuesPayment(db, second.id, '2026-08-06')).rejects.toThrow('已经退过款');

    const undoRefund = (await listBatches(db))[0]!;
    await undoBatch(db, undoRefund.id);
    await undoBatch(db, batch.id);
    expect(await db.duesPayments.count()).toBe(0);
  });

  it('refuses a bad mark with its name and writes nothing', async () => {
    const db = await union();
    await makeDuesRoll(db, '2026-07');
    await expect(
      recordDuesPayments(db, '2026-07', [
        { memberId: 'a', amountFen: 2280, date: '2026-07-25' },
        { memberId: 'b', amountFen: 0, date: '2026-07-25' },
      ]),
    ).rejects.toThrow('李强：缴费金额应大于 0');
    expect(await db.duesPayments.count()).toBe(0);
    await expect(
      recordDuesPayments(db, '2026-08', [{ memberId: 'a', amountFen: 1, date: '2026-08-01' }]),
    ).rejects.toThrow('2026年8月还没有会费名册');
  });

  it('posts a month as one income entry, then only what was paid since', async () => {
    const db = await union();
    await makeDuesRoll(db, '2026-07');
    await recordDuesPayments(db, '2026-07', [
      { memberId: 'a', amountFen: 2280, date: '2026-07-25' },
      { memberId: 'b', amountFen: 1990, date: '2026-07-25' },
    ]);
    const { entry, posting } = await postDuesMonth(db, '2026-07', { date: '2026-07-31' });
    expect(entry).toMatchObject({
      direction: '收入',
      category: '会费收入',
      amountFen: 4270,
      voucher: '1',
      summary: '2026年7月会费',
    });
    expect(entry.link).toEqual({ table: 'duesPostings', id: posting.id });
    await expect(postDuesMonth(db, '2026-07', { date: '2026-07-31' })).rejects.toThrow(
      '已全部过账',
    );
    await recordDuesPayments(db, '2026-07', [
      { memberId: 'c', amountFen: 1425, date: '2026-08-10' },
    ]);
    const late = await postDuesMonth(db, '2026-07', { date: '2026-08-10' });
    expect(late.entry).toMatchObject({
      amountFen: 1425,
      voucher: '2',
      summary: '2026年7月会费（补缴）',
    });
    // Deleting the entry takes its posting with it, so the month can be posted again.
    await deleteFundEntry(db, late.entry.id);
    expect((await loadDuesMonth(db, '2026-07')).unpostedFen).toBe(1425);
    expect((await memberDues(db, 'c'))[0]).toMatchObject({
      month: '2026-07',
      state: '已缴',
      late: true,
    });
  });
});

describe('fund entries', () => {
  it('numbers vouchers per year and saves an expense without an approver', async () => {
    const db = await union();
    const a = await saveFundEntry(db, expense());
    const b = await saveFundEntry(db, expense({ approver: '' }));
    const c = await saveFundEntry(db, expense({ date: '2027-01-05' }));
    expect([a.entry.voucher, b.entry.voucher, c.entry.voucher]).toEqual(['1', '2', '1']);
    expect(b.entry.approver).toBe('');
  });

  it('refuses 经办 = 审核 and the cashier as 审核人, writing nothing', async () => {
    const db = await union();
    await expect(saveFundEntry(db, expense({ checker: '李明' }))).rejects.toThrow(
      '经办人与审核人不能是同一人',
    );
    await expect(saveFundEntry(db, expense({ checker: '孙出纳' }))).rejects.toThrow('孙出纳是出纳');
    await expect(saveFundEntry(db, expense({ voucher: '7' }))).resolves.toBeTruthy();
    await expect(saveFundEntry(db, expense({ voucher: '7' }))).rejects.toThrow(
      '凭证号“7”本年度已经用过',
    );
    expect(await db.fundEntries.count()).toBe(1);
  });

  it('warns when an expense goes over its category’s budget, and saves it', async () => {
    const db = await union();
    await saveBudget(db, 2026, [
      {
        year: 2026,
        direction: '支出',
        category: '职工活动支出',
        subCategory: '',
        lastYearFen: null,
        budgetFen: 80000,
        adjustFen: null,
        approvedFen: null,
      },
    ]);
    expect((await saveFundEntry(db, expense({ amount: '500' }))).budgetWarning).toBeNull();
    expect((await saveFundEntry(db, expense({ amount: '300' }))).budgetWarning).toBeNull(); // 800 = budget
    const over = await saveFundEntry(db, expense({ amount: '0.01' }));
    expect(over.budgetWarning).toMatch('超出预算 0.01 元');
    expect(await db.fundEntries.count()).toBe(3);
  });

  it('refuses a budget with a category twice, naming the line', async () => {
    const db = await union();
    const line = {
      year: 2026,
      direction: '支出' as const,
      category: '维权支出',
      subCategory: '',
      lastYearFen: null,
      budgetFen: 1,
      adjustFen: null,
      approvedFen: null,
    };
    await expect(saveBudget(db, 2026, [line, line])).rejects.toThrow(
      '预算第 2 行（维权支出）：科目重复',
    );
    expect(await db.budgets.count()).toBe(0);
  });
});

describe('the category tree', () => {
  it('is saved as an edit and refused while a removed category is in use', async () => {
    const { getCategoryTree, saveCategoryTree } = await import('./funds');
    const db = await union();
    await saveFundEntry(db, expense());
    const tree = await getCategoryTree(db);
    const withSub = {
      ...tree,
      支出: tree.支出.map((n) => (n.name === '职工服务支出' ? { ...n, subs: ['体检费'] } : n)),
    };
    await saveCategoryTree(db, withSub);
    expect((await getCategoryTree(db)).支出.find((n) => n.name === '职工服务支出')?.subs).toEqual([
      '体检费',
    ]);
    const without = { ...tree, 支出: tree.支出.filter((n) => n.name !== '职工活动支出') };
    await expect(saveCategoryTree(db, without)).rejects.toThrow(
      '“职工活动支出/会员活动支出”已有经费记录或预算在用',
    );
  });
});
