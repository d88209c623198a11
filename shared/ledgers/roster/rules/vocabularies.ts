/**
 * Words the member form offers for 学历 and 民族. They are suggestions, not fixed lists: a
 * chair may type another (硕士研究生, 穿青人), and imports keep what the sheet says. 民族 are
 * written with their 族 suffix, as normalizeEthnicity (union/rules/normalizeProfile.ts) writes
 * them, so a suggestion and an imported value read the same.
 */

/** 学历, highest first. */
export const EDUCATION_LEVELS: readonly string[] = [
  '研究生',
  '本科',
  '大专',
  '中专',
  '高中',
  '初中及以下',
];

/** 民族: 汉族 first, then those most often met in school and office unions. */
export const ETHNICITIES: readonly string[] = [
  '汉族',
  '回族',
  '满族',
  '壮族',
  '蒙古族',
  '藏族',
  '维吾尔族',
  '苗族',
  '彝族',
  '土家族',
  '朝鲜族',
  '畲族',
];
