/**
 * The funds ledger's documents as FundsTable models (LEDGERS.md §4, §5): 会费收缴明细表,
 * 会费收缴汇总表 (by 工会小组), 收支明细账, 经费收支情况公示, 预算执行情况表. Pure: the
 * records in, formatted rows out. Amounts are 分, written 「1,234.50」.
 */
import { formatCentsAmount } from '../../../core/money/money';
import { formatChineseDate, type IsoDate } from '../../../core/text/dates';
import { amountInWords } from '../rules/amountWords';
import { categoryText } from '../rules/categories';
import { monthText } from '../rules/dues';
import type { MemberMonth } from '../rules/payments';
import type { BudgetRow } from '../rules/year';
import type { FundEntry, Month } from '../rules/rows';
import { buildFundsTable, type FundsTableModel, type FundsTableRow } from './fundsTable';

const yuan = (fen: number) => formatCentsAmount(fen);

/**
 * 「示例中学工会」 for a union registered as 「示例中学工会委员会」, so a title reads
 * 「示例中学工会会费收缴明细表」 and the sign-off 「示例中学工会委员会」, never 委员会 twice.
 */
export function unionShortName(name: string): string {
  return name.trim().replace(/工会委员会$/, '工会');
}
const yuanOrBlank = (fen: number | null | undefined) =>
  fen === null || fen === undefined ? '' : yuan(fen);

function periodOfMonths(months: readonly Month[]): string {
  if (months.length === 0) return '';
  const first = months[0]!;
  const last = months[months.length - 1]!;
  return first === last ? monthText(first) : `${monthText(first)}至${monthText(last)}`;
}

/** A member as the dues printouts show him. */
export interface DuesPerson {
  name: string;
  department: string;
  unionGroup: string;
  /** 岗位工资 / 薪级工资 when the wage base history has them. */
  postWageFen: number | null;
  gradeWageFen: number | null;
}

export interface DuesSheetInput {
  unionName: string;
  months: Month[];
  /** The member-months of those months (from the rolls), in roster order. */
  rows: MemberMonth[];
  people: ReadonlyMap<string, DuesPerson>;
  /** memberId → base (分) of the last month. */
  bases: ReadonlyMap<string, number>;
  madeOn: IsoDate;
}

/** 会费收缴明细表: 序号 姓名 部门 岗位工资 薪级工资 基数 月会费 月数 应缴 实缴 备注; 总人数 缴费人数 合计. */
export function buildDuesDetail(input: DuesSheetInput): FundsTableModel {
  const order: string[] = [];
  const byMember = new Map<string, MemberMonth[]>();
  for (const r of input.rows) {
    if (!byMember.has(r.memberId)) order.push(r.memberId);
    byMember.set(r.memberId, [...(byMember.get(r.memberId) ?? []), r]);
  }
  let due = 0;
  let paid = 0;
  let payers = 0;
  const rows: FundsTableRow[] = order.map((id, i) => {
    const ms = byMember.get(id)!;
    const p = input.people.get(id);
    const d = ms.reduce((s, m) => s + m.dueFen, 0);
    const pd = ms.reduce((s, m) => s + m.paidFen, 0);
    due += d;
    paid += pd;
    if (pd > 0) payers++;
    const last = ms[ms.length - 1]!;
    const notes = [
      ...new Set(
        ms.flatMap((m) => [
          m.state === '未缴' ? `${Number(m.month.slice(5))}月未缴` : '',
          m.state === '少缴' ? `${Number(m.month.slice(5))}月少缴` : '',
          m.twice
            ? `${Number(m.month.slice(5))}月重复缴纳`
            : m.state === '多缴'
              ? `${Number(m.month.slice(5))}月多缴`
              : '',
          m.late ? `${Number(m.month.slice(5))}月补缴` : '',
        ]),
      ),
    ].filter((s) => s);
    return {
      cells: [
        String(i + 1),
        p?.name ?? '',
        p?.department ?? '',
        yuanOrBlank(p?.postWageFen),
        yuanOrBlank(p?.gradeWageFen),
        yuan(input.bases.get(id) ?? 0),
        yuan(last.dueFen),
        String(ms.length),
        yuan(d),
        yuan(pd),
        notes.join('；'),
      ],
    };
  });
  rows.push({
    strong: true,
    cells: [
      '',
      '合计',
      '',
      '',
      '',
      '',
      '',
      '',
      yuan(due),
      yuan(paid),
      due > paid ? `欠缴 ${yuan(due - paid)}` : '',
    ],
  });
  return buildFundsTable({
    title: `${unionShortName(input.unionName)}会费收缴明细表`,
    info: [
      `所属月份：${periodOfMonths(input.months)}`,
      `制表日期：${formatChineseDate(input.madeOn)}`,
      '单位：元',
    ],
    columns: [
      { label: '序号', weight: 8, align: 'center' },
      { label: '姓名', weight: 15, align: 'center' },
      { label: '部门', weight: 18 },
      { label: '岗位工资', weight: 15, align: 'right' },
      { label: '薪级工资', weight: 15, align: 'right' },
      { label: '基数', weight: 15, align: 'right' },
      { label: '月会费', weight: 12, align: 'right' },
      { label: '月数', weight: 8, align: 'center' },
      { label: '应缴', weight: 13, align: 'right' },
      { label: '实缴', weight: 13, align: 'right' },
      { label: '备注', weight: 22 },
    ],
    rows,
    notes: [
      `总人数 ${order.length} 人，缴费人数 ${payers} 人，应缴合计 ${yuan(due)} 元，实缴合计 ${yuan(paid)} 元。`,
    ],
    signatures: ['经办人：', '主席：', '（工会盖章）'],
    rowMm: 7,
  });
}

