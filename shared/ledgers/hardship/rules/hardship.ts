import { isIsoDate, type IsoDate } from '../../../core/text/dates';

/**
 * 困难职工档案 (LEDGERS.md §3): one file per member in difficulty — tier, causes, the
 * household with each person's monthly income (income per head is computed, never typed,
 * see income.ts), the paired leader, the survey / filing / 公示 dates and the status — and
 * the assistance given to it (慰问金, 金秋助学 for a child, 医疗救助 …), so the year-end
 * 「救济救助困难职工N人，发放救济金N元」 is counted from records.
 */

/** 困难类别 (全总 2018 分类 [S]): 深度困难 / 相对困难 / 意外致困. */
export const HARDSHIP_TIERS = ['深度困难', '相对困难', '意外致困'] as const;
export type HardshipTier = (typeof HARDSHIP_TIERS)[number];

/**
 * Older lists' tiers, read in on import: 特困 → 深度困难, 重困 and 一般困难 → 相对困难 [U]
 * (the 2018 scheme merged the three older tiers into two plus 意外致困).
 */
const LEGACY_TIERS: Readonly<Record<string, HardshipTier>> = {
  特困: '深度困难',
  特困职工: '深度困难',
  重困: '相对困难',
  一般: '相对困难',
  一般困难: '相对困难',
  深度: '深度困难',
  相对: '相对困难',
  意外: '意外致困',
};

/** A tier as typed (current or older names); null when not recognised. */
export function parseTier(text: string): HardshipTier | null {
  const t = text.trim().replace(/职工$/, '');
  if ((HARDSHIP_TIERS as readonly string[]).includes(t)) return t as HardshipTier;
  return LEGACY_TIERS[t] ?? null;
}

/** 致困原因 as the 全总 困难职工档案 lists them; 其他 lets the chair type her own. */
export const HARDSHIP_CAUSES = [
  '无劳动能力',
  '下岗失业',
  '患重特大疾病',
  '本人或家属残疾',
  '子女上学',
  '单亲家庭',
  '遭受意外事故',
  '遭受自然灾害',
  '收入低',
  '其他',
] as const;

/** At most three secondary causes besides the main one (LEDGERS.md §3). */
export const MAX_SECONDARY_CAUSES = 3;

export const FILE_STATUSES = ['在档', '脱困'] as const;
export type FileStatus = (typeof FILE_STATUSES)[number];

export const HOUSEHOLD_RELATIONS = ['本人', '配偶', '子女', '父亲', '母亲', '其他'] as const;
export type HouseholdRelation = (typeof HOUSEHOLD_RELATIONS)[number];

/** One person of the household, with what they earn a month (分). */
export interface HouseholdPerson {
  relation: HouseholdRelation;
  name: string;
  /** 月收入 in 分 (wage, pension, 低保 …); 0 when none. */
  monthlyIncomeCents: number;
  /** 健康状况: 「健康」, 「患尿毒症」 … */
  health: string;
  /** 就业或就学: 「在职」, 「市一中高二」 … */
  occupation: string;
}

/** A 复核 (review) of the file: the income per head found on that day. */
export interface FileReview {
  date: IsoDate;
  incomePerHeadCents: number;
  note: string;
}

export interface HardshipFile {
  id: string;
  memberId: string;
  tier: HardshipTier;
  mainCause: string;
  /** Up to MAX_SECONDARY_CAUSES, none equal to the main cause. */
  secondaryCauses: string[];
  household: HouseholdPerson[];
  /** 家庭人口 (who live together and share income); defaults to the people listed. */
  householdSize: number;
  /**
   * 家庭月人均收入 as a sheet gave it, when the household's incomes are not itemised (an
   * imported 困难职工 row); ignored once people with incomes are listed.
   */
  recordedIncomePerHeadCents: number | null;
  /** 结对帮扶领导 / 帮扶联系人 */
  pairedLeader: string;
  surveyDate: IsoDate | null;
  /** 建档日期 */
  filingDate: IsoDate;
  /** 公示日期 */
  publicNoticeDate: IsoDate | null;
  status: FileStatus;
  /** 脱困日期, set when status is 脱困. */
  exitDate: IsoDate | null;
  reviews: FileReview[];
  notes: string;
  demo?: 1;
  createdAt: string;
  updatedAt: string;
}

