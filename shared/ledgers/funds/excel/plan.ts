import type { LedgerData } from '../../types';
import type { CellValue, SheetRecord } from '../../workbook/sheetTypes';
import { parseCategory } from '../rules/categories';
import { isMonth, monthEnd, monthlyDueFen } from '../rules/dues';
import { yearOfDate } from '../rules/entries';
import type {
  BudgetLine,
  DuesPayment,
  DuesRoll,
  FundDirection,
  FundEntry,
  FundYear,
} from '../rules/rows';
import { DEFAULT_FUNDS_SETTINGS, rateBpOf } from '../rules/settings';
import { parseLinkText } from './sheets';

/*
 * The planners of 会费, 经费, 经费年度 and 预算 (LEDGERS.md §10): each row becomes a record,
 * matched against those kept (equal → skipped). 会费: a month is in the dues ledger once it
 * has rows; 应缴 blank is computed from 工资基数 by the rule; 实缴 blank = not paid. No
 * postings are made: the 经费 sheet already holds the account as it was kept.
 * The workbook engine's planner and context are declared here by shape (excel/ may not
 * import the engine); planWorkbook.ts passes its own, which fit.
 */

interface PlanRow {
  row: number;
  values: SheetRecord;
  hasError: boolean;
}

/** The workbook engine's SheetPlanner, as far as these planners use it. */
export interface SheetPlanner {
  readonly sheet: { rows: PlanRow[] };
  readonly counts: { add: number; update: number; skip: number };
  issue(row: PlanRow, field: string | null, message: string, severity: 'error' | 'warning'): void;
  required(row: PlanRow, field: string, header: string): string | null;
}

type Found =
  { ok: true; member: { id: string } } | { ok: false; field: 'idNumber' | 'name'; reason: string };
type Writes<T> = { add: T[]; put: T[] };

/** The engine's PlanContext, as far as these planners use it. */
export interface PlanContext {
  current: LedgerData;
  lookup: { find(idNumber: string | null, name: string | null): Found };
  opts: { now: string; newId: () => string };
  writes: {
    duesRolls?: Writes<DuesRoll>;
    duesPayments?: Writes<DuesPayment>;
    fundEntries?: Writes<FundEntry>;
    fundYears?: Writes<FundYear>;
    budgets?: Writes<BudgetLine>;
  };
}

const text = (v: CellValue | undefined): string | null =>
  v === null || v === undefined || v === '' ? null : String(v);
const num = (v: CellValue | undefined): number | null => (typeof v === 'number' ? v : null);

/** 「2026-07」, 「2026-7」, 「2026年7月」, 「202607」 → 'YYYY-MM'. */
export function parseMonth(t: string): string | null {
  const m = /^(\d{4})\s*(?:[-./年]\s*)?(\d{1,2})\s*月?(?:[-./]\d{1,2}日?)?$/.exec(t.trim());
  if (!m) return null;
  const s = `${m[1]}-${m[2]!.padStart(2, '0')}`;
  return isMonth(s) ? s : null;
}

function directionOf(t: string | null): FundDirection | null {
  if (t === null) return null;
  if (/^收/.test(t)) return '收入';
  if (/^支/.test(t)) return '支出';
  return null;
}