/** 会费收缴汇总表 by 工会小组: 序号 工会小组 应缴人数 缴费人数 应缴 实缴 欠缴 备注. */
export function buildDuesSummary(input: DuesSheetInput): FundsTableModel {
  const groups = new Map<
    string,
    { members: Set<string>; payers: Set<string>; due: number; paid: number; out: number }
  >();
  for (const r of input.rows) {
    const g = input.people.get(r.memberId)?.unionGroup || '（未分小组）';
    const t = groups.get(g) ?? { members: new Set(), payers: new Set(), due: 0, paid: 0, out: 0 };
    t.members.add(r.memberId);
    if (r.paidFen > 0) t.payers.add(r.memberId);
    t.due += r.dueFen;
    t.paid += r.paidFen;
    t.out += r.outstandingFen;
    groups.set(g, t);
  }
  const names = [...groups.keys()].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
  const total = { members: 0, payers: 0, due: 0, paid: 0, out: 0 };
  const rows: FundsTableRow[] = names.map((g, i) => {
    const t = groups.get(g)!;
    total.members += t.members.size;
    total.payers += t.payers.size;
    total.due += t.due;
    total.paid += t.paid;
    total.out += t.out;
    return {
      cells: [
        String(i + 1),
        g,
        String(t.members.size),
        String(t.payers.size),
        yuan(t.due),
        yuan(t.paid),
        yuan(t.out),
        '',
      ],
    };
  });
  rows.push({
    strong: true,
    cells: [
      '',
      '合计',
      String(total.members),
      String(total.payers),
      yuan(total.due),
      yuan(total.paid),
      yuan(total.out),
      '',
    ],
  });
  return buildFundsTable({
    title: `${unionShortName(input.unionName)}会费收缴汇总表`,
    info: [
      `所属月份：${periodOfMonths(input.months)}`,
      `制表日期：${formatChineseDate(input.madeOn)}`,
      '单位：元',
    ],
    columns: [
      { label: '序号', weight: 8, align: 'center' },
      { label: '工会小组', weight: 26 },
      { label: '应缴人数', weight: 12, align: 'center' },
      { label: '缴费人数', weight: 12, align: 'center' },
      { label: '应缴', weight: 16, align: 'right' },
      { label: '实缴', weight: 16, align: 'right' },
      { label: '欠缴', weight: 16, align: 'right' },
      { label: '备注', weight: 20 },
    ],
    rows,
    notes: [`总人数 ${total.members} 人，缴费人数 ${total.payers} 人。`],
    signatures: ['经办人：', '主席：', '（工会盖章）'],
  });
}

export interface CashbookInput {
  unionName: string;
  from: IsoDate;
  to: IsoDate;
  /** The balance at the start of `from`. */
  openingFen: number;
  /** Entries dated within the period. */
  entries: readonly FundEntry[];
  madeOn: IsoDate;
}

