export {
  STATS_ROWS,
  blankRows,
  buildStatsTable,
  statsTableKey,
  statsTableTitle,
  typedFromSetting,
  typedValueError,
  type StatsRowSpec,
  type StatsTableRow,
  type StatsTyped,
  type StatsValueKind,
} from './statsTable';
export { statsRosterFigures } from './rosterCounts';
