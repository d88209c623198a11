import type { LedgerData } from '../../types';
import type { LedgerSheet, SheetRecord } from '../../workbook/sheetTypes';
import { reasonText } from '../rules/records';

/*
 * 慰问 and 福利发放 (LEDGERS.md §10). 慰问 has one row per visitee: rows with the same 编号
 * are one visit (its 慰问人, 经费来源, 凭证号 repeated on each). 福利发放 has one row per
 * recipient: rows with the same 编号 are one distribution. 编号 is the record's id, so a
 * re-import updates the same record. The sheets hold exactly the listed columns; a hospital
 * stay is not a column — the import joins a patient's 住院 visits into one stay again
 * (excel/plan.ts), which is how they were entered.
 */

function visitRows(data: LedgerData): SheetRecord[] {
  const members = new Map(data.tables.members.map((m) => [m.id, m]));
  return [...data.tables.careVisits]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .flatMap((v) =>
      v.visitees.map((x) => {
        const m = members.get(x.memberId);
        return {
          id: v.id,
          date: v.date,
          reason: reasonText(v),
          surgery: v.reason === '生病住院' ? v.surgery : null,
          memberName: m?.name ?? null,
          memberIdNumber: m?.idNumber ?? null,
          relation: x.relation,
          visiteeName: x.name,
          visitors: v.visitors.map((p) => p.name).join('、') || null,
          cash: x.cashCents,
          goods: x.goods || null,
          goodsValue: x.goodsCents,
          fundSource: v.fundSource,
          voucherNo: v.voucherNo || null,
          notes: v.notes || null,
        };
      }),
    );
}

function recipientRows(data: LedgerData): SheetRecord[] {
  const members = new Map(data.tables.members.map((m) => [m.id, m]));
  const byDist = new Map<string, typeof data.tables.distributionRecipients>();
  for (const r of data.tables.distributionRecipients)
    byDist.set(r.distributionId, [...(byDist.get(r.distributionId) ?? []), r]);
  return [...data.tables.distributions]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .flatMap((d) =>
      [...(byDist.get(d.id) ?? [])]
        .sort((a, b) => a.order - b.order)
        .map((r) => ({
          id: d.id,
          date: d.date,
          occasion: d.occasion,
          item: d.item,
          value: d.valueCents,
          name: r.name,
          idNumber: members.get(r.memberId)?.idNumber ?? null,
          receipt: r.receipt,
          signedOn: r.receipt === '补签' ? r.signedOn : null,
          proxyName: r.proxyName,
        })),
    );
}

const ID_SYNONYMS = ['身份证号码', '公民身份号码', '身份证'];

/** This ledger's sheets in the 年度台账 workbook (LEDGERS.md §10), in workbook order. */
export const CARE_SHEETS: readonly LedgerSheet[] = [
  {
    name: '慰问',
    keyField: 'date',
    columns: [
      { header: '编号', field: 'id', kind: 'text', synonyms: ['序号', '慰问编号'], width: 18 },
      { header: '日期', field: 'date', kind: 'date', synonyms: ['慰问日期', '时间'] },
      { header: '事由', field: 'reason', kind: 'text', synonyms: ['慰问事由', '类别', '原因'] },
      { header: '手术', field: 'surgery', kind: 'flag', synonyms: ['是否手术'] },
      { header: '会员姓名', field: 'memberName', kind: 'text', synonyms: ['会员', '职工姓名'] },
      {
        header: '会员身份证号',
        field: 'memberIdNumber',
        kind: 'id',
        synonyms: ['身份证号', ...ID_SYNONYMS],
        width: 21,
      },
      { header: '对象', field: 'relation', kind: 'text', synonyms: ['关系', '慰问对象关系'] },
      {
        header: '对象姓名',
        field: 'visiteeName',
        kind: 'text',
        synonyms: ['慰问对象', '被慰问人'],
      },
      { header: '慰问人', field: 'visitors', kind: 'text', synonyms: ['慰问人员'], width: 20 },
      { header: '现金', field: 'cash', kind: 'money', synonyms: ['慰问金', '现金（元）'] },
      { header: '物品', field: 'goods', kind: 'text', synonyms: ['慰问品', '实物'], width: 20 },
      { header: '物品价值', field: 'goodsValue', kind: 'money', synonyms: ['物品金额'] },
      { header: '经费来源', field: 'fundSource', kind: 'text', synonyms: ['资金来源'] },
      { header: '凭证号', field: 'voucherNo', kind: 'text', synonyms: ['凭证编号'] },
      { header: '备注', field: 'notes', kind: 'text', synonyms: ['说明'], width: 24 },
    ],
    minOtherFields: 2,
    rows: visitRows,
  },
  {
    name: '福利发放',
    keyField: 'name',
    columns: [
      { header: '编号', field: 'id', kind: 'text', synonyms: ['发放编号'], width: 18 },
      { header: '日期', field: 'date', kind: 'date', synonyms: ['发放日期'] },
      { header: '节日事由', field: 'occasion', kind: 'text', synonyms: ['事由', '节日'] },
      { header: '物品', field: 'item', kind: 'text', synonyms: ['发放物品', '福利品'], width: 16 },
      { header: '人均价值', field: 'value', kind: 'money', synonyms: ['金额', '标准', '价值'] },
      { header: '姓名', field: 'name', kind: 'text', synonyms: ['领取人', '会员姓名'] },
      { header: '身份证号', field: 'idNumber', kind: 'id', synonyms: ID_SYNONYMS, width: 21 },
      { header: '签收', field: 'receipt', kind: 'text', synonyms: ['签收情况', '签收状态'] },
      { header: '签收日期', field: 'signedOn', kind: 'date', synonyms: ['补签日期'] },
      { header: '代领人', field: 'proxyName', kind: 'text', synonyms: ['代领'] },
    ],
    rows: recipientRows,
  },
];
