/** The elections ledger's Dexie stores (the newest schema; released ones are in db/upgrades). */
export const ELECTION_TABLES = {
  /** 换届选举: one election of one office (委员 …), with its rounds */
  elections: 'id, year, date, demo',
  /** 候选人 of an election, in 姓氏笔画 order */
  candidates: 'id, electionId, memberId, demo',
  /** 选票 as keyed, per round and keyer */
  ballots: 'id, electionId, [electionId+round], demo',
  /** 民主评议/测评: the people rated and the items */
  evaluations: 'id, year, demo',
  /** a rater's sheet for one person, as keyed */
  evaluationSheets: 'id, evaluationId, demo',
} as const;
