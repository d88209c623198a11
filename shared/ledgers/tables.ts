import type { Officer } from './union/rules/committee';
import type { Honour } from './union/rules/honours';
import type { Member, OrgUnit } from './roster/rules/member';
import type { Activity, ActivityKind, Participant } from './activities/rules/activity';
import type { NoticeTemplateRow, DocumentRow } from './notices/rules/rows';
import { UNION_TABLES } from './union/tables';
import { ROSTER_TABLES } from './roster/tables';
import { ACTIVITY_TABLES } from './activities/tables';
import { NOTICE_TABLES } from './notices/tables';
import { CARE_TABLES } from './care/tables';
import type {
  Campaign,
  CareStay,
  CareVisit,
  Distribution,
  DistributionRecipient,
} from './care/rules/records';
import { HARDSHIP_TABLES } from './hardship/tables';
import type { HardshipAssistance, HardshipFile } from './hardship/rules/hardship';
import { FUNDS_TABLES } from './funds/tables';
import type {
  BudgetLine,
  DuesPayment,
  DuesPosting,
  DuesRoll,
  FundEntry,
  FundYear,
  WageBase,
} from './funds/rules/rows';
import { ELECTION_TABLES } from './elections/tables';
import type { Ballot, Candidate, Election } from './elections/rules/election';
import type { Evaluation, EvaluationSheet } from './elections/rules/evaluation';
import { CONGRESS_TABLES } from './congress/tables';
import type {
  CongressAttendance,
  CongressSession,
  CongressVote,
  Representative,
} from './congress/rules/congress';
import type { OpenAffair, Proposal, Suggestion } from './congress/rules/proposal';
import { TOWNSHIP_TABLES } from './township/tables';
import type { AffiliatedUnion, UnionPackage, UnitToUnionise } from './township/rules/rows';

/*
 * Every ledger's tables, in one list. This file holds data and types only (no store, no
 * Dexie), so the database module can read it without importing any ledger's code.
 * The schema's newest version must declare exactly these plus the kernel's tables
 * (db/schema.test.ts checks it); backups and batches take their table list from here.
 */

export const LEDGER_TABLE_STORES = {
  ...UNION_TABLES,
  ...ROSTER_TABLES,
  ...ACTIVITY_TABLES,
  ...NOTICE_TABLES,
  ...CARE_TABLES,
  ...HARDSHIP_TABLES,
  ...FUNDS_TABLES,
  ...ELECTION_TABLES,
  ...CONGRESS_TABLES,
  ...TOWNSHIP_TABLES,
} as const;

export type LedgerTable = keyof typeof LEDGER_TABLE_STORES;

/** The record type of each ledger table. */
export interface LedgerRows {
  officers: Officer;
  honours: Honour;
  members: Member;
  departments: OrgUnit;
  unionGroups: OrgUnit;
  activities: Activity;
  participants: Participant;
  activityKinds: ActivityKind;
  noticeTemplates: NoticeTemplateRow;
  documents: DocumentRow;
  careVisits: CareVisit;
  careStays: CareStay;
  campaigns: Campaign;
  distributions: Distribution;
  distributionRecipients: DistributionRecipient;
  hardshipFiles: HardshipFile;
  hardshipAssistance: HardshipAssistance;
  wageBases: WageBase;
  duesRolls: DuesRoll;
  duesPayments: DuesPayment;
  duesPostings: DuesPosting;
  fundEntries: FundEntry;
  budgets: BudgetLine;
  fundYears: FundYear;
  elections: Election;
  candidates: Candidate;
  ballots: Ballot;
  evaluations: Evaluation;
  evaluationSheets: EvaluationSheet;
  congressSessions: CongressSession;
  representatives: Representative;
  congressAttendance: CongressAttendance;
  congressVotes: CongressVote;
  proposals: Proposal;
  suggestions: Suggestion;
  openAffairs: OpenAffair;
  affiliatedUnions: AffiliatedUnion;
  unitsToUnionise: UnitToUnionise;
  unionPackages: UnionPackage;
}

// A table declared without a row type (or the reverse) is a compile error here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _everyTableTyped: Same<LedgerTable, keyof LedgerRows> = true;
void _everyTableTyped;

export const LEDGER_TABLES = Object.keys(LEDGER_TABLE_STORES) as LedgerTable[];
