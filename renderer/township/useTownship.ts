import { useLiveQuery } from 'dexie-react-hooks';
import { getProfile } from '../../shared/db';
import {
  getAffiliatedUnion,
  getTownshipSettings,
  listAffiliatedUnions,
  listUnitsToUnionise,
  reportedFrom,
  type AffiliatedUnion,
  type ReportedFrom,
  type TownshipSettings,
  type UnitToUnionise,
} from '../../shared/ledgers/township';
import { useDb } from '../app/AppContext';

/** Live reads of the federation's registry; each is undefined while loading. */

export function useAffiliatedUnions(): AffiliatedUnion[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listAffiliatedUnions(db), [db]);
}

export function useUnitsToUnionise(): UnitToUnionise[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listUnitsToUnionise(db), [db]);
}

/** null when there is no such union. */
export function useAffiliatedUnion(id: string | undefined): AffiliatedUnion | null | undefined {
  const db = useDb();
  return useLiveQuery(
    async () => (id ? ((await getAffiliatedUnion(db, id)) ?? null) : null),
    [db, id],
  );
}

export function useTownshipSettings(): TownshipSettings | undefined {
  const db = useDb();
  return useLiveQuery(() => getTownshipSettings(db), [db]);
}

export function useReportedFrom(): Map<string, ReportedFrom> | undefined {
  const db = useDb();
  return useLiveQuery(() => reportedFrom(db), [db]);
}

/** The federation's own name (工会名称), '' before the profile exists. */
export function useFederationName(): string | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await getProfile(db))?.unionName ?? '', [db]);
}
