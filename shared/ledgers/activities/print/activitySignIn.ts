import type { Participant } from '../rules/activity';
import type { Member } from '../../roster/rules/member';
import type { PrintableMember } from '../../roster/rules/ordering';
import { signInPerson, type SignInPerson } from '../rules/signInOrder';
import type { LeaveEntry } from './signInSheet';

/**
 * Who goes on an activity's sign-in sheet: every participant (a guest under
 * 「来宾（单位）」), and those already marked 请假 in the leave list with their reason.
 */
export function signInPeople(
  participants: readonly Participant[],
  membersById: ReadonlyMap<string, PrintableMember & Pick<Member, 'name'>>,
): { members: SignInPerson[]; leave: LeaveEntry[] } {
  const members: SignInPerson[] = [];
  const leave: LeaveEntry[] = [];
  for (const p of participants) {
    const line = signInPerson(p, membersById);
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
