import { LEDGERS } from '../index';
import type { LedgerData, Period } from '../types';
import { buildReport, figuresByLedger, type LedgerFigures, type YearReport } from './rules/report';
import type { IsoDate } from '../../core/text/dates';
import { activityTallies } from '../activities/rules/activityReport';
import { electionReports } from '../elections/rules/report';
import { yearCheck } from './check/yearCheck';
import { buildYearCheckPrint } from './check/yearCheckPrint';
import { buildYearPack, type YearPack } from './print/pack/yearPack';

/*
 * 年度统计 (LEDGERS.md §8, §11): the year's figures of every ledger in LEDGERS, computed from
 * the data alone. The page, its printout and `npm run ledger:report` all call these.
 */

/** The §11 report: `{ period, figures: { key: value }, activities: [...] }`. */
export function computeReport(period: Period, data: LedgerData): YearReport {
  return buildReport(period, data, LEDGERS);
}

/** Every ledger's figures with their definitions and records, grouped as the page shows them. */
export function computeFigures(period: Period, data: LedgerData): LedgerFigures[] {
  return figuresByLedger(period, data, LEDGERS);
}

export { reportOf, type LedgerFigures, type YearReport } from './rules/report';
export type { ActivityReport } from '../activities/rules/activityReport';
export {
  inPeriod,
  periodError,
  periodText,
  statisticsYear,
  statisticsYearOf,
  validStartMonth,
} from './rules/period';
export { figureText, reportTitle } from './rules/report';
export { compareFigures, previousPeriod, type FigureComparison } from './rules/compare';
export { loadLedgerData } from '../store/ledgerData';
export {
  hasUncountedActivities,
  loadYearEndData,
  participantsByIds,
  refreshActivityTallies,
} from '../store/yearEndData';
export {
  buildYearReportPrint,
  type YearReportColumn,
  type YearReportPage,
  type YearReportPrint,
  type YearReportRow,
} from './print/yearReportPrint';
export { yearReportXlsx, yearReportFileName } from './excel/yearReportXlsx';
export { activityTallies } from '../activities/rules/activityReport';
export { statusOn } from '../roster/rules/membership';
export {
  STATS_ROWS,
  blankRows,
  buildStatsTable,
  statsRosterFigures,
  statsTableKey,
  statsTableTitle,
  typedFromSetting,
  typedValueError,
  type StatsTableRow,
  type StatsValueKind,
} from './rules/statsTable';
export { statsTableXlsx, statsTableFileName } from './excel/statsTableXlsx';
export {
  buildSummaryDraft,
  paragraphsOf,
  SUMMARY_PLACEHOLDERS,
  SUMMARY_SECTIONS,
  summaryDocument,
  summaryFileName,
  summaryTitle,
  type SummaryDraft,
  type SummaryInput,
  type SummarySection,
  type SummarySectionName,
} from './summary/summaryDraft';
export { summaryToDocx } from './summary/summaryDocx';
export {
  yearCheck,
  isComplete,
  type CheckItem,
  type CheckRecord,
  type CheckSeverity,
} from './check/yearCheck';
export { buildYearCheckPrint, yearCheckTitle } from './check/yearCheckPrint';
export {
  buildYearPack,
  chineseOrdinal,
  yearPackName,
  type PackCover,
  type PackDocument,
  type PackRegister,
  type YearPack,
} from './print/pack/yearPack';

/**
 * The 年度台账 pack of a period: the figures (given when the page has them), the activity
 * tallies, the elections and the year check computed as 年度统计 computes them.
 */
export function yearPack(input: {
  data: LedgerData;
  period: Period;
  year: number | null;
  madeOn: IsoDate;
  groups?: readonly LedgerFigures[];
}): YearPack {
  const { data, period, madeOn } = input;
  return buildYearPack({
    data,
    period,
    year: input.year,
    madeOn,
    groups: input.groups ?? computeFigures(period, data),
    activities: activityTallies(period, data),
    elections: electionReports(period, data),
    check: buildYearCheckPrint({
      unionName: data.profile?.unionName ?? '',
      period,
      madeOn,
      items: yearCheck(data, period, madeOn),
    }),
  });
}
export {
  fillSummaryTemplate,
  summaryFields,
  summaryValueText,
  templateFromText,
  SUMMARY_FIELD_MAX,
  type FilledSection,
  type SummaryField,
  type SummaryTemplate,
} from './summary/summaryTemplate';
export {
  DEFAULT_YEAR_CHECK_RULES,
  validateYearCheckRules,
  YEAR_CHECK_RULE_LABELS,
  yearCheckRulesOf,
  type YearCheckRules,
} from './rules/checkRules';
export { saveYearCheckRules } from './store/checkRules';
