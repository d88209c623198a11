import { isIsoDate, type IsoDate } from '../../../core/text/dates';
import type { CareCapSetting } from '../../care/rules/caps';
import type { YearCheckRules } from '../../yearEnd/rules/checkRules';

/** 所属类型: what kind of unit the union belongs to; it changes wording and defaults. */
export const UNIT_KINDS = ['学校', '机关', '企业', '乡镇街道'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** 工会类型: a grassroots union, or a township/street federation (乡镇街道总工会) with affiliated unions. */
export const UNION_TYPES = ['基层工会', '乡镇街道总工会'] as const;
export type UnionType = (typeof UNION_TYPES)[number];

/** The union profile the chair enters in the first-run wizard. */
export interface UnionProfile {
  /** 工会名称, e.g. 「XX市第一中学工会委员会」 */
  unionName: string;
  /** 单位名称, e.g. 「XX市第一中学」 */
  unitName: string;
  /** 工会主席 */
  chairName: string;
  /** 届次: the committee's term number (第X届) */
  termNumber: number;
  termStart: IsoDate;
  termEnd: IsoDate;
  /** 上级工会 */
  superiorUnion: string;
  /** 会费比例 as a fraction: 0.005 is 0.5% (工发〔1978〕101号) */
  duesRate: number;
  unitKind: UnitKind;
  /** 统计起始月 (1–12) of the statistics year; absent = 1 (January). 全国工会统计年报 uses 10. */
  statsYearStartMonth?: number;
  /** 慰问标准 (care ledger): the cap profile chosen and the unit's own caps; absent = default. */
  careCaps?: CareCapSetting;
  /** 工会类型; absent = 基层工会. A federation also keeps its affiliated unions (township ledger). */
  unionType?: UnionType;
  /** 统计编码 given by the superior union; it names the union in the packages it sends. */
  statsCode?: string;
  /** 台账检查规则 (year-end ledger): the numbers the year check uses; absent = defaults. */
  checkRules?: YearCheckRules;
}

/** Default dues rate: 0.5% of monthly wage income (工发〔1978〕101号). */
export const DEFAULT_DUES_RATE = 0.005;

export type ProfileField = keyof UnionProfile;
/** Field → Chinese message. Empty when the profile is valid. */
export type ProfileErrors = Partial<Record<ProfileField, string>>;

export const PROFILE_LABELS: Record<ProfileField, string> = {
  unionName: '工会名称',
  unitName: '单位名称',
  chairName: '工会主席',
  termNumber: '届次',
  termStart: '任期开始',
  termEnd: '任期结束',
  superiorUnion: '上级工会',
  duesRate: '会费比例',
  unitKind: '所属类型',
  statsYearStartMonth: '统计起始月',
  careCaps: '慰问标准',
  unionType: '工会类型',
  statsCode: '统计编码',
  checkRules: '台账检查规则',
};

export function emptyProfile(): UnionProfile {
  return {
    unionName: '',
    unitName: '',
    chairName: '',
    termNumber: 1,
    termStart: '',
    termEnd: '',
    superiorUnion: '',
    duesRate: DEFAULT_DUES_RATE,
    unitKind: '学校',
  };
}

/** Checks a profile and says, per field, what is wrong in words the chair understands. */
export function validateProfile(p: UnionProfile): ProfileErrors {
  const e: ProfileErrors = {};
  const required: ProfileField[] = ['unionName', 'unitName', 'chairName', 'superiorUnion'];
  for (const f of required) {
    const v = p[f];
    if (typeof v !== 'string' || v.trim() === '') e[f] = `请填写${PROFILE_LABELS[f]}`;
  }
  if (!e.unionName && !p.unionName.includes('工会')) {
    e.unionName = '工会名称应包含“工会”二字，例如“XX学校工会委员会”';
  }
  if (!Number.isInteger(p.termNumber) || p.termNumber < 1 || p.termNumber > 99) {
    e.termNumber = '届次应为 1 到 99 之间的整数';
  }
  if (!isIsoDate(p.termStart)) e.termStart = '请选择任期开始日期';
  if (!isIsoDate(p.termEnd)) e.termEnd = '请选择任期结束日期';
  if (!e.termStart && !e.termEnd) {
    if (p.termEnd <= p.termStart) e.termEnd = '任期结束日期应晚于开始日期';
    else {
      const years = Number(p.termEnd.slice(0, 4)) - Number(p.termStart.slice(0, 4));
      if (years > 5) e.termEnd = '工会委员会每届任期一般为三年或五年，请核对任期结束日期';
    }
  }
  if (!Number.isFinite(p.duesRate) || p.duesRate <= 0 || p.duesRate > 0.02) {
    e.duesRate = '会费比例应在 0 到 2% 之间（通常为 0.5%）';
  }
  if (!UNIT_KINDS.includes(p.unitKind)) e.unitKind = '请选择所属类型';
  const m = p.statsYearStartMonth;
  if (m !== undefined && !(Number.isInteger(m) && m >= 1 && m <= 12)) {
    e.statsYearStartMonth =
      '统计起始月应为 1 到 12 之间的整数（通常为 1 月；全国工会统计年报为 10 月）';
  }
  if (p.unionType !== undefined && !UNION_TYPES.includes(p.unionType)) {
    e.unionType = `工会类型应为${UNION_TYPES.join('或')}`;
  }
  if (p.statsCode !== undefined && p.statsCode.trim() !== '') {
    if (!STATS_CODE.test(p.statsCode.trim()))
      e.statsCode = '统计编码只能由字母、数字和“-”组成，最多 32 位（没有可以不填）';
  }
  return e;
}

/** 统计编码 as superior unions hand them out: letters, digits and hyphens. */
const STATS_CODE = /^[0-9A-Za-z-]{1,32}$/;

/** 工会类型 with its default: a profile without one is a grassroots union. */
export function unionTypeOf(p: Pick<UnionProfile, 'unionType'> | null | undefined): UnionType {
  return p?.unionType ?? '基层工会';
}

export const isFederation = (p: Pick<UnionProfile, 'unionType'> | null | undefined): boolean =>
  unionTypeOf(p) === '乡镇街道总工会';

/**
 * The profile as saved: text trimmed, 统计编码 dropped when blank and 工会类型 kept only when it is
 * a federation (absent = 基层工会), so an older profile and a new grassroots one look the same.
 */
export function normalizeProfile(p: UnionProfile): UnionProfile {
  const out: UnionProfile = {
    ...p,
    unionName: p.unionName.trim(),
    unitName: p.unitName.trim(),
    chairName: p.chairName.trim(),
    superiorUnion: p.superiorUnion.trim(),
  };
  const code = p.statsCode?.trim() ?? '';
  if (code) out.statsCode = code;
  else delete out.statsCode;
  if (out.unionType !== '乡镇街道总工会') delete out.unionType;
  return out;
}

export function isProfileValid(p: UnionProfile): boolean {
  return Object.keys(validateProfile(p)).length === 0;
}
