import { isIsoDate, type IsoDate } from '../../../core/text/dates';

/*
 * 民主评议 / 民主测评 (LEDGERS.md §7): the people rated (the chair, the committee …), a rating
 * sheet per person with items each rated 好 / 较好 / 一般 / 差 and an overall 优秀 / 称职 /
 * 基本称职 / 不称职, keyed one sheet at a time, and the summary of counts and shares.
 */

export const ITEM_GRADES = ['好', '较好', '一般', '差'] as const;
export type ItemGrade = (typeof ITEM_GRADES)[number];
export const OVERALL_GRADES = ['优秀', '称职', '基本称职', '不称职'] as const;
export type OverallGrade = (typeof OVERALL_GRADES)[number];

/** The items most units rate on (德 能 勤 绩 廉); the chair edits the list. */
export const DEFAULT_EVALUATION_ITEMS = [
  '德（政治素质）',
  '能（履职能力）',
  '勤（工作态度）',
  '绩（工作实绩）',
  '廉（廉洁自律）',
];

export interface EvaluatedPerson {
  /** stable within the evaluation: sheets point at it */
  key: string;
  name: string;
  memberId: string | null;
  /** 职务, e.g. 工会主席 */
  post: string;
}

export interface Evaluation {
  id: string;
  /** 「2026年度工会委员会委员民主测评」 */
  title: string;
  date: IsoDate;
  year: number;
  /** 参评人员, e.g. 「全体会员代表」 */
  raters: string;
  items: string[];
  people: EvaluatedPerson[];
  createdAt: string;
  updatedAt: string;
  demo?: 1;
}

/** One rater's sheet for one person, as keyed. */
export interface EvaluationSheet {
  id: string;
  evaluationId: string;
  personKey: string;
  /** 表号 within the person's pile */
  number: number;
  /** by item index; null = left blank */
  ratings: (ItemGrade | null)[];
  overall: OverallGrade | null;
  keyedAt: string;
  demo?: 1;
}

export interface EvaluationDraft {
  title: string;
  date: IsoDate;
  raters: string;
  items: string[];
  people: { name: string; memberId: string | null; post: string }[];
}

export function validateEvaluation(d: EvaluationDraft): Record<string, string> {
  const e: Record<string, string> = {};
  if (!d.title.trim()) e.title = '请填写测评名称，如“2026年度工会委员会委员民主测评”';
  if (!isIsoDate(d.date)) e.date = '请选择测评日期';
  const items = d.items.map((i) => i.trim()).filter((i) => i);
  if (items.length === 0) e.items = '请填写测评项目（每行一项）';
  else if (new Set(items).size !== items.length) e.items = '测评项目有重复';
  else if (items.length > 12) e.items = '测评项目不超过 12 项';
  const names = d.people.map((p) => p.name.trim());
  if (names.length === 0 || names.some((n) => !n))
    e.people = '请填写被测评人员（每行一人：姓名 职务）';
  else {
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    if (dup) e.people = `被测评人“${dup}”填了两次`;
  }
  return e;
}

export interface GradeCounts<G extends string> {
  counts: Record<G, number>;
  /** sheets that gave a grade */
  answered: number;
  /** count ÷ answered, 0–1 */
  shares: Record<G, number>;
}

function countOf<G extends string>(
  grades: readonly G[],
  given: readonly (G | null)[],
): GradeCounts<G> {
  const counts = Object.fromEntries(grades.map((g) => [g, 0])) as Record<G, number>;
  let answered = 0;
  for (const g of given) {
    if (g === null) continue;
    counts[g]++;
    answered++;
  }
  const shares = Object.fromEntries(
    grades.map((g) => [g, answered > 0 ? counts[g] / answered : 0]),
  ) as Record<G, number>;
  return { counts, answered, shares };
}

export interface PersonSummary {
  person: EvaluatedPerson;
  sheets: number;
  items: { item: string; grades: GradeCounts<ItemGrade> }[];
  overall: GradeCounts<OverallGrade>;
  /** (优秀 + 称职) ÷ answered: the share rating the person 称职 or better */
  competentShare: number;
}

/** The summary form: per person, per item the counts and shares of each grade, and overall. */
export function summarizeEvaluation(
  e: Pick<Evaluation, 'items' | 'people'>,
  sheets: readonly EvaluationSheet[],
): PersonSummary[] {
  return e.people.map((person) => {
    const mine = sheets.filter((s) => s.personKey === person.key);
    const overall = countOf(
      OVERALL_GRADES,
      mine.map((s) => s.overall),
    );
    return {
      person,
      sheets: mine.length,
      items: e.items.map((item, i) => ({
        item,
        grades: countOf(
          ITEM_GRADES,
          mine.map((s) => s.ratings[i] ?? null),
        ),
      })),
      overall,
      competentShare: overall.shares['优秀'] + overall.shares['称职'],
    };
  });
}
