import { participantName, type Participant } from '../rules/activity';
import type { Member } from '../../roster/rules/member';
import type { PrintableMember } from '../../roster/rules/ordering';
import type { LeaveEntry } from './signInSheet';

/** Guests sort after every member on the sheet. */
const GUEST_ORDER_BASE = 100_000;

/**
 * Who goes on an activity's sign-in sheet: every participant (a guest under
 * 「来宾（单位）」), and those already marked 请假 in the leave list with their reason.
 */
export function signInPeople(
  participants: readonly Participant[],
  membersById: ReadonlyMap<string, PrintableMember & Pick<Member, 'name'>>,
): { members: PrintableMember[]; leave: LeaveEntry[] } {
  const members: PrintableMember[] = [];
  const leave: LeaveEntry[] = [];
  for (const p of participants) {
    const m = p.memberId ? membersById.get(p.memberId) : undefined;
    const line: PrintableMember = m ?? {
      id: p.id,
      name: participantName(p, membersById),
      department: p.guestUnit ? `来宾（${p.guestUnit}）` : '来宾',
      rosterOrder: GUEST_ORDER_BASE + p.order,
    };
    members.push(line);
    if (p.state === '请假') {
      leave.push({
        memberId: line.id,
        name: line.name,
        reason: p.leaveReason ?? '请假',
        department: line.department ?? null,
      });
    }
  }
  return { members, leave };
}
