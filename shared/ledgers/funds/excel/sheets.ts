import type { LedgerData } from '../../types';
import type { LedgerSheet, SheetRecord } from '../../workbook/sheetTypes';
import { categoryText } from '../rules/categories';
import { FUND_LINK_TABLES, type FundLink } from '../rules/rows';

/*
 * 会费, 经费, 经费年度 and 预算 (LEDGERS.md §10). 会费 has a row per roll line and payment:
 * a member-month paid twice (or refunded) is one row per payment, each repeating the base
 * and the due, so the round trip keeps every standing payment; 实缴 blank = not paid. A
 * refunded payment and its reversing line net to nothing and are left out (the sheet's
 * money is never negative). 经费.关联编号 is 「table:id」 (「activities:act-…」).
 */

export function linkText(link: FundLink | null): string | null {
  return link ? `${link.table}:${link.id}` : null;
}

export function parseLinkText(text: string | null): FundLink | null | 'bad' {
  if (!text) return null;
  const m = /^([A-Za-z]+)\s*[:：]\s*(.+)$/.exec(text.trim());
  if (!m || !(FUND_LINK_TABLES as readonly string[]).includes(m[1]!)) return 'bad';
  return { table: m[1] as FundLink['table'], id: m[2]!.trim() };
}

function duesRows(data: LedgerData): SheetRecord[] {
  const members = new Map(data.tables.members.map((m) => [m.id, m]));
  const out: SheetRecord[] = [];
  const byKey = new Map<string, typeof data.tables.duesPayments>();
  for (const p of data.tables.duesPayments) {
    const k = `${p.month}\u0000${p.memberId}`;
    byKey.set(k, [...(byKey.get(k) ?? []), p]);
  }
  for (const roll of [...data.tables.duesRolls].sort((a, b) => a.month.localeCompare(b.month))) {
    for (const line of roll.lines) {
      const m = members.get(line.memberId);
      const base = {
        month: roll.month,
        name: m?.name ?? null,
        idNumber: m?.idNumber ?? null,
        base: line.baseFen,
        due: line.dueFen,
      };
      const all = byKey.get(`${roll.month}\u0000${line.memberId}`) ?? [];
      const reversed = new Set(all.map((p) => p.reversesId).filter((id) => id !== null));
      const pays = all
        .filter((p) => p.amountFen > 0 && !reversed.has(p.id))
        .sort((a, b) => a.date.localeCompare(b.date) || b.amountFen - a.amountFen);
      if (pays.length === 0) out.push({ ...base, paid: null, paidOn: null });
      for (const p of pays) out.push({ ...base, paid: p.amountFen, paidOn: p.date });
    }
  }
  return out;
}

export const FUNDS_SHEETS: readonly LedgerSheet[] = [
  {
    name: '会费',
    keyField: 'name',
    columns: [
      { header: '月份', field: 'month', kind: 'text', synonyms: ['缴费月份', '所属月份'] },
      { header: '姓名', field: 'name', kind: 'text', synonyms: ['会员姓名'] },
      {
        header: '身份证号',
        field: 'idNumber',
        kind: 'id',
        synonyms: ['身份证号码', '公民身份号码', '身份证'],
        width: 21,
      },
      {
        header: '工资基数',
        field: 'base',
        kind: 'money',
        synonyms: ['缴费工资基数', '缴费基数', '基数', '会费基数'],
      },
      { header: '应缴', field: 'due', kind: 'money', synonyms: ['应缴会费', '月会费', '应缴金额'] },
      { header: '实缴', field: 'paid', kind: 'money', synonyms: ['实缴会费', '实缴金额', '已缴'] },
      { header: '缴纳日期', field: 'paidOn', kind: 'date', synonyms: ['缴费日期', '日期'] },
    ],
    rows: duesRows,
  },
  {
    name: '经费',
    keyField: 'summary',
    columns: [
      { header: '日期', field: 'date', kind: 'date', synonyms: ['记账日期', '发生日期'] },
      {
        header: '凭证号',
        field: 'voucher',
        kind: 'text',
        synonyms: ['凭证编号', '凭证', '记账凭证号'],
      },
      { header: '收支', field: 'direction', kind: 'text', synonyms: ['收支类型', '类型', '方向'] },
      {
        header: '科目',
        field: 'category',
        kind: 'text',
        synonyms: ['会计科目', '支出科目', '收入科目'],
        width: 26,
      },
      {
        header: '摘要',
        field: 'summary',
        kind: 'text',
        synonyms: ['事由', '内容', '说明'],
        width: 28,
      },
      { header: '金额', field: 'amount', kind: 'money', synonyms: ['金额（元）', '发生额'] },
      { header: '经办人', field: 'handler', kind: 'text', synonyms: ['经手人'] },
      { header: '审核人', field: 'checker', kind: 'text', synonyms: ['审核', '会计'] },
      { header: '审批人', field: 'approver', kind: 'text', synonyms: ['审批', '批准人'] },
      { header: '关联编号', field: 'link', kind: 'text', synonyms: ['关联'], width: 24 },
    ],
    rows: (data) =>
      [...data.tables.fundEntries]
        .sort(
          (a, b) =>
            a.date.localeCompare(b.date) ||
            a.voucher.localeCompare(b.voucher, 'zh', { numeric: true }),
        )
        .map((e) => ({
          date: e.date,
          voucher: e.voucher || null,
          direction: e.direction,
          category: categoryText(e),
          summary: e.summary,
          amount: e.amountFen,
          handler: e.handler || null,
          checker: e.checker || null,
          approver: e.approver || null,
          link: linkText(e.link),
        })),
  },
  {
    name: '经费年度',
    keyField: 'year',
    minOtherFields: 1,
    columns: [
      { header: '年度', field: 'year', kind: 'integer', synonyms: ['年份'] },
      {
        header: '期初结余',
        field: 'opening',
        kind: 'money',
        synonyms: ['上年结余', '年初结余', '期初余额'],
      },
    ],
    rows: (data) =>
      [...data.tables.fundYears]
        .sort((a, b) => a.year - b.year)
        .map((y) => ({ year: y.year, opening: y.openingFen })),
  },
  {
    name: '预算',
    keyField: 'category',
    columns: [
      { header: '年度', field: 'year', kind: 'integer', synonyms: ['年份'] },
      { header: '收支', field: 'direction', kind: 'text', synonyms: ['收支类型', '类型'] },
      { header: '科目', field: 'category', kind: 'text', synonyms: ['预算科目'], width: 26 },
      {
        header: '预算数',
        field: 'budget',
        kind: 'money',
        synonyms: ['本年预算', '预算', '预算金额'],
      },
    ],
    rows: (data) =>
      [...data.tables.budgets]
        .sort(
          (a, b) =>
            a.year - b.year || (a.direction === b.direction ? 0 : a.direction === '收入' ? -1 : 1),
        )
        .map((l) => ({
          year: l.year,
          direction: l.direction,
          category: categoryText(l),
          budget: l.budgetFen,
        })),
  },
];
