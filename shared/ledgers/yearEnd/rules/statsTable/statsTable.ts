import type { Figure, Period } from '../../../types';

/*
 * 基层工会年度统计表 (issue 14 item 5; DOMAIN.md "Annual", LEDGERS.md §8/§9): the table the
 * superior union asks for each year. A row the ledgers know is filled from the year's figures
 * (the §11 key it came from is its source); any other row is left for the chair to type in,
 * and what she types is kept per statistics period (settings key statsTableKey()).
 */

/** How a row's value is written and what the chair may type into it. */
export type StatsValueKind = 'count' | 'money' | 'rate' | 'yesNo' | 'text';

export interface StatsRowSpec {
  id: string;
  section: string;
  label: string;
  unit: string;
  kind: StatsValueKind;
  /** The §11 figure this row is filled from; absent = typed by the chair. */
  figure?: string;
}

const S1 = '一、组织与会员';
const S2 = '二、民主管理';
const S3 = '三、维权服务';
const S4 = '四、工会经费';

/** The rows in the order the table prints them. */
export const STATS_ROWS: readonly StatsRowSpec[] = [
  {
    id: 'staff',
    section: S1,
    label: '职工人数',
    unit: '人',
    kind: 'count',
    figure: 'staff.inService',
  },
  {
    id: 'staffWomen',
    section: S1,
    label: '其中：女职工',
    unit: '人',
    kind: 'count',
    figure: 'staff.women',
  },
  {
    id: 'migrantWorkers',
    section: S1,
    label: '其中：农民工',
    unit: '人',
    kind: 'count',
    figure: 'staff.migrantWorkers',
  },
  {
    id: 'membersTotal',
    section: S1,
    label: '会员人数',
    unit: '人',
    kind: 'count',
    figure: 'members.total',
  },
  {
    id: 'membersInService',
    section: S1,
    label: '其中：在职会员',
    unit: '人',
    kind: 'count',
    figure: 'members.inService',
  },
  {
    id: 'membersWomen',
    section: S1,
    label: '其中：女会员（在职）',
    unit: '人',
    kind: 'count',
    figure: 'members.womenInService',
  },
  {
    id: 'membersRetired',
    section: S1,
    label: '退休会员（保留会籍）',
    unit: '人',
    kind: 'count',
    figure: 'members.retired',
  },
  {
    id: 'migrantMembers',
    section: S1,
    label: '农民工会员',
    unit: '人',
    kind: 'count',
    figure: 'members.migrantWorkers',
  },
  {
    id: 'joined',
    section: S1,
    label: '本年新入会会员',
    unit: '人',
    kind: 'count',
    figure: 'members.joined',
  },
  { id: 'rate', section: S1, label: '入会率', unit: '%', kind: 'rate', figure: 'membership.rate' },
  {
    id: 'groups',
    section: S1,
    label: '工会小组',
    unit: '个',
    kind: 'count',
    figure: 'union.groups',
  },
  {
    id: 'cadres',
    section: S1,
    label: '工会委员会委员',
    unit: '人',
    kind: 'count',
    figure: 'union.committeeMembers',
  },
  {
    id: 'congressHeld',
    section: S2,
    label: '召开职代会（教代会）',
    unit: '次',
    kind: 'count',
    figure: 'congress.sessions',
  },
  {
    id: 'proposals',
    section: S2,
    label: '收到提案',
    unit: '件',
    kind: 'count',
    figure: 'proposals.received',
  },
  {
    id: 'proposalsAccepted',
    section: S2,
    label: '其中：立案',
    unit: '件',
    kind: 'count',
    figure: 'proposals.accepted',
  },
  {
    id: 'proposalsDone',
    section: S2,
    label: '其中：已落实',
    unit: '件',
    kind: 'count',
    figure: 'proposals.implemented',
  },
  { id: 'openness', section: S2, label: '实行厂务公开（校务公开）', unit: '', kind: 'yesNo' },
  { id: 'contract', section: S2, label: '签订集体合同', unit: '', kind: 'yesNo' },
  {
    id: 'womenContract',
    section: S2,
    label: '签订女职工权益保护专项集体合同',
    unit: '',
    kind: 'yesNo',
  },
  { id: 'wageContract', section: S2, label: '签订工资专项集体合同', unit: '', kind: 'yesNo' },
  { id: 'memberReview', section: S2, label: '开展会员评家', unit: '', kind: 'yesNo' },
  { id: 'memberReviewRate', section: S2, label: '会员评家满意率', unit: '%', kind: 'rate' },
  {
    id: 'activities',
    section: S3,
    label: '开展文体活动',
    unit: '次',
    kind: 'count',
    figure: 'activities.count',
  },
  {
    id: 'activityTimes',
    section: S3,
    label: '参加活动',
    unit: '人次',
    kind: 'count',
    figure: 'activities.personTimes',
  },
  {
    id: 'careTimes',
    section: S3,
    label: '慰问职工',
    unit: '人次',
    kind: 'count',
    figure: 'care.visiteeTimes',
  },
  {
    id: 'careTotal',
    section: S3,
    label: '慰问金额（含物品）',
    unit: '元',
    kind: 'money',
    figure: 'care.total',
  },
  {
    id: 'hardshipFiles',
    section: S3,
    label: '在档困难职工',
    unit: '人',
    kind: 'count',
    figure: 'hardship.openFiles',
  },
  {
    id: 'hardshipTotal',
    section: S3,
    label: '帮扶金额',
    unit: '元',
    kind: 'money',
    figure: 'hardship.assistanceTotal',
  },
  {
    id: 'honours',
    section: S3,
    label: '获得表彰',
    unit: '项',
    kind: 'count',
    figure: 'honours.count',
  },
  {
    id: 'income',
    section: S4,
    label: '经费收入',
    unit: '元',
    kind: 'money',
    figure: 'funds.income',
  },
  {
    id: 'duesPaid',
    section: S4,
    label: '其中：会费收入（实缴）',
    unit: '元',
    kind: 'money',
    figure: 'dues.paid',
  },
  {
    id: 'expense',
    section: S4,
    label: '经费支出',
    unit: '元',
    kind: 'money',
    figure: 'funds.expense',
  },
  {
    id: 'balance',
    section: S4,
    label: '年末结余',
    unit: '元',
    kind: 'money',
    figure: 'funds.closingBalance',
  },
];