/** 帮扶形式 (LEDGERS.md §3); 金秋助学 carries the child it helps. */
export const ASSISTANCE_KINDS = ['慰问金', '金秋助学', '助学', '医疗救助', '物资', '其他'] as const;
export type AssistanceKind = (typeof ASSISTANCE_KINDS)[number];

/** 资金来源 */
export const FUND_SOURCES = ['本会', '上级帮扶', '行政', '社会'] as const;
export type FundSource = (typeof FUND_SOURCES)[number];

/** The child a 金秋助学 grant is for. */
export interface StudentAid {
  childName: string;
  school: string;
  /** 年级: 「大一」, 「高三」 */
  grade: string;
}

export interface HardshipAssistance {
  id: string;
  fileId: string;
  /** The file's member, kept here so the member page and the sheets find it directly. */
  memberId: string;
  date: IsoDate;
  kind: AssistanceKind;
  /** 金额 in 分 (for 物资, their value). */
  amountCents: number;
  source: FundSource;
  /** 经本会账户: paid through the union's own account (true) or directly by the payer. */
  viaUnionAccount: boolean;
  /** 上级申请: the day it was applied for at the superior union, null when not applied. */
  superiorAppliedOn: IsoDate | null;
  /** 上级批准: true / false once decided, null while pending or not applied. */
  superiorApproved: boolean | null;
  /** Only for 金秋助学. */
  student: StudentAid | null;
  /** 说明 (for 物资: what was given). */
  notes: string;
  /** The care ledger's campaign (e.g. 2026年金秋助学) it belongs to, when there is one. */
  campaignId: string | null;
  demo?: 1;
  createdAt: string;
  updatedAt: string;
}

/** What the file form edits. */
export type HardshipFileDraft = Omit<HardshipFile, 'id' | 'createdAt' | 'updatedAt' | 'demo'>;
export type AssistanceDraft = Omit<
  HardshipAssistance,
  'id' | 'memberId' | 'createdAt' | 'updatedAt' | 'demo'
>;

export function emptyPerson(relation: HouseholdRelation = '配偶'): HouseholdPerson {
  return { relation, name: '', monthlyIncomeCents: 0, health: '', occupation: '' };
}

export function emptyFileDraft(
  memberId: string,
  memberName: string,
  today: IsoDate,
): HardshipFileDraft {
  return {
    memberId,
    tier: '相对困难',
    mainCause: '',
    secondaryCauses: [],
    household: [{ ...emptyPerson('本人'), name: memberName }],
    householdSize: 1,
    recordedIncomePerHeadCents: null,
    pairedLeader: '',
    surveyDate: today,
    filingDate: today,
    publicNoticeDate: null,
    status: '在档',
    exitDate: null,
    reviews: [],
    notes: '',
  };
}

export function emptyAssistanceDraft(fileId: string, today: IsoDate): AssistanceDraft {
  return {
    fileId,
    date: today,
    kind: '慰问金',
    amountCents: 0,
    source: '本会',
    viaUnionAccount: true,
    superiorAppliedOn: null,
    superiorApproved: null,
    student: null,
    notes: '',
    campaignId: null,
  };
}

/** A problem with a form field: which field, and why, in Chinese. */
export interface FieldError {
  field: string;
  message: string;
}

const isCents = (n: number) => Number.isInteger(n) && n >= 0;

function checkDate(
  errors: FieldError[],
  field: string,
  label: string,
  value: string | null,
  required: boolean,
): void {
  if (value === null || value === '') {
    if (required) errors.push({ field, message: `请填写${label}` });
  } else if (!isIsoDate(value)) errors.push({ field, message: `${label}“${value}”不是有效日期` });
}

