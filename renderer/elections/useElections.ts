import { useLiveQuery } from 'dexie-react-hooks';
import { getProfile } from '../../shared/db';
import {
  countEntitledVoters,
  getElection,
  getElectionRules,
  getEvaluation,
  listEvaluations,
  listElections,
  type ElectionListRow,
  type ElectionRules,
  type ElectionView,
} from '../../shared/ledgers/elections';
import type { UnionProfile } from '../../shared/ledgers/union';
import { useDb } from '../app/AppContext';

/** Live reads of the elections ledger. Each returns undefined while loading. */

export function useElectionList(): ElectionListRow[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listElections(db), [db]);
}

/** null when there is no such election. */
export function useElection(id: string | undefined): ElectionView | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (id ? await getElection(db, id) : null), [db, id]);
}

export function useElectionRules(): ElectionRules | undefined {
  const db = useDb();
  return useLiveQuery(() => getElectionRules(db), [db]);
}

export function useEntitledVoters(retiredVote: boolean): number | undefined {
  const db = useDb();
  return useLiveQuery(() => countEntitledVoters(db, retiredVote), [db, retiredVote]);
}

/** The union profile, or null before the first-run wizard. */
export function useUnionProfile(): UnionProfile | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await getProfile(db)) ?? null, [db]);
}

export function useEvaluationList() {
  const db = useDb();
  return useLiveQuery(() => listEvaluations(db), [db]);
}

/** null when there is no such evaluation. */
export function useEvaluation(id: string | undefined) {
  const db = useDb();
  return useLiveQuery(async () => (id ? await getEvaluation(db, id) : null), [db, id]);
}
