import { useLiveQuery } from 'dexie-react-hooks';
import { getProfile } from '../../shared/db';
import type { UnionProfile } from '../../shared/ledgers/union';
import { useDb } from '../app/AppContext';

/** The union profile: undefined while loading, null before the first-run wizard is done. */
export function useProfile(): UnionProfile | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await getProfile(db)) ?? null, [db]);
}
