import type { Member } from '../../../roster/rules/member';
import { isInOffice } from '../../../union/rules/committee';
import { isUnionMember, statusOn } from '../../../roster/rules/membership';
import type { Figure, LedgerData, Period } from '../../../types';

/*
 * Counts the 统计表 asks for that §11 has no figure for, taken from the roster the same way
 * rosterFigures counts staff.inService (status at period end). 农民工 is known only when the
 * roster records the flag for someone (true or false); 工会小组 and 委员 only when the roster
 * or the committee list has any; otherwise the rows stay for the chair.
 */

/** Offices of the 工会委员会 itself (经审, 会计, 出纳 and 小组长 are not committee seats). */
const COMMITTEE_SEATS = new Set([
  '主席',
  '副主席',
  '委员',
  '组织委员',
  '宣传委员',
  '文体委员',
  '生活委员',
  '女职工委员会主任',
]);
export function statsRosterFigures(period: Period, data: LedgerData): Figure[] {
  const women: Member[] = [];
  const migrants: Member[] = [];
  const migrantMembers: Member[] = [];
  let migrantKnown = false;
  const groups = new Map<string, Member[]>();
  for (const m of data.tables.members) {
    if (m.flags.migrantWorker !== undefined) migrantKnown = true;
    if (statusOn(m, period.to) !== '在职') continue;
    if (m.gender === '女') women.push(m);
    const group = m.unionGroup?.trim();
    if (group && isUnionMember(m)) groups.set(group, [...(groups.get(group) ?? []), m]);
    if (m.flags.migrantWorker === true) {
      migrants.push(m);
      if (isUnionMember(m)) migrantMembers.push(m);
    }
  }
  const figure = (key: string, label: string, ms: Member[], definition: string): Figure => ({
    key,
    label,
    value: ms.length,
    unit: '人',
    definition,
    table: 'members',
    recordIds: ms.map((m) => m.id),
  });
  const out = [
    figure('staff.women', '在职女职工', women, '在职职工（含非会员）中性别为“女”的人数'),
  ];
  if (migrantKnown)
    out.push(
      figure('staff.migrantWorkers', '在职农民工', migrants, '在职职工中标记为“农民工”的人数'),
      figure(
        'members.migrantWorkers',
        '农民工会员',
        migrantMembers,
        '在职会员中标记为“农民工”的人数',
      ),
    );
  if (groups.size > 0)
    out.push({
      key: 'union.groups',
      label: '工会小组',
      value: groups.size,
      unit: '个',
      definition: '在职会员所在的不同工会小组个数',
      table: 'members',
      recordIds: [...groups.values()].flat().map((m) => m.id),
    });
  const seats = data.tables.officers.filter(
    (o) => COMMITTEE_SEATS.has(o.role) && isInOffice(o, period.to),
  );
  const people = new Map(seats.map((o) => [o.memberId ?? `name:${o.name}`, o]));
  if (people.size > 0)
    out.push({
      key: 'union.committeeMembers',
      label: '工会委员会委员',
      value: people.size,
      unit: '人',
      definition:
        '统计期末在任的主席、副主席和委员（一人兼数职计一人；不含经审、会计、出纳、小组长）',
      table: 'officers',
      recordIds: [...people.values()].map((o) => o.id),
    });
  return out;
}
