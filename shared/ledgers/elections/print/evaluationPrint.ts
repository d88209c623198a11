import {
  ITEM_GRADES,
  OVERALL_GRADES,
  type Evaluation,
  type PersonSummary,
} from '../rules/evaluation';

/*
 * 民主测评表 (a blank sheet per person: items × 好/较好/一般/差, then the overall grade) and
 * the 测评结果汇总表 (per person: each item's counts and shares, the overall counts and the
 * share rating 称职 or better). One person per page for the summary; the blank sheets two
 * to a page.
 */

export interface RatingSheetModel {
  title: string;
  person: string;
  items: string[];
  grades: readonly string[];
  overallGrades: readonly string[];
  notes: string[];
}

export function buildRatingSheets(unionName: string, e: Evaluation): RatingSheetModel[] {
  return e.people.map((p) => ({
    title: `${unionName}${e.title}表`,
    person: `被测评人：${p.name}${p.post ? `（${p.post}）` : ''}`,
    items: e.items,
    grades: ITEM_GRADES,
    overallGrades: OVERALL_GRADES,
    notes: [
      '请在相应等次栏内画“√”，每项只能选一个等次；未画的视为弃权。',
      `参评人员：${e.raters || '全体会员'}。测评不记名。`,
    ],
  }));
}

export interface SummaryRow {
  label: string;
  cells: string[];
}

export interface SummaryPage {
  title: string;
  person: string;
  facts: string;
  header: string[];
  rows: SummaryRow[];
  overallHeader: string[];
  overall: SummaryRow;
  conclusion: string;
  signatures: string[];
  pageText: string;
}

const pct = (share: number) => `${(Math.round(share * 1000) / 10).toFixed(1)}%`;

export function buildEvaluationSummary(
  unionName: string,
  e: Evaluation,
  summaries: readonly PersonSummary[],
): SummaryPage[] {
  return summaries.map((s, i) => ({
    title: `${unionName}${e.title}结果汇总表`,
    person: `${s.person.name}${s.person.post ? `（${s.person.post}）` : ''}`,
    facts: `测评日期：${e.date}\u3000收回测评表 ${s.sheets} 张`,
    header: ['测评项目', ...ITEM_GRADES.map((g) => `${g}（票/占比）`)],
    rows: s.items.map((it) => ({
      label: it.item,
      cells: ITEM_GRADES.map((g) => `${it.grades.counts[g]}（${pct(it.grades.shares[g])}）`),
    })),
    overallHeader: ['总体评价', ...OVERALL_GRADES.map((g) => `${g}（票/占比）`)],
    overall: {
      label: `有效 ${s.overall.answered} 票`,
      cells: OVERALL_GRADES.map((g) => `${s.overall.counts[g]}（${pct(s.overall.shares[g])}）`),
    },
    conclusion: `称职以上（优秀、称职）${s.overall.counts['优秀'] + s.overall.counts['称职']} 票，占 ${pct(s.competentShare)}。`,
    signatures: ['统计人：', '监督人：', '（工会盖章）'],
    pageText: `第 ${i + 1} 页 共 ${summaries.length} 页`,
  }));
}
