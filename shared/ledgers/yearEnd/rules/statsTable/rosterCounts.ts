import type { Member } from '../../../roster/rules/member';
import { isUnionMember, statusOn } from '../../../roster/rules/membership';
import type { Figure, LedgerData, Period } from '../../../types';

/*
 * Counts the 统计表 asks for that §11 has no figure for, taken from the roster the same way
 * rosterFigures counts staff.inService (status at period end). 农民工 is known only when the
 * roster records the flag for someone (true or false); otherwise the rows stay for the chair.
 */
export function statsRosterFigures(period: Period, data: LedgerData): Figure[] {
  const women: Member[] = [];
  const migrants: Member[] = [];
  const migrantMembers: Member[] = [];
  let migrantKnown = false;
  for (const m of data.tables.members) {
    if (m.flags.migrantWorker !== undefined) migrantKnown = true;
    if (statusOn(m, period.to) !== '在职') continue;
    if (m.gender === '女') women.push(m);
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
  return out;
}
