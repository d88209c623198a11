import type { Figure, LedgerData, Period } from '../../types';
import { isUnionMember, statusOn } from '../../roster/rules/membership';
import { activityTallies } from './activityReport';

/**
 * The activities ledger's figures of the year (LEDGERS.md §11), over the union's own
 * activities (主办 本会) starting in the period — see activityReport.ts for how a member with
 * several entries and a guest are counted.
 */
export function activitiesFigures(period: Period, data: LedgerData): Figure[] {
  const tallies = activityTallies(period, data);
  const memberRows = tallies.flatMap((t) => t.attendedRowIds);
  const guestRows = tallies.flatMap((t) => t.guestRowIds);
  const inServiceAtEnd = new Set(
    data.tables.members
      .filter((m) => isUnionMember(m) && statusOn(m, period.to) === '在职')
      .map((m) => m.id),
  );
  const reached = new Set<string>();
  for (const t of tallies)
    for (const id of t.attendedMemberIds) if (inServiceAtEnd.has(id)) reached.add(id);

  return [
    {
      key: 'activities.count',
      label: '开展活动',
      value: tallies.length,
      unit: '次',
      definition:
        '本会主办、开始日期在统计期内的活动与会议（上级或外单位主办、本会组织参加的不计）',
      table: 'activities',
      recordIds: tallies.map((t) => t.activity.id),
    },
    {
      key: 'activities.personTimes',
      label: '参加活动人次',
      value: memberRows.length,
      unit: '人次',
      definition: '以上各次活动中登记“出席”的会员人数之和（一人参加多个项目只计一次，不含来宾）',
      table: 'participants',
      recordIds: memberRows,
    },
    {
      key: 'activities.personTimesWithGuests',
      label: '参加活动人次（含来宾）',
      value: memberRows.length + guestRows.length,
      unit: '人次',
      definition: '参加活动人次加上各次活动出席的来宾人次',
      table: 'participants',
      recordIds: [...memberRows, ...guestRows],
    },
    {
      key: 'activities.reachedInService',
      label: '参加过活动的在职会员',
      value: reached.size,
      unit: '人',
      definition: '统计期末在职、且至少出席过以上一次活动的会员（每人只计一次）',
      table: 'members',
      recordIds: [...reached],
    },
  ];
}
