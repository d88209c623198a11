import type { Figure, LedgerData, Period } from '../../types';
import { inPeriod, rate } from '../../yearEnd/rules/period';
import type { Member } from './member';
import { changedToWithin, isUnionMember, statusOn } from './membership';

/**
 * The roster's figures of the year (LEDGERS.md §11). Status is the status at period end
 * (statusOn); a change dated after the period does not count. Non-member staff
 * (isUnionMember false) count only in staff.inService.
 */
export function rosterFigures(period: Period, data: LedgerData): Figure[] {
  // One pass, one status lookup per person: 50,000 members in a township federation.
  const inService: Member[] = [];
  const retired: Member[] = [];
  const joined: Member[] = [];
  const retiredInPeriod: Member[] = [];
  const women: Member[] = [];
  const staff: Member[] = [];
  for (const m of data.tables.members) {
    const status = statusOn(m, period.to);
    if (status === '在职') staff.push(m);
    if (!isUnionMember(m)) continue;
    if (status === '在职') {
      inService.push(m);
      if (m.gender === '女') women.push(m);
    } else if (status === '退休') retired.push(m);
    if (inPeriod(m.joinDate, period)) joined.push(m);
    if (changedToWithin(m, '退休', period.from, period.to)) retiredInPeriod.push(m);
  }
  const ids = (ms: readonly Member[]) => ms.map((m) => m.id);

  const figure = (
    key: string,
    label: string,
    ms: readonly Member[],
    definition: string,
    unit = '人',
  ): Figure => ({
    key,
    label,
    value: ms.length,
    unit,
    definition,
    table: 'members',
    recordIds: ids(ms),
  });

  return [
    figure('members.inService', '在职会员', inService, '统计期末会员状态为“在职”的会员人数'),
    figure(
      'members.retired',
      '退休会员',
      retired,
      '统计期末会员状态为“退休”的会员人数（保留会籍）',
    ),
    figure(
      'members.total',
      '会员总数',
      [...inService, ...retired],
      '在职会员与退休会员（保留会籍）之和',
    ),
    figure('members.joined', '新入会会员', joined, '入会时间在统计期内的会员人数'),
    figure(
      'members.retiredInPeriod',
      '本期退休会员',
      retiredInPeriod,
      '统计期内状态变更为“退休”的会员人数',
    ),
    figure('members.womenInService', '在职女会员', women, '在职会员中性别为“女”的人数'),
    figure(
      'staff.inService',
      '在职职工',
      staff,
      '统计期末状态为“在职”的全部职工（含非会员），即入会率的分母',
    ),
    {
      key: 'membership.rate',
      label: '入会率',
      value: rate(inService.length, staff.length),
      unit: '',
      definition: `在职会员 ÷ 在职职工（${inService.length} ÷ ${staff.length}），职工为 0 时记 0`,
      table: 'members',
      recordIds: ids(inService),
    },
  ];
}
