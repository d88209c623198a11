import type { SchemaVersion } from './types';
import { v07 } from './v07-status-dates';

export const v08: SchemaVersion = {
  version: 8,
  reason:
    'staff congress (教代会): sessions, representatives, attendance, votes, proposals, suggestions, 校务公开',
  stores: {
    ...v07.stores,
    congressSessions: 'id, date, demo',
    representatives: 'id, termNumber, memberId, demo',
    congressAttendance: 'id, sessionId, representativeId, demo',
    congressVotes: 'id, sessionId, demo',
    proposals: 'id, sessionId, proposerMemberId, demo',
    suggestions: 'id, date, demo',
    openAffairs: 'id, date, demo',
  },
};
