import type { UnionProfile } from '../../union/rules/profile';

/*
 * The numbers 台账检查 uses, each with the rule it comes from (LEDGERS.md: "never a constant
 * in code"). Kept with the union profile, like 慰问标准, so the page, the printed 检查清单,
 * the 年度台账 pack and `ledger:report` on a backup all check against the same ones.
 */

/** A number the chair can change, with the document (文号/条款) it comes from. */
export interface SourcedRule {
  value: number;
  source: string;
}

export interface YearCheckRules {
  /** A congress session this many months before the period's end counts for the period. */
  congressWindowMonths: SourcedRule;
  /** A committee term ending within this many months is 「即将届满」. */
  termWarningMonths: SourcedRule;
}

export const DEFAULT_YEAR_CHECK_RULES: YearCheckRules = {
  congressWindowMonths: {
    value: 12,
    source:
      '《学校教职工代表大会规定》（教育部令第32号）第十四条：教代会每学年至少召开一次；学年从9月开始，所以截至统计期末12个月内召开的会议也算',
  },
  termWarningMonths: {
    value: 3,
    source: '本会设定：任期届满前3个月提醒筹备换届（《工会基层组织选举工作条例》要求按期换届）',
  },
};

export const YEAR_CHECK_RULE_LABELS: Record<keyof YearCheckRules, { label: string; unit: string }> =
  {
    congressWindowMonths: { label: '教代会：期末前多少个月内召开的算', unit: '个月' },
    termWarningMonths: { label: '任期届满提前提醒', unit: '个月' },
  };

const LIMITS: Record<keyof YearCheckRules, [number, number]> = {
  congressWindowMonths: [1, 24],
  termWarningMonths: [0, 24],
};

/** The profile's rules over the defaults (a rule added later gets its default). */
export function yearCheckRulesOf(profile: UnionProfile | null | undefined): YearCheckRules {
  return { ...DEFAULT_YEAR_CHECK_RULES, ...(profile?.checkRules ?? {}) };
}

/** Problems of edited rules, in Chinese (empty when valid). */
export function validateYearCheckRules(r: YearCheckRules): string[] {
  const out: string[] = [];
  for (const key of Object.keys(LIMITS) as (keyof YearCheckRules)[]) {
    const { label, unit } = YEAR_CHECK_RULE_LABELS[key];
    const [min, max] = LIMITS[key];
    const v = r[key].value;
    if (!Number.isInteger(v) || v < min || v > max)
      out.push(`${label}应为 ${min} 到 ${max} ${unit}之间的整数`);
    if (!r[key].source.trim()) out.push(`${label}请写明依据（文号或条款）`);
  }
  return out;
}
