import { useLiveQuery } from 'dexie-react-hooks';
import {
  activitiesOfMember,
  getActivity,
  getMembersById,
  listActivities,
  listActivityYears,
  listParticipants,
  listParticipantRoster,
  listRosterChoices,
  previewRule,
  type ParticipantRoster,
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
import { useMemo, useState } from 'react';
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

/**
 * The whole roster, for the participant pickers: read only while `enabled` (a picker is
 * open), never to open a page — a township's 50,000 members took seconds.
 */
export function useRosterChoices(enabled = true): RosterChoices | undefined {
  const db = useDb();
  return useLiveQuery(() => (enabled ? listRosterChoices(db) : undefined), [db, enabled]);
}

/** An activity's list with its own members only (the activity page, attendance, sign-in). */
export function useParticipantRoster(
  activityId: string | undefined,
): ParticipantRoster | undefined {
  const db = useDb();
  return useLiveQuery(
    () => (activityId ? listParticipantRoster(db, activityId) : undefined),
    [db, activityId],
  );
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

/**
 * The members of these ids (a long list's rows in view), kept as they are read, so rows
 * scrolled back to show at once; null for an id that is no member (deleted), undefined for
 * one not read yet. A member changed meanwhile is read again (live).
 */
export function useMembersOf(ids: readonly string[]): ReadonlyMap<string, Member | null> {
  const db = useDb();
  const key = ids.join('\u0000');
  const [known] = useState(() => new Map<string, Member | null>());
  const read = useLiveQuery(async () => {
    const wanted = key ? key.split('\u0000') : [];
    const found = await getMembersById(db, wanted);
    return wanted.map((id) => [id, found.get(id) ?? null] as const);
  }, [db, key]);
  return useMemo(() => {
    for (const [id, m] of read ?? []) known.set(id, m);
    return new Map(known);
  }, [known, read]);
}
