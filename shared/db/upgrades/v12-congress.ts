import type { SchemaVersion } from './types';
import { v11 } from './v11-elections';

export const v12: SchemaVersion = {
  version: 12,
  reason:
    'staff congress (教代会): sessions, representatives, attendance, votes, proposals, suggestions, 校务公开',
  stores: {
    ...v11.stores,
    congressSessions: 'id, date, demo',
    representatives: 'id, termNumber, memberId, demo',
    congressAttendance: 'id, sessionId, representativeId, demo',
    congressVotes: 'id, sessionId, demo',
    proposals: 'id, sessionId, proposerMemberId, demo',
    suggestions: 'id, date, demo',
    openAffairs: 'id, date, demo',
  },
};
