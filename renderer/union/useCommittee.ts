import { useLiveQuery } from 'dexie-react-hooks';
import {
  committeeRollPeople,
  loadCommittee,
  officersOfMember,
  type CommitteeRollPerson,
  type CommitteeView,
} from '../../shared/ledgers/union';
import { honoursOfMember, listHonourYears, listHonours } from '../../shared/ledgers/union';
import type { Officer } from '../../shared/ledgers/union';
import type { Honour } from '../../shared/ledgers/union';
import { useDb } from '../app/AppContext';

/** Live reads of the union ledger's committee and honours. Each is undefined while loading. */

export function useCommittee(termNumber: number, today: string): CommitteeView | undefined {
  const db = useDb();
  return useLiveQuery(() => loadCommittee(db, termNumber, today), [db, termNumber, today]);
}

/** The committee of a term with 性别 and 部门 of its officers, for the printed 委员会名单. */
export function useCommitteeRoll(
  termNumber: number,
  today: string,
): { view: CommitteeView; people: Map<string, CommitteeRollPerson> } | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const view = await loadCommittee(db, termNumber, today);
    return { view, people: await committeeRollPeople(db, view.officers) };
  }, [db, termNumber, today]);
}

export function useMemberOfficers(memberId: string): Officer[] | undefined {
  const db = useDb();
  return useLiveQuery(() => officersOfMember(db, memberId), [db, memberId]);
}

/** Honours of one year, or of every year when null. */
export function useHonours(year: number | null): Honour[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listHonours(db, year), [db, year]);
}

export function useHonourYears(thisYear: number): number[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listHonourYears(db, thisYear), [db, thisYear]);
}

export function useMemberHonours(memberId: string): Honour[] | undefined {
  const db = useDb();
  return useLiveQuery(() => honoursOfMember(db, memberId), [db, memberId]);
}
