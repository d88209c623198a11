import { formatCentsAmount } from '../../../core/money/money';
import type { Figure, LedgerData, Period } from '../../types';
import { statusOn } from '../../roster/rules/membership';
import { capSettingOf } from './capSetting';
import { allEntries, overCap } from './entries';
import type { CareVisit, FundSource } from './records';

/*
 * The care ledger's figures of the year (LEDGERS.md §11 care.*, distributions.*), plus the
 * kinds the year-end reports quote (「全年共看望住院职工、退休职工及家属达6人次」, money by
 * fund source). All over visits / distributions dated within the period.
 */

const money = (cents: number) => formatCentsAmount(cents).replace(/,/g, '');
const within = (d: string, p: Period) => d >= p.from && d <= p.to;

export function careFigures(period: Period, data: LedgerData): Figure[] {
  const t = data.tables;
  const visits = t.careVisits.filter((v) => within(v.date, period));
  const visitIds = visits.map((v) => v.id);
  const members = new Map(t.members.map((m) => [m.id, m]));
  const sum = (vs: readonly CareVisit[], f: (cash: number, goods: number) => number) =>
    vs.reduce((s, v) => s + v.visitees.reduce((a, x) => a + f(x.cashCents, x.goodsCents), 0), 0);
  const bySource = (src: FundSource) => visits.filter((v) => v.fundSource === src);
  const beneficiaries = new Set(visits.flatMap((v) => v.visitees.map((x) => x.memberId)));
  const visiteeTimes = visits.reduce((s, v) => s + v.visitees.length, 0);
  const visitorTimes = visits.reduce((s, v) => s + v.visitors.length, 0);

  // Kinds of visitee-times the reports quote.
  const hospital = visits.filter((v) => v.reason === '生病住院');
  const isRetiree = (memberId: string, on: string) => {
    const m = members.get(memberId);
    return !!m && statusOn(m, on) === '退休';
  };
  const retireeVisits = visits.filter((v) =>
    v.visitees.some((x) => x.relation === '本人' && isRetiree(x.memberId, v.date)),
  );
  const familyVisits = visits.filter((v) => v.visitees.some((x) => x.relation !== '本人'));
  let hospitalRetireeFamily = 0;
  const hrfIds: string[] = [];
  for (const v of visits) {
    const n = v.visitees.filter(
      (x) => v.reason === '生病住院' || x.relation !== '本人' || isRetiree(x.memberId, v.date),
    ).length;
    if (n > 0) hrfIds.push(v.id);
    hospitalRetireeFamily += n;
  }

  const over = overCap(
    capSettingOf(data.profile),
    allEntries(t.careVisits, t.distributions, t.distributionRecipients),
  ).filter((c) => c.entry.table === 'careVisits' && within(c.entry.date, period));
  const overIds = [...new Set(over.map((c) => c.entry.recordId))];

  const cash = sum(visits, (c) => c);
  const goods = sum(visits, (_c, g) => g);
  const moneyFigure = (
    key: string,
    label: string,
    cents: number,
    definition: string,
    ids: readonly string[],
  ): Figure => ({
    key,
    label,
    value: money(cents),
    unit: '元',
    definition,
    table: 'careVisits',
    recordIds: ids,
  });
  const sourceFigure = (key: string, src: FundSource) => {
    const vs = bySource(src);
    return moneyFigure(
      key,
      `慰问金额（${src}）`,
      sum(vs, (c, g) => c + g),
      `经费来源为“${src}”的慰问现金与物品价值之和`,
      vs.map((v) => v.id),
    );
  };

  const dists = t.distributions.filter((d) => within(d.date, period));
  const distIds = new Set(dists.map((d) => d.id));
  const value = new Map(dists.map((d) => [d.id, d.valueCents]));
  const recipients = t.distributionRecipients.filter((r) => distIds.has(r.distributionId));
  const unsigned = recipients.filter((r) => r.receipt === '未签');

  return [
    {
      key: 'care.visits',
      label: '慰问次数',
      value: visits.length,
      unit: '次',
      definition: '日期在统计期内的慰问、探望记录（一次探望多人计一次）',
      table: 'careVisits',
      recordIds: visitIds,
    },
    {
      key: 'care.visiteeTimes',
      label: '慰问人次',
      value: visiteeTimes,
      unit: '人次',
      definition: '各次慰问的慰问对象人数之和（会员本人和家属都计）',
      table: 'careVisits',
      recordIds: visitIds,
    },
    {
      key: 'care.visitorTimes',
      label: '参加慰问人次',
      value: visitorTimes,
      unit: '人次',
      definition: '各次慰问的慰问人人数之和',
      table: 'careVisits',
      recordIds: visits.filter((v) => v.visitors.length > 0).map((v) => v.id),
    },
    {
      key: 'care.beneficiaries',
      label: '受慰问会员',
      value: beneficiaries.size,
      unit: '人',
      definition: '统计期内受到慰问的不同会员人数（慰问家属计为该会员受益，每人只计一次）',
      table: 'members',
      recordIds: [...beneficiaries],
    },
    {
      key: 'care.hospitalTimes',
      label: '看望住院人次',
      value: hospital.reduce((s, v) => s + v.visitees.length, 0),
      unit: '人次',
      definition: '事由为“生病住院”的慰问对象人次（同一次住院多次看望，每次都计）',
      table: 'careVisits',
      recordIds: hospital.map((v) => v.id),
    },
    {
      key: 'care.retireeTimes',
      label: '慰问退休职工人次',
      value: visits.reduce(
        (s, v) =>
          s +
          v.visitees.filter((x) => x.relation === '本人' && isRetiree(x.memberId, v.date)).length,
        0,
      ),
      unit: '人次',
      definition: '慰问当日状态为“退休”的会员本人被慰问的人次',
      table: 'careVisits',
      recordIds: retireeVisits.map((v) => v.id),
    },
    {
      key: 'care.familyTimes',
      label: '慰问职工家属人次',
      value: visits.reduce((s, v) => s + v.visitees.filter((x) => x.relation !== '本人').length, 0),
      unit: '人次',
      definition: '慰问对象为会员家属（配偶、子女、父母等）的人次',
      table: 'careVisits',
      recordIds: familyVisits.map((v) => v.id),
    },
    {
      key: 'care.hospitalRetireeFamilyTimes',
      label: '看望住院职工、退休职工及家属人次',
      value: hospitalRetireeFamily,
      unit: '人次',
      definition: '住院慰问、退休职工慰问和家属慰问的对象人次（一人次只计一次，不重复）',
      table: 'careVisits',
      recordIds: hrfIds,
    },
    moneyFigure('care.cash', '慰问现金', cash, '各次慰问发放的现金之和', visitIds),
    moneyFigure('care.goods', '慰问物品价值', goods, '各次慰问所送物品的价值之和', visitIds),
    moneyFigure('care.total', '慰问金额合计', cash + goods, '慰问现金与物品价值之和', visitIds),
    sourceFigure('care.fromUnionFunds', '工会经费'),
    sourceFigure('care.fromSuperior', '上级帮扶资金'),
    sourceFigure('care.fromAdministration', '行政'),
    sourceFigure('care.fromCharity', '慈善'),
    {
      key: 'care.capWarnings',
      label: '超过慰问标准的记录',
      value: overIds.length,
      unit: '条',
      definition:
        '按工会信息中选定的慰问标准（含本单位标准）超标的慰问记录：节日按每人每年累计（含节日福利发放），住院按每次住院累计，其他按每次',
      table: 'careVisits',
      recordIds: overIds,
    },
    {
      key: 'distributions.count',
      label: '福利发放次数',
      value: dists.length,
      unit: '次',
      definition: '日期在统计期内的福利发放',
      table: 'distributions',
      recordIds: dists.map((d) => d.id),
    },
    {
      key: 'distributions.recipients',
      label: '福利发放人次',
      value: recipients.length,
      unit: '人次',
      definition: '以上各次福利发放的名单人数之和',
      table: 'distributionRecipients',
      recordIds: recipients.map((r) => r.id),
    },
    {
      key: 'distributions.total',
      label: '福利发放金额',
      value: money(recipients.reduce((s, r) => s + (value.get(r.distributionId) ?? 0), 0)),
      unit: '元',
      definition: '各次福利发放的人均价值 × 名单人数之和',
      table: 'distributionRecipients',
      recordIds: recipients.map((r) => r.id),
    },
    {
      key: 'distributions.unsigned',
      label: '福利未签收人次',
      value: unsigned.length,
      unit: '人次',
      definition: '签收状态仍为“未签”的名单人次（本人、代领、补签都算已签）',
      table: 'distributionRecipients',
      recordIds: unsigned.map((r) => r.id),
    },
  ];
}

/** The visitee-times of one visit (exported for the list's counts). */
export const visiteeTimesOf = (vs: readonly CareVisit[]) =>
  vs.reduce((s, v) => s + v.visitees.length, 0);
