import type { Figure, LedgerData, Period } from '../../types';
import { termState } from './affiliated';
import { membershipRate, registryTotals, unionisationRate } from './rates';
import type { AffiliatedUnion } from './rows';
import { townshipSettingsWithDefaults, type TownshipSettings } from './settings';

/*
 * The federation's registry figures (issue 15 item 2): organisations and covered units
 * apart, people as the affiliated unions report them, 建会率 and 入会率 with their parts, the
 * flags, and the committees whose term has ended by the period's end. A grassroots union
 * keeps no registry: it gets no township figures at all (so its report has no zero keys).
 */

export function townshipFigures(
  period: Period,
  data: LedgerData,
  settings: TownshipSettings = townshipSettingsWithDefaults(undefined),
): Figure[] {
  const unions = data.tables.affiliatedUnions ?? [];
  const units = data.tables.unitsToUnionise ?? [];
  const federation = data.profile?.unionType === '乡镇街道总工会';
  if (!federation && unions.length === 0 && units.length === 0) return [];
  const ids = (rows: readonly AffiliatedUnion[]) => rows.map((u) => u.id);
  const all = ids(unions);
  const t = registryTotals(unions);
  const unionised = unionisationRate(units, unions);
  const membership = membershipRate(unions);
  const flag = (
    key: string,
    label: string,
    pick: (u: AffiliatedUnion) => boolean,
    what: string,
  ): Figure => {
    const rows = unions.filter(pick);
    return {
      key,
      label,
      value: rows.length,
      unit: '个',
      definition: `${what}的下属工会`,
      table: 'affiliatedUnions',
      recordIds: ids(rows),
    };
  };
  const expired = unions.filter((u) => termState(u, period.to, settings) === '已届满');
  // The registry keeps no history: every figure is today's register, with no 上年.
  const figures: Figure[] = [
    {
      key: 'township.unions',
      label: '下属基层工会',
      value: t.unions,
      unit: '个',
      definition: '登记在册的下属基层工会组织数（一个联合工会计一个）',
      table: 'affiliatedUnions',
      recordIds: all,
    },
    {
      key: 'township.coveredUnits',
      label: '覆盖单位',
      value: t.coveredUnits,
      unit: '个',
      definition: '各下属工会覆盖单位数之和（联合工会按其覆盖的单位数计）',
      table: 'affiliatedUnions',
      recordIds: all,
    },
    {
      key: 'township.staff',
      label: '职工人数',
      value: t.staff,
      unit: '人',
      definition: '各下属工会上报（或登记）的职工人数之和',
      table: 'affiliatedUnions',
      recordIds: all,
    },
    {
      key: 'township.members',
      label: '会员人数',
      value: t.members,
      unit: '人',
      definition: '各下属工会上报（或登记）的会员人数之和',
      table: 'affiliatedUnions',
      recordIds: all,
    },
    {
      key: 'township.women',
      label: '女会员',
      value: t.women,
      unit: '人',
      definition: '各下属工会上报（或登记）的女会员人数之和',
      table: 'affiliatedUnions',
      recordIds: all,
    },
    {
      key: 'township.unionisationRate',
      label: '建会率',
      value: unionised.value,
      unit: '',
      definition: `${unionised.definition}（${unionised.numerator} ÷ ${unionised.denominator}），应建会单位为 0 时记 0`,
      table: 'unitsToUnionise',
      recordIds: unionised.recordIds,
    },
    {
      key: 'township.membershipRate',
      label: '入会率',
      value: membership.value,
      unit: '',
      definition: `${membership.definition}（${membership.numerator} ÷ ${membership.denominator}），职工为 0 时记 0`,
      table: 'affiliatedUnions',
      recordIds: membership.recordIds,
    },
    flag('township.withCongress', '建立职代会制度', (u) => u.hasCongress, '建立职代会制度'),
    flag(
      'township.withCollectiveContract',
      '签订集体合同',
      (u) => u.hasCollectiveContract,
      '签订集体合同',
    ),
    flag(
      'township.withOpenAffairs',
      '实行厂务公开',
      (u) => u.hasOpenAffairs,
      '实行厂务（校务）公开',
    ),
    flag(
      'township.withOwnAccount',
      '开设经费专用账户',
      (u) => u.hasOwnAccount,
      '开设工会经费专用账户',
    ),
    {
      key: 'township.termExpired',
      label: '任期已届满',
      value: expired.length,
      unit: '个',
      definition: '任期届满日期早于统计期末、尚未换届的下属工会',
      table: 'affiliatedUnions',
      recordIds: ids(expired),
    },
  ];
  return figures.map((f) => ({ ...f, asOfToday: true }));
}
