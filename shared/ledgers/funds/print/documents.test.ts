import { describe, expect, it } from 'vitest';
import { reckonMemberMonth } from '../rules/payments';
import type { DuesPayment, FundEntry } from '../rules/rows';
import {
  buildCashbook,
  buildDisclosure,
  buildDuesDetail,
  buildDuesSummary,
  buildReimbursement,
  disclosureLines,
  type DuesPerson,
} from './documents';
import { tableRows } from './fundsTable';

const pay = (
  id: string,
  memberId: string,
  amountFen: number,
  date = '2026-07-25',
): DuesPayment => ({
  id,
  memberId,
  month: '2026-07',
  amountFen,
  date,
  reversesId: null,
  note: '',
});
const people = new Map<string, DuesPerson>([
  [
    'a',
    {
      name: '王芳',
      department: '语文组',
      unionGroup: '第一小组',
      postWageFen: 300000,
      gradeWageFen: 156700,
    },
  ],
  [
    'b',
    {
      name: '李强',
      department: '数学组',
      unionGroup: '第二小组',
      postWageFen: null,
      gradeWageFen: null,
    },
  ],
  [
    'c',
    {
      name: '丁丽',
      department: '语文组',
      unionGroup: '第一小组',
      postWageFen: null,
      gradeWageFen: null,
    },
  ],
]);
const payments = [
  pay('1', 'a', 2280),
  pay('2', 'b', 1990, '2026-08-03'),
  pay('3', 'b', 1990, '2026-08-04'),
];
const rows = [
  reckonMemberMonth('a', '2026-07', 2280, payments),
  reckonMemberMonth('b', '2026-07', 1990, payments),
  reckonMemberMonth('c', '2026-07', 1425, payments),
];
const input = {
  unionName: '示例中学工会',
  months: ['2026-07'],
  rows,
  people,
  bases: new Map([
    ['a', 456700],
    ['b', 398500],
    ['c', 285600],
  ]),
  madeOn: '2026-08-05',
};

describe('会费收缴明细表', () => {
  const m = buildDuesDetail(input);
  it('lists each member with base, monthly due, months, due, paid and what is wrong', () => {
    expect(m.columns.map((c) => c.label)).toEqual([
      '序号',
      '姓名',
      '部门',
      '岗位工资',
      '薪级工资',
      '基数',
      '月会费',
      '月数',
      '应缴',
      '实缴',
      '备注',
    ]);
    const r = tableRows(m);
    expect(r[0]!.cells).toEqual([
      '1',
      '王芳',
      '语文组',
      '3,000.00',
      '1,567.00',
      '4,567.00',
      '22.80',
      '1',
      '22.80',
      '22.80',
      '',
    ]);
    expect(r[1]!.cells.at(-1)).toBe('7月重复缴纳；7月补缴');
    expect(r[2]!.cells.at(-1)).toBe('7月未缴');
    expect(r[3]).toEqual({
      strong: true,
      cells: ['', '合计', '', '', '', '', '', '', '56.95', '62.60', ''],
    });
  });
  it('counts members and payers and carries the 经办人 and 主席 lines', () => {
    expect(m.title).toBe('示例中学工会会费收缴明细表');
    expect(buildDuesDetail({ ...input, unionName: '示例中学工会委员会' }).title).toBe(
      '示例中学工会会费收缴明细表',
    );
    expect(m.notes[0]).toBe('总人数 3 人，缴费人数 2 人，应缴合计 56.95 元，实缴合计 62.60 元。');
    expect(m.signatures).toEqual(['经办人：', '主席：', '（工会盖章）']);
  });
  it('runs to more pages with the header on each when the roll is long', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      reckonMemberMonth(`x${i}`, '2026-07', 100, []),
    );
    const big = buildDuesDetail({ ...input, rows: many });
    expect(big.pageCount).toBeGreaterThan(1);
    expect(tableRows(big)).toHaveLength(61);
  });
});

