// shared/ledgers/congress/: the public entry the renderer imports (eslint/layering.js lets
// renderer/ reach shared/ only through index files). Add here what a screen needs.
export * from './rules/congress';
export * from './rules/thresholds';
export * from './rules/settings';
export {
  composition,
  isTeacher,
  pctText,
  type Composition,
  type CountShare,
} from './rules/composition';
export * from './rules/proposal';
export { attendanceText, tallySession, type SessionTally } from './rules/sessionTally';
export { congressReminder } from './rules/reminder';
export * from './store/congress';
export * from './store/proposals';
export {
  buildRepresentativeRoll,
  buildQualificationReport,
  buildVoteTally,
  buildProposalRegister,
  buildOpenAffairsRegister,
  congressSignInPeople,
} from './print/congressPack';
export type { TableDocModel, TableDocRow, TableDocColumn } from './print/tableDoc';
export {
  buildProposalForms,
  buildReplyForms,
  FORM,
  type FormDocModel,
  type FormPage,
  type FormRow,
} from './print/proposalForms';
export {
  buildBooklet,
  BOOKLET_PAGE,
  IMPLEMENTATION_COLUMNS,
  type BookletBlock,
  type BookletModel,
  type BookletPage,
} from './print/booklet';
export { bookletToDocx, bookletFileName } from './print/bookletDocx';
export { congressRecordRows } from './rules/figureRecords';
export { congressReports, sessionTallies, type CongressReport } from './rules/figures';