export interface StatsTableRow {
  id: string;
  section: string;
  label: string;
  /** As printed: 「75」, 「12345.00」, 「93.75」 (rate in %), 「是」; '' when not known. */
  value: string;
  /** The value for a spreadsheet cell: a number where the row counts or sums. */
  cell: number | string;
  unit: string;
  kind: StatsValueKind;
  /** 「台账：在职职工（staff.inService）」 for a filled row; null for a row the chair types. */
  source: string | null;
}

/** What the chair typed, by row id. */
export type StatsTyped = Readonly<Record<string, string>>;

function filled(spec: StatsRowSpec, f: Figure): Pick<StatsTableRow, 'value' | 'cell'> {
  if (spec.kind === 'rate' && typeof f.value === 'number') {
    const pct = (f.value * 100).toFixed(2);
    return { value: pct, cell: Number(pct) };
  }
  if (typeof f.value === 'number') return { value: String(f.value), cell: f.value };
  const n = Number(f.value);
  return { value: f.value, cell: f.value.trim() !== '' && Number.isFinite(n) ? n : f.value };
}

function typedCell(spec: StatsRowSpec, text: string): number | string {
  if (text === '') return '';
  if (spec.kind === 'count' || spec.kind === 'money' || spec.kind === 'rate') {
    const n = Number(text);
    return Number.isFinite(n) ? n : text;
  }
  return text;
}

/**
 * The table from the year's figures (every ledger's, flattened) and what the chair typed.
 * A row whose figure is missing from `figures` is typed like any other.
 */
export function buildStatsTable(figures: readonly Figure[], typed: StatsTyped): StatsTableRow[] {
  const byKey = new Map(figures.map((f) => [f.key, f]));
  return STATS_ROWS.map((spec) => {
    const f = spec.figure ? byKey.get(spec.figure) : undefined;
    const base = {
      id: spec.id,
      section: spec.section,
      label: spec.label,
      unit: spec.unit,
      kind: spec.kind,
    };
    if (f) return { ...base, ...filled(spec, f), source: `台账：${f.label}（${f.key}）` };
    const text = (typed[spec.id] ?? '').trim();
    return { ...base, value: text, cell: typedCell(spec, text), source: null };
  });
}

/** The rows the chair still has to type (no figure, nothing typed). */
export function blankRows(rows: readonly StatsTableRow[]): StatsTableRow[] {
  return rows.filter((r) => r.source === null && r.value === '');
}

/** Why a typed value cannot go in the row, in Chinese; null when it can (blank is fine). */
export function typedValueError(kind: StatsValueKind, text: string): string | null {
  const t = text.trim();
  if (t === '') return null;
  if (t.length > 40) return '内容太长：最多 40 个字';
  switch (kind) {
    case 'count':
      return /^\d{1,9}$/.test(t) ? null : '请填写不小于 0 的整数，例如 12';
    case 'money':
      return /^\d{1,12}(\.\d{1,2})?$/.test(t)
        ? null
        : '请填写金额（元），最多两位小数，例如 1200.50';
    case 'rate':
      return /^\d{1,3}(\.\d{1,2})?$/.test(t) && Number(t) <= 100
        ? null
        : '请填写 0 到 100 之间的百分数，例如 95.5';
    case 'yesNo':
      return t === '是' || t === '否' ? null : '请填写“是”或“否”';
    case 'text':
      return null;
  }
}

/** The settings key that keeps the typed values of one statistics period. */
export function statsTableKey(period: Period): string {
  return `yearEnd.statsTable.${period.from}.${period.to}`;
}

/** Typed values read back from settings: anything that is not a string map becomes empty. */
export function typedFromSetting(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>))
    if (typeof v === 'string' && STATS_ROWS.some((r) => r.id === k)) out[k] = v;
  return out;
}

/** 「示例中学工会2026年基层工会年度统计表」 */
export function statsTableTitle(unionName: string, year: number | null): string {
  return `${unionName}${year !== null ? `${year}年` : ''}基层工会年度统计表`;
}