/** Every problem of a file draft, in Chinese, each naming its field (empty when valid). */
export function validateFile(d: HardshipFileDraft): FieldError[] {
  const errors: FieldError[] = [];
  if (!d.memberId) errors.push({ field: 'memberId', message: '请从花名册选择困难职工' });
  if (!(HARDSHIP_TIERS as readonly string[]).includes(d.tier))
    errors.push({ field: 'tier', message: `困难类别应为${HARDSHIP_TIERS.join('、')}之一` });
  const main = d.mainCause.trim();
  if (!main) errors.push({ field: 'mainCause', message: '请选择主要致困原因' });
  const secondary = d.secondaryCauses.map((c) => c.trim()).filter((c) => c);
  if (secondary.length > MAX_SECONDARY_CAUSES)
    errors.push({
      field: 'secondaryCauses',
      message: `次要致困原因最多${MAX_SECONDARY_CAUSES}项，现有${secondary.length}项`,
    });
  if (main && secondary.includes(main))
    errors.push({ field: 'secondaryCauses', message: `“${main}”已是主要原因，不必再列为次要原因` });
  if (new Set(secondary).size !== secondary.length)
    errors.push({ field: 'secondaryCauses', message: '次要致困原因有重复' });

  d.household.forEach((p, i) => {
    const at = `家庭成员第${i + 1}行`;
    if (!p.name.trim()) errors.push({ field: `household.${i}.name`, message: `${at}：请填写姓名` });
    if (!isCents(p.monthlyIncomeCents))
      errors.push({
        field: `household.${i}.monthlyIncomeCents`,
        message: `${at}：月收入应为不小于0的金额（最多两位小数）`,
      });
  });
  if (!Number.isInteger(d.householdSize) || d.householdSize < 1 || d.householdSize > 30)
    errors.push({ field: 'householdSize', message: '家庭人口应为 1 到 30 的整数' });
  else if (d.householdSize < d.household.length)
    errors.push({
      field: 'householdSize',
      message: `家庭人口${d.householdSize}人，少于列出的家庭成员${d.household.length}人`,
    });
  if (d.recordedIncomePerHeadCents !== null && !isCents(d.recordedIncomePerHeadCents))
    errors.push({
      field: 'recordedIncomePerHeadCents',
      message: '家庭月人均收入应为不小于0的金额',
    });

  checkDate(errors, 'surveyDate', '调查日期', d.surveyDate, false);
  checkDate(errors, 'filingDate', '建档日期', d.filingDate, true);
  checkDate(errors, 'publicNoticeDate', '公示日期', d.publicNoticeDate, false);
  if (d.surveyDate && d.filingDate && isIsoDate(d.surveyDate) && d.filingDate < d.surveyDate)
    errors.push({ field: 'filingDate', message: '建档日期早于调查日期' });
  if (!(FILE_STATUSES as readonly string[]).includes(d.status))
    errors.push({ field: 'status', message: '状态应为在档或脱困' });
  if (d.status === '脱困') {
    checkDate(errors, 'exitDate', '脱困日期', d.exitDate, true);
    if (d.exitDate && isIsoDate(d.exitDate) && d.filingDate && d.exitDate < d.filingDate)
      errors.push({ field: 'exitDate', message: '脱困日期早于建档日期' });
  } else if (d.exitDate)
    errors.push({ field: 'exitDate', message: '在档的档案不应有脱困日期；脱困请把状态改为“脱困”' });
  d.reviews.forEach((r, i) => {
    checkDate(errors, `reviews.${i}.date`, `第${i + 1}次复核日期`, r.date, true);
    if (!isCents(r.incomePerHeadCents))
      errors.push({
        field: `reviews.${i}.incomePerHeadCents`,
        message: `第${i + 1}次复核的人均收入应为不小于0的金额`,
      });
  });
  return errors;
}

