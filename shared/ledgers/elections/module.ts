import type { LedgerModule } from '../types';
import { electionsFigures } from './rules/report';
import { ELECTION_TABLES } from './tables';

/** 换届选举: elections, candidates and ballots; the result becomes the union ledger's new 届. */
export const electionsLedger: LedgerModule = {
  name: 'elections',
  label: '换届选举',
  tables: ELECTION_TABLES,
  figures: electionsFigures,
  memberReferences: [
    {
      table: 'candidates',
      field: 'memberId',
      label: '参加的选举（候选人）',
      blocksDelete: true,
      countText: '在 {n} 次选举中为候选人',
    },
  ],
};