/** 收支明细账 for a period: 日期 凭证号 科目 摘要 收入 支出 余额, from the opening balance. */
export function buildCashbook(input: CashbookInput): FundsTableModel {
  const sorted = [...input.entries].sort(
    (a, b) =>
      a.date.localeCompare(b.date) || a.voucher.localeCompare(b.voucher, 'zh', { numeric: true }),
  );
  let balance = input.openingFen;
  let income = 0;
  let expense = 0;
  const rows: FundsTableRow[] = [
    { strong: true, cells: [input.from, '', '', '期初结余', '', '', yuan(balance)] },
  ];
  for (const e of sorted) {
    if (e.direction === '收入') {
      balance += e.amountFen;
      income += e.amountFen;
    } else {
      balance -= e.amountFen;
      expense += e.amountFen;
    }
    rows.push({
      cells: [
        e.date,
        e.voucher,
        categoryText(e),
        e.summary,
        e.direction === '收入' ? yuan(e.amountFen) : '',
        e.direction === '支出' ? yuan(e.amountFen) : '',
        yuan(balance),
      ],
    });
  }
  rows.push({
    strong: true,
    cells: [input.to, '', '', '本期合计', yuan(income), yuan(expense), yuan(balance)],
  });
  return buildFundsTable({
    title: `${unionShortName(input.unionName)}经费收支明细账`,
    info: [
      `期间：${formatChineseDate(input.from)}至${formatChineseDate(input.to)}`,
      `制表日期：${formatChineseDate(input.madeOn)}`,
      '单位：元',
    ],
    columns: [
      { label: '日期', weight: 15, align: 'center' },
      { label: '凭证号', weight: 8, align: 'center' },
      { label: '科目', weight: 30 },
      { label: '摘要', weight: 36 },
      { label: '收入', weight: 14, align: 'right' },
      { label: '支出', weight: 14, align: 'right' },
      { label: '余额', weight: 15, align: 'right' },
    ],
    rows,
    signatures: ['会计：', '出纳：', '主席：'],
    orientation: 'landscape',
    rowMm: 7.5,
  });
}

export interface DisclosureLine {
  direction: '收入' | '支出';
  category: string;
  budgetFen: number | null;
  actualFen: number;
  note: string;
}

export interface DisclosureInput {
  unionName: string;
  year: number;
  from: IsoDate;
  to: IsoDate;
  openingFen: number;
  lines: DisclosureLine[];
  /** 公示期 */
  showFrom: IsoDate;
  showTo: IsoDate;
  /** Who receives objections: 「工会经费审查委员会（联系人：…，电话：…）」 */
  objectionsTo: string;
  madeOn: IsoDate;
}

/** The disclosure's lines from the entries and the budget: one per top-level category used or budgeted. */
export function disclosureLines(
  entries: readonly FundEntry[],
  budget: readonly {
    direction: '收入' | '支出';
    category: string;
    subCategory: string;
    inForceFen: number;
  }[],
  order: { 收入: readonly string[]; 支出: readonly string[] },
): DisclosureLine[] {
  const out: DisclosureLine[] = [];
  for (const direction of ['收入', '支出'] as const) {
    const cats = new Set<string>([
      ...entries.filter((e) => e.direction === direction).map((e) => e.category),
      ...budget.filter((b) => b.direction === direction && !b.subCategory).map((b) => b.category),
    ]);
    const ranked = [...cats].sort((a, b) => {
      const ia = order[direction].indexOf(a);
      const ib = order[direction].indexOf(b);
      return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
    });
    for (const category of ranked) {
      const b = budget.filter((x) => x.direction === direction && x.category === category);
      const top = b.find((x) => !x.subCategory);
      out.push({
        direction,
        category,
        budgetFen: top ? top.inForceFen : b.length ? b.reduce((s, x) => s + x.inForceFen, 0) : null,
        actualFen: entries
          .filter((e) => e.direction === direction && e.category === category)
          .reduce((s, e) => s + e.amountFen, 0),
        note: '',
      });
    }
  }
  return out;
}

const pct = (part: number, whole: number) =>
  whole > 0 ? `${((part / whole) * 100).toFixed(2)}%` : '—';

