/**
 * 福利发放签领汇总 for the year (issue 14 年度台账): one line per distribution — 日期 事由 物品
 * 标准 人数, how many signed themselves, by proxy, later (补签) and not at all, and the money —
 * so an inspector sees every 签领表 was kept and which still lack signatures.
 */
import { formatCentsAmount } from '../../../core/money/money';
import { formatChineseDate, type IsoDate } from '../../../core/text/dates';
import { buildTableDoc, type TableDocModel } from '../../congress/print/tableDoc';
import type { Distribution, DistributionRecipient } from '../rules/records';

export function buildDistributionSummary(input: {
  unionName: string;
  periodLabel: string;
  distributions: readonly Distribution[];
  recipients: readonly DistributionRecipient[];
  madeOn: IsoDate;
}): TableDocModel {
  const byDistribution = new Map<string, DistributionRecipient[]>();
  for (const r of input.recipients)
    byDistribution.set(r.distributionId, [...(byDistribution.get(r.distributionId) ?? []), r]);
  const sorted = [...input.distributions].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  const total = { people: 0, self: 0, proxy: 0, later: 0, unsigned: 0, cents: 0 };
  const rows = sorted.map((d) => {
    const list = byDistribution.get(d.id) ?? [];
    const n = (state: DistributionRecipient['receipt']) =>
      list.filter((r) => r.receipt === state).length;
    const line = {
      people: list.length,
      self: n('本人'),
      proxy: n('代领'),
      later: n('补签'),
      unsigned: n('未签'),
      cents: list.length * d.valueCents,
    };
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += line[k];
    return [
      d.date,
      d.occasion,
      d.item,
      formatCentsAmount(d.valueCents),
      String(line.people),
      String(line.self),
      String(line.proxy),
      String(line.later),
      String(line.unsigned),
      formatCentsAmount(line.cents),
    ];
  });
  return buildTableDoc({
    title: `${input.unionName}${input.periodLabel}福利发放签领汇总表`,
    // The totals head the table (the ruled rows are numbered, a 合计 row would be too).
    infoLeft: `合计：发放 ${sorted.length} 次，${total.people} 人次，${formatCentsAmount(total.cents)} 元；本人签收 ${total.self}，代领 ${total.proxy}，补签 ${total.later}，未签 ${total.unsigned}`,
    infoRight: `制表日期：${formatChineseDate(input.madeOn)}`,
    orientation: 'landscape',
    columns: [
      { key: 'seq', label: '序号', widthMm: 10 },
      { key: 'date', label: '发放日期', widthMm: 20 },
      { key: 'occasion', label: '事由', widthMm: 30, wrap: true },
      { key: 'item', label: '物品', widthMm: 30, wrap: true },
      { key: 'value', label: '标准（元）', widthMm: 17 },
      { key: 'people', label: '人数', widthMm: 12 },
      { key: 'self', label: '本人签收', widthMm: 15 },
      { key: 'proxy', label: '代领', widthMm: 12 },
      { key: 'later', label: '补签', widthMm: 12 },
      { key: 'unsigned', label: '未签', widthMm: 12 },
      { key: 'money', label: '金额（元）', widthMm: 20 },
    ],
    sections: [{ heading: null, rows }],
    signatureParts: ['经手人：', '证明人：', '主席：'],
  });
}
