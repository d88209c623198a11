// shared/ledgers/elections/: the public entry the renderer imports (eslint/layering.js lets renderer/
// reach shared/ only through index files). Add here what a screen needs; never a deep import.
export * from './rules/election';
export * from './rules/settings';
export * from './rules/tally';
export { electionReports, electionsHeldIn, type ElectionReport } from './rules/report';
export * from './store/elections';
export * from './print/ballots';
export * from './print/documents';
export * from './print/tallySheet';
export * from './rules/evaluation';
export * from './store/evaluations';
export * from './print/evaluationPrint';