function planDues(p: SheetPlanner, ctx: PlanContext): void {
  const { current, lookup, opts } = ctx;
  const rule = {
    rateBp: rateBpOf(current.profile?.duesRate),
    unitFen: DEFAULT_FUNDS_SETTINGS.duesUnitFen,
  };
  const keptRolls = new Map(current.tables.duesRolls.map((r) => [r.month, r]));
  const rolls = new Map<string, DuesRoll>();
  const keptPays = new Set(
    current.tables.duesPayments.map(
      (x) => `${x.month}\u0000${x.memberId}\u0000${x.date}\u0000${x.amountFen}`,
    ),
  );
  const payments: DuesPayment[] = [];
  for (const row of p.sheet.rows) {
    const monthText = p.required(row, 'month', '月份');
    const month = monthText ? parseMonth(monthText) : null;
    if (monthText && !month)
      p.issue(row, 'month', `无法识别月份“${monthText}”，请写成 2026-07`, 'error');
    const found = lookup.find(text(row.values.idNumber), text(row.values.name));
    if (!found.ok) p.issue(row, found.field, found.reason, 'error');
    const base = num(row.values.base);
    let due = num(row.values.due);
    if (due === null && base === null)
      p.issue(row, 'due', '应缴与工资基数都是空的，至少填写一项', 'error');
    const paid = num(row.values.paid);
    const paidOnText = text(row.values.paidOn);
    if (row.hasError || !month || !found.ok) {
      p.counts.skip++;
      continue;
    }
    if (due === null) due = monthlyDueFen(base ?? 0, rule);
    const memberId = found.member.id;
    const kept = keptRolls.get(month);
    let roll = rolls.get(month);
    if (!roll) {
      roll = kept
        ? { ...kept, lines: [...kept.lines] }
        : {
            id: opts.newId(),
            month,
            lines: [],
            rateBp: rule.rateBp,
            unitFen: rule.unitFen,
            createdAt: opts.now,
          };
      rolls.set(month, roll);
    }
    const line = { memberId, baseFen: base ?? 0, dueFen: due };
    const at = roll.lines.findIndex((l) => l.memberId === memberId);
    let changed = false;
    if (at < 0) {
      roll.lines.push(line);
      changed = true;
    } else if (roll.lines[at]!.baseFen !== line.baseFen || roll.lines[at]!.dueFen !== line.dueFen) {
      roll.lines[at] = line;
      changed = true;
    }
    if (paid !== null && paid > 0) {
      const date = paidOnText ?? monthEnd(month);
      if (!paidOnText)
        p.issue(row, 'paidOn', `有实缴但缺少缴纳日期，按${monthEnd(month)}记录`, 'warning');
      const key = `${month}\u0000${memberId}\u0000${date}\u0000${paid}`;
      if (!keptPays.has(key)) {
        keptPays.add(key);
        payments.push({
          id: opts.newId(),
          memberId,
          month,
          amountFen: paid,
          date,
          reversesId: null,
          note: '导入年度台账',
        });
        changed = true;
      }
    }
    p.counts[changed ? (kept ? 'update' : 'add') : 'skip']++;
  }
  const add: DuesRoll[] = [];
  const put: DuesRoll[] = [];
  for (const r of rolls.values()) {
    const kept = keptRolls.get(r.month);
    if (!kept) add.push(r);
    else if (JSON.stringify(kept.lines) !== JSON.stringify(r.lines)) put.push(r);
  }
  ctx.writes.duesRolls = { add, put };
  ctx.writes.duesPayments = { add: payments, put: [] };
}

function planEntries(p: SheetPlanner, ctx: PlanContext): void {
  const { current, opts } = ctx;
  const keyOf = (e: Pick<FundEntry, 'date' | 'voucher' | 'direction' | 'amountFen' | 'summary'>) =>
    e.voucher
      ? `${e.date.slice(0, 4)}\u0000v${e.voucher}`
      : `${e.date}\u0000${e.direction}\u0000${e.amountFen}\u0000${e.summary}`;
  const kept = new Map(current.tables.fundEntries.map((e) => [keyOf(e), e]));
  const seen = new Set<string>();
  const add: FundEntry[] = [];
  const put: FundEntry[] = [];
  for (const row of p.sheet.rows) {
    const date = text(row.values.date);
    if (!date) p.issue(row, 'date', '缺少日期', 'error');
    const dirText = p.required(row, 'direction', '收支');
    const direction = directionOf(dirText);
    if (dirText && !direction)
      p.issue(row, 'direction', `收支应为“收入”或“支出”，不是“${dirText}”`, 'error');
    const catText = p.required(row, 'category', '科目');
    const cat = catText && direction ? parseCategory(catText, direction) : null;
    if (cat && !cat.ok) p.issue(row, 'category', cat.message, 'error');
    if (cat?.ok && cat.mapped)
      p.issue(
        row,
        'category',
        `旧科目“${catText}”按“${cat.subCategory ? `${cat.category}/${cat.subCategory}` : cat.category}”记录`,
        'warning',
      );
    const summary = p.required(row, 'summary', '摘要');
    const amount = num(row.values.amount);
    if (amount === null) p.issue(row, 'amount', '缺少金额', 'error');
    else if (amount === 0) p.issue(row, 'amount', '金额为 0', 'error');
    const link = parseLinkText(text(row.values.link));
    if (link === 'bad')
      p.issue(
        row,
        'link',
        `关联编号“${text(row.values.link)}”不是“activities:编号”的样式，已忽略`,
        'warning',
      );
    const handler = text(row.values.handler) ?? '';
    const checker = text(row.values.checker) ?? '';
    if (handler && handler === checker)
      p.issue(row, 'checker', '经办人与审核人是同一人', 'warning');
    if (row.hasError || !date || !direction || !cat?.ok || !summary || !amount) {
      p.counts.skip++;
      continue;
    }
    const voucher = text(row.values.voucher) ?? '';
    const draft = { date, voucher, direction, amountFen: amount, summary };
    const k = keyOf(draft);
    if (seen.has(k)) {
      p.issue(
        row,
        voucher ? 'voucher' : 'summary',
        voucher ? `凭证号“${voucher}”与本表前面一行重复，已跳过` : '与本表前面一行相同，已跳过',
        'warning',
      );
      p.counts.skip++;
      continue;
    }
    seen.add(k);
    const old = kept.get(k);
    const next: FundEntry = {
      ...(old ?? {}),
      id: old?.id ?? opts.newId(),
      year: yearOfDate(date),
      date,
      voucher,
      direction,
      category: cat.category,
      subCategory: cat.subCategory,
      summary,
      amountFen: amount,
      handler,
      checker,
      approver: text(row.values.approver) ?? '',
      link: link === 'bad' ? null : link,
      createdAt: old?.createdAt ?? opts.now,
      updatedAt: old?.updatedAt ?? opts.now,
    };
    if (!old) {
      add.push(next);
      p.counts.add++;
    } else if (
      JSON.stringify({ ...old, updatedAt: '' }) === JSON.stringify({ ...next, updatedAt: '' })
    )
      p.counts.skip++;
    else {
      put.push({ ...next, updatedAt: opts.now });
      p.counts.update++;
    }
  }
  ctx.writes.fundEntries = { add, put };
}

