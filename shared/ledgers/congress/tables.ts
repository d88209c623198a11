/** The congress ledger's Dexie stores (the newest schema; released ones are in db/upgrades). */
export const CONGRESS_TABLES = {
  congressSessions: 'id, date, demo',
  representatives: 'id, termNumber, memberId, demo',
  congressAttendance: 'id, sessionId, representativeId, demo',
  congressVotes: 'id, sessionId, demo',
  proposals: 'id, sessionId, proposerMemberId, demo',
  suggestions: 'id, date, demo',
  openAffairs: 'id, date, demo',
} as const;