describe('会费收缴汇总表', () => {
  it('sums by 工会小组 with a total', () => {
    const r = tableRows(buildDuesSummary(input)).map((x) => x.cells);
    expect(r).toEqual([
      ['1', '第二小组', '1', '1', '19.90', '39.80', '0.00', ''],
      ['2', '第一小组', '2', '1', '37.05', '22.80', '14.25', ''],
      ['', '合计', '3', '2', '56.95', '62.60', '14.25', ''],
    ]);
  });
});

const entry = (
  id: string,
  date: string,
  direction: FundEntry['direction'],
  category: string,
  amountFen: number,
): FundEntry => ({
  id,
  year: 2026,
  date,
  voucher: id,
  direction,
  category,
  subCategory: '',
  summary: `摘要${id}`,
  amountFen,
  handler: '李明',
  checker: '王会计',
  approver: '张主席',
  link: null,
  createdAt: '',
  updatedAt: '',
});
const entries = [
  entry('1', '2026-01-31', '收入', '会费收入', 100000),
  entry('2', '2026-02-10', '支出', '维权支出', 30000),
  entry('3', '2026-03-10', '支出', '职工活动支出', 10000),
];

describe('收支明细账', () => {
  it('runs the balance from the opening balance and totals the period', () => {
    const r = tableRows(
      buildCashbook({
        unionName: '示例中学工会',
        from: '2026-01-01',
        to: '2026-03-31',
        openingFen: 50000,
        entries,
        madeOn: '2026-04-01',
      }),
    );
    expect(r.map((x) => x.cells.at(-1))).toEqual([
      '500.00',
      '1,500.00',
      '1,200.00',
      '1,100.00',
      '1,100.00',
    ]);
    expect(r.at(-1)!.cells.slice(3)).toEqual(['本期合计', '1,000.00', '400.00', '1,100.00']);
  });
});

describe('经费收支情况公示', () => {
  it('shows 科目 预算 实际 占比, the totals, 公示期 and where to object', () => {
    const lines = disclosureLines(
      entries,
      [{ direction: '支出', category: '维权支出', subCategory: '', inForceFen: 50000 }],
      {
        收入: ['会费收入'],
        支出: ['职工活动支出', '维权支出'],
      },
    );
    const m = buildDisclosure({
      unionName: '示例中学工会',
      year: 2026,
      from: '2026-01-01',
      to: '2026-12-31',
      openingFen: 50000,
      lines,
      showFrom: '2026-12-01',
      showTo: '2026-12-07',
      objectionsTo: '工会经费审查委员会',
      madeOn: '2026-12-01',
    });
    expect(m.columns.map((c) => c.label)).toEqual(['科目', '预算', '实际', '占比', '说明']);
    expect(tableRows(m).map((r) => r.cells.slice(0, 4))).toEqual([
      ['上年结余', '', '500.00', ''],
      ['收入：会费收入', '', '1,000.00', '100.00%'],
      ['收入合计', '', '1,000.00', '100.00%'],
      ['支出：职工活动支出', '', '100.00', '25.00%'],
      ['支出：维权支出', '500.00', '300.00', '75.00%'],
      ['支出合计', '500.00', '400.00', '100.00%'],
      ['本期结余', '', '1,100.00', ''],
    ]);
    expect(m.notes).toEqual([
      '公示期：2026年12月1日至2026年12月7日。',
      '如有异议，请在公示期内向工会经费审查委员会反映。',
      '示例中学工会委员会\u30002026年12月1日',
    ]);
  });
});

describe('费用报销单', () => {
  it('writes the amount in words and the signature line 经办人 证明人 审核（会计） 审批（主席） 出纳 日期', () => {
    const m = buildReimbursement('示例中学工会', {
      ...entry('9', '2026-05-12', '支出', '职工活动支出', 128050),
      approver: '',
    });
    expect(m.amountWords).toBe('壹仟贰佰捌拾元伍角整');
    expect(m.amountText).toBe('¥1,280.50');
    expect(m.signatures.map((s) => s.label).join(' ')).toBe(
      '经办人 证明人 审核（会计） 审批（主席） 出纳 日期',
    );
    expect(m.signatures.map((s) => s.name)).toEqual(['李明', '', '王会计', '', '', '']);
  });
});