function planYears(p: SheetPlanner, ctx: PlanContext): void {
  const kept = new Map(ctx.current.tables.fundYears.map((y) => [y.year, y]));
  const add: FundYear[] = [];
  const put: FundYear[] = [];
  for (const row of p.sheet.rows) {
    const year = num(row.values.year);
    if (year === null || year < 1949 || year > 2100)
      p.issue(row, 'year', '年度应为四位年份', 'error');
    const opening = num(row.values.opening);
    if (opening === null) p.issue(row, 'opening', '缺少期初结余', 'error');
    if (row.hasError || year === null || opening === null) {
      p.counts.skip++;
      continue;
    }
    const old = kept.get(year);
    if (old && old.openingFen === opening) p.counts.skip++;
    else if (old) {
      put.push({ ...old, openingFen: opening });
      p.counts.update++;
    } else {
      const y: FundYear = { id: ctx.opts.newId(), year, openingFen: opening };
      kept.set(year, y);
      add.push(y);
      p.counts.add++;
    }
  }
  ctx.writes.fundYears = { add, put };
}

function planBudgets(p: SheetPlanner, ctx: PlanContext): void {
  const keyOf = (l: Pick<BudgetLine, 'year' | 'direction' | 'category' | 'subCategory'>) =>
    `${l.year}\u0000${l.direction}\u0000${l.category}\u0000${l.subCategory}`;
  const kept = new Map(ctx.current.tables.budgets.map((l) => [keyOf(l), l]));
  const add: BudgetLine[] = [];
  const put: BudgetLine[] = [];
  for (const row of p.sheet.rows) {
    const year = num(row.values.year);
    if (year === null) p.issue(row, 'year', '缺少年度', 'error');
    const dirText = text(row.values.direction) ?? '支出';
    const direction = directionOf(dirText);
    if (!direction) p.issue(row, 'direction', `收支应为“收入”或“支出”，不是“${dirText}”`, 'error');
    const catText = p.required(row, 'category', '科目');
    const cat = catText && direction ? parseCategory(catText, direction) : null;
    if (cat && !cat.ok) p.issue(row, 'category', cat.message, 'error');
    const budget = num(row.values.budget);
    if (budget === null) p.issue(row, 'budget', '缺少预算数', 'error');
    if (row.hasError || year === null || !direction || !cat?.ok || budget === null) {
      p.counts.skip++;
      continue;
    }
    const k = keyOf({ year, direction, category: cat.category, subCategory: cat.subCategory });
    const old = kept.get(k);
    if (old && old.budgetFen === budget) p.counts.skip++;
    else if (old) {
      put.push({ ...old, budgetFen: budget });
      p.counts.update++;
    } else {
      const l: BudgetLine = {
        id: ctx.opts.newId(),
        year,
        direction,
        category: cat.category,
        subCategory: cat.subCategory,
        lastYearFen: null,
        budgetFen: budget,
        adjustFen: null,
        approvedFen: null,
      };
      kept.set(k, l);
      add.push(l);
      p.counts.add++;
    }
  }
  ctx.writes.budgets = { add, put };
}

/** 会费, 经费, 经费年度, 预算 → the funds ledger's writes. */
export function planFunds(
  dues: SheetPlanner,
  entries: SheetPlanner,
  years: SheetPlanner,
  budgets: SheetPlanner,
  ctx: PlanContext,
): void {
  planDues(dues, ctx);
  planEntries(entries, ctx);
  planYears(years, ctx);
  planBudgets(budgets, ctx);
}