/** 经费收支情况公示: 科目 预算 实际 占比 说明; 公示期; objections to the 经审委员会. */
export function buildDisclosure(input: DisclosureInput): FundsTableModel {
  const rows: FundsTableRow[] = [];
  const sum = (d: '收入' | '支出') =>
    input.lines.filter((l) => l.direction === d).reduce((s, l) => s + l.actualFen, 0);
  const sumBudget = (d: '收入' | '支出'): number | null =>
    input.lines.some((l) => l.direction === d && l.budgetFen !== null) ? sumBudgetFen(d) : null;
  const sumBudgetFen = (d: '收入' | '支出') =>
    input.lines.filter((l) => l.direction === d).reduce((s, l) => s + (l.budgetFen ?? 0), 0);
  const income = sum('收入');
  const expense = sum('支出');
  rows.push({ strong: true, cells: ['上年结余', '', yuan(input.openingFen), '', ''] });
  for (const d of ['收入', '支出'] as const) {
    const whole = d === '收入' ? income : expense;
    for (const l of input.lines.filter((x) => x.direction === d))
      rows.push({
        cells: [
          `${d === '收入' ? '收入' : '支出'}：${l.category}`,
          yuanOrBlank(l.budgetFen),
          yuan(l.actualFen),
          pct(l.actualFen, whole),
          l.note,
        ],
      });
    rows.push({
      strong: true,
      cells: [`${d}合计`, yuanOrBlank(sumBudget(d)), yuan(whole), whole > 0 ? '100.00%' : '—', ''],
    });
  }
  rows.push({
    strong: true,
    cells: [
      '本期结余',
      '',
      yuan(input.openingFen + income - expense),
      '',
      '上年结余 + 收入 − 支出',
    ],
  });
  return buildFundsTable({
    title: `${unionShortName(input.unionName)}${input.year}年度经费收支情况公示`,
    info: [`期间：${formatChineseDate(input.from)}至${formatChineseDate(input.to)}`, '单位：元'],
    columns: [
      { label: '科目', weight: 40 },
      { label: '预算', weight: 18, align: 'right' },
      { label: '实际', weight: 18, align: 'right' },
      { label: '占比', weight: 12, align: 'right' },
      { label: '说明', weight: 30 },
    ],
    rows,
    notes: [
      `公示期：${formatChineseDate(input.showFrom)}至${formatChineseDate(input.showTo)}。`,
      `如有异议，请在公示期内向${input.objectionsTo}反映。`,
      `${unionShortName(input.unionName)}委员会\u3000${formatChineseDate(input.madeOn)}`,
    ],
    signatures: ['主席：', '经审委员会主任：'],
    rowMm: 9,
  });
}

/** 预算执行情况表: 科目 上年决算 本年预算 调整 批复 决算 完成率. */
export function buildBudgetReport(input: {
  unionName: string;
  year: number;
  rows: readonly BudgetRow[];
  madeOn: IsoDate;
}): FundsTableModel {
  const rows: FundsTableRow[] = input.rows.map((r) => ({
    cells: [
      `${r.line.direction}：${r.label}`,
      yuanOrBlank(r.line.lastYearFen),
      yuan(r.line.budgetFen),
      yuanOrBlank(r.line.adjustFen),
      yuanOrBlank(r.line.approvedFen),
      yuan(r.actualFen),
      r.completion === null ? '—' : `${(r.completion * 100).toFixed(2)}%`,
      r.over ? '超预算' : '',
    ],
  }));
  return buildFundsTable({
    title: `${unionShortName(input.unionName)}${input.year}年度经费预算执行情况表`,
    info: [`制表日期：${formatChineseDate(input.madeOn)}`, '单位：元'],
    columns: [
      { label: '科目', weight: 40 },
      { label: '上年决算', weight: 15, align: 'right' },
      { label: '本年预算', weight: 15, align: 'right' },
      { label: '调整', weight: 12, align: 'right' },
      { label: '批复', weight: 15, align: 'right' },
      { label: '决算', weight: 15, align: 'right' },
      { label: '完成率', weight: 11, align: 'right' },
      { label: '说明', weight: 12 },
    ],
    rows,
    signatures: ['会计：', '经审委员会主任：', '主席：'],
    orientation: 'landscape',
  });
}

/** 费用报销单: one expense, its amount in words and the signature line of LEDGERS.md §5. */
export interface ReimbursementModel {
  title: string;
  unionName: string;
  dateText: string;
  voucher: string;
  category: string;
  summary: string;
  amountText: string;
  amountWords: string;
  /** 经办人 证明人 审核（会计） 审批（主席） 出纳 日期, with the names already signed in the ledger. */
  signatures: { label: string; name: string }[];
}

export function buildReimbursement(unionName: string, e: FundEntry): ReimbursementModel {
  return {
    title: '费用报销单',
    unionName,
    dateText: formatChineseDate(e.date),
    voucher: e.voucher,
    category: categoryText(e),
    summary: e.summary,
    amountText: `¥${yuan(e.amountFen)}`,
    amountWords: amountInWords(e.amountFen),
    signatures: [
      { label: '经办人', name: e.handler },
      { label: '证明人', name: '' },
      { label: '审核（会计）', name: e.checker },
      { label: '审批（主席）', name: e.approver },
      { label: '出纳', name: '' },
      { label: '日期', name: '' },
    ],
  };
}
