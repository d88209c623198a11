// The roster (花名册) reader's public entry. See readRoster.ts for the contract.
export { readRoster, readRosterWorkbook } from './readRoster';
export {
  openRosterWorkbook,
  type RosterFileFormat,
  type RosterWorkbook,
} from '../../../core/excel/openWorkbook';
export {
  RosterReadError,
  isRosterReadError,
  toRosterReadFailure,
  type RosterReadFailure,
  type RosterReadFailureReason,
} from '../../../core/excel/rosterReadError';
export { normalizeHeader, fieldForHeader } from './headerSynonyms';
export {
  MEMBER_FIELDS,
  type ColumnMapping,
  type ImportedRow,
  type ImportIssue,
  type IssueCode,
  type MemberField,
  type RosterColumn,
  type RosterReadOptions,
  type RosterReadResult,
  type SheetInfo,
} from './types';