/** Every problem of an assistance draft, in Chinese (empty when valid). */
export function validateAssistance(
  d: AssistanceDraft,
  file?: Pick<HardshipFile, 'filingDate'>,
): FieldError[] {
  const errors: FieldError[] = [];
  if (!d.fileId) errors.push({ field: 'fileId', message: '请选择困难职工档案' });
  checkDate(errors, 'date', '帮扶日期', d.date, true);
  if (file && isIsoDate(d.date) && d.date < file.filingDate && d.kind !== '其他')
    errors.push({ field: 'date', message: `帮扶日期早于建档日期（${file.filingDate}）` });
  if (!(ASSISTANCE_KINDS as readonly string[]).includes(d.kind))
    errors.push({ field: 'kind', message: `帮扶形式应为${ASSISTANCE_KINDS.join('、')}之一` });
  if (!Number.isInteger(d.amountCents) || d.amountCents <= 0)
    errors.push({ field: 'amountCents', message: '金额应大于0（物资填折合金额，最多两位小数）' });
  if (!(FUND_SOURCES as readonly string[]).includes(d.source))
    errors.push({ field: 'source', message: `资金来源应为${FUND_SOURCES.join('、')}之一` });
  if (d.kind === '金秋助学') {
    if (!d.student?.childName.trim())
      errors.push({ field: 'student.childName', message: '金秋助学请填写受助子女姓名' });
    if (!d.student?.school.trim())
      errors.push({ field: 'student.school', message: '金秋助学请填写就读学校' });
  }
  if (d.kind === '物资' && !d.notes.trim())
    errors.push({ field: 'notes', message: '物资帮扶请在说明中写明物资名称和数量' });
  checkDate(errors, 'superiorAppliedOn', '上级申请日期', d.superiorAppliedOn, false);
  if (d.superiorApproved !== null && !d.superiorAppliedOn)
    errors.push({ field: 'superiorApproved', message: '填写了上级批准结果，但没有上级申请日期' });
  if (
    d.superiorAppliedOn &&
    isIsoDate(d.superiorAppliedOn) &&
    isIsoDate(d.date) &&
    d.source === '上级帮扶' &&
    d.superiorAppliedOn > d.date
  )
    errors.push({ field: 'superiorAppliedOn', message: '上级帮扶资金的申请日期晚于发放日期' });
  return errors;
}

/** 「患重特大疾病（次要：子女上学、收入低）」 */
export function causesText(f: Pick<HardshipFile, 'mainCause' | 'secondaryCauses'>): string {
  return f.secondaryCauses.length
    ? `${f.mainCause}（次要：${f.secondaryCauses.join('、')}）`
    : f.mainCause;
}

/** 致困原因 as one sheet cell: main first, then secondary, 、-separated. */
export function causesCell(f: Pick<HardshipFile, 'mainCause' | 'secondaryCauses'>): string {
  return [f.mainCause, ...f.secondaryCauses].join('、');
}

/** The cell back: the first is the main cause, the rest (up to three) secondary. */
export function parseCausesCell(text: string): { mainCause: string; secondaryCauses: string[] } {
  const parts = text
    .split(/[、，,;；/]/)
    .map((s) => s.trim())
    .filter((s) => s);
  return { mainCause: parts[0] ?? '', secondaryCauses: parts.slice(1) };
}

/** Whether the file is 在档 on `day`: filed by then and not yet out of difficulty. */
export function isOpenOn(
  f: Pick<HardshipFile, 'filingDate' | 'status' | 'exitDate'>,
  day: IsoDate,
): boolean {
  if (f.filingDate > day) return false;
  if (f.status === '脱困' && f.exitDate !== null && f.exitDate <= day) return false;
  return true;
}

/** 「上级申请：2026-03-01，已批准」 / 「未申请」 */
export function superiorText(
  a: Pick<HardshipAssistance, 'superiorAppliedOn' | 'superiorApproved'>,
): string {
  if (!a.superiorAppliedOn) return '未申请';
  const decision = a.superiorApproved === null ? '待批' : a.superiorApproved ? '已批准' : '未批准';
  return `${a.superiorAppliedOn}申请，${decision}`;
}

/**
 * What a 帮扶 record gives on its campaign's printout (活动批次, e.g. 2026年金秋助学), short
 * enough for the sheet's 物品/金额 cell: 「金秋助学：王小明」 (school and grade are in the
 * 帮扶台账), 「慰问金」, 「物资：大米2袋」; the amount is its 金额.
 */
export function assistanceCampaignText(
  a: Pick<HardshipAssistance, 'kind' | 'student' | 'notes'>,
): string {
  if (a.kind === '金秋助学' && a.student?.childName) return `金秋助学：${a.student.childName}`;
  return a.notes.trim() ? `${a.kind}：${a.notes.trim()}` : a.kind;
}
