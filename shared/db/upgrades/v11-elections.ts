import type { SchemaVersion } from './types';
import { v10 } from './v10-funds';

/** 换届选举: elections, their candidates and the keyed ballots; 民主评议 and its sheets. */
export const v11: SchemaVersion = {
  version: 11,
  reason: '换届选举台账：选举、候选人、选票；民主评议及测评表',
  stores: {
    ...v10.stores,
    elections: 'id, year, date, demo',
    candidates: 'id, electionId, memberId, demo',
    ballots: 'id, electionId, [electionId+round], demo',
    evaluations: 'id, year, demo',
    evaluationSheets: 'id, evaluationId, demo',
  },
};
