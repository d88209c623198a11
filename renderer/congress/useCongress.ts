import { useLiveQuery } from 'dexie-react-hooks';
import {
  congressOfMember,
  getCongressSettings,
  getProposal,
  listCongressTerms,
  listOpenAffairs,
  listProposals,
  listRepresentatives,
  listSessions,
  listSuggestions,
  sessionView,
  type CongressSession,
  type CongressSettings,
  type MemberCongressRow,
  type OpenAffair,
  type Proposal,
  type Representative,
  type SessionView,
  type Suggestion,
} from '../../shared/ledgers/congress';
import { getProfile } from '../../shared/db';
import { useDb } from '../app/AppContext';

/** Live reads of the congress ledger. Each returns undefined while loading. */

export function useSessions(): CongressSession[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listSessions(db), [db]);
}

/** null when there is no such session. */
export function useSessionView(id: string): SessionView | null | undefined {
  const db = useDb();
  return useLiveQuery(() => sessionView(db, id), [db, id]);
}

export function useTerms(): number[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listCongressTerms(db), [db]);
}

export function useRepresentatives(term: number | null): Representative[] | undefined {
  const db = useDb();
  return useLiveQuery(async () => (term === null ? [] : listRepresentatives(db, term)), [db, term]);
}

export function useProposals(sessionId: string | null): Proposal[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listProposals(db, sessionId), [db, sessionId]);
}

export function useProposal(id: string): Proposal | null | undefined {
  const db = useDb();
  return useLiveQuery(() => getProposal(db, id), [db, id]);
}

export function useSuggestions(): Suggestion[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listSuggestions(db), [db]);
}

export function useOpenAffairs(): OpenAffair[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listOpenAffairs(db), [db]);
}

export function useCongressSettings(): CongressSettings | undefined {
  const db = useDb();
  return useLiveQuery(() => getCongressSettings(db), [db]);
}

export function useMemberCongress(memberId: string): MemberCongressRow[] | undefined {
  const db = useDb();
  return useLiveQuery(() => congressOfMember(db, memberId), [db, memberId]);
}

/** The union's name for printouts ('' when no profile yet). */
export function useUnionName(): string | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await getProfile(db))?.unionName ?? '', [db]);
}
