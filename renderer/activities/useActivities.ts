import { useLiveQuery } from 'dexie-react-hooks';
import {
  activitiesOfMember,
  getActivity,
  listActivities,
  listActivityYears,
  listParticipants,
  listRosterChoices,
  previewRule,
  type ActivityListRow,
  type RosterChoices,
} from '../../shared/ledgers/activities';
import { listActivityKinds } from '../../shared/ledgers/activities';
import { getProfile } from '../../shared/db';
import type {
  Activity,
  ActivityKind,
  Participant,
  ParticipantRule,
} from '../../shared/ledgers/activities';
import type { MemberParticipation } from '../../shared/ledgers/activities';
import type { Member } from '../../shared/ledgers/roster';
import { useDb } from '../app/AppContext';

/** Live reads of the activities ledger. Each returns undefined while loading. */

export function useActivityList(
  year: number | null,
  kindId: string | null,
): ActivityListRow[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listActivities(db, { year, kindId }), [db, year, kindId]);
}

export function useActivityYears(): number[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listActivityYears(db), [db]);
}

/** null when there is no such activity. */
export function useActivity(id: string | undefined): Activity | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (id ? ((await getActivity(db, id)) ?? null) : null), [db, id]);
}

export function useParticipants(activityId: string | undefined): Participant[] | undefined {
  const db = useDb();
  return useLiveQuery(
    () => (activityId ? listParticipants(db, activityId) : Promise.resolve([])),
    [db, activityId],
  );
}

export function useActivityKinds(): ActivityKind[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listActivityKinds(db), [db]);
}

export function useRosterChoices(): RosterChoices | undefined {
  const db = useDb();
  return useLiveQuery(() => listRosterChoices(db), [db]);
}

export function useRulePreview(
  activityId: string,
  rule: ParticipantRule | null,
): Member[] | undefined {
  const db = useDb();
  const key = JSON.stringify(rule);
  // The rule is compared by value (key), not by identity.
  return useLiveQuery(
    () => (rule ? previewRule(db, activityId, rule) : Promise.resolve([])),
    [db, activityId, key],
  );
}

export function useMemberActivities(memberId: string): MemberParticipation[] | undefined {
  const db = useDb();
  return useLiveQuery(() => activitiesOfMember(db, memberId), [db, memberId]);
}

/** 工会名称 for printed headers; '' before the first-run wizard. */
export function useUnionName(): string | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await getProfile(db))?.unionName ?? '', [db]);
}
